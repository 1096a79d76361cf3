"""Field messages of the domain and the services reach the reader by code, in their language.

The messages are made by running the validators and the passphrase rules on bad input; each
must be a :class:`~peerdesk.domain.messages.Message` (a code, not a sentence to read back),
read in French in French and as written in English.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
import string
import textwrap
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
import zxcvbn.feedback
from drill_feedback_support import feedback_texts
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

import peerdesk.domain
import peerdesk.services
import peerdesk.storage
from i18n_support import FRENCH_QM
from peerdesk.domain import contacts, drill_pack, members, policy, referral_csv, referrals
from peerdesk.domain.errors import PeerDeskError
from peerdesk.domain.messages import Code, Listed, Message
from peerdesk.domain.messages_en import ENGLISH
from peerdesk.domain.vocab import (
    Channel,
    ConfidentialityException,
    Format,
    InitiatedBy,
    MemberGroup,
    ReferralType,
    Risk,
)
from peerdesk.services import passphrase
from peerdesk.ui.kit import messages
from peerdesk.ui.kit.message_text import message_text
from peerdesk.ui.training import labels as drill_labels

TODAY = date(2026, 5, 14)


@pytest.fixture
def french(qapp: QApplication) -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load(str(FRENCH_QM))
    qapp.installTranslator(translator)
    previous = QLocale()
    QLocale.setDefault(QLocale("fr_CA"))  # as i18n.install_translations does
    yield translator
    QLocale.setDefault(previous)
    qapp.removeTranslator(translator)


def _contact_messages() -> set[str]:
    draft = contacts.ContactDraft(
        occurred_on=TODAY + timedelta(days=1), duration_min=0, channel=Channel.PHONE,
        initiated_by=InitiatedBy.AFTER_CRITICAL_INCIDENT, member_group=MemberGroup.FIRE,
        format=Format.DEFUSING, topics=frozenset(), risk=Risk.IMMINENT_DANGER, group_size=1,
        confidentiality_exception=ConfidentialityException.HARM_TO_OTHERS,
        follow_up_due=TODAY - timedelta(days=30), private_note="x" * 3000)
    drafts = [
        draft,
        replace(draft, format=Format.SMALL_GROUP, group_size=None, private_note="a\x01b",
                risk=Risk.NONE_OBSERVED, referrals=(contacts.Referral(ReferralType.EAP),) * 2),
        replace(draft, format=Format.ONE_TO_ONE, group_size=3),
    ]
    return {m for d in drafts for m in contacts.validate(d, TODAY).values()}


def _policy_and_member_messages() -> set[str]:
    found = set(policy.validate_settings("x", 0, 99).values())
    found |= set(policy.validate_settings(0, 999, 1).values())
    for close, name in ((99, ""), ("x", "n" * 81), (0, "a\nb")):
        found |= set(policy.validate_settings(5, 30, 5, close_days=close,
                                              program_name=name).values())
    found |= set(policy.validate_checklist_texts(["", " "]).values())
    found |= set(policy.validate_checklist_texts(["a"] * 13).values())
    found |= set(policy.validate_checklist_texts(["x" * 200, "same", "Same"]).values())
    for name in ("", "n" * 61, "a\x01b"):
        found.add(members.validate_member_name(name) or "")
    return found


def _resource_messages() -> set[str]:
    good = referrals.Resource(name="Help line", category=referrals.ResourceCategory.EAP)
    bad = [
        replace(good, name=" ", phone="abc", hours="h" * 500, last_verified=TODAY
                + timedelta(days=1)),
        replace(good, name="n" * 500, phone="12", notes="a\x00"),
        replace(good, name="a\x01", phone="1" * 30, is_example=False),
        replace(good, phone="416 555 0100", is_example=True),
        replace(good, category="nope", cost="nope"),  # type: ignore[arg-type]
    ]
    return {m for r in bad for m in referrals.validate(r, TODAY).values()}




def _passphrase_messages() -> set[str]:
    found: set[str] = set()
    for candidate in ("", "short", "x" * 2000, "password", "Password", "PASSWORD1", "p@ssw0rd",
                      "drowssap", "qwertyuiop", "zxcvbnmasdfgh", "aaaaaaaaaaaa",
                      "abcabcabcabc", "abcdefghijkl", "1234567890", "2019 2020 2021",
                      "13/05/1987 1987", "smithjohnson", "jennifer2019", "elephant",
                      "correct horse", "maple harbour lantern quietly 42"):
        strength = passphrase.assess(candidate, ["Alex"])
        found |= {strength.warning, *strength.suggestions}
        found |= set(passphrase.check_new(candidate, candidate + "!").values())
    return found - {""}




_HEADER = ",".join(referral_csv.COLUMNS)
_BAD_FILES = [
    b"\xff\xfe\x00bad",
    b"   \n",
    _HEADER.encode() + b"\r\n",
    b"name,category,colour,name\n",
    b"phone\n",
    (_HEADER + "\n"
     ",,abc,,,maybe,,,pricey,perhaps,,2026/01/01,sometimes\n"
     "Line,astrologer,12,,,yes,,,free,no,,2099-01-01,no\n"
     "Helpline,eap,416 555 0100,,,yes,,,free,no,,,no\n"
     "Helpline,eap,416 555 0100,,,yes,,,free,no,,,no\n"
     "Too,few\n"
     "Example,eap,416 555 0100,,,no,,,free,no,,,yes\n"
     "Long,eap,," + "h" * 300 + ",,,,,,,,,\n"
     "Name\x01,eap,1" + "2" * 30 + ",,,,,,,,,,\n").encode(),
    (_HEADER + '\n"' + "x" * 200_000 + '",eap\n').encode(),
]


def _csv_problems(files: list[bytes]) -> set[str]:
    found: set[str] = set()
    for data in files:
        for problem in referral_csv.parse(data, TODAY).problems:
            found.add(problem.reason)
    return found


def _csv_messages(monkeypatch: pytest.MonkeyPatch) -> set[str]:
    found = _csv_problems(_BAD_FILES)
    monkeypatch.setattr(referral_csv, "MAX_ROWS", 2)
    monkeypatch.setattr(referral_csv, "MAX_FILE_BYTES", 1000)
    found |= _csv_problems([b"name,category\na,eap\nb,eap\nc,eap\n", b"x" * 1001])
    # services/referrals.py adds this reason for a row already in the directory
    return found | {Message("csv.duplicate_in_directory")}



_BAD_PACK_HEAD = """
extra = 1
[pack]
id = "Bad Id"
title = 5
version = 0
language = 7
colour = "red"
"""
_BAD_SCENARIO = """
[[scenario]]
id = "one"
title = ""
card = "c"
time_limit_seconds = 2
checklist = "stayed_in_role"
critical = ["bogus", "offer_referal", "check_safety", "check_safety"]
debrief = []
why = 3
surprise = 1

[scenario.expected]
member_group = "firee"
format = 5
topics = []
risk = "none_observed"
referrals = ["eap", "eap", "nope"]
confidentiality_exception = "none"
group_size = "two"
colour = 1

[[scenario]]
id = "one"
title = "t"
card = "c"
script = "s"
debrief = ["", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q",
           "r", "s", "t", "u"]
why = { topics = "", colour = "x" }
"""
_UNFIT_SCENARIO = """
[[scenario]]
id = "two"
title = "t"
card = "c"
script = "s"
checklist = ["no_role_conflict"]
critical = ["offer_referral", "hand_over_to_another_supporter", "check_safety",
            "declare_role_conflict", "record_disclosure_route",
            "record_confidentiality_exception", "escalate_imminent_danger_with_crisis_referral"]
debrief = ["a"]
[scenario.expected]
member_group = "fire"
format = "one_to_one"
topics = ["work_stress"]
risk = "none_observed"
referrals = []
confidentiality_exception = "none"

[[scenario]]
id = "three"
title = "t"
card = "c"
script = "s"
critical = []
debrief = ["a"]
[scenario.expected]
member_group = "fire"
format = "defusing"
topics = []
risk = "imminent_danger"
referrals = []
confidentiality_exception = "harm_to_others"
"""
_BAD_PACKS = [
    "[pack\n", "", "scenario = [1]\n", "a = " + "[" * 2000 + "]" * 2000 + "\n",
    "x" * (drill_pack.MAX_PACK_BYTES + 1), _BAD_PACK_HEAD + _BAD_SCENARIO,
    textwrap.dedent("""
    [pack]
    id = "p"
    title = "t"
    version = 1
    language = "en"
    """) + _UNFIT_SCENARIO,
]


def _pack_messages(monkeypatch: pytest.MonkeyPatch) -> set[str]:
    found: set[str] = set()
    for text in _BAD_PACKS:
        found |= set(drill_pack.pack_problems(text, "my pack.toml"))
    monkeypatch.setattr(drill_pack, "MAX_SCENARIOS", 1)
    found |= set(drill_pack.pack_problems(_BAD_PACK_HEAD + _UNFIT_SCENARIO, "pack.toml"))
    return found



@pytest.fixture
def produced(monkeypatch: pytest.MonkeyPatch) -> set[str]:
    found = (_contact_messages() | _policy_and_member_messages() | _resource_messages()
             | _passphrase_messages() | _csv_messages(monkeypatch) | _pack_messages(monkeypatch))
    return {m for m in found if m}


def test_every_field_message_is_a_code_with_parameters(produced: set[str]) -> None:
    assert len(produced) > 40, "too few messages collected: is the bad input still bad?"
    plain = sorted(m for m in produced if not isinstance(m, Message))
    assert not plain, "give these a code in domain/messages_en.py:\n" + "\n".join(plain)


def test_every_field_message_reads_in_french(produced: set[str], french: QTranslator) -> None:
    english = sorted(m for m in produced if message_text(m) == m)
    assert not english, "still English in French:\n" + "\n".join(english)


def test_english_reads_as_written(produced: set[str]) -> None:
    # numbers take the locale's separators (1,440), as everywhere in the UI
    changed = sorted(m for m in produced if message_text(m).replace(",", "") != m.replace(",", ""))
    assert not changed, "the English changed on its way to the UI:\n" + "\n".join(changed)


def test_an_import_row_reads_in_french_with_its_values_kept(french: QTranslator) -> None:
    problems = referral_csv.parse(
        b"name,category,is_example\nA,Astrologer,maybe\n", TODAY).problems
    shown = message_text(problems[0].reason)
    for kept in ("'Astrologer'", "eap, clinician", "is_example", "'maybe'"):
        assert kept in shown
    for english in ("unknown", "use yes"):
        assert english not in shown
    assert shown.count("; ") == 1


def test_a_pack_problem_reads_in_french_with_its_place_kept(french: QTranslator) -> None:
    problems = drill_pack.pack_problems(_BAD_PACK_HEAD + _BAD_SCENARIO, "my pack.toml")
    shown = [message_text(p) for p in problems]
    assert all(s.startswith("my pack.toml, ligne ") for s in shown)
    assert len(shown) > 10
    assert not [s for s in shown if "unknown" in s or "must be" in s or "scenario '" in s]


def test_numbers_take_the_french_separators(french: QTranslator) -> None:
    shown = message_text(Message("demo.count_range", low=1, high=100_000))
    assert "100\u00a0000" in shown.replace("\u202f", "\u00a0")


def test_every_zxcvbn_feedback_text_has_a_code_and_reads_in_french(french: QTranslator) -> None:
    tree = ast.parse(inspect.getsource(zxcvbn.feedback))
    texts = {node.args[0].value for node in ast.walk(tree)
             if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_"
             and isinstance(node.args[0], ast.Constant)}
    assert len(texts) > 20
    known = {text for code, text in ENGLISH.items() if code.startswith("zxcvbn.")}
    assert not sorted(texts - known), "give these zxcvbn warnings a code"
    untranslated = sorted(t for t in known if message_text(passphrase._zxcvbn_message(t) or t)
                          == t)
    assert not untranslated, "zxcvbn feedback without French:\n" + "\n".join(untranslated)


# --- known errors the UI shows by their message (no sentence of its own for the code) --------

def _subclasses(cls: type) -> Iterator[type[Any]]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def test_every_known_error_has_a_sentence_in_french(french: QTranslator) -> None:
    for package in (peerdesk.domain, peerdesk.storage, peerdesk.services):
        for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            importlib.import_module(module.name)
    by_message = []
    for error in _subclasses(PeerDeskError):
        if error.code in messages._BY_CODE or error.__module__.startswith("peerdesk.cli"):
            continue  # the UI's own sentence; the command line's errors never reach the UI
        if re.fullmatch(r"\{\w+\}", getattr(error, "template", "")):
            continue  # its message is its reason, a catalogue Message in either language
        assert error.code in ENGLISH, f"give {error.__name__} a sentence of its own"
        names = {n for _t, n, _f, _c in string.Formatter().parse(ENGLISH[error.code]) if n}
        exc = error.__new__(error)
        exc.params = dict.fromkeys(names, "12")
        by_message.append(exc)
    assert by_message, "no error is shown by its message: is this test still needed?"
    for exc in by_message:
        shown = messages.error_text(exc)
        assert shown != exc.message, exc.code


# --- drill feedback (domain/drills.py; its French is domain/messages_fr.py) ------------------

@pytest.fixture
def french_ui(qapp: QApplication, french: QTranslator) -> Iterator[None]:
    """French as the running app speaks it: the translation and the chosen language."""
    previous = qapp.property("peerdeskLanguage")
    qapp.setProperty("peerdeskLanguage", "fr_CA")
    yield
    qapp.setProperty("peerdeskLanguage", previous)


@pytest.mark.parametrize("language", ["en", "fr_CA"])
def test_every_drill_feedback_text_reads_in_french(language: str, french_ui: None) -> None:
    texts = feedback_texts(language)
    assert len(texts) > 60, "too few drill verdicts collected: do the drafts still miss?"
    plain = sorted(t for t in texts if not isinstance(t, Message))
    assert not plain, "give these verdicts a code:\n" + "\n".join(plain)
    english = [text for code, text in ENGLISH.items() if code.startswith("drill.")]
    for text in texts:
        shown = message_text(text, drill_labels.code_label)
        assert shown != text, text
        for source in english:  # no English sentence of the scoring is left
            core = source.split("{")[0].strip(" '")
            assert len(core) < 8 or core not in shown, (core, shown)
        assert not re.search(r"[a-z0-9]+(_[a-z0-9]+)+", shown), shown  # no code either
        assert "\u00a0:" in shown or " :" not in shown, shown  # a no-break space before ":"


def test_drill_feedback_shows_labels_and_keeps_the_pack_explanation(french_ui: None) -> None:
    verdict = Message("drill.then", first=Message("drill.escalate_risk",
                                                  given=Code("some_concern")),
                      then="Elle a dit avoir un plan.")
    shown = message_text(verdict, drill_labels.code_label)
    assert shown.startswith("Le risque a été consigné comme « ")
    assert shown.endswith(" Elle a dit avoir un plan.")
    assert "some_concern" not in shown
    missing = message_text(Message("drill.missing", codes=Listed(
        (Code("work_stress"), Code("grief_loss")))), drill_labels.code_label)
    assert missing.startswith("Manquant\u00a0: ")
    assert "_" not in missing


def test_drill_feedback_in_english_shows_labels(qapp: QApplication) -> None:
    assert qapp.property("peerdeskLanguage") in (None, "en")
    text = Message("drill.logged_as", given=Code("police"), expected=Code("fire"))
    assert text == "Logged as 'police'; this is 'fire'."
    shown = message_text(text, drill_labels.code_label)
    assert shown == (f"Logged as '{drill_labels.code_label('police')}'; "
                     f"this is '{drill_labels.code_label('fire')}'.")
    assert "police" not in shown

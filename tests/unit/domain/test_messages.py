"""Every message code has its English and its French, and the code uses no code it lacks.

The English is ``domain/messages_en.py``; the French of a code is the finished translation of
its English template in the ``Domain`` context of ``resources/i18n/peerdesk_fr_CA.ts`` (read
here as XML, without Qt), with the same ``{placeholders}``. The codes read below the UI (drill
feedback and the PDF reports' sentences) have their French in ``domain/messages_fr.py`` too:
the .ts must say exactly the same.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from peerdesk.domain.messages import Message
from peerdesk.domain.messages_en import ENGLISH
from peerdesk.domain.messages_fr import FRENCH

ROOT = Path(__file__).resolve().parents[3]
FRENCH_TS = ROOT / "resources" / "i18n" / "peerdesk_fr_CA.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _domain_french() -> dict[str, str]:
    """English source -> finished French translation, ``Domain`` context."""
    found: dict[str, str] = {}
    for context in ET.parse(FRENCH_TS).getroot().iter("context"):
        if context.findtext("name") != "Domain":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            found[message.findtext("source") or ""] = translation.text or ""
    return found


def test_every_code_has_english_and_french_with_the_same_placeholders() -> None:
    french = _domain_french()
    assert len(ENGLISH) > 60
    missing = sorted(code for code, english in ENGLISH.items() if not french.get(english))
    assert not missing, ("these codes have no French: run `make translations` and translate "
                         "them in resources/i18n/peerdesk_fr_CA.ts:\n" + "\n".join(missing))
    for code, english in ENGLISH.items():
        assert english.strip(), code
        assert sorted(PLACEHOLDER.findall(french[english])) == sorted(
            PLACEHOLDER.findall(english)), code


def _codes_in_source() -> set[str]:
    codes: set[str] = set()
    for path in (ROOT / "peerdesk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Message"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                codes.add(str(node.args[0].value))
    return codes


def test_every_code_the_source_writes_is_in_the_catalogue() -> None:
    codes = _codes_in_source()
    assert len(codes) > 40, "the source scan found too few messages: has the code moved?"
    assert not sorted(codes - set(ENGLISH))


def test_a_message_is_its_english_and_keeps_its_code() -> None:
    message = Message("contact.duration_range", low=1, high=1440)
    assert message == "Enter 1–1440 minutes."
    assert (message.code, dict(message.params)) == ("contact.duration_range",
                                                    {"low": 1, "high": 1440})
    assert Message("demo.count_range", low=1, high=100_000) == "Choose 1–100,000 contacts."
    with pytest.raises(KeyError):
        Message("no.such.code")


# Codes read below the UI, where there is no Qt (drill feedback, the PDF reports): their French
# is domain/messages_fr.py.
BELOW_THE_UI = ("drill.", "word.", "note.kind.", "pdf.", "report.", "debrief.", "survey.")


def test_every_code_read_below_the_ui_has_its_french_there() -> None:
    below = {code for code in ENGLISH if code.startswith(BELOW_THE_UI)}
    assert len(below) > 30
    assert not sorted(below - set(FRENCH)), "add their French to domain/messages_fr.py"
    assert not sorted(set(FRENCH) - set(ENGLISH)), "French of codes that no longer exist"


def test_the_french_below_the_ui_is_the_french_the_app_shows() -> None:
    ts = _domain_french()
    differ = sorted(code for code, french in FRENCH.items() if ts.get(ENGLISH[code]) != french)
    assert not differ, ("domain/messages_fr.py and resources/i18n/peerdesk_fr_CA.ts differ; copy "
                        "messages_fr.py into the .ts after `make translations`:\n"
                        + "\n".join(differ))

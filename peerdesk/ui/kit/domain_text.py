"""The English messages of the layers below the UI, in the language the UI speaks.

``domain`` and ``services`` write their validation messages, import reasons and pack problems
as stable English sentences (the command line prints them as they are; the domain knows no
language). The UI shows every such text through :func:`domain_text`, which translates it in
the ``Domain`` context:

* a fixed sentence is looked up by its exact text (``_EXACT``);
* a sentence with values ("Enter 1–60 minutes.", "line 12: unknown category 'x' ...") matches
  one of the templates in ``_TEMPLATES``: the English template is turned into a pattern (each
  ``{name}`` becomes a group), the translated template is filled with the values found, and
  the groups named in ``_INNER`` (a reason inside a reason) are translated the same way;
* reasons joined with "; " (an import row with several problems) are translated one by one.

Drill feedback (the verdicts of ``domain/drills.py``) has its French in one table shared with
the debrief PDF, ``services/drill_words.py``; :func:`drill_text` reads it in the UI's language
and shows each code by its label.

Values (codes, column names, a file's name, what a person typed) are never translated. A text
no entry knows is shown as it is; tests/ui/test_domain_text.py fails when the domain or the
services can produce such a text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from peerdesk.services import drill_words
from peerdesk.ui.kit import i18n
from peerdesk.ui.training import labels as drill_labels

_CONTEXT = "Domain"

# Sentences without values, as the domain and the services write them.
_EXACT: tuple[str, ...] = (
    # domain/contacts.py
    QT_TRANSLATE_NOOP("Domain", "The date cannot be in the future."),
    QT_TRANSLATE_NOOP("Domain", "The date is more than a year ago. Log a contact within a year "
                      "of it."),
    QT_TRANSLATE_NOOP("Domain", "Group size applies to group formats only."),
    QT_TRANSLATE_NOOP("Domain", "Choose at least one topic."),
    QT_TRANSLATE_NOOP("Domain", "Choose the kind of critical incident."),
    QT_TRANSLATE_NOOP("Domain", "Imminent danger needs a crisis line, medical or clinician "
                      "referral before saving."),
    QT_TRANSLATE_NOOP("Domain", "Record who it was disclosed to (a role, not a name)."),
    QT_TRANSLATE_NOOP("Domain", "Each referral type may appear once."),
    QT_TRANSLATE_NOOP("Domain", "The follow-up cannot be due before the contact."),
    QT_TRANSLATE_NOOP("Domain", "The note contains control characters; retype it."),
    QT_TRANSLATE_NOOP("Domain", "The note contains unreadable characters; retype it."),
    # services/contacts.py
    QT_TRANSLATE_NOOP("Domain", "This checklist version does not exist."),
    QT_TRANSLATE_NOOP("Domain", "An item that is not on the checklist was ticked."),
    QT_TRANSLATE_NOOP("Domain", "Private notes are turned off by the program's policy."),
    QT_TRANSLATE_NOOP("Domain", "The contact this follows up was not found."),
    # domain/policy.py
    QT_TRANSLATE_NOOP("Domain", "Enter a whole number."),
    QT_TRANSLATE_NOOP("Domain", "Keep at least one checklist item."),
    QT_TRANSLATE_NOOP("Domain", "This item is already in the list."),
    QT_TRANSLATE_NOOP("Domain", "Enter the program's name."),
    QT_TRANSLATE_NOOP("Domain", "Use one line of text."),
    # domain/members.py, services/team.py, services/workspace.py, services/passphrase.py
    QT_TRANSLATE_NOOP("Domain", "Enter a name."),
    QT_TRANSLATE_NOOP("Domain", "Use letters, digits, spaces and punctuation only."),
    QT_TRANSLATE_NOOP("Domain", "Choose at least one role."),
    QT_TRANSLATE_NOOP("Domain", "Choose a stronger temporary passphrase."),
    QT_TRANSLATE_NOOP("Domain", "Choose a passphrase different from the current one."),
    QT_TRANSLATE_NOOP("Domain", "Add another word or two that are not a common phrase."),
    QT_TRANSLATE_NOOP("Domain", "Choose a stronger passphrase."),
    QT_TRANSLATE_NOOP("Domain", "The two passphrases are not the same."),
    # services/demo_data.py
    QT_TRANSLATE_NOOP("Domain", "The start date is after the end date."),
    QT_TRANSLATE_NOOP("Domain", "Demo contacts cannot be in the future."),
    # services/drills.py (why a training folder was not reset)
    QT_TRANSLATE_NOOP("Domain", "it is the real vault's folder."),
    QT_TRANSLATE_NOOP("Domain", "its key-slot file cannot be read, so it cannot be told apart "
                      "from a real vault. Move the folder away by hand if it is a training "
                      "vault."),
    # domain/referrals.py
    QT_TRANSLATE_NOOP("Domain", "Enter the resource's name."),
    QT_TRANSLATE_NOOP("Domain", "It contains control or unreadable characters; retype it."),
    QT_TRANSLATE_NOOP("Domain", "Choose a category."),
    QT_TRANSLATE_NOOP("Domain", "Choose free, covered or fee."),
    QT_TRANSLATE_NOOP("Domain", "Use digits, spaces and + - ( ) . only, with an optional "
                      "extension (for example +1 416 555 0100 ext 12)."),
    QT_TRANSLATE_NOOP("Domain", "An example entry has no phone number; mark it as real to "
                      "add one."),
    QT_TRANSLATE_NOOP("Domain", "The verification date cannot be in the future."),
    QT_TRANSLATE_NOOP("Domain", "The directory changed since the preview; nothing was "
                      "imported. Preview again."),
    # domain/referral_csv.py
    QT_TRANSLATE_NOOP("Domain", "the file is not UTF-8 text; save it as \"CSV UTF-8\" and try "
                      "again"),
    QT_TRANSLATE_NOOP("Domain", "the file is empty; it needs a header row and at least one "
                      "resource"),
    QT_TRANSLATE_NOOP("Domain", "the file has a header but no resources"),
    QT_TRANSLATE_NOOP("Domain", "the name is missing"),
    QT_TRANSLATE_NOOP("Domain", "the category is missing"),
    QT_TRANSLATE_NOOP("Domain", "duplicate: already in the directory (same name and phone)"),
    # domain/drill_pack.py, services/drills.py
    QT_TRANSLATE_NOOP("Domain", "not UTF-8 text"),
    QT_TRANSLATE_NOOP("Domain", "the pack nests values too deeply"),
    QT_TRANSLATE_NOOP("Domain", "the pack holds no scenarios"),
    QT_TRANSLATE_NOOP("Domain", "the [pack] table (id, title, version, language) is missing"),
    QT_TRANSLATE_NOOP("Domain", "'version' must be a whole number from 1"),
    QT_TRANSLATE_NOOP("Domain", "'language' must be a language code such as \"en\" or "
                      "\"fr-CA\""),
    QT_TRANSLATE_NOOP("Domain", "the pack needs at least one [[scenario]]"),
    QT_TRANSLATE_NOOP("Domain", "each scenario must be a [[scenario]] table"),
    QT_TRANSLATE_NOOP("Domain", "'debrief' must list at least one debrief point"),
    QT_TRANSLATE_NOOP("Domain", "each debrief point must be non-empty text"),
    QT_TRANSLATE_NOOP("Domain", "'why' must be a table of field = \"explanation\""),
    QT_TRANSLATE_NOOP("Domain", "the expected log ([scenario.expected]) is missing"),
    QT_TRANSLATE_NOOP("Domain", "the expected log needs at least one topic"),
    QT_TRANSLATE_NOOP("Domain", "'group_size' must be a whole number"),
    # the parts a pack problem is built from ({noun}, {what}, {why} below)
    QT_TRANSLATE_NOOP("Domain", "the file"),
    QT_TRANSLATE_NOOP("Domain", "a scenario"),
    QT_TRANSLATE_NOOP("Domain", "the expected log"),
    QT_TRANSLATE_NOOP("Domain", "member group"),
    QT_TRANSLATE_NOOP("Domain", "format"),
    QT_TRANSLATE_NOOP("Domain", "risk"),
    QT_TRANSLATE_NOOP("Domain", "confidentiality exception"),
    QT_TRANSLATE_NOOP("Domain", "incident type"),
    QT_TRANSLATE_NOOP("Domain", "initiated-by"),
    QT_TRANSLATE_NOOP("Domain", "topic"),
    QT_TRANSLATE_NOOP("Domain", "referral"),
    QT_TRANSLATE_NOOP("Domain", "disclosure route"),
    QT_TRANSLATE_NOOP("Domain", "checklist item"),
    QT_TRANSLATE_NOOP("Domain", "critical action"),
    QT_TRANSLATE_NOOP("Domain", "imminent danger"),
    QT_TRANSLATE_NOOP("Domain", "a confidentiality exception"),
    QT_TRANSLATE_NOOP("Domain", "needs risk = \"imminent_danger\""),
    QT_TRANSLATE_NOOP("Domain", "needs a confidentiality_exception other than \"none\""),
    QT_TRANSLATE_NOOP("Domain", "needs at least one referral"),
    QT_TRANSLATE_NOOP("Domain", "needs the referral to hand over to"),
    QT_TRANSLATE_NOOP("Domain", "needs a risk other than \"none_observed\""),
    QT_TRANSLATE_NOOP("Domain", "cannot go with 'no_role_conflict' in the checklist to tick"),
    # zxcvbn's feedback (zxcvbn/feedback.py), shown under the passphrase
    QT_TRANSLATE_NOOP("Domain", "Use a few words, avoid common phrases."),
    QT_TRANSLATE_NOOP("Domain", "No need for symbols, digits, or uppercase letters."),
    QT_TRANSLATE_NOOP("Domain", "Add another word or two. Uncommon words are better."),
    QT_TRANSLATE_NOOP("Domain", "Straight rows of keys are easy to guess."),
    QT_TRANSLATE_NOOP("Domain", "Short keyboard patterns are easy to guess."),
    QT_TRANSLATE_NOOP("Domain", "Use a longer keyboard pattern with more turns."),
    QT_TRANSLATE_NOOP("Domain", "Repeats like \"aaa\" are easy to guess."),
    QT_TRANSLATE_NOOP("Domain", "Repeats like \"abcabcabc\" are only slightly harder to guess "
                      "than \"abc\"."),
    QT_TRANSLATE_NOOP("Domain", "Avoid repeated words and characters."),
    QT_TRANSLATE_NOOP("Domain", "Sequences like \"abc\" or \"6543\" are easy to guess."),
    QT_TRANSLATE_NOOP("Domain", "Avoid sequences."),
    QT_TRANSLATE_NOOP("Domain", "Recent years are easy to guess."),
    QT_TRANSLATE_NOOP("Domain", "Avoid recent years."),
    QT_TRANSLATE_NOOP("Domain", "Avoid years that are associated with you."),
    QT_TRANSLATE_NOOP("Domain", "Dates are often easy to guess."),
    QT_TRANSLATE_NOOP("Domain", "Avoid dates and years that are associated with you."),
    QT_TRANSLATE_NOOP("Domain", "This is a top-10 common password."),
    QT_TRANSLATE_NOOP("Domain", "This is a top-100 common password."),
    QT_TRANSLATE_NOOP("Domain", "This is a very common password."),
    QT_TRANSLATE_NOOP("Domain", "This is similar to a commonly used password."),
    QT_TRANSLATE_NOOP("Domain", "A word by itself is easy to guess."),
    QT_TRANSLATE_NOOP("Domain", "Names and surnames by themselves are easy to guess."),
    QT_TRANSLATE_NOOP("Domain", "Common names and surnames are easy to guess."),
    QT_TRANSLATE_NOOP("Domain", "Capitalization doesn't help very much."),
    QT_TRANSLATE_NOOP("Domain", "All-uppercase is almost as easy to guess as all-lowercase."),
    QT_TRANSLATE_NOOP("Domain", "Reversed words aren't much harder to guess."),
    QT_TRANSLATE_NOOP("Domain", "Predictable substitutions like '@' instead of 'a' don't help "
                      "very much."),
)

# Sentences with values: ``{name}`` stands for a value (see _VALUE) and is kept as it is,
# except the groups in _INNER, which are sentences of their own and are translated too.
_TEMPLATES: tuple[str, ...] = (
    # domain/contacts.py, domain/policy.py, domain/members.py
    QT_TRANSLATE_NOOP("Domain", "Enter {low}–{high} minutes."),
    QT_TRANSLATE_NOOP("Domain", "Enter {low}–{high} days."),
    QT_TRANSLATE_NOOP("Domain", "Enter {low}–{high} contacts."),
    QT_TRANSLATE_NOOP("Domain", "A group has {low}–{high} people."),
    QT_TRANSLATE_NOOP("Domain", "Keep the note under {count} characters."),
    QT_TRANSLATE_NOOP("Domain", "Use at most {count} items."),
    QT_TRANSLATE_NOOP("Domain", "Use at most {count} characters."),
    # services/passphrase.py, services/demo_data.py, services/drills.py
    QT_TRANSLATE_NOOP("Domain", "Use at least {count} characters; a few unusual words work "
                      "well."),
    QT_TRANSLATE_NOOP("Domain", "Choose {low}–{high} contacts."),
    QT_TRANSLATE_NOOP("Domain", "Give the session a title of {low}–{high} characters."),
    QT_TRANSLATE_NOOP("Domain", "Type a name of {low}–{high} characters."),
    # domain/referrals.py
    QT_TRANSLATE_NOOP("Domain", "Keep it under {count} characters."),
    QT_TRANSLATE_NOOP("Domain", "A phone number has at least {count} digits."),
    QT_TRANSLATE_NOOP("Domain", "A phone number has at most {count} digits (before any "
                      "extension)."),
    QT_TRANSLATE_NOOP("Domain", "The file has {count} bad row(s); nothing was imported. Fix "
                      "them and try again."),
    QT_TRANSLATE_NOOP("Domain", "{path} cannot be read as a directory file: {detail}."),
    # domain/referral_csv.py: "line N: reason", then the reasons
    QT_TRANSLATE_NOOP("Domain", "line {line}: {reason}"),
    QT_TRANSLATE_NOOP("Domain", "the file is larger than {count} MB; split it"),
    QT_TRANSLATE_NOOP("Domain", "more than {count} rows; split the file"),
    QT_TRANSLATE_NOOP("Domain", "header: {problems}"),
    QT_TRANSLATE_NOOP("Domain", "unknown column(s) {names} (the columns are: {columns})"),
    QT_TRANSLATE_NOOP("Domain", "column(s) named twice: {columns}"),
    QT_TRANSLATE_NOOP("Domain", "required column(s) missing: {columns}"),
    QT_TRANSLATE_NOOP("Domain", "has {count} fields but the header has {expected} (check for a "
                      "missing or extra comma, or an unclosed quote)"),
    QT_TRANSLATE_NOOP("Domain", "duplicate of line {line} (same name and phone)"),
    QT_TRANSLATE_NOOP("Domain", "cannot be read as CSV from here on ({detail}); nothing after "
                      "it was read"),
    QT_TRANSLATE_NOOP("Domain", "unknown category {value} (use one of: {codes})"),
    QT_TRANSLATE_NOOP("Domain", "unknown cost {value} (use free, covered or fee)"),
    QT_TRANSLATE_NOOP("Domain", "bad yes/no value in {column}: {value} (use yes or no)"),
    QT_TRANSLATE_NOOP("Domain", "bad date in last_verified: {value} (use YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("Domain", "bad date in last_verified: {message}"),
    QT_TRANSLATE_NOOP("Domain", "malformed phone {value}: {message}"),
    QT_TRANSLATE_NOOP("Domain", "{column}: {message}"),
    # domain/drill_pack.py: "source:line: scenario 'id': message", then the messages
    QT_TRANSLATE_NOOP("Domain", "{source}:{line}: scenario '{scenario}': {message}"),
    QT_TRANSLATE_NOOP("Domain", "{source}:{line}: {message}"),
    QT_TRANSLATE_NOOP("Domain", "the file is larger than {count} kB"),
    QT_TRANSLATE_NOOP("Domain", "the pack is larger than {count} kB"),
    QT_TRANSLATE_NOOP("Domain", "TOML syntax: {detail}"),
    QT_TRANSLATE_NOOP("Domain", "'{key}' is missing"),
    QT_TRANSLATE_NOOP("Domain", "'{key}' must be text"),
    QT_TRANSLATE_NOOP("Domain", "'{key}' is empty"),
    QT_TRANSLATE_NOOP("Domain", "'{key}' is longer than {count} characters"),
    QT_TRANSLATE_NOOP("Domain", "id '{key}' must be lower-case letters, digits and dashes, "
                      "starting with a letter or digit"),
    QT_TRANSLATE_NOOP("Domain", "unknown key '{key}' in {what} (expected one of: {keys})"),
    QT_TRANSLATE_NOOP("Domain", "unknown key '{key}' in {table} (expected one of: {keys})"),
    QT_TRANSLATE_NOOP("Domain", "'{key}' is missing from the expected log"),
    QT_TRANSLATE_NOOP("Domain", "unknown {noun} code {value} (did you mean '{code}'?)"),
    QT_TRANSLATE_NOOP("Domain", "unknown {noun} code {value}"),
    QT_TRANSLATE_NOOP("Domain", "'{key}' must be a list like [\"{code}\"]"),
    QT_TRANSLATE_NOOP("Domain", "{noun} '{code}' is listed twice"),
    QT_TRANSLATE_NOOP("Domain", "a pack holds at most {count} scenarios"),
    QT_TRANSLATE_NOOP("Domain", "the id '{key}' is used by another scenario in this pack"),
    QT_TRANSLATE_NOOP("Domain", "'time_limit_seconds' must be a whole number from {low} to "
                      "{high}"),
    QT_TRANSLATE_NOOP("Domain", "keep to {count} debrief points"),
    QT_TRANSLATE_NOOP("Domain", "why.{key} must be non-empty text"),
    QT_TRANSLATE_NOOP("Domain", "the expected log could not be saved: {message}"),
    QT_TRANSLATE_NOOP("Domain", "critical action '{code}' {why}"),
    QT_TRANSLATE_NOOP("Domain", "{what} must be a critical action: add '{code}' to critical"),
)

# What each kind of value may look like (anything else: any text).
_VALUE = {
    "low": r"\d[\d,]*", "high": r"\d[\d,]*", "count": r"\d[\d,]*", "expected": r"\d[\d,]*",
    "line": r"\d+", "key": r"[^']+", "code": r"[^'\s\"]+", "scenario": r"[^']*",
    "column": (r"name|category|cost|phone|contact_details|hours|region|languages|notes"
               r"|last_verified|available_24_7|first_responder_informed|is_example"),
    "value": r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|[a-z]+ value",  # repr() of the text
    "table": r"\[[^\]]+\]", "source": r"[^\n]+?",
}
# Any other value: never across "; ", where the next reason of a list starts.
_ANY = r"(?:(?!; ).)+?"
# Groups that hold a sentence of their own (translated, and required to be known).
_INNER = frozenset({"reason", "message", "problems", "what", "noun", "why"})
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_GROUPED_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+")
_SEPARATOR = "; "


def _compile(template: str) -> re.Pattern[str]:
    parts: list[str] = []
    position = 0
    for match in _PLACEHOLDER.finditer(template):
        parts.append(re.escape(template[position:match.start()]))
        name = match.group(1)
        parts.append(f"(?P<{name}>{_VALUE.get(name, '.+?' if name in _INNER else _ANY)})")
        position = match.end()
    parts.append(re.escape(template[position:]))
    return re.compile("".join(parts), re.DOTALL)


_EXACT_SET = frozenset(_EXACT)
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (template, _compile(template)) for template in _TEMPLATES)


def sources() -> tuple[str, ...]:
    """Every English text and template of the table (for the tests)."""
    return _EXACT + _TEMPLATES


def domain_text(text: str) -> str:
    """``text`` (an English message of the domain or the services) in the UI's language.

    Unknown text is returned as it is; so is each unknown part of a "; "-joined list.
    """
    if not text:
        return text
    found = known(text)
    if found is not None:
        return found
    return _SEPARATOR.join(known(part) or part for part in text.split(_SEPARATOR))


def known(text: str) -> str | None:
    """The translation of ``text`` when every part of it is in the table, else None."""
    return _known(text, {})


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def _known(text: str, memo: dict[str, str | None]) -> str | None:
    if text in memo:
        return memo[text]
    memo[text] = None  # no loops through a text that is being worked out
    result = _tr(text) if text in _EXACT_SET else _from_template(text, memo)
    if result is None:
        result = _from_list(text, memo)
    memo[text] = result
    return result


def _from_template(text: str, memo: dict[str, str | None]) -> str | None:
    for template, pattern in _PATTERNS:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        values = dict(_values(match, memo))
        if len(values) < len(match.groupdict()):
            continue  # an inner sentence is unknown: maybe another template fits
        translated = _tr(template)
        for name, value in values.items():
            shown = value
            if translated != template and _GROUPED_NUMBER.fullmatch(value):
                shown = i18n.number(int(value.replace(",", "")))  # 100,000 -> 100 000
            translated = translated.replace("{" + name + "}", shown)
        return translated
    return None


def _values(match: re.Match[str], memo: dict[str, str | None]) -> Iterator[tuple[str, str]]:
    for name, value in match.groupdict().items():
        if name not in _INNER:
            yield name, value
            continue
        inner = _known(value, memo)
        if inner is not None:
            yield name, inner


def _from_list(text: str, memo: dict[str, str | None]) -> str | None:
    """Reasons joined with "; ": split where both sides are known (a reason may hold "; ")."""
    start = text.find(_SEPARATOR)
    while start != -1:
        head = _known(text[:start], memo)
        if head is not None:
            tail = _known(text[start + len(_SEPARATOR):], memo)
            if tail is not None:
                return head + _SEPARATOR + tail
        start = text.find(_SEPARATOR, start + 1)
    return None


def drill_text(text: str) -> str:
    """A drill verdict, reason or critical-action description in the UI's language.

    Codes are shown by their labels; the scenario pack's own explanation after the verdict is
    kept as the pack wrote it.
    """
    if i18n.current_language() != drill_words.FRENCH:
        return drill_labels.readable(text)
    translated = drill_words.translate(text, drill_words.FRENCH, drill_labels.code_label)
    return drill_labels.readable(text) if translated is None else translated


def drill_known(text: str) -> bool:
    """Whether every sentence the scoring wrote in ``text`` has French (for the tests)."""
    return drill_words.translate(text, drill_words.FRENCH, str) is not None

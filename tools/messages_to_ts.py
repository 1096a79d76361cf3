"""Copy the French written below the UI into the Qt translation file.

Drill feedback and the PDF reports are written below the UI too, so their French is
``peerdesk/domain/messages_fr.py`` (messages by code) and ``labels_fr.py`` (vocabulary labels);
the app shows the same codes through Qt. ``make translations`` runs this between lupdate and
lrelease: each English template or label (a source text of the ``Domain``, ``Vocab``,
``Statistics``, ``Checklist`` or ``Drills`` context) gets that French as its finished
translation, so the two never differ (tests/unit/domain/test_messages.py and test_labels.py
check it).

Usage: ``python tools/messages_to_ts.py resources/i18n/peerdesk_fr_CA.ts fr_CA``
"""

from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

from peerdesk.domain import labels_en, labels_fr
from peerdesk.domain.messages_en import ENGLISH
from peerdesk.domain.messages_fr import FRENCH

LANGUAGE = "fr_CA"


def french_by_context() -> dict[str, dict[str, str]]:
    """Context -> English source text -> its French, for every text written below the UI."""
    vocab = {labels_en.LABELS[k]: labels_fr.LABELS[k] for k in labels_en.LABELS}
    vocab.update({labels_en.SHORT_LABELS[k]: labels_fr.SHORT_LABELS[k]
                  for k in labels_en.SHORT_LABELS})
    statistics = {en: fr for row_en, row_fr in zip(labels_en.TABLES, labels_fr.TABLES, strict=True)
                  for en, fr in zip(row_en[1:], row_fr[1:], strict=True)}
    statistics.update({labels_en.ROW_LABELS[code]: labels_fr.ROW_LABELS[code]
                       for code in labels_en.ROW_LABELS})
    checklist = {en: fr
                 for row_en, row_fr in zip(labels_en.CHECKLIST, labels_fr.CHECKLIST, strict=True)
                 for en, fr in zip(row_en[1:], row_fr[1:], strict=True) if en}
    return {"Domain": {ENGLISH[code]: french for code, french in FRENCH.items()},
            "Vocab": vocab, "Statistics": statistics, "Checklist": checklist,
            "Drills": {labels_en.DRILL_FIELDS[field]: labels_fr.DRILL_FIELDS[field]
                       for field in labels_en.DRILL_FIELDS}}


def _ts(text: str) -> str:
    """``text`` written the way lupdate writes it."""
    entities = {'"': "&quot;", "'": "&apos;", "\u00a0": "&#xa0;"}
    return escape(text, entities)


def copy_french(ts_text: str) -> tuple[str, list[str]]:
    """``ts_text`` with the French written below the UI; and the texts not found in it."""
    missing: list[str] = []
    for context, texts in french_by_context().items():
        start = ts_text.index(f"<name>{context}</name>")
        end = ts_text.index("</context>", start)
        block = ts_text[start:end]
        for english, french in texts.items():
            source = f"<source>{_ts(english)}</source>"
            at = block.find(source)
            if at == -1:
                missing.append(f"{context}: {english}")
                continue
            open_at = block.index("<translation", at)
            close_at = block.index("</translation>", open_at) + len("</translation>")
            block = (block[:open_at] + f"<translation>{_ts(french)}</translation>"
                     + block[close_at:])
        ts_text = ts_text[:start] + block + ts_text[end:]
    return ts_text, missing


def main(argv: list[str]) -> int:
    path, language = Path(argv[1]), argv[2]
    if language != LANGUAGE:
        return 0
    text, missing = copy_french(path.read_text(encoding="utf-8"))
    path.write_text(text, encoding="utf-8")
    if missing:
        print("not in the .ts (run lupdate first):", "; ".join(missing), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

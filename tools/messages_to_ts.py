"""Copy the French of the messages read below the UI into the Qt translation file.

Drill feedback is written below the UI too (the debrief PDF), so its French is
``peerdesk/domain/messages_fr.py``; the app shows the same codes through Qt. ``make
translations`` runs this between lupdate and lrelease: each code's English template (a source
text of the ``Domain`` context) gets the French of ``messages_fr.py`` as its finished
translation, so the two never differ (tests/unit/domain/test_messages.py checks it).

Usage: ``python tools/messages_to_ts.py resources/i18n/peerdesk_fr_CA.ts fr_CA``
"""

from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

from peerdesk.domain.messages_en import ENGLISH
from peerdesk.domain.messages_fr import FRENCH

CONTEXT = "Domain"
LANGUAGE = "fr_CA"


def _ts(text: str) -> str:
    """``text`` written the way lupdate writes it."""
    entities = {'"': "&quot;", "'": "&apos;", "\u00a0": "&#xa0;"}
    return escape(text, entities)


def copy_french(ts_text: str) -> tuple[str, list[str]]:
    """``ts_text`` with the French of every code of ``FRENCH``; and the codes not found."""
    start = ts_text.index(f"<name>{CONTEXT}</name>")
    end = ts_text.index("</context>", start)
    block = ts_text[start:end]
    missing: list[str] = []
    for code, french in FRENCH.items():
        source = f"<source>{_ts(ENGLISH[code])}</source>"
        at = block.find(source)
        if at == -1:
            missing.append(code)
            continue
        open_at = block.index("<translation", at)
        close_at = block.index("</translation>", open_at) + len("</translation>")
        block = (block[:open_at] + f"<translation>{_ts(french)}</translation>"
                 + block[close_at:])
    return ts_text[:start] + block + ts_text[end:], missing


def main(argv: list[str]) -> int:
    path, language = Path(argv[1]), argv[2]
    if language != LANGUAGE:
        return 0
    text, missing = copy_french(path.read_text(encoding="utf-8"))
    path.write_text(text, encoding="utf-8")
    if missing:
        print("not in the .ts (run lupdate first):", ", ".join(missing), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

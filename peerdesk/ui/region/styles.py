"""Style rules of the Region section, from the theme colours (applied on its page only)."""

from __future__ import annotations

from peerdesk.ui.kit import theme

_SHEET = """
QLabel[panelTitle="true"] {{ font-size: 12.5pt; font-weight: 700; padding-top: 8px; }}
QLabel#stationIdentity, QLabel#regionIdentity {{ color: {text}; }}
QTableView::item {{ padding: 0px 6px; }}
"""


def style_sheet(training: bool) -> str:
    return theme.local_sheet(_SHEET, training)

"""Style rules of the Statistics section, from the theme colours (applied on its page only)."""

from __future__ import annotations

from peerdesk.ui.kit import theme

_SHEET = """
QListWidget#tableList {{
    background: {surface}; border: 1px solid {border}; border-radius: 6px; padding: 4px;
    outline: 0;
}}
QListWidget#tableList:focus {{ border: 2px solid {focus}; padding: 3px; }}
QListWidget#tableList::item {{
    min-height: 32px; padding: 0px 10px; border-radius: 4px; color: {text};
}}
QListWidget#tableList::item:hover:!selected {{ background: {nav_hover}; }}
QListWidget#tableList::item:selected {{
    background: {accent_soft}; color: {text}; border-left: 4px solid {accent};
    font-weight: 600;
}}
QLabel#tableTitle {{ font-size: 13pt; font-weight: 600; }}
QLabel#tableAbout, QLabel#suppressionLegend, QLabel#trendIntro, QLabel#trendEmpty,
QLabel#releaseState {{ color: {muted}; }}
QCheckBox:disabled {{ color: {muted}; }}
QTableView::item {{ padding: 0px 6px; }}
QHeaderView::section:horizontal {{ padding: 6px 9px 6px 2px; font-size: 9.5pt; }}
QTableView[twoWay="true"] QHeaderView::section:horizontal {{ font-weight: normal; }}
QTableView#trendTable QHeaderView::section:horizontal {{ padding: 6px 9px; }}
QHeaderView::section:vertical {{ padding: 0px 10px; }}
"""


def style_sheet(training: bool) -> str:
    return theme.local_sheet(_SHEET, training)

"""Style rules of the referral directory (detail card, large phone number, flags, prompt).

Applied on the directory page and the lookup dialog only, so the app-wide sheet in
:mod:`peerdesk.ui.kit.theme` stays the shared base. Flags carry their meaning in words and an icon;
colour only repeats it.
"""

from __future__ import annotations

from peerdesk.ui.kit import theme

_SHEET = """
QFrame#resourceDetail {{
    background: {surface}; border: 1px solid {border}; border-radius: 10px;
}}
QLabel#detailName {{ font-size: 15pt; font-weight: 600; }}
QLabel#detailCategory, QLabel#detailEmpty, QLabel#resultStatus, QLabel#importFile {{
    color: {muted};
}}
QLabel#detailPhone {{
    font-size: 24pt; font-weight: 600; color: {accent_dark}; letter-spacing: 1px;
}}
QLabel#detailPhone[empty="true"] {{ font-size: 13pt; font-weight: 400; color: {muted}; }}
QLabel#detailLabel {{ color: {muted}; }}
QFrame[resourceFlag="true"] {{
    background: {warning_bg}; border: 1px solid {warning_edge}; border-radius: 6px;
}}
QFrame#firstRunPrompt {{
    background: {accent_soft}; border: 1px solid {accent}; border-radius: 8px;
}}
QLabel#firstRunText {{ font-weight: 600; }}
QLabel[importSummary="true"] {{ font-weight: 600; }}
QTableView::item {{ padding: 0px 8px; }}
QHeaderView::section {{
    background: {window}; color: {muted}; font-weight: 600; border: none;
    border-bottom: 1px solid {border}; padding: 6px 8px;
}}
QListView#importProblems {{
    background: {surface}; alternate-background-color: {alt_row}; border: 1px solid {border};
    border-radius: 6px; padding: 4px;
}}
QListView#importProblems:focus {{ border: 2px solid {focus}; }}
QListView#importProblems::item {{ padding: 5px 6px; }}
QListView#importProblems::item:selected {{ background: {accent_soft}; color: {text}; }}
QSplitter::handle {{ background: transparent; }}
QScrollArea#detailScroll {{ border: 2px solid transparent; border-radius: 10px; }}
QScrollArea#detailScroll:focus {{ border-color: {focus}; }}
QLabel[readable="true"] {{ border: 2px solid transparent; border-radius: 4px; }}
QLabel[readable="true"]:focus {{ border-color: {focus}; }}
QPlainTextEdit {{ border: 1px solid {border}; border-radius: 6px; background: {surface}; }}
QPlainTextEdit:focus {{ border: 2px solid {focus}; }}
"""


def style_sheet(training: bool) -> str:
    return theme.local_sheet(_SHEET, training)

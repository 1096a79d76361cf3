"""Style rules of the contact screens (chips, panels, checklist, tabs), from the theme colours.

Applied on the contacts section only, so the app-wide sheet in :mod:`peerdesk.ui.kit.theme` stays
the colleague-owned base. Meaning is always in words too: colour only repeats it.
"""

from __future__ import annotations

from peerdesk.ui.kit import theme

_SHEET = """
QPushButton[chip="true"] {{
    min-height: 26px; padding: 0px 11px; border-radius: 13px; border: 1px solid {border};
    background: {surface}; color: {text};
}}
QPushButton[chip="true"]:checked {{
    background: {accent_soft}; border: 1px solid {accent}; color: {accent_dark}; font-weight: 600;
}}
QPushButton[chip="true"]:focus {{ border: 2px solid {focus}; }}
QFrame#checklistPanel {{
    background: {surface}; border: 1px solid {border}; border-radius: 10px;
}}
QFrame#escalationPanel {{
    background: {error_bg}; border: 1px solid {error_edge}; border-left: 6px solid {error_bar};
    border-radius: 8px;
}}
QFrame#selfCarePanel {{
    background: {accent_soft}; border: 1px solid {accent}; border-left: 6px solid {accent};
    border-radius: 8px;
}}
QLabel[panelTitle="true"] {{ font-size: 12.5pt; font-weight: 700; }}
QLabel[requirement="true"] {{ font-weight: 600; color: {error_text}; }}
QLabel[requirement="true"][met="true"] {{ color: {positive_text}; }}
QLabel#hint, QLabel#formMode, QLabel#listStatus {{ color: {muted}; }}
QLabel#checklistCount, QLabel#sectionHeading {{ font-weight: 600; }}
QLabel#formTitle {{ font-size: 15pt; font-weight: 600; }}
QCheckBox[checklist="true"] {{ min-height: 24px; }}
QTableView::item {{ padding: 0px 8px; }}
QFrame#formFooter {{ background: {surface}; border-top: 1px solid {border}; }}
QFrame#followUpNotice {{
    background: {accent_soft}; border: 1px solid {accent}; border-radius: 8px;
}}
QTabWidget::pane {{ border: none; border-top: 1px solid {border}; }}
QTabBar::tab {{
    min-height: 34px; padding: 0px 18px; margin-right: 4px; border: 1px solid transparent;
    border-bottom: 3px solid transparent; background: transparent; color: {muted};
}}
QTabBar::tab:selected {{ color: {text}; font-weight: 600; border-bottom: 3px solid {accent}; }}
QTabBar::tab:focus {{ border: 2px solid {focus}; }}
QTableView {{
    background: {surface}; alternate-background-color: {alt_row}; border: 1px solid {border};
    border-radius: 6px; selection-background-color: {accent}; selection-color: {on_accent};
}}
QTableView:focus {{ border: 2px solid {focus}; }}
QHeaderView::section {{
    background: {window}; color: {muted}; font-weight: 600; border: none;
    border-bottom: 1px solid {border}; padding: 6px 8px;
}}
QSpinBox, QDateEdit {{
    min-height: 34px; border: 1px solid {border}; border-radius: 6px;
    background: {surface}; color: {text};
}}
QSpinBox:focus, QDateEdit:focus {{ border: 2px solid {focus}; }}
QSpinBox::up-button, QSpinBox::down-button {{ width: 0px; border: none; }}
QAbstractSpinBox QLineEdit {{
    min-height: 0px; border: none; padding: 0px 0px 0px 8px; background: transparent;
}}
QPlainTextEdit {{ border: 1px solid {border}; border-radius: 6px; background: {surface}; }}
QPlainTextEdit:focus {{ border: 2px solid {focus}; }}
"""


def style_sheet(training: bool) -> str:
    return theme.local_sheet(_SHEET, training)

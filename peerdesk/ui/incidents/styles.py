"""Style rules of the incident screens (reach figures, fields, tables), from the theme colours.

Applied on the Incidents page only (its dialogs inherit it), so the app-wide sheet in
:mod:`peerdesk.ui.kit.theme` stays the shared base. Meaning is always in words too.
"""

from __future__ import annotations

from peerdesk.ui.kit import theme

_SHEET = """
QFrame[reachFigure="true"] {{
    background: {surface}; border: 1px solid {border}; border-radius: 10px;
}}
QLabel[figure="true"] {{ font-size: 18pt; font-weight: 600; color: {accent_dark}; }}
QLabel#sectionHeading {{ font-size: 12.5pt; font-weight: 600; margin-top: 6px; }}
QLabel#hint, QLabel#incidentFacts, QLabel#followUpDaysText, QLabel#outstandingText {{
    color: {muted};
}}
QSpinBox, QDateTimeEdit {{
    min-height: 34px; min-width: 90px; border: 1px solid {border}; border-radius: 6px;
    background: {surface}; color: {text};
}}
QSpinBox:focus, QDateTimeEdit:focus {{ border: 2px solid {focus}; }}
QSpinBox:disabled, QDateTimeEdit:disabled {{
    background: {disabled_bg}; color: {disabled_text};
}}
QSpinBox::up-button, QSpinBox::down-button {{ width: 0px; border: none; }}
QAbstractSpinBox QLineEdit {{
    min-height: 0px; border: none; padding: 0px 0px 0px 8px; background: transparent;
}}
QTableView::item {{ padding: 0px 8px; }}
"""


def style_sheet(training: bool) -> str:
    return theme.local_sheet(_SHEET, training)

"""Style rules of the Surveys section and of the kiosk (large text), from the theme colours."""

from __future__ import annotations

from peerdesk.ui.kit import theme

_KIOSK = """
QWidget#surveyKiosk, QWidget#kioskBody {{ background: {window}; }}
QFrame#kioskBar {{ background: {surface}; border-bottom: 1px solid {border}; }}
QWidget#surveyKiosk QLabel {{ font-size: 16pt; }}
QLabel#kioskTitle {{ font-size: 18pt; font-weight: 600; }}
QWidget#surveyKiosk QLabel#pageTitle {{ font-size: 26pt; font-weight: 600; }}
QWidget#surveyKiosk QLabel#formTitle {{ font-size: 22pt; font-weight: 600; }}
QLabel#questionInstruction, QLabel#kioskProgress {{ color: {muted}; }}
QWidget#surveyKiosk QLabel#kioskIdleNote {{ color: {muted}; font-size: 12pt; }}
QWidget#surveyKiosk QPushButton {{ font-size: 16pt; min-height: 52px; padding: 0px 28px; }}
QWidget#surveyKiosk QPushButton[language="true"] {{ font-size: 13pt; min-height: 40px;
    padding: 0px 16px; }}
QWidget#surveyKiosk QPushButton[language="true"]:checked {{
    background: {accent_soft}; border: 2px solid {accent}; }}
QWidget#surveyKiosk QPushButton[answer="true"] {{
    text-align: left; min-height: 54px; font-size: 17pt; padding: 0px 24px;
    border: 2px solid {border}; border-radius: 10px; background: {surface};
}}
QWidget#surveyKiosk QPushButton[answer="true"]:checked {{
    background: {accent_soft}; border: 3px solid {accent}; font-weight: 600;
}}
QWidget#surveyKiosk QPushButton[answer="true"]:focus {{ border: 3px solid {focus}; }}
QWidget#surveyKiosk QLineEdit {{ font-size: 20pt; min-height: 56px; }}
QWidget#surveyKiosk QComboBox {{ font-size: 14pt; min-height: 44px; }}
"""

_PAGE = """
QLabel#surveyCredits, QLabel#cohortState {{ color: {muted}; }}
QLabel#wavesTitle, QLabel#resultsTitle {{ font-size: 13pt; font-weight: 600; }}
QLabel#tableTitle {{ font-weight: 600; }}
QTableView::item {{ padding: 0px 8px; }}
QSpinBox {{
    min-height: 34px; border: 1px solid {border}; border-radius: 6px;
    background: {surface}; color: {text};
}}
QSpinBox:focus {{ border: 2px solid {focus}; }}
QSpinBox::up-button, QSpinBox::down-button {{ width: 0px; border: none; }}
QAbstractSpinBox QLineEdit {{
    min-height: 0px; border: none; padding: 0px 0px 0px 8px; background: transparent;
}}
QCheckBox {{ min-height: 28px; }}
QLabel#changesAbout {{ color: {muted}; }}
"""


def kiosk_sheet(training: bool) -> str:
    return theme.local_sheet(_KIOSK, training)


def page_sheet(training: bool) -> str:
    return theme.local_sheet(_PAGE, training)

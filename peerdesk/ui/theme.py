"""The look of PeerDesk: Fusion, a calm muted teal accent, an ochre accent for training vaults.

Everything visual that is not layout lives here, so screens only set object names and the
``primary``/``kind``/``level`` properties the style sheet keys on.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory


@dataclass(frozen=True)
class Colours:
    window: str = "#f3f5f6"
    surface: str = "#ffffff"
    text: str = "#1c2a31"
    muted: str = "#56666e"
    border: str = "#c7d1d6"
    accent: str = "#2b6877"
    accent_dark: str = "#1d4c58"
    accent_soft: str = "#dbeaee"
    focus_on_accent: str = "#0d262d"
    nav: str = "#e7edef"
    nav_hover: str = "#d9e3e7"


REAL = Colours()
# Training vaults trade the teal for ochre everywhere an accent appears (DESIGN section 3).
TRAINING = Colours(
    accent="#8c5d12",
    accent_dark="#6b460b",
    accent_soft="#f4e6c8",
    focus_on_accent="#2e1e03",
    nav="#f1ebe0",
    nav_hover="#e8dcc6",
)

BANNER_BG = "#f6dfa8"
BANNER_TEXT = "#4a3300"
BANNER_EDGE = "#c8962d"

_SHEET = """
QWidget#screen, QMainWindow {{ background: {window}; }}
QFrame#card {{ background: {surface}; border: 1px solid {border}; border-radius: 12px; }}
QLabel {{ color: {text}; }}
QLabel#screenTitle {{ font-size: 19pt; font-weight: 600; }}
QLabel#pageTitle {{ font-size: 19pt; font-weight: 600; }}
QLabel#screenIntro, QLabel#pageText, QLabel#hint {{ color: {muted}; }}
QLabel#fieldLabel {{ font-weight: 600; }}
QLabel[fieldError="true"] {{ color: #8e1f1f; }}
QLabel#strengthWarning {{ color: {muted}; }}
QLabel#recoveryKey {{
    font-family: "DejaVu Sans Mono", "Consolas", monospace; font-size: 20pt; font-weight: 600;
    color: {text}; background: {accent_soft}; border: 1px solid {accent};
    border-radius: 8px; padding: 18px 12px;
}}
QLineEdit, QComboBox {{
    min-height: 34px; padding: 1px 10px; border: 1px solid {border}; border-radius: 6px;
    background: {surface}; color: {text}; selection-background-color: {accent};
}}
QLineEdit:focus, QComboBox:focus {{ border: 2px solid {accent}; padding: 0px 9px; }}
QLineEdit:disabled, QComboBox:disabled {{ background: #eceff0; color: #7b888e; }}
QComboBox::drop-down {{ width: 28px; border: none; }}
QPushButton, QToolButton[secondary="true"] {{
    min-height: 36px; padding: 0px 18px; border: 1px solid {border}; border-radius: 6px;
    background: {surface}; color: {text};
}}
QPushButton:hover, QToolButton[secondary="true"]:hover {{ background: {accent_soft}; }}
QPushButton:focus, QToolButton[secondary="true"]:focus {{ border: 2px solid {accent}; }}
QPushButton:disabled {{ background: #eceff0; color: #87949a; border-color: #d6dcdf; }}
QPushButton[primary="true"] {{
    background: {accent}; color: #ffffff; border: 1px solid {accent_dark}; font-weight: 600;
}}
QPushButton[primary="true"]:hover {{ background: {accent_dark}; }}
QPushButton[primary="true"]:focus {{ border: 3px solid {focus_on_accent}; }}
QPushButton[primary="true"]:disabled {{
    background: #b4bcbf; border-color: #b4bcbf; color: #f7f8f8;
}}
QPushButton#linkButton, QPushButton[link="true"] {{
    border: 2px solid transparent; background: transparent; color: {accent};
    text-decoration: underline; padding: 0px 6px; min-height: 30px;
}}
QPushButton[link="true"]:focus {{ border: 2px solid {accent}; }}
QToolButton[reveal="true"] {{
    min-height: 34px; min-width: 64px; border: 1px solid {border}; border-radius: 6px;
    background: {surface}; color: {text};
}}
QToolButton[reveal="true"]:focus {{ border: 2px solid {accent}; }}
QCheckBox {{ spacing: 10px; min-height: 32px; color: {text}; }}
QCheckBox::indicator {{ width: 20px; height: 20px; }}
QCheckBox:focus {{ color: {accent_dark}; text-decoration: underline; }}
QProgressBar[busy="true"] {{
    max-height: 6px; min-height: 6px; border: none; border-radius: 3px; background: {accent_soft};
}}
QProgressBar[busy="true"]::chunk {{ background: {accent}; border-radius: 3px; }}
QProgressBar#strengthBar {{
    max-height: 8px; min-height: 8px; border: none; border-radius: 4px; background: #e1e6e8;
}}
QProgressBar#strengthBar::chunk {{ border-radius: 4px; background: #9aa6ab; }}
QProgressBar#strengthBar[level="weak"]::chunk {{ background: #b3403a; }}
QProgressBar#strengthBar[level="fair"]::chunk {{ background: #c28a1e; }}
QProgressBar#strengthBar[level="good"]::chunk {{ background: #3b7f5c; }}
QProgressBar#strengthBar[level="strong"]::chunk {{ background: #24684a; }}
QLabel#strengthLabel {{ font-weight: 600; }}
QFrame#messageWidget {{ border-radius: 8px; border: 1px solid {border}; background: {surface}; }}
QFrame#messageWidget[kind="error"] {{ background: #fbeded; border-color: #d69a9a; }}
QFrame#messageWidget[kind="warning"] {{ background: #fbf1dc; border-color: #d9b56a; }}
QFrame#messageWidget[kind="info"] {{ background: {accent_soft}; border-color: {accent}; }}
QFrame#messageWidget[kind="positive"] {{ background: #e3f1e8; border-color: #7fb295; }}
QFrame#headerBar {{ background: {surface}; border-bottom: 1px solid {border}; }}
QLabel#headerTitle {{ font-size: 14pt; font-weight: 700; color: {accent_dark}; }}
QLabel#memberLabel {{ font-weight: 600; }}
QLabel#rolesLabel {{ color: {muted}; }}
QListWidget#navigation {{
    background: {nav}; border: none; border-right: 1px solid {border}; padding: 12px 8px;
    font-size: 12pt; outline: 0;
}}
QListWidget#navigation::item {{
    min-height: 40px; padding: 0px 14px; border-radius: 6px; color: {text};
}}
QListWidget#navigation::item:hover:!selected {{ background: {nav_hover}; }}
QListWidget#navigation::item:selected {{ background: {accent}; color: #ffffff; }}
QListWidget#navigation:focus {{ border: 2px solid {accent}; }}
QStackedWidget#pages {{ background: {window}; }}
QLabel#trainingBanner {{
    background: {banner_bg}; color: {banner_text}; font-weight: 700; letter-spacing: 1px;
    padding: 7px; border-bottom: 2px solid {banner_edge};
}}
QTabWidget::pane {{ border: none; border-top: 1px solid {border}; }}
QTabBar::tab {{
    padding: 8px 18px; margin-right: 6px; border: none; border-bottom: 3px solid transparent;
    background: transparent; color: {muted}; font-size: 11pt;
}}
QTabBar::tab:selected {{ color: {text}; border-bottom: 3px solid {accent}; font-weight: 600; }}
QTabBar::tab:hover:!selected {{ color: {text}; border-bottom: 3px solid {border}; }}
QTableView {{
    background: {surface}; alternate-background-color: #f6f8f9; border: 1px solid {border};
    border-radius: 6px; selection-background-color: {accent}; selection-color: #ffffff;
    gridline-color: {border};
}}
QTableView:focus {{ border: 2px solid {accent}; }}
QHeaderView::section {{
    background: {surface}; color: {muted}; font-weight: 600; border: none;
    border-bottom: 1px solid {border}; padding: 7px 4px;
}}
QListView#checklistView {{
    background: {surface}; border: 1px solid {border}; border-radius: 6px; padding: 4px;
}}
QListView#checklistView:focus {{ border: 2px solid {accent}; }}
QListView#checklistView::item {{ padding: 6px 6px; border-bottom: 1px solid #e6ebed; }}
QListView#checklistView::item:selected {{ background: {accent_soft}; color: {text}; }}
QToolTip {{ background: {surface}; color: {text}; border: 1px solid {border}; padding: 4px; }}
"""


def colours(training: bool) -> Colours:
    return TRAINING if training else REAL


def style_sheet(training: bool) -> str:
    """The application style sheet for a real or a training vault."""
    values = vars(colours(training)) | {
        "banner_bg": BANNER_BG,
        "banner_text": BANNER_TEXT,
        "banner_edge": BANNER_EDGE,
    }
    return _SHEET.format(**values)


def palette(training: bool) -> QPalette:
    c = colours(training)
    pal = QPalette()
    for role, value in (
        (QPalette.ColorRole.Window, c.window),
        (QPalette.ColorRole.WindowText, c.text),
        (QPalette.ColorRole.Base, c.surface),
        (QPalette.ColorRole.AlternateBase, c.window),
        (QPalette.ColorRole.Text, c.text),
        (QPalette.ColorRole.Button, c.surface),
        (QPalette.ColorRole.ButtonText, c.text),
        (QPalette.ColorRole.Highlight, c.accent),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.Link, c.accent),
        (QPalette.ColorRole.ToolTipBase, c.surface),
        (QPalette.ColorRole.ToolTipText, c.text),
        (QPalette.ColorRole.PlaceholderText, c.muted),
    ):
        pal.setColor(role, QColor(value))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#7b888e"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#87949a"))
    return pal


def apply(app: QApplication, training: bool) -> None:
    """Fusion style, palette, a legible base font and the style sheet."""
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    app.setPalette(palette(training))
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    app.setFont(font)
    app.setStyleSheet(style_sheet(training))
    app.setProperty("peerdeskTraining", training)  # the shell re-themes when this changes


def follow(training: bool) -> None:
    """Switch an already themed app to a real or training look (opening the training
    workspace from a real vault's sign-in, and back after locking); no-op if not themed."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.property("peerdeskTraining") not in (None, training):
        apply(app, training)

"""The look of PeerDesk: Fusion, a calm muted teal accent, an ochre accent for training vaults,
and a high-contrast variant (white on black, yellow focus, strong borders) chosen in Appearance.

Everything visual that is not layout lives here, so screens only set object names and the
``primary``/``kind``/``level`` properties the style sheet keys on. Font sizes in every sheet are
written for a 10.5 pt base and scaled to the application font, so text follows the system size.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget


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
    focus: str = "#2b6877"  # the focus ring
    on_accent: str = "#ffffff"  # text on an accent background
    alt_row: str = "#f6f8f9"
    rule: str = "#e6ebed"
    disabled_bg: str = "#eceff0"
    disabled_text: str = "#7b888e"
    disabled_border: str = "#d6dcdf"
    error_text: str = "#8e1f1f"
    error_bg: str = "#fbeded"
    error_edge: str = "#d69a9a"
    error_bar: str = "#a33a3a"
    warning_bg: str = "#fbf1dc"
    warning_edge: str = "#d9b56a"
    positive_text: str = "#24684a"
    positive_bg: str = "#e3f1e8"
    positive_edge: str = "#7fb295"
    meter_track: str = "#e1e6e8"
    meter_empty: str = "#9aa6ab"
    meter_weak: str = "#b3403a"
    meter_fair: str = "#c28a1e"
    meter_good: str = "#3b7f5c"
    meter_strong: str = "#24684a"
    banner_bg: str = "#f6dfa8"
    banner_text: str = "#4a3300"
    banner_edge: str = "#c8962d"


REAL = Colours()
# Training vaults trade the teal for ochre everywhere an accent appears (ARCHITECTURE section 3).
TRAINING = Colours(
    accent="#8c5d12",
    accent_dark="#6b460b",
    accent_soft="#f4e6c8",
    focus_on_accent="#2e1e03",
    nav="#f1ebe0",
    nav_hover="#e8dcc6",
    focus="#8c5d12",
)
# High contrast: white on black, yellow accent and focus, every edge white; every text colour
# is at least 7:1 on black (WCAG AAA). Training keeps its banner and trades yellow for amber.
HIGH_CONTRAST = Colours(
    window="#000000", surface="#000000", text="#ffffff", muted="#e6e6e6", border="#ffffff",
    accent="#ffff00", accent_dark="#ffff00", accent_soft="#262600", focus_on_accent="#ffffff",
    nav="#000000", nav_hover="#333333", focus="#ffff00", on_accent="#000000",
    alt_row="#141414", rule="#9a9a9a", disabled_bg="#000000", disabled_text="#b0b0b0",
    disabled_border="#9a9a9a", error_text="#ff9c9c", error_bg="#000000", error_edge="#ff9c9c",
    error_bar="#ff9c9c", warning_bg="#000000", warning_edge="#ffff00",
    positive_text="#8cf08c", positive_bg="#000000", positive_edge="#8cf08c",
    meter_track="#333333", meter_empty="#9a9a9a", meter_weak="#ff9c9c", meter_fair="#ffff00",
    meter_good="#8cf08c", meter_strong="#8cf08c", banner_bg="#000000", banner_text="#ffff00",
    banner_edge="#ffff00",
)
HIGH_CONTRAST_TRAINING = Colours(**(vars(HIGH_CONTRAST) | {
    "accent": "#ffc23d", "accent_dark": "#ffc23d", "accent_soft": "#2b1f00",
    "banner_text": "#ffc23d", "banner_edge": "#ffc23d",
}))

# Kept for colleagues' modules that read them.
BANNER_BG = REAL.banner_bg
BANNER_TEXT = REAL.banner_text
BANNER_EDGE = REAL.banner_edge

BASE_POINT_SIZE = 10.5  # the sheets' font sizes are written for this application font size

# Contrast setting (QSettings key): "system" follows the platform's contrast preference.
CONTRAST_KEY = "appearance/contrast"
CONTRAST_CHOICES = ("system", "high", "normal")

_SHEET = """
QWidget#screen, QMainWindow {{ background: {window}; }}
QFrame#card {{ background: {surface}; border: 1px solid {border}; border-radius: 12px; }}
QLabel {{ color: {text}; }}
QLabel#screenTitle {{ font-size: 19pt; font-weight: 600; }}
QLabel#pageTitle {{ font-size: 19pt; font-weight: 600; }}
QLabel#screenIntro, QLabel#pageText, QLabel#hint {{ color: {muted}; }}
QLabel#fieldLabel {{ font-weight: 600; }}
QLabel[fieldError="true"] {{ color: {error_text}; }}
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
QLineEdit:focus, QComboBox:focus {{ border: 2px solid {focus}; padding: 0px 9px; }}
QLineEdit:disabled, QComboBox:disabled {{ background: {disabled_bg}; color: {disabled_text}; }}
QComboBox::drop-down {{ width: 24px; border: none; }}
QComboBox {{ combobox-popup: 0; padding: 1px 8px; }}
QComboBox:focus {{ padding: 0px 7px; }}
QComboBox QAbstractItemView {{ border: 1px solid {border}; background: {surface}; }}
QComboBox QAbstractItemView::item {{ min-height: 28px; padding: 0px 10px; }}
QPushButton, QToolButton[secondary="true"] {{
    min-height: 36px; padding: 0px 18px; border: 1px solid {border}; border-radius: 6px;
    background: {surface}; color: {text};
}}
QPushButton:hover, QToolButton[secondary="true"]:hover {{ background: {accent_soft}; }}
QPushButton:focus, QToolButton[secondary="true"]:focus {{ border: 2px solid {focus}; }}
QPushButton:disabled {{
    background: {disabled_bg}; color: {disabled_text}; border-color: {disabled_border};
}}
QPushButton[primary="true"] {{
    background: {accent}; color: {on_accent}; border: 1px solid {accent_dark}; font-weight: 600;
}}
QPushButton[primary="true"]:hover {{ background: {accent_dark}; }}
QPushButton[primary="true"]:focus {{ border: 3px solid {focus_on_accent}; }}
QPushButton[primary="true"]:disabled {{
    background: {disabled_bg}; border-color: {disabled_border}; color: {disabled_text};
}}
QPushButton#linkButton, QPushButton[link="true"] {{
    border: 2px solid transparent; background: transparent; color: {accent};
    text-decoration: underline; padding: 0px 6px; min-height: 30px;
}}
QPushButton[link="true"]:focus {{ border: 2px solid {focus}; }}
QToolButton[reveal="true"] {{
    min-height: 34px; min-width: 64px; border: 1px solid {border}; border-radius: 6px;
    background: {surface}; color: {text};
}}
QToolButton[reveal="true"]:focus {{ border: 2px solid {focus}; }}
QCheckBox {{ spacing: 10px; min-height: 32px; color: {text}; }}
QCheckBox::indicator {{ width: 20px; height: 20px; }}
QCheckBox {{ border: 2px solid transparent; border-radius: 4px; padding: 0px 4px; }}
QCheckBox:focus {{
    color: {accent_dark}; text-decoration: underline; border-color: {focus};
}}
QProgressBar[busy="true"] {{
    max-height: 6px; min-height: 6px; border: none; border-radius: 3px; background: {accent_soft};
}}
QProgressBar[busy="true"]::chunk {{ background: {accent}; border-radius: 3px; }}
QProgressBar#strengthBar {{
    max-height: 8px; min-height: 8px; border: none; border-radius: 4px; background: {meter_track};
}}
QProgressBar#strengthBar::chunk {{ border-radius: 4px; background: {meter_empty}; }}
QProgressBar#strengthBar[level="weak"]::chunk {{ background: {meter_weak}; }}
QProgressBar#strengthBar[level="fair"]::chunk {{ background: {meter_fair}; }}
QProgressBar#strengthBar[level="good"]::chunk {{ background: {meter_good}; }}
QProgressBar#strengthBar[level="strong"]::chunk {{ background: {meter_strong}; }}
QLabel#strengthLabel {{ font-weight: 600; }}
QFrame#messageWidget {{ border-radius: 8px; border: 1px solid {border}; background: {surface}; }}
QFrame#messageWidget[kind="error"] {{ background: {error_bg}; border-color: {error_edge}; }}
QFrame#messageWidget[kind="warning"] {{ background: {warning_bg}; border-color: {warning_edge}; }}
QFrame#messageWidget[kind="info"] {{ background: {accent_soft}; border-color: {accent}; }}
QFrame#messageWidget[kind="positive"] {{
    background: {positive_bg}; border-color: {positive_edge};
}}
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
QListWidget#navigation::item:selected {{ background: {accent}; color: {on_accent}; }}
QListWidget#navigation:focus {{ border: 2px solid {focus}; }}
QStackedWidget#pages {{ background: {window}; }}
QLabel#trainingBanner {{
    background: {banner_bg}; color: {banner_text}; font-weight: 700; letter-spacing: 1px;
    padding: 7px; border-bottom: 2px solid {banner_edge};
}}
QTabWidget::pane {{ border: none; border-top: 1px solid {border}; }}
QTabBar::tab {{
    padding: 8px 16px; margin-right: 6px;
    /* The focus ring's width is always there (transparent), so focus never clips the text. */
    border: 2px solid transparent; border-bottom: 3px solid transparent;
    background: transparent; color: {muted}; font-size: 11pt;
}}
QTabBar::tab:selected {{ color: {text}; border-bottom: 3px solid {accent}; font-weight: 600; }}
QTabBar::tab:hover:!selected {{ color: {text}; border-bottom: 3px solid {border}; }}
QTabBar::tab:focus {{ border: 2px solid {focus}; }}
QTableView {{
    background: {surface}; alternate-background-color: {alt_row}; border: 1px solid {border};
    border-radius: 6px; selection-background-color: {accent}; selection-color: {on_accent};
    gridline-color: {border};
}}
QTableView:focus {{ border: 2px solid {focus}; }}
QHeaderView::section {{
    background: {surface}; color: {muted}; font-weight: 600; border: none;
    border-bottom: 1px solid {border}; padding: 7px 4px;
}}
QListView#checklistView {{
    background: {surface}; border: 1px solid {border}; border-radius: 6px; padding: 4px;
}}
QListView#checklistView:focus {{ border: 2px solid {focus}; }}
QListView#checklistView::item {{ padding: 6px 6px; border-bottom: 1px solid {rule}; }}
QListView#checklistView::item:selected {{ background: {accent_soft}; color: {text}; }}
QToolTip {{ background: {surface}; color: {text}; border: 1px solid {border}; padding: 4px; }}
"""


# Added after every sheet in high contrast: strong borders, and focus shown by a yellow ring
# plus inverted colours on buttons, so it never depends on a thin line alone.
_HIGH_CONTRAST_EXTRA = """
QFrame#card, QLineEdit, QComboBox, QPushButton, QToolButton[secondary="true"],
QToolButton[reveal="true"], QTableView, QListView, QPlainTextEdit, QSpinBox, QDateEdit {{
    border: 2px solid {border};
}}
QLineEdit:focus, QComboBox:focus, QTableView:focus, QListView:focus, QPlainTextEdit:focus,
QSpinBox:focus, QDateEdit:focus, QListWidget:focus {{ border: 3px solid {focus}; }}
QPushButton[primary="true"] {{
    background: {surface}; color: {accent}; border: 3px solid {accent};
}}
QPushButton:hover, QToolButton:hover {{ background: #333333; }}
QPushButton:focus, QPushButton[primary="true"]:focus, QPushButton[chip="true"]:focus,
QToolButton:focus, QPushButton[link="true"]:focus {{
    background: {focus}; color: {on_accent}; border: 3px solid {text};
}}
QPushButton[chip="true"]:checked {{ border: 2px solid {accent}; }}
QPushButton[link="true"] {{ color: {accent}; }}
QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {focus}; color: {focus}; }}
QCheckBox::indicator {{ border: 2px solid {text}; background: {surface}; border-radius: 3px; }}
QCheckBox::indicator:checked {{ background: {accent}; border: 4px double {text}; }}
QTabBar::tab {{
    color: {text}; border: 3px solid transparent; border-bottom: 4px solid transparent;
}}
QTabBar::tab:selected {{ color: {accent}; border-bottom: 4px solid {accent}; }}
QTabBar::tab:focus {{ border: 3px solid {focus}; }}
QHeaderView::section {{ color: {text}; border-bottom: 2px solid {border}; }}
QLabel#headerTitle {{ color: {accent}; }}
"""

_FONT_SIZE = re.compile(r"font-size:\s*([0-9.]+)pt")
_LOCAL_SHEETS: dict[str, Callable[[bool], str]] = {}


def contrast_setting() -> str:
    """The stored choice: "system" (the default), "high" or "normal"."""
    value = str(QSettings().value(CONTRAST_KEY, "system"))
    return value if value in CONTRAST_CHOICES else "system"


def system_prefers_high_contrast() -> bool:
    """The platform's contrast preference (Qt 6.10+), False where Qt cannot tell."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    hints = getattr(app.styleHints(), "accessibility", None)
    if hints is None:
        return False
    return bool(hints().contrastPreference() == Qt.ContrastPreference.HighContrast)


def high_contrast() -> bool:
    setting = contrast_setting()
    return setting == "high" or (setting == "system" and system_prefers_high_contrast())


def colours(training: bool) -> Colours:
    if high_contrast():
        return HIGH_CONTRAST_TRAINING if training else HIGH_CONTRAST
    return TRAINING if training else REAL


def font_scale() -> float:
    """The application font size relative to :data:`BASE_POINT_SIZE` (1.0 without an app)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return 1.0
    size = app.font().pointSizeF()
    return max(size, BASE_POINT_SIZE) / BASE_POINT_SIZE if size > 0 else 1.0


def finish(sheet: str, training: bool) -> str:
    """A formatted sheet with its font sizes scaled to the app font, plus the high-contrast
    overrides when high contrast is on."""
    scale = font_scale()
    sheet = _FONT_SIZE.sub(lambda m: f"font-size: {float(m.group(1)) * scale:.1f}pt", sheet)
    if high_contrast():
        sheet += _HIGH_CONTRAST_EXTRA.format(**vars(colours(training)))
    return sheet


def local_sheet(template: str, training: bool) -> str:
    """A page's own sheet (``{name}`` placeholders from :class:`Colours`), finished."""
    return finish(template.format(**vars(colours(training))), training)


def style_local(widget: QWidget, sheet: Callable[[bool], str], training: bool) -> None:
    """Set a page's own sheet and remember it, so a change of contrast restyles the page."""
    key = f"{sheet.__module__}.{sheet.__qualname__}"
    _LOCAL_SHEETS[key] = sheet
    widget.setProperty("peerdeskSheet", key)
    widget.setProperty("peerdeskSheetTraining", training)
    widget.setStyleSheet(sheet(training))


def style_sheet(training: bool) -> str:
    """The application style sheet for a real or a training vault."""
    return local_sheet(_SHEET, training)


def palette(training: bool) -> QPalette:
    c = colours(training)
    pal = QPalette()
    for role, value in (
        (QPalette.ColorRole.Window, c.window),
        (QPalette.ColorRole.WindowText, c.text),
        (QPalette.ColorRole.Base, c.surface),
        (QPalette.ColorRole.AlternateBase, c.alt_row),
        (QPalette.ColorRole.Text, c.text),
        (QPalette.ColorRole.Button, c.surface),
        (QPalette.ColorRole.ButtonText, c.text),
        (QPalette.ColorRole.Highlight, c.accent),
        (QPalette.ColorRole.HighlightedText, c.on_accent),
        (QPalette.ColorRole.Link, c.accent),
        (QPalette.ColorRole.ToolTipBase, c.surface),
        (QPalette.ColorRole.ToolTipText, c.text),
        (QPalette.ColorRole.PlaceholderText, c.muted),
        (QPalette.ColorRole.Light, c.border),
        (QPalette.ColorRole.Mid, c.border),
        (QPalette.ColorRole.Dark, c.border),
    ):
        pal.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.WindowText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.disabled_text))
    return pal


def apply(app: QApplication, training: bool) -> None:
    """Fusion style, palette, a legible base font and the style sheet; restyles every page
    that set its own sheet through :func:`style_local` (a change of contrast needs no
    restart)."""
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None and app.style().name().lower() != "fusion":
        app.setStyle(fusion)
    app.setPalette(palette(training))
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), BASE_POINT_SIZE))
    app.setFont(font)
    app.setStyleSheet(style_sheet(training))
    app.setProperty("peerdeskTraining", training)  # the shell re-themes when this changes
    app.setProperty("peerdeskHighContrast", high_contrast())
    for widget in app.allWidgets():
        key = widget.property("peerdeskSheet")
        if key in _LOCAL_SHEETS:
            widget.setStyleSheet(
                _LOCAL_SHEETS[key](bool(widget.property("peerdeskSheetTraining"))))


def follow(training: bool) -> None:
    """Switch an already themed app to a real or training look (opening the training
    workspace from a real vault's sign-in, and back after locking); no-op if not themed."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.property("peerdeskTraining") not in (None, training):
        apply(app, training)


def set_contrast(choice: str) -> None:
    """Store the contrast choice ("system", "high" or "normal") and restyle now if themed."""
    QSettings().setValue(CONTRAST_KEY, choice if choice in CONTRAST_CHOICES else "system")
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.property("peerdeskTraining") is not None:
        apply(app, bool(app.property("peerdeskTraining")))


def watch_system_contrast(app: QApplication) -> None:
    """Restyle when the platform's contrast preference changes (while set to follow it)."""
    hints = getattr(app.styleHints(), "accessibility", None)
    signal = getattr(hints(), "contrastPreferenceChanged", None) if hints else None
    if signal is not None:
        signal.connect(lambda _pref: follow_contrast(app))


def follow_contrast(app: QApplication) -> None:
    if contrast_setting() == "system" and app.property("peerdeskTraining") is not None:
        apply(app, bool(app.property("peerdeskTraining")))

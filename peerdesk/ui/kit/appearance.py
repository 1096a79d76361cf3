"""The Appearance control: high contrast on or off, on every window (sign-in included).

The choice is stored with QSettings (``appearance/contrast``) and applied at once, without a
restart; until someone chooses, PeerDesk follows the system's contrast preference.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from peerdesk.ui.kit import theme
from peerdesk.ui.kit.i18n import translate
from peerdesk.ui.kit.widgets import tag


class ContrastToggle(QPushButton):
    """A checkable button that says in words whether high contrast is on."""

    def __init__(self, object_name: str = "highContrastButton") -> None:
        super().__init__()
        tag(self, object_name, translate("Appearance", "High contrast"))
        self.setCheckable(True)
        self.setAutoDefault(False)
        self.setToolTip(translate("Appearance", "White text on black with a yellow focus ring; "
                           "applies at once and is remembered"))
        self.setAccessibleDescription(translate("Appearance",
            "Switches the high-contrast colours on or off for every PeerDesk window"))
        self.setChecked(theme.high_contrast())
        self._show_state(self.isChecked())
        self.toggled.connect(self._toggled)

    def _show_state(self, on: bool) -> None:
        self.setText(translate("Appearance", "Contrast: high") if on
                     else translate("Appearance", "Contrast: normal"))

    def _toggled(self, on: bool) -> None:
        self._show_state(on)
        theme.set_contrast("high" if on else "normal")

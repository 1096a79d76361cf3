"""The language control on the sign-in screens: the system's language, English or Français.

The choice is stored with QSettings (``ui/language``, a language code and nothing else) and
applies the next time PeerDesk starts; the control says so as soon as it changes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from peerdesk.ui.kit import i18n
from peerdesk.ui.kit.widgets import tag


class LanguageChooser(QWidget):
    """A small combo box (system, English, Français) and a note once the choice changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageChooser")
        self.combo = tag(QComboBox(), "languageCombo", self.tr("Language"))
        self.combo.setAccessibleDescription(self.tr(
            "The language of PeerDesk; a change applies the next time PeerDesk starts"))
        system = i18n.LANGUAGES[i18n.system_language()]
        self.combo.addItem(self.tr("System language (%1)").replace("%1", system), "")
        for code, name in i18n.LANGUAGES.items():
            self.combo.addItem(name, code)  # each language in its own words
        self.combo.setCurrentIndex(max(0, self.combo.findData(i18n.chosen_language())))
        self.note = tag(QLabel(self.tr("Applies when PeerDesk restarts")), "languageNote")
        self.note.setProperty("hint", True)
        self.note.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.note)
        row.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(self._chosen)
        self.setFocusProxy(self.combo)

    def _chosen(self, index: int) -> None:
        i18n.set_chosen_language(str(self.combo.itemData(index) or ""))
        self.note.setVisible(True)

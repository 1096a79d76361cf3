"""The kiosk's own language: English or French for each respondent, whatever the app speaks.

The app's translator is installed for the whole application and applies at start; a
respondent switches the kiosk between English and French at any moment. So the kiosk's texts
are marked with ``QT_TRANSLATE_NOOP("Kiosk", ...)`` (lupdate extracts them into the same
``.ts`` as every other text) and translated here, from the compiled French ``.qm`` the kiosk
loads for itself.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTranslator

from peerdesk.ui.kit import i18n
from peerdesk.ui.surveys.questionnaire import ENGLISH, FRENCH

CONTEXT = "Kiosk"


class KioskWords:
    """Translates the kiosk's marked texts into the respondent's language."""

    def __init__(self, language: str | None = None) -> None:
        self._french = QTranslator()
        folder = i18n.translations_folder()
        self._loaded = bool(folder) and self._french.load(
            QLocale(i18n.FRENCH), "peerdesk", "_", str(folder))
        self.language = language or (FRENCH if i18n.current_language() == i18n.FRENCH
                                     else ENGLISH)

    def __call__(self, source: str) -> str:
        """``source`` (marked ``QT_TRANSLATE_NOOP("Kiosk", source)``) in the language now."""
        if self.language == FRENCH and self._loaded:
            return self._french.translate(CONTEXT, source) or source
        return source

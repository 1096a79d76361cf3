"""Languages: which one the UI speaks, loading its translations, and locale-aware formats.

The language follows the system locale unless the user chose one (stored with ``QSettings``
under ``ui/language``: a language code only, never contact data); a choice applies at the next
start. Translations are ``resources/i18n/peerdesk_<language>.qm`` compiled from the ``.ts``
files by ``make translations`` (pyside6-lupdate then pyside6-lrelease). English has one too,
holding only the English forms of the plurals ("%n day(s)": "1 day", "2 days").

Every visible string goes through ``self.tr`` or :func:`translate` with a literal context and
source text, so pyside6-lupdate extracts it; labels kept in tables are marked with
``QT_TRANSLATE_NOOP("Context", "text")`` and translated when shown.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from peerdesk.services.resources import resource_path

log = logging.getLogger(__name__)

ENGLISH = "en"
FRENCH = "fr_CA"
# Language code -> its own name (shown as is, never translated: a reader finds their language).
LANGUAGES = {ENGLISH: "English", FRENCH: "Français"}
SETTINGS_KEY = "ui/language"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate``; lupdate extracts ``translate("Context", "text")``.

    For plurals call ``self.tr(text, "", n)`` in a ``QObject`` (its class name is the
    context): pyside6-lupdate makes a plural (numerus) message of nothing else, and a count
    passed to a plain message finds its translation for 0 and 1 only.
    """
    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for lupdate under ``context`` and return it untranslated.

    Qt's own ``QT_TRANSLATE_NOOP`` is typed ``object`` in PySide6's stubs; this one says ``str``,
    so the tables of marked labels type-check. Translate the text when it is shown.
    """
    del context  # read by lupdate from the source, not at run time
    return text


def chosen_language() -> str:
    """The language the user picked in settings, or "" to follow the system."""
    value = QSettings().value(SETTINGS_KEY, "")
    return value if isinstance(value, str) and value in LANGUAGES else ""


def set_chosen_language(language: str) -> None:
    """Remember ``language`` ("" follows the system) for the next start."""
    settings = QSettings()
    if language in LANGUAGES:
        settings.setValue(SETTINGS_KEY, language)
    else:
        settings.remove(SETTINGS_KEY)
    settings.sync()


def system_language() -> str:
    """French when the system speaks French, otherwise English."""
    is_french = QLocale.system().language() == QLocale.Language.French
    return FRENCH if is_french else ENGLISH


def effective_language() -> str:
    """The language this run uses (the choice, else the system's)."""
    return chosen_language() or system_language()


def current_language() -> str:
    """The language this run's UI speaks (what :func:`install_translations` loaded); reports
    made now (statistics and debrief PDFs) are written in it."""
    app = QCoreApplication.instance()
    value = app.property("peerdeskLanguage") if app is not None else None
    return value if isinstance(value, str) and value in LANGUAGES else ENGLISH


def translations_folder() -> Path | None:
    """``resources/i18n`` in a checkout, an installed wheel or the frozen app."""
    try:
        return resource_path("i18n")
    except FileNotFoundError:
        return None


def install_translations(app: QCoreApplication, language: str | None = None) -> str:
    """Load Qt's and PeerDesk's translations for ``language`` (default: effective) and set the
    default ``QLocale`` so dates and numbers follow it. Returns the language in use."""
    language = language or effective_language()
    # The files are named by language (peerdesk_fr_CA.qm), whatever the system's country: a
    # French system in France (fr_FR) did not find them and spoke English.
    locale = QLocale(language)
    QLocale.setDefault(formats_locale(language))
    folder = translations_folder()
    files = [("peerdesk", str(folder) if folder else "")]
    if language != ENGLISH:  # English: the source texts, and peerdesk_en.qm's plural forms
        files.insert(0, ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, where in files:
        translator = QTranslator(app)
        if where and translator.load(locale, name, "_", where):
            app.installTranslator(translator)
        elif name == "peerdesk":
            log.warning("No PeerDesk translation for %s in %s", language, where)
    return language


def formats_locale(language: str) -> QLocale:
    """The locale of dates and numbers for a UI in ``language``: the system's country where the
    system speaks that language (fr_FR, en_GB), else the language's own (fr_CA, en).

    Never ``QLocale.system()`` itself: on Unix it takes month and day names from ``LC_TIME``,
    which may be another language than the one the UI speaks (``LANG=fr_CA`` with
    ``LC_TIME=en_US`` gave a French UI with "July"); a locale made from its name takes them from
    Qt's data for that name, in its language.
    """
    own = QLocale(language)
    system = QLocale(QLocale.system().name())
    return system if system.language() == own.language() else own


def short_date(day: dt.date) -> str:
    """A date as the locale writes it briefly: 22 Nov 2026, 22 nov. 2026."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def number(value: int | float, decimals: int = 0) -> str:
    """A number with the locale's separators (1,234.5 · 1 234,5)."""
    if isinstance(value, int):
        return QLocale().toString(value)
    return QLocale().toString(float(value), "f", decimals)


def stamp_text(stamp: str | None, with_time: bool = False) -> str:
    """A stored UTC stamp (``2026-10-04T09:30:00Z``) as local "4 Oct 2026" (", 09:30").

    Day, month name and 24-hour time read the same everywhere (no 03/04 ambiguity). Empty for
    no stamp; an unreadable one is shown as stored.
    """
    if not stamp:
        return ""
    try:
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, "d MMM yyyy, HH:mm" if with_time else "d MMM yyyy")

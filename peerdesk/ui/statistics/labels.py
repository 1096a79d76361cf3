"""Translated words for the Statistics screen: table titles, row and column labels, quarters.

The release itself carries stable codes only (ARCHITECTURE section 6); everything a person reads is
looked up here, under the context ``Statistics``. Table titles, the rows that are no vocabulary
code and the default checklist items are written in :mod:`peerdesk.domain.labels_en` (the PDF
report prints the same); vocabulary codes go through :mod:`peerdesk.ui.kit.vocab_labels`;
checklist items use the program's own item texts when the page has them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from peerdesk.domain import labels_en
from peerdesk.domain.incident_stats import reach_percents
from peerdesk.domain.quarters import Quarter
from peerdesk.domain.stats import TOTAL, Release
from peerdesk.domain.vocab import (
    Channel,
    FirstOrRepeat,
    Format,
    IncidentType,
    MemberGroup,
    Outcome,
    ReferralType,
    Risk,
    Topic,
)
from peerdesk.ui.kit import i18n, vocab_labels
from peerdesk.ui.kit.i18n import translate


def _t(text: str) -> str:
    return QCoreApplication.translate("Statistics", text)  # labels_en marks these texts


# table code -> (title, one sentence about it on screen)
_TITLES: dict[str, tuple[str, str]] = {
    table: (title, about) for table, title, about, _ in labels_en.TABLES}
_CHECKLIST: dict[str, str] = {code: text for code, text, _ in labels_en.CHECKLIST}

_COLUMNS: dict[str, Callable[[], str]] = {
    "contacts": lambda: translate("Statistics", "Contacts"),
    "referrals": lambda: translate("Statistics", "Referrals"),
    "hours": lambda: translate("Statistics", "Hours"),
    "ticked": lambda: translate("Statistics", "Ticked"),
    "not_ticked": lambda: translate("Statistics", "Not ticked"),
    TOTAL: lambda: _t(labels_en.ROW_LABELS[TOTAL]),
}

# Which vocabulary the rows of each table come from.
_ROW_VOCAB = {
    "contacts_by_member_group": MemberGroup, "member_group_by_format": MemberGroup,
    "contacts_by_format": Format, "support_hours": Format, "contacts_by_channel": Channel,
    "contacts_by_topic": Topic, "referrals_by_type": ReferralType, "contacts_by_risk": Risk,
    "contacts_by_outcome": Outcome, "contacts_by_first_or_repeat": FirstOrRepeat,
    "incidents_by_kind": IncidentType, "group_interventions": Format,
}


def table_title(table: str) -> str:
    return _t(_TITLES[table][0])


def table_about(table: str) -> str:
    return _t(_TITLES[table][1])


def month_label(code: str) -> str:
    """``2026-07`` -> "July 2026" in the reader's language."""
    day = QDate(int(code[:4]), int(code[5:7]), 1)
    return QLocale().toString(day, "MMMM yyyy")


def row_label(table: str, code: str, checklist_texts: Mapping[str, str] | None = None) -> str:
    """The label of a row code of ``table`` (never the code itself for a known code)."""
    if code in labels_en.ROW_LABELS:
        return _t(labels_en.ROW_LABELS[code])
    if table == "contacts_by_month":
        return month_label(code)
    if table == "checklist_completion":
        if code in _CHECKLIST:
            return QCoreApplication.translate("Checklist", _CHECKLIST[code])
        text = (checklist_texts or {}).get(code)
        return text or code.replace("_", " ").capitalize()
    vocab = _ROW_VOCAB[table]
    return vocab_labels.label(vocab(code))


def column_label(code: str) -> str:
    if code in _COLUMNS:
        return _COLUMNS[code]()
    if code in labels_en.ROW_LABELS:  # the incident tables' columns
        return _t(labels_en.ROW_LABELS[code])
    return vocab_labels.label(Format(code))


def reach_text(release: Release) -> str:
    """The reach percentages the release allows (``domain.incident_stats``), and when they are
    given, in the reader's language."""
    lines = [translate("Statistics", "%1: %2 % of the personnel involved.").replace(
        "%1", row_label("incident_reach", row)).replace("%2", QLocale().toString(percent))
        for row, percent in reach_percents(release).items() if percent is not None]
    lines.append(translate(
        "Statistics", "Percentages are shown only where the number of personnel involved is "
        "published and at least %1.").replace("%1", str(release.threshold)))
    return " ".join(lines)


def shown(value: int | None, threshold: int) -> str:
    """A published figure as text; a suppressed one as "hidden", whatever its size (never
    ``<k``: a cell hidden to protect a small one may be large, and saying which cells are
    small would itself give values away)."""
    del threshold
    return translate("Statistics", "hidden") if value is None else QLocale().toString(value)


def short_quarter_label(period: str) -> str:
    """``2026-Q3`` -> "2026 Q3"."""
    quarter = Quarter.parse(period)
    return translate("Statistics",
            "%1 Q%2").replace("%1", str(quarter.year)).replace("%2", str(quarter.number))


def quarter_label(quarter: Quarter) -> str:
    """``2026-Q3`` -> "2026 Q3 (July–September)"."""
    months = quarter.months()
    first = QLocale().monthName(int(months[0][5:]), QLocale.FormatType.LongFormat)
    last = QLocale().monthName(int(months[-1][5:]), QLocale.FormatType.LongFormat)
    return translate("Statistics", "%1 Q%2 (%3–%4)").replace("%1", str(quarter.year)).replace(
        "%2", str(quarter.number)).replace("%3", first).replace("%4", last)


def date_label(stamp: str | None) -> str:
    """A stored UTC stamp (``2026-10-04T09:30:00Z``) as a local date like "4 Oct 2026"."""
    return i18n.stamp_text(stamp, with_time=False)


def day_label(day: QDate) -> str:
    return QLocale().toString(day, "d MMM yyyy")


def suppression_legend(threshold: int) -> str:
    """What "hidden" means, in words (the marker never relies on colour)."""
    return translate("Statistics",
        "\u201chidden\u201d = not shown to protect privacy. Hidden cells include small ones "
        "(1 to %1 contacts, or contacts from fewer than 3 people's conversations) and cells, "
        "possibly large, hidden so that the small ones cannot be worked out from the rest. "
        "Which is which is never shown.").replace("%1", str(threshold - 1))

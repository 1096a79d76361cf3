"""Translated words for the referral directory: categories, costs, verification state.

Codes (``crisis_line``, ``covered``) are never shown; every label goes through
``QCoreApplication.translate`` under the context ``Referrals``. Staleness is always said in
words ("Not verified since 3 Mar 2024"); an icon and colour only repeat it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from peerdesk.domain.referrals import Cost, Resource, ResourceCategory
from peerdesk.ui.kit.i18n import QT_TRANSLATE_NOOP, translate


def _t(text: str) -> str:
    return QCoreApplication.translate("Referrals", text)


_CATEGORIES: dict[ResourceCategory, str] = {
    ResourceCategory.EAP: QT_TRANSLATE_NOOP("Referrals", "EAP"),
    ResourceCategory.CLINICIAN: QT_TRANSLATE_NOOP("Referrals", "Clinician"),
    ResourceCategory.CHAPLAIN: QT_TRANSLATE_NOOP("Referrals", "Chaplain"),
    ResourceCategory.CRISIS_LINE: QT_TRANSLATE_NOOP("Referrals", "Crisis line"),
    ResourceCategory.MEDICAL: QT_TRANSLATE_NOOP("Referrals", "Medical"),
    ResourceCategory.SUBSTANCE_USE_TREATMENT: QT_TRANSLATE_NOOP(
        "Referrals", "Substance use treatment"),
    ResourceCategory.FAMILY_VIOLENCE_SERVICE: QT_TRANSLATE_NOOP(
        "Referrals", "Family violence service"),
    ResourceCategory.CISM_TEAM: QT_TRANSLATE_NOOP("Referrals", "CISM team"),
    ResourceCategory.FINANCIAL_LEGAL: QT_TRANSLATE_NOOP("Referrals", "Financial or legal"),
    ResourceCategory.PEER_TEAM: QT_TRANSLATE_NOOP("Referrals", "Peer support team"),
    ResourceCategory.OTHER: QT_TRANSLATE_NOOP("Referrals", "Other"),
}
_COSTS: dict[Cost, str] = {
    Cost.FREE: QT_TRANSLATE_NOOP("Referrals", "Free"),
    Cost.COVERED: QT_TRANSLATE_NOOP("Referrals", "Covered (employer, union or insurance)"),
    Cost.FEE: QT_TRANSLATE_NOOP("Referrals", "Fee"),
}


def category_label(category: ResourceCategory) -> str:
    return _t(_CATEGORIES[category])


def cost_label(cost: Cost) -> str:
    return _t(_COSTS[cost])


def day_text(day: date, *, short: bool = False) -> str:
    """A date as "3 Mar 2025" ("Mar 2025" when ``short``): month names read the same
    everywhere, with no 03/04 ambiguity."""
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              "MMM yyyy" if short else "d MMM yyyy")


def yes_no(value: bool) -> str:
    return translate("Referrals", "Yes") if value else translate("Referrals", "No")


def hours_text(resource: Resource) -> str:
    """The "Open" table cell: "24/7" for resources open around the clock, else nothing
    (the hours typed are in the detail pane)."""
    return translate("Referrals", "24/7") if resource.available_24_7 else ""


def verified_text(resource: Resource, *, short: bool = False) -> str:
    if resource.last_verified is None:
        return translate("Referrals", "Never verified")
    return translate("Referrals",
            "Verified %1").replace("%1", day_text(resource.last_verified, short=short))


def stale_text(resource: Resource, *, short: bool = False) -> str:
    """The stale flag in words ("Not verified since 3 Mar 2024" or "Never verified")."""
    if resource.last_verified is None:
        return translate("Referrals", "Never verified")
    return translate("Referrals", "Not verified since %1").replace(
        "%1", day_text(resource.last_verified, short=short))


def status_text(resource: Resource, today: date, *, short: bool = False) -> str:
    """What needs attention about a resource, in words: example, stale, or verified
    (``short``: month and year only, for a table cell)."""
    if resource.is_example:
        return translate("Referrals", "Example to replace")
    if resource.is_stale(today):
        return stale_text(resource, short=short)
    return verified_text(resource, short=short)


def example_text() -> str:
    return translate("Referrals",
            "This is an example to replace. It has no phone number on purpose: enter the "
              "real details, check them with the service, then mark it verified.")

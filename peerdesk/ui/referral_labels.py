"""Translated words for the referral directory: categories, costs, verification state.

Codes (``crisis_line``, ``covered``) are never shown; every label goes through
``QCoreApplication.translate`` under the context ``Referrals``. Staleness is always said in
words ("Not verified since 3 Mar 2024"); an icon and colour only repeat it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from peerdesk.domain.referrals import Cost, Resource, ResourceCategory


def _t(text: str) -> str:
    return QCoreApplication.translate("Referrals", text)


_CATEGORIES: dict[ResourceCategory, str] = {
    ResourceCategory.EAP: "EAP",
    ResourceCategory.CLINICIAN: "Clinician",
    ResourceCategory.CHAPLAIN: "Chaplain",
    ResourceCategory.CRISIS_LINE: "Crisis line",
    ResourceCategory.MEDICAL: "Medical",
    ResourceCategory.SUBSTANCE_USE_TREATMENT: "Substance use treatment",
    ResourceCategory.FAMILY_VIOLENCE_SERVICE: "Family violence service",
    ResourceCategory.CISM_TEAM: "CISM team",
    ResourceCategory.FINANCIAL_LEGAL: "Financial or legal",
    ResourceCategory.PEER_TEAM: "Peer support team",
    ResourceCategory.OTHER: "Other",
}
_COSTS: dict[Cost, str] = {
    Cost.FREE: "Free",
    Cost.COVERED: "Covered (employer, union or insurance)",
    Cost.FEE: "Fee",
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
    return _t("Yes") if value else _t("No")


def hours_text(resource: Resource) -> str:
    """The "Open" table cell: "24/7" for resources open around the clock, else nothing
    (the hours typed are in the detail pane)."""
    return _t("24/7") if resource.available_24_7 else ""


def verified_text(resource: Resource, *, short: bool = False) -> str:
    if resource.last_verified is None:
        return _t("Never verified")
    return _t("Verified %1").replace("%1", day_text(resource.last_verified, short=short))


def stale_text(resource: Resource, *, short: bool = False) -> str:
    """The stale flag in words ("Not verified since 3 Mar 2024" or "Never verified")."""
    if resource.last_verified is None:
        return _t("Never verified")
    return _t("Not verified since %1").replace(
        "%1", day_text(resource.last_verified, short=short))


def status_text(resource: Resource, today: date, *, short: bool = False) -> str:
    """What needs attention about a resource, in words: example, stale, or verified
    (``short``: month and year only, for a table cell)."""
    if resource.is_example:
        return _t("Example to replace")
    if resource.is_stale(today):
        return stale_text(resource, short=short)
    return verified_text(resource, short=short)


def example_text() -> str:
    return _t("This is an example to replace. It has no phone number on purpose: enter the "
              "real details, check them with the service, then mark it verified.")

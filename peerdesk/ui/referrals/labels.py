"""Translated words for the referral directory: categories, costs, verification state.

Codes (``crisis_line``, ``covered``) are never shown: categories and costs are labelled as every
vocabulary is (``domain/labels_en.py``, through ``ui/kit/vocab_labels.py``); the other words go
through ``translate`` under the context ``Referrals``. Staleness is always said in
words ("Not verified since 3 Mar 2024"); an icon and colour only repeat it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from peerdesk.domain.referrals import Cost, Resource, ResourceCategory
from peerdesk.ui.kit.i18n import translate
from peerdesk.ui.kit.vocab_labels import label


def category_label(category: ResourceCategory) -> str:
    return label(category)


def cost_label(cost: Cost) -> str:
    return label(cost)


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

"""The sections every signed-in window starts with, in navigation order, and who may see each.

Each section's page is built by a function of :mod:`peerdesk.ui.shell.pages`, which imports
its feature when it runs, and it runs when the section is first opened (the main window takes
the function, not the page): signing in loads the first section only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from peerdesk.domain.permissions import Action
from peerdesk.ui.kit.i18n import translate
from peerdesk.ui.shell import pages

if TYPE_CHECKING:
    from peerdesk.ui.shell.main_window import MainWindow

PageFactory = Callable[["MainWindow"], QWidget]


@dataclass(frozen=True)
class Section:
    """A navigation entry; ``factory`` builds its page when the section is first opened."""

    key: str
    title: str
    action: Action
    factory: PageFactory


def default_sections() -> list[Section]:
    """Navigation order; each needs the permission its page is about."""
    return [
        Section("contacts", translate("Sections", "Contacts"), Action.LOG_CONTACTS,
                pages.contacts_page),
        Section("incidents", translate("Sections", "Incidents"), Action.RESPOND_TO_INCIDENTS,
                pages.incidents_page),
        Section("referrals", translate("Sections", "Referrals"), Action.VIEW_REFERRALS,
                pages.directory_page),
        Section("statistics", translate("Sections", "Statistics"), Action.EXPORT_STATISTICS,
                pages.statistics_page),
        Section("region", translate("Sections", "Region"), Action.EXPORT_STATISTICS,
                pages.region_page),
        Section("team", translate("Sections", "Team"), Action.MANAGE_TEAM, pages.team_page),
        Section("my_training", translate("Sections", "My training records"),
                Action.KEEP_OWN_TRAINING, pages.my_training_page),
        Section("surveys", translate("Sections", "Surveys"), Action.RUN_SURVEYS,
                pages.surveys_page),
        Section("training", translate("Sections", "Training"), Action.RUN_TRAINING,
                pages.training_page),
    ]


def add_default_sections(window: MainWindow) -> list[str]:
    """Register every default section the member may see; returns the keys shown."""
    for section in default_sections():
        if window.workspace is None or not window.workspace.can(section.action):
            continue
        if section.key in window.section_keys():  # roles changed: only what they add
            continue
        # A factory runs only for a member whose roles allow the section, on the UI thread,
        # when the section is first opened.
        window.add_section(section.key, section.title, partial(section.factory, window),
                           section.action)
    return window.section_keys()

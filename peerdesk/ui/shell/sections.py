"""The sections every signed-in window starts with, and the calm page each shows until its
feature registers a real one (through :meth:`MainWindow.add_section`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from peerdesk.domain.permissions import Action
from peerdesk.ui.contacts.section import contacts_page
from peerdesk.ui.kit.i18n import translate
from peerdesk.ui.kit.widgets import tag
from peerdesk.ui.referrals.page import directory_page
from peerdesk.ui.shell.main_window import MainWindow
from peerdesk.ui.statistics.page import statistics_page
from peerdesk.ui.team.page import team_page
from peerdesk.ui.training.section import training_page


def _t(text: str) -> str:
    return QCoreApplication.translate("Sections", text)


PageFactory = Callable[[MainWindow], QWidget]


@dataclass(frozen=True)
class Section:
    """A navigation entry; ``factory`` builds its real page (None: the calm placeholder)."""

    key: str
    title: str
    text: str
    action: Action
    factory: PageFactory | None = None


def default_sections() -> list[Section]:
    """Navigation order; each needs the permission its page is about."""
    return [
        Section("contacts", translate("Sections", "Contacts"), translate("Sections",
            "Your contact log appears here: each conversation you log, its follow-ups and the "
            "boundary checklist."), Action.LOG_CONTACTS, factory=contacts_page),
        Section("referrals", translate("Sections", "Referrals"), translate("Sections",
            "The referral directory appears here: the counsellors, chaplains, clinics and "
            "programmes your team trusts."), Action.VIEW_REFERRALS, factory=directory_page),
        Section("statistics", translate("Sections", "Statistics"), translate("Sections",
            "Anonymized quarterly statistics are prepared here, as PDF and CSV, with no names "
            "and no small groups."), Action.EXPORT_STATISTICS, factory=statistics_page),
        Section("team", translate("Sections", "Team"), translate("Sections",
            "Team accounts are looked after here: adding members, choosing their roles and "
            "resetting passphrases."), Action.MANAGE_TEAM, factory=team_page),
        Section("training", translate("Sections", "Training"), translate("Sections",
            "Practice workspaces and scenario drills live here, with feedback after each "
            "drill."), Action.RUN_TRAINING, factory=training_page),
    ]


class SectionPage(QWidget):
    """A page with a title and one sentence about what the section holds."""

    def __init__(self, key: str, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{key}Page")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(10)
        heading = tag(QLabel(title), "pageTitle")
        body = tag(QLabel(text), "pageText")
        body.setWordWrap(True)
        body.setMaximumWidth(620)
        body.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)


def add_default_sections(window: MainWindow) -> list[str]:
    """Register every default section the member may see; returns the keys shown."""
    for section in default_sections():
        if window.workspace is None or not window.workspace.can(section.action):
            continue
        if section.key in window.section_keys():  # roles changed: only what they add
            continue
        # A factory runs only for a member whose roles allow the section, on the UI thread.
        factory = section.factory
        page = (factory(window) if factory is not None
                else SectionPage(section.key, section.title, section.text))
        window.add_section(section.key, section.title, page, section.action)
    return window.section_keys()

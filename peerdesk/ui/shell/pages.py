"""How each section's page is built for the signed-in window, and the training workspace's
dialog for the sign-in screen.

This is where features meet: a feature package never imports another (an import-linter
contract in pyproject.toml), so what one offers another is passed in here (the directory's
referral lookup to the contact form, the contact form to the drill runner), and a page's
signals reach the window here. Each function imports its feature when it runs, so a section's
modules load when the section is first built.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from peerdesk.ui.kit.dialogs import DialogService
    from peerdesk.ui.kit.tasks import TaskRunner
    from peerdesk.ui.shell.main_window import MainWindow


def contacts_page(window: MainWindow) -> QWidget:
    """The "contacts" section; its form's "Find…" opens the referral directory."""
    from peerdesk.ui.contacts.section import ContactsSection  # noqa: PLC0415
    from peerdesk.ui.referrals.lookup import ReferralLookupDialog  # noqa: PLC0415

    assert window.workspace is not None  # sections are built only while signed in
    # The main window calls clear_sensitive() on every page when it locks.
    section = ContactsSection(window.workspace, window.tasks, window.dialogs,
                              referral_lookup=ReferralLookupDialog)
    window.policyChanged.connect(section.policy_changed)
    return section


def incidents_page(window: MainWindow) -> QWidget:
    """The "incidents" section; "Log a contact for this incident" opens the Contacts section's
    form for that incident (built now if it was never opened)."""
    from peerdesk.ui.incidents.page import IncidentsPage  # noqa: PLC0415

    assert window.workspace is not None
    page = IncidentsPage(window.workspace, window.tasks, window.dialogs)

    def log_contact(choice: object) -> None:
        if "contacts" not in window.section_keys():
            return  # the page shows the button only to members who log contacts
        contacts = window.section_page("contacts")
        window.show_section("contacts")
        log_for_incident = getattr(contacts, "log_for_incident", None)
        if log_for_incident is not None:
            log_for_incident(choice)

    page.contactRequested.connect(log_contact)
    return page


def directory_page(window: MainWindow) -> QWidget:
    """The "referrals" section."""
    from peerdesk.ui.referrals.page import DirectoryPage  # noqa: PLC0415

    assert window.workspace is not None
    return DirectoryPage(window.workspace, window.tasks, window.dialogs)


def statistics_page(window: MainWindow) -> QWidget:
    """The "statistics" section; a new policy (closing days, threshold) refreshes it."""
    from peerdesk.ui.statistics.page import StatisticsPage  # noqa: PLC0415

    assert window.workspace is not None
    page = StatisticsPage(window.workspace, window.tasks, window.dialogs)
    window.policyChanged.connect(page.refresh)
    return page


def region_page(window: MainWindow) -> QWidget:
    """The "region" section: a station's bundles and a regional vault's imports and report."""
    from peerdesk.ui.region.page import RegionPage  # noqa: PLC0415

    assert window.workspace is not None
    return RegionPage(window.workspace, window.tasks, window.dialogs)


def team_page(window: MainWindow) -> QWidget:
    """The "team" section; a saved policy and the member's own roles reach the window."""
    from peerdesk.ui.team.page import TeamPage  # noqa: PLC0415

    assert window.workspace is not None
    page = TeamPage(window.workspace, window.tasks, window.dialogs)
    page.policy.saved.connect(lambda p: window.apply_policy_idle(p.idle_lock_minutes))
    page.policy.saved.connect(window.policyChanged)
    page.members.ownRolesChanged.connect(window.ownRolesChanged)
    return page


def surveys_page(window: MainWindow) -> QWidget:
    """The "surveys" section; Ctrl+L in its kiosk locks PeerDesk like anywhere else."""
    from peerdesk.ui.surveys.page import SurveysPage  # noqa: PLC0415

    assert window.workspace is not None
    page = SurveysPage(window.workspace, window.tasks, window.dialogs)
    page.lockRequested.connect(window.lock)
    return page


def my_training_page(window: MainWindow) -> QWidget:
    """The "my_training" section: the member's own training records."""
    from peerdesk.ui.team.training_page import TrainingRecordsPage  # noqa: PLC0415

    assert window.workspace is not None
    page = TrainingRecordsPage(window.workspace, window.tasks, window.dialogs, manage=False)
    page.reload()
    return page


def training_page(window: MainWindow) -> QWidget:
    """The "training" section: drills log with the contact form of the Contacts section."""
    from functools import partial  # noqa: PLC0415

    from peerdesk.ui.contacts.form import ContactForm  # noqa: PLC0415
    from peerdesk.ui.referrals.lookup import ReferralLookupDialog  # noqa: PLC0415
    from peerdesk.ui.training.section import RealVaultTraining, TrainingSection  # noqa: PLC0415

    workspace = window.workspace
    assert workspace is not None
    if not workspace.training:
        return RealVaultTraining()
    section = TrainingSection(workspace, window.tasks, window.dialogs,
                              partial(ContactForm, referral_lookup=ReferralLookupDialog))

    def show_statistics() -> None:  # coordinator practice goes on to Statistics, if shown
        if "statistics" in window.section_keys():
            window.show_section("statistics")

    section.statisticsRequested.connect(show_statistics)
    section.workspaceReset.connect(
        lambda reset: window.lock() if reset is None else window.reopen(reset))
    return section


def open_training_dialog(folder: Path, exists: bool, tasks: TaskRunner, dialogs: DialogService,
                         parent: QWidget) -> Any:
    """The sign-in screen's "Open training workspace" dialog (the Training feature's)."""
    from peerdesk.ui.training.open_dialog import OpenTrainingDialog  # noqa: PLC0415

    return OpenTrainingDialog(folder, exists, tasks, dialogs, parent)

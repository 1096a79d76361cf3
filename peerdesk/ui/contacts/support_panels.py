"""The escalation panel (imminent danger) and the self-care panel (the supporter's own support).

ARCHITECTURE section 5: imminent danger opens the escalation panel at once: do not leave the person
alone; crisis line or emergency services from the directory; notify per policy. Saving stays
blocked until a crisis line, medical or clinician referral is chosen.

The resources come from the referral directory through :func:`crisis_resource_lines` and
:func:`self_care_resource_lines`, which run on the database worker. Only the program's own
entries are offered: never a starter example (it has no number), and for self-care only
entries someone has verified (a crisis line is offered even unverified). When none remain (or
the referrals service is not installed) the panels show standard wording, and the self-care
panel says that a coordinator can add the program's own services.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from peerdesk.services.workspace import Workspace

try:  # the referral directory; standard text without it
    from peerdesk.services import referrals as _referrals
except ImportError:  # pragma: no cover - only before that service exists
    _referrals = None  # type: ignore[assignment]
from peerdesk.ui.kit.i18n import translate
from peerdesk.ui.kit.widgets import secondary_button, tag, text_label

MAX_RESOURCES = 4


def _t(text: str) -> str:
    return QCoreApplication.translate("SupportPanels", text)


def _describe(resource: Any) -> str:
    """One line for a directory entry: its name, phone and hours (no notes)."""
    parts = [str(getattr(resource, "name", resource))]
    phone = str(getattr(resource, "phone", "") or "")
    if phone:
        parts.append(phone)
    if getattr(resource, "available_24_7", False):
        parts.append(translate("SupportPanels", "24/7"))
    elif getattr(resource, "hours", ""):
        parts.append(str(resource.hours))
    return " — ".join(parts)


def _usable(resources: list[Any], *, verified: bool) -> list[Any]:
    """The program's own entries (never a starter example), only verified ones if asked."""
    return [r for r in resources if not getattr(r, "is_example", False)
            and (not verified or getattr(r, "last_verified", None))]


def crisis_resource_lines(ws: Workspace) -> list[str]:
    """HOOK for the escalation panel: crisis resources from the directory (worker thread).

    Uses ``services.referrals.crisis_resources`` (crisis lines and 24/7 services first).
    Returns an empty list when the directory has none, so the panel shows standard text.
    """
    if _referrals is None:
        return []
    found = _usable(_referrals.crisis_resources(ws), verified=False)
    return [_describe(r) for r in found[:MAX_RESOURCES]]


def self_care_resource_lines(ws: Workspace) -> list[str]:
    """HOOK for the self-care panel: the program's supporter-support resources (worker)."""
    if _referrals is None:
        return []
    found = _usable(_referrals.self_care_resources(ws), verified=True)
    return [_describe(r) for r in found[:MAX_RESOURCES]]


def standard_crisis_text() -> str:
    return translate("SupportPanels", "Call your local crisis line or emergency services.\n"
              "In the US and Canada: call or text 988 (Suicide and Crisis Lifeline).")


def standard_self_care_text() -> str:
    return translate("SupportPanels",
            "Talk to your peer team lead, or call your EAP. You do not need a reason beyond "
              "\"that one stayed with me\".") + "\n" + no_self_care_entries_text()


def no_self_care_entries_text() -> str:
    return translate("SupportPanels",
            "Your program's own support services are not in the directory yet: a coordinator "
            "can add the peer team, EAP and clinicians under Referrals.")


class _Panel(QFrame):
    def __init__(self, object_name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tag(self, object_name, title)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(16, 12, 16, 14)
        self.column.setSpacing(6)
        self.title = tag(QLabel(title), object_name + "Title")
        self.title.setProperty("panelTitle", True)
        self.column.addWidget(self.title)
        self.resources = text_label("", object_name + "Resources")
        self.resources.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _show_lines(self, lines: list[str], standard: str) -> None:
        self.resources.setText("\n".join(lines) if lines else standard)
        self.resources.setAccessibleDescription(self.resources.text())


class EscalationPanel(_Panel):
    """What to do now, the crisis resources, and whether saving is still blocked.

    Signals:
        addCrisisReferral(): the person asked to add a crisis line referral (warm handoff).
    """

    addCrisisReferral = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("escalationPanel", translate("SupportPanels",
                "Imminent danger: stay with the person"), parent)
        steps = text_label(translate("SupportPanels",
            "1. Do not leave the person alone.\n"
            "2. Call a crisis line or emergency services now.\n"
            "3. Tell your program coordinator as your policy says."), "escalationSteps")
        self.column.addWidget(steps)
        self.column.addWidget(self.resources)
        self.requirement = text_label("", "escalationRequirement")
        self.requirement.setProperty("requirement", True)
        self.column.addWidget(self.requirement)
        self.add_button: QPushButton = secondary_button(
            translate("SupportPanels",
                    "Add crisis line referral (warm handoff)"), "addCrisisReferralButton")
        self.add_button.clicked.connect(self.addCrisisReferral)
        self.column.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.set_resources([])
        self.set_satisfied(False)

    def set_resources(self, lines: list[str]) -> None:
        self._show_lines(lines, standard_crisis_text())

    def spoken(self) -> str:
        """What a screen reader says when the panel opens: the title and what saving needs."""
        return self.title.text() + ". " + self.requirement.text()

    def set_satisfied(self, satisfied: bool) -> None:
        """Say in words whether the referral that saving needs has been chosen."""
        self.requirement.setText(
            translate("SupportPanels",
                    "✓ A crisis line, medical or clinician referral is chosen.") if satisfied else
            translate("SupportPanels",
                    "Saving needs a crisis line, medical or clinician referral."))
        self.requirement.setProperty("met", satisfied)
        self.add_button.setVisible(not satisfied)
        self.style().unpolish(self.requirement)
        self.style().polish(self.requirement)


class SelfCarePanel(_Panel):
    """Offered when the supporter marks themself affected or wanting a debrief."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("selfCarePanel", translate("SupportPanels",
                "Look after yourself too"), parent)
        intro = text_label(translate("SupportPanels",
            "Hard conversations stay with us. Support for you is part of the program:"),
            "selfCareIntro")
        self.column.addWidget(intro)
        self.column.addWidget(self.resources)
        self.set_resources([])

    def set_resources(self, lines: list[str]) -> None:
        self._show_lines(lines, standard_self_care_text())

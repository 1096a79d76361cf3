"""The one permission table: which role may do what (enforced in services, not only in the UI)."""

from __future__ import annotations

import enum

from peerdesk.domain.members import Member, Role


class Action(enum.StrEnum):
    LOG_CONTACTS = "log_contacts"            # create, read, edit, delete one's own contacts
    VIEW_REFERRALS = "view_referrals"
    EDIT_REFERRALS = "edit_referrals"
    MANAGE_TEAM = "manage_team"              # add, change roles, disable, remove, reset
    EDIT_POLICY = "edit_policy"
    EXPORT_STATISTICS = "export_statistics"  # aggregates only
    VIEW_AUDIT = "view_audit"
    BACKUP = "backup"
    RUN_TRAINING = "run_training"            # training workspaces and drills
    RUN_SURVEYS = "run_surveys"              # survey cohorts, waves, the kiosk, their results
    CHANGE_OWN_PASSPHRASE = "change_own_passphrase"
    # Supporter training records: every member sees and adds their own; a coordinator sees and
    # manages (adds, changes, deletes) everyone's and the team's readiness figures.
    KEEP_OWN_TRAINING = "keep_own_training"
    MANAGE_TRAINING = "manage_training"
    # Critical incidents (ARCHITECTURE section 11): responding is logging an incident and
    # working the ones whose response one is on; managing is seeing and working every incident,
    # setting who is on each response, deleting one. Trainers see no real incident.
    RESPOND_TO_INCIDENTS = "respond_to_incidents"
    MANAGE_INCIDENTS = "manage_incidents"


PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.SUPPORTER: frozenset(
        {
            Action.LOG_CONTACTS,
            Action.VIEW_REFERRALS,
            Action.RESPOND_TO_INCIDENTS,
            Action.KEEP_OWN_TRAINING,
            Action.CHANGE_OWN_PASSPHRASE,
        }
    ),
    Role.COORDINATOR: frozenset(
        {
            Action.VIEW_REFERRALS,
            Action.EDIT_REFERRALS,
            Action.MANAGE_TEAM,
            Action.EDIT_POLICY,
            Action.EXPORT_STATISTICS,
            Action.VIEW_AUDIT,
            Action.BACKUP,
            Action.RESPOND_TO_INCIDENTS,
            Action.MANAGE_INCIDENTS,
            Action.KEEP_OWN_TRAINING,
            Action.MANAGE_TRAINING,
            Action.RUN_SURVEYS,
            Action.CHANGE_OWN_PASSPHRASE,
        }
    ),
    Role.TRAINER: frozenset(
        {Action.VIEW_REFERRALS, Action.RUN_TRAINING, Action.KEEP_OWN_TRAINING,
         Action.RUN_SURVEYS, Action.CHANGE_OWN_PASSPHRASE}
    ),
}


def allowed(member: Member, action: Action) -> bool:
    """True when any of the member's roles grants ``action`` (a disabled member has none)."""
    if member.disabled:
        return False
    return any(action in PERMISSIONS[role] for role in member.roles)

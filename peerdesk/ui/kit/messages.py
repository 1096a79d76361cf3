"""Every error code and shared phrase, translated, in one place.

Screens call :func:`error_text` with whatever a task raised; known errors get a clear sentence
chosen by their ``code``, bugs get "something went wrong" and the log's path. Placeholders are
filled after translation so a translator only moves ``{name}`` markers around.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from peerdesk.domain.errors import PeerDeskError
from peerdesk.domain.members import Role
from peerdesk.ui.kit import crash
from peerdesk.ui.kit.i18n import translate
from peerdesk.ui.kit.message_text import message_text

if TYPE_CHECKING:  # the sign-in screen paints before the workspace's modules load
    from peerdesk.services.workspace import Workspace


def _fill(text: str, params: Mapping[str, Any]) -> str:
    for key, value in params.items():
        text = text.replace("{" + key + "}", str(value))
    return text


class Messages(QObject):
    """The shared sentences said with a count, as Qt plurals (numerus messages).

    One source text each with ``%n``; the .qm of the UI's language picks the form (French: 0
    and 1 singular; English's own forms are in ``peerdesk_en.ts``). Methods of a ``QObject``
    because pyside6-lupdate makes a numerus message only of ``self.tr(text, "", n)``: of
    ``QCoreApplication.translate(context, text, None, n)`` it made a plain one, which Qt finds
    for 0 and 1 only (French showed English from 2 on). The class name is their context, the
    same "Messages" as the rest of this module.
    """

    def throttled(self, n: int) -> str:
        return self.tr("Too many failed attempts. You can try again in %n second(s).", "", n)

    def failed_attempts(self, n: int) -> str:
        return self.tr("There were %n failed sign-in attempt(s) on your account since your "
                       "last sign-in.", "", n)

    def temporary_sign_ins(self, n: int) -> str:
        return self.tr("Before this sign-in, a temporary passphrase was used to sign in as you "
                       "%n time(s).", "", n)


@functools.cache
def _counted() -> Messages:
    return Messages()


def _throttled(params: Mapping[str, Any]) -> str:
    return throttled_text(int(params.get("seconds", 30)))


_BY_CODE: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "wrong_passphrase": lambda p: _fill(
        translate("Messages",
                "That passphrase is not right for {user}. Check Caps Lock and try again."), p),
    "wrong_recovery_key": lambda p: translate("Messages",
        "That recovery key does not open this vault. Check each group of characters."),
    "unknown_user": lambda p: _fill(
        translate("Messages",
                "There is no member called {user} in this vault. Check the spelling."), p),
    "account_disabled": lambda p: _fill(
        translate("Messages", "The account of {user} is switched off. Ask a coordinator to "
                  "switch it on again."), p),
    "unlock_throttled": _throttled,
    "vault_damaged": lambda p: translate("Messages",
        "The vault could not be read because it is damaged. Nothing was changed. Restore it "
        "from your most recent backup."),
    "recent_changes_missing": lambda p: translate("Messages",
        "Changes saved recently are missing from the vault: its -wal file was lost or an older "
        "copy of the database was put in place. Nothing was changed. Put back the complete "
        "vault folder, or restore it from your most recent backup."),
    "recent_changes_damaged": lambda p: translate("Messages",
        "Changes saved recently are damaged: the vault's -wal file was changed. Nothing was "
        "changed. Put back an undamaged copy of the vault folder, or restore it from your most "
        "recent backup."),
    "keyslots_missing": lambda p: translate("Messages",
        "The key file of this vault is missing, so it cannot be opened. Restore the vault from "
        "a backup."),
    "keyslots_tampered": lambda p: translate("Messages",
        "The key file of this vault has been changed or damaged. Nothing was changed. Restore "
        "it from a backup."),
    "keyslots_other_vault": lambda p: translate("Messages",
        "The key file in this folder belongs to another vault than the database beside it, so "
        "it cannot be opened. Nothing was changed. Put back the key file that came with this "
        "database, or restore the vault from a backup."),
    "keyslots_changed": lambda p: translate("Messages",
        "Another PeerDesk window changed this vault's key file while you were working, so "
        "nothing was changed. Lock PeerDesk, sign in again and repeat the change."),
    "vault_too_new": lambda p: translate("Messages",
        "This vault was written by a newer version of PeerDesk. Install that version to open it."),
    "vault_in_use": lambda p: translate("Messages",
        "This vault is open in another PeerDesk window. Close that window, then try again."),
    "vault_not_found": lambda p: translate("Messages",
            "There is no PeerDesk vault in this folder."),
    "vault_exists": lambda p: translate("Messages",
            "A PeerDesk vault already exists in this folder."),
    "quarter_not_closed": lambda p: _fill(translate("Messages",
        "{quarter} is still open: its statistics can be seen and released from {closes_on}, "
        "when it closes. Until then contacts logged late still count in it."), p),
    "release_refused": lambda p: _fill(translate("Messages",
        "The statistics for {period} could not be made safe to publish, so nothing was "
        "exported and nothing was frozen."), p),
    "quarter_withheld": lambda p: _fill(translate("Messages",
        "{period} is withheld: no set of hidden figures could keep every small count of it "
        "safe, so nothing of it is published, now or later."), p),
    "no_such_release": lambda p: _fill(translate("Messages",
        "No quarter of {year} has been released yet, so there is no annual summary."), p),
    "disk_full": lambda p: translate("Messages",
        "The disk is full, so nothing was changed. Free some space and try again."),
    "permission_denied": lambda p: translate("Messages", "Your role does not allow this."),
    "last_coordinator": lambda p: _fill(translate("Messages",
        "{user} is the last active coordinator. A vault must keep at least one: make another "
        "member a coordinator first."), p),
    "member_exists": lambda p: _fill(
        translate("Messages", "A member called {user} already exists. Choose another name."), p),
    "not_found": lambda p: translate("Messages",
        "This could not be found; it may have been removed in the meantime."),
    "wrong_vault_kind": lambda p: translate("Messages",
            "This folder holds a different kind of vault."),
    "validation": lambda p: translate("Messages", "Some fields need attention."),
    "training_only": lambda p: translate("Messages",
        "Drills and class sessions live in the training workspace only. Lock PeerDesk and "
        "choose Open training workspace on the sign-in screen."),
    "not_training_vault": lambda p: translate("Messages",
        "Demo data can only be made in the training workspace; this is a real vault."),
    "training_reset_refused": lambda p: _fill(translate("Messages",
        "The training workspace in {path} was not reset: {reason}"),
        {**p, "reason": message_text(p.get("reason", ""))}),
    "drill_pack_id_taken": lambda p: _fill(translate("Messages",
        "A pack shipped with PeerDesk already uses the id \"{pack_id}\". Give the imported "
        "pack its own id in its [pack] table."), p),
    "drill_pack_invalid": lambda p: _fill(translate("Messages",
        "{source} is not a usable scenario pack. First problem: {first}"),
        {**p, "first": message_text(p.get("first", ""))}),
    "survey_instrument_invalid": lambda p: _fill(translate("Messages",
        "{source} is not a usable survey instrument. First problem: {first}"),
        {**p, "first": message_text(p.get("first", ""))}),
    "wrong_backup_kind": lambda p: _fill(translate(
        "Messages", "{path} is a backup of another kind of vault. Choose a backup of this "
        "kind of vault."), p),
    "backup_invalid": lambda p: _fill(translate(
        "Messages", "{path} is not a usable PeerDesk backup. Nothing was changed."), p),
    "csv_too_many_columns": lambda p: _fill(translate("Messages",
        "The file's first row has {count} columns; a directory file has at most {limit}. "
        "Check that you chose the right file and that it is separated by commas."), p),
}


def error_text(exc: BaseException) -> str:
    """One clear, translated sentence for ``exc`` (never the raw exception text of a bug)."""
    if isinstance(exc, PeerDeskError):
        describe = _BY_CODE.get(exc.code)
        return describe(exc.params) if describe else message_text(exc.message)
    if isinstance(exc, OSError):
        return translate("Messages",
                "PeerDesk could not read or write a file it needed. Check that the folder "
                  "exists, that you may use it, and that the disk has space.")
    return bug_text()


def bug_text() -> str:
    return _fill(
        translate("Messages", "Something went wrong. The details were written to {path}."),
        {"path": crash.log_path()},
    )


def field_error(text: str) -> str:
    """A field message from the domain or the services in the UI's language."""
    return message_text(text)


def throttled_text(seconds: int) -> str:
    return _counted().throttled(seconds)


def failed_attempts_text(count: int) -> str:
    return _counted().failed_attempts(count)


def sign_in_notices(workspace: Workspace) -> list[str]:
    """What a member is told as they sign in: failed attempts, a reset of their passphrase."""
    notices: list[str] = []
    if workspace.failed_attempts > 0:
        notices.append(failed_attempts_text(workspace.failed_attempts))
    told = workspace.reset_notice
    if told is not None:
        for reset in told.resets:
            when = reset.at.astimezone().strftime("%Y-%m-%d %H:%M")
            if reset.by is None:
                notices.append(_fill(translate(
                    "Messages", "Your passphrase was reset with the recovery key on {when}."),
                    {"when": when}))
            else:
                notices.append(_fill(translate(
                    "Messages", "Your passphrase was reset by {name} on {when}."),
                    {"name": reset.by, "when": when}))
        n = told.temporary_sign_ins
        if n or any(reset.by is not None for reset in told.resets):
            notices.append(_counted().temporary_sign_ins(n))
        if told.temporary_now:
            notices.append(translate(
                "Messages", "Until you choose your own passphrase, whoever knows the temporary "
                "one can sign in as you."))
    if workspace.training_reminders:
        # Only once signed in, so the sign-in screen loads none of it.
        from peerdesk.ui.kit.training_text import reminder_text  # noqa: PLC0415

        notices.extend(reminder_text(r) for r in workspace.training_reminders)
        notices.append(translate("Messages", "Renew it in time and add the renewal under My "
                                 "training records."))
    return notices


def role_name(role: Role) -> str:
    names = {
        Role.SUPPORTER: translate("Messages", "Peer supporter"),
        Role.COORDINATOR: translate("Messages", "Coordinator"),
        Role.TRAINER: translate("Messages", "Trainer"),
    }
    return names[role]


def roles_text(roles: frozenset[Role]) -> str:
    order = [Role.COORDINATOR, Role.TRAINER, Role.SUPPORTER]
    return " · ".join(role_name(r) for r in order if r in roles)


def strength_word(score: int, acceptable: bool) -> tuple[str, str]:
    """The word shown beside the strength bar and the style level it uses."""
    if not acceptable:
        return (translate("Messages", "Weak"), "weak") if score <= 1 else (translate("Messages",
                "Fair"), "fair")
    return (translate("Messages", "Strong"), "strong") if score >= 4 else (translate("Messages",
            "Good"), "good")


def window_title(training: bool) -> str:
    return translate("Messages", "PeerDesk — Training") if training else translate("Messages",
            "PeerDesk")


def training_banner() -> str:
    return translate("Messages", "TRAINING — practice data")

"""Program policy: read by everyone signed in, changed by coordinators, every change audited."""

from __future__ import annotations

import re

from peerdesk.domain.errors import ValidationError
from peerdesk.domain.permissions import Action
from peerdesk.domain.policy import (
    ChecklistItem,
    Policy,
    validate_checklist_texts,
    validate_profile,
    validate_settings,
)
from peerdesk.domain.training_records import validate_required
from peerdesk.services.workspace import Workspace
from peerdesk.storage import audit, database, policy_repo


def current(ws: Workspace) -> Policy:
    """The policy in force (any signed-in member reads it: idle lock, notes, checklist)."""
    return policy_repo.load(ws.vault.conn)


def update_settings(
    ws: Workspace,
    *,
    idle_lock_minutes: int,
    private_notes_enabled: bool,
    notes_expiry_days: int,
    suppression_threshold: int,
    close_days: int | None = None,
    program_name: str | None = None,
) -> Policy:
    """Validate and store the settings; only changed values are written and audited.

    ``close_days`` (days after a quarter ends before it closes for statistics) and
    ``program_name`` (printed on every statistics report) stay as they are when None.
    """
    ws.require(Action.EDIT_POLICY)
    errors = validate_settings(idle_lock_minutes, notes_expiry_days, suppression_threshold,
                               close_days=close_days, program_name=program_name)
    if errors:
        raise ValidationError(errors)
    before = current(ws)
    wanted: dict[str, int | bool | str] = {
        "idle_lock_minutes": idle_lock_minutes,
        "private_notes_enabled": bool(private_notes_enabled),
        "notes_expiry_days": notes_expiry_days,
        "suppression_threshold": suppression_threshold,
    }
    if close_days is not None:
        wanted["close_days"] = close_days
    if program_name is not None:
        wanted["program_name"] = program_name.strip()
    changes = {k: v for k, v in wanted.items() if getattr(before, k) != v}
    if changes:
        conn = ws.vault.conn
        with database.transaction(conn):
            # A comprehension, so the settings are typed as save_settings takes them.
            policy_repo.save_settings(conn, {k: v for k, v in changes.items()})
            # The program's name is printed on reports; the audit says only that it changed.
            logged = {k: (True if k == "program_name" else v) for k, v in changes.items()}
            audit.append(conn, ws.member.user_id, "policy_changed", **logged)
    return current(ws)


def update_profile(
    ws: Workspace, *, agencies: list[str] | tuple[str, ...], year_start_month: int
) -> Policy:
    """Validate and store the program profile beside its name: the agencies or services the
    program covers (printed on every report) and the month its reporting year starts (the
    annual program report covers the four quarters from there). Audited when it changes,
    with the number of agencies, never their names."""
    ws.require(Action.EDIT_POLICY)
    errors = validate_profile(agencies, year_start_month)
    if errors:
        raise ValidationError(errors)
    before = current(ws)
    wanted: dict[str, int | bool | str | tuple[str, ...]] = {
        "agencies": tuple(a.strip() for a in agencies),
        "year_start_month": year_start_month,
    }
    changes = {k: v for k, v in wanted.items() if getattr(before, k) != v}
    if changes:
        conn = ws.vault.conn
        with database.transaction(conn):
            policy_repo.save_settings(conn, changes)
            logged = {k: (len(v) if isinstance(v, tuple) else v) for k, v in changes.items()}
            audit.append(conn, ws.member.user_id, "policy_changed", **logged)
    return current(ws)


def update_required_courses(ws: Workspace, courses: list[str] | tuple[str, ...]) -> Policy:
    """Store which courses (``domain.training_records.Course`` codes) a supporter must hold,
    valid, to be current (services/training_records.py). Audited with their number."""
    ws.require(Action.EDIT_POLICY)
    errors = validate_required(courses)
    if errors:
        raise ValidationError(errors)
    wanted = tuple(sorted(set(courses)))
    if current(ws).required_courses != wanted:
        conn = ws.vault.conn
        with database.transaction(conn):
            policy_repo.save_settings(conn, {"required_courses": wanted})
            audit.append(conn, ws.member.user_id, "policy_changed",
                         required_courses=len(wanted))
    return current(ws)


def update_checklist(ws: Workspace, texts: list[str]) -> Policy:
    """Save a new checklist version; unchanged texts keep their codes, new ones get new codes."""
    ws.require(Action.EDIT_POLICY)
    errors = validate_checklist_texts(texts)
    if errors:
        raise ValidationError(errors)
    conn = ws.vault.conn
    before = policy_repo.current_checklist(conn)
    by_text = {item.text.casefold(): item.code for item in before.items}
    used = policy_repo.all_item_codes(conn)
    items: list[ChecklistItem] = []
    for text in (t.strip() for t in texts):
        if not text:
            continue
        code = by_text.get(text.casefold()) or _new_code(text, used)
        used.add(code)
        items.append(ChecklistItem(code, text))
    if tuple(items) == before.items:
        return current(ws)
    with database.transaction(conn):
        version = policy_repo.add_checklist_version(conn, tuple(items), ws.member.user_id)
        audit.append(conn, ws.member.user_id, "checklist_changed", version=version,
                     items=len(items))
    return current(ws)


def _new_code(text: str, used: set[str]) -> str:
    base = "custom_" + (re.sub(r"[^a-z0-9]+", "_", text.casefold()).strip("_")[:24] or "item")
    code, n = base, 2
    while code in used:
        code, n = f"{base}_{n}", n + 1
    return code

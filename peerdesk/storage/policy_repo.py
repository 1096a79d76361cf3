"""The ``policy`` and ``checklist_versions`` tables."""

from __future__ import annotations

import json

from peerdesk.domain.policy import DEFAULT_CHECKLIST, Checklist, ChecklistItem, Policy
from peerdesk.storage.audit import now_utc
from peerdesk.storage.database import Connection

_INT_KEYS = ("idle_lock_minutes", "notes_expiry_days", "suppression_threshold", "close_days",
             "year_start_month")


def load(conn: Connection) -> Policy:
    values = dict(conn.execute("SELECT key, value FROM policy").fetchall())
    defaults = Policy()
    ints = {k: int(values[k]) if k in values else getattr(defaults, k) for k in _INT_KEYS}
    notes = values.get("private_notes_enabled")
    return Policy(
        private_notes_enabled=defaults.private_notes_enabled if notes is None else notes == "1",
        program_name=str(values.get("program_name", defaults.program_name)),
        agencies=tuple(json.loads(values["agencies"])) if "agencies" in values else (),
        required_courses=tuple(json.loads(values["required_courses"]))
        if "required_courses" in values else (),
        checklist=current_checklist(conn),
        **ints,
    )


def save_settings(
    conn: Connection, changes: dict[str, int | bool | str | tuple[str, ...]]
) -> None:
    for key, value in changes.items():
        if isinstance(value, tuple):
            text = json.dumps(list(value), ensure_ascii=False)
        else:
            text = ("1" if value else "0") if isinstance(value, bool) else str(value)
        conn.execute("INSERT OR REPLACE INTO policy (key, value) VALUES (?, ?)", (key, text))


def current_checklist(conn: Connection) -> Checklist:
    row = conn.execute(
        "SELECT version, items FROM checklist_versions ORDER BY version DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return Checklist(1, DEFAULT_CHECKLIST)
    return Checklist(int(row[0]), _items(row[1]))


def checklist_version(conn: Connection, version: int) -> Checklist | None:
    if version == 1 and not _has_versions(conn):
        return Checklist(1, DEFAULT_CHECKLIST)
    row = conn.execute(
        "SELECT items FROM checklist_versions WHERE version = ?", (version,)
    ).fetchone()
    return None if row is None else Checklist(version, _items(row[0]))


def add_checklist_version(conn: Connection, items: tuple[ChecklistItem, ...], by: str) -> int:
    if not _has_versions(conn):
        _insert(conn, 1, DEFAULT_CHECKLIST, None)
    version = current_checklist(conn).version + 1
    _insert(conn, version, items, by)
    return version


def item_texts(conn: Connection) -> dict[str, str]:
    """The text of every checklist item code ever used (a code never changes its text: a
    new wording gets a new code)."""
    texts = {item.code: item.text for item in DEFAULT_CHECKLIST}
    for (items,) in conn.execute("SELECT items FROM checklist_versions ORDER BY version"):
        texts.update((item.code, item.text) for item in _items(items))
    return texts


def all_item_codes(conn: Connection) -> set[str]:
    """Every code ever used, so a new item never reuses a released code."""
    codes = {item.code for item in DEFAULT_CHECKLIST}
    for (items,) in conn.execute("SELECT items FROM checklist_versions"):
        codes.update(item.code for item in _items(items))
    return codes


def _has_versions(conn: Connection) -> bool:
    return conn.execute("SELECT 1 FROM checklist_versions LIMIT 1").fetchone() is not None


def _insert(
    conn: Connection, version: int, items: tuple[ChecklistItem, ...], by: str | None
) -> None:
    payload = json.dumps([{"code": i.code, "text": i.text} for i in items])
    conn.execute(
        "INSERT INTO checklist_versions (version, items, created_at, created_by) "
        "VALUES (?, ?, ?, ?)",
        (version, payload, now_utc(), by),
    )


def _items(payload: str) -> tuple[ChecklistItem, ...]:
    return tuple(ChecklistItem(str(i["code"]), str(i["text"])) for i in json.loads(payload))

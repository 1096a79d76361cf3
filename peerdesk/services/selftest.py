"""The self-test: a throw-away vault taken through the paths a real one uses.

``peerdesk selftest`` runs it after an install or on a new machine: create, write, lock, check
that nothing is readable at rest, unlock, recover, back up and restore, check, release a
quarter's statistics (CSV and PDF), render a PDF.
It uses the floor of the Argon2id parameters (ARCHITECTURE section 3), not the calibrated ones,
so it is realistic yet quick. Each step is one ``(name, function)`` entry in :data:`STEPS`;
adding a step is one line.
"""

from __future__ import annotations

import secrets
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

from peerdesk.domain.contacts import ContactDraft
from peerdesk.domain.errors import PeerDeskError
from peerdesk.domain.members import Role
from peerdesk.domain.policy import Policy
from peerdesk.domain.quarters import first_open_quarter
from peerdesk.domain.vocab import Channel, Format, InitiatedBy, MemberGroup, Topic
from peerdesk.services import contacts
from peerdesk.services.recovery_sheet import write_recovery_sheet
from peerdesk.services.stats import release
from peerdesk.services.workspace import Workspace
from peerdesk.storage import audit, crypto, database

COORDINATOR = "Self-test coordinator"
SUPPORTER = "Self-test supporter"
_MARKER_KEY = "selftest_marker"
_MIN_PDF_BYTES = 1024


class StepResult(NamedTuple):
    """The outcome of one step: its name, whether it passed, how long it took, and why."""

    step: str
    ok: bool
    seconds: float
    message: str


class StepFailed(Exception):
    """A step's check did not hold (not ``assert``: that vanishes under ``python -O``)."""


@dataclass
class SelfTestRun:
    """What the steps share: the temporary folder, secrets, and the open workspace."""

    root: Path
    kdf: crypto.KdfParams
    passphrase: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    supporter_passphrase: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    marker: str = field(default_factory=lambda: f"peerdesk-selftest-{secrets.token_hex(16)}")
    recovery_key: str = ""
    workspace: Workspace | None = None

    @property
    def folder(self) -> Path:
        return self.root / "vault"

    @property
    def ws(self) -> Workspace:
        if self.workspace is None or self.workspace.is_locked:
            raise StepFailed("the vault is not open (an earlier step failed)")
        return self.workspace

    def lock(self) -> None:
        if self.workspace is not None:
            self.workspace.lock()
            self.workspace = None

    def read_marker(self) -> None:
        row = self.ws.vault.conn.execute(
            "SELECT value FROM vault_meta WHERE key = ?", (_MARKER_KEY,)
        ).fetchone()
        if row is None or row[0] != self.marker:
            raise StepFailed("the value written was not read back")


def _create(run: SelfTestRun) -> str:
    run.workspace, run.recovery_key = Workspace.create(
        run.folder, COORDINATOR, run.passphrase, run.passphrase, kdf=run.kdf
    )
    k = run.kdf
    return f"Argon2id {k.memory_kib // 1024} MiB, {k.iterations} iterations, {k.lanes} lanes"


def _add_member(run: SelfTestRun) -> str:
    run.ws.vault.add_member(
        SUPPORTER, run.supporter_passphrase, frozenset({Role.SUPPORTER}), kdf=run.kdf
    )
    return f"{len(run.ws.vault.slot_names())} members"


def _write_read(run: SelfTestRun) -> str:
    conn = run.ws.vault.conn
    with database.transaction(conn):
        conn.execute(
            "INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?, ?)",
            (_MARKER_KEY, run.marker),
        )
        seq = audit.append(conn, run.ws.vault.user_id, "selftest")
    run.read_marker()
    if audit.entries(conn, limit=1)[0].seq != seq:
        raise StepFailed("the audit entry was not read back")
    return f"audit entry {seq}"


def _encrypted_at_rest(run: SelfTestRun) -> str:
    run.lock()
    return _scan_for_marker(run.root, run.marker)


def _scan_for_marker(root: Path, marker: str) -> str:
    files = [p for p in root.rglob("*") if p.is_file()]
    needles = (marker.encode(), marker.encode("utf-16-le"))
    for path in files:
        data = path.read_bytes()
        if any(needle in data for needle in needles):
            raise StepFailed(f"plain text found in {path.name}")
    return f"{len(files)} files scanned, no plain text"


def _recovery_key(run: SelfTestRun) -> str:
    recovered = Workspace.recover(run.folder, run.recovery_key)
    try:
        if not recovered.recovery_coordinators():
            raise StepFailed("the recovery key found no coordinator")
    finally:
        recovered.lock()
    return "the recovery key opens the vault"


def _unlock(run: SelfTestRun) -> str:
    Workspace.unlock(run.folder, SUPPORTER, run.supporter_passphrase).lock()
    run.workspace = Workspace.unlock(run.folder, COORDINATOR, run.passphrase)
    run.read_marker()
    return "both members signed in; value read back"


def _backup_restore(run: SelfTestRun) -> str:
    backup = run.root / "backup.peerdesk-backup"
    run.ws.backup(backup)
    run.lock()
    _scan_for_marker(run.root, run.marker)
    run.workspace = Workspace.restore(backup, run.root / "restored", COORDINATOR, run.passphrase)
    run.read_marker()
    return f"{backup.stat().st_size // 1024} KiB backup restored"


def _check(run: SelfTestRun) -> str:
    report = run.ws.check()
    if not report.ok:
        raise StepFailed(report.audit_problem or "damaged pages")
    return (
        f"schema {report.schema_version}, {report.members} members, "
        f"{report.audit_entries} audit entries, chain ok"
    )


def _statistics_export(run: SelfTestRun) -> str:
    """Log contacts in the newest closed quarter (as if on its last day, when it was still
    open), then release it as CSV and PDF (the only export)."""
    quarter = first_open_quarter(date.today(), Policy().close_days).previous()
    base = ContactDraft(
        occurred_on=quarter.first_day, duration_min=40, channel=Channel.IN_PERSON,
        initiated_by=InitiatedBy.SELF_REFERRAL, member_group=MemberGroup.FIRE,
        format=Format.ONE_TO_ONE, topics=frozenset({Topic.WORK_STRESS}),
    )
    # One month, two member groups, one of them small: a release with a hidden cell and
    # every total published (sparser data may be withheld, which would test less).
    for day in range(20):
        draft = replace(base, occurred_on=quarter.first_day + timedelta(days=day),
                        member_group=MemberGroup.FIRE if day % 5 else MemberGroup.EMS)
        contacts.save_new(run.ws, draft, today=quarter.last_day)
    out = run.root / "statistics.csv"
    result = release.write_export(run.ws, quarter, "csv", out)
    header = out.read_text(encoding="utf-8").splitlines()[0]
    if header != "quarter,table,row,column,value,status":
        raise StepFailed("the statistics CSV has the wrong header")
    pdf = release.export(run.ws, quarter, "pdf").data
    if not pdf.startswith(b"%PDF") or len(pdf) <= _MIN_PDF_BYTES:
        raise StepFailed("the statistics PDF is not valid")
    if run.marker.encode() in out.read_bytes() + pdf:
        raise StepFailed("the export holds vault content")
    hidden = len(result.release.suppressed)
    return f"{quarter}: CSV and {len(pdf) // 1024} KiB PDF, {hidden} cells suppressed"


def _render_pdf(run: SelfTestRun) -> str:
    out = run.root / "recovery-sheet.pdf"
    write_recovery_sheet(out, run.recovery_key, training=run.ws.training)
    data = out.read_bytes()
    if not data.startswith(b"%PDF") or len(data) <= _MIN_PDF_BYTES:
        raise StepFailed("the PDF is not valid")
    return f"{len(data) // 1024} KiB"


Step = Callable[[SelfTestRun], str]

STEPS: list[tuple[str, Step]] = [
    ("create vault", _create),
    ("add member", _add_member),
    ("write and read", _write_read),
    ("encrypted at rest", _encrypted_at_rest),
    ("recovery key", _recovery_key),
    ("unlock", _unlock),
    ("backup and restore", _backup_restore),
    ("integrity check", _check),
    ("statistics export", _statistics_export),
    ("render PDF", _render_pdf),
]


def run_selftest(
    kdf: crypto.KdfParams | None = None, steps: list[tuple[str, Step]] | None = None
) -> list[StepResult]:
    """Run every step in a temporary folder; after a failure the rest are reported as skipped."""
    results: list[StepResult] = []
    with tempfile.TemporaryDirectory(
        prefix="peerdesk-selftest-", ignore_cleanup_errors=True
    ) as tmp:
        run = SelfTestRun(Path(tmp), kdf or crypto.KdfParams.floor())
        try:
            failed = False
            for name, step in STEPS if steps is None else steps:
                if failed:
                    results.append(StepResult(name, False, 0.0, "skipped"))
                    continue
                results.append(_timed(name, step, run))
                failed = not results[-1].ok
        finally:
            run.lock()
    return results


def _timed(name: str, step: Step, run: SelfTestRun) -> StepResult:
    started = time.perf_counter()
    try:
        message, ok = step(run), True
    except StepFailed as exc:
        message, ok = str(exc), False
    except PeerDeskError as exc:
        message, ok = exc.message, False
    except Exception as exc:  # a bug: report it on one line, the caller decides what to log
        message, ok = f"{type(exc).__name__}: {exc}".splitlines()[0], False
    return StepResult(name, ok, time.perf_counter() - started, message)

"""Training workspace and classroom drills: the use cases behind the drill screens.

- The training workspace is a training vault (ARCHITECTURE section 3) in
  ``paths.default_training_dir()`` opened with a classroom passphrase; it can be reset in one
  action and filled with demo data.
- Scenario packs come from ``resources/drills`` (shipped) and from the training vault (imported
  by a trainer, validated first, stored as text in ``drill_packs``).
- Drill attempts are scored by the domain and recorded per trainee in a class session.

Everything here refuses a real vault (:class:`TrainingOnly`) and needs the trainer's
permission (``Action.RUN_TRAINING``), except the pure helpers (packs, scoring, file checks).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from peerdesk.domain.contacts import ContactDraft
from peerdesk.domain.drill_pack import MAX_PACK_BYTES, PackInvalid, located, parse_pack
from peerdesk.domain.drill_results import MissedAction, ScenarioSummary, TraineeSummary
from peerdesk.domain.drills import (
    CRITICAL_DESCRIPTIONS,
    CriticalAction,
    DrillFeedback,
    DrillPack,
    PackIdTaken,
    ResetRefused,
    Scenario,
    TrainingOnly,
    score_attempt,
)
from peerdesk.domain.errors import (
    MemberExists,
    NotFound,
    PeerDeskError,
    ValidationError,
    VaultNotFound,
    WrongVaultKind,
)
from peerdesk.domain.members import Role, validate_member_name
from peerdesk.domain.messages import Message
from peerdesk.domain.permissions import Action
from peerdesk.domain.toml_lines import TomlUnreadable, decode_toml
from peerdesk.services import paths
from peerdesk.services.name_list import given_names
from peerdesk.services.resources import resource_path
from peerdesk.services.workspace import Workspace
from peerdesk.storage import audit, crypto, database, drill_repo, member_repo
from peerdesk.storage.drill_repo import ClassSession, DrillResult, Trainee
from peerdesk.storage.vault import inspect, remove_vault, require_kind

CLASSROOM_USER = "Classroom"
MAX_TITLE = 120
MAX_TRAINEE_NAME = 60
WATERMARK = "TRAINING — practice data"

__all__ = [
    "CLASSROOM_USER", "WATERMARK", "ClassSession", "DrillResult", "MissedAction", "PackEntry",
    "ScenarioSummary", "Trainee", "TraineeSummary", "add_demo_data", "add_trainee",
    "available_packs", "check_pack_file", "class_sessions", "debrief_pdf", "find_scenario",
    "import_pack", "missed_critical_actions", "open_training_workspace", "remove_pack",
    "reset_training_folder", "reset_training_workspace", "results_by_scenario",
    "results_by_trainee", "score", "session_results", "shipped_packs", "start_session",
    "submit_attempt", "trainee_results", "trainees", "training_workspace_exists",
]


# --------------------------------------------------------------------------- the workspace


def training_workspace_exists(folder: Path | None = None) -> bool:
    """Whether the training vault exists (the unlock screen chooses "open" or "set up")."""
    return inspect(folder or paths.default_training_dir()).exists


def open_training_workspace(
    passphrase: str,
    repeat: str | None = None,
    *,
    name: str = CLASSROOM_USER,
    folder: Path | None = None,
    kdf: crypto.KdfParams | None = None,
) -> tuple[Workspace, str | None]:
    """Open the training vault, creating it the first time with the classroom passphrase.

    Args:
        passphrase: the classroom passphrase the trainer set (or sets now).
        repeat: the passphrase typed again; needed only when the vault is created.
        name: the classroom account (a trainer, coordinator and supporter in this vault).
        folder: the training vault folder (default ``paths.default_training_dir()``).

    Returns:
        The workspace and, when the vault was just created, its recovery key text (else None).

    Raises:
        WrongVaultKind: the folder holds a real vault; it is never opened as a training one.
        ValidationError: creating with a weak or mistyped passphrase.
        WrongPassphrase, UnknownUser, VaultInUse, ...: as for any unlock.
    """
    folder = folder or paths.default_training_dir()
    require_kind(folder, True)
    if inspect(folder).exists:
        return Workspace.unlock(folder, name, passphrase), None
    if repeat is None:
        raise VaultNotFound(path=str(folder))
    return _create(folder, name, passphrase, repeat, kdf)


def _create(folder: Path, name: str, passphrase: str, repeat: str,
            kdf: crypto.KdfParams | None) -> tuple[Workspace, str]:
    ws, recovery = Workspace.create(folder, name, passphrase, repeat, training=True, kdf=kdf)
    try:
        conn = ws.vault.conn
        with database.transaction(conn):
            # The classroom account runs drills as well as logging the practice contacts.
            member_repo.set_roles(conn, ws.vault.user_id, frozenset(Role))
            audit.append(conn, ws.vault.user_id, "training_workspace_created")
    except BaseException:
        ws.lock()
        raise
    return ws, recovery


def reset_training_workspace(
    ws: Workspace,
    passphrase: str,
    repeat: str,
    *,
    keep_imported_packs: bool = True,
    kdf: crypto.KdfParams | None = None,
) -> tuple[Workspace, str]:
    """Start the training workspace again from clean: no contacts, sessions or results.

    ``ws`` is locked first (its lock on the folder released), the vault's files are deleted and
    a new training vault is made with ``passphrase`` for the same account. Imported packs are
    carried over unless ``keep_imported_packs`` is False.

    Returns:
        The new workspace and its recovery key text.

    Raises:
        TrainingOnly: ``ws`` is a real vault (nothing is touched).
        PermissionDenied: the member may not run training.
    """
    _require_trainer(ws)
    folder, name = ws.folder, ws.member.name
    kept = drill_repo.packs(ws.vault.conn) if keep_imported_packs else []
    errors = _passphrase_errors(passphrase, repeat, name)
    if errors:
        raise ValidationError(errors)
    ws.lock()
    new_ws, recovery = reset_training_folder(folder, name, passphrase, repeat, kdf=kdf)
    if kept:
        with database.transaction(new_ws.vault.conn) as conn:
            for p in kept:
                drill_repo.save_pack(conn, p.pack_id, p.title, p.version, p.language,
                                     p.source_name, p.toml, new_ws.vault.user_id)
    return new_ws, recovery


def _passphrase_errors(passphrase: str, repeat: str, name: str) -> dict[str, Message]:
    from peerdesk.services import passphrase as rules  # noqa: PLC0415 - zxcvbn is slow to load

    return rules.check_new(passphrase, repeat, [name])


def reset_training_folder(
    folder: Path,
    name: str,
    passphrase: str,
    repeat: str,
    *,
    kdf: crypto.KdfParams | None = None,
) -> tuple[Workspace, str]:
    """Delete a training vault's files and create a clean one (for a forgotten passphrase too).

    Only the vault's own files are deleted (key slots, database, its journals and migration
    copies, restore leftovers); anything else in the folder is left alone, and the folder is
    never a real vault's.

    Raises:
        ResetRefused: the folder is the real vault's, or its kind cannot be told.
        WrongVaultKind: the folder holds a real vault.
        VaultInUse: the training vault is open in another window or process.
    """
    errors: dict[str, Message] = {}
    name_error = validate_member_name(name)
    if name_error:
        errors["name"] = name_error
    errors.update(_passphrase_errors(passphrase, repeat, name))
    if errors:
        raise ValidationError(errors)
    _wipe(folder)
    return _create(folder, name, passphrase, repeat, kdf)


def _wipe(folder: Path) -> None:
    if _same(folder, paths.default_vault_dir()):
        raise ResetRefused(path=str(folder), reason=Message("training.reset_real_vault"))
    try:
        info = inspect(folder)
    except (PeerDeskError, OSError, ValueError) as exc:  # any doubt: touch nothing
        raise ResetRefused(
            path=str(folder), reason=Message("training.reset_unreadable"),
        ) from exc
    if info.exists and not info.training:
        raise WrongVaultKind(path=str(folder), found="real", expected="training")
    remove_vault(folder)  # VaultInUse when a window still has it open


def _same(a: Path, b: Path) -> bool:
    with contextlib.suppress(OSError):
        return a.resolve() == b.resolve()
    return a.absolute() == b.absolute()


def add_demo_data(ws: Workspace, contacts: int = 250, *, seed: int = 1,
                  progress: Callable[[int, int], None] | None = None) -> int:
    """Synthetic contacts for coordinator practice (statistics export), with a few critical
    incidents (about one per 40 contacts, at most 20) some of them belong to, and, the first
    time, a full demo survey cohort with every wave closed (for the Surveys section's results
    and exports); training vaults only."""
    _require_trainer(ws)
    from peerdesk.services.demo_data import (  # noqa: PLC0415 - numpy
        make_demo_contacts,
        make_demo_survey_cohort_once,
    )
    from peerdesk.services.demo_incidents import make_demo_incidents  # noqa: PLC0415

    made = make_demo_contacts(ws, contacts, seed=seed, progress=progress)
    make_demo_incidents(ws, min(20, max(1, contacts // 40)), seed=seed)
    make_demo_survey_cohort_once(ws, seed=seed)
    return made


def _require_trainer(ws: Workspace) -> None:
    if not ws.training:
        raise TrainingOnly()
    ws.require(Action.RUN_TRAINING)


# --------------------------------------------------------------------------- packs


@dataclass(frozen=True)
class PackEntry:
    """A pack the drill picker offers; ``imported`` packs can be removed by the trainer."""

    pack: DrillPack
    imported: bool
    source_name: str


# The folder of each language's version of the shipped packs (same file names and ids).
PACK_FOLDERS = {"en": "", "fr_CA": "fr"}


def shipped_pack_files(language: str = "en") -> list[Path]:
    """The shipped pack files in ``language``: ``resources/drills/<file>``, or its translation
    in ``resources/drills/fr/<file>`` where there is one."""
    folder = resource_path("drills")
    local = folder / PACK_FOLDERS.get(language, "")
    return [local / p.name if (local / p.name).is_file() else p
            for p in sorted(folder.glob("*.toml"))]


def shipped_packs(language: str = "en") -> list[DrillPack]:
    """The packs in ``resources/drills`` in ``language`` (English where a pack has no
    translation), by title. A broken shipped pack is a bug: it raises."""
    root = resource_path("drills")
    found = [parse_pack(p.read_text(encoding="utf-8"), f"drills/{p.relative_to(root).as_posix()}")
             for p in shipped_pack_files(language)]
    return sorted(found, key=lambda p: p.title.casefold())


def available_packs(ws: Workspace, language: str = "en") -> list[PackEntry]:
    """Shipped packs (in ``language``, ``en`` or ``fr_CA``), then the trainer's imported packs
    (in their own language)."""
    _require_trainer(ws)
    entries = [PackEntry(p, False, f"drills/{p.id}") for p in shipped_packs(language)]
    for stored in drill_repo.packs(ws.vault.conn):
        try:
            pack = parse_pack(stored.toml, stored.source_name)
        except PackInvalid:
            continue  # validated on import; a pack the schema later tightened is skipped
        entries.append(PackEntry(pack, True, stored.source_name))
    return entries


def find_scenario(ws: Workspace, pack_id: str, scenario_id: str,
                  language: str = "en") -> Scenario:
    for entry in available_packs(ws, language):
        if entry.pack.id == pack_id:
            found = entry.pack.scenario(scenario_id)
            if found is not None:
                return found
    raise NotFound(what="scenario")


def check_pack_file(path: Path, source: str | None = None) -> DrillPack:
    """Read and validate a pack file (no vault needed); messages name it ``source``.

    Raises:
        PackInvalid: every problem, each ``name:line: ...``.
        OSError: the file cannot be read.
    """
    name = source or path.name
    try:
        text = decode_toml(path.read_bytes(), MAX_PACK_BYTES)
    except TomlUnreadable as exc:
        raise PackInvalid(name, [located(name, exc.line, exc.message)]) from None
    return parse_pack(text, name)


def import_pack(ws: Workspace, path: Path) -> DrillPack:
    """Validate a trainer's pack and store it in the training vault (same id: replaced)."""
    _require_trainer(ws)
    pack = check_pack_file(path)
    if any(p.id == pack.id for p in shipped_packs()):
        raise PackIdTaken(pack_id=pack.id)
    text = path.read_bytes().decode("utf-8").removeprefix("\ufeff")
    with database.transaction(ws.vault.conn) as conn:
        drill_repo.save_pack(conn, pack.id, pack.title, pack.version, pack.language, path.name,
                             text, ws.member.user_id)
        audit.append(conn, ws.member.user_id, "drill_pack_imported",
                     count=len(pack.scenarios))
    return pack


def remove_pack(ws: Workspace, pack_id: str) -> None:
    _require_trainer(ws)
    with database.transaction(ws.vault.conn) as conn:
        if not drill_repo.delete_pack(conn, pack_id):
            raise NotFound(what="imported pack")


def score(scenario: Scenario, draft: ContactDraft, seconds: float | None = None) -> DrillFeedback:
    """Feedback on an attempt without recording it (practice on one's own)."""
    return score_attempt(scenario, draft, seconds, given_names())


# --------------------------------------------------------------------------- class sessions


def start_session(ws: Workspace, title: str, held_on: date | None = None) -> int:
    _require_trainer(ws)
    title = " ".join(title.split())
    if not title or len(title) > MAX_TITLE:
        raise ValidationError({"title": Message("training.title_length", low=1, high=MAX_TITLE)})
    with database.transaction(ws.vault.conn) as conn:
        return drill_repo.add_session(conn, title, held_on or date.today(), ws.member.user_id)


def class_sessions(ws: Workspace) -> list[ClassSession]:
    _require_trainer(ws)
    return drill_repo.sessions(ws.vault.conn)


def _session(ws: Workspace, session_id: int) -> ClassSession:
    found = drill_repo.session(ws.vault.conn, session_id)
    if found is None:
        raise NotFound(what="class session")
    return found


def add_trainee(ws: Workspace, session_id: int, name: str) -> int:
    """Add a trainee by name (names are allowed here: it is training data)."""
    _require_trainer(ws)
    _session(ws, session_id)
    name = " ".join(name.split())
    if not name or len(name) > MAX_TRAINEE_NAME or not name.isprintable():
        raise ValidationError(
            {"name": Message("training.trainee_name_length", low=1, high=MAX_TRAINEE_NAME)})
    conn = ws.vault.conn
    if drill_repo.trainee_named(conn, session_id, name) is not None:
        raise MemberExists(user=name)
    with database.transaction(conn):
        return drill_repo.add_trainee(conn, session_id, name)


def trainees(ws: Workspace, session_id: int) -> list[Trainee]:
    _require_trainer(ws)
    _session(ws, session_id)
    return drill_repo.trainees(ws.vault.conn, session_id)


def submit_attempt(
    ws: Workspace,
    trainee_id: int,
    pack_id: str,
    scenario_id: str,
    draft: ContactDraft,
    seconds: float | None = None,
    language: str = "en",
) -> tuple[DrillFeedback, int]:
    """Score a trainee's log for a scenario and record it; returns the feedback and result id.

    ``language`` picks the version of a shipped pack (the one the trainee read); the result
    keeps that version's title and debrief points.

    ``seconds`` is the time from opening the card to saving, in timed mode (None otherwise).
    The draft itself is not stored (the runner may save it as a practice contact through
    ``services.contacts.save_new``, which validates it like any contact).
    """
    _require_trainer(ws)
    conn = ws.vault.conn
    if drill_repo.trainee(conn, trainee_id) is None:
        raise NotFound(what="trainee")
    scenario = find_scenario(ws, pack_id, scenario_id, language)
    feedback = score_attempt(scenario, draft, seconds, given_names())
    with database.transaction(conn):
        result_id = drill_repo.add_result(conn, trainee_id, pack_id, scenario.title, feedback)
    return feedback, result_id


def trainee_results(ws: Workspace, trainee_id: int) -> list[DrillResult]:
    _require_trainer(ws)
    if drill_repo.trainee(ws.vault.conn, trainee_id) is None:
        raise NotFound(what="trainee")
    return drill_repo.results_of_trainee(ws.vault.conn, trainee_id)


def session_results(ws: Workspace, session_id: int) -> list[DrillResult]:
    _require_trainer(ws)
    _session(ws, session_id)
    return drill_repo.results_of_session(ws.vault.conn, session_id)


def results_by_trainee(ws: Workspace, session_id: int) -> list[TraineeSummary]:
    """One row per trainee of the session (those without attempts too), by name."""
    results = session_results(ws, session_id)
    rows = []
    for t in drill_repo.trainees(ws.vault.conn, session_id):
        mine = [r for r in results if r.trainee_id == t.id]
        average = round(sum(r.score for r in mine) / len(mine), 1) if mine else None
        rows.append(TraineeSummary(t.id, t.name, len(mine), sum(r.passed for r in mine),
                                   average, sum(len(r.feedback.critical_misses) for r in mine)))
    return rows


def results_by_scenario(ws: Workspace, session_id: int) -> list[ScenarioSummary]:
    """One row per scenario attempted in the session, lowest average first."""
    groups: dict[tuple[str, str], list[DrillResult]] = {}
    for r in session_results(ws, session_id):
        groups.setdefault((r.pack_id, r.scenario_id), []).append(r)
    rows = [
        ScenarioSummary(pack, sid, rs[-1].scenario_title, len(rs), sum(r.passed for r in rs),
                        round(sum(r.score for r in rs) / len(rs), 1),
                        sum(len(r.feedback.critical_misses) for r in rs))
        for (pack, sid), rs in groups.items()
    ]
    return sorted(rows, key=lambda s: (s.average_score, s.title.casefold()))


def missed_critical_actions(ws: Workspace, session_id: int) -> list[MissedAction]:
    """The critical actions the class missed, most missed first (never-missed ones last)."""
    _require_trainer(ws)
    _session(ws, session_id)
    return [MissedAction(CriticalAction(a), CRITICAL_DESCRIPTIONS[CriticalAction(a)], m, n)
            for a, m, n in drill_repo.missed_actions(ws.vault.conn, session_id)]


def debrief_pdf(ws: Workspace, out: Path, session_id: int, trainee_id: int | None = None,
                language: str = "en") -> None:
    """Write the class's debrief PDF, or one trainee's when ``trainee_id`` is given, in
    ``language`` (``en`` or ``fr_CA``)."""
    from peerdesk.services import drill_pdf  # noqa: PLC0415 - reportlab loads on demand

    session = _session(ws, session_id)
    _require_trainer(ws)
    if trainee_id is None:
        drill_pdf.write_class_debrief(
            out, session, results_by_trainee(ws, session_id),
            results_by_scenario(ws, session_id), missed_critical_actions(ws, session_id),
            language=language,
        )
        return
    person = drill_repo.trainee(ws.vault.conn, trainee_id)
    if person is None or person.session_id != session_id:
        raise NotFound(what="trainee")
    drill_pdf.write_trainee_debrief(out, session, person, trainee_results(ws, trainee_id),
                                    language=language)

"""Training workspace, imported packs, class sessions and debrief PDFs."""

from __future__ import annotations

import base64
import re
import zlib
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from peerdesk import cli
from peerdesk.domain.drill_pack import PackInvalid
from peerdesk.domain.drills import (
    CriticalAction,
    PackIdTaken,
    ResetRefused,
    TrainingOnly,
    model_answer,
)
from peerdesk.domain.errors import (
    MemberExists,
    NotFound,
    PermissionDenied,
    ValidationError,
    VaultInUse,
    WrongVaultKind,
)
from peerdesk.domain.members import Role
from peerdesk.domain.vocab import Risk
from peerdesk.services import contacts, drill_pdf, drills, paths, team
from peerdesk.services.workspace import Workspace
from peerdesk.storage.vault import inspect, require_kind
from team_support import COORD_PASS, FAST, new_workspace

CLASS_PASS = "orange kettle beside the ferry dock"
DRILLS = Path(__file__).resolve().parents[3] / "resources" / "drills"


@pytest.fixture
def training(tmp_path: Path) -> Workspace:
    ws, recovery = drills.open_training_workspace(CLASS_PASS, CLASS_PASS,
                                                  folder=tmp_path / "training", kdf=FAST)
    assert recovery is not None
    yield ws
    ws.lock()


def _pdf_text(data: bytes) -> bytes:
    """Every content stream of a PDF, inflated (a check that needs no poppler)."""
    found = []
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\n?endstream", data, re.S):
        raw = match.group(1)
        try:
            found.append(zlib.decompress(raw))
        except zlib.error:
            try:
                found.append(zlib.decompress(base64.a85decode(raw.rstrip(b"~>"), adobe=False)))
            except (ValueError, zlib.error):
                found.append(raw)
    return b"\n".join(found)


# --------------------------------------------------------------------------- the workspace


def test_open_creates_a_training_vault_for_a_trainer_then_reopens_it(tmp_path: Path) -> None:
    folder = tmp_path / "training"
    assert not drills.training_workspace_exists(folder)
    ws, _ = drills.open_training_workspace(CLASS_PASS, CLASS_PASS, folder=folder, kdf=FAST)
    assert ws.training
    assert ws.member.roles == frozenset(Role)
    ws.lock()
    again, recovery = drills.open_training_workspace(CLASS_PASS, folder=folder)
    assert recovery is None
    assert again.training
    again.lock()


def test_default_folder_is_the_training_dir() -> None:
    assert paths.default_training_dir() != paths.default_vault_dir()


def test_a_real_vault_is_never_opened_as_training_or_back(tmp_path: Path) -> None:
    real = tmp_path / "real"
    new_workspace(real).lock()
    with pytest.raises(WrongVaultKind):
        drills.open_training_workspace(COORD_PASS, folder=real)
    train = tmp_path / "training"
    drills.open_training_workspace(CLASS_PASS, CLASS_PASS, folder=train, kdf=FAST)[0].lock()
    # The other direction: every real entry point refuses the training vault.
    assert cli.main(["vault", "check", "--vault", str(train), "--user", "Classroom"]) == 1
    with pytest.raises(WrongVaultKind):
        require_kind(train, False)


def test_drills_refuse_a_real_vault(tmp_path: Path) -> None:
    ws = new_workspace(tmp_path / "real")
    try:
        for call in (lambda: drills.available_packs(ws), lambda: drills.class_sessions(ws),
                     lambda: drills.start_session(ws, "Class"),
                     lambda: drills.add_demo_data(ws, 5)):
            with pytest.raises(TrainingOnly):
                call()
        with pytest.raises(TrainingOnly):
            drills.reset_training_workspace(ws, CLASS_PASS, CLASS_PASS, kdf=FAST)
        assert inspect(tmp_path / "real").exists  # untouched
    finally:
        ws.lock()


def test_a_supporter_may_not_run_training(training: Workspace) -> None:
    team.add_member(training, "Robin", "violet canyon river stone 42", [Role.SUPPORTER], kdf=FAST)
    folder = training.folder
    training.lock()
    ws = Workspace.unlock(folder, "Robin", "violet canyon river stone 42")
    ws.change_own_passphrase("violet canyon river stone 42", "glass meadow tide 77 north",
                             "glass meadow tide 77 north")
    try:
        with pytest.raises(PermissionDenied):
            drills.start_session(ws, "Class")
    finally:
        ws.lock()


def test_reset_leaves_a_clean_training_vault_and_keeps_imported_packs(
    training: Workspace, tmp_path: Path,
) -> None:
    real = tmp_path / "training" / ".." / "real"
    new_workspace(real).lock()
    real_before = sorted((p.name, p.read_bytes()) for p in real.iterdir() if p.is_file())
    pack = tmp_path / "mine.toml"
    pack.write_text((DRILLS / "foundations.toml").read_text().replace(
        'id = "foundations"', 'id = "my-pack"'), encoding="utf-8")
    drills.import_pack(training, pack)
    session = drills.start_session(training, "Monday class")
    drills.add_trainee(training, session, "Maya")
    assert drills.add_demo_data(training, 20) == 20
    (training.folder / "notes-kept.txt").write_text("the trainer's own file")
    with pytest.raises(VaultInUse):  # the lock is respected: the open vault is not deleted
        drills.reset_training_folder(training.folder, "Classroom", CLASS_PASS, CLASS_PASS)

    fresh, recovery = drills.reset_training_workspace(training, CLASS_PASS, CLASS_PASS, kdf=FAST)
    try:
        assert recovery
        assert training.is_locked
        assert fresh.training
        assert drills.class_sessions(fresh) == []
        assert contacts.count(fresh) == 0
        assert [e.pack.id for e in drills.available_packs(fresh) if e.imported] == ["my-pack"]
        assert (fresh.folder / "notes-kept.txt").exists()
    finally:
        fresh.lock()
    real_after = sorted((p.name, p.read_bytes()) for p in real.iterdir() if p.is_file())
    assert real_after == real_before


def test_reset_refuses_a_real_vault_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = tmp_path / "real"
    new_workspace(real).lock()
    before = sorted(p.name for p in real.iterdir())
    with pytest.raises(WrongVaultKind):
        drills.reset_training_folder(real, "Classroom", CLASS_PASS, CLASS_PASS, kdf=FAST)
    monkeypatch.setattr(paths, "default_vault_dir", lambda: tmp_path / "default")
    with pytest.raises(ResetRefused, match="real vault's folder"):
        drills.reset_training_folder(tmp_path / "default", "Classroom", CLASS_PASS, CLASS_PASS)
    (real / "keyslots.json").write_text("{ not json")
    with pytest.raises(ResetRefused, match="cannot be told apart"):
        drills.reset_training_folder(real, "Classroom", CLASS_PASS, CLASS_PASS, kdf=FAST)
    assert sorted(p.name for p in real.iterdir()) == before


def test_a_forgotten_classroom_passphrase_is_recovered_by_reset(training: Workspace) -> None:
    folder = training.folder
    training.lock()
    ws, _ = drills.reset_training_folder(folder, "Classroom", "new words for the class room",
                                         "new words for the class room", kdf=FAST)
    assert ws.training
    ws.lock()


# --------------------------------------------------------------------------- packs


def test_packs_import_validate_and_refuse_shipped_ids(training: Workspace, tmp_path: Path) -> None:
    shipped = drills.available_packs(training)
    assert {e.pack.id for e in shipped} == {"foundations", "critical-incidents",
                                            "incident-response"}
    same_id = tmp_path / "copy.toml"
    same_id.write_text((DRILLS / "foundations.toml").read_text(), encoding="utf-8")
    with pytest.raises(PackIdTaken):
        drills.import_pack(training, same_id)
    bad = tmp_path / "bad.toml"
    bad.write_bytes(b'[pack]\nid = "x"\n\xff\n')
    with pytest.raises(PackInvalid) as info:
        drills.import_pack(training, bad)
    assert info.value.problems == ("bad.toml:3: not UTF-8 text",)
    with pytest.raises(NotFound):
        drills.remove_pack(training, "nothing")


def test_cli_validate_lists_problems_by_line(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "x.toml"
    bad.write_text((DRILLS / "foundations.toml").read_text().replace(
        'topics = ["substance_use"]', 'topics = ["substnce_use"]'), encoding="utf-8")
    line = next(i for i, text in enumerate(bad.read_text().splitlines(), 1)
                if "substnce_use" in text)
    assert cli.main(["drills", "validate", str(bad)]) == 1
    err = capsys.readouterr().err
    assert (f"{bad}:{line}: scenario 'substance-use': unknown topic code 'substnce_use' "
            "(did you mean 'substance_use'?)") in err
    assert cli.main(["drills", "validate", *map(str, sorted(DRILLS.glob("*.toml")))]) == 0
    assert "ok, pack 'foundations'" in capsys.readouterr().out


# --------------------------------------------------------------------------- class sessions


def _run_class(ws: Workspace) -> int:
    session = drills.start_session(ws, "Spring cohort", date(2026, 4, 14))
    maya = drills.add_trainee(ws, session, "Maya")
    tomas = drills.add_trainee(ws, session, "Tomás")
    drills.add_trainee(ws, session, "Ingrid")  # no attempts yet
    harm = drills.find_scenario(ws, "critical-incidents", "imminent-self-harm")
    stress = drills.find_scenario(ws, "foundations", "routine-work-stress")
    drills.submit_attempt(ws, maya, "critical-incidents", harm.id, model_answer(harm), 50.0)
    drills.submit_attempt(ws, maya, "foundations", stress.id, model_answer(stress))
    missed = replace(model_answer(harm), risk=Risk.SOME_CONCERN, referrals=())
    feedback, _ = drills.submit_attempt(ws, tomas, "critical-incidents", harm.id, missed, 80.0)
    assert feedback.critical_misses[0].action is CriticalAction.ESCALATE_IMMINENT_DANGER
    return session


def test_class_session_queries(training: Workspace) -> None:
    session = _run_class(training)
    (row,) = drills.class_sessions(training)
    assert (row.title, row.trainees, row.results) == ("Spring cohort", 3, 3)
    by_trainee = {t.name: t for t in drills.results_by_trainee(training, session)}
    assert (by_trainee["Maya"].attempts, by_trainee["Maya"].passed) == (2, 2)
    assert by_trainee["Maya"].average_score == 100
    assert by_trainee["Tomás"].critical_misses == 2  # escalation and the safety check
    assert by_trainee["Ingrid"].average_score is None
    by_scenario = drills.results_by_scenario(training, session)
    assert [s.scenario_id for s in by_scenario] == ["imminent-self-harm", "routine-work-stress"]
    assert (by_scenario[0].attempts, by_scenario[0].passed) == (2, 1)
    missed = drills.missed_critical_actions(training, session)
    assert [(m.action, m.misses, m.attempts) for m in missed][:2] == [
        (CriticalAction.CHECK_SAFETY, 1, 2),
        (CriticalAction.ESCALATE_IMMINENT_DANGER, 1, 2),
    ]
    assert all(m.misses == 0 for m in missed[2:])
    tomas = by_trainee["Tomás"].trainee_id
    (result,) = drills.trainee_results(training, tomas)
    assert result.seconds == 80.0
    assert result.feedback.timing is not None
    assert not result.feedback.timing.under_limit


def test_trainee_names_are_checked(training: Workspace) -> None:
    session = drills.start_session(training, "Class")
    drills.add_trainee(training, session, "Maya")
    with pytest.raises(MemberExists):
        drills.add_trainee(training, session, " maya ")
    with pytest.raises(ValidationError):
        drills.add_trainee(training, session, "   ")
    with pytest.raises(NotFound):
        drills.add_trainee(training, session + 1, "Sam")
    stress = drills.find_scenario(training, "foundations", "routine-work-stress")
    with pytest.raises(NotFound):
        drills.submit_attempt(training, 999, "foundations", stress.id, model_answer(stress))
    with pytest.raises(NotFound):
        drills.find_scenario(training, "foundations", "no-such-scenario")


# --------------------------------------------------------------------------- PDFs


def test_debrief_pdfs_are_watermarked_on_every_page(training: Workspace, tmp_path: Path) -> None:
    session = _run_class(training)
    out = tmp_path / "class.pdf"
    drills.debrief_pdf(training, out, session)
    maya = drills.trainees(training, session)[1]
    assert maya.name == "Maya"
    one = tmp_path / "maya.pdf"
    drills.debrief_pdf(training, one, session, maya.id)
    for path in (out, one):
        data = path.read_bytes()
        assert data.startswith(b"%PDF-")
        assert data.rstrip().endswith(b"%%EOF")
        pages = len(re.findall(rb"/Type /Page\b", data))
        text = _pdf_text(data)
        # Standard fonts write "TRAINING \227 practice data" (the dash in WinAnsi).
        marks = len(re.findall(rb"\(TRAINING \\227 practice data\) Tj", text))
        assert pages >= 1
        assert marks >= 2 * pages  # the diagonal mark and the banner on every page
    assert b"Maya" in _pdf_text(one.read_bytes())
    with pytest.raises(NotFound):
        drills.debrief_pdf(training, tmp_path / "x.pdf", session, 999)


def test_render_functions_handle_an_empty_class(training: Workspace) -> None:
    session = drills.start_session(training, "Empty")
    row = drills.class_sessions(training)[0]
    assert row.id == session
    data = drill_pdf.render_class_debrief(row, [], [], [])
    assert data.startswith(b"%PDF-")

"""The command line, run in-process through ``peerdesk.cli.main`` and as a real subprocess."""

from __future__ import annotations

import getpass
import io
import os
import re
import subprocess
import sys
import types
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk import __version__, cli
from peerdesk.domain.members import Role
from peerdesk.services import audit_log, paths, team, unlock_guard
from peerdesk.services.selftest import StepResult
from peerdesk.services.workspace import Workspace
from peerdesk.storage import crypto, database

USER = "Dana Brooks"
PASSPHRASE = "amber kettle violin harbour"
RECOVERY_KEY = re.compile(r"\b[A-Z2-7]{4}(?:-[A-Z2-7]{4}){6}\b")


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Fast KDF, and the default folders and the log inside the test's temporary folder."""
    monkeypatch.setenv(crypto.WEAKEN_ENV, "1")
    monkeypatch.setattr(paths, "default_vault_dir", lambda: tmp_path / "default" / "vault")
    monkeypatch.setattr(paths, "default_training_dir", lambda: tmp_path / "default" / "training")
    monkeypatch.setattr(paths, "log_dir", lambda: tmp_path / "logs")


def run(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    *argv: str,
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def vault(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
          tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    code, _, err = run(monkeypatch, capsys, "vault", "init", "--user", USER, "--vault",
                       str(folder), stdin=PASSPHRASE + "\n")
    assert code == 0, err
    return folder


@pytest.fixture
def training_vault(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                   tmp_path: Path) -> Path:
    folder = tmp_path / "training"
    code, _, err = run(monkeypatch, capsys, "vault", "init", "--training", "--user", USER,
                       "--vault", str(folder), stdin=PASSPHRASE + "\n")
    assert code == 0, err
    return folder


def one_error_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("peerdesk: ")
    return lines[0]


# --------------------------------------------------------------------------- in-process


def test_version(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(monkeypatch, capsys, "--version")
    assert code == 0
    assert out.strip() == f"PeerDesk {__version__}"


def test_init_prints_the_recovery_key_once_and_writes_the_sheet(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder, sheet = tmp_path / "v", tmp_path / "sheet.pdf"
    code, out, err = run(monkeypatch, capsys, "vault", "init", "--user", USER, "--vault",
                         str(folder), "--recovery-pdf", str(sheet), stdin=PASSPHRASE + "\n")
    assert (code, err) == (0, "")
    assert len(RECOVERY_KEY.findall(out)) == 1
    assert "only this once" in out
    assert (folder / "keyslots.json").exists()
    assert sheet.read_bytes().startswith(b"%PDF")
    # The key printed is the one that opens the recovery slot.
    Workspace.recover(folder, RECOVERY_KEY.findall(out)[0]).lock()


def test_init_uses_the_default_folder(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, _ = run(monkeypatch, capsys, "vault", "init", "--training", "--user", USER,
                     stdin=PASSPHRASE + "\r\n")
    assert code == 0
    assert (paths.default_training_dir() / "keyslots.json").exists()
    assert not paths.default_vault_dir().exists()
    # Only the newline was stripped: the passphrase is the line as typed.
    Workspace.unlock(paths.default_training_dir(), USER, PASSPHRASE).lock()


def test_init_over_an_existing_vault_is_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault: Path
) -> None:
    code, out, err = run(monkeypatch, capsys, "vault", "init", "--user", "Other", "--vault",
                         str(vault), stdin=PASSPHRASE + "\n")
    assert code == 1
    assert "already exists" in one_error_line(err)
    assert not RECOVERY_KEY.search(out)


def test_weak_passphrase_creates_nothing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "v"
    code, out, err = run(monkeypatch, capsys, "vault", "init", "--user", USER, "--vault",
                         str(folder), stdin="password\n")
    assert code == 1
    assert "passphrase" in one_error_line(err)
    assert not folder.exists()
    assert not RECOVERY_KEY.search(out)


def test_empty_stdin_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault: Path
) -> None:
    code, _, err = run(monkeypatch, capsys, "vault", "check", "--user", USER, "--vault",
                       str(vault))
    assert code == 1
    assert "No passphrase" in one_error_line(err)


def test_check_reports_a_healthy_vault(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault: Path
) -> None:
    code, out, err = run(monkeypatch, capsys, "--vault", str(vault), "vault", "check",
                         "--user", USER, stdin=PASSPHRASE + "\n")
    assert (code, err) == (0, "")
    assert f"Schema version: {database.SCHEMA_VERSION}" in out
    assert "Pages:          ok" in out
    assert "Members:        1" in out
    assert "Audit chain:    ok" in out
    assert re.search(r"Audit entries:\s+\d+", out)


@pytest.mark.parametrize(
    ("user", "passphrase", "expected"),
    [(USER, "not the right one at all", "not right"), ("Nobody", PASSPHRASE, "no member")],
)
def test_wrong_passphrase_or_user_exits_3(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault: Path,
    user: str, passphrase: str, expected: str,
) -> None:
    code, out, err = run(monkeypatch, capsys, "vault", "check", "--user", user, "--vault",
                         str(vault), stdin=passphrase + "\n")
    assert code == 3
    assert expected in one_error_line(err)
    assert out == ""


def test_missing_vault_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(monkeypatch, capsys, "vault", "check", "--user", USER, "--vault",
                       str(tmp_path / "nothing"), stdin=PASSPHRASE + "\n")
    assert code == 1
    assert "no PeerDesk vault" in one_error_line(err)


def flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def test_damaged_database_exits_4(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault: Path
) -> None:
    flip_byte(vault / "peerdesk.db", 100)  # inside page 1, after SQLCipher's salt
    code, _, err = run(monkeypatch, capsys, "vault", "check", "--user", USER, "--vault",
                       str(vault), stdin=PASSPHRASE + "\n")
    assert code == 4
    assert "damaged" in one_error_line(err)


def test_broken_audit_chain_is_reported_and_exits_4(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault: Path
) -> None:
    workspace = Workspace.unlock(vault, USER, PASSPHRASE)
    with database.transaction(workspace.vault.conn) as conn:
        conn.execute("UPDATE audit_log SET action = 'edited' WHERE seq = 1")
    workspace.lock()
    code, out, err = run(monkeypatch, capsys, "vault", "check", "--user", USER, "--vault",
                         str(vault), stdin=PASSPHRASE + "\n")
    assert code == 4
    assert "Audit chain:    BROKEN" in out
    assert "damaged" in one_error_line(err)


def test_backup_and_restore_round_trip(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault: Path,
    tmp_path: Path,
) -> None:
    backup = tmp_path / "out" / "team.peerdesk-backup"
    code, out, err = run(monkeypatch, capsys, "vault", "backup", "--out", str(backup),
                         "--user", USER, "--vault", str(vault), stdin=PASSPHRASE + "\n")
    assert (code, err) == (0, "")
    assert backup.exists()
    workspace = Workspace.unlock(vault, USER, PASSPHRASE)
    workspace.vault.add_member("Added Later", "another long passphrase here",
                               frozenset({Role.SUPPORTER}))
    workspace.lock()

    code, out, err = run(monkeypatch, capsys, "vault", "restore", "--from", str(backup),
                         "--user", USER, "--vault", str(vault), stdin=PASSPHRASE + "\n")
    assert (code, err) == (0, "")
    assert "Restored" in out
    assert list(vault.glob("before-restore-*"))
    code, out, _ = run(monkeypatch, capsys, "vault", "check", "--user", USER, "--vault",
                       str(vault), stdin=PASSPHRASE + "\n")
    assert code == 0
    assert "Members:        1" in out


def test_restore_of_a_missing_backup_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault: Path,
    tmp_path: Path,
) -> None:
    code, _, err = run(monkeypatch, capsys, "vault", "restore", "--from",
                       str(tmp_path / "missing.zip"), "--user", USER, "--vault", str(vault),
                       stdin=PASSPHRASE + "\n")
    assert code == 4
    assert "not a usable PeerDesk backup" in one_error_line(err)


def test_training_vault_needs_training_flag(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], training_vault: Path
) -> None:
    args = ("vault", "check", "--user", USER, "--vault", str(training_vault))
    code, _, err = run(monkeypatch, capsys, *args, stdin=PASSPHRASE + "\n")
    assert code == 1
    assert "is a training vault, not a real vault" in one_error_line(err)
    code, out, _ = run(monkeypatch, capsys, *args, "--training", stdin=PASSPHRASE + "\n")
    assert code == 0
    assert "(training)" in out


def test_real_vault_refused_with_training_flag(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault: Path
) -> None:
    code, _, err = run(monkeypatch, capsys, "--training", "vault", "backup", "--out", "x",
                       "--user", USER, "--vault", str(vault), stdin=PASSPHRASE + "\n")
    assert code == 1
    assert "is a real vault, not a training vault" in one_error_line(err)


def test_training_backup_is_not_restored_as_a_real_vault(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], training_vault: Path,
    tmp_path: Path,
) -> None:
    backup = tmp_path / "training.zip"
    code, _, _ = run(monkeypatch, capsys, "vault", "backup", "--training", "--out", str(backup),
                     "--user", USER, "--vault", str(training_vault), stdin=PASSPHRASE + "\n")
    assert code == 0
    target = tmp_path / "real"
    code, _, err = run(monkeypatch, capsys, "vault", "restore", "--from", str(backup),
                       "--user", USER, "--vault", str(target), stdin=PASSPHRASE + "\n")
    assert code == 1
    assert "backup of a training vault" in one_error_line(err)
    assert not target.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["vault", "check"],
        ["vault", "backup", "--user", USER],
        ["vault", "restore", "--user", USER],
        ["vault"],
        ["vault", "open", "--user", USER],
        ["--no-such-option"],
    ],
)
def test_usage_errors_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, _, err = run(monkeypatch, capsys, *argv)
    assert code == 2
    assert "usage:" in err


class FakeApp:
    def __init__(self) -> None:
        self.calls: list[tuple[Path, bool]] = []

    def run_app(self, vault: Path, training: bool) -> int:
        self.calls.append((vault, training))
        return 0


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], ("default", "vault", False)),
        (["--training"], ("default", "training", True)),
        (["--vault", "{tmp}/elsewhere"], ("elsewhere", False)),
    ],
)
def test_no_command_starts_the_app(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path,
    argv: list[str], expected: tuple[str | bool, ...],
) -> None:
    fake = FakeApp()
    module = types.ModuleType("peerdesk.ui.shell.app")
    module.run_app = fake.run_app  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "peerdesk.ui.shell.app", module)
    code, _, _ = run(monkeypatch, capsys, *(a.format(tmp=tmp_path) for a in argv))
    assert code == 0
    *parts, training = expected
    assert fake.calls == [(tmp_path.joinpath(*map(str, parts)), training)]


def test_the_app_never_opens_a_vault_as_the_other_kind(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault: Path,
) -> None:
    fake = FakeApp()
    module = types.ModuleType("peerdesk.ui.shell.app")
    module.run_app = fake.run_app  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "peerdesk.ui.shell.app", module)
    code, _, err = run(monkeypatch, capsys, "--training", "--vault", str(vault))
    assert code == 1
    assert "is a real vault, not a training vault" in one_error_line(err)
    assert fake.calls == []


def test_a_bug_prints_one_line_and_logs_the_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault: Path,
    tmp_path: Path,
) -> None:
    def broken(self: Workspace) -> None:
        raise RuntimeError("unexpected state")

    monkeypatch.setattr(Workspace, "check", broken)
    code, _, err = run(monkeypatch, capsys, "vault", "check", "--user", USER, "--vault",
                       str(vault), stdin=PASSPHRASE + "\n")
    assert code == 1
    line = one_error_line(err)
    log = tmp_path / "logs" / cli.LOG_NAME
    assert str(log) in line
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text
    assert "RuntimeError: unexpected state" in text
    assert PASSPHRASE not in text
    assert USER not in text
    # The vault was locked on the way out: it can be opened again.
    Workspace.unlock(vault, USER, PASSPHRASE).lock()


def test_interrupt_exits_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted() -> list[StepResult]:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "run_selftest", interrupted)
    code, _, err = run(monkeypatch, capsys, "selftest")
    assert code == 130
    assert "interrupted" in one_error_line(err)


@pytest.mark.parametrize(("ok", "expected"), [(True, 0), (False, 1)])
def test_selftest_prints_each_step(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], ok: bool, expected: int
) -> None:
    results = [StepResult("create vault", True, 0.25, "fine"),
               StepResult("render PDF", ok, 0.5, "fine" if ok else "not a PDF")]
    monkeypatch.setattr(cli, "run_selftest", lambda: results)
    code, out, err = run(monkeypatch, capsys, "selftest")
    assert code == expected
    lines = out.splitlines()
    assert re.match(r"ok\s+create vault\s+0\.25 s\s+fine$", lines[0])
    assert lines[1].startswith("ok" if ok else "FAIL")
    if ok:
        assert err == ""
    else:
        assert "self-test failed" in one_error_line(err)


def test_passphrase_is_read_from_the_terminal_when_there_is_one(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    typed = iter([PASSPHRASE, "amber kettle violin harbor"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt: next(typed))
    monkeypatch.setattr(sys, "stdin", Terminal())
    code = cli.main(["vault", "init", "--user", USER, "--vault", str(tmp_path / "v")])
    _, err = capsys.readouterr()
    assert code == 1
    assert "not the same" in one_error_line(err)
    assert not (tmp_path / "v" / "keyslots.json").exists()


# --------------------------------------------------------------------------- subprocess


def peerdesk(tmp_path: Path, *argv: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """``python -m peerdesk`` in a child process with its own home and a fast KDF."""
    home = tmp_path / "home"
    env = {
        **os.environ,
        crypto.WEAKEN_ENV: "1",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    return subprocess.run(
        [sys.executable, "-m", "peerdesk", *argv], input=stdin, capture_output=True,
        text=True, env=env, timeout=60, check=False,
    )


def test_subprocess_version(tmp_path: Path) -> None:
    result = peerdesk(tmp_path, "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"PeerDesk {__version__}"


def test_subprocess_init_check_and_errors(tmp_path: Path) -> None:
    folder = str(tmp_path / "v")
    init = peerdesk(tmp_path, "vault", "init", "--user", USER, "--vault", folder,
                    stdin=PASSPHRASE + "\n")
    assert init.returncode == 0, init.stderr
    assert len(RECOVERY_KEY.findall(init.stdout)) == 1
    assert init.stderr == ""

    check = peerdesk(tmp_path, "vault", "check", "--user", USER, "--vault", folder,
                     stdin=PASSPHRASE + "\n")
    assert check.returncode == 0, check.stderr
    assert "Audit chain:    ok" in check.stdout

    again = peerdesk(tmp_path, "vault", "init", "--user", USER, "--vault", folder,
                     stdin=PASSPHRASE + "\n")
    assert again.returncode == 1
    assert "already exists" in one_error_line(again.stderr)

    wrong = peerdesk(tmp_path, "vault", "check", "--user", USER, "--vault", folder,
                     stdin="a wrong passphrase entirely\n")
    assert wrong.returncode == 3
    one_error_line(wrong.stderr)

    unknown = peerdesk(tmp_path, "vault", "check", "--user", "Nobody", "--vault", folder,
                       stdin=PASSPHRASE + "\n")
    assert unknown.returncode == 3
    one_error_line(unknown.stderr)

    usage = peerdesk(tmp_path, "vault", "check", "--vault", folder)
    assert usage.returncode == 2
    assert "Traceback" not in usage.stderr


def test_subprocess_weak_passphrase(tmp_path: Path) -> None:
    result = peerdesk(tmp_path, "vault", "init", "--user", USER, "--vault",
                      str(tmp_path / "v"), stdin="short\n")
    assert result.returncode == 1
    assert "passphrase" in one_error_line(result.stderr)
    assert not (tmp_path / "v").exists()


def test_subprocess_vault_in_use_exits_5(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    assert peerdesk(tmp_path, "vault", "init", "--user", USER, "--vault", str(folder),
                    stdin=PASSPHRASE + "\n").returncode == 0
    workspace = Workspace.unlock(folder, USER, PASSPHRASE)
    try:
        result = peerdesk(tmp_path, "vault", "check", "--user", USER, "--vault", str(folder),
                          stdin=PASSPHRASE + "\n")
    finally:
        workspace.lock()
    assert result.returncode == 5
    assert "open in another" in one_error_line(result.stderr)


def test_subprocess_damaged_vault_exits_4(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    assert peerdesk(tmp_path, "vault", "init", "--user", USER, "--vault", str(folder),
                    stdin=PASSPHRASE + "\n").returncode == 0
    flip_byte(folder / "peerdesk.db", 100)
    result = peerdesk(tmp_path, "vault", "check", "--user", USER, "--vault", str(folder),
                      stdin=PASSPHRASE + "\n")
    assert result.returncode == 4
    assert "damaged" in one_error_line(result.stderr)


def test_subprocess_training_vault_refused_without_flag(tmp_path: Path) -> None:
    folder = str(tmp_path / "t")
    assert peerdesk(tmp_path, "vault", "init", "--training", "--user", USER, "--vault", folder,
                    stdin=PASSPHRASE + "\n").returncode == 0
    result = peerdesk(tmp_path, "vault", "check", "--user", USER, "--vault", folder,
                      stdin=PASSPHRASE + "\n")
    assert result.returncode == 1
    assert "training vault" in one_error_line(result.stderr)


def test_importing_the_cli_loads_no_qt() -> None:
    code = "import sys, peerdesk.cli; print(sorted(m for m in sys.modules if 'PySide6' in m))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=True)
    assert result.stdout.strip() == "[]"


# --------------------------------------------------------------------------- passphrase input


@pytest.mark.parametrize(
    "stdin",
    [b"caf\xe9 amber kettle violin\n", b"amber \xff\xfe kettle violin harbour\n",
     b"\xc3 kettle violin harbour"],
)
def test_a_passphrase_that_is_not_utf8_is_one_clear_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault: Path,
    tmp_path: Path, stdin: bytes,
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = cli.main(["vault", "check", "--user", USER, "--vault", str(vault)])
    _, err = capsys.readouterr()
    assert code == 1
    assert "not valid UTF-8 text" in one_error_line(err)
    assert not (tmp_path / "logs").exists(), "a known error is not a bug: nothing is logged"


def test_half_a_character_typed_at_a_terminal_is_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault: Path,
) -> None:
    # What the C locale makes of an invalid byte: a lone surrogate.
    code, _, err = run(monkeypatch, capsys, "vault", "check", "--user", USER, "--vault",
                       str(vault), stdin="amber \udcff kettle violin harbour\n")
    assert code == 1
    assert "not valid UTF-8 text" in one_error_line(err)


def test_a_bug_log_quotes_no_typed_character(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    secret = "zq\udcffx"

    def handler(args: object) -> int:
        try:
            secret.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise RuntimeError("derivation failed") from exc
        return 0

    code = cli._run(handler, types.SimpleNamespace())
    _, err = capsys.readouterr()
    assert code == 1
    assert "a bug" in one_error_line(err)
    log = (tmp_path / "logs" / cli.LOG_NAME).read_text(encoding="utf-8")
    assert "UnicodeEncodeError" in log
    assert "RuntimeError: derivation failed" in log
    assert "handler" in log
    for shown in ("\\udcff", "udcff", "'\udcff'".encode("utf-8", "backslashreplace").decode()):
        assert shown not in log
    if os.name == "posix":
        assert (tmp_path / "logs").stat().st_mode & 0o777 == 0o700
        assert (tmp_path / "logs" / cli.LOG_NAME).stat().st_mode & 0o777 == 0o600


# --------------------------------------------------------------------------- failed sign-ins


def test_failed_sign_ins_are_slowed_told_and_audited_across_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault: Path,
) -> None:
    now = [1_000_000.0]
    monkeypatch.setattr(unlock_guard, "_now", lambda: now[0])
    wrong = "plum tractor seven lagoon"
    for _ in range(4):
        code, _, err = run(monkeypatch, capsys, "vault", "check", "--user", USER, "--vault",
                           str(vault), stdin=wrong + "\n")
        assert code == 3
        assert "not right" in one_error_line(err)
    code, _, err = run(monkeypatch, capsys, "vault", "check", "--user", "Mallory", "--vault",
                       str(vault), stdin=wrong + "\n")
    assert (code, "no member" in one_error_line(err)) == (3, True)
    code, out, err = run(monkeypatch, capsys, "vault", "check", "--user", USER, "--vault",
                         str(vault), stdin=PASSPHRASE + "\n")
    assert (code, out) == (3, "")
    assert one_error_line(err) == (
        "peerdesk: Too many failed attempts. Wait 30 seconds before trying again.")
    stored = (vault / unlock_guard.GUARD_FILE).read_text(encoding="utf-8")
    for secret in (wrong, PASSPHRASE, "Mallory", "mallory"):
        assert secret not in stored
    now[0] += 29.5
    code, _, err = run(monkeypatch, capsys, "vault", "check", "--user", USER, "--vault",
                       str(vault), stdin=PASSPHRASE + "\n")
    assert code == 3
    assert "Wait 1 seconds" in one_error_line(err)
    now[0] += 1
    code, out, err = run(monkeypatch, capsys, "vault", "check", "--user", USER, "--vault",
                         str(vault), stdin=PASSPHRASE + "\n")
    assert code == 0
    assert err == ("peerdesk: note: there were 4 failed sign-in attempts on your account since "
                   "your last sign-in.\n")
    assert "Audit chain:    ok" in out
    code, _, err = run(monkeypatch, capsys, "vault", "check", "--user", USER, "--vault",
                       str(vault), stdin=PASSPHRASE + "\n")
    assert (code, err) == (0, ""), "told once"
    ws = Workspace.unlock(vault, USER, PASSPHRASE)
    failed = [e for e in audit_log.entries(ws) if e.action == "failed_sign_ins"]
    ws.lock()
    assert [e.detail for e in failed] == [{"count": 4}]


def test_a_damaged_counter_file_starts_again(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault: Path,
) -> None:
    (vault / unlock_guard.GUARD_FILE).write_text('{"consecutive": "many", "not_before": [')
    code, _, err = run(monkeypatch, capsys, "vault", "check", "--user", USER, "--vault",
                       str(vault), stdin=PASSPHRASE + "\n")
    assert (code, err) == (0, "")


def test_a_reset_passphrase_is_told_on_the_command_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault: Path,
) -> None:
    temporary = "walnut glacier seven copper"
    ws = Workspace.unlock(vault, USER, PASSPHRASE)
    sam = team.add_member(ws, "Sam Lee", "violet canyon river stone 42", [Role.SUPPORTER],
                          kdf=crypto.KdfParams.weak_for_tests())
    team.reset_passphrase(ws, sam.user_id, temporary, kdf=crypto.KdfParams.weak_for_tests())
    ws.lock()
    code, _, err = run(monkeypatch, capsys, "vault", "check", "--user", "Sam Lee", "--vault",
                       str(vault), stdin=temporary + "\n")
    assert code == 0
    lines = err.splitlines()
    assert re.fullmatch(r"peerdesk: note: your passphrase was reset by Dana Brooks on "
                        r"\d{4}-\d\d-\d\d \d\d:\d\d\.", lines[0]), err
    assert lines[1:] == [
        "peerdesk: note: before this sign-in, a temporary passphrase was used to sign in as "
        "you 0 times.",
        "peerdesk: note: until you choose your own passphrase, whoever knows the temporary one "
        "can sign in as you.",
    ]
    assert temporary not in err


@settings(max_examples=200, deadline=None)
@given(line=st.binary(max_size=64).filter(lambda b: b"\n" not in b and b"\r" not in b))
def test_any_bytes_on_standard_input_are_text_or_one_known_error(line: bytes) -> None:
    original = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(line + b"\n"), encoding="utf-8")
    try:
        try:
            expected = line.decode("utf-8")
        except UnicodeDecodeError:
            with pytest.raises(cli.PassphraseNotText):
                cli.read_passphrase("Passphrase: ")
            return
        assert cli.read_passphrase("Passphrase: ") == (expected, expected)
    finally:
        sys.stdin = original

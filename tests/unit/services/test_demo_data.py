"""Demo data: training vaults only, reproducible, valid, plausibly distributed."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from datetime import date, timedelta

import pytest

from peerdesk.domain.contacts import validate
from peerdesk.domain.errors import NotATrainingVault, ValidationError
from peerdesk.domain.vocab import Format, Risk
from peerdesk.services import contacts as contact_service
from peerdesk.services.demo_data import make_demo_contacts
from peerdesk.storage import contact_repo
from team_support import COORD_PASS, new_workspace


def digest(ws) -> str:
    """Content of the contact tables, independent of the vault's member ids."""
    conn = ws.vault.conn
    h = hashlib.sha256()
    for row in conn.execute(
        "SELECT id, occurred_on, duration_min, channel, initiated_by, member_group, format, "
        "group_size, incident_type, risk, confidentiality_exception, disclosure_route, "
        "follow_up_of, episode_id, follow_up_due, supporter_state, checklist_ticked, "
        "reporting_quarter FROM contacts ORDER BY id"
    ):
        h.update(repr(row).encode())
    for table in ("contact_topics", "contact_referrals"):
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2"):
            h.update(repr(row).encode())
    return h.hexdigest()


def test_refused_on_a_real_vault(tmp_path):
    ws = new_workspace(tmp_path / "real")
    with pytest.raises(NotATrainingVault) as err:
        make_demo_contacts(ws, 10)
    assert err.value.message == (
        "Demo data can only be made in a training vault; this is a real vault."
    )
    assert ws.vault.conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 0
    ws.lock()


def test_reproducible_by_seed(tmp_path):
    results = []
    for name, seed in (("a", 11), ("b", 11), ("c", 12)):
        ws = new_workspace(tmp_path / name, training=True)
        make_demo_contacts(ws, 3000, seed=seed, start=date(2025, 1, 1), end=date(2025, 12, 31))
        results.append(digest(ws))
        ws.lock()
    assert results[0] == results[1]
    assert results[0] != results[2]


def test_every_contact_is_valid_and_plausible(tmp_path):
    ws = new_workspace(tmp_path / "t", training=True)
    n = 6000
    made = make_demo_contacts(ws, n, seed=5)
    assert made == n
    conn = ws.vault.conn
    today = date.today()
    for (cid,) in conn.execute("SELECT id FROM contacts").fetchall():
        contact = contact_repo.get(conn, cid)
        assert contact is not None
        assert validate(contact.draft, today) == {}, cid
        assert today - timedelta(days=366) <= contact.draft.occurred_on <= today
    by_format = dict(conn.execute("SELECT format, count(*) FROM contacts GROUP BY 1").fetchall())
    assert by_format[Format.ONE_TO_ONE] > 0.7 * n
    assert 0 < by_format.get(Format.DEBRIEFING, 0) < 0.1 * n
    imminent = conn.execute(
        "SELECT count(*) FROM contacts WHERE risk = ?", (Risk.IMMINENT_DANGER.value,)
    ).fetchone()[0]
    assert 0 < imminent < 0.03 * n
    linked = conn.execute("SELECT count(*) FROM contacts WHERE follow_up_of IS NOT NULL")
    assert 0.03 * n < linked.fetchone()[0] < 0.3 * n
    # The first member logs contacts too, so the list shows demo rows.
    assert contact_service.count(ws) == n
    ws.lock()


def test_date_range_and_count_are_checked(tmp_path):
    ws = new_workspace(tmp_path / "t", training=True)
    with pytest.raises(ValidationError) as err:
        make_demo_contacts(ws, 0, start=date(2026, 5, 1), end=date(2026, 4, 1))
    assert set(err.value.field_errors) == {"contacts", "from"}
    make_demo_contacts(ws, 500, start=date(2026, 4, 1), end=date(2026, 4, 30))
    days = ws.vault.conn.execute(
        "SELECT min(occurred_on), max(occurred_on) FROM contacts"
    ).fetchone()
    assert days[0] >= "2026-04-01"
    assert days[1] <= "2026-04-30"
    ws.lock()


def run_cli(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    env = {"PEERDESK_TESTONLY_WEAKEN_KDF": "1", "PATH": "/usr/bin:/bin", "HOME": "/tmp"}
    return subprocess.run([sys.executable, "-m", "peerdesk", *args], input=stdin,
                          capture_output=True, text=True, env=env, timeout=120, check=False)


def test_cli_refuses_a_real_vault_and_fills_a_training_one(tmp_path):
    real = tmp_path / "real"
    new_workspace(real).lock()
    done = run_cli("demo-data", "--contacts", "50", "--user", "Casey", "--vault", str(real),
                   stdin=COORD_PASS + "\n")
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "peerdesk: Demo data can only be made in a training vault; this is a real vault."
    )
    training = tmp_path / "training"
    new_workspace(training, training=True).lock()
    done = run_cli("demo-data", "--contacts", "50", "--seed", "3", "--user", "Casey",
                   "--vault", str(training), stdin=COORD_PASS + "\n")
    assert done.returncode == 0, done.stderr
    assert "Made 50 demo contacts (seed 3)" in done.stdout
    bad = run_cli("demo-data", "--contacts", "5", "--from", "yesterday", "--user", "Casey",
                  "--vault", str(training), stdin=COORD_PASS + "\n")
    assert bad.returncode == 2
    assert "not a date like 2026-03-31" in bad.stderr
    assert "Traceback" not in bad.stderr

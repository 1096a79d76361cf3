"""A writer process for the kill -9 tests (not a test module: run with sys.executable).

Usage: vault_writer.py MODE FOLDER NAME PASSPHRASE [START]
  append   append audit entries, printing ``ack <i>`` after each commit
  members  add, re-key and remove members and change passphrases, printing ``begin``/``ack``
           lines with the passphrase each step gives
  hold     unlock, print ``ready``, and wait for standard input to close
Every line is flushed at once: the parent trusts only what it has read.
"""

from __future__ import annotations

import sys
from pathlib import Path

from peerdesk.domain.members import Role
from peerdesk.storage import audit, database, member_repo
from peerdesk.storage.vault import Vault


def say(*words: object) -> None:
    sys.stdout.write(" ".join(str(w) for w in words) + "\n")
    sys.stdout.flush()


def append(vault: Vault, start: int) -> None:
    i = start
    while True:
        with database.transaction(vault.conn):
            audit.append(vault.conn, vault.user_id, "test_write", n=i)
        say("ack", i)
        i += 1


def members(vault: Vault, name: str, passphrase: str, start: int) -> None:
    i = start
    while True:
        new_name, new_pass = f"m{i}", f"pass-m{i}"
        say("begin add", new_name, new_pass)
        vault.add_member(new_name, new_pass, frozenset({Role.SUPPORTER}), must_change=False)
        say("ack add", new_name, new_pass)

        own = f"{name}-pass-{i}"
        say("begin own", name, own)
        vault.change_passphrase(passphrase, own)
        passphrase = own
        say("ack own", name, own)

        target = next(
            (m for m in member_repo.all_members(vault.conn) if m.name.startswith("m")
             and m.name != new_name),
            None,
        )
        if target is not None:
            say("begin remove", target.name)
            vault.remove_member(target.user_id)
            say("ack remove", target.name)

        reset = f"pass-{new_name}-reset"
        member = next(m for m in member_repo.all_members(vault.conn) if m.name == new_name)
        say("begin reset", new_name, reset)
        vault.set_passphrase(member.user_id, reset, must_change=False)
        say("ack reset", new_name, reset)
        i += 1


def main() -> None:
    mode, folder, name, passphrase = sys.argv[1:5]
    start = int(sys.argv[5]) if len(sys.argv) > 5 else 0
    vault = Vault.unlock(Path(folder), name, passphrase)
    if mode == "append":
        append(vault, start)
    elif mode == "members":
        members(vault, name, passphrase, start)
    elif mode == "hold":
        say("ready")
        sys.stdin.read()
        vault.lock()
        say("released")
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()

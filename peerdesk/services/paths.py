"""Where PeerDesk keeps things on this computer (platformdirs)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "PeerDesk"


def default_vault_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "vault"


def default_training_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "training"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))

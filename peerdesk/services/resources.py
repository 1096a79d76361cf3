"""Finding PeerDesk's data files (``resources/``) wherever PeerDesk runs from.

- A source checkout: ``<repo>/resources``.
- An installed wheel: the build force-includes ``resources`` as ``peerdesk/_resources``.
- A frozen app (PyInstaller): ``_resources`` or ``resources`` under the bundle folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent  # .../peerdesk


def resource_roots() -> list[Path]:
    """Candidate folders, most specific first."""
    roots = [_PACKAGE / "_resources", _PACKAGE.parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if isinstance(bundle, str):
        roots += [Path(bundle) / "peerdesk" / "_resources", Path(bundle) / "resources"]
    return roots


def resource_path(*parts: str) -> Path:
    """The first existing ``<root>/<parts...>`` among :func:`resource_roots`.

    Raises:
        FileNotFoundError: no root holds it (an incomplete installation: a bug, not user error).
    """
    for root in resource_roots():
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    searched = ", ".join(str(r) for r in resource_roots())
    raise FileNotFoundError(f"PeerDesk resource {'/'.join(parts)} not found in: {searched}")

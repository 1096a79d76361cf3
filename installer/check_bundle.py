"""Check a built one-folder app and print its size: ``python installer/check_bundle.py DIR``.

Run by ``make installer`` after the build. Fails (exit 1) when the bundle lacks something the
app reads at run time (resources, migrations, reportlab's fonts, the SQLCipher extension, the
Qt platform plugins) or holds something ARCHITECTURE section 8 keeps out (Qt modules PeerDesk does
not import, tkinter, TLS, test packages). Standard library only, so it also runs on Windows and
macOS build machines.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

MIGRATION = re.compile(r"^\d{4}_[a-z0-9_]+\.sql$")
# Shared libraries and folders that must not be in the bundle (file or folder names).
FORBIDDEN = re.compile(
    r"(Qt6?(WebEngine|Qml|Quick|Network|Multimedia|3D|Pdf|Sql|OpenGL|Charts|Designer"
    r"|WaylandClient|VirtualKeyboard|PrintSupport|Test)\w*"
    r"|^_?tkinter|^tcl|^tk\d|^_ssl\.|^libssl"
    r"|^(pytest|_pytest|hypothesis|matplotlib|pandas|IPython|pooch)$)",
    re.IGNORECASE,
)


def _internal(bundle: Path) -> Path:
    for candidate in (bundle / "_internal", bundle / "Contents" / "Frameworks", bundle):
        if (candidate / "peerdesk").is_dir():
            return candidate
    raise SystemExit(f"check_bundle: no peerdesk folder inside {bundle}")


def problems(bundle: Path) -> list[str]:
    """Every reason ``bundle`` is not a complete, lean PeerDesk app (empty when it is)."""
    found: list[str] = []
    root = _internal(bundle)
    package = root / "peerdesk"
    if not (package / "_resources" / "referrals" / "starter_directory.csv").is_file():
        found.append("resources/ is not at peerdesk/_resources")
    migrations = [p.name for p in (package / "storage" / "migrations").glob("*.sql")]
    if not migrations or not all(MIGRATION.match(name) for name in migrations):
        found.append("the SQL migrations are missing")
    if not list((root / "reportlab" / "fonts").glob("*.ttf")):
        found.append("reportlab's fonts are missing")
    if not list((root / "sqlcipher3").glob("_sqlite3*")):
        found.append("the sqlcipher3 extension is missing")
    platforms = root / "PySide6" / "Qt" / "plugins" / "platforms"
    if sys.platform.startswith("linux"):
        for plugin in ("libqxcb.so", "libqoffscreen.so"):
            if not (platforms / plugin).is_file():
                found.append(f"the Qt platform plugin {plugin} is missing")
    for path in root.rglob("*"):
        rel = path.relative_to(root)
        if FORBIDDEN.search(path.name):
            found.append(f"{rel} should not be in the bundle")
        elif path.is_dir() and path.name in ("tests", "test") and path.parent.name != "peerdesk":
            found.append(f"{rel}: a test package")
    return found


def size_mib(folder: Path) -> float:
    """Bytes of regular files (PyInstaller links some libraries; a link counts once, as in du)."""
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 2**20


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.splitlines()[0], file=sys.stderr)
        return 2
    bundle = Path(argv[0])
    found = problems(bundle)
    for problem in found:
        print(f"check_bundle: {problem}", file=sys.stderr)
    files = sum(1 for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"Bundle {bundle}: {size_mib(bundle):.0f} MiB in {files} files"
          f"{'' if found else ', contents checked'}.")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

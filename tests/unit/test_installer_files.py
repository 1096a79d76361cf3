"""The installer's files (installer/): fast checks that need no PyInstaller, Qt or Windows.

The build itself (``make installer``) is slow and is not part of ``make test``; these tests catch
the mistakes that would only show there or on a station laptop: a spec that no longer parses or
forgets the resources, a Qt module imported by the app but excluded from the bundle, a desktop
entry missing a key, an installer script that reaches the network or deletes vaults, an icon of
the wrong size.
"""

from __future__ import annotations

import ast
import configparser
import re
import struct
import sys
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path

import pytest

from peerdesk.services import resources

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "peerdesk.spec"
DESKTOP = INSTALLER / "linux" / "peerdesk.desktop"
ISS = INSTALLER / "windows" / "peerdesk.iss"
ICONS = INSTALLER / "icons"
ICON_SIZES = (16, 32, 48, 64, 128, 256)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
NETWORK_WORDS = re.compile(
    r"https?:|ftp:|www\.|powershell|curl|wget|bitsadmin|invoke-webrequest|downloadfile"
    r"|shellexec|\.url\b|idp\.|itd_",
    re.IGNORECASE,
)


# ------------------------------------------------------------------------------------ the spec


def _spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def _spec_constant(name: str) -> object:
    for node in _spec_tree().body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not assigned in {SPEC.name}")


def _spec_strings() -> set[str]:
    return {
        node.value for node in ast.walk(_spec_tree())
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }


def test_spec_parses_as_python_and_builds_one_folder_app() -> None:
    calls = {
        node.func.id for node in ast.walk(_spec_tree())
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert {"Analysis", "PYZ", "EXE", "COLLECT"} <= calls  # COLLECT: one folder, not one file


def test_spec_collects_resources_where_the_code_looks_for_them() -> None:
    strings = _spec_strings()
    assert {"resources", "peerdesk/_resources"} <= strings
    # The frozen app's data folder (sys._MEIPASS) must be one of the places resources.py tries.
    bundle = Path("/frozen/_internal")
    sys._MEIPASS = str(bundle)  # type: ignore[attr-defined]
    try:
        assert bundle / "peerdesk" / "_resources" in resources.resource_roots()
    finally:
        del sys._MEIPASS  # type: ignore[attr-defined]
    # ui/kit/i18n.py finds the compiled translations through resources.py too (resources/i18n).
    i18n_source = (ROOT / "peerdesk" / "ui" / "kit" / "i18n.py").read_text(encoding="utf-8")
    assert 'resource_path("i18n")' in i18n_source


def test_spec_collects_the_sql_migrations() -> None:
    strings = _spec_strings()
    assert "*.sql" in strings
    assert "peerdesk/storage/migrations" in strings
    assert list((ROOT / "peerdesk" / "storage" / "migrations").glob("*.sql"))


def test_spec_collects_sqlcipher_fonts_and_zxcvbn_data() -> None:
    strings = _spec_strings()
    assert {"sqlcipher3.dbapi2", "zxcvbn.frequency_lists", "fonts/*"} <= strings


def test_every_qt_module_the_app_imports_is_kept() -> None:
    imported = set()
    for path in (ROOT / "peerdesk").rglob("*.py"):
        imported |= set(re.findall(r"^\s*(?:from|import) PySide6\.(Qt\w+)",
                                   path.read_text(encoding="utf-8"), re.MULTILINE))
    kept = _spec_constant("QT_USED")
    assert isinstance(kept, set)
    assert imported <= kept, f"add {sorted(imported - kept)} to QT_USED in {SPEC.name}"


def test_spec_excludes_unused_heavy_modules() -> None:
    source = SPEC.read_text(encoding="utf-8")
    for name in ("tkinter", "QtWebEngineCore", "QtNetwork", "QtQml", "matplotlib", "pytest"):
        assert f'"{name}"' in source
    plugins = _spec_constant("QT_PLUGINS")
    assert isinstance(plugins, dict)
    assert {"qxcb", "qoffscreen"} <= plugins["platforms"]
    assert not {"tls", "networkinformation", "sqldrivers"} & plugins.keys()


# ---------------------------------------------------------------------------- desktop entry


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment, method-assign]  # keys are case-sensitive
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    assert parser.sections()[0] == "Desktop Entry"
    return parser["Desktop Entry"]


def test_desktop_entry_has_the_required_keys() -> None:
    entry = _desktop_entry()
    for key in ("Type", "Name", "Exec", "Icon", "Categories"):
        assert entry.get(key, "").strip(), f"{key} is missing"
    assert entry["Type"] == "Application"
    assert entry["Terminal"] == "false"
    assert Path(entry["Exec"].split()[0]).name == "peerdesk"
    assert entry["Categories"].endswith(";")
    assert "Office" in entry["Categories"].split(";")  # a registered main category


def test_desktop_entry_icon_and_name_match_the_app() -> None:
    entry = _desktop_entry()
    assert entry["Icon"] == "peerdesk"  # a theme name, no path or extension
    assert (ICONS / "peerdesk-48.png").is_file()
    # The window is matched to this entry by name (QGuiApplication.setDesktopFileName).
    app_source = (ROOT / "peerdesk" / "ui" / "shell" / "app.py").read_text(encoding="utf-8")
    assert f'setDesktopFileName("{DESKTOP.stem}")' in app_source


# ------------------------------------------------------------------------------ Inno Setup


def _iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="utf-8-sig").splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        match = re.fullmatch(r"\[(\w+)\]", line)
        if match:
            current = match.group(1)
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def _setup_values() -> dict[str, str]:
    return dict(line.split("=", 1) for line in _iss_sections()["Setup"])


def test_iss_installs_per_machine_into_program_files() -> None:
    setup = _setup_values()
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])
    assert setup["DefaultDirName"].startswith("{autopf}\\")
    assert setup["PrivilegesRequired"] == "admin"
    assert any("{autoprograms}" in line or "{group}" in line for line in _iss_sections()["Icons"])
    assert any("..\\dist\\peerdesk\\*" in line for line in _iss_sections()["Files"])


def test_iss_reaches_no_network() -> None:
    for line in _iss_sections().get("Run", []):
        assert not NETWORK_WORDS.search(line), line
        assert 'Filename: "{app}\\' in line, f"runs something not installed by PeerDesk: {line}"
    text = ISS.read_text(encoding="utf-8-sig")
    assert not re.search(r"https?:", text), "no web links or downloads in the installer"


def test_iss_uninstall_keeps_vault_data_and_says_so() -> None:
    sections = _iss_sections()
    for line in sections.get("UninstallDelete", []) + sections.get("UninstallRun", []):
        assert "{app}" in line
        assert not re.search(r"appdata|\{localappdata\}|\{userappdata\}", line, re.IGNORECASE)
    messages = " ".join(sections.get("Messages", []) + sections.get("CustomMessages", []))
    assert "vaults and backups are kept" in messages.lower()


# ------------------------------------------------------------------------------------- icons


def _png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(PNG_SIGNATURE), "not a PNG"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR"
    assert length == 13
    ihdr = data[16:29]
    (crc,) = struct.unpack(">I", data[29:33])
    assert zlib.crc32(kind + ihdr) == crc, "damaged IHDR chunk"
    assert data.endswith(b"IEND\xaeB`\x82"), "truncated PNG"
    width, height = struct.unpack(">II", ihdr[:8])
    return width, height


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_exists_at_its_size(size: int) -> None:
    data = (ICONS / f"peerdesk-{size}.png").read_bytes()
    assert _png_size(data) == (size, size)
    assert data[25] == 6  # colour type RGBA: a transparent background around the plate


def test_icon_svg_is_the_source_in_peerdesk_teal() -> None:
    root = ET.parse(ICONS / "peerdesk.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"
    assert "#2a6f7f" in (ICONS / "peerdesk.svg").read_text(encoding="utf-8")


def test_windows_and_mac_icons_hold_pngs() -> None:
    ico = (ICONS / "peerdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * i: 22 + 16 * i]
        )
        assert _png_size(ico[offset: offset + length])[0] == (width or 256)
        sizes.add(width or 256)
    assert sizes == set(ICON_SIZES)
    icns = (ICONS / "peerdesk.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)

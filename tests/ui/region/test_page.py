"""The Region section, driven by clicks: a regional vault made and its key saved, a station's
bundle written after the words are compared, the bundle imported after the new station's words
are compared, a tampered bundle refused with its reason, the report exported, and a lock that
clears the page."""

from __future__ import annotations

import base64
import json
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTranslator

from i18n_support import FRENCH_QM, clipped, clipped_cells, clipped_choices, real_theme
from peerdesk.domain.quarters import first_open_quarter
from peerdesk.services import region
from peerdesk.services.demo_data import make_demo_contacts
from peerdesk.services.stats import release as stats
from peerdesk.services.workspace import Workspace
from peerdesk.ui.region.page import RegionPage
from shell_support import PASSPHRASE

COORDINATOR = "Dana Reyes"
PAST = first_open_quarter(date.today(), 14).previous()


@pytest.fixture
def station(vault_factory: Any) -> Any:
    ws = Workspace.unlock(vault_factory("station", training=True), COORDINATOR, PASSPHRASE)
    make_demo_contacts(ws, 70, seed=8, start=PAST.first_day, end=PAST.last_day)
    stats.view(ws, PAST)
    yield ws
    ws.lock()


@pytest.fixture
def regional(vault_factory: Any) -> Any:
    ws = Workspace.unlock(vault_factory("region", training=True), COORDINATOR, PASSPHRASE)
    yield ws
    ws.lock()


def page_for(qtbot: Any, ws: Workspace, tasks: Any, dialogs: Any, wait_idle: Any) -> RegionPage:
    page = RegionPage(ws, tasks, dialogs)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    wait_idle()
    return page


def click(qtbot: Any, button: Any, wait_idle: Any) -> None:
    assert button.isVisible(), button.objectName()
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_idle()


def test_the_whole_round_trip_by_clicks(qtbot, tasks, dialogs, wait_idle, station, regional,
                                        tmp_path):
    region_page = page_for(qtbot, regional, tasks, dialogs, wait_idle)
    assert not region_page.import_button.isVisible()
    dialogs.answers.append(True)
    click(qtbot, region_page.init_button, wait_idle)
    assert region_page.import_button.isVisible()
    assert "Fingerprint words" in region_page.region_label.text()
    key = tmp_path / "region.peerdesk-region-key"
    dialogs.answers.append(key)
    click(qtbot, region_page.key_button, wait_idle)
    assert key.read_text().startswith("PeerDesk region key")

    station_page = page_for(qtbot, station, tasks, dialogs, wait_idle)
    assert station_page.bundle_quarter.currentData() == PAST
    usb = tmp_path / "usb"
    usb.mkdir()
    out = usb / "station.peerdesk-bundle"
    dialogs.answers.extend([key, False])  # the words do not match: nothing happens
    click(qtbot, station_page.bundle_button, wait_idle)
    assert not out.exists()
    assert "Nothing was registered" in station_page.message.text()
    dialogs.answers.extend([key, True, out])
    click(qtbot, station_page.bundle_button, wait_idle)
    assert out.exists()
    assert "Saved to" in station_page.message.text()
    assert "Station ST-" in station_page.station_label.text()

    dialogs.answers.extend([out, True])  # the new station's words are compared
    click(qtbot, region_page.import_button, wait_idle)
    assert region_page.message.text().startswith("1 of 1 bundle(s) imported.")
    assert region_page.model.rowCount() == 1
    assert region_page.model.counted_text(region_page.model.rows()[0][1]) == "Not released yet"
    assert [kind for kind, _ in dialogs.asked[-2:]] == ["open_file", "confirm"]

    csv_out = tmp_path / "region.csv"
    dialogs.answers.append(csv_out)
    click(qtbot, region_page.csv_button, wait_idle)
    assert csv_out.read_bytes().startswith(b"quarter,release,scope,")
    assert region_page.model.counted_text(region_page.model.rows()[0][1]) == "Regional release"

    region_page.clear_sensitive()
    assert region_page.model.rowCount() == 0
    assert region_page.region_label.text() == ""


def test_a_tampered_bundle_is_refused_with_its_reason(qtbot, tasks, dialogs, wait_idle,
                                                      station, regional, tmp_path):
    info, _ = region.init_region(regional)
    out = tmp_path / "usb" / "s.peerdesk-bundle"
    out.parent.mkdir()
    region.write_bundle(station, PAST, info.key_file.encode(), out, info.fingerprint)
    outer = json.loads(out.read_bytes())
    sealed = bytearray(base64.b64decode(outer["sealed"]))
    sealed[10] ^= 1
    outer["sealed"] = base64.b64encode(bytes(sealed)).decode()
    out.write_text(json.dumps(outer))
    page = page_for(qtbot, regional, tasks, dialogs, wait_idle)
    dialogs.answers.append(out)
    click(qtbot, page.import_button, wait_idle)
    assert page.message.text().startswith("0 of 1 bundle(s) imported.")
    assert "changed or damaged after it was sealed" in page.message.text()
    assert page.model.rowCount() == 0


@pytest.fixture(params=["en", "fr_CA"])
def language(request: Any, qapp: Any) -> Any:
    translator = QTranslator()
    if request.param == "fr_CA":
        assert translator.load(str(FRENCH_QM))
        qapp.installTranslator(translator)
    with real_theme(qapp):
        yield request.param
    qapp.removeTranslator(translator)


def test_nothing_is_cut_at_laptop_sizes(qtbot, tasks, dialogs, wait_idle, station, regional,
                                        tmp_path, language):
    """Both sides of the page (a station that wrote a bundle, a regional vault with a report)
    at 1280×720 and 1366×768, in English and French: no text cut, no cell cut."""
    info, _ = region.init_region(regional)
    out = tmp_path / "usb" / "s.peerdesk-bundle"
    out.parent.mkdir()
    region.write_bundle(station, PAST, info.key_file.encode(), out, info.fingerprint)
    region.import_folder(regional, out.parent, dict([region.station_identity(station)]))
    for ws in (station, regional):
        page = page_for(qtbot, ws, tasks, dialogs, wait_idle)
        for width, height in ((1280 - 220, 720 - 110), (1366 - 220, 768 - 110)):
            page.resize(width, height)  # the window's size less the navigation and header
            wait_idle()
            problems = clipped(page) + clipped_cells(page) + clipped_choices(page)
            assert problems == [], (language, width, problems)

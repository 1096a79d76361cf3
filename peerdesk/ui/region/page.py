"""The Region section (coordinators): one page for both ends of a regional program.

- **This station**: its id and fingerprint words, and "Write a bundle…": choose the region's
  key file, compare the region's fingerprint words with the regional coordinator (the first
  time), choose where to save. The bundle holds the released quarter's aggregates only.
- **Regional vault**: make this vault one (its receiving key), save its public key file for
  the stations, import the bundles of a folder (a new station's words are compared before its
  bundle is taken), see which stations reported each quarter, export a quarter's regional
  report (the first export releases and freezes it; stations reporting later make a
  correction).

Every step that reads keys, files or figures runs on the one worker. Locking clears the page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from peerdesk.domain.quarters import Quarter
from peerdesk.domain.region import BUNDLE_SUFFIX, KEY_SUFFIX, RegionKey
from peerdesk.services import region
from peerdesk.services.stats import release as stats
from peerdesk.services.workspace import Workspace
from peerdesk.ui.kit import i18n, messages, theme
from peerdesk.ui.kit.dialogs import DialogService
from peerdesk.ui.kit.message_text import message_text
from peerdesk.ui.kit.screen import scrolling_page
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.kit.widgets import (
    MessageWidget,
    busy_bar,
    primary_button,
    secondary_button,
    tag,
    text_label,
)
from peerdesk.ui.region.model import ReportingModel
from peerdesk.ui.region.styles import style_sheet


@dataclass(frozen=True)
class Overview:
    """What the page shows, read in the worker."""

    station: tuple[str, str] | None
    released: list[Quarter]
    regional: region.RegionInfo | None
    reporting: list[region.QuarterReporting]


def _overview(ws: Workspace) -> Overview:
    released = sorted((Quarter.parse(r.period) for r in stats.releases(ws)), reverse=True)
    info = region.region_info(ws)
    return Overview(region.station_key(ws), released, info,
                    region.reporting(ws) if info else [])


def _panel_title(text: str, name: str) -> QLabel:
    label = tag(QLabel(text), name)
    label.setProperty("panelTitle", True)
    return label


class RegionPage(QWidget):
    """Signals: overviewLoaded() when the page's figures arrived; done() after a step."""

    overviewLoaded = Signal()
    done = Signal()

    def __init__(self, workspace: Workspace, tasks: TaskRunner, dialogs: DialogService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regionPage")
        theme.style_local(self, style_sheet, workspace.training)
        self.workspace, self.tasks, self.dialogs = workspace, tasks, dialogs
        self.folder = Path.home()
        self.overview: Overview | None = None
        self.message = MessageWidget("regionMessage", closable=True)
        self.busy = busy_bar("regionBusy")
        self.station_label = text_label("", "stationIdentity")
        self.bundle_quarter = tag(QComboBox(), "bundleQuarter",
                                  self.tr("Released quarter to send"))
        self.bundle_button = primary_button(self.tr("&Write a bundle for a region…"),
                                            "writeBundleButton")
        self.region_label = text_label("", "regionIdentity")
        self.init_button = secondary_button(self.tr("&Make this vault a regional vault…"),
                                            "makeRegionButton")
        self.key_button = secondary_button(self.tr("Save the region's &public key…"),
                                           "saveRegionKeyButton")
        self.import_button = primary_button(self.tr("&Import bundles…"), "importBundlesButton")
        self.export_quarter = tag(QComboBox(), "regionQuarter", self.tr("Quarter to export"))
        self.csv_button = secondary_button(self.tr("Export &CSV…"), "regionCsvButton")
        self.pdf_button = secondary_button(self.tr("Export P&DF…"), "regionPdfButton")
        for combo in (self.bundle_quarter, self.export_quarter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(8)
        self.model = ReportingModel(self)
        self.table = tag(QTableView(), "reportingTable",
                         self.tr("Stations that reported, by quarter"))
        self._setup_table()
        self._build()
        self.bundle_button.clicked.connect(self.write_bundle)
        self.init_button.clicked.connect(self.make_region)
        self.key_button.clicked.connect(self.save_key)
        self.import_button.clicked.connect(self.import_bundles)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.reload()

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setTabKeyNavigation(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setMinimumHeight(180)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def _build(self) -> None:
        layout = scrolling_page(self, "region", self.tr("Region"), self.tr(
            "A regional program gathers many stations' figures into one protected report, by "
            "files carried on a USB stick: no network, no server. A station sends a sealed, "
            "signed bundle of a released quarter's aggregates; the regional vault imports the "
            "bundles and releases one report."))
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(_panel_title(self.tr("This station"), "stationTitle"))
        layout.addWidget(self.station_label)
        row = QHBoxLayout()
        row.addWidget(self.bundle_quarter)
        row.addWidget(self.bundle_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(_panel_title(self.tr("Regional vault"), "regionTitle"))
        layout.addWidget(self.region_label)
        actions = QHBoxLayout()
        for button in (self.init_button, self.key_button, self.import_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        exports = QHBoxLayout()
        exports.addWidget(self.export_quarter)
        exports.addWidget(self.csv_button)
        exports.addWidget(self.pdf_button)
        exports.addStretch(1)
        layout.addLayout(exports)
        layout.addWidget(self.table, 3)
        layout.addStretch(1)

    # ------------------------------------------------------------------ the worker

    def run(self, job: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Run ``job`` on the worker with the busy bar; a known error shows inline."""
        self.busy.show()

        def succeeded(result: Any) -> None:
            self.busy.hide()
            done(result)
            self.done.emit()

        def failed(exc: BaseException) -> None:
            self.busy.hide()
            if not self.workspace.is_locked:
                self.message.show_message(messages.error_text(exc), "error")
            self.done.emit()

        self.tasks.run(job, succeeded, failed, owner=self)

    def reload(self) -> None:
        ws = self.workspace
        self.run(lambda: _overview(ws), self._show)

    def _show(self, overview: Overview) -> None:
        self.overview = overview
        if overview.station is None:
            self.station_label.setText(self.tr(
                "This station's signing key is made with its first bundle."))
        else:
            self.station_label.setText(self.tr(
                "Station %1. Fingerprint words, for the regional coordinator: %2").replace(
                "%1", overview.station[0]).replace("%2", overview.station[1]))
        self._fill(self.bundle_quarter, overview.released)
        self.bundle_quarter.setVisible(bool(overview.released))
        self.bundle_button.setVisible(bool(overview.released))
        if not overview.released:
            self.station_label.setText(self.tr(
                "No quarter is released at this station yet. Release one in Statistics, then "
                "send it from here."))
        info = overview.regional
        self.init_button.setVisible(info is None)
        for widget in (self.key_button, self.import_button, self.export_quarter,
                       self.csv_button, self.pdf_button, self.table):
            widget.setVisible(info is not None)
        if info is None:
            self.region_label.setText(self.tr(
                "This vault is not a regional vault. The regional coordinator's vault is made "
                "one once; stations then send their bundles to it."))
        else:
            self.region_label.setText(self.tr(
                "Region %1. Fingerprint words, for each station: %2").replace(
                "%1", info.region_id).replace("%2", info.fingerprint))
        self._fill(self.export_quarter, [q.quarter for q in overview.reporting])
        has_reports = bool(overview.reporting)
        for widget in (self.export_quarter, self.csv_button, self.pdf_button):
            widget.setVisible(info is not None and has_reports)
        self.model.show(overview.reporting)
        self.overviewLoaded.emit()

    @staticmethod
    def _fill(combo: QComboBox, quarters: list[Quarter]) -> None:
        keep = combo.currentData()
        combo.clear()
        for q in quarters:
            combo.addItem(str(q), q)
        if keep is not None and keep in quarters:
            combo.setCurrentIndex(quarters.index(keep))

    def _saved(self, path: Path) -> Callable[[Any], None]:
        def done(_result: Any) -> None:
            self.message.show_message(self.tr("Saved to %1.").replace("%1", str(path)),
                                      "positive")
            self.reload()
        return done

    # ------------------------------------------------------------------ a station

    def write_bundle(self) -> None:
        quarter = self.bundle_quarter.currentData()
        if not isinstance(quarter, Quarter):
            return
        key_path = self.dialogs.open_file(self, self.tr("Choose the region's key file"),
                                          self.folder, self.tr("Region keys (*%1)").replace(
                                              "%1", KEY_SUFFIX))
        if key_path is None:
            return
        self.folder = key_path.parent
        ws = self.workspace
        data = key_path.read_bytes()

        def read() -> tuple[RegionKey, str, bool]:
            key, words = region.read_region_key(data)
            return key, words, key.region_id in region.registered_regions(ws)

        self.run(read, lambda found: self._bundle_to(quarter, data, *found))

    def _bundle_to(self, quarter: Quarter, data: bytes, key: RegionKey, words: str,
                   registered: bool) -> None:
        typed: str | None = None
        if not registered:
            if not self.dialogs.confirm(self, self.tr("Compare the fingerprint"), self.tr(
                    "Ask the regional coordinator to read their region's fingerprint words. "
                    "This key's words are:\n\n%1\n\nRegister it only if every word matches."
                    ).replace("%1", words), self.tr("The words match")):
                self.message.show_message(self.tr("Nothing was registered or written."),
                                          "warning")
                return
            typed = words
        suggested = self.folder / (f"{quarter}-{key.region_id[:8]}"
                                   f"{'-training' if self.workspace.training else ''}"
                                   f"{BUNDLE_SUFFIX}")
        out = self.dialogs.save_file(self, self.tr("Save the bundle"), suggested,
                                     self.tr("PeerDesk bundles (*%1)").replace(
                                         "%1", BUNDLE_SUFFIX))
        if out is None:
            return
        if not out.name.endswith(BUNDLE_SUFFIX):
            out = out.with_name(out.name + BUNDLE_SUFFIX)
        self.folder = out.parent
        ws = self.workspace
        self.run(lambda: region.write_bundle(ws, quarter, data, out, typed), self._saved(out))

    # ------------------------------------------------------------------ a regional vault

    def make_region(self) -> None:
        if not self.dialogs.confirm(self, self.tr("Make a regional vault"), self.tr(
                "This vault gets a key for receiving the stations' bundles; its public half "
                "is a file you give to each station. A vault stays a regional vault."),
                self.tr("Make it a regional vault")):
            return
        ws = self.workspace
        self.run(lambda: region.init_region(ws), lambda _r: self.reload())

    def save_key(self) -> None:
        info = self.overview.regional if self.overview else None
        if info is None:
            return
        out = self.dialogs.save_file(self, self.tr("Save the region's public key"),
                                     self.folder / f"region{KEY_SUFFIX}",
                                     self.tr("Region keys (*%1)").replace("%1", KEY_SUFFIX))
        if out is None:
            return
        self.folder = out.parent
        text = info.key_file.encode("utf-8")

        def write() -> None:
            from peerdesk.storage.atomic import write_atomic  # noqa: PLC0415

            write_atomic(out, text)

        self.run(write, self._saved(out))

    def import_bundles(self) -> None:
        chosen = self.dialogs.open_file(
            self, self.tr("Choose a bundle: every bundle of its folder is imported"),
            self.folder, self.tr("PeerDesk bundles (*%1)").replace("%1", BUNDLE_SUFFIX))
        if chosen is None:
            return
        folder = self.folder = chosen.parent
        ws = self.workspace
        self.run(lambda: region.import_folder(ws, folder), lambda o: self._imported(folder, o))

    def _imported(self, folder: Path, outcomes: list[region.ImportOutcome],
                  earlier: list[region.ImportOutcome] | None = None) -> None:
        confirmed: dict[str, str] = {}
        retry: list[Path] = []
        for outcome in outcomes:
            if outcome.station_id is None or outcome.fingerprint is None or outcome.imported:
                continue
            if outcome.station_id not in confirmed and earlier is None and self.dialogs.confirm(
                    self, self.tr("A new station"), self.tr(
                        "Station %1 is new to this region. Ask its coordinator to read their "
                        "fingerprint words. This bundle's words are:\n\n%2\n\nTake its bundles "
                        "only if every word matches.").replace("%1", outcome.station_id)
                    .replace("%2", outcome.fingerprint), self.tr("The words match")):
                confirmed[outcome.station_id] = outcome.fingerprint
            if outcome.station_id in confirmed:
                retry.append(folder / outcome.file)
        if retry:
            ws = self.workspace
            kept = [o for o in outcomes if folder / o.file not in retry]
            self.run(lambda: [region.import_file(ws, p, confirmed) for p in retry],
                     lambda again: self._imported(folder, [*kept, *again], outcomes))
            return
        lines = [f"{o.file}: {message_text(o.message)}" for o in outcomes]
        taken = sum(o.imported for o in outcomes)
        head = self.tr("%1 of %2 bundle(s) imported.").replace("%1", str(taken)).replace(
            "%2", str(len(outcomes)))
        self.message.show_message("\n".join([head, *lines]),
                                  "positive" if taken == len(outcomes) else "warning")
        self.reload()

    def export(self, fmt: str) -> None:
        quarter = self.export_quarter.currentData()
        if not isinstance(quarter, Quarter):
            return
        suffix = f"{'-training' if self.workspace.training else ''}.{fmt}"
        out = self.dialogs.save_file(
            self, self.tr("Export the regional statistics"),
            self.folder / f"peerdesk-region-{quarter}{suffix}",
            self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr("PDF documents (*.pdf)"))
        if out is None:
            return
        if out.suffix.lower() != f".{fmt}":
            out = out.with_name(out.name + f".{fmt}")
        self.folder = out.parent
        ws, language = self.workspace, i18n.current_language()
        chosen = cast(region.ExportFormat, fmt)
        self.run(lambda: region.write_export(ws, quarter, chosen, out, language=language),
                 self._saved(out))

    # ------------------------------------------------------------------ locking

    def clear_sensitive(self) -> None:
        """Drop what the page shows (the main window calls this when it locks)."""
        self.overview = None
        self.model.clear()
        self.message.hide_message()
        self.station_label.clear()
        self.region_label.clear()

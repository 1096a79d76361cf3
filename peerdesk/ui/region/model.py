"""The reporting table: which stations reported each quarter, and which release counts them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from peerdesk.services.region import QuarterReporting, Reported
from peerdesk.ui.kit.rows_model import Index, RowsModel

QUARTER, STATION, IMPORTED, COUNTED = range(4)


class ReportingModel(RowsModel[tuple[str, Reported]]):
    """One row per station and quarter, newest quarter first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Quarter"), self.tr("Station"), self.tr("Imported"),
                         self.tr("Counted in")]

    def show(self, reporting: list[QuarterReporting]) -> None:
        self.set_rows((str(q.quarter), s) for q in reporting for s in q.stations)

    def counted_text(self, reported: Reported) -> str:
        if reported.released_in is None:
            return self.tr("Not released yet")
        if reported.released_in == 1:
            return self.tr("Regional release")
        return self.tr("Correction %1").replace("%1", str(reported.released_in))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_of(index)
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        quarter, reported = row
        return (quarter, reported.station_id, reported.imported_at[:10],
                self.counted_text(reported))[index.column()]

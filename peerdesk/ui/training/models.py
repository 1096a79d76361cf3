"""Table models of the training section: scenarios to pick, class results, missed actions.

Each holds immutable rows from the drill services and is replaced whole (``set_rows``);
``clear`` empties it when the workspace locks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt

from peerdesk.domain.drills import DrillPack, Scenario
from peerdesk.services.drills import MissedAction, ScenarioSummary, TraineeSummary
from peerdesk.ui.kit.i18n import QT_TRANSLATE_NOOP, translate
from peerdesk.ui.kit.rows_model import Index, RowsModel
from peerdesk.ui.training import labels as drill_labels

RowRole = Qt.ItemDataRole.UserRole + 1  # the row object of an index
R = TypeVar("R")


def _t(text: str) -> str:
    return QCoreApplication.translate("DrillModels", text)


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}"


@dataclass(frozen=True)
class ScenarioRow:
    """A scenario the picker offers, with the pack it comes from."""

    pack: DrillPack
    scenario: Scenario
    imported: bool


class _ColumnsModel(RowsModel[R]):
    """Rows listed by column: each column is (header, text of a row); ``NUMERIC`` columns,
    figures, are right-aligned under right-aligned headers."""

    COLUMNS: ClassVar[Sequence[tuple[str, Callable[[Any], str]]]] = ()
    NUMERIC: ClassVar[frozenset[int]] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [_t(header) for header, _text in self.COLUMNS]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_of(index)
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.COLUMNS[index.column()][1](row)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RowRole:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._headers)):
            side = (Qt.AlignmentFlag.AlignRight if section in self.NUMERIC
                    else Qt.AlignmentFlag.AlignLeft)
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)


def _minutes(seconds: int) -> str:
    return drill_labels.clock_text(seconds)


class ScenarioListModel(_ColumnsModel[ScenarioRow]):
    COLUMNS = (
        (QT_TRANSLATE_NOOP("DrillModels", "Scenario"), lambda r: r.scenario.title),
        (QT_TRANSLATE_NOOP("DrillModels", "Pack"), lambda r: r.pack.title.split(":")[0]
         + (translate("DrillModels", " (imported)") if r.imported else "")),
        (QT_TRANSLATE_NOOP("DrillModels", "Critical"), lambda r: str(len(r.scenario.critical))),
        (QT_TRANSLATE_NOOP("DrillModels", "Time limit"),
         lambda r: _minutes(r.scenario.time_limit_seconds)),
    )
    NUMERIC = frozenset({2, 3})


class TraineeResultsModel(_ColumnsModel[TraineeSummary]):
    COLUMNS = (
        (QT_TRANSLATE_NOOP("DrillModels", "Trainee"), lambda r: r.name),
        (QT_TRANSLATE_NOOP("DrillModels", "Drills"), lambda r: str(r.attempts)),
        (QT_TRANSLATE_NOOP("DrillModels", "Passed"), lambda r: str(r.passed)),
        (QT_TRANSLATE_NOOP("DrillModels", "Average"), lambda r: _score(r.average_score)),
        (QT_TRANSLATE_NOOP("DrillModels", "Critical misses"), lambda r: str(r.critical_misses)),
    )
    NUMERIC = frozenset({1, 2, 3, 4})


class ScenarioResultsModel(_ColumnsModel[ScenarioSummary]):
    COLUMNS = (
        (QT_TRANSLATE_NOOP("DrillModels", "Scenario"), lambda r: r.title),
        (QT_TRANSLATE_NOOP("DrillModels", "Tries"), lambda r: str(r.attempts)),
        (QT_TRANSLATE_NOOP("DrillModels", "Passed"), lambda r: str(r.passed)),
        (QT_TRANSLATE_NOOP("DrillModels", "Average"), lambda r: _score(r.average_score)),
        (QT_TRANSLATE_NOOP("DrillModels", "Misses"), lambda r: str(r.critical_misses)),
    )
    NUMERIC = frozenset({1, 2, 3, 4})


class MissedActionsModel(_ColumnsModel[MissedAction]):
    COLUMNS = (
        (QT_TRANSLATE_NOOP("DrillModels", "Critical action"),
         lambda r: drill_labels.critical_name(r.action)),
        (QT_TRANSLATE_NOOP("DrillModels", "Missed"),
         lambda r: translate("DrillModels", "%1 of %2").replace("%1", str(r.misses))
         .replace("%2", str(r.attempts))),
    )
    NUMERIC = frozenset({1})

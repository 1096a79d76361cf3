"""The cohorts as a table model, and the words for waves and their states.

A cohort row says its title, its minimum, where its waves stand ("Pre: closed, 14 · Post:
open, 9") and whether its results are released; states are always said in words.
"""

from __future__ import annotations

import functools
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from peerdesk.domain.messages import Message
from peerdesk.domain.surveys import WaveKind, WaveState
from peerdesk.services.surveys import Cohort, StoredWave, planned_waves
from peerdesk.ui.kit import i18n
from peerdesk.ui.kit.i18n import translate
from peerdesk.ui.kit.message_text import message_text
from peerdesk.ui.kit.rows_model import RowsModel

TITLE, MINIMUM, WAVES, RESULTS = range(4)
R = TypeVar("R")
CohortRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def wave_word(kind: WaveKind) -> str:
    """The wave's name inside a sentence: "pre", "post", "follow-up" (the engine's words)."""
    return message_text(Message(f"survey.wave.{kind.value}"))


def wave_name(kind: WaveKind) -> str:
    """The wave's name on its own, in a table or a list: "Pre", "Post", "Follow-up"."""
    word = wave_word(kind)
    return word[:1].upper() + word[1:]


class Surveys(QObject):
    """A wave's state with its count, as Qt plurals: pyside6-lupdate makes a numerus message
    only of ``self.tr(text, "", n)``, so these are methods of a ``QObject`` named for their
    context (``%Ln``: the count with the locale's separators)."""

    def wave_state(self, state: WaveState, n: int) -> str:
        if state is WaveState.OPEN:
            return self.tr("open, %Ln response(s)", "", n)
        return self.tr("closed, %Ln response(s)", "", n)


@functools.cache
def _counted() -> Surveys:
    return Surveys()


def wave_state(wave: StoredWave | None) -> str:
    """"not opened yet", "open, 9 responses", "closed, 14 responses"."""
    if wave is None:
        return translate("Surveys", "not opened yet")
    return _counted().wave_state(wave.state, wave.responses)


def waves_text(cohort: Cohort) -> str:
    """Every planned wave with its state, for one table cell."""
    return " · ".join(wave_lines(cohort))


def wave_lines(cohort: Cohort) -> list[str]:
    """"Pre: closed, 14 responses", one per planned wave."""
    by_kind = {w.kind: w for w in cohort.waves}
    return [translate("Surveys", "%1: %2").replace("%1", wave_name(k)).replace(
        "%2", wave_state(by_kind.get(k))) for k in planned_waves(cohort)]


WRAPPED_HEADING = (int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                   | Qt.TextFlag.TextWordWrap.value)


class WrappedHeadings(RowsModel[R]):
    """Headings that wrap onto more lines in a narrow column (the table's columns share its
    width by their headings' longest words, ``ui/kit/table_fit.columns_by_words``)."""

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and \
                role == Qt.ItemDataRole.TextAlignmentRole:
            return WRAPPED_HEADING
        return super().headerData(section, orientation, role)


class CohortTableModel(WrappedHeadings[Cohort]):
    """Immutable cohort rows, newest first (as the service lists them)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = [translate("Surveys", "Cohort"), translate("Surveys", "Minimum"),
                         translate("Surveys", "Waves"), translate("Surveys", "Results")]

    def row_of_id(self, cohort_id: int) -> int:
        return next((i for i, c in enumerate(self._rows) if c.id == cohort_id), -1)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cohort = self.row_of(index)
        if cohort is None:
            return None
        if role == CohortRole:
            return cohort
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        released = (translate("Surveys", "Released") if cohort.released
                    else translate("Surveys", "Not released"))
        return (cohort.title, i18n.number(cohort.minimum), waves_text(cohort),
                released)[index.column()]

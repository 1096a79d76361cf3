"""Every table model on the shared rows base passes Qt's model tester, with rows and empty.

The models are built straight from domain rows (no vault, no window): the base answers the
counts, the headers and the rows; each model its own cells.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt

from peerdesk.domain.contacts import ContactFilter, ContactSummary, FollowUp
from peerdesk.domain.drill_results import MissedAction, ScenarioSummary, TraineeSummary
from peerdesk.domain.drills import CriticalAction
from peerdesk.domain.vocab import Channel, Format, MemberGroup, Risk, Topic
from peerdesk.services import drills
from peerdesk.ui.contacts.follow_ups_view import FollowUpModel
from peerdesk.ui.contacts.list_model import ContactTableModel
from peerdesk.ui.kit.rows_model import RowsModel
from peerdesk.ui.kit.tasks import TaskRunner
from peerdesk.ui.training.models import (
    MissedActionsModel,
    ScenarioListModel,
    ScenarioResultsModel,
    ScenarioRow,
    TraineeResultsModel,
)

TODAY = date(2026, 11, 29)


def _follow_ups() -> list[FollowUp]:
    return [FollowUp(contact_id=i, episode_id=i, due=TODAY + timedelta(days=i - 1),
                     occurred_on=TODAY - timedelta(days=7), member_group=MemberGroup.FIRE,
                     format=Format.ONE_TO_ONE) for i in range(3)]


def _contacts(count: int) -> list[ContactSummary]:
    return [ContactSummary(id=i, occurred_on=TODAY - timedelta(days=i),
                           member_group=MemberGroup.EMS, format=Format.ONE_TO_ONE,
                           channel=Channel.PHONE, duration_min=20 + i,
                           topics=(Topic.WORK_STRESS,), risk=Risk.NONE_OBSERVED,
                           follow_up_due=TODAY if i % 2 else None, follow_up_done=False,
                           episode_id=i, has_note=False) for i in range(1, count + 1)]


def _scenario_rows() -> list[ScenarioRow]:
    pack = drills.shipped_packs()[0]
    return [ScenarioRow(pack, scenario, imported=False) for scenario in pack.scenarios[:3]]


def test_the_drill_models_pass_the_model_tester(qtmodeltester) -> None:
    filled: list[tuple[RowsModel[object], list[object]]] = [
        (ScenarioListModel(), list(_scenario_rows())),
        (TraineeResultsModel(), [TraineeSummary(1, "Alex Moreau", 2, 1, 75.0, 1),
                                 TraineeSummary(2, "Jordan Lee", 0, 0, None, 0)]),
        (ScenarioResultsModel(), [ScenarioSummary("pack", "s1", "A call at night", 3, 2, 80.0,
                                                  1)]),
        (MissedActionsModel(), [MissedAction(CriticalAction.ESCALATE_IMMINENT_DANGER,
                                             "Escalate", 2, 2)]),
    ]
    for model, rows in filled:
        qtmodeltester.check(model)
        model.set_rows(rows)
        qtmodeltester.check(model)
        assert model.rowCount() == len(rows)
        assert model.rows() == rows
        assert model.row_at(0) == rows[0]
        assert model.row_at(len(rows)) is None
        assert model.row_of(QModelIndex()) is None
        assert model.headerData(0, Qt.Orientation.Horizontal)  # translated text, never empty
        model.clear()
        assert model.rowCount() == 0


def test_the_follow_up_model_passes_the_model_tester(qtmodeltester) -> None:
    model = FollowUpModel(today=lambda: TODAY)
    qtmodeltester.check(model)
    rows = _follow_ups()
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.row_of(model.index(2, 0)) == rows[2]
    assert model.index(0, model.STATUS).data() == "Overdue by 1 day"
    assert model.headerData(model.DUE, Qt.Orientation.Horizontal) == "Due"
    model.clear()
    assert model.rowCount() == 0


@pytest.fixture
def tasks(qtbot):
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def test_the_paged_contact_model_passes_the_model_tester(qtbot, qtmodeltester, tasks) -> None:
    stored = _contacts(7)

    def loader(_filters: ContactFilter, after: tuple[date, int] | None,
               limit: int) -> list[ContactSummary]:
        start = 0 if after is None else next(
            i + 1 for i, row in enumerate(stored) if (row.occurred_on, row.id) == after)
        return stored[start:start + limit]

    model = ContactTableModel(tasks, loader, page_size=3, today=lambda: TODAY)
    qtmodeltester.check(model)  # the tester asks for more as rows go in: each page comes once
    while model.canFetchMore(QModelIndex()):
        with qtbot.waitSignal(model.pageLoaded, timeout=5_000):
            model.fetchMore(QModelIndex())
    qtmodeltester.check(model)
    assert model.rows() == stored
    assert model.summary(6) == stored[6]
    assert model.summary(7) is None
    model.clear()
    assert model.rowCount() == 0

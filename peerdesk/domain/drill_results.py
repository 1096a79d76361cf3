"""A class session's drill results, summed up: by trainee, by scenario, by missed action.

The rows the trainer's screen and the debrief PDF show; the services compute them from the
recorded attempts.
"""

from __future__ import annotations

from dataclasses import dataclass

from peerdesk.domain.drills import CriticalAction


@dataclass(frozen=True)
class TraineeSummary:
    trainee_id: int
    name: str
    attempts: int
    passed: int
    average_score: float | None
    critical_misses: int


@dataclass(frozen=True)
class ScenarioSummary:
    pack_id: str
    scenario_id: str
    title: str
    attempts: int
    passed: int
    average_score: float
    critical_misses: int


@dataclass(frozen=True)
class MissedAction:
    action: CriticalAction
    description: str
    misses: int
    attempts: int  # attempts whose scenario required the action

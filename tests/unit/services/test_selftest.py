"""The self-test passes on a working installation and reports a failing step without raising."""

from __future__ import annotations

from peerdesk.services import selftest
from peerdesk.services.selftest import STEPS, SelfTestRun, StepFailed, run_selftest


def test_every_step_passes() -> None:
    results = run_selftest()
    assert [r.step for r in results] == [name for name, _ in STEPS]
    failed = [r for r in results if not r.ok]
    assert failed == []
    assert all(r.seconds >= 0 and r.message for r in results)


def test_the_real_floor_parameters_are_used() -> None:
    results = run_selftest(steps=STEPS[:1])
    assert results[0].ok
    assert results[0].message == "Argon2id 64 MiB, 3 iterations, 4 lanes"


def test_a_failing_step_is_reported_and_the_rest_skipped() -> None:
    def failing(run: SelfTestRun) -> str:
        raise StepFailed("the check did not hold")

    def bug(run: SelfTestRun) -> str:
        raise ValueError("first line\nsecond line")

    steps = [STEPS[0], ("failing", failing), ("after", selftest._check)]
    results = run_selftest(steps=steps)
    assert [(r.step, r.ok, r.message) for r in results[1:]] == [
        ("failing", False, "the check did not hold"),
        ("after", False, "skipped"),
    ]
    (result,) = run_selftest(steps=[("bug", bug)])
    assert (result.ok, result.message) == (False, "ValueError: first line")


def test_a_known_error_gives_its_message() -> None:
    (_, result) = run_selftest(steps=[STEPS[0], ("again", selftest._create)])
    assert not result.ok
    assert "already exists" in result.message

"""The team rules the services apply before storage changes anything: names and coordinators."""

from __future__ import annotations

import unicodedata

import pytest

from peerdesk.domain.errors import LastCoordinator, MemberExists
from peerdesk.domain.members import Member, Role, keep_a_coordinator, refuse_taken_name

ALEX = Member("a", "Alex", frozenset({Role.COORDINATOR}))
ROBIN = Member("r", "Robin", frozenset({Role.COORDINATOR}))
SAM = Member("s", "Sam", frozenset({Role.SUPPORTER}))


def test_the_only_active_coordinator_is_kept() -> None:
    with pytest.raises(LastCoordinator) as info:
        keep_a_coordinator(ALEX, [ALEX])
    assert str(info.value) == (
        "A vault must keep at least one active coordinator; Alex is the last one."
    )


def test_a_second_active_coordinator_lets_one_go() -> None:
    keep_a_coordinator(ALEX, [ALEX, ROBIN])
    keep_a_coordinator(SAM, [ALEX])  # not a coordinator: nothing to keep


def test_a_switched_off_coordinator_is_not_kept_for() -> None:
    switched_off = Member("a", "Alex", frozenset({Role.COORDINATOR}), disabled=True)
    keep_a_coordinator(switched_off, [])  # they no longer count as one


@pytest.mark.parametrize(
    ("second", "stored"),
    [(" sAM ", "sAM"), ("SAM", "SAM"), ("\uff33am", "Sam"), ("sam", "sam")],
)
def test_a_name_that_reads_as_a_taken_one_is_refused(second: str, stored: str) -> None:
    with pytest.raises(MemberExists) as info:
        refuse_taken_name(second, ["Alex", "Sam"])
    assert str(info.value) == f"A member called {stored} already exists."


def test_look_alikes_in_any_unicode_form_are_one_name() -> None:
    zoe = unicodedata.normalize("NFC", "Zoé")
    with pytest.raises(MemberExists):
        refuse_taken_name(unicodedata.normalize("NFD", "ZOÉ"), [zoe])


def test_a_new_name_passes() -> None:
    refuse_taken_name("Samira", ["Alex", "Sam"])
    refuse_taken_name("Zoé", [])

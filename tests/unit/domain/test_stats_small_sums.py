"""The parts of a small sum are hidden with it (rules 4): which of them are zero is not told."""

from __future__ import annotations

from peerdesk.domain.quarters import Quarter
from peerdesk.domain.stats import Layout, in_hidden_sum, small_sum_parts
from peerdesk.domain.vocab import Format, MemberGroup

LAYOUT = Layout.for_quarter(Quarter(2026, 3), ("safety_checked",))
GROUPS = [g.value for g in MemberGroup]


def _counts(**cells: int) -> dict[str, int]:
    counts = {v: 0 for v in LAYOUT.variables if not v.startswith("hours")}
    counts.update({k.replace("__", "/"): n for k, n in cells.items()})
    return counts


def test_every_part_of_a_small_column_is_hidden_with_it_zeros_included():
    counts = _counts(contacts=40, **{"format__debriefing": 3,
                                     "member_group__police": 20, "member_group__fire": 20})
    under = small_sum_parts(LAYOUT, {"format/debriefing"}, counts)
    column = {f"member_group_by_format/{g}/debriefing" for g in GROUPS}
    # Groups with no contact at all are published as zero rows, and so are their cells.
    shown_zero = {f"member_group_by_format/{g}/debriefing" for g in GROUPS
                  if g not in ("police", "fire")}
    assert under == column - shown_zero
    assert not any(v.startswith("format/") for v in under)  # only parts, never the whole


def test_parts_of_parts_follow_a_small_whole_down():
    counts = _counts(contacts=3, **{f"format__{Format.ONE_TO_ONE.value}": 3,
                                    "member_group__police": 3})
    under = small_sum_parts(LAYOUT, {"contacts"}, counts)
    assert f"format/{Format.ONE_TO_ONE.value}" in under
    assert f"member_group_by_format/police/{Format.ONE_TO_ONE.value}" in under


def test_a_reader_allows_a_hidden_zero_only_inside_a_hidden_sum():
    values: dict[str, int | None] = {v: 7 for v in LAYOUT.variables}
    cell = "member_group_by_format/police/debriefing"
    values[cell] = None
    assert not in_hidden_sum(LAYOUT, values, cell)  # its row and column are published
    values["format/debriefing"] = None
    for g in GROUPS:
        values[f"member_group_by_format/{g}/debriefing"] = None if g == "fire" else 0
    assert in_hidden_sum(LAYOUT, values, cell)
    values["member_group_by_format/ems/debriefing"] = 5  # a published non-zero part
    assert not in_hidden_sum(LAYOUT, values, cell)

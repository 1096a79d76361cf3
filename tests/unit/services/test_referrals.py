"""The referral directory service on real vaults: search, filters, permissions, import, export."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.domain import referral_csv
from peerdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.domain.members import Role
from peerdesk.domain.referrals import (
    Cost,
    ImportRejected,
    ImportStale,
    Resource,
    ResourceCategory,
    ResourceFilter,
)
from peerdesk.domain.vocab import ReferralType
from peerdesk.services import referrals
from peerdesk.services.resources import resource_path
from peerdesk.services.workspace import Workspace
from peerdesk.storage import audit, referral_repo
from team_support import add, new_workspace, sign_in_changed

TODAY = date(2026, 11, 20)
C = ResourceCategory

DIRECTORY = [
    Resource("Harbour Crisis Line", C.CRISIS_LINE, "416 555 0100", available_24_7=True,
             region="Ontario", languages="English, French"),
    Resource("Lakeside Counselling", C.CLINICIAN, "416 555 0101", region="Ontario",
             languages="English", first_responder_informed=True,
             notes="Trauma therapy; crisis appointments within a week."),
    Resource("Valley Crisis Stabilization", C.MEDICAL, "416 555 0102", region="Quebec",
             languages="French"),
    Resource("Blue Line EAP", C.EAP, "1-800-555-0103 ext 4", cost=Cost.COVERED,
             available_24_7=True, region="Ontario", languages="English, Punjabi",
             first_responder_informed=True),
    Resource("St. Brendan Chaplaincy", C.CHAPLAIN, "", region="Manitoba", languages="English"),
    Resource("Peer Team On Call", C.PEER_TEAM, "416 555 0105", available_24_7=True),
    Resource("Regional CISM", C.CISM_TEAM, "416 555 0106"),
    Resource("Crossroads Recovery", C.SUBSTANCE_USE_TREATMENT, "416 555 0107", region="Ontario",
             notes="Residential program."),
]


@pytest.fixture(scope="module")
def directory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """A coordinator's workspace over a small directory (read-only tests share it)."""
    ws = new_workspace(tmp_path_factory.mktemp("dir") / "vault")
    for r in DIRECTORY:
        referrals.add(ws, r, TODAY)
    yield ws
    ws.lock()


@pytest.fixture
def coordinator(tmp_path: Path) -> Iterator[Workspace]:
    ws = new_workspace(tmp_path / "vault")
    yield ws
    if not ws.is_locked:
        ws.lock()


def names(results: list[Resource]) -> list[str]:
    return [r.name for r in results]


# --------------------------------------------------------------------------- search


def test_name_match_ranks_above_notes_match(directory: Workspace) -> None:
    found = names(referrals.search(directory, "crisis"))
    assert set(found) == {"Harbour Crisis Line", "Valley Crisis Stabilization",
                          "Lakeside Counselling"}
    assert found[-1] == "Lakeside Counselling"  # "crisis" only in its notes


def test_prefix_search_as_you_type(directory: Workspace) -> None:
    for typed in ("c", "cr", "cri", "cris", "crisi"):
        assert "Harbour Crisis Line" in names(referrals.search(directory, typed))
    assert names(referrals.search(directory, "cri lin")) == ["Harbour Crisis Line"]
    assert names(referrals.search(directory, "punj")) == ["Blue Line EAP"]  # languages
    assert names(referrals.search(directory, "queb")) == ["Valley Crisis Stabilization"]
    assert names(referrals.search(directory, "BRENDAN")) == ["St. Brendan Chaplaincy"]
    assert referrals.search(directory, "zzzz") == []


def test_broad_queries_list_name_matches_first_then_the_rest(
    directory: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(referral_repo, "RANK_LIMIT", 1)  # as if thousands matched
    assert names(referrals.search(directory, "cr")) == [
        "Crossroads Recovery", "Harbour Crisis Line", "Valley Crisis Stabilization",
        "Lakeside Counselling",  # "crisis" only in its notes
    ]
    assert names(referrals.search(directory, "cr", ResourceFilter(region="ontario"))) == [
        "Crossroads Recovery", "Harbour Crisis Line", "Lakeside Counselling"]
    assert names(referrals.search(directory, "cr", limit=2)) == [
        "Crossroads Recovery", "Harbour Crisis Line"]


def test_listing_without_words_puts_24_7_crisis_lines_first(directory: Workspace) -> None:
    found = names(referrals.search(directory, "  "))
    assert found[0] == "Harbour Crisis Line"
    assert found[1:] == sorted(found[1:], key=str.casefold)


def test_filters(directory: Workspace) -> None:
    def find(text: str = "", **f: object) -> set[str]:
        return set(names(referrals.search(directory, text, ResourceFilter(**f))))  # type: ignore[arg-type]

    assert find(category=C.EAP) == {"Blue Line EAP"}
    assert find(available_24_7=True) == {"Harbour Crisis Line", "Blue Line EAP",
                                         "Peer Team On Call"}
    assert find(language="french") == {"Harbour Crisis Line", "Valley Crisis Stabilization"}
    assert find(region="ontario", first_responder_informed=True) == {
        "Lakeside Counselling", "Blue Line EAP"}
    assert find("crisis", region="Ontario") == {"Harbour Crisis Line", "Lakeside Counselling"}
    assert find("crisis", category=C.MEDICAL) == {"Valley Crisis Stabilization"}
    assert find(language="%") == set()
    assert names(referrals.lookup_for_referral(directory, ReferralType.CISM_TEAM)) == [
        "Regional CISM"]


HOSTILE = ['"', '""', "'", "NEAR(a b)", "a NEAR/2 b", "*", "**", "^", "^name", "(", ")))",
           "a OR", "AND", "NOT x", "name:crisis", "{name}: x", "-", "+", "a - b", "\\", "%_",
           "crisis\x00", "\u202ecrisis", "🙂", "' OR 1=1 --", "\"crisis\"*", "c*r*i"]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_search_strings_never_raise(directory: Workspace, text: str) -> None:
    referrals.search(directory, text)
    referrals.search(directory, text, ResourceFilter(language=text, region=text))


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60))
def test_any_search_text_is_safe(directory: Workspace, text: str) -> None:
    results = referrals.search(directory, text, limit=5)
    assert len(results) <= 5


def test_crisis_and_self_care_lists(directory: Workspace) -> None:
    crisis = names(referrals.crisis_resources(directory))
    assert crisis[0] == "Harbour Crisis Line"
    assert set(crisis[1:]) == {"Blue Line EAP", "Peer Team On Call"}
    assert names(referrals.self_care_resources(directory)) == [
        "Peer Team On Call", "Regional CISM", "Blue Line EAP", "Lakeside Counselling"]


def test_filter_choices_and_counts(directory: Workspace) -> None:
    choices = referrals.filter_choices(directory)
    assert choices.languages == ("English", "French", "Punjabi")
    assert "Quebec" in choices.regions
    counts = referrals.counts(directory, TODAY)
    assert (counts.total, counts.examples, counts.stale) == (8, 0, 8)


# --------------------------------------------------------------------------- edits, permissions


def test_coordinator_adds_edits_verifies_and_deletes(coordinator: Workspace) -> None:
    rid = referrals.add(coordinator, Resource("  New  Clinic ", C.MEDICAL, "911"), TODAY)
    assert referrals.get(coordinator, rid).name == "New Clinic"
    referrals.edit(coordinator, rid, Resource("Renamed Clinic", C.MEDICAL, "911"), TODAY)
    assert names(referrals.search(coordinator, "renam")) == ["Renamed Clinic"]
    assert referrals.search(coordinator, "new") == []  # the index followed the update
    referrals.mark_verified(coordinator, rid, TODAY)
    assert not referrals.get(coordinator, rid).is_stale(TODAY)
    referrals.delete(coordinator, rid)
    assert referrals.search(coordinator, "renam") == []
    with pytest.raises(NotFound):
        referrals.delete(coordinator, rid)
    actions = [e.action for e in audit.entries(coordinator.vault.conn)]
    for action in ("referral_added", "referral_changed", "referral_verified",
                   "referral_deleted"):
        assert action in actions
    added = next(e for e in audit.entries(coordinator.vault.conn)
                 if e.action == "referral_added")
    assert added.detail == {"count": 1}  # counts only, never the resource


def test_invalid_resource_is_refused_field_by_field(coordinator: Workspace) -> None:
    with pytest.raises(ValidationError) as caught:
        referrals.add(coordinator, Resource("", C.EAP, "12 ab"), TODAY)
    assert set(caught.value.field_errors) == {"name", "phone"}
    assert referrals.check(Resource("Ok", C.EAP, "988"), TODAY) == {}


def test_supporter_searches_but_cannot_change(coordinator: Workspace, tmp_path: Path) -> None:
    rid = referrals.add(coordinator, Resource("Harbour EAP", C.EAP, "988"), TODAY)
    add(coordinator, "Sam", Role.SUPPORTER)
    coordinator.lock()
    sam = sign_in_changed(tmp_path / "vault", "Sam", "sam new battery staple horse")
    try:
        assert names(referrals.search(sam, "harb")) == ["Harbour EAP"]
        assert referrals.crisis_resources(sam) == []
        with pytest.raises(PermissionDenied):
            referrals.add(sam, Resource("Mine", C.EAP), TODAY)
        with pytest.raises(PermissionDenied):
            referrals.edit(sam, rid, Resource("Changed", C.EAP), TODAY)
        with pytest.raises(PermissionDenied):
            referrals.delete(sam, rid)
        with pytest.raises(PermissionDenied):
            referrals.preview_import(sam, b"name,category\nA,eap\n")
        with pytest.raises(PermissionDenied):
            referrals.export_bytes(sam)
        assert names(referrals.search(sam, "")) == ["Harbour EAP"]
    finally:
        sam.lock()


# --------------------------------------------------------------------------- import, export


def _bad_file() -> bytes:
    from domain.test_referrals import TEN_BAD

    return TEN_BAD.encode()


def test_ten_bad_rows_change_nothing(coordinator: Workspace) -> None:
    referrals.add(coordinator, Resource("Existing", C.EAP, "988"), TODAY)
    before = referrals.search(coordinator)
    entries = len(audit.entries(coordinator.vault.conn))
    preview = referrals.preview_import(coordinator, _bad_file(), today=TODAY)
    assert not preview.ok
    assert [p.line for p in preview.problems] == list(range(3, 13))
    assert len(preview.resources) == 1
    assert "10 problem(s)" in preview.summary()
    with pytest.raises(ImportRejected):
        referrals.apply_import(coordinator, preview)
    assert referrals.search(coordinator) == before
    assert len(audit.entries(coordinator.vault.conn)) == entries


def test_duplicate_of_a_resource_already_in_the_directory(coordinator: Workspace) -> None:
    referrals.add(coordinator, Resource("Harbour EAP", C.EAP, "416-555-0100"), TODAY)
    preview = referrals.preview_import(
        coordinator, b"name,category,phone\nharbour  eap,eap,(416) 555 0100\nOther,eap,\n",
        today=TODAY)
    assert [(p.line, p.reason) for p in preview.problems] == [
        (2, "duplicate: already in the directory (same name and phone)")]


def test_clean_import_applies_every_row_in_one_step(coordinator: Workspace) -> None:
    data = referral_csv.write(DIRECTORY)
    preview = referrals.preview_import(coordinator, data, today=TODAY)
    assert preview.ok, preview.problems
    assert "8 resource(s) to add" in preview.summary()
    assert referrals.apply_import(coordinator, preview) == 8
    assert referrals.counts(coordinator, TODAY).total == 8
    with pytest.raises(ImportStale):  # the same preview again would duplicate every row
        referrals.apply_import(coordinator, preview)
    assert referrals.counts(coordinator, TODAY).total == 8
    entry = next(e for e in audit.entries(coordinator.vault.conn)
                 if e.action == "referrals_imported")
    assert entry.detail == {"count": 8, "examples_removed": 0}


def test_export_holds_the_directory_and_round_trips(coordinator: Workspace,
                                                    tmp_path: Path) -> None:
    referrals.apply_import(coordinator, referrals.preview_import(
        coordinator, referral_csv.write(DIRECTORY), today=TODAY))
    out = tmp_path / "directory.csv"
    assert referrals.export_csv(coordinator, out) == 8
    parsed = referral_csv.parse(out.read_bytes(), TODAY)
    assert parsed.problems == ()
    assert {r.resource.name for r in parsed.rows} == {r.name for r in DIRECTORY}
    assert "referrals_exported" in [e.action for e in audit.entries(coordinator.vault.conn)]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.binary(max_size=300) | st.text(max_size=300).map(lambda t: ("name,category\n" + t)
                                                           .encode("utf-8", "surrogatepass")))
def test_import_of_any_file_previews_or_imports(directory: Workspace, data: bytes) -> None:
    preview = referrals.preview_import(directory, data, today=TODAY)
    assert preview.ok == (not preview.problems and bool(preview.resources))
    assert all(p.line >= 1 and "\n" not in p.reason for p in preview.problems)
    if not preview.ok:
        with pytest.raises(ImportRejected):
            referrals.apply_import(directory, preview)


# --------------------------------------------------------------------------- starter directory


def test_starter_directory_is_installed_once(coordinator: Workspace) -> None:
    assert referrals.install_starter_directory(coordinator, TODAY) == 14
    assert referrals.install_starter_directory(coordinator, TODAY) == 0
    found = referrals.search(coordinator)
    real = [r for r in found if not r.is_example]
    assert {r.name for r in real} == {"988 Suicide & Crisis Lifeline", "Veterans Crisis Line",
                                      "9-8-8 Suicide Crisis Helpline"}
    assert all(r.phone == "988" and r.available_24_7 for r in real)
    examples = [r for r in found if r.is_example]
    assert examples
    assert all(r.name.startswith("EXAMPLE —") and r.phone == "" for r in examples)
    assert names(referrals.crisis_resources(coordinator))[:3] == [r.name for r in real[:3]]
    assert "838255" in next(r for r in real if r.name == "Veterans Crisis Line").contact_details
    assert "French" in next(r for r in real if r.region == "Canada").languages
    # Deleting everything does not bring the starter entries back.
    for r in found:
        referrals.delete(coordinator, r.id or 0)
    assert referrals.install_starter_directory(coordinator, TODAY) == 0


def test_import_can_replace_the_starter_examples(coordinator: Workspace) -> None:
    referrals.install_starter_directory(coordinator, TODAY)
    preview = referrals.preview_import(coordinator, referral_csv.write(DIRECTORY),
                                       replace_examples=True, today=TODAY)
    assert referrals.apply_import(coordinator, preview) == 8
    counts = referrals.counts(coordinator, TODAY)
    assert (counts.total, counts.examples) == (11, 0)


def test_starter_file_is_found() -> None:
    assert resource_path(*referrals.STARTER_FILE).is_file()
    with pytest.raises(FileNotFoundError):
        resource_path("no", "such.file")

"""Critical incidents through their service: who sees what, reach, group interventions counted
once, follow-ups from closing the acute phase, contacts linked to an incident."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from contact_support import draft as contact_draft
from peerdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.domain.incidents import GroupInterventionDraft, IncidentDraft
from peerdesk.domain.members import Role
from peerdesk.domain.vocab import Format, IncidentStatus, IncidentType, MemberGroup, OutreachMethod
from peerdesk.services import audit_log, contacts, incidents
from peerdesk.services.workspace import Workspace
from team_support import add, new_workspace, sign_in_changed

PASS = "cobalt meadow river lantern"
AT = datetime(2026, 11, 10, 14, 30)
NOW = datetime(2026, 11, 20, 9, 0)
TODAY = NOW.date()


@pytest.fixture(scope="module")
def team(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("incidents") / "vault"
    ws = new_workspace(folder)
    ids = {
        "Ari": add(ws, "Ari", Role.SUPPORTER),
        "Bo": add(ws, "Bo", Role.SUPPORTER),
        "Kim": add(ws, "Kim", Role.COORDINATOR),
        "Tia": add(ws, "Tia", Role.TRAINER),
    }
    ws.lock()
    for name in ids:
        sign_in_changed(folder, name, PASS).lock()
    return folder, ids


@pytest.fixture
def as_member(team):
    folder, _ = team
    opened: list[Workspace] = []

    def open_as(name: str) -> Workspace:
        """Sign ``name`` in (one vault session at a time: the one before is locked)."""
        for earlier in opened:
            earlier.lock()
        ws = Workspace.unlock(folder, name, PASS)
        opened.append(ws)
        return ws

    yield open_as
    for ws in opened:
        ws.lock()


def new_incident(ids: dict[str, str], **changes: object) -> IncidentDraft:
    base: dict[str, object] = {
        "occurred_at": AT, "kind": IncidentType.COLLEAGUE_SUICIDE,
        "member_groups": frozenset({MemberGroup.POLICE, MemberGroup.DISPATCH}),
        "personnel_involved": 20, "lead": ids["Ari"],
    }
    base.update(changes)
    return IncidentDraft(**base)  # type: ignore[arg-type]


def test_a_supporter_logs_an_incident_and_only_its_response_team_and_coordinators_see_it(
    team, as_member
):
    _, ids = team
    ari = as_member("Ari")
    # Ari logs it with Kim as lead: Ari is put on the response because Ari logged it.
    incident_id = incidents.log(ari, new_incident(ids, lead=ids["Kim"]), now=NOW)
    got = incidents.get(ari, incident_id)
    assert got.draft.team == {ids["Ari"], ids["Kim"]}
    assert got.reporting_quarter == "2026-Q4"
    assert got.acute
    assert got.status is IncidentStatus.OPEN
    assert incident_id in [s.id for s in incidents.incident_list(ari)]

    bo = as_member("Bo")
    assert incident_id not in [s.id for s in incidents.incident_list(bo)]
    with pytest.raises(NotFound):
        incidents.get(bo, incident_id)
    with pytest.raises(NotFound):
        incidents.record_outreach(bo, incident_id, 1, OutreachMethod.ONE_TO_ONE, now=NOW)
    assert incident_id not in [c.id for c in incidents.choices(bo)]

    kim = as_member("Kim")
    assert incident_id in [s.id for s in incidents.incident_list(kim)]
    assert incident_id in [c.id for c in incidents.choices(kim)]


def test_a_trainer_sees_no_incident_and_calls_none_of_the_services(team, as_member):
    _, ids = team
    incident_id = incidents.log(as_member("Kim"), new_incident(ids), now=NOW)
    tia = as_member("Tia")
    assert not incidents.can_use(tia)
    assert incidents.choices(tia) == []
    assert incidents.my_follow_ups(tia) == []
    calls = [
        lambda: incidents.incident_list(tia),
        lambda: incidents.get(tia, incident_id),
        lambda: incidents.log(tia, new_incident(ids), now=NOW),
        lambda: incidents.record_outreach(tia, incident_id, 1, OutreachMethod.ONE_TO_ONE),
        lambda: incidents.detail(tia, incident_id),
        lambda: incidents.close_acute_phase(tia, incident_id),
        lambda: incidents.outstanding_by_member(tia),
        lambda: incidents.delete(tia, incident_id),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()


def test_only_a_coordinator_changes_the_response_team_or_deletes(team, as_member):
    _, ids = team
    ari = as_member("Ari")
    incident_id = incidents.log(ari, new_incident(ids), now=NOW)
    with pytest.raises(PermissionDenied):
        incidents.update(ari, incident_id, new_incident(ids, responders=frozenset({ids["Bo"]})),
                         now=NOW)
    with pytest.raises(PermissionDenied):
        incidents.delete(ari, incident_id)
    with pytest.raises(PermissionDenied):
        incidents.outstanding_by_member(ari)
    # Ari may still correct the record itself.
    incidents.update(ari, incident_id, new_incident(ids, personnel_involved=25), now=NOW)
    assert incidents.get(ari, incident_id).draft.personnel_involved == 25

    kim = as_member("Kim")
    incidents.update(kim, incident_id, new_incident(ids, responders=frozenset({ids["Bo"]})),
                     now=NOW)
    assert incident_id in [s.id for s in incidents.incident_list(as_member("Bo"))]
    kim = as_member("Kim")
    incidents.delete(kim, incident_id)
    with pytest.raises(NotFound):
        incidents.get(kim, incident_id)


def test_the_lead_and_responders_must_be_active_supporters_or_coordinators(team, as_member):
    _, ids = team
    kim = as_member("Kim")
    with pytest.raises(ValidationError) as lead:
        incidents.log(kim, new_incident(ids, lead=ids["Tia"]), now=NOW)
    assert lead.value.field_errors["lead"].code == "incident.not_team_member"
    with pytest.raises(ValidationError) as responders:
        incidents.log(kim, new_incident(ids, responders=frozenset({"nobody"})), now=NOW)
    assert responders.value.field_errors["responders"].code == "incident.not_team_member"


def test_reach_within_72_hours_and_7_days_at_the_exact_boundaries(team, as_member):
    _, ids = team
    ari = as_member("Ari")
    incident_id = incidents.log(ari, new_incident(ids), now=NOW)
    for after, count in [(timedelta(0), 2), (timedelta(hours=72), 3),
                         (timedelta(hours=72, minutes=1), 4), (timedelta(days=7), 5),
                         (timedelta(days=7, minutes=1), 1)]:
        incidents.record_outreach(ari, incident_id, count, OutreachMethod.ONE_TO_ONE,
                                  at=AT + after, now=NOW)
    reach = incidents.detail(ari, incident_id).reach
    assert (reach.involved, reach.within_72_hours, reach.within_7_days, reach.total) == (
        20, 5, 14, 15)
    summary = next(s for s in incidents.incident_list(ari) if s.id == incident_id)
    assert summary.reach == reach

    with pytest.raises(ValidationError) as over:
        incidents.record_outreach(ari, incident_id, 6, OutreachMethod.ONE_TO_ONE, now=NOW)
    assert over.value.field_errors["reached"].params == {"low": 1, "high": 5}
    with pytest.raises(ValidationError) as below:
        incidents.update(ari, incident_id, new_incident(ids, personnel_involved=14), now=NOW)
    assert below.value.field_errors["personnel_involved"].code == (
        "incident.involved_below_reached")


def test_a_group_intervention_counts_once_with_its_attendees_and_adds_only_the_newly_reached(
    team, as_member
):
    _, ids = team
    ari = as_member("Ari")
    incident_id = incidents.log(ari, new_incident(ids), now=NOW)
    incidents.record_outreach(ari, incident_id, 3, OutreachMethod.ON_SCENE_SUPPORT, at=AT,
                              now=NOW)
    contacts_before = contacts.count(ari)
    debrief = GroupInterventionDraft(
        format=Format.DEBRIEFING, held_at=AT + timedelta(days=2), duration_min=120, attendees=12,
        facilitators=frozenset({ids["Ari"], ids["Kim"]}), clinician_cofacilitated=True,
        newly_reached=9,
    )
    incidents.log_intervention(ari, incident_id, debrief, now=NOW)
    got = incidents.detail(ari, incident_id)
    assert len(got.interventions) == 1
    logged = got.interventions[0].draft
    assert (logged.attendees, logged.newly_reached, logged.facilitators) == (
        12, 9, {ids["Ari"], ids["Kim"]})
    assert logged.clinician_cofacilitated
    assert got.reach.total == 12  # 3 on scene + 9 newly reached, not 3 + 12
    assert contacts.count(ari) == contacts_before  # no contact rows for the attendees
    summary = next(s for s in incidents.incident_list(ari) if s.id == incident_id)
    assert summary.interventions == 1

    incidents.delete_intervention(ari, incident_id, got.interventions[0].id)
    assert incidents.detail(ari, incident_id).reach.total == 3


def test_outreach_still_to_do_per_responder(team, as_member):
    _, ids = team
    kim = as_member("Kim")
    incident_id = incidents.log(
        kim, new_incident(ids, responders=frozenset({ids["Bo"]})), now=NOW)
    incidents.assign(kim, incident_id, {ids["Ari"]: 8, ids["Bo"]: 6})
    with pytest.raises(ValidationError):
        incidents.assign(kim, incident_id, {ids["Ari"]: 15})  # 15 + 6 > 20 involved
    with pytest.raises(ValidationError):
        incidents.assign(kim, incident_id, {ids["Kim"]: 1})   # Kim is not on this response
    incidents.record_outreach(as_member("Ari"), incident_id, 5, OutreachMethod.ONE_TO_ONE,
                              now=NOW)
    kim = as_member("Kim")
    loads = {x.user_id: x.to_do for x in incidents.detail(kim, incident_id).loads}
    assert loads == {ids["Ari"]: 3, ids["Bo"]: 6}
    outstanding = incidents.outstanding_by_member(kim)
    assert outstanding[ids["Ari"]] >= 3
    assert outstanding[ids["Bo"]] >= 6


def test_closing_the_acute_phase_makes_follow_ups_at_the_policy_days(team, as_member):
    _, ids = team
    kim = as_member("Kim")
    assert incidents.follow_up_days(kim) == (7, 14, 28)
    ari = as_member("Ari")
    first = incidents.log(ari, new_incident(ids), now=NOW)
    made = incidents.close_acute_phase(ari, first, today=TODAY)
    assert made == [(ids["Ari"], TODAY + timedelta(days=d)) for d in (7, 14, 28)]
    with pytest.raises(ValidationError):
        incidents.close_acute_phase(ari, first, today=TODAY)  # already closed

    with pytest.raises(PermissionDenied):
        incidents.set_follow_up_days(ari, (3,))
    kim = as_member("Kim")
    with pytest.raises(ValidationError):
        incidents.set_follow_up_days(kim, (0, 400))
    incidents.set_follow_up_days(kim, (10, 3))
    ari = as_member("Ari")
    second = incidents.log(ari, new_incident(ids, responders=frozenset({ids["Bo"]})), now=NOW)
    made = incidents.close_acute_phase(ari, second, frozenset({ids["Bo"]}), today=TODAY)
    assert made == [(ids["Bo"], TODAY + timedelta(days=3)), (ids["Bo"], TODAY + timedelta(10))]
    incidents.set_follow_up_days(as_member("Kim"), (7, 14, 28))

    # Shown in Follow-ups with the incident's kind and date, when due.
    ari = as_member("Ari")
    due = incidents.my_follow_ups(ari, today=TODAY + timedelta(days=7))
    mine = [f for f in due if f.incident_id == first]
    assert [(f.kind, f.incident_on, f.due) for f in mine] == [
        (IncidentType.COLLEAGUE_SUICIDE, AT.date(), TODAY + timedelta(days=7))]
    assert not [f for f in incidents.my_follow_ups(ari, today=TODAY + timedelta(days=6))
                if f.incident_id == first]
    with pytest.raises(NotFound):
        incidents.complete_follow_up(as_member("Bo"), mine[0].id)
    ari = as_member("Ari")
    incidents.complete_follow_up(ari, mine[0].id)
    assert mine[0].id not in [f.id for f in incidents.my_follow_ups(ari, TODAY + timedelta(30))]


def test_contacts_link_only_to_open_incidents_the_supporter_may_see(team, as_member):
    _, ids = team
    ari = as_member("Ari")
    incident_id = incidents.log(ari, new_incident(ids), now=NOW)
    linked = contacts_draft(incident_id)
    contact_id = contacts.save_new(ari, linked, today=TODAY)
    assert contacts.get(ari, contact_id)[0].draft.incident_id == incident_id
    assert next(s for s in incidents.incident_list(ari) if s.id == incident_id).linked_contacts == 1

    with pytest.raises(ValidationError) as other:
        contacts.save_new(as_member("Bo"), linked, today=TODAY)
    assert other.value.field_errors["incident_id"].code == "contact.incident_missing"
    ari = as_member("Ari")

    incidents.close(ari, incident_id)
    assert incident_id not in [c.id for c in incidents.choices(ari)]
    with pytest.raises(ValidationError):
        contacts.save_new(ari, linked, today=TODAY)
    with pytest.raises(ValidationError) as closed:
        incidents.record_outreach(ari, incident_id, 1, OutreachMethod.ONE_TO_ONE, now=NOW)
    assert closed.value.field_errors["incident"].code == "incident.closed"
    incidents.reopen(ari, incident_id)
    contacts.save_new(ari, linked, today=TODAY)

    # Deleting the incident keeps the contacts, unlinked.
    incidents.delete(as_member("Kim"), incident_id)
    assert contacts.get(as_member("Ari"), contact_id)[0].draft.incident_id is None


def contacts_draft(incident_id: int):
    return replace(contact_draft(occurred_on=date(2026, 11, 12)), incident_id=incident_id,
                   format=Format.ONE_TO_ONE)


def test_audit_entries_say_what_happened_without_any_detail(team, as_member):
    _, ids = team
    kim = as_member("Kim")
    incidents.log(kim, new_incident(ids), now=NOW)
    entries = [e for e in audit_log.entries(kim) if e.action.startswith("incident")]
    assert entries
    assert all(set(e.detail) <= {"count"} for e in entries)


def test_a_linked_contact_keeps_its_incident_and_its_follow_up_is_linked_while_open(
    team, as_member
):
    _, ids = team
    ari = as_member("Ari")
    incident_id = incidents.log(ari, new_incident(ids), now=NOW)
    contact_id = contacts.save_new(ari, replace(contacts_draft(incident_id),
                                                follow_up_due=date(2026, 11, 19)), today=TODAY)
    assert contacts.follow_up_draft(ari, contact_id, today=TODAY).incident_id == incident_id
    incidents.close(ari, incident_id)
    assert contacts.follow_up_draft(ari, contact_id, today=TODAY).incident_id is None
    edited = replace(contacts.get(ari, contact_id)[0].draft, duration_min=50)
    contacts.update(ari, contact_id, edited, today=TODAY)  # the closed incident is kept
    assert contacts.get(ari, contact_id)[0].draft.incident_id == incident_id

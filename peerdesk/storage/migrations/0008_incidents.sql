-- Critical incidents (ARCHITECTURE section 11): the incident, the team members on its response,
-- the outreach counts, the group interventions logged once with their attendee count, and the
-- follow-ups made when the acute phase closes. No names, no places, no free text: counts and
-- codes, and team members by user_id. Times are local wall-clock minutes, YYYY-MM-DDTHH:MM.
CREATE TABLE incidents (
    id                 INTEGER PRIMARY KEY,
    occurred_at        TEXT NOT NULL,          -- YYYY-MM-DDTHH:MM
    kind               TEXT NOT NULL,          -- vocab.IncidentType
    personnel_involved INTEGER NOT NULL CHECK (personnel_involved BETWEEN 1 AND 5000),
    involved_estimated INTEGER NOT NULL DEFAULT 0 CHECK (involved_estimated IN (0, 1)),
    lead               TEXT NOT NULL,          -- member user_id (kept after removal)
    status             TEXT NOT NULL DEFAULT 'open',   -- vocab.IncidentStatus
    acute_closed_on    TEXT,                   -- YYYY-MM-DD; NULL while the acute phase runs
    reporting_quarter  TEXT NOT NULL,          -- YYYY-Qn, fixed when saved (section 6)
    created_by         TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);

CREATE TABLE incident_groups (
    incident_id  INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    member_group TEXT NOT NULL,
    PRIMARY KEY (incident_id, member_group)
) WITHOUT ROWID;

-- The team members on the response (the lead among them) and how many of the involved
-- personnel each is to reach.
CREATE TABLE incident_responders (
    incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    user_id     TEXT NOT NULL,
    assigned    INTEGER NOT NULL DEFAULT 0 CHECK (assigned BETWEEN 0 AND 5000),
    PRIMARY KEY (incident_id, user_id)
) WITHOUT ROWID;

-- Group interventions: one row each, N attendees (never N contacts).
CREATE TABLE group_interventions (
    id                      INTEGER PRIMARY KEY,
    incident_id             INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    format                  TEXT NOT NULL,  -- defusing, debriefing, crisis_management_briefing
    held_at                 TEXT NOT NULL,  -- YYYY-MM-DDTHH:MM
    duration_min            INTEGER NOT NULL CHECK (duration_min BETWEEN 1 AND 1440),
    attendees               INTEGER NOT NULL CHECK (attendees BETWEEN 2 AND 500),
    clinician_cofacilitated INTEGER NOT NULL DEFAULT 0 CHECK (clinician_cofacilitated IN (0, 1)),
    reporting_quarter       TEXT NOT NULL,
    created_by              TEXT NOT NULL,
    created_at              TEXT NOT NULL
);

CREATE TABLE group_intervention_facilitators (
    intervention_id INTEGER NOT NULL REFERENCES group_interventions (id) ON DELETE CASCADE,
    user_id         TEXT NOT NULL,
    PRIMARY KEY (intervention_id, user_id)
) WITHOUT ROWID;

-- Outreach: how many involved personnel were newly reached, when, how and by whom. The reach
-- of an incident is the sum of these counts (a group intervention adds its newly reached
-- attendees through its own row here, intervention_id set).
CREATE TABLE incident_outreach (
    id              INTEGER PRIMARY KEY,
    incident_id     INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    reached_by      TEXT NOT NULL,           -- member user_id
    reached_at      TEXT NOT NULL,           -- YYYY-MM-DDTHH:MM
    method          TEXT NOT NULL,           -- vocab.OutreachMethod
    reached         INTEGER NOT NULL CHECK (reached BETWEEN 1 AND 5000),
    intervention_id INTEGER REFERENCES group_interventions (id) ON DELETE CASCADE,
    created_at      TEXT NOT NULL
);

-- Follow-ups made when the acute phase closes (policy: days after closing, default 7, 14, 28).
CREATE TABLE incident_follow_ups (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    assignee    TEXT NOT NULL,               -- member user_id
    due_on      TEXT NOT NULL,               -- YYYY-MM-DD
    done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    created_at  TEXT NOT NULL
);

-- Contacts: how they ended, first or repeat (the supporter's judgment), and the incident they
-- belong to. NULL on contacts logged before this migration (not recorded).
ALTER TABLE contacts ADD COLUMN outcome TEXT;
ALTER TABLE contacts ADD COLUMN first_or_repeat TEXT;
ALTER TABLE contacts ADD COLUMN incident_id INTEGER REFERENCES incidents (id) ON DELETE SET NULL;

CREATE INDEX incidents_date ON incidents (occurred_at DESC, id DESC);
CREATE INDEX incidents_quarter ON incidents (reporting_quarter, kind);
CREATE INDEX incident_responders_member ON incident_responders (user_id, incident_id);
CREATE INDEX incident_outreach_incident ON incident_outreach (incident_id, reached_at);
CREATE INDEX group_interventions_incident ON group_interventions (incident_id, held_at);
CREATE INDEX group_interventions_quarter ON group_interventions (reporting_quarter, format);
CREATE INDEX incident_follow_ups_due ON incident_follow_ups (assignee, due_on) WHERE done = 0;
CREATE INDEX incident_follow_ups_incident ON incident_follow_ups (incident_id);
CREATE INDEX contacts_incident ON contacts (incident_id) WHERE incident_id IS NOT NULL;
-- Statistics: contacts by outcome and by first or repeat read this index's range for the
-- quarter, never the contact rows (a pass over the rows cost 0.6–0.8 s for 100,000 contacts).
CREATE INDEX contacts_outcome_stats
    ON contacts (reporting_quarter, outcome, first_or_repeat, episode_id);

-- Supporter training records: what each team member completed (courses, certifications,
-- continuing education, supervision or clinical-oversight sessions), with hours and, where it
-- expires, the expiry date. Records about the team, never about people supported: no column
-- holds a contact, a person supported or free text about one.
CREATE TABLE training_records (
    id           INTEGER PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES members (user_id) ON DELETE CASCADE,
    kind         TEXT NOT NULL,        -- domain.training_records.RecordKind
    course       TEXT,                 -- domain.training_records.Course; NULL for supervision
    completed_on TEXT NOT NULL,        -- YYYY-MM-DD
    provider     TEXT NOT NULL DEFAULT '',
    minutes      INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 60000),
    expires_on   TEXT,                 -- YYYY-MM-DD, NULL when it does not expire
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    CHECK (expires_on IS NULL OR expires_on >= completed_on)
);
CREATE INDEX training_records_member ON training_records (user_id, course, completed_on);
CREATE INDEX training_records_completed ON training_records (completed_on);

-- Expiry reminders a member was already shown at sign-in (one per record and stage: 60, 30),
-- so each is shown once; coordinators see every upcoming expiry on the team page regardless.
CREATE TABLE training_reminders_told (
    record_id INTEGER NOT NULL REFERENCES training_records (id) ON DELETE CASCADE,
    stage     INTEGER NOT NULL CHECK (stage IN (60, 30, 0)),
    told_at   TEXT NOT NULL,
    PRIMARY KEY (record_id, stage)
) WITHOUT ROWID;

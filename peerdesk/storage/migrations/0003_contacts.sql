-- Contacts (no names, structured), their topics and referrals, private notes, and the quarters
-- whose statistics are frozen. Codes are the stable vocabulary codes of domain.vocab.
CREATE TABLE contacts (
    id                        INTEGER PRIMARY KEY,
    author                    TEXT NOT NULL,          -- member user_id (kept after removal)
    occurred_on               TEXT NOT NULL,          -- YYYY-MM-DD
    duration_min              INTEGER NOT NULL CHECK (duration_min BETWEEN 1 AND 1440),
    channel                   TEXT NOT NULL,
    initiated_by              TEXT NOT NULL,
    member_group              TEXT NOT NULL,
    format                    TEXT NOT NULL,
    group_size                INTEGER,
    incident_type             TEXT,
    risk                      TEXT NOT NULL,
    confidentiality_exception TEXT NOT NULL,
    disclosure_route          TEXT,
    follow_up_of              INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    episode_id                INTEGER NOT NULL,
    follow_up_due             TEXT,
    follow_up_done            INTEGER NOT NULL DEFAULT 0 CHECK (follow_up_done IN (0, 1)),
    supporter_state           TEXT NOT NULL,
    checklist_version         INTEGER NOT NULL,
    checklist_ticked          TEXT NOT NULL,          -- comma-separated item codes
    reporting_quarter         TEXT NOT NULL,          -- YYYY-Qn
    created_at                TEXT NOT NULL,
    updated_at                TEXT NOT NULL
);

CREATE TABLE contact_topics (
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    topic      TEXT NOT NULL,
    PRIMARY KEY (contact_id, topic)
) WITHOUT ROWID;

CREATE TABLE contact_referrals (
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    type       TEXT NOT NULL,
    how        TEXT NOT NULL,
    PRIMARY KEY (contact_id, type)
) WITHOUT ROWID;

-- Private notes: AES-256-GCM under the author's personal key, so the data key alone reads
-- only ciphertext. Purged after expires_on.
CREATE TABLE contact_notes (
    contact_id INTEGER PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
    ciphertext BLOB NOT NULL,
    expires_on TEXT NOT NULL
);

CREATE TABLE frozen_quarters (
    quarter   TEXT PRIMARY KEY,
    frozen_at TEXT NOT NULL
) WITHOUT ROWID;

-- The list: one supporter's contacts, newest first (keyset paging on occurred_on, id); a
-- format or member-group filter walks its own index in the same order, so two rare filters
-- together never scan a supporter's whole log.
CREATE INDEX contacts_author_date ON contacts (author, occurred_on DESC, id DESC);
CREATE INDEX contacts_author_format_date ON contacts (author, format, occurred_on DESC, id DESC);
CREATE INDEX contacts_author_group_date
    ON contacts (author, member_group, occurred_on DESC, id DESC);
-- Follow-ups due for one supporter.
CREATE INDEX contacts_follow_up ON contacts (author, follow_up_due)
    WHERE follow_up_due IS NOT NULL AND follow_up_done = 0;
CREATE INDEX contacts_follow_up_of ON contacts (follow_up_of) WHERE follow_up_of IS NOT NULL;
CREATE INDEX contacts_episode ON contacts (episode_id);
-- Statistics by reporting quarter.
CREATE INDEX contacts_quarter ON contacts (reporting_quarter, member_group, format);
CREATE INDEX contact_topics_topic ON contact_topics (topic, contact_id);
CREATE INDEX contact_notes_expiry ON contact_notes (expires_on);

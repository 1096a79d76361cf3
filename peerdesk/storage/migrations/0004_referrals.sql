-- The referral directory (no contact data) and its full-text index (FTS5, inside the
-- encrypted database).
CREATE TABLE referral_resources (
    id                       INTEGER PRIMARY KEY,
    name                     TEXT NOT NULL,
    category                 TEXT NOT NULL,
    phone                    TEXT NOT NULL DEFAULT '',
    contact_details          TEXT NOT NULL DEFAULT '',
    hours                    TEXT NOT NULL DEFAULT '',
    available_24_7           INTEGER NOT NULL DEFAULT 0 CHECK (available_24_7 IN (0, 1)),
    region                   TEXT NOT NULL DEFAULT '',
    languages                TEXT NOT NULL DEFAULT '',
    cost                     TEXT NOT NULL DEFAULT 'free',
    first_responder_informed INTEGER NOT NULL DEFAULT 0 CHECK (first_responder_informed IN (0, 1)),
    notes                    TEXT NOT NULL DEFAULT '',
    last_verified            TEXT,                     -- YYYY-MM-DD
    is_example               INTEGER NOT NULL DEFAULT 0 CHECK (is_example IN (0, 1)),
    created_at               TEXT NOT NULL,
    updated_at               TEXT NOT NULL
);

CREATE INDEX referral_resources_category ON referral_resources (category, name);
-- Name order, real entries before starter examples: the list without a query and broad
-- as-you-type searches walk it and stop after one page.
CREATE INDEX referral_resources_listing ON referral_resources (is_example, name COLLATE NOCASE);

CREATE VIRTUAL TABLE referral_search USING fts5 (
    name, notes, region, languages,
    content = 'referral_resources', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);

CREATE TRIGGER referral_resources_ai AFTER INSERT ON referral_resources BEGIN
    INSERT INTO referral_search (rowid, name, notes, region, languages)
    VALUES (new.id, new.name, new.notes, new.region, new.languages);
END;

CREATE TRIGGER referral_resources_ad AFTER DELETE ON referral_resources BEGIN
    INSERT INTO referral_search (referral_search, rowid, name, notes, region, languages)
    VALUES ('delete', old.id, old.name, old.notes, old.region, old.languages);
END;

CREATE TRIGGER referral_resources_au AFTER UPDATE ON referral_resources BEGIN
    INSERT INTO referral_search (referral_search, rowid, name, notes, region, languages)
    VALUES ('delete', old.id, old.name, old.notes, old.region, old.languages);
    INSERT INTO referral_search (rowid, name, notes, region, languages)
    VALUES (new.id, new.name, new.notes, new.region, new.languages);
END;

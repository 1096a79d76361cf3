-- Vault identity, members and the hash-chained audit log.
CREATE TABLE vault_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE members (
    user_id                TEXT PRIMARY KEY,
    name                   TEXT NOT NULL UNIQUE COLLATE NOCASE,
    roles                  TEXT NOT NULL,            -- comma-separated role codes
    disabled               INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    must_change_passphrase INTEGER NOT NULL DEFAULT 0 CHECK (must_change_passphrase IN (0, 1)),
    created_at             TEXT NOT NULL,
    last_sign_in           TEXT
);

-- Entries carry who, what, when and counts; never contact content.
CREATE TABLE audit_log (
    seq     INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    user_id TEXT,
    action  TEXT NOT NULL,
    detail  TEXT NOT NULL DEFAULT '{}',
    mac     BLOB NOT NULL
);

-- Program policy (one row per setting) and versioned boundary checklists.
CREATE TABLE policy (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE checklist_versions (
    version    INTEGER PRIMARY KEY,
    items      TEXT NOT NULL,            -- JSON list of {"code": ..., "text": ...}
    created_at TEXT NOT NULL,
    created_by TEXT
);

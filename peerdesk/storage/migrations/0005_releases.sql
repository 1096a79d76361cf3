-- The statistics release ledger: a frozen quarter's published tables, stored so that
-- re-exporting gives the same bytes (ARCHITECTURE section 6). Holds aggregates only.
CREATE TABLE releases (
    quarter    TEXT PRIMARY KEY REFERENCES frozen_quarters (quarter),
    frozen_at  TEXT NOT NULL,
    frozen_by  TEXT NOT NULL,
    threshold  INTEGER NOT NULL,
    rounding   INTEGER NOT NULL DEFAULT 0,   -- 0 = none, 5 = base 5
    cells      TEXT NOT NULL,                -- JSON: the published and suppressed cells
    csv        BLOB NOT NULL,
    pdf        BLOB
) WITHOUT ROWID;

-- The statistics read one quarter's range of this covering index and never the table: a
-- quarter's contacts are scattered through the table (logged late, imported, generated), and
-- every table page read is a page decrypted. It replaces the narrower contacts_quarter.
DROP INDEX contacts_quarter;
CREATE INDEX contacts_stats ON contacts (
    reporting_quarter, member_group, format, occurred_on, channel, risk, episode_id,
    duration_min, checklist_ticked
);

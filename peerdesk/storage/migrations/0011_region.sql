-- Regional programs (ARCHITECTURE section 14): stations send sealed, signed aggregates to a
-- regional vault on a USB stick. Every table exists in every vault; a station writes the first
-- three, a regional vault the others. Aggregates only: no contact row, no free text, no name.

-- A station: the regions it reports to, registered after comparing the fingerprint words.
CREATE TABLE region_keys (
    region_id     TEXT PRIMARY KEY,        -- first 16 bytes of SHA-256 of the key, hex
    public_key    BLOB NOT NULL,           -- X25519, 32 bytes
    registered_at TEXT NOT NULL,
    registered_by TEXT NOT NULL
) WITHOUT ROWID;

-- A station: its own identity (one row), the Ed25519 key that signs its bundles.
CREATE TABLE station_identity (
    station_id  TEXT PRIMARY KEY,
    signing_key BLOB NOT NULL,              -- Ed25519 private key, 32 bytes
    created_at  TEXT NOT NULL
) WITHOUT ROWID;

-- A station: the bundles it wrote (ids and quarters only).
CREATE TABLE bundles_written (
    bundle_id  TEXT PRIMARY KEY,
    region_id  TEXT NOT NULL,
    quarter    TEXT NOT NULL,
    written_at TEXT NOT NULL,
    written_by TEXT NOT NULL
) WITHOUT ROWID;

-- A regional vault: its receiving key (one row).
CREATE TABLE region_identity (
    region_id   TEXT PRIMARY KEY,
    private_key BLOB NOT NULL,              -- X25519, 32 bytes, only inside this database
    public_key  BLOB NOT NULL,
    created_at  TEXT NOT NULL
) WITHOUT ROWID;

-- A regional vault: the stations it trusts, each key confirmed by its fingerprint words.
CREATE TABLE region_stations (
    station_id   TEXT PRIMARY KEY,
    signing_key  BLOB NOT NULL,             -- Ed25519 public key, 32 bytes
    fingerprint  TEXT NOT NULL,             -- the words compared with the station
    confirmed_at TEXT NOT NULL,
    confirmed_by TEXT NOT NULL
) WITHOUT ROWID;

-- A regional vault: every imported bundle, kept by id forever (a re-sent file is refused).
-- true_tables is the station's true aggregate table, read only by the release engine and set to
-- NULL when the quarter's regional release that counts it is frozen; released_in names it.
CREATE TABLE region_bundles (
    bundle_id     TEXT PRIMARY KEY,
    station_id    TEXT NOT NULL REFERENCES region_stations (station_id),
    quarter       TEXT NOT NULL,
    version       TEXT NOT NULL,
    training      INTEGER NOT NULL CHECK (training IN (0, 1)),
    written_at    TEXT NOT NULL,
    imported_at   TEXT NOT NULL,
    imported_by   TEXT NOT NULL,
    station_release TEXT NOT NULL,          -- JSON: the station's own published release
    true_tables   TEXT,                     -- JSON: counts, episodes (up to 3), minutes
    released_in   INTEGER,                  -- region_releases.seq of the quarter
    UNIQUE (station_id, quarter)
) WITHOUT ROWID;

-- A regional vault: frozen regional releases; seq 1 is the quarter's release, 2.. corrections.
CREATE TABLE region_releases (
    quarter   TEXT NOT NULL,
    seq       INTEGER NOT NULL,
    frozen_at TEXT NOT NULL,
    frozen_by TEXT NOT NULL,
    cells     TEXT NOT NULL,                -- JSON: merged and per-agency published tables
    csv       BLOB NOT NULL,
    pdf       BLOB,
    PRIMARY KEY (quarter, seq)
) WITHOUT ROWID;

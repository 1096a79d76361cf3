-- Classroom drills. These tables exist in every vault, as every migration does, but
-- the services write them only in training vaults: trainee names are allowed here because it
-- is practice data, never in a real vault.

-- Scenario packs a trainer imported (the shipped packs stay in resources/drills).
CREATE TABLE drill_packs (
    pack_id     TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    version     INTEGER NOT NULL,
    language    TEXT NOT NULL,
    source_name TEXT NOT NULL,      -- the file name it came from, for the trainer's reference
    toml        TEXT NOT NULL,      -- the validated text, re-read on every use
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE class_sessions (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL,
    held_on    TEXT NOT NULL,       -- YYYY-MM-DD
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE TABLE trainees (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES class_sessions (id) ON DELETE CASCADE,
    name       TEXT NOT NULL COLLATE NOCASE,
    UNIQUE (session_id, name)
);

CREATE TABLE drill_results (
    id             INTEGER PRIMARY KEY,
    trainee_id     INTEGER NOT NULL REFERENCES trainees (id) ON DELETE CASCADE,
    pack_id        TEXT NOT NULL,
    scenario_id    TEXT NOT NULL,
    scenario_title TEXT NOT NULL,
    score          INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    passed         INTEGER NOT NULL CHECK (passed IN (0, 1)),
    seconds        REAL,            -- NULL unless the drill was timed
    time_limit     INTEGER,
    feedback       TEXT NOT NULL,   -- JSON of the field and critical-action verdicts
    recorded_at    TEXT NOT NULL
);
CREATE INDEX drill_results_trainee ON drill_results (trainee_id);

-- One row per critical action an attempt missed: "what does the class miss most" is a GROUP BY.
CREATE TABLE drill_misses (
    result_id INTEGER NOT NULL REFERENCES drill_results (id) ON DELETE CASCADE,
    action    TEXT NOT NULL,
    PRIMARY KEY (result_id, action)
) WITHOUT ROWID;

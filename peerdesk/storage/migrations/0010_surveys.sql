-- Anonymous pre/post surveys (ARCHITECTURE section 12). No names and no free text: a cohort
-- has a title checked by the identifying-details scanner, a submission holds item values only.

-- A cohort: the respondents of one program evaluation, surveyed in waves.
CREATE TABLE survey_cohorts (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    minimum     INTEGER NOT NULL CHECK (minimum >= 1),  -- fewer respondents: nothing shown
    instruments TEXT NOT NULL,          -- JSON list of [instrument id, version]
    follow_up   INTEGER NOT NULL CHECK (follow_up IN (0, 1)),
    link_key    BLOB,                   -- 32 random bytes for the code hashes; NULL once the
                                        -- post wave closed (the hashes go with it)
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
);

-- pre, post and the optional follow-up; a wave is opened once and closed once.
CREATE TABLE survey_waves (
    cohort_id INTEGER NOT NULL REFERENCES survey_cohorts (id) ON DELETE CASCADE,
    kind      TEXT NOT NULL CHECK (kind IN ('pre', 'post', 'follow_up')),
    state     TEXT NOT NULL CHECK (state IN ('open', 'closed')),
    opened_at TEXT NOT NULL,
    closed_at TEXT,
    PRIMARY KEY (cohort_id, kind)
) WITHOUT ROWID;

-- HMAC-SHA256 of a normalised personal code under the cohort's link key, while the pre and
-- post waves run. A code typed twice in one wave is void (it links no one). Deleted when the
-- post wave closes.
CREATE TABLE survey_links (
    cohort_id INTEGER NOT NULL REFERENCES survey_cohorts (id) ON DELETE CASCADE,
    hash      BLOB NOT NULL,
    link_id   INTEGER NOT NULL,
    void      INTEGER NOT NULL DEFAULT 0 CHECK (void IN (0, 1)),
    PRIMARY KEY (cohort_id, hash)
) WITHOUT ROWID;

-- One respondent's answers to one wave. The id and link_id are random numbers, so neither
-- the row order nor an id tells who answered when; there is no time stamp either.
CREATE TABLE survey_submissions (
    id        INTEGER PRIMARY KEY,
    cohort_id INTEGER NOT NULL REFERENCES survey_cohorts (id) ON DELETE CASCADE,
    wave      TEXT NOT NULL CHECK (wave IN ('pre', 'post', 'follow_up')),
    link_id   INTEGER,                  -- shared by a respondent's pre and post; NULL unlinked
    mode      TEXT NOT NULL CHECK (mode IN ('kiosk', 'paper')),
    answers   TEXT NOT NULL             -- JSON {instrument id: {item id: value}}
);
CREATE INDEX survey_submissions_wave ON survey_submissions (cohort_id, wave);

-- A cohort's results, released once and frozen: every later look shows these figures.
CREATE TABLE survey_releases (
    cohort_id   INTEGER PRIMARY KEY REFERENCES survey_cohorts (id) ON DELETE CASCADE,
    released_at TEXT NOT NULL,
    released_by TEXT NOT NULL,
    results     TEXT NOT NULL,          -- JSON of the published figures (aggregates only)
    csv         BLOB NOT NULL
) WITHOUT ROWID;

-- A closed quarter for which no set of hidden cells could be shown safe is withheld: it is
-- frozen like a released quarter (contacts logged later for it count in the next open one),
-- nothing of it is ever published, and every later look says the same (ARCHITECTURE
-- section 6). Holds no figure: only when, by whom, and the threshold it was held to.
CREATE TABLE withheld_quarters (
    quarter     TEXT PRIMARY KEY REFERENCES frozen_quarters (quarter),
    withheld_at TEXT NOT NULL,
    withheld_by TEXT NOT NULL,
    threshold   INTEGER NOT NULL
) WITHOUT ROWID;

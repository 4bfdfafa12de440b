-- What `data/` looked like (a digest of its files) when it was last seeded completely, so a
-- start with the same files skips reading and comparing the whole directory again.
CREATE TABLE seeded_data (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    fingerprint TEXT NOT NULL,
    seeded_at TEXT NOT NULL
);

-- Rate limits every node counts together (used when the store is a shared PostgreSQL; the
-- same tables here keep both backends alike). Keys are HMACs of addresses under the day's
-- secret, never addresses; every other day's secret and counts are deleted when a node
-- first counts on a new UTC day.
CREATE TABLE rate_limit_days (
    day TEXT PRIMARY KEY,
    secret TEXT NOT NULL
);

CREATE TABLE rate_limit_counts (
    scope TEXT NOT NULL,
    key TEXT NOT NULL,
    day TEXT NOT NULL,
    window_start INTEGER NOT NULL,
    hits INTEGER NOT NULL,
    PRIMARY KEY (scope, key)
);

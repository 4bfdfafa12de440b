-- Organizations are versioned documents; a revision is never updated except to record
-- the moderator's decision, and never deleted.
CREATE TABLE organizations (
    id TEXT PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    current_revision INTEGER,
    created_at TEXT NOT NULL
);

CREATE TABLE revisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id TEXT NOT NULL REFERENCES organizations(id),
    -- The approved revision this one was written on top of (NULL for the first).
    base_revision INTEGER REFERENCES revisions(id),
    document TEXT NOT NULL,
    document_hash TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('proposed', 'approved', 'rejected')),
    author TEXT NOT NULL,
    author_kind TEXT NOT NULL CHECK (author_kind IN ('data', 'portal', 'import')),
    created_at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    decided_by TEXT,
    decided_at TEXT,
    decision_note TEXT,
    -- Position in the change feed, taken inside the approving transaction.
    seq INTEGER UNIQUE
);

CREATE INDEX revisions_by_org ON revisions (org_id, id);
CREATE INDEX revisions_by_status ON revisions (status);

-- The change feed's single counter: incremented inside every approving transaction, so
-- sequence numbers are gap-free and a reader of "seq > last applied" never skips one.
CREATE TABLE feed_counter (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL
);
INSERT INTO feed_counter (id, seq) VALUES (1, 0);

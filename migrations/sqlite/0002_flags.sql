-- Problems the public reports about a listing. A flag holds only what the person chose to
-- send: no address, no IP, no session, and the day rather than the time. Moderators work
-- through open flags; a flag is closed, never deleted.
CREATE TABLE flags (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id TEXT NOT NULL REFERENCES organizations(id),
    service_id TEXT NOT NULL,
    problem TEXT NOT NULL CHECK (problem IN ('wrong_contact', 'wrong_hours', 'closed', 'wrong_language', 'unsafe', 'other')),
    details TEXT NOT NULL DEFAULT '',
    locale TEXT NOT NULL,
    reported_on TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'dismissed'))
);

CREATE INDEX flags_open ON flags (status, id);

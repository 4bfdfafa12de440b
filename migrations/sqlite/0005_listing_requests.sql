-- Organizations asking to be listed, through the public form. Like problem reports, a
-- request keeps only what was written in it: no IP, no session, the day not the time.
CREATE TABLE listing_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organization TEXT NOT NULL,
    website TEXT NOT NULL,
    services TEXT NOT NULL,
    public_contact TEXT NOT NULL,
    sources TEXT NOT NULL,
    locale TEXT NOT NULL,
    requested_on TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'declined'))
);

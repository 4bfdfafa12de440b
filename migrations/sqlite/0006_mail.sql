-- E-mail to the portal's people: invites, "going stale" reminders, flag and decision
-- notices. Each person reads mail in the language chosen when they were invited.
ALTER TABLE invites ADD COLUMN locale TEXT NOT NULL DEFAULT 'en';
ALTER TABLE users ADD COLUMN locale TEXT NOT NULL DEFAULT 'en';

-- Notices wait here until the SMTP server takes them, so a mail server that is down loses
-- nothing and no page waits on it. A sender leases a row by pushing `next_attempt_at`
-- forward before it tries, so two senders never send one message twice. `dedupe_key`
-- keeps a reminder from being queued twice for the same day.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    dedupe_key TEXT UNIQUE,
    queued_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error TEXT,
    sent_at TEXT
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL;

-- The NGO portal's people and what they did. Passwords are argon2id hashes; invite and
-- session tokens are stored only as SHA-256 hashes, so a copy of the database opens no
-- account. Nothing here is ever deleted except sessions, which end.
CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('admin', 'moderator', 'editor')),
    -- Editors belong to exactly one organization; admins and moderators to none.
    org_id TEXT REFERENCES organizations(id),
    password_hash TEXT NOT NULL,
    -- Base32 TOTP secret; admins and moderators must enrol before they can act.
    totp_secret TEXT,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    created_at TEXT NOT NULL,
    CHECK ((role = 'editor') = (org_id IS NOT NULL))
);

CREATE TABLE invites (
    token_hash TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'moderator', 'editor')),
    org_id TEXT REFERENCES organizations(id),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    csrf_token TEXT NOT NULL,
    -- 1 once the second factor was given (or the role needs none).
    verified INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

CREATE TABLE audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    org_id TEXT,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_by_org ON audit (org_id, id);

//! The portal's people: invites, users, sessions and the audit log. Tokens arrive here
//! already hashed; the store never sees a token, a password or a TOTP code.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use serde::Serialize;
use uuid::Uuid;

use super::StoreError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Admin,
    Moderator,
    Editor,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Moderator => "moderator",
            Role::Editor => "editor",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        [Role::Admin, Role::Moderator, Role::Editor]
            .into_iter()
            .find(|r| r.as_str() == s)
    }

    /// Admins and moderators change what everyone sees: they need a second factor.
    pub fn needs_second_factor(self) -> bool {
        self != Role::Editor
    }
}

#[derive(Debug, Clone)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub role: Role,
    /// The one organization an editor may change.
    pub org_id: Option<Uuid>,
    pub password_hash: String,
    pub totp_secret: Option<String>,
    pub failed_logins: i64,
    pub locked_until: Option<DateTime<Utc>>,
    /// The UI locale their e-mail is written in.
    pub locale: String,
}

#[derive(Debug, Clone)]
pub struct NewInvite<'a> {
    pub token_hash: &'a str,
    pub email: &'a str,
    pub role: Role,
    pub org_id: Option<Uuid>,
    pub created_by: &'a str,
    pub expires_at: DateTime<Utc>,
    /// The UI locale the invite and later mail are written in.
    pub locale: &'a str,
}

#[derive(Debug, Clone)]
pub struct Session {
    pub user: User,
    pub csrf_token: String,
    /// The second factor was given, or the role needs none.
    pub verified: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub org_id: Option<Uuid>,
    pub detail: String,
}

/// Failed logins before an account rests, and how long it rests: never for good.
pub const LOCK_AFTER_FAILURES: i64 = 5;
pub const LOCK_MINUTES: i64 = 15;

#[async_trait]
pub trait Accounts: Send + Sync {
    async fn create_invite(&self, invite: NewInvite<'_>) -> Result<(), StoreError>;
    /// Uses an invite once, in one transaction: creates its user with `password_hash`.
    /// `Ok(None)` if the invite is unknown, used or expired.
    async fn accept_invite(
        &self,
        token_hash: &str,
        password_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<User>, StoreError>;
    /// Whether an invite can still be used (for showing its form).
    async fn invite_usable(
        &self,
        token_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<String>, StoreError>;
    async fn user_by_email(&self, email: &str) -> Result<Option<User>, StoreError>;
    /// The editors of one organization: the people its notices go to.
    async fn editors_of(&self, org_id: Uuid) -> Result<Vec<User>, StoreError>;
    /// Every organization that has at least one editor.
    async fn organizations_with_editors(&self) -> Result<Vec<Uuid>, StoreError>;
    /// Counts a failed login; the account rests after [`LOCK_AFTER_FAILURES`].
    async fn login_failed(&self, user_id: i64, now: DateTime<Utc>) -> Result<(), StoreError>;
    async fn login_succeeded(&self, user_id: i64) -> Result<(), StoreError>;
    async fn set_totp_secret(&self, user_id: i64, secret: &str) -> Result<(), StoreError>;
    async fn set_password(&self, user_id: i64, password_hash: &str) -> Result<(), StoreError>;
    async fn create_session(
        &self,
        token_hash: &str,
        user_id: i64,
        csrf_token: &str,
        verified: bool,
        expires_at: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    /// A live session and its user; expired ones are treated as gone.
    async fn session(
        &self,
        token_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<Session>, StoreError>;
    async fn mark_session_verified(&self, token_hash: &str) -> Result<(), StoreError>;
    async fn end_session(&self, token_hash: &str) -> Result<(), StoreError>;
    /// Ends every session of a user (password change, lock by an admin).
    async fn end_sessions_of(&self, user_id: i64) -> Result<(), StoreError>;
    /// Ends every session of everyone; returns how many there were.
    async fn end_all_sessions(&self) -> Result<u64, StoreError>;
    async fn audit(
        &self,
        actor: &str,
        action: &str,
        org_id: Option<Uuid>,
        detail: &str,
    ) -> Result<(), StoreError>;
    /// The audit log, oldest first; only one organization's entries when `org` is given.
    async fn audit_log(&self, org: Option<Uuid>) -> Result<Vec<AuditEntry>, StoreError>;
}

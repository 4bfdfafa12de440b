//! The store: the source of truth. Organizations are versioned documents; approving a
//! revision takes the next number of a gap-free change feed.

pub mod accounts;
mod connect;
mod copy;
pub mod limits;
pub mod outbox;
mod seed;
mod sql;
mod sql_accounts;
mod sql_outbox;

use async_trait::async_trait;
use serde::Serialize;
use uuid::Uuid;

pub use accounts::Accounts;
pub use connect::{Backend, StoreUrl};
pub use copy::{CopyError, CopyReport, copy_store};
pub use limits::SharedLimits;
pub use outbox::{Letter, Outbox};
pub use seed::{SeedReport, seed};
pub use sql::SqlStore;

/// The PostgreSQL channel an approval notifies, with its sequence number as payload.
pub const FEED_CHANNEL: &str = "faro_feed";

use crate::model::Organization;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RevisionStatus {
    Proposed,
    Approved,
    Rejected,
}

impl RevisionStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RevisionStatus::Proposed => "proposed",
            RevisionStatus::Approved => "approved",
            RevisionStatus::Rejected => "rejected",
        }
    }

    fn parse(s: &str) -> Result<Self, StoreError> {
        match s {
            "proposed" => Ok(RevisionStatus::Proposed),
            "approved" => Ok(RevisionStatus::Approved),
            "rejected" => Ok(RevisionStatus::Rejected),
            other => Err(StoreError::Corrupt(format!(
                "unknown revision status {other}"
            ))),
        }
    }
}

/// Where a revision came from: the reviewed files in `data/`, an NGO's editor, or an import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AuthorKind {
    Data,
    Portal,
    Import,
}

impl AuthorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            AuthorKind::Data => "data",
            AuthorKind::Portal => "portal",
            AuthorKind::Import => "import",
        }
    }

    fn parse(s: &str) -> Result<Self, StoreError> {
        match s {
            "data" => Ok(AuthorKind::Data),
            "portal" => Ok(AuthorKind::Portal),
            "import" => Ok(AuthorKind::Import),
            other => Err(StoreError::Corrupt(format!("unknown author kind {other}"))),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Revision {
    pub id: i64,
    pub org_id: Uuid,
    pub base_revision: Option<i64>,
    pub status: RevisionStatus,
    pub author: String,
    pub author_kind: AuthorKind,
    pub created_at: String,
    pub note: String,
    pub decided_by: Option<String>,
    pub decided_at: Option<String>,
    pub decision_note: Option<String>,
    pub seq: Option<i64>,
    pub document_hash: String,
    #[serde(skip)]
    pub document: Organization,
}

/// A proposed change, before the store gives it an id.
#[derive(Debug, Clone)]
pub struct NewRevision<'a> {
    pub document: &'a Organization,
    pub author: &'a str,
    pub author_kind: AuthorKind,
    pub note: &'a str,
    /// The approved revision the author saw; approval fails if another was approved since.
    pub base_revision: Option<i64>,
}

/// What a member of the public says is wrong with a listing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Problem {
    WrongContact,
    WrongHours,
    Closed,
    WrongLanguage,
    Unsafe,
    Other,
}

impl Problem {
    pub const ALL: [Problem; 6] = [
        Problem::WrongContact,
        Problem::WrongHours,
        Problem::Closed,
        Problem::WrongLanguage,
        Problem::Unsafe,
        Problem::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Problem::WrongContact => "wrong_contact",
            Problem::WrongHours => "wrong_hours",
            Problem::Closed => "closed",
            Problem::WrongLanguage => "wrong_language",
            Problem::Unsafe => "unsafe",
            Problem::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Problem> {
        Problem::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

/// A problem report as the public sends it: nothing about who sent it.
#[derive(Debug, Clone)]
pub struct NewFlag<'a> {
    pub org_id: Uuid,
    pub service_id: Uuid,
    pub problem: Problem,
    pub details: &'a str,
    pub locale: &'a str,
}

#[derive(Debug, Clone, Serialize)]
pub struct Flag {
    pub id: i64,
    pub org_id: Uuid,
    pub service_id: Uuid,
    pub problem: Problem,
    pub details: String,
    pub locale: String,
    /// The day it was sent (UTC), not the time.
    pub reported_on: String,
    pub status: String,
}

/// An organization's request to be listed, as the public form sends it.
#[derive(Debug, Clone, Serialize)]
pub struct ListingRequest {
    pub id: i64,
    pub organization: String,
    pub website: String,
    pub services: String,
    pub public_contact: String,
    /// Source addresses, one per line.
    pub sources: String,
    pub locale: String,
    pub requested_on: String,
}

/// One entry of the change feed: the organization as approved at `seq`.
#[derive(Debug, Clone)]
pub struct Change {
    pub seq: i64,
    pub org_id: Uuid,
    pub document: Organization,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("no such revision {0}")]
    NoSuchRevision(i64),
    #[error("revision {0} was already decided")]
    AlreadyDecided(i64),
    #[error("another revision of this organization was approved after revision {0} was written")]
    Conflict(i64),
    #[error("the slug {0} belongs to another organization")]
    SlugTaken(String),
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
    #[error("{0} is not a store address: use sqlite://PATH or postgres://…")]
    BadUrl(String),
    #[error("{0} works only on the SQLite store")]
    NotSqlite(&'static str),
    /// The database cannot be reached now; nothing was written.
    #[error("the database cannot be reached: {0}")]
    Unavailable(sqlx::Error),
    #[error(transparent)]
    Database(sqlx::Error),
    #[error(transparent)]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

impl From<sqlx::Error> for StoreError {
    fn from(error: sqlx::Error) -> Self {
        let unreachable = match &error {
            sqlx::Error::Io(_)
            | sqlx::Error::Tls(_)
            | sqlx::Error::Protocol(_)
            | sqlx::Error::PoolTimedOut
            | sqlx::Error::PoolClosed
            | sqlx::Error::WorkerCrashed => true,
            // PostgreSQL's classes 08 (connection exception) and 57P (shutting down, or
            // not yet accepting connections).
            sqlx::Error::Database(db) => db
                .code()
                .is_some_and(|code| code.starts_with("08") || code.starts_with("57P")),
            _ => false,
        };
        if unreachable {
            StoreError::Unavailable(error)
        } else {
            StoreError::Database(error)
        }
    }
}

impl StoreError {
    /// Whether the failure is the database being out of reach rather than the request.
    pub fn is_unavailable(&self) -> bool {
        matches!(self, StoreError::Unavailable(_))
    }
}

/// The store's operations. Callers never see SQL: a PostgreSQL implementation plugs in here.
#[async_trait]
pub trait Store: Send + Sync {
    /// Records a proposed revision (creating the organization on its first one).
    async fn propose(&self, revision: NewRevision<'_>) -> Result<i64, StoreError>;
    /// Approves a proposed revision; returns its change-feed sequence number.
    async fn approve(&self, revision: i64, moderator: &str, note: &str) -> Result<i64, StoreError>;
    async fn reject(&self, revision: i64, moderator: &str, note: &str) -> Result<(), StoreError>;
    async fn revision(&self, id: i64) -> Result<Revision, StoreError>;
    /// Every revision of an organization, oldest first.
    async fn history(&self, org: Uuid) -> Result<Vec<Revision>, StoreError>;
    /// The revision the public sees.
    async fn current(&self, org: Uuid) -> Result<Option<Revision>, StoreError>;
    /// The newest revision authored by `kind` (seeding compares `data/` with it).
    async fn last_by(&self, org: Uuid, kind: AuthorKind) -> Result<Option<Revision>, StoreError>;
    async fn proposed(&self) -> Result<Vec<Revision>, StoreError>;
    /// Approved changes after `seq`, in order, at most `limit`.
    async fn changes_since(&self, seq: i64, limit: i64) -> Result<Vec<Change>, StoreError>;
    /// The current approved document of every organization, and the feed position they reflect.
    async fn snapshot(&self) -> Result<(i64, Vec<Change>), StoreError>;
    async fn last_seq(&self) -> Result<i64, StoreError>;
    /// Organization ids known to the store, for seeding.
    async fn organization_ids(&self) -> Result<Vec<Uuid>, StoreError>;
    /// The digest of `data/` as it was last seeded completely, if ever.
    async fn seeded_fingerprint(&self) -> Result<Option<String>, StoreError>;
    /// Records that `data/` with this digest is now completely seeded.
    async fn set_seeded_fingerprint(&self, fingerprint: &str) -> Result<(), StoreError>;
    /// The organization a record of another system became: `system` names the dataset's
    /// origin, `id` the record's id there.
    async fn import_key(&self, system: &str, id: &str) -> Result<Option<Uuid>, StoreError>;
    async fn set_import_key(&self, system: &str, id: &str, org: Uuid) -> Result<(), StoreError>;
    /// Records a problem reported by the public; returns its id.
    async fn flag(&self, flag: NewFlag<'_>) -> Result<i64, StoreError>;
    /// Flags no moderator has closed yet, oldest first.
    async fn open_flags(&self) -> Result<Vec<Flag>, StoreError>;
    /// Closes an open flag as `resolved` or `dismissed`; `false` if it was not open.
    async fn close_flag(&self, id: i64, status: &str) -> Result<bool, StoreError>;
    /// Records a request to be listed (its `id` is ignored); returns its id.
    async fn request_listing(&self, request: &ListingRequest) -> Result<i64, StoreError>;
    async fn open_listing_requests(&self) -> Result<Vec<ListingRequest>, StoreError>;
    /// Closes an open request as `accepted` or `declined`; `false` if it was not open.
    async fn close_listing_request(&self, id: i64, status: &str) -> Result<bool, StoreError>;
    /// Whether the sender behind `key` (a keyed hash of a phone number) texted STOP.
    async fn sms_stopped(&self, key: &str) -> Result<bool, StoreError>;
    async fn set_sms_stop(&self, key: &str, stopped: bool) -> Result<(), StoreError>;
}

/// A stable hash of a document, to tell whether `data/` changed.
pub fn document_hash(doc: &Organization) -> String {
    use sha2::{Digest, Sha256};
    let json = serde_json::to_vec(doc).expect("documents serialize");
    let digest = Sha256::digest(&json);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

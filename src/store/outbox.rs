//! E-mail waiting for the SMTP server. Queued in the store so a mail server that is down
//! loses nothing and no page waits on it; sent by one background task per node.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;

/// A message for one person, already written in their language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub to: String,
    pub subject: String,
    pub body: String,
    /// Queued at most once under this key (a reminder for one listing and one day).
    pub dedupe_key: Option<String>,
}

#[derive(Debug, Clone)]
pub struct QueuedLetter {
    pub id: i64,
    pub letter: Letter,
    /// Tries before this one.
    pub attempts: i64,
}

#[async_trait]
pub trait Outbox: Send + Sync {
    /// Queues a letter; `false` if one with the same dedupe key was queued before.
    async fn queue(&self, letter: &Letter, now: DateTime<Utc>) -> Result<bool, StoreError>;
    /// Takes up to `limit` letters that are due and leases them until `lease_until`, so
    /// another sender does not take them meanwhile.
    async fn claim_due(
        &self,
        now: DateTime<Utc>,
        lease_until: DateTime<Utc>,
        limit: i64,
    ) -> Result<Vec<QueuedLetter>, StoreError>;
    async fn mark_sent(&self, id: i64, now: DateTime<Utc>) -> Result<(), StoreError>;
    /// Records why a try failed and when to try again.
    async fn mark_failed(
        &self,
        id: i64,
        error: &str,
        retry_at: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    /// Letters not yet sent (for `/metrics`).
    async fn unsent(&self) -> Result<i64, StoreError>;
}

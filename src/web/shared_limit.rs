//! A rate limit all nodes count together when they share a PostgreSQL store, so a client
//! cannot multiply its allowance by the number of nodes behind the load balancer. Keys are
//! HMACs under a day secret the nodes agree on through the store; secret and counts are
//! deleted when the UTC day changes, as on one node. While the database is out of reach,
//! or on the single-node SQLite default, each node counts on its own.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, NaiveDate, Utc};

use super::limit::{Key, RateLimiter, keyed, new_secret};
use crate::store::{SharedLimits, StoreError};

pub struct Limit {
    /// Which limit this is, so two limits never share counts.
    scope: &'static str,
    local: RateLimiter,
    shared: Option<Arc<dyn SharedLimits>>,
    /// The agreed secret of the day, once read from the store.
    secret: Mutex<Option<(NaiveDate, Key)>>,
}

impl Limit {
    /// Counted by every node in `shared` when given (nodes sharing PostgreSQL), else on
    /// this node only.
    pub fn new(
        scope: &'static str,
        limit: u32,
        window_secs: i64,
        shared: Option<Arc<dyn SharedLimits>>,
    ) -> Limit {
        match shared {
            Some(store) => Limit::shared(scope, limit, window_secs, store),
            None => Limit::local(scope, limit, window_secs),
        }
    }

    /// Counted on this node only.
    pub fn local(scope: &'static str, limit: u32, window_secs: i64) -> Limit {
        Limit {
            scope,
            local: RateLimiter::new(limit, window_secs),
            shared: None,
            secret: Mutex::new(None),
        }
    }

    /// Counted by every node in `store`.
    pub fn shared(
        scope: &'static str,
        limit: u32,
        window_secs: i64,
        store: Arc<dyn SharedLimits>,
    ) -> Limit {
        Limit {
            shared: Some(store),
            ..Limit::local(scope, limit, window_secs)
        }
    }

    /// Counts one request from `who`; `Err(seconds)` says how long until it may try again.
    pub async fn check(&self, who: &str, now: DateTime<Utc>) -> Result<(), i64> {
        if let Some(store) = &self.shared {
            match self.check_shared(store.as_ref(), who, now).await {
                Ok(verdict) => return verdict,
                Err(error) => {
                    tracing::warn!(%error, "shared rate limit unreachable; counting on this node");
                }
            }
        }
        self.local.check(who, now)
    }

    async fn check_shared(
        &self,
        store: &dyn SharedLimits,
        who: &str,
        now: DateTime<Utc>,
    ) -> Result<Result<(), i64>, StoreError> {
        let today = now.date_naive();
        let day = today.to_string();
        let cached = *self.secret.lock().unwrap_or_else(|p| p.into_inner());
        let secret = match cached {
            Some((date, secret)) if date == today => secret,
            _ => {
                let agreed = store.day_secret(&day, &hex(&new_secret())).await?;
                let secret = unhex(&agreed)
                    .ok_or_else(|| StoreError::Corrupt("rate limit secret".into()))?;
                *self.secret.lock().unwrap_or_else(|p| p.into_inner()) = Some((today, secret));
                secret
            }
        };
        let key = hex(&keyed(&secret, who));
        let window = self.local.window_secs();
        let t = now.timestamp();
        let (start, hits) = store.hit(self.scope, &key, &day, t, window).await?;
        if hits > i64::from(self.local.limit()) {
            return Ok(Err(window - (t - start)));
        }
        Ok(Ok(()))
    }
}

fn hex(bytes: &Key) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Key> {
    let mut key = [0u8; 32];
    if text.len() != 64 {
        return None;
    }
    for (i, byte) in key.iter_mut().enumerate() {
        *byte = u8::from_str_radix(text.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::SqlStore;
    use chrono::TimeZone;

    #[tokio::test]
    async fn two_nodes_on_one_store_share_one_count() {
        let store: Arc<dyn SharedLimits> = Arc::new(SqlStore::in_memory().await.unwrap());
        let node_a = Limit::shared("login", 3, 600, store.clone());
        let node_b = Limit::shared("login", 3, 600, store.clone());
        let t0 = Utc.with_ymd_and_hms(2026, 11, 30, 10, 0, 0).unwrap();
        assert!(node_a.check("192.0.2.1", t0).await.is_ok());
        assert!(node_b.check("192.0.2.1", t0).await.is_ok());
        assert!(node_a.check("192.0.2.1", t0).await.is_ok());
        assert_eq!(
            node_b
                .check("192.0.2.1", t0 + chrono::Duration::seconds(100))
                .await,
            Err(500)
        );
        assert!(node_b.check("192.0.2.2", t0).await.is_ok());
        let other_scope = Limit::shared("problem", 3, 600, store.clone());
        assert!(other_scope.check("192.0.2.1", t0).await.is_ok());
        let tomorrow = Utc.with_ymd_and_hms(2026, 12, 1, 0, 0, 1).unwrap();
        assert!(node_a.check("192.0.2.1", tomorrow).await.is_ok());
    }

    #[test]
    fn secrets_survive_the_trip_through_the_store() {
        let secret = new_secret();
        assert_eq!(unhex(&hex(&secret)), Some(secret));
        assert_eq!(unhex("zz"), None);
    }
}

//! Rate-limit counts shared by every node of one store (see `web::shared_limit`).

use async_trait::async_trait;

use super::{SqlStore, StoreError};

#[async_trait]
pub trait SharedLimits: Send + Sync {
    /// The secret all nodes key `day`'s clients with: the first `proposed` for the day
    /// wins. Every other day's secret and counts are deleted here.
    async fn day_secret(&self, day: &str, proposed: &str) -> Result<String, StoreError>;
    /// Counts one request of `key` (already an HMAC) in `scope` at `now` (Unix seconds);
    /// returns the start of its current window and the requests counted in it.
    async fn hit(
        &self,
        scope: &str,
        key: &str,
        day: &str,
        now: i64,
        window_secs: i64,
    ) -> Result<(i64, i64), StoreError>;
}

#[async_trait]
impl SharedLimits for SqlStore {
    async fn day_secret(&self, day: &str, proposed: &str) -> Result<String, StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM rate_limit_counts WHERE day <> $1")
            .bind(day)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM rate_limit_days WHERE day <> $1")
            .bind(day)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO rate_limit_days (day, secret) VALUES ($1, $2) ON CONFLICT (day) DO NOTHING",
        )
        .bind(day)
        .bind(proposed)
        .execute(&mut *tx)
        .await?;
        let secret = sqlx::query_scalar("SELECT secret FROM rate_limit_days WHERE day = $1")
            .bind(day)
            .fetch_one(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(secret)
    }

    async fn hit(
        &self,
        scope: &str,
        key: &str,
        day: &str,
        now: i64,
        window_secs: i64,
    ) -> Result<(i64, i64), StoreError> {
        // One statement, so two nodes counting the same key at once both count.
        let row: (i64, i64) = sqlx::query_as(
            "INSERT INTO rate_limit_counts (scope, key, day, window_start, hits)
             VALUES ($1, $2, $3, $4, 1)
             ON CONFLICT (scope, key) DO UPDATE SET
                 hits = CASE WHEN $4 - rate_limit_counts.window_start >= $5
                             THEN 1 ELSE rate_limit_counts.hits + 1 END,
                 window_start = CASE WHEN $4 - rate_limit_counts.window_start >= $5
                             THEN $4 ELSE rate_limit_counts.window_start END
             RETURNING window_start, hits",
        )
        .bind(scope)
        .bind(key)
        .bind(day)
        .bind(now)
        .bind(window_secs)
        .fetch_one(&self.pool)
        .await?;
        Ok(row)
    }
}

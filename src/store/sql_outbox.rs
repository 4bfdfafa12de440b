//! [`Outbox`] in SQL.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::Row;

use super::outbox::{Letter, Outbox, QueuedLetter};
use super::sql_accounts::time;
use super::{SqlStore, StoreError};

#[async_trait]
impl Outbox for SqlStore {
    async fn queue(&self, letter: &Letter, now: DateTime<Utc>) -> Result<bool, StoreError> {
        let queued = sqlx::query(
            "INSERT INTO outbox (recipient, subject, body, dedupe_key, queued_at, next_attempt_at)
             VALUES ($1, $2, $3, $4, $5, $5)
             ON CONFLICT (dedupe_key) DO NOTHING",
        )
        .bind(&letter.to)
        .bind(&letter.subject)
        .bind(&letter.body)
        .bind(letter.dedupe_key.as_deref())
        .bind(time(now))
        .execute(&self.pool)
        .await?;
        Ok(queued.rows_affected() == 1)
    }

    async fn claim_due(
        &self,
        now: DateTime<Utc>,
        lease_until: DateTime<Utc>,
        limit: i64,
    ) -> Result<Vec<QueuedLetter>, StoreError> {
        let rows = sqlx::query(
            // The outer conditions repeat the inner ones: when two nodes claim at once on
            // PostgreSQL, the second re-reads a row the first leased and leaves it.
            "UPDATE outbox SET next_attempt_at = $2
             WHERE sent_at IS NULL AND next_attempt_at <= $1
               AND id IN (SELECT id FROM outbox
                          WHERE sent_at IS NULL AND next_attempt_at <= $1
                          ORDER BY id LIMIT $3)
             RETURNING id, recipient, subject, body, dedupe_key, attempts",
        )
        .bind(time(now))
        .bind(time(lease_until))
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        let mut letters = rows
            .iter()
            .map(|row| {
                Ok(QueuedLetter {
                    id: row.try_get("id")?,
                    attempts: row.try_get("attempts")?,
                    letter: Letter {
                        to: row.try_get("recipient")?,
                        subject: row.try_get("subject")?,
                        body: row.try_get("body")?,
                        dedupe_key: row.try_get("dedupe_key")?,
                    },
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        letters.sort_by_key(|l| l.id);
        Ok(letters)
    }

    async fn mark_sent(&self, id: i64, now: DateTime<Utc>) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE outbox SET sent_at = $2, attempts = attempts + 1, last_error = NULL
             WHERE id = $1",
        )
        .bind(id)
        .bind(time(now))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn mark_failed(
        &self,
        id: i64,
        error: &str,
        retry_at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE outbox SET attempts = attempts + 1, last_error = $2, next_attempt_at = $3
             WHERE id = $1",
        )
        .bind(id)
        .bind(error)
        .bind(time(retry_at))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn unsent(&self) -> Result<i64, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL")
                .fetch_one(&self.pool)
                .await?,
        )
    }
}

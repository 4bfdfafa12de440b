//! `faro migrate-store`: a whole store copied into an empty one (SQLite to PostgreSQL, or
//! back), every row with its id, so history, sequence numbers and the audit log arrive as
//! they were. One transaction on the target: a copy that fails leaves it empty.

use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;

use super::connect::Backend;
use super::{SqlStore, StoreError};

#[derive(Clone, Copy)]
enum Kind {
    Int,
    Text,
}

use Kind::{Int, Text};

/// Every table, parents before children, with its columns. A new migration that adds a
/// table or column adds it here; `every_table_is_copied` fails until it does.
const TABLES: &[(&str, &[(&str, Kind)])] = &[
    (
        "organizations",
        &[
            ("id", Text),
            ("slug", Text),
            ("current_revision", Int),
            ("created_at", Text),
        ],
    ),
    (
        "revisions",
        &[
            ("id", Int),
            ("org_id", Text),
            ("base_revision", Int),
            ("document", Text),
            ("document_hash", Text),
            ("status", Text),
            ("author", Text),
            ("author_kind", Text),
            ("created_at", Text),
            ("note", Text),
            ("decided_by", Text),
            ("decided_at", Text),
            ("decision_note", Text),
            ("seq", Int),
        ],
    ),
    (
        "flags",
        &[
            ("id", Int),
            ("org_id", Text),
            ("service_id", Text),
            ("problem", Text),
            ("details", Text),
            ("locale", Text),
            ("reported_on", Text),
            ("status", Text),
        ],
    ),
    ("sms_stops", &[("sender_key", Text)]),
    (
        "users",
        &[
            ("id", Int),
            ("email", Text),
            ("role", Text),
            ("org_id", Text),
            ("password_hash", Text),
            ("totp_secret", Text),
            ("failed_logins", Int),
            ("locked_until", Text),
            ("created_at", Text),
            ("locale", Text),
        ],
    ),
    (
        "invites",
        &[
            ("token_hash", Text),
            ("email", Text),
            ("role", Text),
            ("org_id", Text),
            ("created_by", Text),
            ("created_at", Text),
            ("expires_at", Text),
            ("used_at", Text),
            ("locale", Text),
        ],
    ),
    (
        "sessions",
        &[
            ("token_hash", Text),
            ("user_id", Int),
            ("csrf_token", Text),
            ("verified", Int),
            ("created_at", Text),
            ("expires_at", Text),
        ],
    ),
    (
        "audit",
        &[
            ("id", Int),
            ("at", Text),
            ("actor", Text),
            ("action", Text),
            ("org_id", Text),
            ("detail", Text),
        ],
    ),
    (
        "listing_requests",
        &[
            ("id", Int),
            ("organization", Text),
            ("website", Text),
            ("services", Text),
            ("public_contact", Text),
            ("sources", Text),
            ("locale", Text),
            ("requested_on", Text),
            ("status", Text),
        ],
    ),
    (
        "outbox",
        &[
            ("id", Int),
            ("recipient", Text),
            ("subject", Text),
            ("body", Text),
            ("dedupe_key", Text),
            ("queued_at", Text),
            ("attempts", Int),
            ("next_attempt_at", Text),
            ("last_error", Text),
            ("sent_at", Text),
        ],
    ),
    (
        "import_keys",
        &[
            ("source_system", Text),
            ("source_id", Text),
            ("org_id", Text),
        ],
    ),
    (
        "seeded_data",
        &[("id", Int), ("fingerprint", Text), ("seeded_at", Text)],
    ),
];

/// Tables whose ids the database hands out: the target's counters move past the copies.
const IDENTITY_TABLES: [&str; 6] = [
    "revisions",
    "flags",
    "users",
    "audit",
    "listing_requests",
    "outbox",
];

/// What was copied, and the checks that passed after.
#[derive(Debug, Serialize)]
pub struct CopyReport {
    pub rows: Vec<(String, i64)>,
    pub feed_seq: i64,
}

#[derive(Debug, thiserror::Error)]
pub enum CopyError {
    #[error("the target store is not empty ({0} has rows); copy only into a new store")]
    TargetNotEmpty(String),
    #[error("after copying, {table} has {found} rows in the target, not the {copied} copied")]
    CountMismatch {
        table: String,
        copied: i64,
        found: i64,
    },
    #[error("after copying, the change feed is at {found} in the target, not {copied}")]
    FeedMismatch { copied: i64, found: i64 },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for CopyError {
    fn from(e: sqlx::Error) -> Self {
        CopyError::Store(e.into())
    }
}

/// Copies every row of `from` into the empty store `to`, then checks row counts and the
/// change feed's position on both sides.
pub async fn copy_store(from: &SqlStore, to: &SqlStore) -> Result<CopyReport, CopyError> {
    for (table, _) in TABLES {
        if count(to, table).await? > 0 {
            return Err(CopyError::TargetNotEmpty(table.to_string()));
        }
    }
    // The snapshot being copied: nothing approved on `from` while this runs is half-taken.
    let mut source = from.pool.begin().await?;
    if from.backend == Backend::Postgres {
        sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            .execute(&mut *source)
            .await?;
    }
    let mut target = to.pool.begin().await?;
    let mut copied = Vec::new();
    for (table, columns) in TABLES {
        let names: Vec<&str> = columns.iter().map(|(name, _)| *name).collect();
        let select = format!(
            "SELECT {} FROM {table} ORDER BY {}",
            names.join(", "),
            names[0]
        );
        let placeholders: Vec<String> = (1..=names.len()).map(|i| format!("${i}")).collect();
        let insert = format!(
            "INSERT INTO {table} ({}) VALUES ({})",
            names.join(", "),
            placeholders.join(", ")
        );
        let rows: Vec<AnyRow> = sqlx::query(sqlx::AssertSqlSafe(select))
            .fetch_all(&mut *source)
            .await?;
        for row in &rows {
            let mut query = sqlx::query(sqlx::AssertSqlSafe(insert.clone()));
            for (i, (_, kind)) in columns.iter().enumerate() {
                query = match kind {
                    Int => query.bind(row.try_get::<Option<i64>, _>(i)?),
                    Text => query.bind(row.try_get::<Option<String>, _>(i)?),
                };
            }
            query.execute(&mut *target).await?;
        }
        copied.push((table.to_string(), rows.len() as i64));
    }
    let feed_seq: i64 = sqlx::query_scalar("SELECT seq FROM feed_counter WHERE id = 1")
        .fetch_one(&mut *source)
        .await?;
    sqlx::query("UPDATE feed_counter SET seq = $1 WHERE id = 1")
        .bind(feed_seq)
        .execute(&mut *target)
        .await?;
    if to.backend == Backend::Postgres {
        for table in IDENTITY_TABLES {
            // Explicit ids do not move an identity's counter; without this the next insert
            // would collide with a copied row.
            let sql = format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'),
                               COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
            );
            sqlx::query(sqlx::AssertSqlSafe(sql))
                .execute(&mut *target)
                .await?;
        }
    }
    target.commit().await?;
    source.commit().await?;
    verify(to, copied, feed_seq).await
}

/// Reads the target back: every table holds what the source's snapshot held, and the feed
/// stands where it stood, with the newest revision at that number.
async fn verify(
    to: &SqlStore,
    copied: Vec<(String, i64)>,
    feed_seq: i64,
) -> Result<CopyReport, CopyError> {
    for (table, source) in &copied {
        let found = count(to, table).await?;
        if found != *source {
            return Err(CopyError::CountMismatch {
                table: table.clone(),
                copied: *source,
                found,
            });
        }
    }
    let target_seq: i64 = sqlx::query_scalar("SELECT seq FROM feed_counter WHERE id = 1")
        .fetch_one(&to.pool)
        .await?;
    let newest: Option<i64> = sqlx::query_scalar("SELECT MAX(seq) FROM revisions")
        .fetch_one(&to.pool)
        .await?;
    if target_seq != feed_seq || newest.unwrap_or(0) != feed_seq {
        return Err(CopyError::FeedMismatch {
            copied: feed_seq,
            found: target_seq,
        });
    }
    Ok(CopyReport {
        rows: copied,
        feed_seq,
    })
}

async fn count(store: &SqlStore, table: &str) -> Result<i64, StoreError> {
    Ok(
        sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
            .fetch_one(&store.pool)
            .await?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every column the migrations create is listed, so a copy never silently drops one.
    #[tokio::test]
    async fn every_table_is_copied() {
        let store = SqlStore::in_memory().await.unwrap();
        let tables: Vec<String> = sqlx::query_scalar(
            "SELECT name FROM sqlite_master WHERE type = 'table'
               AND name NOT LIKE 'sqlite_%'
               -- The counter is set from the source; rate limits are today's, not history.
               AND name NOT IN ('_sqlx_migrations', 'feed_counter', 'rate_limit_days', 'rate_limit_counts')
             ORDER BY name",
        )
        .fetch_all(&store.pool)
        .await
        .unwrap();
        let mut listed: Vec<String> = TABLES.iter().map(|(t, _)| t.to_string()).collect();
        listed.sort();
        assert_eq!(tables, listed);
        for (table, columns) in TABLES {
            let sql = format!("SELECT name FROM pragma_table_info('{table}') ORDER BY name");
            let actual: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
                .fetch_all(&store.pool)
                .await
                .unwrap();
            let mut expected: Vec<String> = columns.iter().map(|(c, _)| c.to_string()).collect();
            expected.sort();
            assert_eq!(actual, expected, "{table}");
        }
    }
}

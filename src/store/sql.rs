//! [`Store`] in SQL that SQLite and PostgreSQL both run unchanged.

use async_trait::async_trait;
use sqlx::AnyPool;
use sqlx::Row;
use sqlx::any::AnyRow;
use uuid::Uuid;

use super::connect::Backend;
use super::{
    AuthorKind, Change, Flag, ListingRequest, NewFlag, NewRevision, Problem, Revision,
    RevisionStatus, Store, StoreError, document_hash,
};
use crate::model::Organization;

const REVISION_COLUMNS: &str = "id, org_id, base_revision, document, document_hash, status, author, \
     author_kind, created_at, note, decided_by, decided_at, decision_note, seq";

/// The store in SQL: the embedded SQLite file or a shared PostgreSQL (see `connect`).
#[derive(Clone)]
pub struct SqlStore {
    pub(super) pool: AnyPool,
    pub(super) backend: Backend,
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

fn revision_from(row: &AnyRow) -> Result<Revision, StoreError> {
    let org_id: String = row.try_get("org_id")?;
    let document: String = row.try_get("document")?;
    Ok(Revision {
        id: row.try_get("id")?,
        org_id: Uuid::parse_str(&org_id).map_err(|e| StoreError::Corrupt(e.to_string()))?,
        base_revision: row.try_get("base_revision")?,
        status: RevisionStatus::parse(row.try_get("status")?)?,
        author: row.try_get("author")?,
        author_kind: AuthorKind::parse(row.try_get("author_kind")?)?,
        created_at: row.try_get("created_at")?,
        note: row.try_get("note")?,
        decided_by: row.try_get("decided_by")?,
        decided_at: row.try_get("decided_at")?,
        decision_note: row.try_get("decision_note")?,
        seq: row.try_get("seq")?,
        document_hash: row.try_get("document_hash")?,
        document: parse_document(&document)?,
    })
}

fn parse_document(json: &str) -> Result<Organization, StoreError> {
    serde_json::from_str(json).map_err(|e| StoreError::Corrupt(format!("document: {e}")))
}

#[async_trait]
impl Store for SqlStore {
    async fn propose(&self, rev: NewRevision<'_>) -> Result<i64, StoreError> {
        let org = rev.document;
        let org_id = org.uuid().to_string();
        let json = serde_json::to_string(org).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let mut tx = self.pool.begin().await?;
        let owner: Option<String> =
            sqlx::query_scalar("SELECT id FROM organizations WHERE slug = $1")
                .bind(&org.slug)
                .fetch_optional(&mut *tx)
                .await?;
        if owner.as_ref().is_some_and(|id| id != &org_id) {
            return Err(StoreError::SlugTaken(org.slug.clone()));
        }
        sqlx::query("INSERT INTO organizations (id, slug, created_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING")
            .bind(&org_id)
            .bind(&org.slug)
            .bind(now())
            .execute(&mut *tx)
            .await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO revisions (org_id, base_revision, document, document_hash, status, author, author_kind, created_at, note)
             VALUES ($1, $2, $3, $4, 'proposed', $5, $6, $7, $8) RETURNING id",
        )
        .bind(&org_id)
        .bind(rev.base_revision)
        .bind(&json)
        .bind(document_hash(org))
        .bind(rev.author)
        .bind(rev.author_kind.as_str())
        .bind(now())
        .bind(rev.note)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn approve(&self, revision: i64, moderator: &str, note: &str) -> Result<i64, StoreError> {
        let mut tx = self.pool.begin().await?;
        // Writing first takes SQLite's write lock, or PostgreSQL's lock on the counter row,
        // at once: approvals run one at a time and the read below cannot go stale.
        let seq: i64 =
            sqlx::query_scalar("UPDATE feed_counter SET seq = seq + 1 WHERE id = 1 RETURNING seq")
                .fetch_one(&mut *tx)
                .await?;
        let row = sqlx::query(
            "SELECT r.status, r.base_revision, r.org_id, r.document, o.current_revision
             FROM revisions r JOIN organizations o ON o.id = r.org_id WHERE r.id = $1",
        )
        .bind(revision)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::NoSuchRevision(revision))?;
        let status: String = row.try_get("status")?;
        if status != "proposed" {
            return Err(StoreError::AlreadyDecided(revision));
        }
        let base: Option<i64> = row.try_get("base_revision")?;
        let current: Option<i64> = row.try_get("current_revision")?;
        if base != current {
            return Err(StoreError::Conflict(revision));
        }
        let org_id: String = row.try_get("org_id")?;
        let slug = parse_document(row.try_get("document")?)?.slug;
        sqlx::query(
            "UPDATE revisions SET status = 'approved', decided_by = $1, decided_at = $2, decision_note = $3, seq = $4
             WHERE id = $5",
        )
        .bind(moderator)
        .bind(now())
        .bind(note)
        .bind(seq)
        .bind(revision)
        .execute(&mut *tx)
        .await?;
        // The base is compared again in the write itself, so no interleaving of two
        // approvals can move the public revision from under the one that was checked.
        let moved = sqlx::query(
            "UPDATE organizations SET current_revision = $1, slug = $2
             WHERE id = $3 AND current_revision IS NOT DISTINCT FROM $4",
        )
        .bind(revision)
        .bind(&slug)
        .bind(&org_id)
        .bind(base)
        .execute(&mut *tx)
        .await
        .map_err(|e| match e {
            sqlx::Error::Database(d) if d.is_unique_violation() => {
                StoreError::SlugTaken(slug.clone())
            }
            other => other.into(),
        })?;
        if moved.rows_affected() != 1 {
            return Err(StoreError::Conflict(revision));
        }
        if self.backend == Backend::Postgres {
            // Delivered at commit, and only if it commits: other nodes wake to read the feed.
            sqlx::query("SELECT pg_notify($1, $2)")
                .bind(super::FEED_CHANNEL)
                .bind(seq.to_string())
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(seq)
    }

    async fn reject(&self, revision: i64, moderator: &str, note: &str) -> Result<(), StoreError> {
        let done = sqlx::query(
            "UPDATE revisions SET status = 'rejected', decided_by = $1, decided_at = $2, decision_note = $3
             WHERE id = $4 AND status = 'proposed'",
        )
        .bind(moderator)
        .bind(now())
        .bind(note)
        .bind(revision)
        .execute(&self.pool)
        .await?;
        if done.rows_affected() == 1 {
            return Ok(());
        }
        self.revision(revision).await?;
        Err(StoreError::AlreadyDecided(revision))
    }

    async fn revision(&self, id: i64) -> Result<Revision, StoreError> {
        let sql = format!("SELECT {REVISION_COLUMNS} FROM revisions WHERE id = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NoSuchRevision(id))?;
        revision_from(&row)
    }

    async fn history(&self, org: Uuid) -> Result<Vec<Revision>, StoreError> {
        let sql = format!("SELECT {REVISION_COLUMNS} FROM revisions WHERE org_id = $1 ORDER BY id");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(org.to_string())
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(revision_from).collect()
    }

    async fn current(&self, org: Uuid) -> Result<Option<Revision>, StoreError> {
        let sql = format!(
            "SELECT {REVISION_COLUMNS} FROM revisions WHERE id = (SELECT current_revision FROM organizations WHERE id = $1)"
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(org.to_string())
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(revision_from).transpose()
    }

    async fn last_by(&self, org: Uuid, kind: AuthorKind) -> Result<Option<Revision>, StoreError> {
        let sql = format!(
            "SELECT {REVISION_COLUMNS} FROM revisions WHERE org_id = $1 AND author_kind = $2 ORDER BY id DESC LIMIT 1"
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(org.to_string())
            .bind(kind.as_str())
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(revision_from).transpose()
    }

    async fn proposed(&self) -> Result<Vec<Revision>, StoreError> {
        let sql = format!(
            "SELECT {REVISION_COLUMNS} FROM revisions WHERE status = 'proposed' ORDER BY id"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(revision_from).collect()
    }

    async fn changes_since(&self, seq: i64, limit: i64) -> Result<Vec<Change>, StoreError> {
        let rows = sqlx::query(
            "SELECT seq, org_id, document FROM revisions WHERE seq > $1 ORDER BY seq LIMIT $2",
        )
        .bind(seq)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(change_from).collect()
    }

    async fn snapshot(&self) -> Result<(i64, Vec<Change>), StoreError> {
        // One transaction, so the counter and the documents describe the same moment.
        let mut tx = self.pool.begin().await?;
        let seq: i64 = sqlx::query_scalar("SELECT seq FROM feed_counter WHERE id = 1")
            .fetch_one(&mut *tx)
            .await?;
        let rows = sqlx::query(
            "SELECT r.seq, r.org_id, r.document FROM organizations o JOIN revisions r ON r.id = o.current_revision
             ORDER BY o.slug",
        )
        .fetch_all(&mut *tx)
        .await?;
        tx.commit().await?;
        let changes = rows.iter().map(change_from).collect::<Result<_, _>>()?;
        Ok((seq, changes))
    }

    async fn last_seq(&self) -> Result<i64, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT seq FROM feed_counter WHERE id = 1")
                .fetch_one(&self.pool)
                .await?,
        )
    }

    async fn seeded_fingerprint(&self) -> Result<Option<String>, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT fingerprint FROM seeded_data WHERE id = 1")
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    async fn set_seeded_fingerprint(&self, fingerprint: &str) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO seeded_data (id, fingerprint, seeded_at) VALUES (1, $1, $2)
             ON CONFLICT (id) DO UPDATE SET fingerprint = $1, seeded_at = $2",
        )
        .bind(fingerprint)
        .bind(chrono::Utc::now().to_rfc3339())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn import_key(&self, system: &str, id: &str) -> Result<Option<Uuid>, StoreError> {
        let org: Option<String> = sqlx::query_scalar(
            "SELECT org_id FROM import_keys WHERE source_system = $1 AND source_id = $2",
        )
        .bind(system)
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        org.map(|o| {
            Uuid::parse_str(&o).map_err(|e| StoreError::Corrupt(format!("import key: {e}")))
        })
        .transpose()
    }

    async fn set_import_key(&self, system: &str, id: &str, org: Uuid) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO import_keys (source_system, source_id, org_id) VALUES ($1, $2, $3)
             ON CONFLICT (source_system, source_id) DO UPDATE SET org_id = $3",
        )
        .bind(system)
        .bind(id)
        .bind(org.to_string())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn organization_ids(&self) -> Result<Vec<Uuid>, StoreError> {
        let ids: Vec<String> = sqlx::query_scalar("SELECT id FROM organizations ORDER BY slug")
            .fetch_all(&self.pool)
            .await?;
        ids.iter()
            .map(|s| Uuid::parse_str(s).map_err(|e| StoreError::Corrupt(e.to_string())))
            .collect()
    }

    async fn flag(&self, flag: NewFlag<'_>) -> Result<i64, StoreError> {
        let id = sqlx::query_scalar(
            "INSERT INTO flags (org_id, service_id, problem, details, locale, reported_on)
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(flag.org_id.to_string())
        .bind(flag.service_id.to_string())
        .bind(flag.problem.as_str())
        .bind(flag.details)
        .bind(flag.locale)
        .bind(chrono::Utc::now().date_naive().to_string())
        .fetch_one(&self.pool)
        .await?;
        Ok(id)
    }

    async fn open_flags(&self) -> Result<Vec<Flag>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, org_id, service_id, problem, details, locale, reported_on, status
             FROM flags WHERE status = 'open' ORDER BY id",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(flag_from).collect()
    }

    async fn close_flag(&self, id: i64, status: &str) -> Result<bool, StoreError> {
        let closed = sqlx::query(
            "UPDATE flags SET status = $2 WHERE id = $1 AND status = 'open'
               AND $2 IN ('resolved', 'dismissed')",
        )
        .bind(id)
        .bind(status)
        .execute(&self.pool)
        .await?;
        Ok(closed.rows_affected() == 1)
    }

    async fn request_listing(&self, r: &ListingRequest) -> Result<i64, StoreError> {
        let id = sqlx::query_scalar(
            "INSERT INTO listing_requests
               (organization, website, services, public_contact, sources, locale, requested_on)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(&r.organization)
        .bind(&r.website)
        .bind(&r.services)
        .bind(&r.public_contact)
        .bind(&r.sources)
        .bind(&r.locale)
        .bind(chrono::Utc::now().date_naive().to_string())
        .fetch_one(&self.pool)
        .await?;
        Ok(id)
    }

    async fn open_listing_requests(&self) -> Result<Vec<ListingRequest>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, organization, website, services, public_contact, sources, locale, requested_on
             FROM listing_requests WHERE status = 'open' ORDER BY id",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(ListingRequest {
                    id: row.try_get("id")?,
                    organization: row.try_get("organization")?,
                    website: row.try_get("website")?,
                    services: row.try_get("services")?,
                    public_contact: row.try_get("public_contact")?,
                    sources: row.try_get("sources")?,
                    locale: row.try_get("locale")?,
                    requested_on: row.try_get("requested_on")?,
                })
            })
            .collect()
    }

    async fn close_listing_request(&self, id: i64, status: &str) -> Result<bool, StoreError> {
        let closed = sqlx::query(
            "UPDATE listing_requests SET status = $2 WHERE id = $1 AND status = 'open'
               AND $2 IN ('accepted', 'declined')",
        )
        .bind(id)
        .bind(status)
        .execute(&self.pool)
        .await?;
        Ok(closed.rows_affected() == 1)
    }

    async fn sms_stopped(&self, key: &str) -> Result<bool, StoreError> {
        let found: Option<String> =
            sqlx::query_scalar("SELECT sender_key FROM sms_stops WHERE sender_key = $1")
                .bind(key)
                .fetch_optional(&self.pool)
                .await?;
        Ok(found.is_some())
    }

    async fn set_sms_stop(&self, key: &str, stopped: bool) -> Result<(), StoreError> {
        let sql = if stopped {
            "INSERT INTO sms_stops (sender_key) VALUES ($1) ON CONFLICT DO NOTHING"
        } else {
            "DELETE FROM sms_stops WHERE sender_key = $1"
        };
        sqlx::query(sql).bind(key).execute(&self.pool).await?;
        Ok(())
    }
}

fn uuid_from(row: &AnyRow, column: &str) -> Result<Uuid, StoreError> {
    let text: String = row.try_get(column)?;
    Uuid::parse_str(&text).map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn flag_from(row: &AnyRow) -> Result<Flag, StoreError> {
    let problem: String = row.try_get("problem")?;
    Ok(Flag {
        id: row.try_get("id")?,
        org_id: uuid_from(row, "org_id")?,
        service_id: uuid_from(row, "service_id")?,
        problem: Problem::parse(&problem)
            .ok_or_else(|| StoreError::Corrupt(format!("unknown problem {problem}")))?,
        details: row.try_get("details")?,
        locale: row.try_get("locale")?,
        reported_on: row.try_get("reported_on")?,
        status: row.try_get("status")?,
    })
}

fn change_from(row: &AnyRow) -> Result<Change, StoreError> {
    let org_id: String = row.try_get("org_id")?;
    Ok(Change {
        seq: row.try_get("seq")?,
        org_id: Uuid::parse_str(&org_id).map_err(|e| StoreError::Corrupt(e.to_string()))?,
        document: parse_document(row.try_get("document")?)?,
    })
}

//! [`Accounts`] in SQL.

use async_trait::async_trait;
use chrono::{DateTime, Duration, Utc};
use sqlx::Row;
use sqlx::any::AnyRow;
use uuid::Uuid;

use super::accounts::{
    Accounts, AuditEntry, LOCK_AFTER_FAILURES, LOCK_MINUTES, NewInvite, Role, Session, User,
};
use super::{SqlStore, StoreError};

/// Times as the store writes them: RFC 3339, UTC, milliseconds (they sort as text).
pub(super) fn time(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

fn parse_time(s: &str) -> Result<DateTime<Utc>, StoreError> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn parse_uuid(s: Option<String>) -> Result<Option<Uuid>, StoreError> {
    s.map(|s| Uuid::parse_str(&s).map_err(|e| StoreError::Corrupt(e.to_string())))
        .transpose()
}

const USER_COLUMNS: &str = "users.id, users.email, users.role, users.org_id, users.password_hash, users.totp_secret, users.failed_logins, users.locked_until, users.locale";

fn user_from(row: &AnyRow) -> Result<User, StoreError> {
    let role: String = row.try_get("role")?;
    let locked: Option<String> = row.try_get("locked_until")?;
    Ok(User {
        id: row.try_get("id")?,
        email: row.try_get("email")?,
        role: Role::parse(&role).ok_or_else(|| StoreError::Corrupt(format!("role {role}")))?,
        org_id: parse_uuid(row.try_get("org_id")?)?,
        password_hash: row.try_get("password_hash")?,
        totp_secret: row.try_get("totp_secret")?,
        failed_logins: row.try_get("failed_logins")?,
        locked_until: locked.as_deref().map(parse_time).transpose()?,
        locale: row.try_get("locale")?,
    })
}

#[async_trait]
impl Accounts for SqlStore {
    async fn create_invite(&self, invite: NewInvite<'_>) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO invites (token_hash, email, role, org_id, created_by, created_at, expires_at, locale)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(invite.token_hash)
        .bind(invite.email)
        .bind(invite.role.as_str())
        .bind(invite.org_id.map(|u| u.to_string()))
        .bind(invite.created_by)
        .bind(time(Utc::now()))
        .bind(time(invite.expires_at))
        .bind(invite.locale)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn invite_usable(
        &self,
        token_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<String>, StoreError> {
        let email: Option<String> = sqlx::query_scalar(
            "SELECT email FROM invites WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
        )
        .bind(token_hash)
        .bind(time(now))
        .fetch_optional(&self.pool)
        .await?;
        Ok(email)
    }

    async fn accept_invite(
        &self,
        token_hash: &str,
        password_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<User>, StoreError> {
        let mut tx = self.pool.begin().await?;
        // Marking it used first takes the write lock: two tabs cannot both use one invite.
        let used = sqlx::query(
            "UPDATE invites SET used_at = $2
             WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
        )
        .bind(token_hash)
        .bind(time(now))
        .execute(&mut *tx)
        .await?;
        if used.rows_affected() != 1 {
            return Ok(None);
        }
        let invite =
            sqlx::query("SELECT email, role, org_id, locale FROM invites WHERE token_hash = $1")
                .bind(token_hash)
                .fetch_one(&mut *tx)
                .await?;
        let email: String = invite.try_get("email")?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO users (email, role, org_id, password_hash, created_at, locale)
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(&email)
        .bind(invite.try_get::<String, _>("role")?)
        .bind(invite.try_get::<Option<String>, _>("org_id")?)
        .bind(password_hash)
        .bind(time(now))
        .bind(invite.try_get::<String, _>("locale")?)
        .fetch_one(&mut *tx)
        .await?;
        let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(Some(user_from(&row)?))
    }

    async fn user_by_email(&self, email: &str) -> Result<Option<User>, StoreError> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE email = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(email)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(user_from).transpose()
    }

    async fn editors_of(&self, org_id: Uuid) -> Result<Vec<User>, StoreError> {
        let sql = format!(
            "SELECT {USER_COLUMNS} FROM users WHERE role = 'editor' AND org_id = $1 ORDER BY id"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(org_id.to_string())
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(user_from).collect()
    }

    async fn organizations_with_editors(&self) -> Result<Vec<Uuid>, StoreError> {
        let ids: Vec<String> = sqlx::query_scalar(
            "SELECT DISTINCT org_id FROM users WHERE role = 'editor' ORDER BY org_id",
        )
        .fetch_all(&self.pool)
        .await?;
        ids.into_iter()
            .map(|id| Uuid::parse_str(&id).map_err(|e| StoreError::Corrupt(e.to_string())))
            .collect()
    }

    async fn login_failed(&self, user_id: i64, now: DateTime<Utc>) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        // A rest that is over starts the count again.
        sqlx::query(
            "UPDATE users SET failed_logins = 0, locked_until = NULL
             WHERE id = $1 AND locked_until IS NOT NULL AND locked_until <= $2",
        )
        .bind(user_id)
        .bind(time(now))
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE users SET failed_logins = failed_logins + 1,
                locked_until = CASE WHEN failed_logins + 1 >= $2 THEN $3 ELSE locked_until END
             WHERE id = $1",
        )
        .bind(user_id)
        .bind(LOCK_AFTER_FAILURES)
        .bind(time(now + Duration::minutes(LOCK_MINUTES)))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn login_succeeded(&self, user_id: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = $1")
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn set_totp_secret(&self, user_id: i64, secret: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE users SET totp_secret = $2 WHERE id = $1")
            .bind(user_id)
            .bind(secret)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn set_password(&self, user_id: i64, password_hash: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE users SET password_hash = $2 WHERE id = $1")
            .bind(user_id)
            .bind(password_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn create_session(
        &self,
        token_hash: &str,
        user_id: i64,
        csrf_token: &str,
        verified: bool,
        expires_at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, csrf_token, verified, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(token_hash)
        .bind(user_id)
        .bind(csrf_token)
        .bind(i64::from(verified))
        .bind(time(Utc::now()))
        .bind(time(expires_at))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn session(
        &self,
        token_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<Session>, StoreError> {
        let sql = format!(
            "SELECT {USER_COLUMNS}, sessions.csrf_token, sessions.verified
             FROM sessions JOIN users ON users.id = sessions.user_id
             WHERE sessions.token_hash = $1 AND sessions.expires_at > $2"
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(token_hash)
            .bind(time(now))
            .fetch_optional(&self.pool)
            .await?;
        row.map(|row| {
            Ok(Session {
                user: user_from(&row)?,
                csrf_token: row.try_get("csrf_token")?,
                verified: row.try_get::<i64, _>("verified")? == 1,
            })
        })
        .transpose()
    }

    async fn mark_session_verified(&self, token_hash: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE sessions SET verified = 1 WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn end_session(&self, token_hash: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn end_sessions_of(&self, user_id: i64) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn end_all_sessions(&self) -> Result<u64, StoreError> {
        let ended = sqlx::query("DELETE FROM sessions")
            .execute(&self.pool)
            .await?;
        Ok(ended.rows_affected())
    }

    async fn audit(
        &self,
        actor: &str,
        action: &str,
        org_id: Option<Uuid>,
        detail: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO audit (at, actor, action, org_id, detail) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(time(Utc::now()))
        .bind(actor)
        .bind(action)
        .bind(org_id.map(|u| u.to_string()))
        .bind(detail)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn audit_log(&self, org: Option<Uuid>) -> Result<Vec<AuditEntry>, StoreError> {
        let rows = match org {
            Some(org) => {
                sqlx::query("SELECT * FROM audit WHERE org_id = $1 ORDER BY id")
                    .bind(org.to_string())
                    .fetch_all(&self.pool)
                    .await?
            }
            None => {
                sqlx::query("SELECT * FROM audit ORDER BY id")
                    .fetch_all(&self.pool)
                    .await?
            }
        };
        rows.iter()
            .map(|row| {
                Ok(AuditEntry {
                    id: row.try_get("id")?,
                    at: row.try_get("at")?,
                    actor: row.try_get("actor")?,
                    action: row.try_get("action")?,
                    org_id: parse_uuid(row.try_get("org_id")?)?,
                    detail: row.try_get("detail")?,
                })
            })
            .collect()
    }
}

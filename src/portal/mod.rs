//! The NGO portal's rules, apart from the web: passwords, second factors, tokens, invites.

pub mod diff;
pub mod password;
pub mod tokens;
pub mod totp;

use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

use crate::store::StoreError;
use crate::store::accounts::{Accounts, NewInvite, Role};

/// How long an invite link works.
pub const INVITE_HOURS: i64 = 72;

/// Records an invite and returns the one-time token for its link (only its hash is kept).
pub async fn invite(
    accounts: &dyn Accounts,
    email: &str,
    role: Role,
    org_id: Option<Uuid>,
    created_by: &str,
    now: DateTime<Utc>,
) -> Result<String, StoreError> {
    let token = tokens::new_token();
    accounts
        .create_invite(NewInvite {
            token_hash: &tokens::hash(&token),
            email,
            role,
            org_id,
            created_by,
            expires_at: now + Duration::hours(INVITE_HOURS),
        })
        .await?;
    accounts
        .audit(
            created_by,
            "invite",
            org_id,
            &format!("{email} as {}", role.as_str()),
        )
        .await?;
    Ok(token)
}

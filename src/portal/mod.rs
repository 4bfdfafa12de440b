//! The NGO portal's rules, apart from the web: passwords, second factors, tokens, invites.

pub mod diff;
pub mod freshness;
pub mod password;
pub mod tokens;
pub mod totp;

use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

use crate::store::StoreError;
use crate::store::accounts::{Accounts, NewInvite, Role};

/// The portal's languages: the people who keep listings true work in one of these, and
/// their e-mail is written in it.
pub const LOCALES: [&str; 2] = ["en", "es"];

/// How long an invite link works.
pub const INVITE_HOURS: i64 = 72;

/// Who is invited, to do what, and in which language they read.
#[derive(Debug, Clone, Copy)]
pub struct Invitation<'a> {
    pub email: &'a str,
    pub role: Role,
    /// For editors: the one organization they may change.
    pub org_id: Option<Uuid>,
    pub locale: &'a str,
    pub created_by: &'a str,
}

/// Records an invite and returns the one-time token for its link (only its hash is kept).
pub async fn invite(
    accounts: &dyn Accounts,
    invitation: Invitation<'_>,
    now: DateTime<Utc>,
) -> Result<String, StoreError> {
    let token = tokens::new_token();
    accounts
        .create_invite(NewInvite {
            token_hash: &tokens::hash(&token),
            email: invitation.email,
            role: invitation.role,
            org_id: invitation.org_id,
            created_by: invitation.created_by,
            expires_at: now + Duration::hours(INVITE_HOURS),
            locale: invitation.locale,
        })
        .await?;
    accounts
        .audit(
            invitation.created_by,
            "invite",
            invitation.org_id,
            &format!("{} as {}", invitation.email, invitation.role.as_str()),
        )
        .await?;
    Ok(token)
}

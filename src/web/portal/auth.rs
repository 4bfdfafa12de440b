//! Who is asking: the session behind the portal cookie, and the checks every state change
//! passes (the session's CSRF token and the browser's Origin).

use actix_web::cookie::{Cookie, SameSite};
use actix_web::http::header::LOCATION;
use actix_web::{HttpRequest, HttpResponse};
use chrono::{Duration, Utc};

use crate::AppState;
use crate::portal::tokens;
use crate::store::accounts::{Role, Session};

pub const COOKIE: &str = "faro_portal";
/// A session lasts a working day; signing out ends it sooner.
pub const SESSION_HOURS: i64 = 12;

/// A signed-in person.
pub struct Viewer {
    pub token_hash: String,
    pub session: Session,
}

impl Viewer {
    pub fn role(&self) -> Role {
        self.session.user.role
    }
}

pub fn see_other(to: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((LOCATION, to.to_string()))
        .finish()
}

/// The session cookie: only for `/portal`, never readable by scripts, never sent from
/// another site's page, and over HTTPS only unless configured for local HTTP.
pub fn session_cookie(state: &AppState, token: &str) -> Cookie<'static> {
    Cookie::build(COOKIE, token.to_string())
        .path("/portal")
        .http_only(true)
        .same_site(SameSite::Strict)
        .secure(state.cookie_secure)
        .max_age(actix_web::cookie::time::Duration::hours(SESSION_HOURS))
        .finish()
}

pub fn expired_cookie(state: &AppState) -> Cookie<'static> {
    let mut c = session_cookie(state, "");
    c.make_removal();
    c
}

/// Starts a session; returns the cookie to set.
pub async fn start_session(
    state: &AppState,
    user_id: i64,
    verified: bool,
) -> Result<Cookie<'static>, crate::store::StoreError> {
    let token = tokens::new_token();
    state
        .accounts
        .create_session(
            &tokens::hash(&token),
            user_id,
            &tokens::new_token(),
            verified,
            Utc::now() + Duration::hours(SESSION_HOURS),
        )
        .await?;
    Ok(session_cookie(state, &token))
}

/// The session behind the request's cookie, verified or not; the read-only notice when
/// the database that holds sessions cannot be reached.
pub async fn any_session(
    req: &HttpRequest,
    state: &AppState,
) -> Result<Option<Viewer>, HttpResponse> {
    let Some(cookie) = req.cookie(COOKIE) else {
        return Ok(None);
    };
    let token_hash = tokens::hash(cookie.value());
    match state.accounts.session(&token_hash, Utc::now()).await {
        Ok(session) => Ok(session.map(|session| Viewer {
            token_hash,
            session,
        })),
        Err(e) => Err(super::pages::failed(req, e)),
    }
}

/// A fully signed-in person, or the redirect that gets them there.
pub async fn signed_in(req: &HttpRequest, state: &AppState) -> Result<Viewer, HttpResponse> {
    match any_session(req, state).await? {
        Some(v) if v.session.verified => Ok(v),
        Some(v) if v.session.user.totp_secret.is_none() => Err(see_other("/portal/enrol")),
        Some(_) => Err(see_other("/portal/code")),
        None => Err(see_other("/portal/login")),
    }
}

/// A signed-in moderator or administrator; editors get "not allowed" under `heading_id`.
pub async fn staff(
    req: &HttpRequest,
    state: &AppState,
    heading_id: &str,
) -> Result<Viewer, HttpResponse> {
    let viewer = signed_in(req, state).await?;
    if viewer.role() == Role::Editor {
        return Err(super::pages::message(
            req,
            actix_web::http::StatusCode::FORBIDDEN,
            heading_id,
            "portal-not-allowed",
        ));
    }
    Ok(viewer)
}

/// A state change must come from Faro's own page and carry the session's token.
pub fn form_allowed(req: &HttpRequest, viewer: &Viewer, fields: &[(String, String)]) -> bool {
    let sent = fields
        .iter()
        .find(|(k, _)| k == "csrf")
        .map_or("", |(_, v)| v.as_str());
    crate::web::origin::from_this_site(req) && tokens::same(sent, &viewer.session.csrf_token)
}

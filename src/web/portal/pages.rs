//! Portal pages: sign-in (password, then a code for moderators and administrators),
//! enrolling the code, accepting an invitation, the home page and the audit log.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::Utc;

use super::PortalCtx;
use super::auth::{self, Viewer, see_other};
use crate::AppState;
use crate::portal::{password, tokens, totp};
use crate::store::StoreError;
use crate::store::accounts::{AuditEntry, Role};

pub(super) fn fields(body: &[u8]) -> Vec<(String, String)> {
    url::form_urlencoded::parse(body).into_owned().collect()
}

pub(super) fn field<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map_or("", |(_, v)| v.as_str())
}

pub(super) fn page(status: StatusCode, template: &impl Template) -> HttpResponse {
    match template.render() {
        Ok(html) => HttpResponse::build(status)
            .content_type("text/html; charset=utf-8")
            .body(html),
        Err(error) => {
            tracing::error!(%error, "portal template failed");
            HttpResponse::InternalServerError().finish()
        }
    }
}

/// A store failure in the portal: logged, and a plain 500 that says nothing more; or,
/// when the database is out of reach, the read-only notice (search still works).
pub(super) fn failed(req: &HttpRequest, error: StoreError) -> HttpResponse {
    if error.is_unavailable() {
        tracing::warn!(%error, "portal is read-only: the database cannot be reached");
        return read_only(req);
    }
    tracing::error!(%error, "portal store failure");
    HttpResponse::InternalServerError().finish()
}

/// Nothing can be saved while the database is out of reach: say so, and that nothing was.
pub(super) fn read_only(req: &HttpRequest) -> HttpResponse {
    let mut response = message(
        req,
        StatusCode::SERVICE_UNAVAILABLE,
        "portal-read-only-heading",
        "portal-read-only",
    );
    response.headers_mut().insert(
        actix_web::http::header::RETRY_AFTER,
        actix_web::http::header::HeaderValue::from_static("30"),
    );
    response
}

fn client(req: &HttpRequest, state: &AppState) -> String {
    crate::web::client::address(req, &state.trusted_proxies)
}

#[derive(Template)]
#[template(path = "portal/message.html")]
struct MessagePage {
    pc: PortalCtx,
    heading: String,
    message: String,
}

pub(super) fn message(
    req: &HttpRequest,
    status: StatusCode,
    heading_id: &str,
    message_id: &str,
) -> HttpResponse {
    let pc = PortalCtx::new(req, String::new());
    let (heading, message) = (pc.t(heading_id), pc.t(message_id));
    page(
        status,
        &MessagePage {
            pc,
            heading,
            message,
        },
    )
}

pub(super) fn refused_cross_site(req: &HttpRequest) -> HttpResponse {
    message(
        req,
        StatusCode::FORBIDDEN,
        "portal-title",
        "portal-cross-site",
    )
}

fn too_many(req: &HttpRequest) -> HttpResponse {
    message(
        req,
        StatusCode::TOO_MANY_REQUESTS,
        "portal-title",
        "portal-too-many",
    )
}

pub async fn home_redirect() -> HttpResponse {
    see_other("/portal/")
}

#[derive(Template)]
#[template(path = "portal/login.html")]
struct LoginPage {
    pc: PortalCtx,
    email: String,
    error: Option<String>,
    notice: Option<String>,
}

pub async fn login_form(req: HttpRequest) -> HttpResponse {
    let pc = PortalCtx::new(&req, String::new());
    let query = req.query_string();
    let notice = if query.contains("invited=1") {
        Some(pc.t("portal-invite-done"))
    } else if query.contains("changed=1") {
        Some(pc.t("portal-password-changed"))
    } else {
        None
    };
    page(
        StatusCode::OK,
        &LoginPage {
            pc,
            email: String::new(),
            error: None,
            notice,
        },
    )
}

pub async fn login(req: HttpRequest, state: web::Data<AppState>, body: web::Bytes) -> HttpResponse {
    if !crate::web::origin::from_this_site(&req) {
        return refused_cross_site(&req);
    }
    if state
        .logins
        .check(&client(&req, &state), Utc::now())
        .await
        .is_err()
    {
        return too_many(&req);
    }
    let form = fields(&body);
    let email = field(&form, "email").trim().to_lowercase();
    let given = field(&form, "password").to_string();
    let user = match state.accounts.user_by_email(&email).await {
        Ok(u) => u,
        Err(e) => return failed(&req, e),
    };
    // Unknown accounts cost the same argon2 work, so timing does not tell who has one.
    let hash = user.as_ref().map_or_else(
        || password::dummy_hash().to_string(),
        |u| u.password_hash.clone(),
    );
    let matches = web::block(move || password::verify(&given, &hash))
        .await
        .unwrap_or(false);
    let now = Utc::now();
    let resting = user
        .as_ref()
        .and_then(|u| u.locked_until)
        .is_some_and(|until| until > now);
    let Some(user) = user.clone().filter(|_| matches && !resting) else {
        // A resting account's failures do not lengthen its rest: it always comes back.
        if let Some(known) = user.filter(|_| !resting) {
            let _ = state.accounts.login_failed(known.id, now).await;
            let _ = state
                .accounts
                .audit(&email, "login-failed", known.org_id, "")
                .await;
        }
        let pc = PortalCtx::new(&req, String::new());
        let error = Some(pc.t("portal-login-failed"));
        return page(
            StatusCode::UNAUTHORIZED,
            &LoginPage {
                pc,
                email,
                error,
                notice: None,
            },
        );
    };
    if let Err(e) = state.accounts.login_succeeded(user.id).await {
        return failed(&req, e);
    }
    let verified = !user.role.needs_second_factor();
    let cookie = match auth::start_session(&state, user.id, verified).await {
        Ok(c) => c,
        Err(e) => return failed(&req, e),
    };
    let _ = state
        .accounts
        .audit(&user.email, "login", user.org_id, "password")
        .await;
    let next = match (verified, user.totp_secret.is_some()) {
        (true, _) => "/portal/",
        (false, true) => "/portal/code",
        (false, false) => "/portal/enrol",
    };
    let mut resp = see_other(next);
    let _ = resp.add_cookie(&cookie);
    resp
}

#[derive(Template)]
#[template(path = "portal/code.html")]
struct CodePage {
    pc: PortalCtx,
    error: Option<String>,
}

async fn unverified(req: &HttpRequest, state: &AppState) -> Result<Viewer, HttpResponse> {
    match auth::any_session(req, state).await? {
        Some(v) if v.session.verified => Err(see_other("/portal/")),
        Some(v) => Ok(v),
        None => Err(see_other("/portal/login")),
    }
}

pub async fn code_form(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    match unverified(&req, &state).await {
        Ok(v) if v.session.user.totp_secret.is_none() => see_other("/portal/enrol"),
        Ok(v) => page(
            StatusCode::OK,
            &CodePage {
                pc: PortalCtx::new(&req, v.session.csrf_token),
                error: None,
            },
        ),
        Err(r) => r,
    }
}

pub async fn code(req: HttpRequest, state: web::Data<AppState>, body: web::Bytes) -> HttpResponse {
    let viewer = match unverified(&req, &state).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let form = fields(&body);
    if !auth::form_allowed(&req, &viewer, &form) {
        return refused_cross_site(&req);
    }
    if state
        .logins
        .check(&client(&req, &state), Utc::now())
        .await
        .is_err()
    {
        return too_many(&req);
    }
    let user = &viewer.session.user;
    let Some(secret) = user.totp_secret.as_deref() else {
        return see_other("/portal/enrol");
    };
    if !totp::verify(secret, field(&form, "code"), Utc::now().timestamp()) {
        let _ = state.accounts.login_failed(user.id, Utc::now()).await;
        let pc = PortalCtx::new(&req, viewer.session.csrf_token.clone());
        let error = Some(pc.t("portal-code-wrong"));
        return page(StatusCode::UNAUTHORIZED, &CodePage { pc, error });
    }
    if let Err(e) = state
        .accounts
        .mark_session_verified(&viewer.token_hash)
        .await
    {
        return failed(&req, e);
    }
    let _ = state
        .accounts
        .audit(&user.email, "login", None, "code")
        .await;
    see_other("/portal/")
}

#[derive(Template)]
#[template(path = "portal/enrol.html")]
struct EnrolPage {
    pc: PortalCtx,
    secret: String,
    uri: String,
    error: Option<String>,
}

fn enrol_page(
    req: &HttpRequest,
    viewer: &Viewer,
    secret: String,
    error: Option<&str>,
) -> EnrolPage {
    let pc = PortalCtx::new(req, viewer.session.csrf_token.clone());
    EnrolPage {
        uri: totp::otpauth_uri(&secret, &viewer.session.user.email),
        error: error.map(|id| pc.t(id)),
        pc,
        secret,
    }
}

pub async fn enrol_form(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    match unverified(&req, &state).await {
        Ok(v) if v.session.user.totp_secret.is_some() => see_other("/portal/code"),
        Ok(v) => page(
            StatusCode::OK,
            &enrol_page(&req, &v, totp::new_secret(), None),
        ),
        Err(r) => r,
    }
}

/// Saves the key once the person proves their app holds it. An account that already has
/// one cannot replace it here: only a new invitation can.
pub async fn enrol(req: HttpRequest, state: web::Data<AppState>, body: web::Bytes) -> HttpResponse {
    let viewer = match unverified(&req, &state).await {
        Ok(v) if v.session.user.totp_secret.is_some() => return see_other("/portal/code"),
        Ok(v) => v,
        Err(r) => return r,
    };
    let form = fields(&body);
    if !auth::form_allowed(&req, &viewer, &form) {
        return refused_cross_site(&req);
    }
    let secret = field(&form, "secret").to_string();
    let valid_secret = totp::base32_decode(&secret).is_some_and(|k| k.len() >= 20);
    if !valid_secret || !totp::verify(&secret, field(&form, "code"), Utc::now().timestamp()) {
        let fresh = if valid_secret {
            secret
        } else {
            totp::new_secret()
        };
        return page(
            StatusCode::UNPROCESSABLE_ENTITY,
            &enrol_page(&req, &viewer, fresh, Some("portal-code-wrong")),
        );
    }
    let user = &viewer.session.user;
    if let Err(e) = state.accounts.set_totp_secret(user.id, &secret).await {
        return failed(&req, e);
    }
    if let Err(e) = state
        .accounts
        .mark_session_verified(&viewer.token_hash)
        .await
    {
        return failed(&req, e);
    }
    let _ = state
        .accounts
        .audit(&user.email, "second-factor-enrolled", None, "")
        .await;
    see_other("/portal/")
}

pub async fn logout(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> HttpResponse {
    let viewer = match auth::any_session(&req, &state).await {
        Ok(Some(viewer)) => viewer,
        Ok(None) => return see_other("/portal/login"),
        Err(response) => return response,
    };
    if !auth::form_allowed(&req, &viewer, &fields(&body)) {
        return refused_cross_site(&req);
    }
    if let Err(e) = state.accounts.end_session(&viewer.token_hash).await {
        return failed(&req, e);
    }
    let user = &viewer.session.user;
    let _ = state
        .accounts
        .audit(&user.email, "logout", user.org_id, "")
        .await;
    let mut resp = see_other("/portal/login");
    let _ = resp.add_cookie(&auth::expired_cookie(&state));
    resp
}

#[derive(Template)]
#[template(path = "portal/invite.html")]
struct InvitePage {
    pc: PortalCtx,
    email: String,
    action: String,
    error: Option<String>,
}

pub async fn invite_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> HttpResponse {
    if state
        .logins
        .check(&client(&req, &state), Utc::now())
        .await
        .is_err()
    {
        return too_many(&req);
    }
    match state
        .accounts
        .invite_usable(&tokens::hash(&token), Utc::now())
        .await
    {
        Ok(Some(email)) => page(
            StatusCode::OK,
            &InvitePage {
                pc: PortalCtx::new(&req, String::new()),
                email,
                action: format!("/portal/invite/{token}"),
                error: None,
            },
        ),
        Ok(None) => message(
            &req,
            StatusCode::GONE,
            "portal-invite-title",
            "portal-invite-unusable",
        ),
        Err(e) => failed(&req, e),
    }
}

pub async fn invite(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
    body: web::Bytes,
) -> HttpResponse {
    if !crate::web::origin::from_this_site(&req) {
        return refused_cross_site(&req);
    }
    if state
        .logins
        .check(&client(&req, &state), Utc::now())
        .await
        .is_err()
    {
        return too_many(&req);
    }
    let token_hash = tokens::hash(&token);
    let email = match state.accounts.invite_usable(&token_hash, Utc::now()).await {
        Ok(Some(email)) => email,
        Ok(None) => {
            return message(
                &req,
                StatusCode::GONE,
                "portal-invite-title",
                "portal-invite-unusable",
            );
        }
        Err(e) => return failed(&req, e),
    };
    let form = fields(&body);
    let chosen = field(&form, "password").to_string();
    let problem = if chosen != field(&form, "password2") {
        Some("portal-password-mismatch")
    } else {
        password::check(&chosen, &email)
            .err()
            .map(|w| w.message_id())
    };
    if let Some(id) = problem {
        let pc = PortalCtx::new(&req, String::new());
        let error = Some(pc.t(id));
        return page(
            StatusCode::UNPROCESSABLE_ENTITY,
            &InvitePage {
                pc,
                email,
                action: format!("/portal/invite/{token}"),
                error,
            },
        );
    }
    let hash = match web::block(move || password::hash(&chosen)).await {
        Ok(h) => h,
        Err(error) => {
            tracing::error!(%error, "hashing a password failed");
            return HttpResponse::InternalServerError().finish();
        }
    };
    match state
        .accounts
        .accept_invite(&token_hash, &hash, Utc::now())
        .await
    {
        Ok(Some(user)) => {
            let _ = state
                .accounts
                .audit(
                    &user.email,
                    "invite-accepted",
                    user.org_id,
                    user.role.as_str(),
                )
                .await;
            see_other("/portal/login?invited=1")
        }
        Ok(None) => message(
            &req,
            StatusCode::GONE,
            "portal-invite-title",
            "portal-invite-unusable",
        ),
        Err(e) => failed(&req, e),
    }
}

#[derive(Template)]
#[template(path = "portal/home.html")]
struct HomePage {
    pc: PortalCtx,
    signed_in: String,
    reviewer: bool,
    audit: bool,
}

pub async fn home(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let viewer = match auth::signed_in(&req, &state).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let pc = PortalCtx::new(&req, viewer.session.csrf_token.clone());
    let role = pc.t(&format!("portal-role-{}", viewer.role().as_str()));
    let signed_in = crate::i18n::message(
        pc.locale,
        "portal-signed-in",
        &[("email", viewer.session.user.email.clone()), ("role", role)],
    );
    let reviewer = viewer.role() != Role::Editor;
    let audit = viewer.role() != Role::Moderator;
    page(
        StatusCode::OK,
        &HomePage {
            pc,
            signed_in,
            reviewer,
            audit,
        },
    )
}

#[derive(Template)]
#[template(path = "portal/audit.html")]
struct AuditPage {
    pc: PortalCtx,
    entries: Vec<AuditEntry>,
}

/// Administrators see everything; an organization's editors see their organization's part;
/// moderators see what they act on through the queue, not the log.
async fn visible_audit(viewer: &Viewer, state: &AppState) -> Option<Vec<AuditEntry>> {
    let scope = match viewer.role() {
        Role::Admin => None,
        Role::Editor => Some(viewer.session.user.org_id?),
        Role::Moderator => return None,
    };
    state.accounts.audit_log(scope).await.ok()
}

pub async fn audit(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let viewer = match auth::signed_in(&req, &state).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    match visible_audit(&viewer, &state).await {
        Some(entries) => page(
            StatusCode::OK,
            &AuditPage {
                pc: PortalCtx::new(&req, viewer.session.csrf_token.clone()),
                entries,
            },
        ),
        None => message(
            &req,
            StatusCode::FORBIDDEN,
            "portal-audit-title",
            "portal-not-allowed",
        ),
    }
}

pub async fn audit_export(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let viewer = match auth::signed_in(&req, &state).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let Some(entries) = visible_audit(&viewer, &state).await else {
        return message(
            &req,
            StatusCode::FORBIDDEN,
            "portal-audit-title",
            "portal-not-allowed",
        );
    };
    let lines: String = entries
        .iter()
        .filter_map(|e| serde_json::to_string(e).ok())
        .map(|l| l + "\n")
        .collect();
    HttpResponse::Ok()
        .content_type("application/x-ndjson")
        .insert_header((
            "Content-Disposition",
            "attachment; filename=\"faro-audit.jsonl\"",
        ))
        .body(lines)
}

#[derive(Template)]
#[template(path = "portal/password.html")]
struct PasswordPage {
    pc: PortalCtx,
    error: Option<String>,
}

pub async fn password_form(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    match auth::signed_in(&req, &state).await {
        Ok(v) => page(
            StatusCode::OK,
            &PasswordPage {
                pc: PortalCtx::new(&req, v.session.csrf_token),
                error: None,
            },
        ),
        Err(r) => r,
    }
}

/// A new password ends every session of the account, this one included.
pub async fn change_password(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> HttpResponse {
    let viewer = match auth::signed_in(&req, &state).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let form = fields(&body);
    if !auth::form_allowed(&req, &viewer, &form) {
        return refused_cross_site(&req);
    }
    let user = viewer.session.user.clone();
    let refuse = |id: &str| {
        let pc = PortalCtx::new(&req, viewer.session.csrf_token.clone());
        let error = Some(pc.t(id));
        page(
            StatusCode::UNPROCESSABLE_ENTITY,
            &PasswordPage { pc, error },
        )
    };
    let (current, hash) = (
        field(&form, "current").to_string(),
        user.password_hash.clone(),
    );
    if !web::block(move || password::verify(&current, &hash))
        .await
        .unwrap_or(false)
    {
        return refuse("portal-password-current-wrong");
    }
    let chosen = field(&form, "password").to_string();
    if chosen != field(&form, "password2") {
        return refuse("portal-password-mismatch");
    }
    if let Err(weak) = password::check(&chosen, &user.email) {
        return refuse(weak.message_id());
    }
    let Ok(hash) = web::block(move || password::hash(&chosen)).await else {
        tracing::error!("hashing a password failed");
        return HttpResponse::InternalServerError().finish();
    };
    if let Err(e) = state.accounts.set_password(user.id, &hash).await {
        return failed(&req, e);
    }
    if let Err(e) = state.accounts.end_sessions_of(user.id).await {
        return failed(&req, e);
    }
    let _ = state
        .accounts
        .audit(&user.email, "password-changed", user.org_id, "")
        .await;
    let mut resp = see_other("/portal/login?changed=1");
    let _ = resp.add_cookie(&auth::expired_cookie(&state));
    resp
}

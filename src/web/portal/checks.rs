//! Keeping facts fresh: an organization confirms "nothing changed" (a live check by the
//! organization, reviewed like any change), and moderators record their own live checks
//! of the lines Faro owns (national and state lines), by web or by call.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::{NaiveDate, Utc};

use super::PortalCtx;
use super::auth::{self, Viewer, see_other};
use super::pages::{failed, field, fields, message, page, refused_cross_site};
use crate::AppState;
use crate::model::{CheckMethod, LiveCheck};
use crate::store::accounts::Role;

pub async fn confirm(
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
    let Some(org_id) = viewer
        .session
        .user
        .org_id
        .filter(|_| viewer.role() == Role::Editor)
    else {
        return message(
            &req,
            StatusCode::FORBIDDEN,
            "portal-org-title",
            "portal-not-allowed",
        );
    };
    let current = match state.store.current(org_id).await {
        Ok(Some(c)) => c,
        Ok(None) => {
            return message(
                &req,
                StatusCode::NOT_FOUND,
                "portal-org-title",
                "portal-not-found",
            );
        }
        Err(e) => return failed(&req, e),
    };
    let email = viewer.session.user.email.clone();
    let mut doc = current.document.clone();
    doc.record_live_check(&LiveCheck {
        on: Utc::now().date_naive().to_string(),
        by: email.clone(),
        method: CheckMethod::Web,
    });
    let note = "Nothing changed: we confirm our listing.";
    super::revisions::send_for_review(&req, &state, &email, &current, &doc, note, "confirm").await
}

#[derive(Template)]
#[template(path = "portal/checks.html")]
struct ChecksPage {
    pc: PortalCtx,
    today: String,
    error: Option<String>,
    done: bool,
}

fn checks_page(req: &HttpRequest, viewer: &Viewer, error: Option<&str>, done: bool) -> ChecksPage {
    let pc = PortalCtx::new(req, viewer.session.csrf_token.clone());
    ChecksPage {
        today: Utc::now().date_naive().to_string(),
        error: error.map(|id| pc.t(id)),
        pc,
        done,
    }
}

pub async fn checks_form(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    match auth::staff(&req, &state, "portal-checks-title").await {
        Ok(viewer) => page(
            StatusCode::OK,
            &checks_page(&req, &viewer, None, req.query_string().contains("done=1")),
        ),
        Err(r) => r,
    }
}

pub async fn record_check(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> HttpResponse {
    let viewer = match auth::staff(&req, &state, "portal-checks-title").await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let form = fields(&body);
    if !auth::form_allowed(&req, &viewer, &form) {
        return refused_cross_site(&req);
    }
    let invalid = |id: &str| {
        page(
            StatusCode::UNPROCESSABLE_ENTITY,
            &checks_page(&req, &viewer, Some(id), false),
        )
    };
    let method = match field(&form, "method") {
        "web" => CheckMethod::Web,
        "call" => CheckMethod::Call,
        _ => return invalid("portal-check-method"),
    };
    let today = Utc::now().date_naive();
    let on = match NaiveDate::parse_from_str(field(&form, "on").trim(), "%Y-%m-%d") {
        Ok(d) if d <= today => d,
        _ => return invalid("portal-check-date"),
    };
    let Some(id) = super::holds::service_id(field(&form, "service")) else {
        return invalid("portal-hold-unknown");
    };
    let Ok((org, position)) = crate::web::find_service(&state, &id.to_string()).await else {
        return invalid("portal-hold-unknown");
    };
    let current = match state.store.current(org.uuid()).await {
        Ok(Some(c)) => c,
        Ok(None) => return invalid("portal-hold-unknown"),
        Err(e) => return failed(&req, e),
    };
    let moderator = viewer.session.user.email.clone();
    let mut doc = current.document.clone();
    let slug = doc.services[position].slug.clone();
    doc.record_service_check(
        &slug,
        &LiveCheck {
            on: on.to_string(),
            by: moderator.clone(),
            method,
        },
    );
    let note = format!("live check of {slug} on {on}");
    if let Err(e) =
        super::revisions::approve_now(&state, &moderator, &current, &doc, &note, "live-check").await
    {
        return failed(&req, e);
    }
    see_other("/portal/checks?done=1")
}

//! Holds: a moderator takes a listing, or one way to reach it, off the public site at
//! once. A hold is a revision the moderator writes and approves in one step, so it is
//! recorded like every change and reaches every node through the change feed.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::Utc;
use uuid::Uuid;

use super::PortalCtx;
use super::auth::{self, Viewer, see_other};
use super::pages::{failed, field, fields, page, refused_cross_site};
use crate::AppState;
use crate::model::{Hold, Organization};

pub struct HoldLine {
    pub line: String,
    pub service: Uuid,
    pub channel: String,
}

#[derive(Template)]
#[template(path = "portal/holds.html")]
struct HoldsPage {
    pc: PortalCtx,
    holds: Vec<HoldLine>,
    error: Option<String>,
}

fn hold_lines(orgs: &[Organization], pc: &PortalCtx) -> Vec<HoldLine> {
    let mut out = Vec::new();
    for org in orgs {
        for service in &org.services {
            let name = service.name.text(pc.locale).to_string();
            let line = |name: String, hold: &Hold| {
                crate::i18n::message(
                    pc.locale,
                    "portal-hold-line",
                    &[
                        ("name", name),
                        ("since", hold.since.clone()),
                        ("by", hold.by.clone()),
                    ],
                )
            };
            if let Some(hold) = &service.hold {
                out.push(HoldLine {
                    line: line(name.clone(), hold),
                    service: org.service_uuid(service),
                    channel: String::new(),
                });
            }
            for channel in &service.channels {
                if let Some(hold) = &channel.hold {
                    out.push(HoldLine {
                        line: line(format!("{name} ({})", channel.slug), hold),
                        service: org.service_uuid(service),
                        channel: channel.slug.clone(),
                    });
                }
            }
        }
    }
    out
}

async fn holds_page(
    req: &HttpRequest,
    state: &AppState,
    viewer: &Viewer,
    status: StatusCode,
    error: Option<&str>,
) -> HttpResponse {
    let pc = PortalCtx::new(req, viewer.session.csrf_token.clone());
    let orgs: Vec<Organization> = match state.store.snapshot().await {
        Ok((_, changes)) => changes.into_iter().map(|c| c.document).collect(),
        Err(e) => return failed(req, e),
    };
    let error = error.map(|id| pc.t(id));
    page(
        status,
        &HoldsPage {
            holds: hold_lines(&orgs, &pc),
            pc,
            error,
        },
    )
}

pub async fn holds(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    match auth::staff(&req, &state, "portal-holds-title").await {
        Ok(viewer) => holds_page(&req, &state, &viewer, StatusCode::OK, None).await,
        Err(r) => r,
    }
}

/// The service id in what a moderator pasted: a public listing address or the id itself.
pub(super) fn service_id(input: &str) -> Option<Uuid> {
    let last = input.trim().trim_end_matches('/').rsplit('/').next()?;
    Uuid::parse_str(last).ok()
}

/// Sets or clears a hold and records it as an approved revision; `Err` is the message id
/// to show.
async fn change_hold(
    state: &AppState,
    viewer: &Viewer,
    form: &[(String, String)],
    hold: Option<Hold>,
) -> Result<Result<(), &'static str>, crate::store::StoreError> {
    let Some(id) = service_id(field(form, "service")) else {
        return Ok(Err("portal-hold-unknown"));
    };
    let Ok((org, position)) = crate::web::find_service(state, &id.to_string()).await else {
        return Ok(Err("portal-hold-unknown"));
    };
    let Some(current) = state.store.current(org.uuid()).await? else {
        return Ok(Err("portal-hold-unknown"));
    };
    let mut doc = current.document.clone();
    let service = &mut doc.services[position];
    let channel = field(form, "channel").trim();
    if channel.is_empty() {
        service.hold = hold.clone();
    } else {
        let Some(c) = service.channels.iter_mut().find(|c| c.slug == channel) else {
            return Ok(Err("portal-hold-no-channel"));
        };
        c.hold = hold.clone();
    }
    let moderator = viewer.session.user.email.clone();
    let action = if hold.is_some() { "hold" } else { "release" };
    let note = format!(
        "{action}: {id}{}",
        if channel.is_empty() {
            String::new()
        } else {
            format!(" ({channel})")
        }
    );
    super::revisions::approve_now(state, &moderator, &current, &doc, &note, action).await?;
    Ok(Ok(()))
}

async fn act(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: web::Bytes,
    hold: bool,
) -> HttpResponse {
    let viewer = match auth::staff(&req, &state, "portal-holds-title").await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let form = fields(&body);
    if !auth::form_allowed(&req, &viewer, &form) {
        return refused_cross_site(&req);
    }
    let hold = hold.then(|| Hold {
        since: Utc::now().date_naive().to_string(),
        by: viewer.session.user.email.clone(),
    });
    match change_hold(&state, &viewer, &form, hold).await {
        Ok(Ok(())) => see_other("/portal/holds"),
        Ok(Err(id)) => {
            holds_page(
                &req,
                &state,
                &viewer,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(id),
            )
            .await
        }
        Err(e) => failed(&req, e),
    }
}

pub async fn hold(req: HttpRequest, state: web::Data<AppState>, body: web::Bytes) -> HttpResponse {
    act(req, state, body, true).await
}

pub async fn release(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> HttpResponse {
    act(req, state, body, false).await
}

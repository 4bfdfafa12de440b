//! The moderators' queue: proposed revisions with a field-by-field diff against what the
//! public sees, approved or rejected with a note, and the problems the public reported.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use uuid::Uuid;

use super::PortalCtx;
use super::auth::{self, Viewer, see_other};
use super::pages::{failed, field, fields, page, refused_cross_site};
use crate::AppState;
use crate::portal::diff::{FieldChange, diff};
use crate::store::StoreError;

pub struct Proposal {
    pub id: i64,
    pub organization: String,
    pub by: String,
    pub note: String,
    pub changes: Vec<FieldChange>,
    pub needs_source_check: bool,
}

pub struct FlagLine {
    pub id: i64,
    pub about: String,
    pub details: String,
}

#[derive(Template)]
#[template(path = "portal/queue.html")]
struct QueuePage {
    pc: PortalCtx,
    proposals: Vec<Proposal>,
    flags: Vec<FlagLine>,
    requests: Vec<crate::store::ListingRequest>,
    error: Option<String>,
}

async fn proposals(state: &AppState, pc: &PortalCtx) -> Result<Vec<Proposal>, StoreError> {
    let mut out = Vec::new();
    for rev in state.store.proposed().await? {
        let current = state.store.current(rev.org_id).await?;
        let changes = diff(current.as_ref().map(|c| &c.document), &rev.document);
        out.push(Proposal {
            id: rev.id,
            organization: rev.document.name.text(pc.locale).to_string(),
            by: crate::i18n::message(
                pc.locale,
                "portal-queue-by",
                &[
                    ("author", rev.author.clone()),
                    ("date", rev.created_at.chars().take(10).collect()),
                ],
            ),
            note: rev.note,
            needs_source_check: changes.iter().any(|c| c.needs_source_check),
            changes,
        });
    }
    Ok(out)
}

async fn flags(state: &AppState, pc: &PortalCtx) -> Result<Vec<FlagLine>, StoreError> {
    let mut out = Vec::new();
    for flag in state.store.open_flags().await? {
        let service = state
            .store
            .current(flag.org_id)
            .await?
            .and_then(|rev| {
                let org = rev.document;
                org.services
                    .iter()
                    .find(|s| org.service_uuid(s) == flag.service_id)
                    .map(|s| s.name.text(pc.locale).to_string())
            })
            .unwrap_or_else(|| flag.service_id.to_string());
        let problem = crate::i18n::message(
            pc.locale,
            &format!("problem-{}", flag.problem.as_str().replace('_', "-")),
            &[],
        );
        out.push(FlagLine {
            id: flag.id,
            about: crate::i18n::message(
                pc.locale,
                "portal-flag-about",
                &[
                    ("service", service),
                    ("problem", problem),
                    ("date", flag.reported_on),
                ],
            ),
            details: flag.details,
        });
    }
    Ok(out)
}

async fn queue_page(
    req: &HttpRequest,
    state: &AppState,
    viewer: &Viewer,
    status: StatusCode,
    error_id: Option<&str>,
) -> HttpResponse {
    let pc = PortalCtx::new(req, viewer.session.csrf_token.clone());
    let (proposals, flags) = match (proposals(state, &pc).await, flags(state, &pc).await) {
        (Ok(p), Ok(f)) => (p, f),
        (Err(e), _) | (_, Err(e)) => return failed(req, e),
    };
    let requests = match state.store.open_listing_requests().await {
        Ok(r) => r,
        Err(e) => return failed(req, e),
    };
    let error = error_id.map(|id| pc.t(id));
    page(
        status,
        &QueuePage {
            pc,
            proposals,
            flags,
            requests,
            error,
        },
    )
}

pub async fn queue(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    match auth::staff(&req, &state, "portal-queue-title").await {
        Ok(viewer) => queue_page(&req, &state, &viewer, StatusCode::OK, None).await,
        Err(r) => r,
    }
}

pub async fn decide(
    req: HttpRequest,
    state: web::Data<AppState>,
    revision: web::Path<i64>,
    body: web::Bytes,
) -> HttpResponse {
    let viewer = match auth::staff(&req, &state, "portal-queue-title").await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let form = fields(&body);
    if !auth::form_allowed(&req, &viewer, &form) {
        return refused_cross_site(&req);
    }
    let revision = revision.into_inner();
    let rev = match state.store.revision(revision).await {
        Ok(r) => r,
        Err(StoreError::NoSuchRevision(_)) => return see_other("/portal/queue"),
        Err(e) => return failed(&req, e),
    };
    let moderator = viewer.session.user.email.clone();
    let note = field(&form, "note").trim().to_string();
    let outcome = match field(&form, "decision") {
        "approve" => {
            let current = match state.store.current(rev.org_id).await {
                Ok(c) => c,
                Err(e) => return failed(&req, e),
            };
            let sensitive = diff(current.as_ref().map(|c| &c.document), &rev.document)
                .iter()
                .any(|c| c.needs_source_check);
            if sensitive && field(&form, "sources_opened") != "yes" {
                return queue_page(
                    &req,
                    &state,
                    &viewer,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    Some("portal-queue-must-open"),
                )
                .await;
            }
            state
                .store
                .approve(revision, &moderator, &note)
                .await
                .map(|_| "approve")
        }
        "reject" => state
            .store
            .reject(revision, &moderator, &note)
            .await
            .map(|()| "reject"),
        _ => return see_other("/portal/queue"),
    };
    match outcome {
        Ok(action) => {
            let _ = state
                .accounts
                .audit(
                    &moderator,
                    action,
                    Some(rev.org_id),
                    &format!("revision {revision}"),
                )
                .await;
            crate::mail::notices::decided(&state, &rev, &moderator, action == "approve", &note)
                .await;
            // The public sees an approval at once on this node; others follow the feed.
            if action == "approve"
                && let Err(e) = state.index.catch_up(state.store.as_ref()).await
            {
                tracing::error!(error = %e, "index did not catch up after an approval");
            }
            see_other("/portal/queue")
        }
        Err(StoreError::Conflict(_)) => {
            queue_page(
                &req,
                &state,
                &viewer,
                StatusCode::CONFLICT,
                Some("portal-queue-conflict"),
            )
            .await
        }
        Err(StoreError::AlreadyDecided(_)) => {
            queue_page(
                &req,
                &state,
                &viewer,
                StatusCode::CONFLICT,
                Some("portal-queue-decided"),
            )
            .await
        }
        Err(e) => failed(&req, e),
    }
}

pub async fn close_flag(
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<i64>,
    body: web::Bytes,
) -> HttpResponse {
    let viewer = match auth::staff(&req, &state, "portal-queue-title").await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let form = fields(&body);
    if !auth::form_allowed(&req, &viewer, &form) {
        return refused_cross_site(&req);
    }
    let status = field(&form, "decision");
    let flag = state
        .store
        .open_flags()
        .await
        .ok()
        .and_then(|all| all.into_iter().find(|f| f.id == *id));
    match state.store.close_flag(*id, status).await {
        Ok(true) => {
            let org: Option<Uuid> = flag.map(|f| f.org_id);
            let _ = state
                .accounts
                .audit(
                    &viewer.session.user.email,
                    &format!("flag-{status}"),
                    org,
                    &format!("flag {id}"),
                )
                .await;
            see_other("/portal/queue")
        }
        Ok(false) => see_other("/portal/queue"),
        Err(e) => failed(&req, e),
    }
}

/// Accepting a request records the decision; the moderator then adds the organization
/// through `data/` (reviewed like every listing) and invites its editor.
pub async fn close_request(
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<i64>,
    body: web::Bytes,
) -> HttpResponse {
    let viewer = match auth::staff(&req, &state, "portal-queue-title").await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let form = fields(&body);
    if !auth::form_allowed(&req, &viewer, &form) {
        return refused_cross_site(&req);
    }
    let status = field(&form, "decision");
    match state.store.close_listing_request(*id, status).await {
        Ok(true) => {
            let _ = state
                .accounts
                .audit(
                    &viewer.session.user.email,
                    &format!("listing-request-{status}"),
                    None,
                    &format!("listing request {id}"),
                )
                .await;
            see_other("/portal/queue")
        }
        Ok(false) => see_other("/portal/queue"),
        Err(e) => failed(&req, e),
    }
}

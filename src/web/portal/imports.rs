//! Import batches: the revisions one `faro import` proposed (they share its note, which
//! names the dataset, its SHA-256 and the day) are approved together, but only after the
//! moderator was shown a random sample of them. A batch of hundreds cannot be read line
//! by line; a sample picked by Faro, not by the moderator, is what makes approving the
//! rest a reviewed decision. The sample shown is recorded in the audit log, and approving
//! names it, so a batch cannot be approved without its page having been seen.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use super::PortalCtx;
use super::auth::{self, Viewer, see_other};
use super::pages::{failed, field, fields, page, refused_cross_site};
use super::review::Proposal;
use crate::AppState;
use crate::portal::diff::diff;
use crate::store::{AuthorKind, Revision, StoreError};

/// One import's proposed revisions, named by the first one's id.
struct Batch {
    first: i64,
    note: String,
    revisions: Vec<Revision>,
}

async fn batches(state: &AppState) -> Result<Vec<Batch>, StoreError> {
    let mut out: Vec<Batch> = Vec::new();
    for rev in state.store.proposed().await? {
        if rev.author_kind != AuthorKind::Import {
            continue;
        }
        match out.iter_mut().find(|b| b.note == rev.note) {
            Some(batch) => batch.revisions.push(rev),
            None => out.push(Batch {
                first: rev.id,
                note: rev.note.clone(),
                revisions: vec![rev],
            }),
        }
    }
    Ok(out)
}

/// One listing in ten, at least five (or all of a smaller batch).
fn sample_size(count: usize) -> usize {
    count.min(count.div_ceil(10).max(5))
}

/// `size` revisions picked at random (the OS generator, through v4 UUIDs), in id order.
fn sample(revisions: &[Revision], size: usize) -> Vec<&Revision> {
    let mut keyed: Vec<(u128, &Revision)> = revisions
        .iter()
        .map(|r| (uuid::Uuid::new_v4().as_u128(), r))
        .collect();
    keyed.sort_by_key(|(k, _)| *k);
    let mut picked: Vec<&Revision> = keyed.into_iter().take(size).map(|(_, r)| r).collect();
    picked.sort_by_key(|r| r.id);
    picked
}

/// The audit detail that records which sample of a batch was shown.
fn shown(first: i64, ids: &str) -> String {
    format!("import batch {first}: sample {ids}")
}

pub struct BatchLine {
    pub first: i64,
    pub note: String,
    pub count: String,
}

#[derive(Template)]
#[template(path = "portal/imports.html")]
struct ImportsPage {
    pc: PortalCtx,
    batches: Vec<BatchLine>,
}

#[derive(Template)]
#[template(path = "portal/import_batch.html")]
struct BatchPage {
    pc: PortalCtx,
    first: i64,
    note: String,
    intro: String,
    approve: String,
    sample: Vec<Proposal>,
    sample_ids: String,
    needs_source_check: bool,
    error: Option<String>,
}

pub async fn imports(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let viewer = match auth::staff(&req, &state, "portal-imports-title").await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let pc = PortalCtx::new(&req, viewer.session.csrf_token.clone());
    let batches = match batches(&state).await {
        Ok(b) => b,
        Err(e) => return failed(&req, e),
    };
    let batches = batches
        .into_iter()
        .map(|b| BatchLine {
            first: b.first,
            count: pc.t1(
                "portal-imports-count",
                "count",
                &b.revisions.len().to_string(),
            ),
            note: b.note,
        })
        .collect();
    page(StatusCode::OK, &ImportsPage { pc, batches })
}

/// Shows a new random sample of the batch, and records that it was shown.
async fn batch_page(
    req: &HttpRequest,
    state: &AppState,
    viewer: &Viewer,
    first: i64,
    status: StatusCode,
    error_id: Option<&str>,
) -> HttpResponse {
    let pc = PortalCtx::new(req, viewer.session.csrf_token.clone());
    let batch = match batches(state).await {
        Ok(all) => all.into_iter().find(|b| b.first == first),
        Err(e) => return failed(req, e),
    };
    let Some(batch) = batch else {
        return see_other("/portal/imports");
    };
    let picked = sample(&batch.revisions, sample_size(batch.revisions.len()));
    let mut proposals = Vec::new();
    for rev in &picked {
        let current = match state.store.current(rev.org_id).await {
            Ok(c) => c,
            Err(e) => return failed(req, e),
        };
        let changes = diff(current.as_ref().map(|c| &c.document), &rev.document);
        proposals.push(Proposal {
            id: rev.id,
            organization: rev.document.name.text(pc.locale).to_string(),
            by: String::new(),
            note: String::new(),
            needs_source_check: changes.iter().any(|c| c.needs_source_check),
            changes,
        });
    }
    let mut needs_source_check = false;
    for rev in &batch.revisions {
        let current = match state.store.current(rev.org_id).await {
            Ok(c) => c,
            Err(e) => return failed(req, e),
        };
        needs_source_check |= diff(current.as_ref().map(|c| &c.document), &rev.document)
            .iter()
            .any(|c| c.needs_source_check);
    }
    let sample_ids = picked
        .iter()
        .map(|r| r.id.to_string())
        .collect::<Vec<_>>()
        .join(",");
    if let Err(e) = state
        .accounts
        .audit(
            &viewer.session.user.email,
            "import-sample",
            None,
            &shown(first, &sample_ids),
        )
        .await
    {
        return failed(req, e);
    }
    let count = batch.revisions.len().to_string();
    let intro = crate::i18n::message(
        pc.locale,
        "portal-batch-first",
        &[
            ("sample", picked.len().to_string()),
            ("count", count.clone()),
        ],
    );
    let approve = pc.t1("portal-batch-approve", "count", &count);
    let error = error_id.map(|id| pc.t(id));
    page(
        status,
        &BatchPage {
            pc,
            first,
            note: batch.note,
            intro,
            approve,
            sample: proposals,
            sample_ids,
            needs_source_check,
            error,
        },
    )
}

pub async fn batch(
    req: HttpRequest,
    state: web::Data<AppState>,
    first: web::Path<i64>,
) -> HttpResponse {
    match auth::staff(&req, &state, "portal-batch-title").await {
        Ok(viewer) => batch_page(&req, &state, &viewer, *first, StatusCode::OK, None).await,
        Err(r) => r,
    }
}

/// Approves every revision of the batch, once the sample named in the form is the one
/// this moderator was last shown for it.
pub async fn approve(
    req: HttpRequest,
    state: web::Data<AppState>,
    first: web::Path<i64>,
    body: web::Bytes,
) -> HttpResponse {
    let viewer = match auth::staff(&req, &state, "portal-batch-title").await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let form = fields(&body);
    if !auth::form_allowed(&req, &viewer, &form) {
        return refused_cross_site(&req);
    }
    let first = first.into_inner();
    let moderator = viewer.session.user.email.clone();
    let again = |error: &'static str| {
        let (req, state, viewer) = (req.clone(), state.clone(), &viewer);
        async move {
            batch_page(
                &req,
                &state,
                viewer,
                first,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(error),
            )
            .await
        }
    };
    let batch = match batches(&state).await {
        Ok(all) => all.into_iter().find(|b| b.first == first),
        Err(e) => return failed(&req, e),
    };
    let Some(batch) = batch else {
        return see_other("/portal/imports");
    };
    let last_shown = match state.accounts.audit_log(None).await {
        Ok(log) => log
            .into_iter()
            .rev()
            .find(|e| {
                e.actor == moderator
                    && e.action == "import-sample"
                    && e.detail.starts_with(&shown(first, ""))
            })
            .map(|e| e.detail),
        Err(e) => return failed(&req, e),
    };
    if last_shown.as_deref() != Some(shown(first, field(&form, "sample")).as_str()) {
        return again("portal-batch-sample-first").await;
    }
    let mut sensitive = false;
    for rev in &batch.revisions {
        match state.store.current(rev.org_id).await {
            Ok(current) => {
                sensitive |= diff(current.as_ref().map(|c| &c.document), &rev.document)
                    .iter()
                    .any(|c| c.needs_source_check)
            }
            Err(e) => return failed(&req, e),
        }
    }
    if sensitive && field(&form, "sources_opened") != "yes" {
        return again("portal-batch-must-open").await;
    }
    let note = field(&form, "note").trim().to_string();
    let (mut approved, mut left) = (0, 0);
    for rev in &batch.revisions {
        match state.store.approve(rev.id, &moderator, &note).await {
            Ok(_) => approved += 1,
            // Another change was approved since the import, or someone decided this one:
            // it stays for the queue, where it is decided on its own.
            Err(StoreError::Conflict(_) | StoreError::AlreadyDecided(_)) => left += 1,
            Err(e) => return failed(&req, e),
        }
    }
    let _ = state
        .accounts
        .audit(
            &moderator,
            "import-batch-approve",
            None,
            &format!("import batch {first}: {approved} approved, {left} left for the queue"),
        )
        .await;
    if let Err(e) = state.index.catch_up(state.store.as_ref()).await {
        tracing::error!(error = %e, "index did not catch up after a batch approval");
    }
    see_other("/portal/imports")
}

#[cfg(test)]
mod tests {
    use super::sample_size;

    #[test]
    fn a_sample_is_a_tenth_and_at_least_five() {
        assert_eq!(sample_size(3), 3);
        assert_eq!(sample_size(5), 5);
        assert_eq!(sample_size(57), 6);
        assert_eq!(sample_size(1000), 100);
    }
}

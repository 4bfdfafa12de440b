//! How the portal writes changes: an editor's change goes to review; a moderator's own
//! hold or live check is written and approved in one step; and a fact an editor changes
//! cites the page they gave, added to the organization's sources.

use actix_web::HttpResponse;
use chrono::Utc;

use super::auth::see_other;
use super::pages::failed;
use crate::AppState;
use crate::model::{Organization, Source, Status};
use crate::store::{AuthorKind, NewRevision, Revision, StoreError};

/// Adds the editor's source to the organization and returns the status and source ids a
/// changed fact gets: confirmed only on one of the organization's own domains (its own
/// word), secondary elsewhere; `None` when no source was given.
pub fn cite(doc: &mut Organization, source: &str, editor: &str) -> (Status, Option<String>) {
    let own = url::Url::parse(source).ok().and_then(|u| {
        u.host_str().map(|h| {
            doc.agency_domains
                .iter()
                .any(|d| h == d || h.ends_with(&format!(".{d}")))
        })
    }) == Some(true);
    let status = if own {
        Status::Confirmed
    } else {
        Status::Secondary
    };
    let id = (!source.is_empty()).then(|| {
        let id = format!("portal-{}", doc.sources.len() + 1);
        doc.sources.push(Source {
            id: id.clone(),
            url: source.to_string(),
            date: "undated".into(),
            title: Some(format!(
                "Given by {editor} in the Faro portal on {}",
                Utc::now().date_naive()
            )),
        });
        id
    });
    (status, id)
}

/// Sends an editor's change for review, on top of `current`, recorded under `action`;
/// then back to the organization's page.
pub async fn send_for_review(
    req: &actix_web::HttpRequest,
    state: &AppState,
    author: &str,
    current: &Revision,
    doc: &Organization,
    note: &str,
    action: &str,
) -> HttpResponse {
    let proposed = state
        .store
        .propose(NewRevision {
            document: doc,
            author,
            author_kind: AuthorKind::Portal,
            note,
            base_revision: Some(current.id),
        })
        .await;
    match proposed {
        Ok(id) => {
            let _ = state
                .accounts
                .audit(
                    author,
                    action,
                    Some(current.org_id),
                    &format!("revision {id}"),
                )
                .await;
            see_other("/portal/org?sent=1")
        }
        Err(e) => failed(req, e),
    }
}

/// A moderator's own change (a hold, a release, a live check): written and approved in
/// one step, recorded under `action`, and in this node's index at once.
pub async fn approve_now(
    state: &AppState,
    moderator: &str,
    current: &Revision,
    doc: &Organization,
    note: &str,
    action: &str,
) -> Result<(), StoreError> {
    let revision = state
        .store
        .propose(NewRevision {
            document: doc,
            author: moderator,
            author_kind: AuthorKind::Portal,
            note,
            base_revision: Some(current.id),
        })
        .await?;
    state.store.approve(revision, moderator, note).await?;
    state
        .accounts
        .audit(moderator, action, Some(current.org_id), note)
        .await?;
    if let Err(e) = state.index.catch_up(state.store.as_ref()).await {
        tracing::error!(error = %e, action, "index did not catch up after a moderator's change");
    }
    Ok(())
}

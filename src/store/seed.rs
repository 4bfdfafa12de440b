use std::collections::HashSet;

use serde::Serialize;

use super::{AuthorKind, NewRevision, Store, StoreError, document_hash};
use crate::data::DataSet;

pub const DATA_AUTHOR: &str = "data/";

/// What seeding did, organization by organization.
#[derive(Debug, Default, Clone, Serialize, PartialEq, Eq)]
pub struct SeedReport {
    pub created: Vec<String>,
    pub updated: Vec<String>,
    pub unchanged: usize,
    /// Changed in `data/` after a portal edit was approved: waiting for a moderator.
    pub conflicts: Vec<String>,
    /// Gone from `data/`: withdrawn by a revision, never deleted.
    pub withdrawn: Vec<String>,
}

/// Brings the store in line with `data/`. Each file is compared with the last revision
/// `data/` authored, never with the current one, so an approved portal edit is never
/// overwritten silently: the data change waits in the moderation queue as a conflict.
pub async fn seed(store: &dyn Store, data: &DataSet) -> Result<SeedReport, StoreError> {
    let mut report = SeedReport::default();
    let mut seen = HashSet::new();
    for (_, org) in &data.organizations {
        let id = org.uuid();
        seen.insert(id);
        let last_data = store.last_by(id, AuthorKind::Data).await?;
        if last_data
            .as_ref()
            .is_some_and(|r| r.document_hash == document_hash(org))
        {
            report.unchanged += 1;
            continue;
        }
        let current = store.current(id).await?;
        let untouched_since_data = match (&current, &last_data) {
            (None, _) => true,
            (Some(cur), Some(data_rev)) => cur.id == data_rev.id,
            (Some(_), None) => false,
        };
        let base = current.as_ref().map(|r| r.id);
        if untouched_since_data {
            let rev = store
                .propose(NewRevision {
                    document: org,
                    author: DATA_AUTHOR,
                    author_kind: AuthorKind::Data,
                    note: "seeded from data/",
                    base_revision: base,
                })
                .await?;
            store
                .approve(rev, DATA_AUTHOR, "reviewed in the data/ repository")
                .await?;
            if current.is_none() {
                report.created.push(org.slug.clone());
            } else {
                report.updated.push(org.slug.clone());
            }
        } else {
            let pending = store.proposed().await?;
            let already_queued = pending.iter().any(|r| {
                r.org_id == id
                    && r.author_kind == AuthorKind::Data
                    && r.document_hash == document_hash(org)
            });
            if !already_queued {
                store
                    .propose(NewRevision {
                        document: org,
                        author: DATA_AUTHOR,
                        author_kind: AuthorKind::Data,
                        note: "conflict: data/ changed after a portal edit was approved; compare both before approving",
                        base_revision: base,
                    })
                    .await?;
            }
            report.conflicts.push(org.slug.clone());
        }
    }
    for id in store.organization_ids().await? {
        if seen.contains(&id) {
            continue;
        }
        let (Some(current), Some(last_data)) = (
            store.current(id).await?,
            store.last_by(id, AuthorKind::Data).await?,
        ) else {
            continue;
        };
        // Only listings that came from data/ and were not edited since leave with it.
        if current.id != last_data.id || current.document.withdrawn {
            continue;
        }
        let mut withdrawn = current.document.clone();
        withdrawn.withdrawn = true;
        let rev = store
            .propose(NewRevision {
                document: &withdrawn,
                author: DATA_AUTHOR,
                author_kind: AuthorKind::Data,
                note: "removed from data/",
                base_revision: Some(current.id),
            })
            .await?;
        store
            .approve(rev, DATA_AUTHOR, "removed in the data/ repository")
            .await?;
        report.withdrawn.push(withdrawn.slug);
    }
    Ok(report)
}

//! The versioned store and seeding from `data/`.

mod common;

use faro::data::DataSet;
use faro::model::{LocalizedText, Organization};
use faro::store::{AuthorKind, NewRevision, RevisionStatus, SqliteStore, Store, StoreError, seed};

fn org(slug: &str, name: &str) -> Organization {
    toml::from_str(&format!(
        r#"slug = "{slug}"
kind = "ngo"
name = {{ en = "{name}" }}
agency_domains = ["example.org"]"#
    ))
    .unwrap()
}

fn proposal<'a>(doc: &'a Organization, author: &'a str, base: Option<i64>) -> NewRevision<'a> {
    NewRevision {
        document: doc,
        author,
        author_kind: AuthorKind::Portal,
        note: "edit",
        base_revision: base,
    }
}

#[tokio::test]
async fn approvals_take_gap_free_sequence_numbers_and_history_is_kept() {
    let store = SqliteStore::in_memory().await.unwrap();
    let mut base = None;
    for (i, name) in ["One", "Two", "Three"].iter().enumerate() {
        let doc = org("acme", name);
        let rev = store.propose(proposal(&doc, "editor", base)).await.unwrap();
        assert_eq!(
            store.approve(rev, "moderator", "ok").await.unwrap(),
            i as i64 + 1
        );
        base = Some(rev);
    }
    let id = org("acme", "").uuid();
    let history = store.history(id).await.unwrap();
    assert_eq!(history.len(), 3);
    assert_eq!(
        history.iter().map(|r| r.seq.unwrap()).collect::<Vec<_>>(),
        vec![1, 2, 3]
    );
    assert_eq!(
        store.current(id).await.unwrap().unwrap().document.name,
        LocalizedText::en("Three")
    );
    let feed = store.changes_since(1, 10).await.unwrap();
    assert_eq!(feed.iter().map(|c| c.seq).collect::<Vec<_>>(), vec![2, 3]);
}

#[tokio::test]
async fn a_second_approval_on_a_stale_base_is_a_conflict_and_loses_nothing() {
    let store = SqliteStore::in_memory().await.unwrap();
    let first = org("acme", "First");
    let rev = store
        .propose(proposal(&first, "editor", None))
        .await
        .unwrap();
    store.approve(rev, "moderator", "").await.unwrap();

    let (a, b) = (org("acme", "Edit A"), org("acme", "Edit B"));
    let rev_a = store
        .propose(proposal(&a, "editor-a", Some(rev)))
        .await
        .unwrap();
    let rev_b = store
        .propose(proposal(&b, "editor-b", Some(rev)))
        .await
        .unwrap();
    store.approve(rev_a, "moderator-1", "").await.unwrap();
    assert!(
        matches!(store.approve(rev_b, "moderator-2", "").await, Err(StoreError::Conflict(r)) if r == rev_b)
    );

    let kept = store.revision(rev_b).await.unwrap();
    assert_eq!(kept.status, RevisionStatus::Proposed);
    assert_eq!(kept.document.name, LocalizedText::en("Edit B"));
    assert_eq!(
        store.last_seq().await.unwrap(),
        2,
        "the failed approval took no sequence number"
    );
}

#[tokio::test]
async fn rejected_revisions_stay_recorded_and_cannot_be_approved() {
    let store = SqliteStore::in_memory().await.unwrap();
    let doc = org("acme", "Wrong");
    let rev = store.propose(proposal(&doc, "editor", None)).await.unwrap();
    store
        .reject(rev, "moderator", "no source for the new number")
        .await
        .unwrap();
    assert!(matches!(
        store.approve(rev, "moderator", "").await,
        Err(StoreError::AlreadyDecided(_))
    ));
    let r = store.revision(rev).await.unwrap();
    assert_eq!(
        (r.status, r.decision_note.as_deref()),
        (
            RevisionStatus::Rejected,
            Some("no source for the new number")
        )
    );
    assert!(store.current(doc.uuid()).await.unwrap().is_none());
}

#[tokio::test]
async fn seeding_is_idempotent() {
    let store = SqliteStore::in_memory().await.unwrap();
    let data = common::data();
    let first = seed(&store, &data).await.unwrap();
    assert_eq!(first.created.len(), data.organizations.len());
    let again = seed(&store, &data).await.unwrap();
    assert_eq!(
        (again.unchanged, again.created.len(), again.updated.len()),
        (data.organizations.len(), 0, 0)
    );
    assert_eq!(
        store.last_seq().await.unwrap(),
        data.organizations.len() as i64
    );
}

fn one_org_data(doc: Organization) -> DataSet {
    let mut data = common::data();
    data.organizations.retain(|(_, o)| o.slug == "polaris");
    data.organizations[0].1 = doc;
    data
}

#[tokio::test]
async fn a_data_change_after_a_portal_edit_waits_for_a_moderator() {
    let store = SqliteStore::in_memory().await.unwrap();
    let original = common::data()
        .organizations
        .into_iter()
        .find(|(_, o)| o.slug == "polaris")
        .unwrap()
        .1;
    seed(&store, &one_org_data(original.clone())).await.unwrap();
    let id = original.uuid();
    let seeded = store.current(id).await.unwrap().unwrap();

    let mut portal = original.clone();
    portal.website = Some("https://polarisproject.org/new".into());
    let rev = store
        .propose(proposal(&portal, "ngo-editor", Some(seeded.id)))
        .await
        .unwrap();
    store.approve(rev, "moderator", "").await.unwrap();

    let mut changed = original.clone();
    changed.description = LocalizedText::en("Changed in data/");
    let report = seed(&store, &one_org_data(changed.clone())).await.unwrap();
    assert_eq!(report.conflicts, vec!["polaris".to_string()]);
    assert_eq!(
        store.current(id).await.unwrap().unwrap().document.website,
        portal.website,
        "the portal edit stays"
    );
    let queued = store.proposed().await.unwrap();
    assert_eq!(queued.len(), 1);
    assert!(queued[0].note.starts_with("conflict"));
    let again = seed(&store, &one_org_data(changed)).await.unwrap();
    assert_eq!(
        store.proposed().await.unwrap().len(),
        1,
        "re-seeding does not queue it twice: {again:?}"
    );
}

#[tokio::test]
async fn a_file_removed_from_data_withdraws_its_listing_without_deleting_it() {
    let store = SqliteStore::in_memory().await.unwrap();
    let data = common::data();
    seed(&store, &data).await.unwrap();
    let mut fewer = data.clone();
    let (_, gone) = fewer.organizations.remove(0);
    let report = seed(&store, &fewer).await.unwrap();
    assert_eq!(report.withdrawn, vec![gone.slug.clone()]);
    let history = store.history(gone.uuid()).await.unwrap();
    assert_eq!(history.len(), 2);
    assert!(!history[0].document.withdrawn && history[1].document.withdrawn);
}

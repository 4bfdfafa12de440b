//! The versioned store and seeding from `data/`.

mod common;

use chrono::{Duration, Utc};
use faro::data::DataSet;
use faro::model::{LocalizedText, Organization};
use faro::store::accounts::{LOCK_AFTER_FAILURES, NewInvite, Role};
use faro::store::{
    Accounts, AuthorKind, Letter, ListingRequest, NewFlag, NewRevision, Outbox, Problem,
    RevisionStatus, SharedLimits, SqlStore, Store, StoreError, seed,
};

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

async fn approvals_take_gap_free_sequence_numbers_and_history_is_kept(store: SqlStore) {
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

async fn a_second_approval_on_a_stale_base_is_a_conflict_and_loses_nothing(store: SqlStore) {
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

async fn rejected_revisions_stay_recorded_and_cannot_be_approved(store: SqlStore) {
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

async fn seeding_is_idempotent(store: SqlStore) {
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

async fn a_data_change_after_a_portal_edit_waits_for_a_moderator(store: SqlStore) {
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

async fn a_file_removed_from_data_withdraws_its_listing_without_deleting_it(store: SqlStore) {
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

async fn two_moderators_approving_rival_edits_at_once_leave_exactly_one_winner(store: SqlStore) {
    let base = store
        .propose(proposal(&org("acme", "Base"), "editor", None))
        .await
        .unwrap();
    store.approve(base, "moderator", "").await.unwrap();
    for round in 0..10 {
        let current = store
            .current(org("acme", "").uuid())
            .await
            .unwrap()
            .unwrap();
        let (a, b) = (
            org("acme", &format!("A{round}")),
            org("acme", &format!("B{round}")),
        );
        let rev_a = store
            .propose(proposal(&a, "editor-a", Some(current.id)))
            .await
            .unwrap();
        let rev_b = store
            .propose(proposal(&b, "editor-b", Some(current.id)))
            .await
            .unwrap();
        let (store_a, store_b) = (store.clone(), store.clone());
        let (first, second) = tokio::join!(
            tokio::spawn(async move { store_a.approve(rev_a, "moderator-1", "").await }),
            tokio::spawn(async move { store_b.approve(rev_b, "moderator-2", "").await }),
        );
        let outcomes = [first.unwrap(), second.unwrap()];
        let wins = outcomes.iter().filter(|o| o.is_ok()).count();
        let conflicts = outcomes
            .iter()
            .filter(|o| matches!(o, Err(StoreError::Conflict(_))))
            .count();
        assert_eq!((wins, conflicts), (1, 1), "round {round}: {outcomes:?}");
        let loser = if outcomes[0].is_ok() { rev_b } else { rev_a };
        assert_eq!(
            store.revision(loser).await.unwrap().status,
            RevisionStatus::Proposed,
            "the losing revision is kept for the moderator"
        );
    }
    let seqs: Vec<i64> = store
        .changes_since(0, 100)
        .await
        .unwrap()
        .iter()
        .map(|c| c.seq)
        .collect();
    assert_eq!(
        seqs,
        (1..=11).collect::<Vec<_>>(),
        "no sequence number skipped"
    );
}

async fn a_snapshot_and_the_feed_describe_the_same_directory(store: SqlStore) {
    seed(&store, &common::data()).await.unwrap();
    let (seq, snapshot) = store.snapshot().await.unwrap();
    assert_eq!(seq, store.last_seq().await.unwrap());
    let replayed = store.changes_since(0, 10_000).await.unwrap();
    assert_eq!(replayed.len() as i64, seq);
    let mut from_feed: Vec<_> = replayed.iter().map(|c| c.org_id).collect();
    let mut from_snapshot: Vec<_> = snapshot.iter().map(|c| c.org_id).collect();
    from_feed.sort();
    from_snapshot.sort();
    assert_eq!(from_feed, from_snapshot);
    assert_eq!(
        store.organization_ids().await.unwrap().len(),
        snapshot.len()
    );
}

async fn an_invite_makes_one_account_and_sessions_end(store: SqlStore) {
    let now = Utc::now();
    seed(&store, &common::data()).await.unwrap();
    store
        .create_invite(NewInvite {
            token_hash: "invite-hash",
            email: "mod@example.org",
            role: Role::Moderator,
            org_id: None,
            created_by: "admin",
            expires_at: now + Duration::hours(72),
            locale: "es",
        })
        .await
        .unwrap();
    assert_eq!(
        store
            .invite_usable("invite-hash", now)
            .await
            .unwrap()
            .as_deref(),
        Some("mod@example.org")
    );
    let user = store
        .accept_invite("invite-hash", "argon-hash", now)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((user.role, user.locale.as_str()), (Role::Moderator, "es"));
    assert!(
        store
            .accept_invite("invite-hash", "other", now)
            .await
            .unwrap()
            .is_none(),
        "an invite is used once"
    );
    store
        .create_session(
            "session-hash",
            user.id,
            "csrf",
            false,
            now + Duration::hours(8),
        )
        .await
        .unwrap();
    let session = store.session("session-hash", now).await.unwrap().unwrap();
    assert!(!session.verified);
    store.mark_session_verified("session-hash").await.unwrap();
    assert!(
        store
            .session("session-hash", now)
            .await
            .unwrap()
            .unwrap()
            .verified
    );
    assert!(
        store
            .session("session-hash", now + Duration::hours(9))
            .await
            .unwrap()
            .is_none(),
        "an expired session is gone"
    );
    assert_eq!(store.end_all_sessions().await.unwrap(), 1);
    assert!(store.session("session-hash", now).await.unwrap().is_none());
}

async fn failed_logins_rest_an_account_for_a_while(store: SqlStore) {
    let now = Utc::now();
    store
        .create_invite(NewInvite {
            token_hash: "t",
            email: "admin@example.org",
            role: Role::Admin,
            org_id: None,
            created_by: "test",
            expires_at: now + Duration::hours(1),
            locale: "en",
        })
        .await
        .unwrap();
    let user = store.accept_invite("t", "h", now).await.unwrap().unwrap();
    for _ in 0..LOCK_AFTER_FAILURES {
        store.login_failed(user.id, now).await.unwrap();
    }
    let rested = store
        .user_by_email("admin@example.org")
        .await
        .unwrap()
        .unwrap();
    assert!(rested.locked_until.is_some_and(|t| t > now));
    store.login_succeeded(user.id).await.unwrap();
    let back = store
        .user_by_email("admin@example.org")
        .await
        .unwrap()
        .unwrap();
    assert_eq!((back.failed_logins, back.locked_until), (0, None));
    store
        .audit("admin@example.org", "login", None, "password")
        .await
        .unwrap();
    let log = store.audit_log(None).await.unwrap();
    assert_eq!(
        log.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(),
        ["login"]
    );
}

async fn the_outbox_sends_each_letter_once(store: SqlStore) {
    let now = Utc::now();
    let letter = Letter {
        to: "editor@example.org".into(),
        subject: "Reminder".into(),
        body: "Check your listing".into(),
        dedupe_key: Some("reminder:acme:2026-11-30".into()),
    };
    assert!(store.queue(&letter, now).await.unwrap());
    assert!(
        !store.queue(&letter, now).await.unwrap(),
        "queued once per key"
    );
    let lease = now + Duration::minutes(5);
    let claimed = store.claim_due(now, lease, 10).await.unwrap();
    assert_eq!(claimed.len(), 1);
    assert!(
        store.claim_due(now, lease, 10).await.unwrap().is_empty(),
        "a leased letter is not taken twice"
    );
    store
        .mark_failed(claimed[0].id, "connection refused", now)
        .await
        .unwrap();
    let retried = store.claim_due(now, lease, 10).await.unwrap();
    assert_eq!(retried[0].attempts, 1);
    store.mark_sent(retried[0].id, now).await.unwrap();
    assert_eq!(store.unsent().await.unwrap(), 0);
}

async fn public_reports_are_kept_until_closed(store: SqlStore) {
    seed(&store, &common::data()).await.unwrap();
    let org_id = store.organization_ids().await.unwrap()[0];
    let id = store
        .flag(NewFlag {
            org_id,
            service_id: org_id,
            problem: Problem::WrongHours,
            details: "closed on Mondays",
            locale: "es",
        })
        .await
        .unwrap();
    assert_eq!(
        store.open_flags().await.unwrap()[0].problem,
        Problem::WrongHours
    );
    assert!(!store.close_flag(id, "deleted").await.unwrap());
    assert!(store.close_flag(id, "resolved").await.unwrap());
    assert!(!store.close_flag(id, "resolved").await.unwrap());
    assert!(store.open_flags().await.unwrap().is_empty());

    let request = ListingRequest {
        id: 0,
        organization: "Casa".into(),
        website: "https://casa.example.org".into(),
        services: "shelter".into(),
        public_contact: "+1 555 0100".into(),
        sources: "https://casa.example.org/about".into(),
        locale: "es".into(),
        requested_on: String::new(),
    };
    let id = store.request_listing(&request).await.unwrap();
    assert_eq!(store.open_listing_requests().await.unwrap().len(), 1);
    assert!(store.close_listing_request(id, "declined").await.unwrap());
    assert!(store.open_listing_requests().await.unwrap().is_empty());

    assert!(!store.sms_stopped("key").await.unwrap());
    store.set_sms_stop("key", true).await.unwrap();
    store.set_sms_stop("key", true).await.unwrap();
    assert!(store.sms_stopped("key").await.unwrap());
    store.set_sms_stop("key", false).await.unwrap();
    assert!(!store.sms_stopped("key").await.unwrap());
}

async fn shared_rate_limits_count_together_and_forget_yesterday(store: SqlStore) {
    let secret = store.day_secret("2026-11-30", "first").await.unwrap();
    assert_eq!(secret, "first");
    assert_eq!(
        store.day_secret("2026-11-30", "second").await.unwrap(),
        "first",
        "the first node to ask sets the day's secret"
    );
    assert_eq!(
        store
            .hit("logins", "k", "2026-11-30", 1000, 600)
            .await
            .unwrap(),
        (1000, 1)
    );
    assert_eq!(
        store
            .hit("logins", "k", "2026-11-30", 1100, 600)
            .await
            .unwrap(),
        (1000, 2)
    );
    assert_eq!(
        store
            .hit("reports", "k", "2026-11-30", 1100, 600)
            .await
            .unwrap(),
        (1100, 1)
    );
    assert_eq!(
        store
            .hit("logins", "k", "2026-11-30", 1600, 600)
            .await
            .unwrap(),
        (1600, 1),
        "a new window"
    );
    assert_eq!(
        store.day_secret("2026-12-01", "third").await.unwrap(),
        "third"
    );
    assert_eq!(
        store
            .hit("logins", "k", "2026-12-01", 90_000, 600)
            .await
            .unwrap(),
        (90_000, 1),
        "yesterday's counts are gone with yesterday's secret"
    );
}

async fn two_senders_claiming_at_once_never_take_one_letter_twice(store: SqlStore) {
    let now = Utc::now();
    for i in 0..40 {
        let letter = Letter {
            to: format!("editor{i}@example.org"),
            subject: "Notice".into(),
            body: "A flag on your listing".into(),
            dedupe_key: None,
        };
        store.queue(&letter, now).await.unwrap();
    }
    let lease = now + Duration::minutes(5);
    let mut claimed = Vec::new();
    // A sender that lost a race comes back empty-handed; they go on until neither gets any.
    loop {
        let (a, b) = (store.clone(), store.clone());
        let (first, second) = tokio::join!(
            tokio::spawn(async move { a.claim_due(now, lease, 3).await }),
            tokio::spawn(async move { b.claim_due(now, lease, 3).await }),
        );
        let (first, second) = (first.unwrap().unwrap(), second.unwrap().unwrap());
        if first.is_empty() && second.is_empty() {
            break;
        }
        claimed.extend(first.iter().chain(&second).map(|l| l.id));
    }
    let mut unique = claimed.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(
        unique.len(),
        claimed.len(),
        "a letter was claimed twice: {claimed:?}"
    );
    assert_eq!(claimed.len(), 40);
}

async fn an_import_key_names_the_organization_a_foreign_record_became(store: SqlStore) {
    let org = org("acme", "Acme").uuid();
    assert_eq!(
        store
            .import_key("https://211.example/data", "42")
            .await
            .unwrap(),
        None
    );
    store
        .set_import_key("https://211.example/data", "42", org)
        .await
        .unwrap();
    store
        .set_import_key("https://211.example/data", "42", org)
        .await
        .unwrap();
    assert_eq!(
        store
            .import_key("https://211.example/data", "42")
            .await
            .unwrap(),
        Some(org)
    );
    assert_eq!(
        store
            .import_key("https://other.example", "42")
            .await
            .unwrap(),
        None
    );
}

on_both_stores!(
    approvals_take_gap_free_sequence_numbers_and_history_is_kept,
    a_second_approval_on_a_stale_base_is_a_conflict_and_loses_nothing,
    rejected_revisions_stay_recorded_and_cannot_be_approved,
    seeding_is_idempotent,
    a_data_change_after_a_portal_edit_waits_for_a_moderator,
    a_file_removed_from_data_withdraws_its_listing_without_deleting_it,
    two_moderators_approving_rival_edits_at_once_leave_exactly_one_winner,
    a_snapshot_and_the_feed_describe_the_same_directory,
    an_invite_makes_one_account_and_sessions_end,
    failed_logins_rest_an_account_for_a_while,
    the_outbox_sends_each_letter_once,
    public_reports_are_kept_until_closed,
    shared_rate_limits_count_together_and_forget_yesterday,
    two_senders_claiming_at_once_never_take_one_letter_twice,
    an_import_key_names_the_organization_a_foreign_record_became,
);

//! `faro backup` while serving and `faro restore` into an empty store: every revision,
//! sequence number and audit entry comes back.

mod common;

use common::process::{faro, serve, wait_ready, workspace};
use faro::store::{Accounts, SqlStore, Store};

async fn everything(store: &SqlStore) -> (i64, Vec<String>, usize) {
    let mut revisions = Vec::new();
    for org in store.organization_ids().await.unwrap() {
        for r in store.history(org).await.unwrap() {
            revisions.push(format!(
                "{} {} {:?} {:?} {} {}",
                r.id, r.org_id, r.status, r.seq, r.document_hash, r.author
            ));
        }
    }
    let audit = store.audit_log(None).await.unwrap().len();
    (store.last_seq().await.unwrap(), revisions, audit)
}

/// An invite, so the store holds an account and an audit entry besides the directory.
fn invite_an_admin(root: &std::path::Path) {
    let invited = faro(root)
        .args([
            "user",
            "invite",
            "--email",
            "a@example.org",
            "--role",
            "admin",
        ])
        .output()
        .unwrap();
    assert!(invited.status.success());
}

#[tokio::test]
async fn a_backup_taken_while_serving_restores_every_revision_and_sequence() {
    let dir = workspace();
    let server = serve(dir.path());
    wait_ready(&server.base).await;
    invite_an_admin(dir.path());

    let file = dir.path().join("faro-backup.db");
    let backup = faro(dir.path()).arg("backup").arg(&file).output().unwrap();
    assert!(
        backup.status.success(),
        "{}",
        String::from_utf8_lossy(&backup.stderr)
    );
    let again = faro(dir.path()).arg("backup").arg(&file).output().unwrap();
    assert!(!again.status.success(), "a backup never overwrites a file");
    server.kill();

    let elsewhere = tempfile::tempdir().unwrap();
    let restore = faro(dir.path())
        .env("FARO_VAR_DIR", elsewhere.path().join("var"))
        .arg("restore")
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        restore.status.success(),
        "{}",
        String::from_utf8_lossy(&restore.stderr)
    );
    let over = faro(dir.path()).arg("restore").arg(&file).output().unwrap();
    assert!(!over.status.success(), "a restore never replaces a store");

    let original = SqlStore::open(&dir.path().join("var/faro.db"))
        .await
        .unwrap();
    let restored = SqlStore::open(&elsewhere.path().join("var/faro.db"))
        .await
        .unwrap();
    let (seq, revisions, audit) = everything(&original).await;
    assert!(
        seq > 70 && revisions.len() > 70 && audit >= 1,
        "{seq} {} {audit}",
        revisions.len()
    );
    assert_eq!(everything(&restored).await, (seq, revisions, audit));
}

/// Scaling out: `faro migrate-store` copies the SQLite store, with its history, into a new
/// PostgreSQL database; a node on PostgreSQL then serves it and new ids do not collide.
#[tokio::test]
async fn migrate_store_copies_everything_into_postgresql_and_back() {
    let Some(db) = common::pg::Database::fresh() else {
        return;
    };
    let dir = workspace();
    let seeded = faro(dir.path()).arg("seed").output().unwrap();
    assert!(seeded.status.success());
    invite_an_admin(dir.path());
    let sqlite = format!("sqlite://{}", dir.path().join("var/faro.db").display());

    let copied = faro(dir.path())
        .args(["migrate-store", "--from", &sqlite, "--to", &db.url])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&copied.stdout);
    assert!(
        copied.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&copied.stderr)
    );
    assert!(said.contains("counts match"), "{said}");
    let again = faro(dir.path())
        .args(["migrate-store", "--from", &sqlite, "--to", &db.url])
        .output()
        .unwrap();
    assert!(
        !again.status.success(),
        "never into a store that holds data"
    );
    let missing = faro(dir.path())
        .args([
            "migrate-store",
            "--from",
            "sqlite:///nowhere/faro.db",
            "--to",
            &db.url,
        ])
        .output()
        .unwrap();
    assert!(!missing.status.success());

    let original = SqlStore::open(&dir.path().join("var/faro.db"))
        .await
        .unwrap();
    let postgres = db.store().await;
    let before = everything(&original).await;
    assert_eq!(everything(&postgres).await, before);

    // The copy is a working store: the next approval takes the next number and new ids.
    let org = postgres.organization_ids().await.unwrap()[0];
    let current = postgres.current(org).await.unwrap().unwrap();
    let next = postgres
        .propose(faro::store::NewRevision {
            document: &current.document,
            author: "editor",
            author_kind: faro::store::AuthorKind::Portal,
            note: "after the move",
            base_revision: Some(current.id),
        })
        .await
        .unwrap();
    assert!(
        next > before.1.len() as i64,
        "ids continue after the copied ones"
    );
    assert_eq!(
        postgres.approve(next, "moderator", "").await.unwrap(),
        before.0 + 1
    );
    postgres
        .audit("moderator", "approve", Some(org), "")
        .await
        .unwrap();

    // And back again, into a new SQLite file.
    let back = dir.path().join("back.db");
    let returned = faro(dir.path())
        .args(["migrate-store", "--from", &db.url, "--to"])
        .arg(format!("sqlite://{}", back.display()))
        .output()
        .unwrap();
    assert!(
        returned.status.success(),
        "{}",
        String::from_utf8_lossy(&returned.stderr)
    );
    let back = SqlStore::open(&back).await.unwrap();
    assert_eq!(everything(&back).await, everything(&postgres).await);
}

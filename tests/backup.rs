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

#[tokio::test]
async fn a_backup_taken_while_serving_restores_every_revision_and_sequence() {
    let dir = workspace();
    let server = serve(dir.path());
    wait_ready(&server.base).await;
    let invited = faro(dir.path())
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

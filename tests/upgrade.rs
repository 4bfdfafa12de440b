//! Upgrades: a database at the first release's schema, with data in it, is migrated
//! forward at start-up and loses nothing.

use sqlx::Connection;
use sqlx::migrate::Migrate;
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};

use faro::store::{Accounts, SqlStore, Store};

#[tokio::test]
async fn a_database_from_the_first_release_migrates_forward_with_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("faro.db");
    let migrations = sqlx::migrate!("./migrations/sqlite");
    let first = migrations.iter().next().expect("the first migration");
    assert_eq!(first.version, 1);
    {
        // The first release's schema, applied and recorded as that release did it.
        let options = SqliteConnectOptions::new()
            .filename(&path)
            .create_if_missing(true);
        let mut conn = SqliteConnection::connect_with(&options).await.unwrap();
        conn.ensure_migrations_table("_sqlx_migrations")
            .await
            .unwrap();
        conn.apply("_sqlx_migrations", first).await.unwrap();
        let doc =
            r#"{"slug":"old","kind":"ngo","owner":"org","name":{"en":"Old NGO"},"services":[]}"#;
        sqlx::query("INSERT INTO organizations (id, slug, current_revision, created_at) VALUES ('00000000-0000-0000-0000-0000000000aa', 'old', 1, '2026-11-22T00:00:00Z')")
            .execute(&mut conn)
            .await
            .unwrap();
        sqlx::query("INSERT INTO revisions (org_id, document, document_hash, status, author, author_kind, created_at, seq) VALUES ('00000000-0000-0000-0000-0000000000aa', $1, 'h', 'approved', 'data/', 'data', '2026-11-22T00:00:00Z', 1)")
            .bind(doc)
            .execute(&mut conn)
            .await
            .unwrap();
        sqlx::query("UPDATE feed_counter SET seq = 1")
            .execute(&mut conn)
            .await
            .unwrap();
        conn.close().await.unwrap();
    }

    let store = SqlStore::open(&path).await.expect("migrates forward");
    assert_eq!(
        store.last_seq().await.unwrap(),
        1,
        "the feed position survives"
    );
    let history = store
        .history("00000000-0000-0000-0000-0000000000aa".parse().unwrap())
        .await
        .unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].document.slug, "old");
    // The later releases' tables are there and usable.
    assert!(store.open_flags().await.unwrap().is_empty());
    assert!(store.open_listing_requests().await.unwrap().is_empty());
    store.audit("test", "upgraded", None, "").await.unwrap();
    assert_eq!(store.audit_log(None).await.unwrap().len(), 1);
    drop(store);
    SqlStore::open(&path)
        .await
        .expect("opening again changes nothing");
}

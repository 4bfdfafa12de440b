//! Opening a store: the embedded SQLite file or a shared PostgreSQL, named by one URL.
//! Both run the same SQL through sqlx's runtime-chosen driver, so behaviour cannot drift
//! between them; only what SQLite or PostgreSQL alone can do (a file backup, notifying
//! other nodes) differs, and lives here or beside the feed.

use std::path::Path;
use std::time::Duration;

use sqlx::ConnectOptions;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::sqlite::SqliteConnectOptions;

use super::{SqlStore, StoreError};

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// Which database a store lives in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Where a store is: `sqlite://PATH` or `postgres://…` (also `postgresql://…`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreUrl {
    Sqlite(std::path::PathBuf),
    Postgres(String),
}

impl StoreUrl {
    pub fn parse(url: &str) -> Result<StoreUrl, StoreError> {
        if let Some(path) = url.strip_prefix("sqlite://") {
            if path.is_empty() {
                return Err(StoreError::BadUrl(url.to_string()));
            }
            return Ok(StoreUrl::Sqlite(path.into()));
        }
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(StoreUrl::Postgres(url.to_string()));
        }
        Err(StoreError::BadUrl(url.to_string()))
    }

    pub fn backend(&self) -> Backend {
        match self {
            StoreUrl::Sqlite(_) => Backend::Sqlite,
            StoreUrl::Postgres(_) => Backend::Postgres,
        }
    }
}

/// Connections each node keeps to PostgreSQL: enough for a busy portal, few enough that
/// dozens of nodes stay under the server's default `max_connections` of 100.
const POSTGRES_CONNECTIONS: u32 = 8;

/// The advisory lock key of [`SqlStore::exclusively`] ("faro" in ASCII).
const EXCLUSIVE_LOCK: i64 = 0x6661_726f;

/// A node that cannot reach the database answers within this, rather than hanging.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(5);

impl SqlStore {
    /// Opens (creating if needed) the store at `url` and runs pending migrations.
    pub async fn open_url(url: &StoreUrl) -> Result<SqlStore, StoreError> {
        match url {
            StoreUrl::Sqlite(path) => SqlStore::open(path).await,
            StoreUrl::Postgres(url) => SqlStore::connect_postgres(url).await,
        }
    }

    /// Opens (creating if needed) a SQLite file and runs pending migrations.
    pub async fn open(path: &Path) -> Result<SqlStore, StoreError> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| StoreError::Corrupt(format!("{}: {e}", dir.display())))?;
        }
        // Absolute, so the URL below cannot read a folder name as a host name.
        let path = std::path::absolute(path)
            .map_err(|e| StoreError::Corrupt(format!("{}: {e}", path.display())))?;
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true);
        Self::connect_sqlite(AnyConnectOptions::from_url(&options.to_url_lossy())?, 4).await
    }

    /// A private in-memory SQLite database, for tests.
    pub async fn in_memory() -> Result<SqlStore, StoreError> {
        // An in-memory database exists per connection: keep exactly one.
        Self::connect_sqlite("sqlite::memory:".parse()?, 1).await
    }

    async fn connect_sqlite(options: AnyConnectOptions, max: u32) -> Result<SqlStore, StoreError> {
        sqlx::any::install_default_drivers();
        let pool = AnyPoolOptions::new()
            .max_connections(max)
            .min_connections(1)
            .idle_timeout(None)
            .max_lifetime(None)
            // The runtime-chosen driver connects from a URL, which carries no pragmas.
            .after_connect(|conn, _| {
                Box::pin(async move {
                    sqlx::raw_sql(
                        // FULL: a committed approval survives power loss, not only a crash.
                        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;
                         PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;",
                    )
                    .execute(conn)
                    .await?;
                    Ok(())
                })
            })
            .connect_with(options)
            .await?;
        SQLITE_MIGRATIONS.run(&pool).await?;
        Ok(SqlStore {
            pool,
            backend: Backend::Sqlite,
        })
    }

    /// Connects to PostgreSQL and runs pending migrations. Several nodes may start at
    /// once: sqlx takes an advisory lock around migrating, so only one applies them.
    pub async fn connect_postgres(url: &str) -> Result<SqlStore, StoreError> {
        sqlx::any::install_default_drivers();
        let options: AnyConnectOptions = url.parse()?;
        let pool = AnyPoolOptions::new()
            .max_connections(POSTGRES_CONNECTIONS)
            .acquire_timeout(ACQUIRE_TIMEOUT)
            .connect_with(options)
            .await?;
        POSTGRES_MIGRATIONS.run(&pool).await?;
        Ok(SqlStore {
            pool,
            backend: Backend::Postgres,
        })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Runs `work` while no other node runs work under this lock (a PostgreSQL advisory
    /// lock, released by the server if this node dies). SQLite has one process per file.
    pub async fn exclusively<T>(
        &self,
        work: impl std::future::Future<Output = T>,
    ) -> Result<T, StoreError> {
        if self.backend != Backend::Postgres {
            return Ok(work.await);
        }
        let mut holder = self.pool.acquire().await?;
        loop {
            let taken: bool = sqlx::query_scalar("SELECT pg_try_advisory_lock($1)")
                .bind(EXCLUSIVE_LOCK)
                .fetch_one(&mut *holder)
                .await?;
            if taken {
                break;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        let result = work.await;
        let _: bool = sqlx::query_scalar("SELECT pg_advisory_unlock($1)")
            .bind(EXCLUSIVE_LOCK)
            .fetch_one(&mut *holder)
            .await?;
        Ok(result)
    }

    /// A consistent copy of the whole SQLite database in `file`, taken while it serves
    /// (`VACUUM INTO` reads one snapshot). Never overwrites an existing file. PostgreSQL
    /// is backed up with its own tools (docs/operating.md).
    pub async fn backup(&self, file: &Path) -> Result<(), StoreError> {
        if self.backend != Backend::Sqlite {
            return Err(StoreError::NotSqlite("faro backup"));
        }
        if file.exists() {
            return Err(StoreError::Corrupt(format!(
                "{} exists; a backup never overwrites a file",
                file.display()
            )));
        }
        sqlx::query("VACUUM INTO $1")
            .bind(file.to_string_lossy().into_owned())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Puts a backup in place as the database at `path`, which must not hold a store yet:
    /// a restore never replaces data. The copy is checked and migrated by opening it.
    pub async fn restore(backup: &Path, path: &Path) -> Result<SqlStore, StoreError> {
        if path.exists() {
            return Err(StoreError::Corrupt(format!(
                "{} already holds a store; restore only into an empty place",
                path.display()
            )));
        }
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| StoreError::Corrupt(format!("{}: {e}", dir.display())))?;
        }
        std::fs::copy(backup, path)
            .map_err(|e| StoreError::Corrupt(format!("{}: {e}", backup.display())))?;
        let store = SqlStore::open(path).await?;
        let ok: String = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_one(&store.pool)
            .await?;
        if ok != "ok" {
            return Err(StoreError::Corrupt(format!("{}: {ok}", backup.display())));
        }
        Ok(store)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn store_urls_name_a_file_or_a_server() {
        assert_eq!(
            StoreUrl::parse("sqlite://var/faro.db").unwrap(),
            StoreUrl::Sqlite("var/faro.db".into())
        );
        assert_eq!(
            StoreUrl::parse("postgres://faro@db/faro")
                .unwrap()
                .backend(),
            Backend::Postgres
        );
        assert_eq!(
            StoreUrl::parse("postgresql://db/faro").unwrap().backend(),
            Backend::Postgres
        );
        for bad in ["mysql://db/faro", "sqlite://", "var/faro.db", ""] {
            assert!(StoreUrl::parse(bad).is_err(), "{bad}");
        }
    }
}

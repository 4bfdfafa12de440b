//! A fresh PostgreSQL database for one test, dropped after. The server is
//! `FARO_TEST_POSTGRES` (default: postgres@127.0.0.1:5432, as CI runs it). Without a server
//! a test skips with a printed notice, except under `CI=true`, where it fails.

use std::process::Command;
use std::sync::atomic::{AtomicU32, Ordering};

use faro::store::SqlStore;

pub fn server() -> String {
    std::env::var("FARO_TEST_POSTGRES")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".to_string())
}

/// Runs one statement as the server's superuser; the error text when it fails.
fn psql(database: &str, sql: &str) -> Result<String, String> {
    let output = Command::new("psql")
        .arg(format!("{}/{database}", server()))
        .args(["-v", "ON_ERROR_STOP=1", "-qAtc", sql])
        .output()
        .map_err(|e| format!("psql: {e}"))?;
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).trim().to_string())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).trim().to_string())
    }
}

pub struct Database {
    pub name: String,
    pub url: String,
}

impl Database {
    /// A new empty database, or `None` (with a notice) where no server runs outside CI.
    pub fn fresh() -> Option<Database> {
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let name = format!(
            "faro_test_{}_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed),
            uuid::Uuid::new_v4().simple()
        );
        if let Err(error) = psql("postgres", &format!("CREATE DATABASE {name}")) {
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!(
                    "CI=true but PostgreSQL at {} is not usable: {error}",
                    server()
                );
            }
            eprintln!(
                "SKIPPED: no PostgreSQL at {} ({error}); set FARO_TEST_POSTGRES or start one",
                server()
            );
            return None;
        }
        let url = format!("{}/{name}", server());
        Some(Database { name, url })
    }

    pub async fn store(&self) -> SqlStore {
        SqlStore::connect_postgres(&self.url).await.unwrap()
    }

    /// Runs SQL in this database directly, as an operator would.
    pub fn sql(&self, sql: &str) -> String {
        psql(&self.name, sql).unwrap()
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        if let Err(error) = psql(
            "postgres",
            &format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name),
        ) {
            eprintln!("could not drop test database {}: {error}", self.name);
        }
    }
}

/// Runs each named `async fn(SqlStore)` twice: on a private SQLite store and on a fresh
/// PostgreSQL database, so both backends are held to the same suite.
#[macro_export]
macro_rules! on_both_stores {
    ($($test:ident),* $(,)?) => { $(
        mod $test {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$test(faro::store::SqlStore::in_memory().await.unwrap()).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if let Some(db) = $crate::common::pg::Database::fresh() {
                    super::$test(db.store().await).await;
                }
            }
        }
    )* };
}

/// A private PostgreSQL server in a temporary folder, from Debian's binaries, for tests that
/// stop and start the database under running nodes without touching the shared server.
pub struct Cluster {
    dir: tempfile::TempDir,
    bin: std::path::PathBuf,
    pub port: u16,
}

impl Cluster {
    /// Initialises and starts a server; `None` (with a notice) where PostgreSQL's server
    /// binaries are missing outside CI.
    pub fn start() -> Option<Cluster> {
        let Some(bin) = server_binaries() else {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "CI=true but PostgreSQL's server binaries are not installed"
            );
            eprintln!("SKIPPED: no /usr/lib/postgresql/*/bin/initdb");
            return None;
        };
        let dir = tempfile::tempdir().unwrap();
        let port = crate::common::nginx::free_port();
        let cluster = Cluster { dir, bin, port };
        // The server refuses to run as root: when tests run as root, it runs as postgres.
        if as_root() {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(cluster.dir.path(), std::fs::Permissions::from_mode(0o777))
                .unwrap();
        }
        cluster.run(
            "initdb",
            &[
                "-D",
                &cluster.data(),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
            ],
        );
        cluster.resume();
        Some(cluster)
    }

    fn data(&self) -> String {
        self.dir.path().join("data").display().to_string()
    }

    fn run(&self, program: &str, args: &[&str]) {
        let path = self.bin.join(program);
        let mut command = if as_root() {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(&path);
            c
        } else {
            Command::new(&path)
        };
        let output = command.args(args).output().unwrap();
        assert!(
            output.status.success(),
            "{program}: {}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }

    /// Starts the server (again) and waits until it accepts connections.
    pub fn resume(&self) {
        let options = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1",
            self.port,
            self.dir.path().display()
        );
        let log = self.dir.path().join("server.log").display().to_string();
        self.run(
            "pg_ctl",
            &[
                "-D",
                &self.data(),
                "-o",
                &options,
                "-l",
                &log,
                "-w",
                "start",
            ],
        );
    }

    /// Stops the server the way an operator's restart does (fast: clients are cut off,
    /// committed work is kept).
    pub fn stop(&self) {
        self.run("pg_ctl", &["-D", &self.data(), "-m", "fast", "-w", "stop"]);
    }

    pub fn url(&self, database: &str) -> String {
        format!("postgres://postgres@127.0.0.1:{}/{database}", self.port)
    }

    pub fn create_database(&self, name: &str) -> String {
        let output = Command::new("psql")
            .arg(self.url("postgres"))
            .args([
                "-v",
                "ON_ERROR_STOP=1",
                "-qc",
                &format!("CREATE DATABASE {name}"),
            ])
            .output()
            .unwrap();
        assert!(output.status.success(), "{output:?}");
        self.url(name)
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let path = self.bin.join("pg_ctl");
        let data = self.data();
        let args = ["-D", data.as_str(), "-m", "immediate", "stop"];
        let _ = if as_root() {
            Command::new("runuser")
                .args(["-u", "postgres", "--"])
                .arg(&path)
                .args(args)
                .output()
        } else {
            Command::new(&path).args(args).output()
        };
    }
}

fn as_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// The newest installed PostgreSQL's server binaries.
fn server_binaries() -> Option<std::path::PathBuf> {
    let mut found: Vec<_> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| e.ok())
        .map(|e| e.path().join("bin"))
        .filter(|bin| bin.join("initdb").exists())
        .collect();
    found.sort();
    found.pop()
}

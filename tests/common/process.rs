//! The real `faro` binary in a temporary folder, for crash and privacy tests.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const FARO: &str = env!("CARGO_BIN_EXE_faro");

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A folder with a copy of the shipped `data/` and an empty `var/`.
pub fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("data"),
        &dir.path().join("data"),
    );
    dir
}

pub fn faro(root: &Path) -> Command {
    let mut command = Command::new(FARO);
    command
        .env("FARO_DATA_DIR", root.join("data"))
        .env("FARO_VAR_DIR", root.join("var"));
    command
}

pub struct Server {
    pub child: Child,
    pub base: String,
    /// Everything the server wrote to stderr (its log).
    pub log: Arc<Mutex<Vec<String>>>,
}

/// Starts `faro serve` on a random port and returns once it says where it listens.
pub fn serve(root: &Path) -> Server {
    serve_with(root, &[])
}

/// As [`serve`], with extra environment variables (settings).
pub fn serve_with(root: &Path, env: &[(&str, &str)]) -> Server {
    serve_on(root, "127.0.0.1:0", env)
}

/// As [`serve_with`], on a chosen address.
pub fn serve_on(root: &Path, bind: &str, env: &[(&str, &str)]) -> Server {
    let mut child = faro(root)
        .args(["serve", "--bind", bind])
        .env("FARO_LOG", "info")
        .envs(env.iter().copied())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let log = Arc::new(Mutex::new(Vec::new()));
    let base = loop {
        let line = lines.next().expect("faro exited before listening").unwrap();
        log.lock().unwrap().push(line.clone());
        if let Some(url) = line.strip_prefix("Faro is listening on ") {
            break url.to_string();
        }
    };
    let sink = log.clone();
    std::thread::spawn(move || {
        lines
            .map_while(Result::ok)
            .for_each(|l| sink.lock().unwrap().push(l))
    });
    Server { child, base, log }
}

pub async fn wait_ready(base: &str) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Ok(resp) = reqwest::get(format!("{base}/readyz")).await
            && resp.status() == 200
        {
            return;
        }
        assert!(Instant::now() < deadline, "not ready within a minute");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

impl Server {
    /// The log once `times` lines holding `needle` have arrived. The log is read on its
    /// own thread, so a request's line may land a moment after its response.
    pub async fn log_after(&self, needle: &str, times: usize) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let log = self.log.lock().unwrap().join("\n");
            if log.matches(needle).count() >= times || Instant::now() >= deadline {
                return log;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// SIGKILL: no shutdown hooks, no final commit.
    pub fn kill(mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }
}

/// A test that ends, or fails, never leaves its server running.
impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

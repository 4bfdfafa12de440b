//! Debian's nginx on loopback with `deploy/nginx-faro.conf`, the configuration operators
//! install: TLS with a throwaway certificate, the private access log, Faro nodes upstream.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const NGINX: &str = "/usr/sbin/nginx";

/// Whether nginx is installed; in CI (`CI=true`) it must be.
pub fn available() -> bool {
    let installed = Path::new(NGINX).exists();
    if !installed {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "nginx is not installed (.ci/run installs Debian's package)"
        );
        eprintln!("SKIPPED: nginx is not installed (apt-get install nginx)");
    }
    installed
}

/// A port nothing listens on now.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub struct Nginx {
    child: Child,
    pub dir: tempfile::TempDir,
    pub https_port: u16,
    pub http_port: u16,
}

impl Nginx {
    /// `https://127.0.0.1:<port>`
    pub fn base(&self) -> String {
        format!("https://127.0.0.1:{}", self.https_port)
    }

    pub fn access_log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("access.log")).unwrap_or_default()
    }

    /// curl through nginx (TLS, the throwaway certificate accepted): status, headers, body.
    pub fn curl(&self, args: &[&str]) -> (u16, String, String) {
        curl(args)
    }
}

/// Runs curl with `args` and returns (status, headers, body).
pub fn curl(args: &[&str]) -> (u16, String, String) {
    let out = Command::new("curl")
        .args(["-sk", "--max-time", "30", "-D", "-", "-o", "-"])
        .args(args)
        .output()
        .expect("curl runs");
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, head.to_string(), body.to_string())
}

impl Drop for Nginx {
    fn drop(&mut self) {
        // QUIT lets the master take its workers down with it.
        let _ = Command::new("kill")
            .args(["-QUIT", &self.child.id().to_string()])
            .status();
        let _ = self.child.wait();
    }
}

fn certificate(dir: &Path) -> (PathBuf, PathBuf) {
    let (cert, key) = (dir.join("cert.pem"), dir.join("key.pem"));
    let made = Command::new("openssl")
        .args([
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
        ])
        .args(["-subj", "/CN=127.0.0.1", "-keyout"])
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .stderr(Stdio::null())
        .status()
        .expect("openssl runs");
    assert!(made.success(), "openssl made no certificate");
    (cert, key)
}

/// The shipped configuration with its markers filled in for this machine.
pub fn render(nodes: &[String], dir: &Path, http_port: u16, https_port: u16) -> String {
    let template = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("deploy/nginx-faro.conf"),
    )
    .unwrap();
    let (cert, key) = certificate(dir);
    let servers: Vec<String> = nodes
        .iter()
        .map(|n| format!("    server {n} max_fails=1 fail_timeout=2s;"))
        .collect();
    template
        .replace("@NODES@", &servers.join("\n"))
        .replace("@HTTP_PORT@", &format!("127.0.0.1:{http_port}"))
        .replace("@HTTPS_PORT@", &format!("127.0.0.1:{https_port}"))
        .replace("@SERVER_NAME@", "127.0.0.1")
        .replace("@CERT@", &cert.display().to_string())
        .replace("@KEY@", &key.display().to_string())
        .replace(
            "@ACCESS_LOG@",
            &dir.join("access.log").display().to_string(),
        )
        .replace("@ERROR_LOG@", &dir.join("error.log").display().to_string())
}

/// Starts nginx in front of `nodes` (`host:port` each) on `https_port`; returns once it
/// answers. The configuration is checked with `nginx -t` first.
pub fn start(nodes: &[String], https_port: u16) -> Nginx {
    let dir = tempfile::tempdir().unwrap();
    let http_port = free_port();
    let site = render(nodes, dir.path(), http_port, https_port);
    let unfilled = site
        .split('@')
        .skip(1)
        .step_by(2)
        .find(|m| !m.is_empty() && m.chars().all(|c| c.is_ascii_uppercase() || c == '_'));
    assert_eq!(unfilled, None, "a marker is left unfilled:\n{site}");
    std::fs::write(dir.path().join("faro.conf"), site).unwrap();
    let root = dir.path().display().to_string();
    let main = format!(
        "daemon off;\nworker_processes 1;\nuser root;\npid {root}/nginx.pid;\n\
         error_log {root}/main-error.log;\nevents {{ worker_connections 256; }}\n\
         http {{\n  client_body_temp_path {root}/body;\n  proxy_temp_path {root}/proxy;\n  \
         fastcgi_temp_path {root}/fastcgi;\n  uwsgi_temp_path {root}/uwsgi;\n  \
         scgi_temp_path {root}/scgi;\n  access_log off;\n  include {root}/faro.conf;\n}}\n"
    );
    let conf = dir.path().join("nginx.conf");
    std::fs::write(&conf, main).unwrap();
    let check = Command::new(NGINX)
        .args(["-t", "-p", &root, "-c"])
        .arg(&conf)
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "nginx -t refused the configuration: {}",
        String::from_utf8_lossy(&check.stderr)
    );
    let child = Command::new(NGINX)
        .args(["-p", &root, "-c"])
        .arg(&conf)
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let nginx = Nginx {
        child,
        dir,
        https_port,
        http_port,
    };
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", https_port)).is_err() {
        assert!(Instant::now() < deadline, "nginx did not start listening");
        std::thread::sleep(Duration::from_millis(50));
    }
    nginx
}

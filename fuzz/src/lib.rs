//! What the fuzz targets share: one app state built once per process from the shipped
//! `data/`, in a store under a temporary folder.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use faro::AppState;

pub fn state() -> &'static Arc<AppState> {
    static STATE: OnceLock<(tempfile::TempDir, Arc<AppState>)> = OnceLock::new();
    let (_, state) = STATE.get_or_init(|| {
        let var = tempfile::tempdir().expect("a temporary folder");
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
        let config = faro::config::Config {
            bind: "127.0.0.1:0".parse().expect("an address"),
            data_dir: root.join("data"),
            var_dir: var.path().to_path_buf(),
            feed_poll_ms: 1000,
            sms_auth_token: None,
            public_url: None,
            cookie_secure: true,
            request_timeout_secs: 30,
            trusted_proxies: Vec::new(),
            smtp_url: None,
            smtp_password: None,
            mail_from: None,
        };
        let runtime = tokio::runtime::Runtime::new().expect("a runtime");
        let state = runtime
            .block_on(faro::build_state(&config))
            .expect("the shipped data/ loads");
        (var, state)
    });
    state
}

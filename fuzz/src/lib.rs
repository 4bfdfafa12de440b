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
        let config = faro::config::Config::for_dirs(root.join("data"), var.path().to_path_buf());
        let runtime = tokio::runtime::Runtime::new().expect("a runtime");
        let state = runtime
            .block_on(faro::build_state(&config))
            .expect("the shipped data/ loads");
        (var, state)
    });
    state
}

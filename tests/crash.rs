//! The real binary, killed with SIGKILL: the store is the truth and the index catches up.

mod common;

use common::process::{faro, serve, wait_ready, workspace};

async fn trafficking_results(base: &str) -> Vec<String> {
    let body: serde_json::Value =
        reqwest::get(format!("{base}/api/v1/search?q=trafficking&per_page=50"))
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
    body["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn after_sigkill_between_store_and_index_commits_restart_serves_the_committed_revision() {
    let dir = workspace();
    let first = serve(dir.path());
    wait_ready(&first.base).await;
    assert!(
        trafficking_results(&first.base)
            .await
            .iter()
            .any(|n| n == "National Human Trafficking Hotline")
    );
    first.kill();

    // A new revision committed to the store only: `faro seed` never touches the index.
    let file = dir.path().join("data/directory/polaris.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    let renamed = text.replacen(
        "name = { en = \"National Human Trafficking Hotline\"",
        "name = { en = \"National Human Trafficking Hotline (renamed)\"",
        1,
    );
    assert_ne!(text, renamed);
    std::fs::write(&file, renamed).unwrap();
    let seeded = faro(dir.path()).arg("seed").output().unwrap();
    assert!(
        seeded.status.success(),
        "{}",
        String::from_utf8_lossy(&seeded.stderr)
    );
    assert!(String::from_utf8_lossy(&seeded.stdout).contains("\"polaris\""));

    let second = serve(dir.path());
    wait_ready(&second.base).await;
    let names = trafficking_results(&second.base).await;
    assert!(
        names
            .iter()
            .any(|n| n == "National Human Trafficking Hotline (renamed)"),
        "{names:?}"
    );
    assert!(
        !names
            .iter()
            .any(|n| n == "National Human Trafficking Hotline"),
        "{names:?}"
    );
    second.kill();
}

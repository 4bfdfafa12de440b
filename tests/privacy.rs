//! What the server keeps: its log never holds query strings, places, search words or IPs.

mod common;

use common::process::{serve, wait_ready, workspace};

#[tokio::test]
async fn the_request_log_keeps_routes_and_statuses_only() {
    let dir = workspace();
    let server = serve(dir.path());
    wait_ready(&server.base).await;
    let client = reqwest::Client::new();
    for query in [
        "q=mypatron+no+me+paga&place=77002&lang=spa",
        "place=Zzyzxville",
    ] {
        client
            .get(format!("{}/api/v1/search?{query}", server.base))
            .send()
            .await
            .unwrap();
    }
    let log = server.log.lock().unwrap().join("\n");
    server.kill();
    assert!(log.contains("GET /api/v1/search 200"), "{log}");
    assert!(log.contains("GET /api/v1/search 422"), "{log}");
    for secret in ["mypatron", "paga", "77002", "Zzyzxville", "place=", "?"] {
        assert!(!log.contains(secret), "the log holds {secret:?}:\n{log}");
    }
    let request_lines = log
        .lines()
        .filter(|l| l.contains("GET "))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        !request_lines.contains("127.0.0.1"),
        "the log holds the client's IP:\n{request_lines}"
    );
}

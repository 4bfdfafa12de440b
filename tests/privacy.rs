//! What the server keeps: its log never holds query strings, places, search words or IPs,
//! and its database never holds an IP.

mod common;

use common::process::{serve, serve_with, wait_ready, workspace};

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
    let log = server.log_after("GET /api/v1/search 422", 1).await;
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

/// Every byte of the store's files, write-ahead log included.
fn database_bytes(var: &std::path::Path) -> Vec<u8> {
    let mut all = Vec::new();
    for entry in std::fs::read_dir(var).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            all.extend(std::fs::read(path).unwrap());
        }
    }
    all
}

#[tokio::test]
async fn a_problem_report_keeps_what_was_written_and_nothing_about_who_wrote_it() {
    let dir = workspace();
    let server = serve(dir.path());
    wait_ready(&server.base).await;
    let client = reqwest::Client::new();
    let found: serde_json::Value = client
        .get(format!(
            "{}/api/v1/search?need=report&place=77002",
            server.base
        ))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let service = found["results"][0]["service_id"].as_str().unwrap();
    let resp = client
        .post(format!("{}/en/services/{service}/problem", server.base))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Origin", &server.base)
        .body("problem=wrong_hours&details=closed+on+sundays+now")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert!(resp.headers().get("set-cookie").is_none());
    let log = server.log_after("/services/{id}/problem 200", 1).await;
    server.kill();
    assert!(log.contains("/services/{id}/problem 200"), "{log}");
    assert!(
        !log.contains("sundays"),
        "the log holds the report's text:\n{log}"
    );
    let stored = database_bytes(&dir.path().join("var"));
    let text = String::from_utf8_lossy(&stored);
    assert!(
        text.contains("closed on sundays now"),
        "the report itself is kept"
    );
    assert!(
        !text.contains("127.0.0.1"),
        "the database holds the sender's IP"
    );
}

/// Every file under `dir`, recursively (the store and the search index).
fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[tokio::test]
async fn a_thousand_text_messages_leave_no_number_and_no_text_behind() {
    const TOKEN: &str = "privacy-test-token";
    let dir = workspace();
    let server = serve_with(dir.path(), &[("FARO_SMS_AUTH_TOKEN", TOKEN)]);
    wait_ready(&server.base).await;
    let client = reqwest::Client::new();
    let url = format!("{}/phone/sms", server.base);
    let needs = [
        "trabajo", "abogado", "shelter", "talk", "STOP", "START", "HELP", "MORE",
    ];
    let places = ["77002", "10001", "houston", "60601", "33101"];
    let mut secrets = Vec::new();
    for i in 0..1000u32 {
        let number = format!("+1555{:07}", 1_234_567 + i * 7919);
        // A word no data file holds, so finding it anywhere means the text was written.
        let marker = format!(
            "zq{}",
            (0..4)
                .map(|k| (b'a' + ((i >> (k * 5)) % 26) as u8) as char)
                .collect::<String>()
        );
        let body = format!(
            "{} {} {marker}",
            places[i as usize % 5],
            needs[i as usize % 8]
        );
        let params = vec![
            ("From".to_string(), number.clone()),
            ("To".to_string(), "+15550009999".to_string()),
            ("Body".to_string(), body),
        ];
        let signature = faro::web::phone::signature::sign(TOKEN, &url, &params);
        let resp = client
            .post(&url)
            .header("X-Twilio-Signature", signature)
            .form(&params)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 200);
        secrets.push(number.trim_start_matches('+').to_string());
        secrets.push(marker);
    }
    let log = server.log_after("POST /phone/sms 200", 1000).await;
    server.kill();
    assert!(log.contains("POST /phone/sms 200"), "{log}");
    let mut haystacks = vec![("the log".to_string(), log.into_bytes())];
    for file in files_under(&dir.path().join("var")) {
        haystacks.push((file.display().to_string(), std::fs::read(&file).unwrap()));
    }
    for (name, bytes) in &haystacks {
        let text = String::from_utf8_lossy(bytes);
        for secret in &secrets {
            assert!(!text.contains(secret.as_str()), "{name} holds {secret:?}");
        }
    }
}

//! Request limits over real TCP: oversized bodies, long query strings and slow clients are
//! each refused cleanly, with the right status and in the reader's language, while the
//! server keeps answering everyone else.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use common::{TestApp, app_with};

async fn start() -> (TestApp, String) {
    let app = app_with(|c| c.request_timeout_secs = 2).await;
    let base = app.serve();
    (app, base)
}

fn address(base: &str) -> String {
    base.trim_start_matches("http://").to_string()
}

/// Sends `head_and_body` raw, then waits (up to `wait`) for the server's whole answer.
fn raw(base: &str, head_and_body: &[u8], wait: Duration) -> String {
    let mut stream = TcpStream::connect(address(base)).unwrap();
    stream.set_read_timeout(Some(wait)).unwrap();
    stream.write_all(head_and_body).unwrap();
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    String::from_utf8_lossy(&answer).to_string()
}

async fn still_serving(base: &str) {
    let ok = reqwest::get(format!("{base}/healthz")).await.unwrap();
    assert_eq!(ok.status(), 200, "others are still served");
}

#[actix_web::test]
async fn an_oversized_body_is_refused_in_the_readers_language() {
    let (_app, base) = start().await;
    let client = reqwest::Client::new();
    let huge = "q=".to_string() + &"a".repeat(300 * 1024);
    let page = client
        .post(format!("{base}/es/search"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(huge.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 413);
    let html = page.text().await.unwrap();
    assert!(html.contains("lang=\"es\""), "{html}");
    assert!(html.contains("demasiado largo"), "{html}");

    let api = client
        .post(format!("{base}/api/v1/route"))
        .header("Content-Type", "application/json")
        .header("Accept-Language", "pt")
        .body(format!("{{\"place\": \"{}\"}}", "7".repeat(64 * 1024)))
        .send()
        .await
        .unwrap();
    assert_eq!(api.status(), 413);
    let body: serde_json::Value = api.json().await.unwrap();
    assert_eq!(body["error"], "too_large");
    assert!(
        body["message"].as_str().unwrap().contains("longo demais"),
        "{body}"
    );
    still_serving(&base).await;
}

#[actix_web::test]
async fn a_chunked_body_without_a_length_is_cut_off_too() {
    let (_app, base) = start().await;
    let chunk = "a".repeat(64 * 1024);
    let mut request = b"POST /en/search HTTP/1.1\r\nHost: faro\r\n\
        Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
        .to_vec();
    for _ in 0..6 {
        request.extend(format!("{:x}\r\n{chunk}\r\n", chunk.len()).as_bytes());
    }
    request.extend(b"0\r\n\r\n");
    let base2 = base.clone();
    let answer =
        actix_web::rt::task::spawn_blocking(move || raw(&base2, &request, Duration::from_secs(10)))
            .await
            .unwrap();
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer:.300}");
    still_serving(&base).await;
}

#[actix_web::test]
async fn a_long_query_string_is_refused_without_a_server_error() {
    let (_app, base) = start().await;
    let long = reqwest::get(format!("{base}/api/v1/search?q={}", "a".repeat(2_000)))
        .await
        .unwrap();
    assert_eq!(long.status(), 400, "longer than a search needs");
    let body: serde_json::Value = long.json().await.unwrap();
    assert_eq!(body["error"], "invalid_parameter");
    let base2 = base.clone();
    let huge = actix_web::rt::task::spawn_blocking(move || {
        let request = format!(
            "GET /api/v1/search?q={} HTTP/1.1\r\nHost: faro\r\n\r\n",
            "a".repeat(64 * 1024)
        );
        raw(&base2, request.as_bytes(), Duration::from_secs(10))
    })
    .await
    .unwrap();
    let status: u16 = huge
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no answer: {huge:.200}"));
    assert!((400..500).contains(&status), "{huge:.300}");
    still_serving(&base).await;
}

#[actix_web::test]
async fn a_client_that_stalls_is_let_go_while_others_are_served() {
    let (_app, base) = start().await;
    let (head_base, body_base) = (base.clone(), base.clone());
    let stalled_head = actix_web::rt::task::spawn_blocking(move || {
        raw(
            &head_base,
            b"GET /healthz HTTP/1.1\r\nHost: fa",
            Duration::from_secs(15),
        )
    });
    let stalled_body = actix_web::rt::task::spawn_blocking(move || {
        raw(
            &body_base,
            b"POST /es/search HTTP/1.1\r\nHost: faro\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nq=abog",
            Duration::from_secs(15),
        )
    });
    for _ in 0..5 {
        still_serving(&base).await;
    }
    let body_answer = stalled_body.await.unwrap();
    assert!(
        body_answer.starts_with("HTTP/1.1 408"),
        "{body_answer:.300}"
    );
    assert!(
        body_answer.contains("tardó demasiado"),
        "{body_answer:.2000}"
    );
    let head_answer = stalled_head.await.unwrap();
    assert!(
        head_answer.starts_with("HTTP/1.1 408"),
        "{head_answer:.300}"
    );
    still_serving(&base).await;
}

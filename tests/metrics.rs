//! `/metrics`: counts and latencies by route pattern, index lag and queue sizes, and
//! nothing about what anyone searched.

mod common;

use common::app_with;

#[actix_web::test]
async fn metrics_count_routes_and_never_what_people_searched() {
    let app = app_with(|c| c.sms_auth_token = Some("metrics-token".into())).await;
    let base = app.serve();
    let client = reqwest::Client::new();
    for path in [
        "/api/v1/search?q=zqsecretword&place=77002&lang=spa",
        "/api/v1/search?q=zqsecretword&place=Zzyzxville",
        "/en/services/00000000-0000-0000-0000-000000000000",
    ] {
        client.get(format!("{base}{path}")).send().await.unwrap();
    }
    let text = client
        .get(format!("{base}/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for expected in [
        "faro_http_requests_total{route=\"GET /api/v1/search\",status=\"200\"} 1",
        "faro_http_requests_total{route=\"GET /api/v1/search\",status=\"422\"} 1",
        "faro_http_request_duration_seconds_bucket{route=\"GET /api/v1/search\",le=\"+Inf\"} 2",
        "faro_http_request_duration_seconds_count{route=\"GET /api/v1/search\"} 2",
        "faro_index_lag 0",
        "faro_moderation_queue{kind=\"proposals\"} 0",
        "faro_moderation_queue{kind=\"flags\"} 0",
        "faro_phone_total{kind=\"message\"} 0",
        "# TYPE faro_http_request_duration_seconds histogram",
    ] {
        assert!(text.contains(expected), "missing {expected}:\n{text}");
    }
    assert!(text.contains("/services/{id}"), "ids become their pattern");
    for secret in ["zqsecretword", "77002", "Zzyzxville", "00000000-0000"] {
        assert!(!text.contains(secret), "metrics hold {secret}");
    }
}

//! The HSDS 3.0 API under `/hsds/`: its answers meet the specification's openapi.json,
//! page and filter as the specification says, and never show what the public may not see.

mod common;

use std::process::Command;

use common::TestApp;
use common::hsds::{app_with_full, full, python_with, spec};

/// `path` is the OpenAPI path the URL answers to.
async fn responses(app: &TestApp, urls: &[(&str, String)]) -> Vec<serde_json::Value> {
    let mut out = Vec::new();
    for (path, url) in urls {
        let (status, body) = app.get(url).await;
        assert_eq!(status, 200, "{url}: {body}");
        out.push(serde_json::json!({ "path": path, "url": url, "body": body }));
    }
    out
}

#[actix_web::test]
async fn hsds_api_responses_validate_against_the_openapi_document() {
    let Some(python) = python_with(
        "jsonschema, rfc3986_validator, rfc3339_validator",
        "jsonschema 4.26.0, rfc3986-validator 0.1.1 and rfc3339-validator 0.1.4",
    ) else {
        return;
    };
    let (app, _) = app_with_full().await;
    let org = full();
    let service = org.service_uuid(&org.services[0]);
    let taxonomy = faro::hsds::taxonomy::taxonomy_id(faro::hsds::taxonomy::NEEDS);
    let term = faro::hsds::taxonomy::need_term_id("legal");
    let office = org.location_uuid(&org.services[0], &org.services[0].locations[0]);
    let at = faro::hsds::map::derived_id(service, &format!("at/{office}"));
    let urls = [
        ("/", "/hsds/".to_string()),
        ("/services", "/hsds/services".into()),
        (
            "/services",
            "/hsds/services?full=true&per_page=50&page=2".into(),
        ),
        (
            "/services",
            format!("/hsds/services?taxonomy_term_id={term}"),
        ),
        ("/services/{id}", format!("/hsds/services/{service}")),
        ("/organizations", "/hsds/organizations?per_page=50".into()),
        (
            "/organizations",
            "/hsds/organizations?full=true&full_service=true".into(),
        ),
        (
            "/organizations/{id}",
            format!("/hsds/organizations/{}", org.uuid()),
        ),
        (
            "/organizations/{id}",
            format!("/hsds/organizations/{}?full_service=true", org.uuid()),
        ),
        ("/service_at_locations", "/hsds/service_at_locations".into()),
        (
            "/service_at_locations",
            "/hsds/service_at_locations?full=true".into(),
        ),
        (
            "/service_at_locations/{id}",
            format!("/hsds/service_at_locations/{at}"),
        ),
        ("/taxonomies", "/hsds/taxonomies".into()),
        ("/taxonomies/{id}", format!("/hsds/taxonomies/{taxonomy}")),
        (
            "/taxonomy_terms",
            format!("/hsds/taxonomy_terms?taxonomy_id={taxonomy}"),
        ),
        (
            "/taxonomy_terms/{id}",
            format!("/hsds/taxonomy_terms/{term}"),
        ),
    ];
    let bodies = responses(&app, &urls).await;
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/hsds_validate.py");
    let mut child = Command::new(&python)
        .arg(script)
        .arg("api")
        .arg(spec())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(serde_json::to_string(&bodies).unwrap().as_bytes())
        .unwrap();
    let run = child.wait_with_output().unwrap();
    let report = String::from_utf8_lossy(&run.stdout);
    println!("{report}");
    assert!(
        run.status.success(),
        "responses do not meet openapi.json:\n{report}"
    );
}

fn names(body: &serde_json::Value) -> Vec<String> {
    body["contents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            c["name"]
                .as_str()
                .or(c["location"]["name"].as_str())
                .unwrap_or("")
                .to_string()
        })
        .collect()
}

#[actix_web::test]
async fn hsds_api_pages_and_filters() {
    let (app, _) = app_with_full().await;
    let org = full();
    let (_, all) = app.get("/hsds/services?per_page=5&page=2").await;
    assert_eq!(
        (all["page_number"].as_u64(), all["size"].as_u64()),
        (Some(2), Some(5))
    );
    let total = all["total_items"].as_u64().unwrap();
    assert_eq!(all["total_pages"].as_u64().unwrap(), total.div_ceil(5));

    let (_, own) = app
        .get(&format!("/hsds/services?organization_id={}", org.uuid()))
        .await;
    assert_eq!(
        names(&own),
        ["Test Help Line", "Test Walk-in Clinic"],
        "held service left out"
    );

    let legal = faro::hsds::taxonomy::need_term_id("legal");
    let (_, legal) = app
        .get(&format!(
            "/hsds/services?taxonomy_term_id={legal}&per_page=50"
        ))
        .await;
    let shipped = common::data()
        .organizations
        .iter()
        .flat_map(|(_, o)| &o.services)
        .filter(|s| s.hold.is_none() && s.needs.iter().any(|n| n == "legal"))
        .count();
    assert_eq!(legal["total_items"].as_u64(), Some(shipped as u64 + 1));

    let (_, found) = app.get("/hsds/services?search=walk-in+clinic").await;
    assert!(
        names(&found).contains(&"Test Walk-in Clinic".to_string()),
        "{found}"
    );

    let (_, near) = app
        .get("/hsds/service_at_locations?postcode=78701&proximity=5000")
        .await;
    let near = names(&near);
    assert!(near.contains(&"Downtown office".to_string()), "{near:?}");
    assert!(
        near.iter().all(|n| n.is_empty() || n == "Downtown office"),
        "{near:?}"
    );

    let (_, whole) = app
        .get(&format!(
            "/hsds/organizations/{}?full_service=true",
            org.uuid()
        ))
        .await;
    let whole = whole.to_string();
    assert!(whole.contains("Houston") && whole.contains("100 Test Avenue"));
    for secret in [
        "Hidden Harbor",
        "77099",
        "29.6543",
        "Test Held Service",
        "+15125550199",
    ] {
        assert!(!whole.contains(secret), "the API shows {secret}");
    }

    let (_, none) = app.get("/hsds/services?modified_after=2999-01-01").await;
    assert_eq!(none["empty"], true);
    let (_, since) = app
        .get("/hsds/services?modified_after=2000-01-01T00:00:00Z")
        .await;
    assert_eq!(since["total_items"].as_u64(), Some(total));

    for (url, status, code) in [
        ("/hsds/services?per_page=51", 400, "invalid_parameter"),
        ("/hsds/services?page=0", 400, "invalid_parameter"),
        ("/hsds/services?format=ndjson", 400, "invalid_parameter"),
        (
            "/hsds/services?organization_id=nope",
            400,
            "invalid_parameter",
        ),
        (
            "/hsds/services/00000000-0000-0000-0000-000000000000",
            404,
            "not_found",
        ),
        ("/hsds/organizations/not-a-uuid", 404, "not_found"),
        (
            "/hsds/service_at_locations/00000000-0000-0000-0000-000000000000",
            404,
            "not_found",
        ),
    ] {
        let (got, body) = app.get(url).await;
        assert_eq!((got, body["error"].as_str()), (status, Some(code)), "{url}");
    }
}

//! The search API against the shipped directory, in-process and over real TCP.

mod common;

use common::{app, results};
use faro::model::Organization;
use faro::store::{AuthorKind, NewRevision};
use serde_json::Value;

fn names(body: &Value) -> Vec<String> {
    results(body)
        .iter()
        .map(|r| r["name"].as_str().unwrap().to_string())
        .collect()
}

fn state_lines(body: &Value) -> Vec<String> {
    results(body)
        .iter()
        .filter_map(|r| r["state_line"].as_str().map(str::to_string))
        .collect()
}

#[actix_web::test]
async fn legal_help_in_spanish_near_78501_is_national_or_texan() {
    let app = app().await;
    let (status, body) = app
        .get("/api/v1/search?need=legal&lang=spa&place=78501&per_page=50")
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["place"]["state"], "TX");
    let all = names(&body);
    assert!(
        all.iter().any(|n| n.contains("Pro Bono")),
        "the EOIR pro bono list is a national legal directory: {all:?}"
    );
    assert!(
        all.iter()
            .any(|n| n.contains("Immigration Legal Services Directory")),
        "{all:?}"
    );
    for r in results(&body) {
        let area = &r["area"];
        let covers_texas = area["kind"] == "national"
            || area["states"].as_array().unwrap().iter().any(|s| s == "TX");
        assert!(covers_texas, "{} does not serve Texas: {area}", r["name"]);
        assert!(
            r["reasons"]
                .as_array()
                .unwrap()
                .iter()
                .any(|x| x == "meets_need")
        );
    }
}

#[actix_web::test]
async fn report_near_a_texas_zip_gives_the_texas_line_and_no_other_state() {
    let app = app().await;
    let (status, body) = app
        .get("/api/v1/search?need=report&place=77002&per_page=50")
        .await;
    assert_eq!(status, 200);
    assert_eq!(state_lines(&body), vec!["TX"]);
    let texas = results(&body)
        .iter()
        .find(|r| r["state_line"] == "TX")
        .unwrap();
    assert!(
        texas["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x == "state_reporting_line")
    );
    let voice = texas["channels"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "voice")
        .expect("a number to call");
    assert!(voice["contact"].as_str().unwrap().starts_with("+1"));
    assert!(matches!(
        voice["verification"]["status"].as_str(),
        Some("confirmed" | "secondary")
    ));
}

#[actix_web::test]
async fn report_near_an_alabama_zip_gives_the_honest_no_statewide_line_entry() {
    let app = app().await;
    let (_, body) = app
        .get("/api/v1/search?need=report&place=35203&per_page=50")
        .await;
    assert_eq!(state_lines(&body), vec!["AL"]);
    let alabama = results(&body)
        .iter()
        .find(|r| r["state_line"] == "AL")
        .unwrap();
    let id = alabama["service_id"].as_str().unwrap();
    let (status, service) = app.get(&format!("/api/v1/services/{id}")).await;
    assert_eq!(status, 200);
    assert_eq!(
        service["service"]["state_line"]["statewide"]["value"],
        false
    );
    let links: Vec<&Value> = service["service"]["channels"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "web_form")
        .collect();
    assert!(!links.is_empty(), "the entry links the county offices");
}

#[actix_web::test]
async fn an_unknown_zip_is_a_clear_error_with_suggestions_in_the_readers_language() {
    let app = app().await;
    let (status, body) = app.get("/api/v1/search?need=legal&place=99999").await;
    assert_eq!(status, 422);
    assert_eq!(body["error"], "unknown_place");
    assert!(body["message"].as_str().unwrap().contains("99999"));
    assert!(!body["suggestions"].as_array().unwrap().is_empty());

    let (_, es) = app
        .get_with(
            "/api/v1/search?place=99999",
            Some("es-MX,es;q=0.9,en;q=0.5"),
        )
        .await;
    assert!(
        es["message"].as_str().unwrap().starts_with("No conocemos"),
        "{es}"
    );

    let (status, ambiguous) = app.get("/api/v1/search?place=Springfield").await;
    assert_eq!(status, 422);
    assert_eq!(ambiguous["error"], "ambiguous_place");
    assert!(ambiguous["choices"].as_array().unwrap().len() > 5);
}

#[actix_web::test]
async fn spanish_words_without_accents_find_legal_help() {
    let app = app().await;
    for q in ["asesoria legal", "asesoría legal", "abogados", "abogado"] {
        let (status, body) = app.get(&format!("/api/v1/search?q={}", urlencode(q))).await;
        assert_eq!(status, 200);
        let legal = results(&body)
            .iter()
            .filter(|r| r["needs"].as_array().unwrap().iter().any(|n| n == "legal"))
            .count();
        assert!(
            legal >= 3,
            "{q}: only {legal} legal results in {:?}",
            names(&body)
        );
        assert!(
            results(&body)[0]["needs"]
                .as_array()
                .unwrap()
                .iter()
                .any(|n| n == "legal"),
            "{q}"
        );
    }
}

#[actix_web::test]
async fn bad_parameters_are_named_and_change_nothing() {
    let app = app().await;
    let before = app.state.store.last_seq().await.unwrap();
    for (uri, code) in [
        ("/api/v1/search?need=unicorns", "unknown_need"),
        ("/api/v1/search?lang=xx", "unknown_language"),
        ("/api/v1/search?per_page=51", "invalid_parameter"),
        ("/api/v1/search?page=0", "invalid_parameter"),
        ("/api/v1/search?channel=pigeon", "invalid_parameter"),
        ("/api/v1/search?lang_only=true", "invalid_parameter"),
    ] {
        let (status, body) = app.get(uri).await;
        assert_eq!(status, 400, "{uri}");
        assert_eq!(body["error"], code, "{uri}");
        assert!(!body["message"].as_str().unwrap().is_empty());
    }
    assert_eq!(app.state.store.last_seq().await.unwrap(), before);
}

#[actix_web::test]
async fn staff_language_ranks_but_filters_only_when_asked() {
    let app = app().await;
    let (_, ranked) = app
        .get("/api/v1/search?need=crisis&lang=spa&per_page=50")
        .await;
    let (_, only) = app
        .get("/api/v1/search?need=crisis&lang=spa&lang_only=true&per_page=50")
        .await;
    assert!(ranked["total"].as_u64().unwrap() > only["total"].as_u64().unwrap());
    for r in results(&only) {
        assert!(
            r["reasons"]
                .as_array()
                .unwrap()
                .iter()
                .any(|x| x == "speaks_your_language"),
            "{}",
            r["name"]
        );
    }
    let first = &results(&ranked)[0];
    assert!(
        first["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x == "speaks_your_language")
    );
}

#[actix_web::test]
async fn immigration_enforcement_lines_come_last() {
    let app = app().await;
    let (_, body) = app
        .get("/api/v1/search?need=report&place=77002&per_page=50")
        .await;
    let kinds: Vec<&str> = results(&body)
        .iter()
        .map(|r| r["operator_kind"].as_str().unwrap())
        .collect();
    let first_enforcement = kinds
        .iter()
        .position(|k| *k == "immigration_enforcement")
        .expect("HSI is listed");
    assert!(
        kinds[first_enforcement..]
            .iter()
            .all(|k| *k == "immigration_enforcement"),
        "{kinds:?}"
    );
}

const SHELTER: &str = r#"
slug = "test-shelter"
kind = "ngo"
owner = "org"
name = { en = "Test Youth Shelter" }
agency_domains = ["example.org"]

[[sources]]
id = "site"
url = "https://example.org/shelter"
date = "2026-01-01"

[[services]]
slug = "beds"
name = { en = "Emergency beds for youth" }
needs = ["shelter"]
audiences = ["child"]
operator_kind = "ngo"
cost = { value = "free", status = "confirmed", sources = ["site"] }
area = { kind = "counties", counties = ["48201"] }

[[services.channels]]
slug = "call"
kind = "voice"
contact = { value = "+17135550100", status = "confirmed", sources = ["site"] }
reach = { value = "anywhere", status = "confirmed", sources = ["site"] }
languages = { value = ["eng", "spa"], status = "confirmed", sources = ["site"] }
hours = { value = "always", status = "confirmed", sources = ["site"] }
what_happens = { value = "unknown", status = "unknown" }
[services.channels.confidentiality]
tells_police = { value = "unknown", status = "unknown" }
tells_cps = { value = "unknown", status = "unknown" }
tells_immigration = { value = "unknown", status = "unknown" }
anonymous_ok = { value = "unknown", status = "unknown" }

[[services.locations]]
slug = "house"
confidential_address = true
address = { value = { street = "1234 Hidden Harbor Lane", city = "Houston", state = "TX", zip = "77002" }, status = "confirmed", sources = ["site"] }
point = { lat = 29.7601, lon = -95.3701 }
"#;

#[actix_web::test]
async fn a_confidential_place_never_shows_its_address_or_exact_distance() {
    let app = app().await;
    let org: Organization = toml::from_str(SHELTER).unwrap();
    let store = app.state.store.clone();
    let rev = store
        .propose(NewRevision {
            document: &org,
            author: "test",
            author_kind: AuthorKind::Portal,
            note: "",
            base_revision: None,
        })
        .await
        .unwrap();
    store.approve(rev, "moderator", "").await.unwrap();
    app.state.index.catch_up(store.as_ref()).await.unwrap();

    let base = app.serve();
    let client = reqwest::Client::new();
    let search = client
        .get(format!("{base}/api/v1/search?need=shelter&place=77002"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!search.contains("Hidden Harbor"), "{search}");
    assert!(
        !search.contains("29.7601"),
        "the exact point leaked: {search}"
    );
    let body: Value = serde_json::from_str(&search).unwrap();
    let hit = results(&body)
        .iter()
        .find(|r| r["name"] == "Emergency beds for youth")
        .expect("listed");
    assert!(
        hit.get("address").is_none()
            && hit.get("point").is_none()
            && hit.get("distance_km").is_none()
    );
    assert_eq!(hit["distance_band"], "within10_km");

    let by_street = client
        .get(format!("{base}/api/v1/search?q=Hidden+Harbor"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        !by_street.contains("Emergency beds"),
        "found by its street: {by_street}"
    );

    for path in [
        format!("/api/v1/services/{}", hit["service_id"].as_str().unwrap()),
        format!(
            "/api/v1/organizations/{}",
            hit["organization_id"].as_str().unwrap()
        ),
    ] {
        let resp = client.get(format!("{base}{path}")).send().await.unwrap();
        assert_eq!(resp.status(), 200);
        let text = resp.text().await.unwrap();
        assert!(
            !text.contains("Hidden Harbor") && !text.contains("29.7601") && !text.contains("77002"),
            "{path}: {text}"
        );
        assert!(text.contains("Harris County"), "keeps the county: {text}");
    }
}

#[actix_web::test]
async fn the_openapi_document_lists_every_route_and_error_code() {
    let app = app().await;
    let (status, doc) = app.get("/api/v1/openapi.json").await;
    assert_eq!(status, 200);
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    for path in [
        "/api/v1/search",
        "/api/v1/services/{id}",
        "/api/v1/organizations/{id}",
        "/api/v1/places",
        "/api/v1/needs",
        "/api/v1/languages",
        "/healthz",
        "/readyz",
    ] {
        assert!(doc["paths"].get(path).is_some(), "{path} missing");
    }
    let codes = doc["components"]["schemas"]["ErrorCode"]["enum"]
        .as_array()
        .expect("ErrorCode enum");
    for code in faro::error::ErrorCode::ALL {
        assert!(codes.iter().any(|c| c == code.as_str()), "{code:?} missing");
    }
}

#[actix_web::test]
async fn reference_endpoints_answer_in_the_readers_language() {
    let app = app().await;
    let (_, needs) = app.get_with("/api/v1/needs", Some("es")).await;
    let legal = needs
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "legal")
        .unwrap();
    assert_eq!(legal["draft"], true);
    assert_ne!(legal["name"], "");
    let (_, languages) = app.get("/api/v1/languages").await;
    assert!(
        languages
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["code"] == "quc")
    );
    let (_, places) = app.get("/api/v1/places?q=7700").await;
    assert!(
        places
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["name"].as_str().unwrap().starts_with("7700"))
    );
    let (_, places) = app.get("/api/v1/places?q=Hous").await;
    assert!(
        places
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["name"] == "Houston, TX")
    );
    let (status, _) = app.get("/api/v1/services/not-a-uuid").await;
    assert_eq!(status, 404);
}

fn urlencode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

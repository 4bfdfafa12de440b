//! Property tests on every parser of outside input: nothing panics, bad input is refused.

mod common;

use std::sync::{Arc, OnceLock};

use faro::AppState;
use proptest::prelude::*;

/// One ready app for the whole binary; proptest cases are synchronous.
fn test_app() -> &'static common::TestApp {
    static APP: OnceLock<(tokio::runtime::Runtime, common::TestApp)> = OnceLock::new();
    let (_, app) = APP.get_or_init(|| {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        let app = runtime.block_on(common::app());
        (runtime, app)
    });
    app
}

fn state() -> Arc<AppState> {
    test_app().state.clone()
}

/// Posts a form body in-process and returns the page.
fn post_form(path: &str, body: &str) -> common::Page {
    post_bytes(path, body.as_bytes().to_vec())
}

fn post_bytes(path: &str, body: Vec<u8>) -> common::Page {
    let req = actix_web::test::TestRequest::post()
        .uri(path)
        .insert_header(("Content-Type", "application/x-www-form-urlencoded"))
        .set_payload(body);
    actix_web::rt::System::new().block_on(common::fetch(test_app(), req))
}

/// Form fields as a browser or a script might send them: known names, odd values, noise.
fn form_body() -> impl Strategy<Value = String> {
    let name = prop_oneof![
        Just("asker".to_string()),
        Just("situation".to_string()),
        Just("danger_now".to_string()),
        Just("place".to_string()),
        Just("lang".to_string()),
        Just("channels".to_string()),
        Just("wants_police".to_string()),
        Just("problem".to_string()),
        Just("details".to_string()),
        "[a-z_]{0,12}",
    ];
    let value = prop_oneof![
        "\\PC{0,40}",
        "[0-9]{5}",
        Just("community".to_string()),
        Just("abuse".to_string())
    ];
    proptest::collection::vec((name, value), 0..8).prop_map(|pairs| {
        url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_place_text_resolves_to_an_answer(input in "\\PC{0,60}") {
        let _ = common::places().resolve(&input);
        let _ = common::places().complete(&input, 10);
    }

    #[test]
    fn zip_like_input_is_a_zip_or_a_suggestion(zip in "[0-9]{5}") {
        match common::places().resolve(&zip) {
            faro::place::Resolution::Found(p) => prop_assert_eq!(p.kind, faro::place::PlaceKind::Zip),
            faro::place::Resolution::NotFound { .. } => {}
            faro::place::Resolution::Ambiguous(_) => prop_assert!(false, "a ZIP is never ambiguous"),
        }
    }

    #[test]
    fn any_query_string_parses_or_is_refused_cleanly(query in "[a-z_=&%0-9+A-Z.\\-]{0,120}") {
        let state = state();
        if let Err(e) = faro::web::parse_search(&query, &state) {
            prop_assert!(!e.message().is_empty());
        }
    }

    #[test]
    fn any_search_text_runs(text in "\\PC{0,80}", page in 1usize..5) {
        let state = state();
        let query = faro::search::SearchQuery { text, page, per_page: 10, locale: "es".into(), ..Default::default() };
        let hits = state.index.search(&query, None, chrono::Utc::now()).unwrap();
        prop_assert!(hits.results.len() <= 10);
    }

    #[test]
    fn any_accept_language_tag_maps_to_a_shipped_locale_or_none(tag in "\\PC{0,30}") {
        if let Some(locale) = faro::i18n::shipped(&tag) {
            prop_assert!(faro::i18n::SHIPPED.contains(&locale));
        }
    }

    #[test]
    fn any_toml_text_is_parsed_or_refused(text in "\\PC{0,300}") {
        let _ = toml::from_str::<faro::model::Organization>(&text);
    }

    #[test]
    fn phone_shapes_accept_only_e164_or_short_codes(number in "\\+?[0-9]{0,17}") {
        let voice = faro::data::phone_shape(faro::model::ChannelKind::Voice, &number).is_ok();
        let e164 = number.starts_with('+') && (9..=16).contains(&number.len()) && !number.starts_with("+0");
        prop_assert_eq!(voice, e164 || (!number.starts_with('+') && number.len() == 3));
    }

    #[test]
    fn any_router_form_is_answered_or_refused_in_words(body in form_body()) {
        let page = post_form("/es/help", &body);
        prop_assert!(page.status < 500, "{} for {body}", page.status);
        prop_assert!(page.html.contains("lang=\"es\""), "a page in the reader's language");
    }

    #[test]
    fn any_bytes_as_a_router_form_are_refused_cleanly(body in proptest::collection::vec(any::<u8>(), 0..200)) {
        let page = post_bytes("/en/help", body);
        prop_assert!(page.status < 500, "{}", page.status);
    }

    #[test]
    fn any_problem_report_form_is_taken_or_refused_in_words(body in form_body()) {
        let service = faro::model::ids::derive(&["kind", "legal-representation"]);
        let page = post_form(&format!("/pt/services/{service}/problem"), &body);
        prop_assert!(page.status < 500, "{} for {body}", page.status);
        prop_assert!(page.html.contains("lang=\"pt\""));
    }

    #[test]
    fn any_text_message_is_read_without_failing(text in "\\PC{0,320}") {
        let state = state();
        let _ = faro::web::phone::sms::parse(&text, &state.taxonomy, &state.languages);
    }
}

/// JSON as HSDS documents hold it: the keys the importer looks for, values that are
/// nearly right, and nesting (lists of services of organizations at locations).
fn hsds_json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_map(|f| serde_json::json!(f)),
        prop_oneof![
            Just("MO,TU".to_string()),
            Just("10:00:00".to_string()),
            Just("TX".to_string()),
            Just("78701".to_string()),
            Just("(512) 555-0100 ext 7".to_string()),
            Just("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610".to_string()),
            Just("2023-03-15T10:30:45Z".to_string()),
            "\\PC{0,12}",
        ]
        .prop_map(Value::String),
    ];
    let key = prop_oneof![
        Just("id"),
        Just("name"),
        Just("status"),
        Just("services"),
        Just("organization"),
        Just("phones"),
        Just("number"),
        Just("type"),
        Just("schedules"),
        Just("opens_at"),
        Just("closes_at"),
        Just("byday"),
        Just("timezone"),
        Just("service_at_locations"),
        Just("location"),
        Just("service"),
        Just("addresses"),
        Just("city"),
        Just("state_province"),
        Just("postal_code"),
        Just("latitude"),
        Just("longitude"),
        Just("contents"),
        Just("email"),
        Just("minimum_age"),
        Just("service_areas"),
        Just("extent"),
        Just("extent_type"),
        Just("last_modified"),
        Just("attributes"),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::vec((key.clone(), inner), 0..8).prop_map(|pairs| {
                Value::Object(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
            }),
        ]
    })
}

/// A CSV table's cells: ids that link across tables, nearly-right values, noise.
fn hsds_csv(columns: &'static [&'static str]) -> impl Strategy<Value = String> {
    let cell = prop_oneof![
        Just("1".to_string()),
        Just("2".to_string()),
        Just("active".to_string()),
        Just("DC".to_string()),
        Just(" 20003".to_string()),
        Just("(202) 555-0100".to_string()),
        Just("fax".to_string()),
        Just("Monday".to_string()),
        Just("09:00".to_string()),
        Just("38.9".to_string()),
        "\\PC{0,10}",
    ];
    proptest::collection::vec(proptest::collection::vec(cell, 0..columns.len() + 2), 0..6).prop_map(
        move |rows| {
            let mut csv = csv::WriterBuilder::new()
                .flexible(true)
                .from_writer(Vec::new());
            csv.write_record(columns).unwrap();
            for row in rows {
                csv.write_record(row).unwrap();
            }
            String::from_utf8(csv.into_inner().unwrap()).unwrap()
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_json_document_gives_an_import_report(doc in hsds_json(), bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
        let places = common::places();
        let p = faro::hsds::foreign::Provenance { origin: "prop", date: "2026-01-01", places: &places, languages: common::languages() };
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.json"), serde_json::to_vec(&doc).unwrap()).unwrap();
        std::fs::write(dir.path().join("b.json"), &bytes).unwrap();
        let read = faro::hsds::import::read_json(dir.path(), &p).unwrap();
        for s in read.report.skipped.iter().chain(&read.report.dropped) {
            prop_assert!(!s.reason.is_empty());
        }
    }

    #[test]
    fn any_csv_package_gives_an_import_report_or_a_clear_error(
        orgs in hsds_csv(&["id", "name", "url"]),
        services in hsds_csv(&["id", "organization_id", "name", "status", "email"]),
        locations in hsds_csv(&["id", "name", "latitude", "longitude"]),
        addresses in hsds_csv(&["id", "location_id", "address_1", "city", "state_province", "postal_code"]),
        at in hsds_csv(&["id", "service_id", "location_id"]),
        phones in hsds_csv(&["id", "service_id", "number", "type"]),
        schedules in hsds_csv(&["id", "service_id", "location_id", "weekday", "opens_at", "closes_at", "timezone"]),
        v2 in any::<bool>(),
    ) {
        let places = common::places();
        let p = faro::hsds::foreign::Provenance { origin: "prop", date: "2026-01-01", places: &places, languages: common::languages() };
        let dir = tempfile::tempdir().unwrap();
        let (addresses_file, at_file) = match v2 {
            true => ("physical_addresses.csv", "services_at_location.csv"),
            false => ("addresses.csv", "service_at_location.csv"),
        };
        for (name, text) in [
            ("organizations.csv", &orgs),
            ("services.csv", &services),
            ("locations.csv", &locations),
            (addresses_file, &addresses),
            (at_file, &at),
            ("phones.csv", &phones),
            ("schedules.csv", &schedules),
        ] {
            std::fs::write(dir.path().join(name), text).unwrap();
        }
        // The cells are text: every table reads, and each row left out says where it is.
        let read = faro::hsds::import::read_csv(dir.path(), &p).unwrap();
        for s in &read.report.skipped {
            prop_assert!(s.file.contains(" row "), "{}", s);
        }
    }
}

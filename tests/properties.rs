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

//! Property tests on every parser of outside input: nothing panics, bad input is refused.

mod common;

use std::sync::{Arc, OnceLock};

use faro::AppState;
use proptest::prelude::*;

/// One ready app for the whole binary; proptest cases are synchronous.
fn state() -> Arc<AppState> {
    static APP: OnceLock<(tokio::runtime::Runtime, common::TestApp)> = OnceLock::new();
    let (_, app) = APP.get_or_init(|| {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        let app = runtime.block_on(common::app());
        (runtime, app)
    });
    app.state.clone()
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
}

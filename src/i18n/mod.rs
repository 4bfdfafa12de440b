//! Fluent messages and locale negotiation.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{OnceLock, RwLock};

use actix_web::HttpRequest;
use actix_web::http::header::{AcceptLanguage, Header, Preference};
use fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Tests compare plain strings; isolation marks only matter inside right-to-left pages.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The UI locales Faro ships, as BCP 47 tags.
pub const SHIPPED: &[&str] = &["en", "es", "pt", "ht", "fr", "zh-Hans", "ar"];

/// Each shipped locale's `meta.toml`: its review status (draft until a named reviewer
/// marks it reviewed) and how complete it is.
pub const META: &[(&str, &str)] = &[
    ("en", include_str!("../../locales/en/meta.toml")),
    ("es", include_str!("../../locales/es/meta.toml")),
    ("pt", include_str!("../../locales/pt/meta.toml")),
    ("ht", include_str!("../../locales/ht/meta.toml")),
    ("fr", include_str!("../../locales/fr/meta.toml")),
    ("zh-Hans", include_str!("../../locales/zh-Hans/meta.toml")),
    ("ar", include_str!("../../locales/ar/meta.toml")),
];
pub const FALLBACK: &str = "en";

/// A message in `locale`, with named arguments; falls back to English.
pub fn message(locale: &str, id: &str, args: &[(&str, String)]) -> String {
    if args.is_empty() {
        return plain(locale, id);
    }
    let args: HashMap<Cow<'static, str>, FluentValue> = args
        .iter()
        .map(|(k, v)| (Cow::Owned(k.to_string()), FluentValue::from(v.clone())))
        .collect();
    LOCALES
        .try_lookup_with_args(language(locale), id, &args)
        .unwrap_or_else(|| LOCALES.lookup_with_args(language(FALLBACK), id, &args))
}

/// A message without arguments is the same text every time: it is formatted once per
/// locale and then copied. A page of results asks for a few hundred of them. Only
/// messages that exist in a shipped locale are kept, so what is kept stays bounded by
/// the locale files whatever ids callers ask for.
fn plain(locale: &str, id: &str) -> String {
    type Formatted = HashMap<&'static str, HashMap<String, String>>;
    static FORMATTED: OnceLock<RwLock<Formatted>> = OnceLock::new();
    let formatted = FORMATTED.get_or_init(RwLock::default);
    if let Some(text) = formatted
        .read()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .get(locale)
        .and_then(|messages| messages.get(id))
    {
        return text.clone();
    }
    let none = HashMap::new();
    let shipped = SHIPPED.iter().find(|tag| **tag == locale);
    match (
        LOCALES.try_lookup_with_args(language(locale), id, &none),
        shipped,
    ) {
        (Some(text), Some(tag)) => {
            formatted
                .write()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .entry(tag)
                .or_default()
                .insert(id.to_string(), text.clone());
            text
        }
        (Some(text), None) => text,
        (None, _) => LOCALES.lookup_with_args(language(FALLBACK), id, &none),
    }
}

/// The parsed tag of a shipped locale; anything else is English.
fn language(locale: &str) -> &'static LanguageIdentifier {
    static PARSED: OnceLock<Vec<(&'static str, LanguageIdentifier)>> = OnceLock::new();
    let parsed = PARSED.get_or_init(|| {
        SHIPPED
            .iter()
            .map(|tag| (*tag, tag.parse().expect("shipped tags are valid")))
            .collect()
    });
    parsed
        .iter()
        .find(|(tag, _)| *tag == locale)
        .or_else(|| parsed.iter().find(|(tag, _)| *tag == FALLBACK))
        .map(|(_, lang)| lang)
        .expect("English is shipped")
}

/// A message with a `count` argument, so plural rules apply.
pub fn count_message(locale: &str, id: &str, count: usize) -> String {
    let mut args: HashMap<Cow<'static, str>, FluentValue> = HashMap::new();
    args.insert(Cow::Borrowed("count"), FluentValue::from(count));
    LOCALES.lookup_with_args(language(locale), id, &args)
}

/// A shipped locale matching `tag` ("es-MX" → "es"), if any.
pub fn shipped(tag: &str) -> Option<&'static str> {
    let lower = tag.trim().to_ascii_lowercase();
    SHIPPED
        .iter()
        .find(|s| s.to_ascii_lowercase() == lower)
        .or_else(|| {
            // "es-MX" → "es", "zh-CN" → "zh-Hans": the primary language decides.
            let primary = |tag: &str| tag.split(['-', '_']).next().unwrap_or("").to_string();
            SHIPPED
                .iter()
                .find(|s| primary(&s.to_ascii_lowercase()) == primary(&lower))
        })
        .copied()
}

/// The locale for a request: an explicit `locale` query parameter, else the best
/// Accept-Language match by q-weight, else English.
pub fn negotiate(req: &HttpRequest) -> &'static str {
    let explicit = url::form_urlencoded::parse(req.query_string().as_bytes())
        .find(|(k, _)| k == "locale")
        .and_then(|(_, v)| shipped(&v));
    if let Some(locale) = explicit {
        return locale;
    }
    AcceptLanguage::parse(req)
        .ok()
        .and_then(|header| {
            header.ranked().into_iter().find_map(|p| match p {
                Preference::Specific(tag) => shipped(&tag.to_string()),
                Preference::Any => None,
            })
        })
        .unwrap_or(FALLBACK)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_fill_arguments_and_fall_back() {
        let en = message("en", "error-unknown_place", &[("input", "99999".into())]);
        assert!(en.contains("“99999”"), "{en}");
        let es = message("es", "error-unknown_place", &[("input", "99999".into())]);
        assert!(es.starts_with("No conocemos"), "{es}");
        let unknown_locale = message("xx", "error-not_found", &[]);
        assert_eq!(unknown_locale, "We could not find that.");
    }

    #[test]
    fn a_message_asked_for_again_reads_the_same() {
        for _ in 0..2 {
            assert_eq!(
                message("es", "error-not_found", &[]),
                message("es", "error-not_found", &[])
            );
            assert_eq!(
                message("xx", "error-not_found", &[]),
                "We could not find that."
            );
        }
        assert_ne!(
            message("es", "error-not_found", &[]),
            message("en", "error-not_found", &[])
        );
    }

    #[test]
    fn every_error_code_and_english_message_exists_in_every_shipped_locale() {
        let english = ids("en");
        for code in crate::error::ErrorCode::ALL {
            assert!(
                english.contains(&format!("error-{}", code.as_str())),
                "en lacks {code:?}"
            );
        }
        for locale in SHIPPED {
            let have = ids(locale);
            for id in &english {
                assert!(have.contains(id), "{locale} lacks {id}");
            }
        }
    }

    /// Message ids defined in one of a locale's files: a missing one would silently fall
    /// back to English.
    fn ids_in(locale: &str, file: &str) -> Vec<String> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(locale)
            .join(file);
        std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id.to_string()))
            .collect()
    }

    /// The public site's messages, which every shipped locale has.
    fn ids(locale: &str) -> Vec<String> {
        ids_in(locale, "main.ftl")
    }

    #[test]
    fn the_portal_speaks_english_and_spanish_completely() {
        let english = ids_in("en", "portal.ftl");
        assert!(english.len() > 20);
        assert_eq!(ids_in("es", "portal.ftl"), english);
    }

    #[test]
    fn region_tags_map_to_shipped_locales() {
        assert_eq!(shipped("es-MX"), Some("es"));
        assert_eq!(shipped("EN"), Some("en"));
        assert_eq!(shipped("zh-CN"), Some("zh-Hans"));
        assert_eq!(shipped("ar-EG"), Some("ar"));
        assert_eq!(shipped("quc"), None);
    }
}

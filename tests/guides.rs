//! The guides: every one served, sourced, readable, linked, and reachable from home; the
//! "I speak…" cards; the drafted locales and their fallbacks.

mod common;

use std::collections::{BTreeSet, HashSet};
use std::io::Write;
use std::process::{Command, Stdio};

use common::{app, get};
use faro::guides::{self, Guide, SLUGS, readability::Language};
use faro::i18n;

/// Locales whose guides must all exist: the complete ones.
const COMPLETE: [&str; 2] = ["en", "es"];

fn guide(locale: &str, slug: &str) -> &'static Guide {
    guides::library()
        .get(locale, slug)
        .unwrap_or_else(|| panic!("locales/{locale}/guides/{slug}.md is missing"))
}

#[test]
fn every_guide_file_parses() {
    let problems = &guides::library().problems;
    assert!(problems.is_empty(), "{problems:#?}");
}

#[actix_web::test]
async fn every_guide_is_served_in_english_and_spanish() {
    let app = app().await;
    for locale in COMPLETE {
        for slug in SLUGS {
            let g = guide(locale, slug);
            let page = get(&app, &format!("/{locale}/guides/{slug}")).await;
            assert_eq!(page.status, 200, "{locale}/{slug}");
            for expect in [
                g.title.as_str(),
                &i18n::message(locale, "guide-sources", &[]),
                &i18n::message(locale, "guide-not-legal-advice", &[]),
                &i18n::message(
                    locale,
                    "guide-last-reviewed",
                    &[("date", g.last_reviewed.to_string())],
                ),
            ] {
                assert!(page.html.contains(expect), "{locale}/{slug} lacks {expect}");
            }
            assert!(
                !page.html.contains("guide-in-english-notice"),
                "{locale}/{slug}"
            );
        }
    }
}

#[test]
fn guides_read_at_the_level_we_promise() {
    let mut failures = Vec::new();
    println!("{:<8} {:<22} {:>8}  limit", "locale", "guide", "score");
    for g in guides::library().all() {
        let Some((language, score)) = g.readability() else {
            continue;
        };
        let (limit, ok) = match language {
            Language::English => ("Flesch-Kincaid grade <= 6", score <= 6.0),
            Language::Spanish => ("Fernandez-Huerta >= 70", score >= 70.0),
        };
        println!("{:<8} {:<22} {score:>8.2}  {limit}", g.locale, g.slug);
        if !ok {
            failures.push(format!("{}/{}: {score:.2} ({limit})", g.locale, g.slug));
        }
    }
    assert!(failures.is_empty(), "too hard to read: {failures:#?}");
}

/// textstat is the reference implementation most plain-language projects use; the
/// scores must agree within 1 grade (English) and 5 points (Spanish). CI installs it;
/// elsewhere the check is skipped with a notice when it is missing.
#[test]
fn readability_agrees_with_textstat() {
    let python = std::env::var("FARO_PYTHON").unwrap_or_else(|_| "python3".into());
    let has_textstat = Command::new(&python)
        .args(["-c", "import textstat"])
        .status()
        .is_ok_and(|s| s.success());
    if !has_textstat {
        assert!(
            std::env::var("CI").is_err(),
            "CI must install textstat 0.7.3 (FARO_PYTHON={python})"
        );
        eprintln!("skipped: textstat is not installed for {python}");
        return;
    }
    let scored: Vec<serde_json::Value> = guides::library()
        .all()
        .iter()
        .filter_map(|g| {
            let (_, score) = g.readability()?;
            Some(serde_json::json!({
                "locale": g.locale, "slug": g.slug, "text": g.plain_text(), "score": score,
            }))
        })
        .collect();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/textstat_check.py");
    let mut child = Command::new(&python)
        .arg(script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(serde_json::to_string(&scored).unwrap().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    println!("{report}");
    assert!(
        out.status.success(),
        "scores disagree with textstat:\n{report}"
    );
}

#[test]
fn every_claim_cites_a_source_with_a_link() {
    for g in guides::library().all() {
        let at = format!("{}/{}", g.locale, g.slug);
        assert!(!g.source_links.is_empty(), "{at} cites no source");
        for (n, links) in g.source_links.iter().enumerate() {
            // A report with no public address must name the copy in Faro's reference set.
            let offline = g.sources_html[n].contains("background/");
            assert!(
                links
                    .iter()
                    .any(|l| l.starts_with("https://") || l.starts_with("http://"))
                    || offline,
                "{at}: source {} has no link",
                n + 1
            );
        }
        // A number — a phone, a date, an age, a count of days — is a fact: it needs its source.
        for block in &g.blocks {
            if block.text.chars().any(|c| c.is_ascii_digit()) {
                assert!(block.cites, "{at}: no source for “{}”", block.text);
            }
        }
    }
}

#[actix_web::test]
async fn guides_open_with_what_to_do_first_and_every_link_works() {
    let app = app().await;
    let mut checked = HashSet::new();
    for g in guides::library().all() {
        let at = format!("{}/{}", g.locale, g.slug);
        assert_eq!(
            g.headings.first().map(String::as_str),
            Some(i18n::message(g.locale, "guide-first-heading", &[]).as_str()),
            "{at} must open with what to do first"
        );
        let prefix = format!("/{}/", g.locale);
        let internal: Vec<&String> = g.links.iter().filter(|l| l.starts_with('/')).collect();
        assert!(
            internal
                .iter()
                .any(|l| l.starts_with(&format!("{prefix}help")) || l.contains("/search")),
            "{at} links neither the router nor a search"
        );
        assert!(
            internal.iter().any(|l| l.contains("/guides/")),
            "{at} links no other guide"
        );
        for link in &g.links {
            if link.starts_with('/') {
                assert!(link.starts_with(&prefix), "{at}: {link} leaves the locale");
                if checked.insert(link.clone()) {
                    let page = get(&app, link).await;
                    assert_eq!(page.status, 200, "{at}: {link} is broken");
                }
            } else {
                assert!(link.starts_with("https://"), "{at}: {link} is not https");
            }
        }
    }
}

/// Internal links on a page, without query or fragment.
fn links(html: &str) -> BTreeSet<String> {
    html.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|href| href.starts_with('/') && !href.starts_with("//"))
        .map(|href| href.split(['?', '#']).next().unwrap_or(href).to_string())
        .collect()
}

#[actix_web::test]
async fn every_guide_is_reachable_from_the_home_page_in_two_clicks() {
    let app = app().await;
    for locale in i18n::SHIPPED {
        let home = get(&app, &format!("/{locale}/")).await;
        let first = links(&home.html);
        let mut reached = first.clone();
        for link in first.iter().filter(|l| !l.starts_with("/static/")) {
            reached.extend(links(&get(&app, link).await.html));
        }
        for slug in SLUGS {
            let url = format!("/{locale}/guides/{slug}");
            assert!(
                reached.contains(&url),
                "{url} is more than two clicks from home"
            );
        }
        assert!(reached.contains(&format!("/{locale}/i-speak")));
    }
}

#[actix_web::test]
async fn a_guide_not_yet_translated_falls_back_to_english_and_says_so() {
    let app = app().await;
    let missing = i18n::SHIPPED.iter().find_map(|locale| {
        SLUGS
            .iter()
            .find(|slug| guides::library().get(locale, slug).is_none())
            .map(|slug| (*locale, *slug))
    });
    let Some((locale, slug)) = missing else {
        return;
    };
    let page = get(&app, &format!("/{locale}/guides/{slug}")).await;
    assert_eq!(page.status, 200);
    assert!(
        page.html
            .contains(&i18n::message(locale, "guide-in-english-notice", &[]))
    );
    assert!(
        page.html
            .contains("<article class=\"guide\" lang=\"en\" dir=\"ltr\">")
    );
    assert!(page.html.contains(&guide("en", slug).title));
    let list = get(&app, &format!("/{locale}/guides")).await;
    assert!(
        list.html
            .contains(&i18n::message(locale, "guides-in-english", &[]))
    );
}

#[actix_web::test]
async fn drafted_translations_link_their_original_and_arabic_is_right_to_left() {
    let app = app().await;
    let page = get(&app, "/ar/guides/how-to-report").await;
    assert_eq!(page.status, 200);
    assert!(page.html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    let drafted = guides::library().get("ar", "how-to-report").is_some();
    assert_eq!(
        page.html
            .contains("href=\"/en/guides/how-to-report\" hreflang=\"en\""),
        drafted,
        "a drafted guide links its English original"
    );
    if drafted {
        // The sentence about 911 shows its reviewed English original beside it.
        assert!(
            page.html
                .contains("<div class=\"original\" lang=\"en\" dir=\"ltr\">")
        );
        assert!(page.html.contains("It sends police and emergency help."));
    }
    let english = get(&app, "/en/guides/how-to-report").await;
    assert!(
        !english.html.contains("class=\"original\""),
        "the original needs no original"
    );
    let unknown = get(&app, "/en/guides/no-such-guide").await;
    assert_eq!(unknown.status, 404);
}

#[actix_web::test]
async fn i_speak_cards_ask_for_an_interpreter_in_english_and_spanish() {
    let app = app().await;
    let page = get(&app, "/es/i-speak").await;
    assert_eq!(page.status, 200);
    for language in ["K'iche'", "Mam", "Q'anjob'al", "Akateko"] {
        let en = i18n::message("en", "i-speak-request", &[("language", language.into())]);
        let es = i18n::message("es", "i-speak-request", &[("language", language.into())]);
        for text in [en, es] {
            let escaped = text.replace('\'', "&#39;");
            assert!(
                page.html.contains(&text) || page.html.contains(&escaped),
                "missing: {text}"
            );
        }
    }
    // Only sourced or standard names are shown in the language itself; none is invented.
    assert!(
        !page.html.contains("lang=\"quc\" dir"),
        "K'iche' has no sourced autonym"
    );
    assert!(
        page.html.contains("lang=\"ps\" dir=\"rtl\""),
        "Pashto is written right to left"
    );
}

//! The public website, rendered in every shipped locale: content, headers, privacy, weight.

mod common;

use actix_web::test as atest;
use common::{Page, app, fetch, get, post};

/// Every URL a page asks the browser to load by itself (not links it may follow).
fn subresources(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (tag, attr) in [
        ("<script", "src=\""),
        ("<link", "href=\""),
        ("<img", "src=\""),
        ("<iframe", "src=\""),
        ("<form", "action=\""),
    ] {
        for chunk in html.split(tag).skip(1) {
            let element = chunk.split('>').next().unwrap_or("");
            if let Some(rest) = element.split(attr).nth(1) {
                out.push(rest.split('"').next().unwrap_or("").to_string());
            }
        }
    }
    for chunk in html.split("url(").skip(1) {
        out.push(chunk.split(')').next().unwrap_or("").to_string());
    }
    out
}

fn assert_safe(page: &Page, what: &str) {
    assert!(
        page.headers.get("set-cookie").is_none(),
        "{what} sets a cookie"
    );
    let csp = page
        .headers
        .get("content-security-policy")
        .expect("CSP")
        .to_str()
        .unwrap();
    assert!(
        csp.contains("default-src 'self'") && !csp.contains("unsafe-inline"),
        "{what}: {csp}"
    );
    assert_eq!(page.headers.get("referrer-policy").unwrap(), "no-referrer");
    for url in subresources(&page.html) {
        assert!(
            url.starts_with('/') && !url.starts_with("//"),
            "{what} loads a third-party resource: {url}"
        );
    }
    assert!(
        !page.html.contains("Unknown localization key"),
        "{what} has a missing message"
    );
    assert!(
        !page.html.contains("style=\""),
        "{what} has inline style, which the CSP forbids"
    );
    assert!(!page.html.contains("<script>"), "{what} has inline script");
    assert_eq!(
        page.html.matches("<h1").count(),
        1,
        "{what} needs exactly one h1"
    );
    assert!(
        page.html.contains("id=\"quick-exit\""),
        "{what} lacks the quick exit"
    );
}

#[actix_web::test]
async fn every_page_renders_in_every_locale_safely() {
    let app = app().await;
    let (_, found) = app.get("/api/v1/search?need=legal&place=78501").await;
    let service = found["results"][0]["service_id"]
        .as_str()
        .unwrap()
        .to_string();
    let org = found["results"][0]["organization_id"]
        .as_str()
        .unwrap()
        .to_string();
    for loc in faro::i18n::SHIPPED {
        for (path, expect) in [
            (format!("/{loc}/"), "tel:911"),
            (format!("/{loc}/search"), "id=\"search-form\""),
            (
                format!("/{loc}/search?need=legal&place=78501&lang=spa"),
                "id=\"results\"",
            ),
            (
                format!("/{loc}/search?q=zzzzqqq&place=77002"),
                "id=\"no-results\"",
            ),
            (format!("/{loc}/services/{service}"), "id=\"main\""),
            (
                format!("/{loc}/services/{service}/problem"),
                "id=\"problem-form\"",
            ),
            (format!("/{loc}/organizations/{org}"), "https://"),
            (format!("/{loc}/help"), "id=\"help-form\""),
            (format!("/{loc}/safety"), "Alt"),
            (format!("/{loc}/about"), "GeoNames"),
            (format!("/{loc}/guides"), "/guides/how-to-report"),
            (format!("/{loc}/guides/get-a-lawyer"), "id=\"sources\""),
            (format!("/{loc}/i-speak"), "class=\"speak-card\""),
            (format!("/{loc}/ask-to-be-listed"), "id=\"listed-form\""),
        ] {
            let page = get(&app, &path).await;
            assert_eq!(page.status, 200, "{path}");
            assert!(
                page.html.contains(&format!("<html lang=\"{loc}\"")),
                "{path}"
            );
            assert!(page.html.contains(expect), "{path} lacks {expect}");
            assert_safe(&page, &path);
        }
    }
}

#[actix_web::test]
async fn spanish_pages_are_in_spanish_and_say_they_are_drafts() {
    let app = app().await;
    let answer = post(
        &app,
        "/es/help",
        "danger=no&situation=abuse&asker=community&place=77002&way=call&police=no",
    )
    .await;
    assert!(
        answer
            .html
            .contains("<span class=\"original\" lang=\"en\">"),
        "who they tell and what happens show the reviewed English beside the draft"
    );
    let page = get(&app, "/es/").await;
    assert!(page.html.contains("Llame al 911"));
    assert!(page.html.contains("borrador"), "the draft notice");
    assert!(
        page.html
            .contains("lang=\"en\">(911 sends police and emergency services.)"),
        "the reviewed original beside the safety sentence"
    );
    let english = get(&app, "/en/").await;
    assert!(!english.html.contains("class=\"draft\""));
}

#[actix_web::test]
async fn the_search_form_posts_and_finds_the_state_line() {
    let app = app().await;
    let page = post(&app, "/en/search", "need=report&place=77002").await;
    assert_eq!(page.status, 200);
    assert!(page.html.contains("Texas Abuse Hotline"), "the Texas line");
    assert!(
        page.html.contains("href=\"tel:+18002525400\""),
        "tap to call"
    );
    assert!(!page.html.contains("Alabama"), "no other state's line");
    assert_safe(&page, "POST /en/search");
}

#[actix_web::test]
async fn bad_places_and_missing_pages_are_localized_pages_with_next_steps() {
    let app = app().await;
    let page = post(&app, "/es/search", "place=99999").await;
    assert_eq!(page.status, 422);
    assert!(page.html.contains("No conocemos el lugar"));
    assert!(
        page.html
            .contains("name=\"place\" value=\"99950 Ketchikan, AK\""),
        "suggestions are buttons"
    );
    let chosen = post(&app, "/es/search", "place=99950+Ketchikan%2C+AK").await;
    assert_eq!(chosen.status, 200, "a suggestion resolves");
    let ambiguous = post(&app, "/en/search", "place=Springfield").await;
    assert_eq!(ambiguous.status, 422);
    assert!(ambiguous.html.contains("value=\"Springfield, IL\""));
    let missing = get(&app, "/es/services/00000000-0000-0000-0000-000000000000").await;
    assert_eq!(missing.status, 404);
    assert!(missing.html.contains("No encontramos") && missing.html.contains("/es/search"));
    let nowhere = get(&app, "/xx/about").await;
    assert_eq!(nowhere.status, 404);
    assert!(
        nowhere.html.contains("<h1"),
        "a full page, not a bare status"
    );
}

#[actix_web::test]
async fn the_root_negotiates_the_language() {
    let app = app().await;
    let page = fetch(
        &app,
        atest::TestRequest::get()
            .uri("/")
            .insert_header(("Accept-Language", "es-MX,es;q=0.9,en;q=0.5")),
    )
    .await;
    assert_eq!(page.status, 303);
    assert_eq!(page.headers.get("location").unwrap(), "/es/");
    assert_eq!(page.headers.get("vary").unwrap(), "Accept-Language");
}

#[actix_web::test]
async fn a_full_results_page_with_its_map_weighs_under_50_kb() {
    let app = app().await;
    let page = post(&app, "/en/search", "need=legal&place=20005&lang=spa").await;
    assert!(
        page.html.contains("<svg class=\"map\""),
        "KIND's Washington office is drawn"
    );
    let css = get(&app, "/static/faro.css").await.html.len();
    let js = get(&app, "/static/faro.js").await.html.len();
    let total = page.html.len() + css + js;
    println!(
        "results page {} B + CSS {css} B + JS {js} B = {total} B",
        page.html.len()
    );
    assert!(total < 50 * 1024, "{total} bytes");
}

#[actix_web::test]
async fn a_listing_says_who_they_tell_and_how_sure_we_are() {
    let app = app().await;
    let (_, found) = app.get("/api/v1/search?need=report&place=77002").await;
    let texas = found["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["state_line"] == "TX")
        .unwrap();
    let page = get(
        &app,
        &format!("/en/services/{}", texas["service_id"].as_str().unwrap()),
    )
    .await;
    assert!(page.html.contains("Who will they tell?"));
    assert!(page.html.contains("They are child protective services"));
    assert!(page.html.contains("Immigration: we could not confirm"));
    assert!(page.html.contains("They ask for your name."));
    assert!(
        page.html.contains("Confirmed on the agency&#39;s own page")
            || page.html.contains("Confirmed on the agency's own page")
    );
    assert!(page.html.contains("Not yet re-checked on the live page."));
    assert!(
        page.html
            .contains("https://dfps.texas.gov/Contact_Us/hotlines.asp")
    );
}

/// Message ids a locale's `main.ftl` defines.
fn defined_ids(locale: &str) -> std::collections::HashSet<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(locale)
        .join("main.ftl");
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_string()))
        .collect()
}

#[test]
fn every_message_a_template_uses_exists_in_every_locale() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    // (message id, argument name for t1, counted for tn)
    let mut used: Vec<(String, Option<String>, bool)> = Vec::new();
    // The public site's templates; the portal's (templates/portal/) speak only en and es.
    for entry in std::fs::read_dir(root.join("templates")).unwrap() {
        let path = entry.unwrap().path();
        if !path.is_file() {
            continue;
        }
        let text = std::fs::read_to_string(path).unwrap();
        for marker in ["ctx.t(\"", "ctx.t1(\"", "ctx.tn(\"", "ctx.original(\""] {
            for chunk in text.split(marker).skip(1) {
                let mut quoted = chunk.split('"');
                let id = quoted.next().unwrap().to_string();
                let arg = (marker == "ctx.t1(\"").then(|| quoted.nth(1).unwrap().to_string());
                used.push((id, arg, marker == "ctx.tn(\""));
            }
        }
    }
    let render = |locale: &str, id: &str, arg: &Option<String>, counted: bool| match (arg, counted)
    {
        (_, true) => faro::i18n::count_message(locale, id, 3),
        (Some(name), _) => faro::i18n::message(locale, id, &[(name.as_str(), "X".to_string())]),
        (None, _) => faro::i18n::message(locale, id, &[]),
    };
    assert!(used.len() > 50, "{used:?}");
    for locale in faro::i18n::SHIPPED {
        for (id, arg, counted) in &used {
            let message = render(locale, id, arg, *counted);
            assert!(
                !message.contains("Unknown localization key"),
                "{locale} lacks {id}"
            );
            // A message the locale does not define would silently fall back to English.
            let defined = defined_ids(locale);
            assert!(
                defined.contains(id),
                "{locale} falls back to English for {id}"
            );
        }
    }
}

#[actix_web::test]
async fn the_router_form_posts_and_answers_with_a_first_step() {
    let app = app().await;
    let page = post(
        &app,
        "/en/help",
        "danger=no&situation=abuse&asker=community&place=35203&way=call&police=no",
    )
    .await;
    assert_eq!(page.status, 200);
    assert_safe(&page, "POST /en/help");
    assert!(page.html.contains("id=\"answer\""));
    assert!(
        page.html.contains("Report child abuse in Alabama"),
        "the Alabama entry first"
    );
    assert!(
        page.html.contains("This state has no single line"),
        "says so plainly"
    );
    assert!(page.html.contains("Numbers to keep"), "the wallet card");
    assert!(
        !page.html.contains("ICE"),
        "no immigration enforcement unless asked"
    );
    let danger = post(
        &app,
        "/es/help",
        "danger=yes&situation=labor&asker=child&place=77002&police=no",
    )
    .await;
    assert!(
        danger.html.find("tel:911").unwrap() < danger.html.find("tel:+18883737888").unwrap(),
        "911 first"
    );
    let police = post(
        &app,
        "/en/help",
        "danger=no&situation=labor&place=77002&police=yes",
    )
    .await;
    assert!(
        police.html.contains("HSI Tip Line"),
        "listed when police reporting is asked for"
    );
    let missing = post(&app, "/en/help", "danger=no&place=77002").await;
    assert_eq!(missing.status, 400);
    assert!(missing.html.contains("Choose what is happening."));
}

#[test]
fn every_message_a_portal_template_uses_exists_in_english_and_spanish() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut used = Vec::new();
    for entry in std::fs::read_dir(root.join("templates/portal")).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for marker in ["pc.t(\"", "pc.t1(\""] {
            for chunk in text.split(marker).skip(1) {
                used.push(chunk.split('"').next().unwrap().to_string());
            }
        }
    }
    assert!(used.len() > 30, "{used:?}");
    for locale in faro::web::portal::LOCALES {
        let path = root.join("locales").join(locale).join("portal.ftl");
        let defined = std::fs::read_to_string(path).unwrap();
        for id in &used {
            assert!(
                defined.lines().any(|l| l.starts_with(&format!("{id} ="))),
                "{locale}/portal.ftl lacks {id}"
            );
        }
    }
}

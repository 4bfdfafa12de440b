//! "Report a problem with this listing": the form, what a report stores, and how bad,
//! cross-site and repeated posts are refused without storing anything.

mod common;

use actix_web::test as atest;
use common::{Page, TestApp, app, fetch, get};

async fn a_service(app: &TestApp) -> String {
    let (_, found) = app.get("/api/v1/search?need=report&place=77002").await;
    found["results"][0]["service_id"]
        .as_str()
        .unwrap()
        .to_string()
}

async fn report(app: &TestApp, loc: &str, service: &str, form: &str, from: &str) -> Page {
    let req = atest::TestRequest::post()
        .uri(&format!("/{loc}/services/{service}/problem"))
        .peer_addr(from.parse().unwrap())
        .insert_header(("Content-Type", "application/x-www-form-urlencoded"))
        .set_payload(form.to_string());
    fetch(app, req).await
}

#[actix_web::test]
async fn every_listing_links_its_problem_form_in_every_locale() {
    let app = app().await;
    let service = a_service(&app).await;
    for loc in faro::i18n::SHIPPED {
        let listing = get(&app, &format!("/{loc}/services/{service}")).await;
        let href = format!("/{loc}/services/{service}/problem");
        assert!(listing.html.contains(&format!("href=\"{href}\"")), "{loc}");
        let form = get(&app, &href).await;
        assert_eq!(form.status, 200, "{href}");
        assert!(form.html.contains("id=\"problem-form\" method=\"post\""));
        assert!(
            form.html
                .contains("name=\"problem\" value=\"wrong_contact\"")
        );
        assert!(form.headers.get("set-cookie").is_none());
        assert!(
            form.html
                .contains(&faro::i18n::message(loc, "problem-details-hint", &[])),
            "{loc}: says not to write who you are"
        );
    }
    let unknown = get(
        &app,
        "/en/services/00000000-0000-0000-0000-000000000000/problem",
    )
    .await;
    assert_eq!(unknown.status, 404);
}

#[actix_web::test]
async fn a_report_is_stored_with_what_was_written_only() {
    let app = app().await;
    let service = a_service(&app).await;
    let page = report(
        &app,
        "es",
        &service,
        "problem=wrong_contact&details=El+n%C3%BAmero+no+contesta",
        "192.0.2.10:5000",
    )
    .await;
    assert_eq!(page.status, 200);
    assert!(page.html.contains("id=\"problem-sent\""));
    assert!(page.html.contains("Gracias"));
    let flags = app.state.store.open_flags().await.unwrap();
    assert_eq!(flags.len(), 1);
    let flag = &flags[0];
    assert_eq!(flag.service_id.to_string(), service);
    assert_eq!(flag.problem, faro::store::Problem::WrongContact);
    assert_eq!(flag.details, "El número no contesta");
    assert_eq!(flag.locale, "es");
    assert_eq!(
        flag.reported_on.len(),
        "2026-11-30".len(),
        "the day, not the time"
    );
}

#[actix_web::test]
async fn bad_reports_are_explained_in_the_readers_language_and_store_nothing() {
    let app = app().await;
    let service = a_service(&app).await;
    let no_choice = report(&app, "es", &service, "details=hola", "192.0.2.20:1").await;
    assert_eq!(no_choice.status, 422);
    assert!(no_choice.html.contains("Elige qué está mal."));
    assert!(
        no_choice.html.contains(">hola</textarea>"),
        "what was typed is kept"
    );
    let unknown = report(&app, "en", &service, "problem=bribe", "192.0.2.20:1").await;
    assert_eq!(unknown.status, 422);
    let long = format!("problem=other&details={}", "a".repeat(501));
    let too_long = report(&app, "en", &service, &long, "192.0.2.20:1").await;
    assert_eq!(too_long.status, 422);
    assert!(too_long.html.contains("at most 500 characters"));
    assert!(app.state.store.open_flags().await.unwrap().is_empty());
}

#[actix_web::test]
async fn a_post_from_another_site_is_refused() {
    let app = app().await;
    let service = a_service(&app).await;
    for (header, value) in [
        ("Origin", "https://evil.example"),
        ("Sec-Fetch-Site", "cross-site"),
    ] {
        let req = atest::TestRequest::post()
            .uri(&format!("/en/services/{service}/problem"))
            .peer_addr("192.0.2.30:1".parse().unwrap())
            .insert_header(("Host", "localhost:8080"))
            .insert_header((header, value))
            .insert_header(("Content-Type", "application/x-www-form-urlencoded"))
            .set_payload("problem=closed");
        let page = fetch(&app, req).await;
        assert_eq!(page.status, 403, "{header}: {value}");
        assert!(page.html.contains("This form could not be sent"));
    }
    let same = atest::TestRequest::post()
        .uri(&format!("/en/services/{service}/problem"))
        .peer_addr("192.0.2.30:1".parse().unwrap())
        .insert_header(("Host", "localhost:8080"))
        .insert_header(("Origin", "http://localhost:8080"))
        .insert_header(("Sec-Fetch-Site", "same-origin"))
        .insert_header(("Content-Type", "application/x-www-form-urlencoded"))
        .set_payload("problem=closed");
    assert_eq!(fetch(&app, same).await.status, 200);
    assert_eq!(app.state.store.open_flags().await.unwrap().len(), 1);
}

#[actix_web::test]
async fn a_flood_from_one_address_is_slowed_with_a_localized_page() {
    let app = app().await;
    let service = a_service(&app).await;
    for _ in 0..5 {
        let ok = report(&app, "en", &service, "problem=other", "192.0.2.40:1").await;
        assert_eq!(ok.status, 200);
    }
    let limited = report(&app, "es", &service, "problem=other", "192.0.2.40:2").await;
    assert_eq!(limited.status, 429);
    assert!(limited.html.contains("Espera unos minutos"));
    assert!(
        limited.html.contains("911"),
        "the page still says where to get help now"
    );
    let other = report(&app, "en", &service, "problem=other", "192.0.2.41:1").await;
    assert_eq!(other.status, 200, "another address is not held back");
    assert_eq!(app.state.store.open_flags().await.unwrap().len(), 6);
}

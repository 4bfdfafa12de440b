//! "Ask to be listed": a public request checked field by field, kept without anything
//! about who sent it, and closed by a moderator.

mod common;

use actix_web::test as atest;
use common::{Page, TestApp, app, fetch, get};

async fn ask(app: &TestApp, loc: &str, form: &str, from: &str) -> Page {
    let req = atest::TestRequest::post()
        .uri(&format!("/{loc}/ask-to-be-listed"))
        .peer_addr(from.parse().unwrap())
        .insert_header(("Content-Type", "application/x-www-form-urlencoded"))
        .set_payload(form.to_string());
    fetch(app, req).await
}

const GOOD: &str = "organization=Casa+Ejemplo&website=https%3A%2F%2Fcasa.example.org\
&services=Free+legal+clinic+in+Houston%2C+Spanish.+Ask+for+Ana+at+713-555-0101\
&contact=https%3A%2F%2Fcasa.example.org%2Fcontact\
&sources=https%3A%2F%2Fcasa.example.org%2Fabout";

#[actix_web::test]
async fn a_request_to_be_listed_is_checked_kept_and_closed() {
    let app = app().await;
    for loc in faro::i18n::SHIPPED {
        let form = get(&app, &format!("/{loc}/ask-to-be-listed")).await;
        assert_eq!(form.status, 200, "{loc}");
        assert!(form.html.contains("id=\"listed-form\""));
        assert!(form.headers.get("set-cookie").is_none());
    }
    let about = get(&app, "/es/about").await;
    assert!(about.html.contains("href=\"/es/ask-to-be-listed\""));

    for (bad, says) in [
        (
            GOOD.replace("organization=Casa+Ejemplo", "organization="),
            "name",
        ),
        (
            GOOD.replace(
                "https%3A%2F%2Fcasa.example.org&",
                "http%3A%2F%2Fcasa.example.org&",
            ),
            "https://",
        ),
        (
            GOOD.replace(
                "&sources=https%3A%2F%2Fcasa.example.org%2Fabout",
                "&sources=my+friend",
            ),
            "at least one page",
        ),
    ] {
        let page = ask(&app, "en", &bad, "192.0.2.50:1").await;
        assert_eq!(page.status, 422, "{says}");
        assert!(page.html.contains(says), "{says}");
    }
    assert!(
        app.state
            .store
            .open_listing_requests()
            .await
            .unwrap()
            .is_empty()
    );

    let sent = ask(&app, "es", GOOD, "192.0.2.50:1").await;
    assert_eq!(sent.status, 200);
    assert!(sent.html.contains("id=\"listed-sent\""));
    let stored = app.state.store.open_listing_requests().await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].organization, "Casa Ejemplo");
    assert_eq!(stored[0].locale, "es");
    assert!(
        !stored[0].services.contains("713-555-0101"),
        "a personal number is taken out"
    );
    assert!(
        stored[0]
            .public_contact
            .contains("casa.example.org/contact"),
        "the public contact stays"
    );
    let closed = app
        .state
        .store
        .close_listing_request(stored[0].id, "declined")
        .await
        .unwrap();
    assert!(closed);
    assert!(
        app.state
            .store
            .open_listing_requests()
            .await
            .unwrap()
            .is_empty()
    );
}

#[actix_web::test]
async fn requests_from_another_site_or_in_a_flood_are_refused() {
    let app = app().await;
    let req = atest::TestRequest::post()
        .uri("/en/ask-to-be-listed")
        .peer_addr("192.0.2.60:1".parse().unwrap())
        .insert_header(("Sec-Fetch-Site", "cross-site"))
        .insert_header(("Content-Type", "application/x-www-form-urlencoded"))
        .set_payload(GOOD);
    assert_eq!(fetch(&app, req).await.status, 403);
    for _ in 0..5 {
        assert_eq!(ask(&app, "en", GOOD, "192.0.2.61:1").await.status, 200);
    }
    let limited = ask(&app, "en", GOOD, "192.0.2.61:2").await;
    assert_eq!(limited.status, 429);
    assert_eq!(
        app.state.store.open_listing_requests().await.unwrap().len(),
        5
    );
}

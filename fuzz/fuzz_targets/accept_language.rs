#![no_main]
//! The Accept-Language header and the `locale` parameter: always a shipped locale.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(value) = actix_web::http::header::HeaderValue::from_bytes(bytes) else {
        return;
    };
    let req = actix_web::test::TestRequest::default()
        .insert_header(("Accept-Language", value))
        .to_http_request();
    assert!(faro::i18n::SHIPPED.contains(&faro::i18n::negotiate(&req)));
});

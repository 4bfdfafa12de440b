//! Whether a form post came from Faro's own pages, by what the browser says: a post from
//! another site is refused, so no page elsewhere can act in a visitor's name. Clients that
//! send neither header (older browsers, scripts) pass here; the portal's CSRF token and
//! the public forms' rate limits still apply to them.

use actix_web::HttpRequest;
use actix_web::http::header::{HOST, ORIGIN};

pub fn from_this_site(req: &HttpRequest) -> bool {
    let fetch_site = req
        .headers()
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok());
    if fetch_site.is_some_and(|s| s != "same-origin" && s != "none") {
        return false;
    }
    let host = req.headers().get(HOST).and_then(|v| v.to_str().ok());
    match req.headers().get(ORIGIN).and_then(|v| v.to_str().ok()) {
        None => true,
        Some(origin) => {
            let origin_host = origin.split_once("://").map(|(_, rest)| rest);
            origin_host.is_some() && origin_host == host
        }
    }
}

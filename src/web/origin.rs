//! Whether a form post came from Faro's own pages, by what the browser says: a post from
//! another site is refused, so no page elsewhere can act in a visitor's name.
//!
//! `Sec-Fetch-Site` decides when the browser sends it. Otherwise `Origin` must name this
//! host — except "null", which browsers send for every form post from a page with
//! `Referrer-Policy: no-referrer` (Faro's). Clients that send neither (older browsers,
//! scripts) pass here; the portal's CSRF token and the public forms' rate limits still
//! apply to them.

use actix_web::HttpRequest;
use actix_web::http::header::{HOST, ORIGIN};

pub fn from_this_site(req: &HttpRequest) -> bool {
    let header = |name| req.headers().get(name).and_then(|v| v.to_str().ok());
    if let Some(site) = header("sec-fetch-site") {
        return site == "same-origin" || site == "none";
    }
    match req.headers().get(ORIGIN).and_then(|v| v.to_str().ok()) {
        None | Some("null") => true,
        Some(origin) => {
            let origin_host = origin.split_once("://").map(|(_, rest)| rest);
            origin_host.is_some() && origin_host == header(HOST.as_str())
        }
    }
}

//! The home page, Safety and About, and the static assets.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use super::ctx::Ctx;
use super::results::ResultItem;
use super::{Loc, first_lines, ok, page_ctx};
use crate::AppState;
use crate::i18n;

/// `/` picks the reader's language from Accept-Language.
pub async fn root(req: HttpRequest) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, format!("/{}/", i18n::negotiate(&req))))
        .insert_header((header::VARY, "Accept-Language"))
        .finish()
}

pub async fn home_redirect(loc: super::Loc) -> HttpResponse {
    HttpResponse::PermanentRedirect()
        .insert_header((header::LOCATION, format!("/{}/", loc.0)))
        .finish()
}

/// How many guides the home page links directly: the first in reading order.
const HOME_GUIDES: usize = 3;

#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    pub ctx: Ctx,
    /// 911 first, then the national trafficking hotline, 211 and Childhelp.
    pub lines: Vec<ResultItem>,
    /// The guides a reader needs first; the rest are one click further.
    pub guides: Vec<super::guides::GuideLink>,
}

pub async fn home(state: web::Data<AppState>, loc: Loc) -> HttpResponse {
    let ctx = page_ctx(&state, loc.0, "/");
    let lines = first_lines(&state, &ctx, chrono::Utc::now(), None);
    let guides = super::guides::guide_links(loc.0)
        .into_iter()
        .take(HOME_GUIDES)
        .collect();
    ok(&HomePage { ctx, lines, guides })
}

#[derive(Template)]
#[template(path = "safety.html")]
pub struct SafetyPage {
    pub ctx: Ctx,
}

pub async fn safety(state: web::Data<AppState>, loc: Loc) -> HttpResponse {
    ok(&SafetyPage {
        ctx: page_ctx(&state, loc.0, "/safety"),
    })
}

#[derive(Template)]
#[template(path = "about.html")]
pub struct AboutPage {
    pub ctx: Ctx,
    pub organizations: usize,
}

pub async fn about(state: web::Data<AppState>, loc: Loc) -> HttpResponse {
    let organizations = state
        .store
        .organization_ids()
        .await
        .map(|ids| ids.len())
        .unwrap_or(0);
    ok(&AboutPage {
        ctx: page_ctx(&state, loc.0, "/about"),
        organizations,
    })
}

const CSS: &str = include_str!("../../../static/faro.css");
const JS: &str = include_str!("../../../static/faro.js");
const ICON: &str = include_str!("../../../static/faro.svg");

pub async fn asset(file: web::Path<String>) -> HttpResponse {
    let (body, kind) = match file.as_str() {
        "faro.css" => (CSS, "text/css; charset=utf-8"),
        "faro.js" => (JS, "text/javascript; charset=utf-8"),
        "faro.svg" => (ICON, "image/svg+xml"),
        _ => return HttpResponse::NotFound().finish(),
    };
    HttpResponse::Ok()
        .content_type(kind)
        .insert_header((header::CACHE_CONTROL, "public, max-age=86400"))
        .body(body)
}

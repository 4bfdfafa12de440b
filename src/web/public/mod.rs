//! The public website: every page under a locale prefix, POST forms, no cookies, no
//! JavaScript needed, nothing loaded from anyone else.

pub(super) mod ctx;
pub(super) mod format;
mod guides;
mod help;
mod listed;
mod listing;
mod map;
mod pages;
mod problem;
mod results;
mod search;

use std::future::{Ready, ready};

use actix_web::http::StatusCode;
use actix_web::{FromRequest, HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use ctx::{Ctx, render};
use results::ResultItem;

use crate::AppState;
use crate::error::AppError;
use crate::i18n;
use crate::model::ids;
use crate::search::Hit;

/// The lines anyone anywhere can reach, shown when a search finds nothing and on the
/// home page: (organization slug, service slug) in `data/directory/`.
const FIRST_LINES: [(&str, &str); 4] = [
    ("911", "emergency"),
    ("polaris", "hotline"),
    ("211", "211"),
    ("childhelp", "hotline"),
];

/// The locale of a public page, from its first path segment; unknown ones are 404s.
pub struct Loc(pub &'static str);

impl FromRequest for Loc {
    type Error = AppError;
    type Future = Ready<Result<Loc, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        let tag = req.match_info().get("loc").unwrap_or("");
        ready(
            i18n::SHIPPED
                .iter()
                .find(|s| **s == tag)
                .map(|s| Loc(s))
                .ok_or_else(|| AppError::new(crate::error::ErrorCode::NotFound)),
        )
    }
}

pub fn page_ctx(state: &AppState, locale: &'static str, path: &str) -> Ctx {
    let rtl = state
        .languages
        .by_locale(locale)
        .is_some_and(|l| l.direction == "rtl");
    Ctx::new(locale, path, rtl, |tag| {
        state
            .languages
            .by_locale(tag)
            .and_then(|l| l.autonym.clone())
            .unwrap_or_else(|| tag.to_string())
    })
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    // Only shipped locales match; any other prefix falls through to the not-found page.
    let loc = format!("/{{loc:{}}}", i18n::SHIPPED.join("|"));
    cfg.route("/", web::get().to(pages::root))
        .route("/static/{file}", web::get().to(pages::asset))
        .route(&format!("{loc}/"), web::get().to(pages::home))
        .route(&loc, web::get().to(pages::home_redirect))
        .route(&format!("{loc}/search"), web::get().to(search::get))
        .route(&format!("{loc}/search"), web::post().to(search::post))
        .route(
            &format!("{loc}/services/{{id}}"),
            web::get().to(listing::service),
        )
        .route(
            &format!("{loc}/services/{{id}}/problem"),
            web::get().to(problem::get),
        )
        .route(
            &format!("{loc}/services/{{id}}/problem"),
            web::post().to(problem::post),
        )
        .route(
            &format!("{loc}/organizations/{{id}}"),
            web::get().to(listing::organization),
        )
        .route(&format!("{loc}/help"), web::get().to(help::get))
        .route(&format!("{loc}/help"), web::post().to(help::post))
        .route(&format!("{loc}/guides"), web::get().to(guides::list))
        .route(
            &format!("{loc}/guides/{{slug}}"),
            web::get().to(guides::show),
        )
        .route(&format!("{loc}/i-speak"), web::get().to(guides::i_speak))
        .route(
            &format!("{loc}/ask-to-be-listed"),
            web::get().to(listed::get),
        )
        .route(
            &format!("{loc}/ask-to-be-listed"),
            web::post().to(listed::post),
        )
        .route(&format!("{loc}/safety"), web::get().to(pages::safety))
        .route(&format!("{loc}/about"), web::get().to(pages::about));
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    ctx: Ctx,
    heading: String,
    message: String,
}

/// A localized error page that says what to do next.
pub fn error_page(state: &AppState, locale: &'static str, error: &AppError) -> HttpResponse {
    let ctx = page_ctx(state, locale, "/");
    let heading = ctx.t(&format!(
        "error-heading-{}",
        error.code.as_str().replace('_', "-")
    ));
    let message = AppError {
        locale,
        ..AppError::new(error.code)
    }
    .message();
    let status = actix_web::ResponseError::status_code(error);
    render(
        status,
        &ErrorPage {
            ctx,
            heading,
            message,
        },
    )
}

/// The locale a page is in: its path's prefix, else the browser's preference.
pub fn page_locale(req: &HttpRequest) -> &'static str {
    req.path()
        .split('/')
        .nth(1)
        .and_then(|seg| i18n::SHIPPED.iter().find(|s| **s == seg).copied())
        .unwrap_or_else(|| i18n::negotiate(req))
}

/// Paths whose errors are JSON rather than a page.
pub fn wants_json(req: &HttpRequest) -> bool {
    ["/api/", "/hsds/", "/phone/"]
        .iter()
        .any(|prefix| req.path().starts_with(prefix))
}

/// Answers any unmatched path with the not-found page in the best locale.
pub async fn not_found(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let locale = page_locale(&req);
    if wants_json(&req) {
        return actix_web::ResponseError::error_response(
            &AppError::new(crate::error::ErrorCode::NotFound).in_locale(locale),
        );
    }
    error_page(
        &state,
        locale,
        &AppError::new(crate::error::ErrorCode::NotFound),
    )
}

/// The result cards of the lines in [`FIRST_LINES`] that are listed and not withdrawn.
pub fn first_lines(
    state: &AppState,
    ctx: &Ctx,
    now: DateTime<Utc>,
    zone: Option<Tz>,
) -> Vec<ResultItem> {
    FIRST_LINES
        .iter()
        .map(|(org, service)| ids::derive(&[org, service]))
        .filter_map(|id| {
            state
                .index
                .cards_of_service(id)
                .ok()?
                .into_iter()
                .find(|c| !c.on_hold)
        })
        .map(|card| {
            let open_now =
                crate::hours::open_any(card.channels.iter().map(|c| &c.hours), now, zone);
            let hit = Hit {
                card: card.into(),
                distance_km: None,
                distance_band: None,
                reasons: Vec::new(),
                open_now,
            };
            results::item(ctx, 0, &hit, &state.languages, now, zone)
        })
        .collect()
}

pub fn ok(page: &impl Template) -> HttpResponse {
    render(StatusCode::OK, page)
}

//! actix-web handlers by audience, and the one place the server is assembled.

mod api;
pub mod client;
mod health;
mod hsds_api;
pub mod limit;
mod limits;
pub mod metrics;
mod openapi;
mod origin;
mod params;
pub mod phone;
pub mod portal;
mod public;
mod route_api;
pub mod shared_limit;
pub mod starting;
mod view;

use std::net::TcpListener;
use std::sync::Arc;

use actix_web::middleware::{DefaultHeaders, Logger};
use actix_web::{App, HttpServer, web};

pub use api::resolve_place;
pub use openapi::ApiDoc;
pub use params::parse_search;
pub use view::{redact, without_holds};

use crate::AppState;
use crate::error::{AppError, ErrorCode};
use crate::model::Organization;

/// The current public document holding service `id`, and the service's position in it.
/// Unknown, withdrawn and malformed ids are all "not found".
pub(crate) async fn find_service(
    state: &AppState,
    id: &str,
) -> Result<(Organization, usize), AppError> {
    let not_found = || AppError::new(ErrorCode::NotFound);
    let id = uuid::Uuid::parse_str(id).map_err(|_| not_found())?;
    let cards = state.index.cards_of_service(id)?;
    let org_id = cards
        .first()
        .map(|c| c.organization_id)
        .ok_or_else(not_found)?;
    let org = state
        .store
        .current(org_id)
        .await?
        .ok_or_else(not_found)?
        .document;
    let position = org
        .services
        .iter()
        .position(|s| org.service_uuid(s) == id)
        .ok_or_else(not_found)?;
    if org.withdrawn {
        return Err(not_found());
    }
    Ok((org, position))
}

/// The routes of the whole site, shared by the server and in-process tests.
pub fn configure(state: Arc<AppState>) -> impl Fn(&mut web::ServiceConfig) + Clone {
    let data = web::Data::from(state);
    move |cfg: &mut web::ServiceConfig| {
        cfg.app_data(data.clone())
            .app_data(web::PayloadConfig::new(limits::MAX_BODY))
            .app_data(
                web::JsonConfig::default()
                    .limit(16 * 1024)
                    .error_handler(|e, req| {
                        use actix_web::error::JsonPayloadError::{Overflow, OverflowKnownLength};
                        let error = match e {
                            Overflow { .. } | OverflowKnownLength { .. } => {
                                AppError::new(ErrorCode::TooLarge)
                            }
                            other => AppError::invalid("body", other.to_string()),
                        };
                        error.in_locale(crate::i18n::negotiate(req)).into()
                    }),
            )
            .app_data(web::QueryConfig::default().error_handler(|e, req| {
                AppError::invalid("query", e.to_string())
                    .in_locale(crate::i18n::negotiate(req))
                    .into()
            }))
            .route("/metrics", web::get().to(metrics::metrics))
            .service(health::healthz)
            .service(health::readyz)
            .configure(api::routes)
            .configure(hsds_api::routes)
            .configure(phone::routes)
            .configure(portal::routes)
            .configure(public::routes)
            .default_service(web::to(public::not_found));
    }
}

/// Headers every response carries: nothing third-party can load, nothing leaks by referrer.
pub const SECURITY_HEADERS: [(&str, &str); 4] = [
    (
        "Content-Security-Policy",
        "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    ),
    ("Referrer-Policy", "no-referrer"),
    ("X-Content-Type-Options", "nosniff"),
    ("Cache-Control", "no-store"),
];

pub fn security_headers() -> DefaultHeaders {
    SECURITY_HEADERS
        .iter()
        .fold(DefaultHeaders::new(), |headers, header| {
            headers.add(*header)
        })
}

/// The request log keeps the route pattern, status and time: never the query string,
/// the IP or anything the person typed.
pub fn request_log() -> Logger {
    Logger::new("%{route}xi %s %Dms").custom_request_replace("route", |req| {
        format!(
            "{} {}",
            req.method(),
            req.match_pattern().unwrap_or_else(|| "-".into())
        )
    })
}

pub fn server(
    listener: TcpListener,
    state: Arc<AppState>,
) -> std::io::Result<actix_web::dev::Server> {
    let routes = configure(state);
    Ok(HttpServer::new(move || {
        App::new()
            .wrap(actix_web::middleware::from_fn(limits::enforce))
            .wrap(actix_web::middleware::from_fn(metrics::track))
            .wrap(security_headers())
            .wrap(request_log())
            .configure(routes.clone())
    })
    .client_request_timeout(limits::HEAD_TIMEOUT)
    .listen(listener)?
    .run())
}

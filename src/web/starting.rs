//! What the listening socket answers while the store migrates and seeds at start-up: alive,
//! not ready. A load balancer sends nothing here yet; a person who arrives early is told to
//! come back in a moment instead of waiting on a connection that does not answer.

use std::net::TcpListener;

use actix_web::{App, HttpRequest, HttpServer, web};

use super::health;
use crate::error::{AppError, ErrorCode};

async fn not_yet(req: HttpRequest) -> actix_web::HttpResponse {
    let mut resp = actix_web::ResponseError::error_response(
        &AppError::new(ErrorCode::NotReady).in_locale(crate::i18n::negotiate(&req)),
    );
    resp.headers_mut().insert(
        actix_web::http::header::RETRY_AFTER,
        actix_web::http::header::HeaderValue::from_static("5"),
    );
    resp
}

/// Serves the start-up answers on `listener` until stopped through the returned server's
/// handle; the caller then serves the site on the same socket.
pub fn server(listener: TcpListener) -> std::io::Result<actix_web::dev::Server> {
    Ok(HttpServer::new(|| {
        App::new()
            .wrap(super::security_headers())
            .service(health::healthz)
            .default_service(web::to(not_yet))
    })
    .workers(1)
    .disable_signals()
    .listen(listener)?
    .run())
}

//! Requests Faro will not read or wait on: bodies larger than any of its forms needs, and
//! requests that do not arrive in time. Each is refused with a clear error in the
//! reader's language, and the server goes on serving everyone else.

use std::time::Duration;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::http::header::CONTENT_LENGTH;
use actix_web::middleware::Next;
use actix_web::{HttpRequest, HttpResponse, ResponseError, web};

use crate::AppState;
use crate::error::{AppError, ErrorCode};

/// The largest body Faro reads: its biggest form (a service with areas and places) is a
/// few kilobytes.
pub const MAX_BODY: usize = 256 * 1024;

/// How long a client may take to send its request line and headers.
pub const HEAD_TIMEOUT: Duration = Duration::from_secs(5);

pub async fn enforce(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let declared = req
        .headers()
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_BODY as u64) {
        let refusal = refuse(req.request(), ErrorCode::TooLarge);
        return Ok(req.into_response(refusal));
    }
    // What a refusal needs is taken now: the request cannot be held (or cloned) while the
    // router still works on it.
    let state = req.app_data::<web::Data<AppState>>().cloned();
    let locale = super::public::page_locale(req.request());
    let json = super::public::wants_json(req.request());
    let limit = state
        .as_ref()
        .map_or(Duration::from_secs(30), |s| s.request_timeout);
    match tokio::time::timeout(limit, next.call(req)).await {
        // A body sent in chunks, without a length, is cut off by the extractor instead.
        Ok(Ok(res)) if res.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            let refusal = refuse(res.request(), ErrorCode::TooLarge);
            Ok(res.into_response(refusal))
        }
        Ok(res) => res.map(ServiceResponse::map_into_boxed_body),
        Err(_) => {
            let error = AppError::new(ErrorCode::TimedOut).in_locale(locale);
            let res = match &state {
                Some(state) if !json => super::public::error_page(state, locale, &error),
                _ => error.error_response(),
            };
            Err(Refusal::from_response(res).await.into())
        }
    }
}

fn refuse(req: &HttpRequest, code: ErrorCode) -> HttpResponse {
    let locale = super::public::page_locale(req);
    let error = AppError::new(code).in_locale(locale);
    let mut res = match req.app_data::<web::Data<AppState>>() {
        Some(state) if !super::public::wants_json(req) => {
            super::public::error_page(state, locale, &error)
        }
        _ => error.error_response(),
    };
    // The rest of an unread body is not worth waiting for.
    res.head_mut()
        .set_connection_type(actix_web::http::ConnectionType::Close);
    res
}

/// A refusal made after the request was handed on, returned as an error so actix-web
/// answers with it.
#[derive(Debug)]
struct Refusal {
    status: StatusCode,
    headers: actix_web::http::header::HeaderMap,
    body: actix_web::web::Bytes,
}

impl Refusal {
    async fn from_response(res: HttpResponse) -> Refusal {
        let status = res.status();
        let headers = res.headers().clone();
        let body = actix_web::body::to_bytes(res.into_body())
            .await
            .unwrap_or_default();
        Refusal {
            status,
            headers,
            body,
        }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "request refused with {}", self.status)
    }
}

impl ResponseError for Refusal {
    fn status_code(&self) -> StatusCode {
        self.status
    }

    fn error_response(&self) -> HttpResponse {
        let mut builder = HttpResponse::build(self.status);
        for (name, value) in &self.headers {
            builder.insert_header((name.clone(), value.clone()));
        }
        // Returned as an error, this answer passes no middleware: it carries the headers
        // every answer carries itself.
        for header in super::SECURITY_HEADERS {
            builder.insert_header(header);
        }
        let mut res = builder.body(self.body.clone());
        res.head_mut()
            .set_connection_type(actix_web::http::ConnectionType::Close);
        res
    }
}

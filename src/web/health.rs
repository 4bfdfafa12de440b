use actix_web::{HttpRequest, HttpResponse, get, web};

use crate::AppState;
use crate::error::{AppError, ErrorCode};

/// The process is up.
#[utoipa::path(get, path = "/healthz", responses((status = 200, description = "alive")))]
#[get("/healthz")]
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().content_type("text/plain").body("ok")
}

/// The index has caught up with the store and follows its feed: this node may take traffic.
#[utoipa::path(get, path = "/readyz", responses((status = 200, description = "ready"),
    (status = 503, description = "not_ready (starting) or read_only (the database is out of reach; search still serves)", body = super::openapi::ErrorBody)))]
#[get("/readyz")]
pub async fn readyz(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let locale = crate::i18n::negotiate(&req);
    if !state.is_ready() {
        return Err(AppError::new(ErrorCode::NotReady).in_locale(locale));
    }
    // Serving search from an index that may be missing approvals made meanwhile.
    if !state.is_feed_current() {
        return Err(AppError::new(ErrorCode::ReadOnly).in_locale(locale));
    }
    Ok(HttpResponse::Ok().content_type("text/plain").body("ready"))
}

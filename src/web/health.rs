use actix_web::{HttpRequest, HttpResponse, get, web};

use crate::AppState;
use crate::error::{AppError, ErrorCode};

/// The process is up.
#[utoipa::path(get, path = "/healthz", responses((status = 200, description = "alive")))]
#[get("/healthz")]
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().content_type("text/plain").body("ok")
}

/// The index has caught up with the store: this node may take traffic.
#[utoipa::path(get, path = "/readyz", responses((status = 200, description = "ready"),
    (status = 503, description = "not_ready", body = super::openapi::ErrorBody)))]
#[get("/readyz")]
pub async fn readyz(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    if state.is_ready() {
        Ok(HttpResponse::Ok().content_type("text/plain").body("ready"))
    } else {
        Err(AppError::new(ErrorCode::NotReady).in_locale(crate::i18n::negotiate(&req)))
    }
}

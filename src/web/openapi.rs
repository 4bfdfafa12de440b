//! The OpenAPI 3.1 document, generated from the handlers and types.

use actix_web::{HttpResponse, get};
use utoipa::OpenApi;

use crate::error::ErrorCode;

/// Every error body: a stable code (also a Fluent id, `error-<code>`) and a message in
/// the request's locale; place errors add `suggestions` or `choices`.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    pub error: ErrorCode,
    pub message: String,
    pub suggestions: Option<Vec<String>>,
    pub choices: Option<Vec<crate::place::Place>>,
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Faro API",
        description = "Find vetted help for migrant children by need, place and language."
    ),
    paths(
        super::api::search,
        super::api::service,
        super::api::organization,
        super::api::places,
        super::api::needs,
        super::api::languages,
        super::route_api::route,
        super::health::healthz,
        super::health::readyz,
    ),
    components(schemas(ErrorBody, ErrorCode))
)]
pub struct ApiDoc;

#[utoipa::path(get, path = "/api/v1/openapi.json", responses((status = 200, body = Object)))]
#[get("/openapi.json")]
pub async fn document() -> HttpResponse {
    HttpResponse::Ok().json(ApiDoc::openapi())
}

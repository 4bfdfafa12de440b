//! The JSON API under `/api/v1` (DESIGN.md, Contracts).

use actix_web::{HttpRequest, HttpResponse, get, web};
use serde::Serialize;
use serde_json::json;
use uuid::Uuid;

use super::params::{SearchParams, parse_search};
use super::view::{SearchResponse, organization_view, result_view, service_view};
use crate::AppState;
use crate::error::{AppError, ErrorCode};
use crate::i18n;
use crate::place::{Place, Resolution};

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/api/v1")
            .service(search)
            .service(service)
            .service(organization)
            .service(places)
            .service(needs)
            .service(languages)
            .service(super::route_api::route)
            .service(super::openapi::document),
    );
}

/// About what one result takes in JSON, with its channels.
const RESULT_BYTES: usize = 2_048;

fn not_ready(state: &AppState, locale: &'static str) -> Result<(), AppError> {
    if state.is_ready() {
        Ok(())
    } else {
        Err(AppError::new(ErrorCode::NotReady).in_locale(locale))
    }
}

/// Resolves `place`, turning "no such place" and "which one?" into clear errors.
pub fn resolve_place(state: &AppState, input: &str) -> Result<Place, AppError> {
    match state.places.resolve(input) {
        Resolution::Found(place) => Ok(place),
        Resolution::Ambiguous(choices) => Err(AppError::new(ErrorCode::AmbiguousPlace)
            .arg("input", input)
            .with("choices", json!(choices))),
        Resolution::NotFound { suggestions } => Err(AppError::new(ErrorCode::UnknownPlace)
            .arg("input", input)
            .with("suggestions", json!(suggestions))),
    }
}

/// Find services by need, place and language.
#[utoipa::path(
    get,
    path = "/api/v1/search",
    params(SearchParams),
    responses(
        (status = 200, body = SearchResponse),
        (status = 400, description = "invalid_parameter, unknown_need or unknown_language", body = super::openapi::ErrorBody),
        (status = 422, description = "unknown_place (with suggestions) or ambiguous_place (with choices)", body = super::openapi::ErrorBody),
        (status = 503, description = "not_ready", body = super::openapi::ErrorBody),
    )
)]
#[get("/search")]
async fn search(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let locale = i18n::negotiate(&req);
    let run = async {
        not_ready(&state, locale)?;
        let params = parse_search(req.query_string(), &state)?;
        let place = params
            .place
            .as_deref()
            .map(|p| resolve_place(&state, p))
            .transpose()?;
        let mut query = params.query;
        query.locale = locale.to_string();
        // A search is a fraction of a millisecond of work with nothing to wait on: it runs
        // on the worker, where a hop to the blocking pool would cost more than the search.
        let now = chrono::Utc::now();
        let hits = state.index.search(&query, place.as_ref(), now)?;
        let zone = place
            .as_ref()
            .and_then(|p| p.timezone.as_deref())
            .and_then(|z| z.parse().ok());
        let response = SearchResponse {
            place: place.as_ref(),
            total: hits.total,
            page: query.page,
            per_page: query.per_page,
            results: hits
                .results
                .iter()
                .map(|h| result_view(h, locale, zone, now))
                .collect(),
        };
        // Sized for a full page, so the body is written once rather than grown and copied.
        let mut body = Vec::with_capacity(RESULT_BYTES * (response.results.len() + 1));
        serde_json::to_writer(&mut body, &response).expect("search responses serialize");
        Ok(HttpResponse::Ok()
            .insert_header(("Content-Language", locale))
            .content_type(actix_web::http::header::ContentType::json())
            .body(body))
    };
    run.await.map_err(|e: AppError| e.in_locale(locale))
}

/// One service with its organization's sources. Confidential addresses are never included.
#[utoipa::path(get, path = "/api/v1/services/{id}", params(("id" = Uuid, Path)),
    responses((status = 200, body = Object), (status = 404, description = "not_found", body = super::openapi::ErrorBody)))]
#[get("/services/{id}")]
async fn service(
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let locale = i18n::negotiate(&req);
    let run = async {
        let (org, position) = super::find_service(&state, &id).await?;
        // A service on hold has left the API until a moderator releases it.
        if org.services[position].hold.is_some() {
            return Err(AppError::new(ErrorCode::NotFound));
        }
        Ok(HttpResponse::Ok().json(service_view(&org, &org.services[position], &state.places)))
    };
    run.await.map_err(|e: AppError| e.in_locale(locale))
}

/// One organization as the public sees it: the current approved revision.
#[utoipa::path(get, path = "/api/v1/organizations/{id}", params(("id" = Uuid, Path)),
    responses((status = 200, body = Object), (status = 404, description = "not_found", body = super::openapi::ErrorBody)))]
#[get("/organizations/{id}")]
async fn organization(
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let locale = i18n::negotiate(&req);
    let run = async {
        let id = Uuid::parse_str(&id).map_err(|_| AppError::new(ErrorCode::NotFound))?;
        let current = state
            .store
            .current(id)
            .await?
            .ok_or(AppError::new(ErrorCode::NotFound))?;
        if current.document.withdrawn {
            return Err(AppError::new(ErrorCode::NotFound));
        }
        Ok(HttpResponse::Ok().json(organization_view(&current.document, &state.places)))
    };
    run.await.map_err(|e: AppError| e.in_locale(locale))
}

#[derive(serde::Deserialize, utoipa::IntoParams)]
struct PlacesParams {
    /// What the person has typed so far.
    q: String,
}

/// Place autocomplete: ZIPs, states and cities starting with `q`.
#[utoipa::path(get, path = "/api/v1/places", params(PlacesParams),
    responses((status = 200, body = Vec<Place>), (status = 400, description = "invalid_parameter", body = super::openapi::ErrorBody)))]
#[get("/places")]
async fn places(
    req: HttpRequest,
    state: web::Data<AppState>,
    params: web::Query<PlacesParams>,
) -> Result<HttpResponse, AppError> {
    let locale = i18n::negotiate(&req);
    let q = &params.q;
    if q.chars().count() > 100 {
        return Err(AppError::invalid("q", "at most 100 characters").in_locale(locale));
    }
    Ok(HttpResponse::Ok().json(state.places.complete(q, 10)))
}

#[derive(Serialize, utoipa::ToSchema)]
struct NeedView {
    id: String,
    name: String,
    description: String,
    /// Whether the name in this locale is an unreviewed draft.
    draft: bool,
}

/// The needs a search can filter on, named in the request's locale.
#[utoipa::path(get, path = "/api/v1/needs", responses((status = 200, body = Vec<NeedView>)))]
#[get("/needs")]
async fn needs(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let locale = i18n::negotiate(&req);
    let needs: Vec<NeedView> = state
        .taxonomy
        .needs
        .iter()
        .map(|n| NeedView {
            id: n.id.clone(),
            name: n.name.text(locale).to_string(),
            description: n.description.text(locale).to_string(),
            draft: n
                .name
                .best(locale)
                .is_some_and(|e| e.status() == crate::model::TextStatus::Draft),
        })
        .collect();
    HttpResponse::Ok()
        .insert_header(("Content-Language", locale))
        .json(needs)
}

/// The language table: ISO 639-3 codes, autonyms, UI locales, SMS words.
#[utoipa::path(get, path = "/api/v1/languages", responses((status = 200, body = Vec<crate::data::Language>)))]
#[get("/languages")]
async fn languages(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok().json(&state.languages.languages)
}

//! The HSDS 3.0 API under `/hsds` (Open Referral's openapi.json): services,
//! organizations, services at locations and Faro's taxonomies, in pages.
//!
//! Records are the ones `faro export --format hsds-json` writes, from the store's
//! public documents; `search`, `postcode` and `proximity` ask the search index, so they
//! match, cover and measure exactly as Faro's own search does.

mod filter;
mod page;

use actix_web::{HttpRequest, HttpResponse, get, web};
use serde::Serialize;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::AppState;
use crate::error::{AppError, ErrorCode};
use crate::hsds::taxonomy;
use crate::hsds::types::{Organization, Service, ServiceAtLocation, Taxonomy, TaxonomyTerm};
use crate::i18n;
use filter::{directory, find, matching_services, rank};
use page::{Params, check_format, flat, page, parse_id};

/// Where the specification publishes the OpenAPI document this API follows.
const OPENAPI_URL: &str =
    "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json";

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/hsds")
            .service(about)
            .service(list_services)
            .service(get_service)
            .service(list_organizations)
            .service(get_organization)
            .service(list_service_at_locations)
            .service(get_service_at_location)
            .service(list_taxonomies)
            .service(get_taxonomy)
            .service(list_taxonomy_terms)
            .service(get_taxonomy_term),
    );
}

fn with_organization(org: &Organization, service: &Service) -> Service {
    let mut service = service.clone();
    service.organization = Some(Box::new(Organization {
        services: Vec::new(),
        ..org.clone()
    }));
    service
}

fn not_found() -> AppError {
    AppError::new(ErrorCode::NotFound)
}

/// Runs a handler's body and answers its errors in the request's locale.
async fn answer(
    req: &HttpRequest,
    body: impl Future<Output = Result<Value, AppError>>,
) -> Result<HttpResponse, AppError> {
    let locale = i18n::negotiate(req);
    match body.await {
        Ok(value) => Ok(HttpResponse::Ok().json(value)),
        Err(e) => Err(e.in_locale(locale)),
    }
}

fn to_json(value: impl Serialize) -> Value {
    serde_json::to_value(value).expect("records serialize")
}

/// What this API is: the HSDS version and the OpenAPI document it answers to.
#[get("/")]
async fn about() -> HttpResponse {
    HttpResponse::Ok().json(json!({ "version": "3.0", "openapi_url": OPENAPI_URL }))
}

#[get("/services")]
async fn list_services(
    req: HttpRequest,
    state: web::Data<AppState>,
    params: web::Query<Params>,
) -> Result<HttpResponse, AppError> {
    answer(&req, async {
        let found = find(&state, &params).await?;
        let matching = matching_services(&state, &params).await?;
        let list: Vec<Value> = rank(matching, found.as_ref(), |f, (_, s)| f.service(s.id))
            .iter()
            .map(|(org, s)| match params.full {
                Some(true) => to_json(with_organization(org, s)),
                _ => flat(s),
            })
            .collect();
        Ok(to_json(page(list, &params)?))
    })
    .await
}

#[get("/services/{id}")]
async fn get_service(
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    answer(&req, async {
        let id = Uuid::parse_str(&id).map_err(|_| not_found())?;
        let orgs = directory(&state).await?;
        let (org, service) = orgs
            .iter()
            .find_map(|o| o.services.iter().find(|s| s.id == id).map(|s| (o, s)))
            .ok_or_else(not_found)?;
        Ok(to_json(with_organization(org, service)))
    })
    .await
}

/// An organization with its services in full, or with their one-to-one fields only.
fn organization_view(org: &Organization, full_service: bool) -> Value {
    let mut value = to_json(Organization {
        services: Vec::new(),
        ..org.clone()
    });
    value["services"] = org
        .services
        .iter()
        .map(|s| if full_service { to_json(s) } else { flat(s) })
        .collect();
    value
}

#[get("/organizations")]
async fn list_organizations(
    req: HttpRequest,
    state: web::Data<AppState>,
    params: web::Query<Params>,
) -> Result<HttpResponse, AppError> {
    answer(&req, async {
        check_format(&params)?;
        let found = find(&state, &params).await?;
        let orgs = rank(directory(&state).await?, found.as_ref(), |f, o| {
            o.services.iter().filter_map(|s| f.service(s.id)).min()
        });
        let list: Vec<Value> = orgs
            .iter()
            .map(|o| match params.full {
                Some(true) => organization_view(o, params.full_service == Some(true)),
                _ => flat(o),
            })
            .collect();
        Ok(to_json(page(list, &params)?))
    })
    .await
}

#[get("/organizations/{id}")]
async fn get_organization(
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
    params: web::Query<Params>,
) -> Result<HttpResponse, AppError> {
    answer(&req, async {
        let id = Uuid::parse_str(&id).map_err(|_| not_found())?;
        let orgs = directory(&state).await?;
        let org = orgs.iter().find(|o| o.id == id).ok_or_else(not_found)?;
        Ok(organization_view(org, params.full_service == Some(true)))
    })
    .await
}

#[get("/service_at_locations")]
async fn list_service_at_locations(
    req: HttpRequest,
    state: web::Data<AppState>,
    params: web::Query<Params>,
) -> Result<HttpResponse, AppError> {
    answer(&req, async {
        let found = find(&state, &params).await?;
        let pairs: Vec<(Service, ServiceAtLocation)> = matching_services(&state, &params)
            .await?
            .into_iter()
            .flat_map(|(_, s)| {
                let sals = s.service_at_locations.clone();
                sals.into_iter().map(move |sal| (s.clone(), sal))
            })
            .collect();
        let pairs = rank(pairs, found.as_ref(), |f, (s, sal)| {
            f.at(s.id, sal.location_id)
        });
        let list: Vec<Value> = pairs
            .iter()
            .map(|(service, sal)| match params.full {
                Some(true) => to_json(sal),
                _ => {
                    let mut listed = flat(sal);
                    listed["location"] = sal.location.as_ref().map(flat).into();
                    listed["service"] = flat(service);
                    listed
                }
            })
            .collect();
        Ok(to_json(page(list, &params)?))
    })
    .await
}

/// The spec's openapi.json answers this with a service document (its response schema is
/// `compiled/service.json`), so the service comes whole, with its organization, and
/// with only the requested place among its `service_at_locations`.
#[get("/service_at_locations/{id}")]
async fn get_service_at_location(
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    answer(&req, async {
        let id = Uuid::parse_str(&id).map_err(|_| not_found())?;
        let orgs = directory(&state).await?;
        let (org, service, sal) = orgs
            .iter()
            .flat_map(|o| o.services.iter().map(move |s| (o, s)))
            .find_map(|(o, s)| {
                let sal = s.service_at_locations.iter().find(|sal| sal.id == id)?;
                Some((o, s, sal))
            })
            .ok_or_else(not_found)?;
        let mut service = with_organization(org, service);
        service.service_at_locations = vec![sal.clone()];
        Ok(to_json(service))
    })
    .await
}

/// Case-insensitive words in a name or description, for the small taxonomy lists.
fn mentions(params: &Params, texts: [&str; 2]) -> bool {
    let Some(words) = params.search.as_deref().map(str::to_lowercase) else {
        return true;
    };
    texts
        .iter()
        .any(|t| t.to_lowercase().contains(words.trim()))
}

#[get("/taxonomies")]
async fn list_taxonomies(
    req: HttpRequest,
    params: web::Query<Params>,
) -> Result<HttpResponse, AppError> {
    answer(&req, async {
        check_format(&params)?;
        let list: Vec<Taxonomy> = taxonomy::taxonomies()
            .into_iter()
            .filter(|t| mentions(&params, [t.name.as_str(), t.description.as_str()]))
            .collect();
        Ok(to_json(page(list, &params)?))
    })
    .await
}

#[get("/taxonomies/{id}")]
async fn get_taxonomy(req: HttpRequest, id: web::Path<String>) -> Result<HttpResponse, AppError> {
    answer(&req, async {
        let t = taxonomy::taxonomies()
            .into_iter()
            .find(|t| t.id.to_string() == *id)
            .ok_or_else(not_found)?;
        Ok(to_json(t))
    })
    .await
}

#[get("/taxonomy_terms")]
async fn list_taxonomy_terms(
    req: HttpRequest,
    state: web::Data<AppState>,
    params: web::Query<Params>,
) -> Result<HttpResponse, AppError> {
    answer(&req, async {
        check_format(&params)?;
        let tax = params
            .taxonomy_id
            .as_deref()
            .map(|t| parse_id("taxonomy_id", t))
            .transpose()?;
        let parent = params
            .parent_id
            .as_deref()
            .map(|p| parse_id("parent_id", p))
            .transpose()?;
        // Faro's terms are all top-level: none has a parent, and `top_only` keeps them all.
        let list: Vec<TaxonomyTerm> = taxonomy::terms(&state.taxonomy.needs)
            .into_iter()
            .filter(|t| tax.is_none_or(|x| x == t.taxonomy_id))
            .filter(|_| parent.is_none())
            .filter(|t| mentions(&params, [t.name.as_str(), t.description.as_str()]))
            .collect();
        Ok(to_json(page(list, &params)?))
    })
    .await
}

#[get("/taxonomy_terms/{id}")]
async fn get_taxonomy_term(
    req: HttpRequest,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    answer(&req, async {
        let t = taxonomy::terms(&state.taxonomy.needs)
            .into_iter()
            .find(|t| t.id.to_string() == *id)
            .ok_or_else(not_found)?;
        Ok(to_json(t))
    })
    .await
}

//! The HSDS 3.0 API under `/hsds` (Open Referral's openapi.json): services,
//! organizations, services at locations and Faro's taxonomies, in pages.
//!
//! Records are the ones `faro export --format hsds-json` writes, from the store's
//! public documents; `search`, `postcode` and `proximity` ask the search index, so they
//! match, cover and measure exactly as Faro's own search does.

use std::collections::HashSet;

use actix_web::{HttpRequest, HttpResponse, get, web};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::AppState;
use crate::error::{AppError, ErrorCode};
use crate::hsds::types::{Organization, Service, ServiceAtLocation, Taxonomy, TaxonomyTerm};
use crate::hsds::{map, taxonomy};
use crate::i18n;
use crate::place::DistanceBand;
use crate::search::SearchQuery;

const DEFAULT_PER_PAGE: usize = 20;
const MAX_PER_PAGE: usize = 50;

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
            .service(list_taxonomies)
            .service(get_taxonomy)
            .service(list_taxonomy_terms)
            .service(get_taxonomy_term),
    );
}

/// The query parameters of the specification's list endpoints; each endpoint reads the
/// ones its path defines.
#[derive(Deserialize, Default)]
struct Params {
    search: Option<String>,
    page: Option<usize>,
    per_page: Option<usize>,
    format: Option<String>,
    taxonomy_term_id: Option<String>,
    taxonomy_id: Option<String>,
    organization_id: Option<String>,
    modified_after: Option<String>,
    full: Option<bool>,
    full_service: Option<bool>,
    postcode: Option<String>,
    proximity: Option<String>,
    parent_id: Option<String>,
}

#[derive(Serialize)]
struct Page<T> {
    total_items: usize,
    total_pages: usize,
    page_number: usize,
    size: usize,
    first_page: bool,
    last_page: bool,
    empty: bool,
    contents: Vec<T>,
}

fn page<T>(items: Vec<T>, params: &Params) -> Result<Page<T>, AppError> {
    let per_page = params.per_page.unwrap_or(DEFAULT_PER_PAGE);
    if !(1..=MAX_PER_PAGE).contains(&per_page) {
        return Err(AppError::invalid(
            "per_page",
            format!("1 to {MAX_PER_PAGE}"),
        ));
    }
    let number = params.page.unwrap_or(1);
    if number == 0 {
        return Err(AppError::invalid("page", "pages start at 1"));
    }
    let total_items = items.len();
    let total_pages = total_items.div_ceil(per_page);
    let contents: Vec<T> = items
        .into_iter()
        .skip((number - 1) * per_page)
        .take(per_page)
        .collect();
    Ok(Page {
        total_items,
        total_pages,
        page_number: number,
        size: contents.len(),
        first_page: number == 1,
        last_page: number >= total_pages,
        empty: total_items == 0,
        contents,
    })
}

/// A record's one-to-one fields: what the specification's list forms hold.
fn flat(record: &impl Serialize) -> Value {
    let mut value = serde_json::to_value(record).expect("records serialize");
    if let Value::Object(fields) = &mut value {
        fields.retain(|_, v| !v.is_array() && !v.is_object());
    }
    value
}

fn parse_id(parameter: &str, value: &str) -> Result<Uuid, AppError> {
    Uuid::parse_str(value).map_err(|_| AppError::invalid(parameter, "a UUID"))
}

/// Only JSON pages are served (`ndjson` streaming is not offered).
fn check_format(params: &Params) -> Result<(), AppError> {
    match params.format.as_deref() {
        None | Some("json") => Ok(()),
        Some(_) => Err(AppError::invalid("format", "json")),
    }
}

/// Every public organization as HSDS, in the store's order.
async fn directory(state: &AppState) -> Result<Vec<Organization>, AppError> {
    let orgs = crate::hsds::public(state.store.as_ref()).await?;
    Ok(orgs
        .iter()
        .map(|o| map::organization(o, &state.languages))
        .collect())
}

/// The organizations whose current revision was approved at or after `after`
/// (an RFC 3339 date-time or a date).
async fn modified_after(state: &AppState, after: &str) -> Result<HashSet<Uuid>, AppError> {
    let since = chrono::DateTime::parse_from_rfc3339(after)
        .map(|t| t.with_timezone(&chrono::Utc))
        .or_else(|_| {
            chrono::NaiveDate::parse_from_str(after, "%Y-%m-%d")
                .map(|d| d.and_time(chrono::NaiveTime::MIN).and_utc())
        })
        .map_err(|_| AppError::invalid("modified_after", "an RFC 3339 date-time or a date"))?;
    let mut ids = HashSet::new();
    for id in state.store.organization_ids().await? {
        let decided = state.store.current(id).await?.and_then(|r| r.decided_at);
        let at = decided.and_then(|d| chrono::DateTime::parse_from_rfc3339(&d).ok());
        if at.is_some_and(|t| t >= since) {
            ids.insert(id);
        }
    }
    Ok(ids)
}

/// What the search index found, best first: (service, location) pairs, a pair with no
/// location standing for the whole service.
struct Found {
    ranked: Vec<(Uuid, Option<Uuid>)>,
}

impl Found {
    /// The service's best rank, if it was found.
    fn service(&self, id: Uuid) -> Option<usize> {
        self.ranked.iter().position(|(s, _)| *s == id)
    }

    fn at(&self, service: Uuid, location: Uuid) -> Option<usize> {
        self.ranked
            .iter()
            .position(|pair| *pair == (service, Some(location)))
    }
}

/// Keeps what was found, best first; without a search, everything in the store's order.
fn rank<T>(
    items: Vec<T>,
    found: Option<&Found>,
    rank_of: impl Fn(&Found, &T) -> Option<usize>,
) -> Vec<T> {
    let Some(found) = found else {
        return items;
    };
    let mut ranked: Vec<(usize, T)> = items
        .into_iter()
        .filter_map(|item| rank_of(found, &item).map(|r| (r, item)))
        .collect();
    ranked.sort_by_key(|(r, _)| *r);
    ranked.into_iter().map(|(_, item)| item).collect()
}

/// The upper bound of a distance band: a confidential place is within `proximity` only
/// when its whole band is.
fn band_limit_km(band: DistanceBand) -> f64 {
    match band {
        DistanceBand::Within10Km => 10.0,
        DistanceBand::Within25Km => 25.0,
        DistanceBand::Within50Km => 50.0,
        DistanceBand::Within100Km => 100.0,
        DistanceBand::Over100Km => f64::INFINITY,
    }
}

/// Asks the index for `search` words and, for `postcode`, the services whose area covers
/// it (within `proximity` metres of it, when given). `None` when neither is asked.
async fn find(state: &AppState, params: &Params) -> Result<Option<Found>, AppError> {
    let text = params.search.clone().unwrap_or_default();
    if text.trim().is_empty() && params.postcode.is_none() {
        return Ok(None);
    }
    if text.chars().count() > 200 {
        return Err(AppError::invalid("search", "at most 200 characters"));
    }
    let place = params
        .postcode
        .as_deref()
        .map(|p| super::resolve_place(state, p))
        .transpose()?;
    let within_km = params
        .proximity
        .as_deref()
        .map(|p| match p.trim().parse::<f64>() {
            Ok(m) if m > 0.0 => Ok(m / 1000.0),
            _ => Err(AppError::invalid("proximity", "a distance in metres")),
        })
        .transpose()?;
    let index = state.index.clone();
    let query = SearchQuery {
        text,
        page: 1,
        per_page: index.num_docs().max(1) as usize,
        locale: i18n::FALLBACK.into(),
        ..SearchQuery::default()
    };
    let hits =
        web::block(move || index.search(&query, place.as_ref(), chrono::Utc::now())).await??;
    let ranked = hits
        .results
        .iter()
        .filter(|h| match within_km {
            None => true,
            Some(limit) => match (h.distance_km, h.distance_band) {
                (Some(km), _) => km <= limit,
                (None, Some(band)) => band_limit_km(band) <= limit,
                (None, None) => false,
            },
        })
        .map(|h| (h.card.service_id, h.card.location_id))
        .collect();
    Ok(Some(Found { ranked }))
}

/// The term ids a `taxonomy_term_id` or `taxonomy_id` filter accepts; `None` for no filter.
fn wanted_terms(state: &AppState, params: &Params) -> Result<Option<HashSet<Uuid>>, AppError> {
    if let Some(term) = &params.taxonomy_term_id {
        return Ok(Some(HashSet::from([parse_id("taxonomy_term_id", term)?])));
    }
    let Some(tax) = &params.taxonomy_id else {
        return Ok(None);
    };
    let tax = parse_id("taxonomy_id", tax)?;
    Ok(Some(
        taxonomy::terms(&state.taxonomy.needs)
            .into_iter()
            .filter(|t| t.taxonomy_id == tax)
            .map(|t| t.id)
            .collect(),
    ))
}

/// The services, each with its organization, that pass the filters every list shares.
async fn matching_services(
    state: &AppState,
    params: &Params,
) -> Result<Vec<(Organization, Service)>, AppError> {
    check_format(params)?;
    let org_id = params
        .organization_id
        .as_deref()
        .map(|o| parse_id("organization_id", o))
        .transpose()?;
    let terms = wanted_terms(state, params)?;
    let modified = match &params.modified_after {
        Some(after) => Some(modified_after(state, after).await?),
        None => None,
    };
    let mut out = Vec::new();
    for org in directory(state).await? {
        if org_id.is_some_and(|id| id != org.id)
            || modified.as_ref().is_some_and(|m| !m.contains(&org.id))
        {
            continue;
        }
        for service in &org.services {
            let tagged = terms.as_ref().is_none_or(|t| {
                service
                    .attributes
                    .iter()
                    .any(|a| t.contains(&a.taxonomy_term_id))
            });
            if tagged {
                out.push((org.clone(), service.clone()));
            }
        }
    }
    Ok(out)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_count_and_bound() {
        let params = Params {
            per_page: Some(2),
            page: Some(2),
            ..Params::default()
        };
        let p = page(vec![1, 2, 3, 4, 5], &params).unwrap();
        assert_eq!(
            (p.total_items, p.total_pages, p.size, p.contents.clone()),
            (5, 3, 2, vec![3, 4])
        );
        assert!(!p.first_page && !p.last_page && !p.empty);
        let empty = page(Vec::<u8>::new(), &Params::default()).unwrap();
        assert!(empty.empty && empty.first_page && empty.last_page);
        for bad in [
            Params {
                per_page: Some(51),
                ..Params::default()
            },
            Params {
                page: Some(0),
                ..Params::default()
            },
        ] {
            assert!(page(vec![1], &bad).is_err());
        }
    }
}

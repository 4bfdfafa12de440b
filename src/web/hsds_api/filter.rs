//! Which records a list holds: the store's public documents as HSDS, narrowed by the
//! specification's filters; `search`, `postcode` and `proximity` ask the search index.

use std::collections::HashSet;

use actix_web::web;
use uuid::Uuid;

use super::page::{Params, check_format, parse_id};
use crate::AppState;
use crate::error::AppError;
use crate::hsds::types::{Organization, Service};
use crate::hsds::{map, taxonomy};
use crate::i18n;
use crate::place::DistanceBand;
use crate::search::SearchQuery;

/// Every public organization as HSDS, in the store's order.
pub(super) async fn directory(state: &AppState) -> Result<Vec<Organization>, AppError> {
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
pub(super) struct Found {
    ranked: Vec<(Uuid, Option<Uuid>)>,
}

impl Found {
    /// The service's best rank, if it was found.
    pub(super) fn service(&self, id: Uuid) -> Option<usize> {
        self.ranked.iter().position(|(s, _)| *s == id)
    }

    pub(super) fn at(&self, service: Uuid, location: Uuid) -> Option<usize> {
        self.ranked
            .iter()
            .position(|pair| *pair == (service, Some(location)))
    }
}

/// Keeps what was found, best first; without a search, everything in the store's order.
pub(super) fn rank<T>(
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
pub(super) async fn find(state: &AppState, params: &Params) -> Result<Option<Found>, AppError> {
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
        .map(|p| crate::web::resolve_place(state, p))
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
pub(super) fn wanted_terms(
    state: &AppState,
    params: &Params,
) -> Result<Option<HashSet<Uuid>>, AppError> {
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
pub(super) async fn matching_services(
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

//! What the API returns: results with reasons, and public views of stored documents.

use serde::Serialize;
use uuid::Uuid;

use crate::hours::{OpenNow, open_now};
use crate::model::{
    Address, ChannelKind, Cost, LatLon, OperatorKind, Organization, Service, Telling, TextStatus,
    Verification, YesNoUnknown,
};
use crate::place::{DistanceBand, Gazetteer, Place};
use crate::search::{AreaSummary, ChannelCard, Hit};

#[derive(Serialize, utoipa::ToSchema)]
pub struct SearchResponse<'a> {
    pub place: Option<&'a Place>,
    pub total: usize,
    pub page: usize,
    pub per_page: usize,
    pub results: Vec<ResultView<'a>>,
}

// Borrows from the result's card: a page of results is written without copying it.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ResultView<'a> {
    pub service_id: Uuid,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location_id: Option<Uuid>,
    pub organization_id: Uuid,
    pub name: &'a str,
    pub organization_name: &'a str,
    /// The name is an unreviewed translation.
    pub name_draft: bool,
    pub description: &'a str,
    pub needs: &'a [String],
    pub operator_kind: OperatorKind,
    pub cost: Cost,
    pub area: &'a AreaSummary,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state_line: Option<&'a str>,
    /// Why this result matched: matches_words, meets_need, serves_nationwide,
    /// serves_your_state, serves_your_county, serves_your_area, state_reporting_line,
    /// speaks_your_language, offers_interpretation, near_you, open_now.
    pub reasons: &'a [&'static str],
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distance_km: Option<f64>,
    /// For confidential places: how far, never exactly.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distance_band: Option<DistanceBand>,
    /// Never present for a confidential place.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub address: Option<&'a Address>,
    /// Exact only for public walk-in places; absent for confidential ones.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub point: Option<LatLon>,
    pub open_now: OpenNow,
    pub channels: Vec<ChannelView<'a>>,
    pub verification: &'a Verification,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ChannelView<'a> {
    pub id: Uuid,
    pub kind: ChannelKind,
    pub contact: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<&'a str>,
    /// The SMS keyword in the request's locale, if the line has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keyword: Option<&'a str>,
    #[schema(value_type = Object)]
    pub reach: &'a crate::model::Reach,
    /// Staff languages; absent when the sources do not say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub languages: Option<&'a [String]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interpretation: Option<&'a str>,
    #[schema(value_type = Object)]
    pub hours: &'a crate::model::Schedule,
    pub open_now: OpenNow,
    pub confidentiality: ConfidentialityView,
    pub verification: &'a Verification,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ConfidentialityView {
    pub tells_police: Telling,
    pub tells_cps: Telling,
    pub tells_immigration: Telling,
    pub anonymous_ok: YesNoUnknown,
}

/// `caller_zone` is the person's time zone, for hours kept in the caller's local time.
pub fn result_view<'a>(
    hit: &'a Hit,
    locale: &str,
    caller_zone: Option<chrono_tz::Tz>,
    now: chrono::DateTime<chrono::Utc>,
) -> ResultView<'a> {
    let card = &hit.card;
    ResultView {
        service_id: card.service_id,
        location_id: card.location_id,
        organization_id: card.organization_id,
        name: card.name.text(locale),
        organization_name: card.organization_name.text(locale),
        name_draft: card
            .name
            .best(locale)
            .is_some_and(|e| e.status() == TextStatus::Draft),
        description: card.description.text(locale),
        needs: &card.needs,
        operator_kind: card.operator_kind,
        cost: card.cost,
        area: &card.area,
        state_line: card.state_line.as_deref(),
        reasons: &hit.reasons,
        distance_km: hit.distance_km,
        distance_band: hit.distance_band,
        address: if card.confidential {
            None
        } else {
            card.address.as_ref()
        },
        point: if card.confidential { None } else { card.point },
        open_now: hit.open_now,
        channels: card
            .channels
            .iter()
            .map(|c| channel_view(c, locale, caller_zone, now))
            .collect(),
        verification: &card.verification,
    }
}

fn channel_view<'a>(
    c: &'a ChannelCard,
    locale: &str,
    zone: Option<chrono_tz::Tz>,
    now: chrono::DateTime<chrono::Utc>,
) -> ChannelView<'a> {
    ChannelView {
        id: c.id,
        kind: c.kind,
        contact: &c.contact,
        label: (!c.label.is_empty()).then(|| c.label.text(locale)),
        keyword: c.keyword(locale),
        reach: &c.reach,
        languages: c.languages.as_deref(),
        interpretation: c.interpretation.as_ref().map(|i| i.text(locale)),
        hours: &c.hours,
        open_now: open_now(&c.hours, now, zone),
        confidentiality: ConfidentialityView {
            tells_police: c.tells_police,
            tells_cps: c.tells_cps,
            tells_immigration: c.tells_immigration,
            anonymous_ok: c.anonymous_ok,
        },
        verification: &c.verification,
    }
}

/// A document as the public may see it: confidential places lose their street, ZIP
/// and exact point, keeping only city and state.
pub fn redact(org: &Organization) -> Organization {
    let mut org = org.clone();
    for service in &mut org.services {
        for location in service
            .locations
            .iter_mut()
            .filter(|l| l.confidential_address)
        {
            location.address.value.street = None;
            location.address.value.zip = String::new();
            location.point = None;
        }
    }
    org
}

/// What the public may see of an organization: services and channels on hold have left
/// the site and the API until a moderator releases them.
pub fn without_holds(org: &Organization) -> Organization {
    let mut org = org.clone();
    org.services.retain(|s| s.hold.is_none());
    for service in &mut org.services {
        service.channels.retain(|c| c.hold.is_none());
    }
    org
}

/// `id` fields filled in, so clients can link without knowing the derivation.
fn with_ids(org: &Organization, places: &Gazetteer) -> serde_json::Value {
    let org = &without_holds(org);
    let mut value = serde_json::to_value(redact(org)).expect("documents serialize");
    value["id"] = serde_json::json!(org.uuid());
    for (i, service) in org.services.iter().enumerate() {
        let s = &mut value["services"][i];
        s["id"] = serde_json::json!(org.service_uuid(service));
        for (j, channel) in service.channels.iter().enumerate() {
            s["channels"][j]["id"] = serde_json::json!(org.channel_uuid(service, channel));
        }
        for (j, location) in service.locations.iter().enumerate() {
            s["locations"][j]["id"] = serde_json::json!(org.location_uuid(service, location));
            if location.confidential_address {
                // The county is the finest place a confidential location is known by.
                let county = places
                    .zip(&location.address.value.zip)
                    .and_then(|z| z.county.clone());
                s["locations"][j]["county"] = serde_json::json!(county);
            }
        }
    }
    value
}

pub fn organization_view(org: &Organization, places: &Gazetteer) -> serde_json::Value {
    with_ids(org, places)
}

pub fn service_view(
    org: &Organization,
    service: &Service,
    places: &Gazetteer,
) -> serde_json::Value {
    let full = with_ids(org, places);
    let index = org
        .services
        .iter()
        .position(|s| s.slug == service.slug)
        .unwrap_or(0);
    serde_json::json!({
        "service": full["services"][index],
        "organization": {
            "id": org.uuid(),
            "name": org.name,
            "website": org.website,
            "sources": org.sources,
        },
    })
}

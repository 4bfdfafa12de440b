use std::collections::BTreeMap;

use geo::{BoundingRect, Intersects};
use serde::{Deserialize, Serialize};
use tantivy::TantivyDocument;
use uuid::Uuid;

use super::area;
use super::schema::{Fields, STEMMED};
use crate::data::Taxonomy;
use crate::model::{
    Address, Channel, ChannelKind, Cost, Knowable, LatLon, LocalizedText, Location, OperatorKind,
    Organization, Reach, Schedule, Service, ServiceArea, Status, Telling, Verification,
    YesNoUnknown,
};
use crate::place::{Gazetteer, parse_area_polygon};

/// What a result shows, prepared at index time and stored with the document.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Card {
    pub service_id: Uuid,
    pub location_id: Option<Uuid>,
    pub organization_id: Uuid,
    pub organization_name: LocalizedText,
    pub name: LocalizedText,
    pub description: LocalizedText,
    pub needs: Vec<String>,
    pub operator_kind: OperatorKind,
    pub cost: Cost,
    pub area: AreaSummary,
    /// Set only for a reporting line: the state it serves.
    pub state_line: Option<String>,
    /// False for a state reporting entry that says the state has no statewide line.
    #[serde(default = "statewide_default")]
    pub statewide: bool,
    pub staff_languages: Vec<String>,
    pub confidential: bool,
    /// Exact for public places; the ZIP's or county's centroid for confidential ones.
    pub point: Option<LatLon>,
    /// Never present for a confidential location.
    pub address: Option<Address>,
    pub channels: Vec<ChannelCard>,
    /// A moderator is checking this service: it is shown only as "being checked".
    #[serde(default)]
    pub on_hold: bool,
    pub verification: Verification,
}

fn statewide_default() -> bool {
    true
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct AreaSummary {
    /// national | states | counties | radius | polygon
    pub kind: String,
    pub states: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub km: Option<f64>,
    /// The area's GeoJSON, checked against the person's point after the index query.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(ignore)]
    pub polygon: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ChannelCard {
    pub id: Uuid,
    pub kind: ChannelKind,
    pub contact: String,
    pub label: LocalizedText,
    pub keywords: BTreeMap<String, String>,
    pub reach: Reach,
    pub languages: Option<Vec<String>>,
    pub interpretation: Option<LocalizedText>,
    pub hours: Schedule,
    pub tells_police: Telling,
    pub tells_cps: Telling,
    pub tells_immigration: Telling,
    pub anonymous_ok: YesNoUnknown,
    #[serde(default)]
    pub what_happens: Option<LocalizedText>,
    pub verification: Verification,
}

impl ChannelCard {
    /// The SMS keyword in `locale`, else in English.
    pub fn keyword(&self, locale: &str) -> Option<&str> {
        self.keywords
            .get(locale)
            .or_else(|| self.keywords.get("en"))
            .map(String::as_str)
    }
}

/// What one index document describes: a service at one of its locations, or a service
/// without locations (a hotline has no point).
pub type Listing<'a> = (&'a Service, Option<&'a Location>);

pub fn listings(org: &Organization) -> Vec<Listing<'_>> {
    if org.withdrawn {
        return Vec::new();
    }
    let mut out = Vec::new();
    for service in &org.services {
        if service.locations.is_empty() {
            out.push((service, None));
        }
        out.extend(service.locations.iter().map(|l| (service, Some(l))));
    }
    out
}

/// The index documents of one organization, one per listing.
pub fn documents(
    org: &Organization,
    taxonomy: &Taxonomy,
    places: &Gazetteer,
    fields: &Fields,
) -> Vec<TantivyDocument> {
    listings(org)
        .into_iter()
        .map(|(service, location)| document(org, service, location, taxonomy, places, fields))
        .collect()
}

/// Where a full build puts a listing: nationwide services first, then by state, then along
/// a Z-order curve. A search at one place then reads a few runs of neighbouring documents
/// instead of windows spread over the whole index.
pub fn build_order((service, location): Listing<'_>, places: &Gazetteer) -> u64 {
    let anchor = match &service.area {
        ServiceArea::National => return 0,
        ServiceArea::States { states } => location
            .map(|l| l.address.value.state.clone())
            .or_else(|| states.first().cloned()),
        ServiceArea::Counties { counties } => counties
            .first()
            .and_then(|c| places.county(c))
            .map(|c| c.state.clone()),
        _ => location.map(|l| l.address.value.state.clone()),
    };
    let state = anchor.and_then(|code| {
        places
            .states()
            .iter()
            .position(|s| s.code == code)
            .map(|rank| (rank, &places.states()[rank]))
    });
    let Some((rank, state)) = state else {
        return u64::MAX;
    };
    let point = location
        .and_then(|l| location_point(l, places))
        .unwrap_or(state.point);
    1 << 62 | (rank as u64) << 32 | u64::from(z_order(point))
}

/// Interleaves the bits of the point's latitude and longitude, 16 each.
fn z_order(p: LatLon) -> u32 {
    let scale =
        |v: f64, range: f64| ((v + range) / (2.0 * range) * 65_535.0).clamp(0.0, 65_535.0) as u32;
    let (lat, lon) = (scale(p.lat, 90.0), scale(p.lon, 180.0));
    (0..16).fold(0, |z, bit| {
        z | ((lat >> bit) & 1) << (2 * bit + 1) | ((lon >> bit) & 1) << (2 * bit)
    })
}

pub fn document(
    org: &Organization,
    service: &Service,
    location: Option<&Location>,
    taxonomy: &Taxonomy,
    places: &Gazetteer,
    fields: &Fields,
) -> TantivyDocument {
    let service_id = org.service_uuid(service);
    let location_id = location.map(|l| org.location_uuid(service, l));
    let point = location.and_then(|l| location_point(l, places));
    let (area, area_terms) = area_terms(service, places);

    let mut doc = TantivyDocument::default();
    doc.add_text(fields.service_id, service_id.to_string());
    doc.add_text(fields.org_id, org.uuid().to_string());

    let texts = [
        &org.name,
        &org.description,
        &service.name,
        &service.description,
    ];
    for (i, (locale, _)) in STEMMED.iter().enumerate() {
        for text in texts {
            if let Some(t) = text.get(locale) {
                doc.add_text(fields.text[i], t);
            }
        }
        for need in taxonomy
            .needs
            .iter()
            .filter(|n| service.needs.contains(&n.id))
        {
            if let Some(name) = need.name.get(locale) {
                doc.add_text(fields.text[i], name);
            }
            for synonym in need.synonyms.get(*locale).into_iter().flatten() {
                doc.add_text(fields.text[i], synonym);
            }
        }
    }
    let stemmed = |locale: &str| STEMMED.iter().any(|(l, _)| *l == locale);
    for text in texts {
        for (locale, entry) in text.entries() {
            if !stemmed(locale) {
                doc.add_text(fields.text_generic, entry.text());
            }
        }
    }
    for need in taxonomy
        .needs
        .iter()
        .filter(|n| service.needs.contains(&n.id))
    {
        for (locale, words) in &need.synonyms {
            if !stemmed(locale) {
                for w in words {
                    doc.add_text(fields.text_generic, w);
                }
            }
        }
    }
    if let Some(l) = location {
        let a = &l.address.value;
        // A confidential place is found by its city, never by its street.
        doc.add_text(fields.text_generic, format!("{} {}", a.city, a.state));
        if !l.confidential_address
            && let Some(street) = &a.street
        {
            doc.add_text(fields.text_generic, street);
        }
    }

    for need in &service.needs {
        doc.add_text(fields.needs, need);
    }
    for audience in &service.audiences {
        doc.add_text(fields.audiences, audience.as_str());
    }
    doc.add_text(fields.cost, service.cost.value.as_str());
    for channel in service.channels.iter().filter(|c| c.hold.is_none()) {
        doc.add_text(fields.channels, channel.kind.as_str());
    }
    if service.hold.is_some() {
        doc.add_text(fields.held, "yes");
    }
    for lang in service.staff_languages() {
        doc.add_text(fields.langs, lang);
    }
    if service
        .channels
        .iter()
        .any(|c| c.interpretation.as_ref().is_some_and(|i| i.is_known()))
    {
        doc.add_text(fields.interpretation, "yes");
    }
    for term in &area_terms {
        doc.add_text(fields.areas, term);
    }
    if let Some(p) = point {
        doc.add_f64(fields.lat, p.lat);
        doc.add_f64(fields.lon, p.lon);
    }
    let radius = match &service.area {
        ServiceArea::Radius { km, .. } => *km,
        _ => 0.0,
    };
    doc.add_f64(fields.radius_km, radius);
    let confidential = location.is_some_and(|l| l.confidential_address);
    let walk_in = location.is_some()
        && !confidential
        && service
            .channels
            .iter()
            .any(|c| c.kind == ChannelKind::WalkIn);
    doc.add_u64(fields.walk_in, u64::from(walk_in));
    doc.add_u64(
        fields.enforcement,
        u64::from(service.operator_kind == OperatorKind::ImmigrationEnforcement),
    );

    let card = Card {
        service_id,
        location_id,
        organization_id: org.uuid(),
        organization_name: org.name.clone(),
        name: service.name.clone(),
        description: service.description.clone(),
        needs: service.needs.clone(),
        operator_kind: service.operator_kind,
        cost: service.cost.value,
        area,
        state_line: service.state_line.as_ref().map(|s| s.state.clone()),
        statewide: service
            .state_line
            .as_ref()
            .is_none_or(|s| s.statewide.value),
        staff_languages: service.staff_languages(),
        confidential,
        point,
        address: location
            .filter(|l| !l.confidential_address)
            .map(|l| l.address.value.clone()),
        // A channel on hold is not offered anywhere until it is released.
        channels: service
            .channels
            .iter()
            .filter(|c| c.hold.is_none())
            .map(|c| channel_card(org, service, c))
            .collect(),
        verification: primary_verification(org, service),
        on_hold: service.hold.is_some(),
    };
    doc.add_text(
        fields.card,
        serde_json::to_string(&card).expect("cards serialize"),
    );
    doc
}

/// An exact point only for public places; a confidential one keeps its ZIP's (or, lacking
/// that, its county's) centroid and never its own.
fn location_point(l: &Location, places: &Gazetteer) -> Option<LatLon> {
    let zip = places.zip(&l.address.value.zip);
    if l.confidential_address {
        return zip.and_then(|z| z.point).or_else(|| {
            zip.and_then(|z| z.county_fips.as_deref())
                .and_then(|f| places.county(f))
                .map(|c| LatLon {
                    lat: c.lat,
                    lon: c.lon,
                })
        });
    }
    l.point.or_else(|| zip.and_then(|z| z.point))
}

fn area_terms(service: &Service, places: &Gazetteer) -> (AreaSummary, Vec<String>) {
    let summary = |kind: &str, states: Vec<String>, km| AreaSummary {
        kind: kind.into(),
        states,
        km,
        polygon: None,
    };
    match &service.area {
        ServiceArea::National => (
            summary("national", vec![], None),
            vec![area::NATIONAL.into()],
        ),
        // No area term: no place search claims the service serves that place.
        ServiceArea::Unknown => (summary("unknown", vec![], None), vec![]),
        ServiceArea::States { states } => (
            summary("states", states.clone(), None),
            states.iter().map(|s| area::state(s)).collect(),
        ),
        ServiceArea::Counties { counties } => {
            let mut states: Vec<String> = counties
                .iter()
                .filter_map(|c| places.county(c))
                .map(|c| c.state.clone())
                .collect();
            states.sort();
            states.dedup();
            (
                summary("counties", states, None),
                counties.iter().map(|c| area::county(c)).collect(),
            )
        }
        ServiceArea::Radius { location, km } => {
            let center = service
                .locations
                .iter()
                .find(|l| &l.slug == location)
                .and_then(|l| location_point(l, places));
            let mut states: Vec<String> = center
                .and_then(|p| places.state_at(p))
                .map(|s| {
                    std::iter::once(s.code.clone())
                        .chain(s.neighbours.iter().cloned())
                        .collect()
                })
                .unwrap_or_default();
            if states.is_empty() {
                // No point: fall back to the state written in the address.
                states.extend(
                    service
                        .locations
                        .iter()
                        .map(|l| l.address.value.state.clone()),
                );
            }
            states.sort();
            states.dedup();
            let mut terms: Vec<String> = states.iter().map(|s| area::near(s)).collect();
            if let Some(center) = center {
                terms.extend(area::cells_within(center, *km));
            }
            (summary("radius", states, Some(*km)), terms)
        }
        ServiceArea::Polygon { geojson } => {
            let states: Vec<String> = parse_area_polygon(geojson)
                .map(|shape| {
                    let bbox = shape.bounding_rect();
                    places
                        .states()
                        .iter()
                        .filter(|s| {
                            bbox.is_some_and(|b| s.shape.intersects(&b.to_polygon()))
                                && s.shape.intersects(&shape)
                        })
                        .map(|s| s.code.clone())
                        .collect()
                })
                .unwrap_or_default();
            let terms = std::iter::once(area::POLYGON.to_string())
                .chain(states.iter().map(|s| area::near(s)))
                .chain(states.iter().map(|s| area::shape(s)))
                .collect();
            let area = AreaSummary {
                polygon: Some(geojson.clone()),
                ..summary("polygon", states, None)
            };
            (area, terms)
        }
    }
}

fn channel_card(org: &Organization, service: &Service, c: &Channel) -> ChannelCard {
    let conf = &c.confidentiality;
    ChannelCard {
        id: org.channel_uuid(service, c),
        kind: c.kind,
        contact: c.contact.value.clone(),
        label: c.label.clone(),
        keywords: c
            .keywords
            .as_ref()
            .map(|k| k.value.clone())
            .unwrap_or_default(),
        reach: c.reach.value.clone(),
        languages: match &c.languages.value {
            Knowable::Known(l) if c.languages.status != Status::Unknown => Some(l.clone()),
            _ => None,
        },
        interpretation: c
            .interpretation
            .as_ref()
            .filter(|i| i.is_known())
            .map(|i| i.value.clone()),
        hours: c.hours.value.clone(),
        tells_police: conf.tells_police.value,
        tells_cps: conf.tells_cps.value,
        tells_immigration: conf.tells_immigration.value,
        anonymous_ok: conf.anonymous_ok.value,
        what_happens: c.what_happens.value.known().cloned(),
        verification: org.verification(&c.contact),
    }
}

/// The verification of the first way to reach the service: the number a person will use.
fn primary_verification(org: &Organization, service: &Service) -> Verification {
    match service.channels.first() {
        Some(c) => org.verification(&c.contact),
        None => org.verification(&service.cost),
    }
}

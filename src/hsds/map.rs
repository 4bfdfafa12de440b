//! Faro's public documents as HSDS 3.0 records.
//!
//! What HSDS has a field for goes in that field (names and descriptions in English,
//! phones, staff languages, weekly schedules, service areas, locations and addresses).
//! Everything else is an attribute under the Faro taxonomy (`taxonomy.rs`), and each
//! attribute holds the whole Faro value, so a record maps back without loss: the HSDS
//! fields are the readable projection, the attributes the complete record.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::taxonomy as tx;
use super::types::{
    Address, Attribute, Language, Location, Organization, Phone, Schedule, ServiceArea,
    ServiceAtLocation,
};
use crate::data::LanguageTable;
use crate::model::{
    self, ChannelKind, Fact, LiveCheck, LocalizedEntry, LocalizedText, Status, ids::NAMESPACE,
};

/// One fact's verification, as a `verification` attribute holds it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactCheck {
    pub fact: String,
    pub status: Status,
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub live_check: Option<LiveCheck>,
}

/// A field's text in every locale, as a `text` attribute holds it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldText {
    pub field: String,
    pub text: LocalizedText,
}

/// Ids of records Faro has no id for (attributes, schedules, addresses…): derived from
/// their owner's id, so every export names them the same.
pub fn derived_id(owner: Uuid, part: &str) -> Uuid {
    Uuid::new_v5(&NAMESPACE, format!("hsds:{owner}/{part}").as_bytes())
}

/// The attributes of one record, in the order they are added.
struct Attributes {
    link_id: Uuid,
    entity: &'static str,
    list: Vec<Attribute>,
}

impl Attributes {
    fn new(link_id: Uuid, entity: &'static str) -> Self {
        Attributes {
            link_id,
            entity,
            list: Vec::new(),
        }
    }

    fn add(&mut self, term: Uuid, value: String) {
        let id = derived_id(self.link_id, &format!("attribute/{}", self.list.len()));
        self.list.push(Attribute {
            id,
            link_id: self.link_id,
            link_entity: self.entity.into(),
            taxonomy_term_id: term,
            value: Some(value),
        });
    }

    fn faro(&mut self, code: &str, value: impl Into<String>) {
        self.add(tx::term_id(code), value.into());
    }

    fn json(&mut self, code: &str, value: &impl Serialize) {
        let json = serde_json::to_string(value).expect("Faro values serialize");
        self.faro(code, json);
    }

    /// A text that is not exactly one English original (translated, or empty where HSDS
    /// needs a text) is kept whole here.
    fn text(&mut self, field: &str, text: &LocalizedText) {
        let plain_english =
            text.len() == 1 && matches!(text.entry("en"), Some(LocalizedEntry::Original(_)));
        if !plain_english {
            self.json(
                tx::TEXT,
                &FieldText {
                    field: field.into(),
                    text: text.clone(),
                },
            );
        }
    }

    fn check<T>(&mut self, fact: &str, value: &Fact<T>) {
        self.json(
            tx::VERIFICATION,
            &FactCheck {
                fact: fact.into(),
                status: value.status,
                sources: value.sources.clone(),
                live_check: value.live_check.clone(),
            },
        );
    }
}

fn as_value<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v).expect("Faro values serialize") {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    }
}

fn non_empty(text: &LocalizedText) -> Option<String> {
    (!text.is_empty()).then(|| text.text("en").to_string())
}

/// Maps an organization as the public may see it (holds removed, confidential places
/// redacted: see `super::public`) to HSDS, its services nested without `organization`.
pub fn organization(org: &model::Organization, languages: &LanguageTable) -> Organization {
    let id = org.uuid();
    let mut attrs = Attributes::new(id, "organization");
    attrs.faro(tx::SLUG, &org.slug);
    attrs.faro(tx::ORGANIZATION_KIND, as_value(&org.kind));
    attrs.faro(tx::OWNER, as_value(&org.owner));
    for domain in &org.agency_domains {
        attrs.faro(tx::AGENCY_DOMAIN, domain);
    }
    for source in &org.sources {
        attrs.json(tx::SOURCE, source);
    }
    attrs.text("name", &org.name);
    attrs.text("description", &org.description);
    let locations = org
        .services
        .iter()
        .flat_map(|s| s.locations.iter().map(move |l| location(org, s, l)))
        .collect();
    Organization {
        id,
        name: org.name.text("en").into(),
        description: description(org),
        website: org.website.clone(),
        locations,
        attributes: attrs.list,
        services: org
            .services
            .iter()
            .map(|s| service(org, s, languages))
            .collect(),
    }
}

/// HSDS requires an organization's description: without one of its own, the names of
/// its services say what it does (the `text` attribute keeps the empty original).
fn description(org: &model::Organization) -> String {
    if !org.description.is_empty() {
        return org.description.text("en").into();
    }
    let services: Vec<&str> = org.services.iter().map(|s| s.name.text("en")).collect();
    match services.is_empty() {
        true => org.name.text("en").into(),
        false => services.join("; "),
    }
}

fn service(
    org: &model::Organization,
    s: &model::Service,
    languages: &LanguageTable,
) -> super::types::Service {
    let id = org.service_uuid(s);
    let mut attrs = Attributes::new(id, "service");
    attrs.faro(tx::SLUG, &s.slug);
    attrs.text("name", &s.name);
    attrs.text("description", &s.description);
    for need in &s.needs {
        attrs.add(tx::need_term_id(need), need.clone());
    }
    for audience in &s.audiences {
        attrs.faro(tx::AUDIENCE, audience.as_str());
    }
    attrs.faro(tx::OPERATOR_KIND, as_value(&s.operator_kind));
    attrs.faro(tx::COST, s.cost.value.as_str());
    attrs.check("cost", &s.cost);
    attrs.json(tx::SERVICE_AREA, &s.area);
    if let Some(line) = &s.state_line {
        attrs.json(tx::STATE_LINE, line);
    }
    for c in &s.channels {
        let mut channel = c.clone();
        channel.id = Some(org.channel_uuid(s, c));
        attrs.json(tx::CHANNEL, &channel);
    }
    let staff = s.staff_languages();
    super::types::Service {
        id,
        organization_id: org.uuid(),
        name: s.name.text("en").into(),
        description: non_empty(&s.description),
        email: s
            .channels
            .iter()
            .find(|c| c.kind == ChannelKind::Email)
            .map(|c| c.contact.value.clone()),
        status: "active".into(),
        minimum_age: s.ages.and_then(|a| a.min),
        maximum_age: s.ages.and_then(|a| a.max),
        phones: s
            .channels
            .iter()
            .filter(|c| c.kind.is_phone())
            .map(|c| phone(org.channel_uuid(s, c), id, c, languages))
            .collect(),
        schedules: s
            .channels
            .iter()
            .flat_map(|c| schedules(org.channel_uuid(s, c), id, c))
            .collect(),
        service_areas: service_areas(id, &s.area),
        service_at_locations: s
            .locations
            .iter()
            .map(|l| {
                let location_id = org.location_uuid(s, l);
                ServiceAtLocation {
                    id: derived_id(id, &format!("at/{location_id}")),
                    service_id: id,
                    location_id,
                    location: Some(location(org, s, l)),
                }
            })
            .collect(),
        languages: staff
            .iter()
            .map(|code| Language {
                id: derived_id(id, &format!("language/{code}")),
                service_id: Some(id),
                phone_id: None,
                name: languages.get(code).map(|l| l.english.clone()),
                code: Some(code.clone()),
            })
            .collect(),
        organization: None,
        attributes: attrs.list,
    }
}

fn phone(id: Uuid, service_id: Uuid, c: &model::Channel, languages: &LanguageTable) -> Phone {
    // RFC 6350's types, as HSDS asks; WhatsApp has none, its kind is in the channel attribute.
    let kind = match c.kind {
        ChannelKind::Voice => Some("voice"),
        ChannelKind::Sms => Some("text"),
        ChannelKind::Tty => Some("textphone"),
        _ => None,
    };
    let staff = c.languages.value.known().filter(|_| c.languages.is_known());
    Phone {
        id,
        service_id: Some(service_id),
        number: c.contact.value.clone(),
        kind: kind.map(str::to_string),
        description: non_empty(&c.label),
        languages: staff
            .into_iter()
            .flatten()
            .map(|code| Language {
                id: derived_id(id, &format!("language/{code}")),
                service_id: None,
                phone_id: Some(id),
                name: languages.get(code).map(|l| l.english.clone()),
                code: Some(code.clone()),
            })
            .collect(),
    }
}

const ALL_DAYS: &str = "MO,TU,WE,TH,FR,SA,SU";

/// `mon-fri` → `MO,TU,WE,TH,FR`, as iCal's BYDAY has it.
fn byday(days: &str) -> Option<String> {
    let days = crate::hours::parse_days(days).ok()?;
    Some(
        days.iter()
            .map(|d| d.to_string()[..2].to_uppercase())
            .collect::<Vec<_>>()
            .join(","),
    )
}

/// `HH:MM` → `HH:MM:SS`, the time HSDS's tabular form reads; Faro's `24:00` (the end of
/// the day) is no time of day there, so it becomes the day's last second.
fn clock(hhmm: &str) -> String {
    match hhmm {
        "24:00" => "23:59:59".into(),
        _ => format!("{hhmm}:00"),
    }
}

/// The zone's standard-time UTC offset in hours: HSDS has one number where Faro keeps
/// the IANA zone, which the `time_zone` attribute carries.
fn standard_offset(zone: &str) -> Option<f64> {
    use chrono::TimeZone;
    use chrono_tz::OffsetComponents;
    let tz: chrono_tz::Tz = zone.parse().ok()?;
    let instant = chrono::NaiveDate::from_ymd_opt(2026, 1, 1)?.and_hms_opt(12, 0, 0)?;
    let offset = tz.offset_from_utc_datetime(&instant);
    Some(offset.base_utc_offset().num_minutes() as f64 / 60.0)
}

/// The channel's hours as weekly schedules of its service; the description says whose.
fn schedules(channel_id: Uuid, service_id: Uuid, c: &model::Channel) -> Vec<Schedule> {
    let whose = format!("{} {}", c.kind.as_str(), c.contact.value);
    let one = |i: usize, zone: Option<&str>, days: Option<String>, opens: &str, closes: &str| {
        let id = derived_id(channel_id, &format!("schedule/{i}"));
        let mut attrs = Attributes::new(id, "schedule");
        if let Some(zone) = zone {
            attrs.faro(tx::TIME_ZONE, zone);
        }
        Schedule {
            id,
            service_id: Some(service_id),
            timezone: zone.and_then(standard_offset),
            freq: Some("WEEKLY".into()),
            byday: days,
            opens_at: Some(opens.into()),
            closes_at: Some(closes.into()),
            description: Some(whose.clone()),
            attributes: attrs.list,
        }
    };
    match &c.hours.value {
        model::Schedule::Unknown => Vec::new(),
        model::Schedule::Always => {
            vec![one(0, None, Some(ALL_DAYS.into()), "00:00:00", "23:59:59")]
        }
        model::Schedule::Weekly(w) => w
            .periods
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let (opens, closes) = (clock(&p.opens), clock(&p.closes));
                one(i, Some(&w.zone), byday(&p.days), &opens, &closes)
            })
            .collect(),
    }
}

fn service_areas(service_id: Uuid, area: &model::ServiceArea) -> Vec<ServiceArea> {
    let named = |i: usize, name: Option<String>, description: Option<String>| ServiceArea {
        id: derived_id(service_id, &format!("area/{i}")),
        service_id: Some(service_id),
        name,
        description,
        extent: None,
        extent_type: None,
    };
    match area {
        model::ServiceArea::National => {
            vec![named(0, Some("United States".into()), None)]
        }
        model::ServiceArea::States { states } => states
            .iter()
            .enumerate()
            .map(|(i, s)| named(i, Some(s.clone()), Some("US state".into())))
            .collect(),
        model::ServiceArea::Counties { counties } => counties
            .iter()
            .enumerate()
            .map(|(i, c)| named(i, Some(c.clone()), Some("US county (FIPS code)".into())))
            .collect(),
        model::ServiceArea::Radius { location, km } => vec![named(
            0,
            None,
            Some(format!("Within {km} km of its location {location}")),
        )],
        model::ServiceArea::Unknown => Vec::new(),
        model::ServiceArea::Polygon { geojson } => vec![ServiceArea {
            extent: Some(geojson.clone()),
            extent_type: Some("geojson".into()),
            ..named(0, None, None)
        }],
    }
}

fn location(org: &model::Organization, s: &model::Service, l: &model::Location) -> Location {
    let id = org.location_uuid(s, l);
    let mut record = l.clone();
    record.id = Some(id);
    let mut attrs = Attributes::new(id, "location");
    attrs.json(tx::LOCATION, &record);
    let a = &l.address.value;
    let addresses = match (&a.street, l.confidential_address) {
        (Some(street), false) => vec![Address {
            id: derived_id(id, "address"),
            location_id: Some(id),
            address_1: street.clone(),
            city: a.city.clone(),
            state_province: a.state.clone(),
            postal_code: a.zip.clone(),
            country: "US".into(),
            address_type: "physical".into(),
        }],
        _ => Vec::new(),
    };
    let point = l.point.filter(|_| !l.confidential_address);
    Location {
        id,
        location_type: "physical".into(),
        organization_id: Some(org.uuid()),
        name: non_empty(&l.name),
        latitude: point.map(|p| p.lat),
        longitude: point.map(|p| p.lon),
        addresses,
        attributes: attrs.list,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_become_ical_byday() {
        assert_eq!(byday("mon-fri").as_deref(), Some("MO,TU,WE,TH,FR"));
        assert_eq!(byday("sat,sun").as_deref(), Some("SA,SU"));
        assert_eq!(byday("someday"), None);
        assert_eq!(clock("08:30"), "08:30:00");
        assert_eq!(clock("24:00"), "23:59:59");
    }

    #[test]
    fn zones_give_their_standard_offset_all_year() {
        assert_eq!(standard_offset("America/Chicago"), Some(-6.0));
        assert_eq!(standard_offset("America/New_York"), Some(-5.0));
        assert_eq!(standard_offset("Asia/Kolkata"), Some(5.5));
        assert_eq!(standard_offset("caller_local"), None);
    }
}

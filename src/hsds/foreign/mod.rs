//! Another system's HSDS records as Faro organizations.
//!
//! Every fact taken from the dataset arrives `secondary`: it is the dataset's word, not
//! the responsible agency's own page, and no one at Faro has checked it yet. Its source is
//! the dataset (its origin), dated by the record's `last_modified` when it has one and by
//! the day of the import otherwise. What Faro needs and HSDS does not say (the kind of
//! organization and operator, who may be told about a call, languages when the record
//! names none Faro lists, where a service serves when no state or shape is given) is
//! `unknown`, never guessed: the
//! moderator who approves the import fills it in or leaves it shown as unknown.
//!
//! The readers (`json`, `csv`) bring every format to one shape, an HSDS 3.0 organization
//! object with its services nested as in `organization_full.json`, and `organization`
//! maps that. Values Faro cannot use are left out and reported; the record still imports.

pub mod csv;
pub mod json;
pub mod rules;

use serde_json::Value;
use uuid::Uuid;

use super::import::Skipped;
use crate::data::LanguageTable;
use crate::model::{
    Address, Channel, ChannelKind, Confidentiality, Cost, Fact, Knowable, LanguageList,
    LocalizedText, Location, OperatorKind, OrgKind, Organization, Owner, Period, Reach, ReachKind,
    Schedule, Service, ServiceArea, Source, Status, Telling, UnknownMarker, WeeklyHours,
    YesNoUnknown, ids::NAMESPACE,
};
use crate::place::Gazetteer;

/// Where a dataset came from and when it was read.
pub struct Provenance<'a> {
    /// The dataset's origin (an address, or the path it was read from): with a record's
    /// id it keys re-imports, and it is the source every imported fact cites.
    pub origin: &'a str,
    /// The day of the import, `YYYY-MM-DD`.
    pub date: &'a str,
    pub places: &'a Gazetteer,
    /// Faro's languages: a record's language is kept only when it is one of them.
    pub languages: &'a LanguageTable,
}

/// An organization of another system, with its id there (the re-import key).
#[derive(Debug, Clone)]
pub struct Foreign {
    pub source_id: String,
    pub org: Organization,
}

/// What a reader could not use: records left out, and values left out of imported ones.
#[derive(Debug, Default)]
pub struct Report {
    pub skipped: Vec<Skipped>,
    pub dropped: Vec<Skipped>,
}

impl Report {
    pub fn skip(&mut self, file: &str, field: &str, reason: impl Into<String>) {
        self.skipped.push(skipped(file, field, reason));
    }

    fn leave_out(&mut self, file: &str, field: &str, reason: impl Into<String>) {
        self.dropped.push(skipped(file, field, reason));
    }
}

fn skipped(file: &str, field: &str, reason: impl Into<String>) -> Skipped {
    Skipped {
        file: file.into(),
        field: field.into(),
        reason: reason.into(),
    }
}

/// The id every Faro source citation of an import names.
pub const SOURCE_ID: &str = "dataset";

/// A text or number field, trimmed; absent when empty.
pub fn field(v: &Value, key: &str) -> Option<String> {
    match v.get(key)? {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn list<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// The record's own UUID when it has one (DESIGN: imported records keep their UUIDs),
/// else one derived from the dataset's origin and the record's id there.
fn record_uuid(origin: &str, table: &str, id: &str) -> Uuid {
    Uuid::parse_str(id).unwrap_or_else(|_| {
        Uuid::new_v5(
            &NAMESPACE,
            format!("import:{origin}/{table}/{id}").as_bytes(),
        )
    })
}

/// A lower-case slug of a name, with a part of the record's id so two records of the
/// same name never share one.
pub fn slug(name: &str, id: Uuid) -> String {
    let words: Vec<String> = name
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6)
        .map(str::to_lowercase)
        .collect();
    let short = &id.simple().to_string()[..8];
    match words.is_empty() {
        true => format!("imported-{short}"),
        false => format!("{}-{short}", words.join("-")),
    }
}

fn said<T>(value: T) -> Fact<T> {
    Fact {
        value,
        status: Status::Secondary,
        sources: vec![SOURCE_ID.into()],
        live_check: None,
    }
}

fn unknown<T>() -> Fact<Knowable<T>> {
    Fact::unknown(Knowable::Unknown(UnknownMarker::Unknown))
}

fn unknown_confidentiality() -> Confidentiality {
    Confidentiality {
        tells_police: Fact::unknown(Telling::Unknown),
        tells_cps: Fact::unknown(Telling::Unknown),
        tells_immigration: Fact::unknown(Telling::Unknown),
        anonymous_ok: Fact::unknown(YesNoUnknown::Unknown),
        note: None,
    }
}

/// Maps one organization object; `None` (with the reason reported) when it has no id
/// or name. Its services that cannot be read are reported and left out.
pub fn organization(
    doc: &Value,
    file: &str,
    p: &Provenance,
    report: &mut Report,
) -> Option<Foreign> {
    let Some(source_id) = field(doc, "id") else {
        report.skip(file, "organization.id", "missing");
        return None;
    };
    let Some(name) = field(doc, "name") else {
        report.skip(file, "organization.name", "missing");
        return None;
    };
    let uuid = record_uuid(p.origin, "organization", &source_id);
    let services: Vec<(Service, Option<String>)> = list(doc, "services")
        .iter()
        .enumerate()
        .filter_map(|(i, s)| service(s, file, &format!("services[{i}]"), p, report))
        .collect();
    let date = services
        .iter()
        .filter_map(|(_, modified)| modified.clone())
        .max()
        .unwrap_or_else(|| p.date.to_string());
    let org = Organization {
        slug: slug(&name, uuid),
        id: Some(uuid),
        kind: OrgKind::Unknown,
        owner: Owner::Faro,
        name: LocalizedText::en(name),
        description: field(doc, "description")
            .map(LocalizedText::en)
            .unwrap_or_default(),
        website: field(doc, "website"),
        agency_domains: Vec::new(),
        sources: vec![Source {
            id: SOURCE_ID.into(),
            url: p.origin.into(),
            date,
            title: Some("HSDS dataset".into()),
        }],
        services: services.into_iter().map(|(s, _)| s).collect(),
        withdrawn: false,
    };
    Some(Foreign { source_id, org })
}

/// `YYYY-MM-DD` of an HSDS `last_modified` date-time.
fn day(value: &str) -> Option<String> {
    let day = value.get(..10)?;
    chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()?;
    Some(day.to_string())
}

fn service(
    s: &Value,
    file: &str,
    at: &str,
    p: &Provenance,
    report: &mut Report,
) -> Option<(Service, Option<String>)> {
    let Some(source_id) = field(s, "id") else {
        report.skip(file, &format!("{at}.id"), "missing");
        return None;
    };
    let Some(name) = field(s, "name") else {
        report.skip(file, &format!("{at}.name"), "missing");
        return None;
    };
    let id = record_uuid(p.origin, "service", &source_id);
    let age = |key: &str, report: &mut Report| {
        let value = field(s, key)?;
        let age = value.parse::<u8>().ok();
        if age.is_none() {
            report.leave_out(file, &format!("{at}.{key}"), "not an age in years");
        }
        age
    };
    let (min, max) = (age("minimum_age", report), age("maximum_age", report));
    let locations = locations(s, id, file, at, p, report);
    let hours = hours(s, &locations, file, at, p, report);
    let spoken = languages(s, file, at, p, report);
    let mut channels: Vec<Channel> = list(s, "phones")
        .iter()
        .enumerate()
        .filter_map(|(i, phone)| {
            phone_channel(
                phone,
                id,
                i,
                &hours,
                file,
                &format!("{at}.phones[{i}]"),
                report,
            )
        })
        .collect();
    if hours.is_known() && channels.is_empty() {
        report.leave_out(
            file,
            &format!("{at}.schedules"),
            "no phone to hold these hours",
        );
    }
    if let Some(email) = field(s, "email") {
        match rules::email(&email) {
            // The service's hours say when it is open, not when its mail is read.
            true => channels.push(channel(
                id,
                "email",
                ChannelKind::Email,
                email,
                LocalizedText::default(),
                &Fact::unknown(Schedule::Unknown),
            )),
            false => report.leave_out(file, &format!("{at}.email"), "not an e-mail address"),
        }
    }
    for channel in &mut channels {
        channel.languages = spoken.clone();
    }
    let service = Service {
        slug: slug(&name, id),
        id: Some(id),
        name: LocalizedText::en(name),
        description: field(s, "description")
            .map(LocalizedText::en)
            .unwrap_or_default(),
        needs: Vec::new(),
        audiences: Vec::new(),
        operator_kind: OperatorKind::Unknown,
        ages: (min.is_some() || max.is_some()).then_some(crate::model::AgeRange { min, max }),
        cost: Fact::unknown(Cost::Unknown),
        area: area(s, file, at, p, report),
        state_line: None,
        channels,
        locations: locations.into_iter().map(|(l, _)| l).collect(),
        hold: None,
    };
    Some((service, field(s, "last_modified").as_deref().and_then(day)))
}

/// The languages the service is offered in (HSDS `languages`, by ISO 639-1 or 639-3 code
/// or English name), as Faro's codes; unknown when the record names none Faro knows.
fn languages(
    s: &Value,
    file: &str,
    at: &str,
    p: &Provenance,
    report: &mut Report,
) -> Fact<LanguageList> {
    let mut codes = Vec::new();
    for (i, l) in list(s, "languages").iter().enumerate() {
        let (code, name) = (field(l, "code"), field(l, "name"));
        let known = p.languages.languages.iter().find(|known| {
            code.as_deref().is_some_and(|c| {
                c.eq_ignore_ascii_case(&known.code)
                    || known
                        .tag
                        .as_deref()
                        .is_some_and(|t| c.eq_ignore_ascii_case(t))
            }) || name
                .as_deref()
                .is_some_and(|n| n.eq_ignore_ascii_case(&known.english))
        });
        match known {
            Some(language) => codes.push(language.code.clone()),
            None => report.leave_out(
                file,
                &format!("{at}.languages[{i}]"),
                "not a language in Faro's table (data/languages.toml)",
            ),
        }
    }
    codes.sort();
    codes.dedup();
    match codes.is_empty() {
        true => unknown(),
        false => said(Knowable::Known(codes)),
    }
}

/// States named by the service's areas, or the shape one of them draws; else unknown.
fn area(s: &Value, file: &str, at: &str, p: &Provenance, report: &mut Report) -> ServiceArea {
    let mut states = Vec::new();
    for (i, a) in list(s, "service_areas").iter().enumerate() {
        let extent =
            field(a, "extent").filter(|_| field(a, "extent_type").as_deref() == Some("geojson"));
        if let Some(geojson) = extent.filter(|g| crate::place::parse_area_polygon(g).is_some()) {
            return ServiceArea::Polygon { geojson };
        }
        match field(a, "name").and_then(|n| rules::us_state(&n, p.places)) {
            Some(state) => states.push(state),
            None => report.leave_out(
                file,
                &format!("{at}.service_areas[{i}]"),
                "neither a US state nor a GeoJSON shape: where it serves stays unknown",
            ),
        }
    }
    states.sort();
    states.dedup();
    match states.is_empty() {
        true => ServiceArea::Unknown,
        false => ServiceArea::States { states },
    }
}

/// The service's places that have a US address, each with its id in the dataset.
fn locations(
    s: &Value,
    service: Uuid,
    file: &str,
    at: &str,
    p: &Provenance,
    report: &mut Report,
) -> Vec<(Location, String)> {
    let mut out: Vec<(Location, String)> = Vec::new();
    for (i, sal) in list(s, "service_at_locations").iter().enumerate() {
        let at = format!("{at}.service_at_locations[{i}].location");
        let Some(l) = sal.get("location") else {
            report.leave_out(file, &at, "missing");
            continue;
        };
        let Some(source_id) = field(l, "id") else {
            report.leave_out(file, &format!("{at}.id"), "missing");
            continue;
        };
        if out.iter().any(|(_, id)| *id == source_id) {
            continue;
        }
        let Some(address) = list(l, "addresses")
            .iter()
            .enumerate()
            .find_map(|(j, a)| address(a, file, &format!("{at}.addresses[{j}]"), p, report))
        else {
            report.leave_out(
                file,
                &format!("{at}.addresses"),
                "no US address: the place is left out",
            );
            continue;
        };
        let point = match rules::point(
            field(l, "latitude").as_deref(),
            field(l, "longitude").as_deref(),
        ) {
            Ok(point) => point,
            Err(reason) => {
                report.leave_out(file, &format!("{at}.latitude"), reason);
                None
            }
        };
        let id = record_uuid(p.origin, "location", &source_id);
        let location = Location {
            slug: slug(&field(l, "name").unwrap_or_default(), id),
            id: Some(Uuid::new_v5(&service, id.as_bytes())),
            name: field(l, "name").map(LocalizedText::en).unwrap_or_default(),
            confidential_address: false,
            address: said(address),
            point,
        };
        out.push((location, source_id));
    }
    out
}

fn address(
    a: &Value,
    file: &str,
    at: &str,
    p: &Provenance,
    report: &mut Report,
) -> Option<Address> {
    let Some(city) = field(a, "city") else {
        report.leave_out(file, &format!("{at}.city"), "missing");
        return None;
    };
    let Some(state) = field(a, "state_province").and_then(|s| rules::us_state(&s, p.places)) else {
        report.leave_out(file, &format!("{at}.state_province"), "not a US state");
        return None;
    };
    let Some(zip) = field(a, "postal_code").and_then(|z| rules::us_zip(&z)) else {
        report.leave_out(file, &format!("{at}.postal_code"), "not a US ZIP code");
        return None;
    };
    Some(Address {
        street: field(a, "address_1"),
        city,
        state,
        zip,
    })
}

/// The service's weekly hours. HSDS gives a UTC offset at most; the zone is the IANA zone
/// of the schedule's place's ZIP (or the service's first place's), else the fixed zone of
/// the offset; a schedule with neither is left out rather than put in a guessed zone.
fn hours(
    s: &Value,
    locations: &[(Location, String)],
    file: &str,
    at: &str,
    p: &Provenance,
    report: &mut Report,
) -> Fact<Schedule> {
    let zip_zone = |l: &Location| p.places.zip(&l.address.value.zip)?.timezone.clone();
    let mut zone: Option<String> = None;
    let mut periods = Vec::new();
    for (i, sc) in list(s, "schedules").iter().enumerate() {
        let at = format!("{at}.schedules[{i}]");
        let (Some(opens), Some(closes)) = (
            field(sc, "opens_at").and_then(|t| rules::clock(&t)),
            field(sc, "closes_at").and_then(|t| rules::clock(&t)),
        ) else {
            report.leave_out(
                file,
                &format!("{at}.opens_at"),
                "no opening and closing time",
            );
            continue;
        };
        let Some(days) = field(sc, "byday").and_then(|d| rules::days(&d)) else {
            report.leave_out(file, &format!("{at}.byday"), "no days of the week");
            continue;
        };
        let place = field(sc, "location_id")
            .and_then(|id| locations.iter().find(|(_, lid)| *lid == id))
            .or(locations.first());
        let here = place
            .and_then(|(l, _)| zip_zone(l))
            .or_else(|| {
                sc.get("timezone")
                    .and_then(Value::as_f64)
                    .and_then(rules::offset_zone)
            })
            .or_else(|| {
                field(sc, "timezone")
                    .and_then(|t| t.parse().ok())
                    .and_then(rules::offset_zone)
            });
        let Some(here) = here else {
            report.leave_out(
                file,
                &format!("{at}.timezone"),
                "no time zone: no place with a known ZIP and no UTC offset",
            );
            continue;
        };
        if zone.as_ref().is_some_and(|z| *z != here) {
            report.leave_out(
                file,
                &at,
                "in another time zone than the service's other hours",
            );
            continue;
        }
        zone = Some(here);
        periods.push(Period {
            days,
            opens,
            closes,
        });
    }
    match zone {
        Some(zone) => said(Schedule::Weekly(WeeklyHours {
            zone,
            periods,
            closed_on: Vec::new(),
        })),
        None => Fact::unknown(Schedule::Unknown),
    }
}

/// One way to reach the service, as the dataset gives it: who answers, in which
/// languages, who they may tell and from where it can be reached stay unknown.
fn channel(
    service: Uuid,
    part: &str,
    kind: ChannelKind,
    contact: String,
    label: LocalizedText,
    hours: &Fact<Schedule>,
) -> Channel {
    Channel {
        slug: part.into(),
        id: Some(Uuid::new_v5(&service, part.as_bytes())),
        kind,
        contact: said(contact),
        label,
        keywords: None,
        reach: Fact::unknown(Reach::Named(ReachKind::Unknown)),
        languages: unknown(),
        interpretation: None,
        hours: hours.clone(),
        what_happens: unknown(),
        confidentiality: unknown_confidentiality(),
        hold: None,
    }
}

fn phone_channel(
    phone: &Value,
    service: Uuid,
    i: usize,
    hours: &Fact<Schedule>,
    file: &str,
    at: &str,
    report: &mut Report,
) -> Option<Channel> {
    let kind = match rules::phone_kind(&field(phone, "type").unwrap_or_default()) {
        Ok(kind) => kind,
        Err(reason) => {
            report.leave_out(file, &format!("{at}.type"), reason);
            return None;
        }
    };
    let Some((number, ext)) = field(phone, "number").and_then(|n| rules::us_phone(&n)) else {
        report.leave_out(file, &format!("{at}.number"), "not a US phone number");
        return None;
    };
    let ext = field(phone, "extension").or(ext);
    let label = [
        field(phone, "description"),
        ext.map(|e| format!("ext. {e}")),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ");
    let label = match label.is_empty() {
        true => LocalizedText::default(),
        false => LocalizedText::en(label),
    };
    let part = format!("phone-{}", i + 1);
    Some(channel(service, &part, kind, number, label, hours))
}

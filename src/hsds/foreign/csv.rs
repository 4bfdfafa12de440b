//! Another system's tabular HSDS package, 3.0 or 2.0, checked row by row and put
//! together as organization objects for `super::organization`.
//!
//! HSDS 2.0 packages name two tables and two columns differently (2.0 → 3.0):
//! `physical_addresses.csv` → `addresses.csv`, `services_at_location.csv` →
//! `service_at_location.csv`, `organizations.url` → `website`, `service_areas.service_area`
//! → `name`; and 2.0 schedules may give their days in `weekday`. The tables that say
//! nothing Faro lists (contacts, programs, accessibility, taxonomies and attributes,
//! funding, metadata…) are not read.
//!
//! Each row is checked in a fixed order and left out at its first problem, reported with
//! its file, row, field and reason; a row that points at a left-out row is left out too.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde_json::{Map, Value, json};

use super::super::tabular_import::{Row, Table, read};
use super::{Foreign, Provenance, Report, rules};

/// The file and column names of one version of the package.
struct Names {
    addresses: &'static str,
    service_at_location: &'static str,
    website: &'static str,
    area_name: &'static str,
}

const V3: Names = Names {
    addresses: "addresses.csv",
    service_at_location: "service_at_location.csv",
    website: "website",
    area_name: "name",
};

const V2: Names = Names {
    addresses: "physical_addresses.csv",
    service_at_location: "services_at_location.csv",
    website: "url",
    area_name: "service_area",
};

/// Whether `dir` holds a 2.0 package (its tables' names say so).
pub fn is_v2(dir: &Path) -> bool {
    dir.join(V2.addresses).is_file() || dir.join(V2.service_at_location).is_file()
}

/// A table, or no rows when the package does not have it.
fn table(dir: &Path, file: &'static str) -> anyhow::Result<Table> {
    match dir.join(file).is_file() {
        true => read(dir, file),
        false => Ok(Table {
            file,
            rows: Vec::new(),
            unreadable: Vec::new(),
        }),
    }
}

/// A cell, trimmed; absent when blank.
fn cell<'a>(row: &'a Row, column: &str) -> Option<&'a str> {
    row.get(column).map(str::trim).filter(|v| !v.is_empty())
}

fn cells(row: &Row, columns: &[&str]) -> Value {
    let mut object = Map::new();
    for c in columns {
        if let Some(v) = cell(row, c) {
            object.insert((*c).into(), Value::String(v.into()));
        }
    }
    Value::Object(object)
}

struct Check<'a> {
    report: &'a mut Report,
    file: &'static str,
}

impl<'a> Check<'a> {
    /// Checks the rows of `table`, after reporting the rows it could not read at all.
    fn start(report: &'a mut Report, table: &Table) -> Check<'a> {
        table.report(&mut report.skipped);
        Check {
            report,
            file: table.file,
        }
    }

    /// The next table, reporting into the same report.
    fn next(self, table: &Table) -> Check<'a> {
        Check::start(self.report, table)
    }

    fn skip(&mut self, row: &Row, field: &str, reason: impl Into<String>) {
        self.report
            .skip(&format!("{} row {}", self.file, row.line), field, reason);
    }
}

/// Reads the package in `dir` (2.0 or 3.0) as foreign organizations.
pub fn read_package(
    dir: &Path,
    p: &Provenance,
    report: &mut Report,
) -> anyhow::Result<Vec<Foreign>> {
    let names = if is_v2(dir) { V2 } else { V3 };

    let t = read(dir, "organizations.csv")?;
    let mut c = Check::start(report, &t);
    let mut orgs: Vec<(usize, Value)> = Vec::new();
    let mut org_ids = HashSet::new();
    for row in &t.rows {
        let Some(id) = cell(row, "id") else {
            c.skip(row, "id", "missing");
            continue;
        };
        if org_ids.contains(id) {
            c.skip(row, "id", "duplicate");
            continue;
        }
        if cell(row, "name").is_none() {
            c.skip(row, "name", "missing");
            continue;
        }
        org_ids.insert(id.to_string());
        let mut org = cells(row, &["id", "name", "description"]);
        if let Some(site) = cell(row, names.website) {
            org["website"] = json!(site);
        }
        org["services"] = json!([]);
        orgs.push((row.line, org));
    }

    let t = read(dir, "services.csv")?;
    let mut c = c.next(&t);
    let mut services: Vec<(String, Value)> = Vec::new();
    let mut service_at: HashMap<String, usize> = HashMap::new();
    for row in &t.rows {
        let Some(id) = cell(row, "id") else {
            c.skip(row, "id", "missing");
            continue;
        };
        if service_at.contains_key(id) {
            c.skip(row, "id", "duplicate");
            continue;
        }
        let org = cell(row, "organization_id").unwrap_or_default();
        if !org_ids.contains(org) {
            c.skip(row, "organization_id", "no imported organization");
            continue;
        }
        if cell(row, "name").is_none() {
            c.skip(row, "name", "missing");
            continue;
        }
        if !matches!(cell(row, "status"), None | Some("active")) {
            c.skip(row, "status", "not active");
            continue;
        }
        if cell(row, "email").is_some_and(|e| !rules::email(e)) {
            c.skip(row, "email", "not an e-mail address");
            continue;
        }
        let mut service = cells(
            row,
            &[
                "id",
                "name",
                "description",
                "email",
                "minimum_age",
                "maximum_age",
                "last_modified",
            ],
        );
        for list in [
            "languages",
            "phones",
            "schedules",
            "service_areas",
            "service_at_locations",
        ] {
            service[list] = json!([]);
        }
        service_at.insert(id.to_string(), services.len());
        services.push((org.to_string(), service));
    }

    let t = table(dir, "locations.csv")?;
    let mut c = c.next(&t);
    let mut locations: HashMap<String, (usize, Value)> = HashMap::new();
    for row in &t.rows {
        let Some(id) = cell(row, "id") else {
            c.skip(row, "id", "missing");
            continue;
        };
        if let Err(reason) = rules::point(cell(row, "latitude"), cell(row, "longitude")) {
            c.skip(row, "latitude", reason);
            continue;
        }
        let mut location = cells(row, &["id", "name", "latitude", "longitude"]);
        location["addresses"] = json!([]);
        locations.insert(id.to_string(), (row.line, location));
    }

    let t = table(dir, names.addresses)?;
    let mut c = c.next(&t);
    let mut addressed = HashSet::new();
    for row in &t.rows {
        let location = row.get("location_id").unwrap_or_default();
        if !locations.contains_key(location) {
            c.skip(row, "location_id", "no imported location");
            continue;
        }
        if cell(row, "address_1").is_none() {
            c.skip(row, "address_1", "missing");
            continue;
        }
        if cell(row, "city").is_none() {
            c.skip(row, "city", "missing");
            continue;
        }
        let Some(state) = cell(row, "state_province").and_then(|s| rules::us_state(s, p.places))
        else {
            c.skip(row, "state_province", "not a US state");
            continue;
        };
        let Some(zip) = cell(row, "postal_code").and_then(rules::us_zip) else {
            c.skip(row, "postal_code", "not a US ZIP code");
            continue;
        };
        if !addressed.insert(location.to_string()) {
            c.skip(row, "location_id", "a second address for one location");
            continue;
        }
        let mut address = cells(row, &["address_1", "city"]);
        address["state_province"] = json!(state);
        address["postal_code"] = json!(zip);
        if let Some((_, l)) = locations.get_mut(location) {
            l["addresses"] = json!([address]);
        }
    }
    // Faro places a location by its address (the gazetteer knows ZIPs, not streets).
    let mut unaddressed: Vec<(usize, String)> = locations
        .iter()
        .filter(|(id, _)| !addressed.contains(*id))
        .map(|(id, (line, _))| (*line, id.clone()))
        .collect();
    unaddressed.sort();
    for (line, id) in unaddressed {
        locations.remove(&id);
        c.report.skip(
            &format!("locations.csv row {line}"),
            "address",
            format!("none in {}", names.addresses),
        );
    }

    let t = table(dir, names.service_at_location)?;
    let mut c = c.next(&t);
    let mut pairs = HashSet::new();
    for row in &t.rows {
        let service = row.get("service_id").unwrap_or_default();
        let location = row.get("location_id").unwrap_or_default();
        let Some(&s) = service_at.get(service) else {
            c.skip(row, "service_id", "no imported service");
            continue;
        };
        let Some((_, l)) = locations.get(location) else {
            c.skip(row, "location_id", "no imported location");
            continue;
        };
        if !pairs.insert((service.to_string(), location.to_string())) {
            c.skip(row, "location_id", "duplicate");
            continue;
        }
        push(
            &mut services[s].1,
            "service_at_locations",
            json!({ "location": l }),
        );
    }

    let t = table(dir, "phones.csv")?;
    let mut c = c.next(&t);
    for row in &t.rows {
        let Some(s) = service_of(&mut c, row, &service_at) else {
            continue;
        };
        if let Err(reason) = rules::phone_kind(cell(row, "type").unwrap_or_default()) {
            c.skip(row, "type", reason);
            continue;
        }
        if cell(row, "number").and_then(rules::us_phone).is_none() {
            c.skip(row, "number", "not a US phone number");
            continue;
        }
        let phone = cells(row, &["id", "number", "extension", "type", "description"]);
        push(&mut services[s].1, "phones", phone);
    }

    let t = table(dir, "languages.csv")?;
    let mut c = c.next(&t);
    for row in &t.rows {
        let Some(s) = service_of(&mut c, row, &service_at) else {
            continue;
        };
        // HSDS 2.0 gives one `language` (a name); 3.0 a `name` and a `code`.
        let name = cell(row, "name").or(cell(row, "language"));
        if name.is_none() && cell(row, "code").is_none() {
            c.skip(row, "name", "missing");
            continue;
        }
        push(
            &mut services[s].1,
            "languages",
            json!({ "name": name, "code": cell(row, "code") }),
        );
    }

    let t = table(dir, "schedules.csv")?;
    let mut c = c.next(&t);
    for row in &t.rows {
        let Some(s) = service_of(&mut c, row, &service_at) else {
            continue;
        };
        let (Some(opens), Some(closes)) = (cell(row, "opens_at"), cell(row, "closes_at")) else {
            c.skip(row, "opens_at", "missing");
            continue;
        };
        let (Some(_), Some(_)) = (rules::clock(opens), rules::clock(closes)) else {
            c.skip(row, "opens_at", "not a time of day (HH:MM)");
            continue;
        };
        let days = cell(row, "byday").or(cell(row, "weekday"));
        let Some(days) = days.filter(|d| rules::days(d).is_some()) else {
            c.skip(row, "byday", "no days of the week");
            continue;
        };
        let service = &services[s].1;
        if zone(row, service, p).is_none() {
            c.skip(
                row,
                "timezone",
                "no place with a known ZIP and no UTC offset",
            );
            continue;
        }
        let mut schedule = cells(
            row,
            &["id", "location_id", "opens_at", "closes_at", "timezone"],
        );
        schedule["byday"] = json!(days);
        push(&mut services[s].1, "schedules", schedule);
    }

    let t = table(dir, "service_areas.csv")?;
    let mut c = c.next(&t);
    for row in &t.rows {
        let Some(s) = service_of(&mut c, row, &service_at) else {
            continue;
        };
        let geojson = cell(row, "extent")
            .filter(|_| cell(row, "extent_type") == Some("geojson"))
            .filter(|g| crate::place::parse_area_polygon(g).is_some());
        let state = cell(row, names.area_name).and_then(|n| rules::us_state(n, p.places));
        if geojson.is_none() && state.is_none() {
            c.skip(row, names.area_name, "not a US state");
            continue;
        }
        let area =
            json!({ "name": state, "extent": geojson, "extent_type": geojson.map(|_| "geojson") });
        push(&mut services[s].1, "service_areas", area);
    }

    let mut by_org: HashMap<String, Vec<Value>> = HashMap::new();
    for (org, service) in services {
        by_org.entry(org).or_default().push(service);
    }
    let mut out = Vec::new();
    for (line, mut org) in orgs {
        let id = super::field(&org, "id").unwrap_or_default();
        org["services"] = Value::Array(by_org.remove(&id).unwrap_or_default());
        let file = format!("organizations.csv row {line}");
        out.extend(super::organization(&org, &file, p, &mut *c.report));
    }
    Ok(out)
}

fn push(record: &mut Value, list: &str, item: Value) {
    if let Some(items) = record[list].as_array_mut() {
        items.push(item);
    }
}

/// The imported service a row belongs to, or the row is left out.
fn service_of(c: &mut Check, row: &Row, services: &HashMap<String, usize>) -> Option<usize> {
    let Some(id) = cell(row, "service_id") else {
        c.skip(row, "service_id", "missing");
        return None;
    };
    let found = services.get(id).copied();
    if found.is_none() {
        c.skip(row, "service_id", "no imported service");
    }
    found
}

/// The schedule's zone as `super::organization` will derive it: its place's (or the
/// service's first place's) ZIP, else its UTC offset.
fn zone(row: &Row, service: &Value, p: &Provenance) -> Option<String> {
    let places = service["service_at_locations"].as_array()?;
    let zip_of = |sal: &Value| -> Option<String> {
        let zip = sal["location"]["addresses"][0]["postal_code"].as_str()?;
        p.places.zip(zip)?.timezone.clone()
    };
    let place = cell(row, "location_id")
        .and_then(|id| {
            places
                .iter()
                .find(|s| s["location"]["id"].as_str() == Some(id))
        })
        .or(places.first());
    place.and_then(zip_of).or_else(|| {
        cell(row, "timezone")?
            .parse()
            .ok()
            .and_then(rules::offset_zone)
    })
}

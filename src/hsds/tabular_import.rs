//! `faro import --format hsds-csv DIR`: the tables of an HSDS 3.0 tabular package put
//! back together as organization documents, then read like the JSON ones. Only the
//! tables that carry Faro's record are needed (organizations, services, locations,
//! service_at_location, attributes); the others are the readable projection.

use std::collections::HashMap;
use std::path::Path;

use anyhow::Context;
use uuid::Uuid;

use super::import::Skipped;
use super::types::{Attribute, Location, Organization, Service, ServiceAtLocation};
use super::unmap;

/// One data row: its line in the file (the header is line 1) and its cells by column.
pub(super) struct Row {
    pub line: usize,
    cells: HashMap<String, String>,
}

impl Row {
    /// A cell, absent when empty.
    pub fn get(&self, column: &str) -> Option<&str> {
        self.cells
            .get(column)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }
}

pub(super) struct Table {
    pub file: &'static str,
    pub rows: Vec<Row>,
    /// Rows that are not UTF-8 text, by row number.
    pub unreadable: Vec<usize>,
}

impl Table {
    /// Reports the rows that could not be read at all.
    pub fn report(&self, skipped: &mut Vec<Skipped>) {
        for line in &self.unreadable {
            skipped.push(Skipped {
                file: format!("{} row {line}", self.file),
                field: "row".into(),
                reason: "not UTF-8 text".into(),
            });
        }
    }
}

/// A table of the package; a row with more or fewer cells than the header is read as
/// far as it goes, and a row that is not text is reported, so one bad row never stops
/// the import.
pub(super) fn read(dir: &Path, file: &'static str) -> anyhow::Result<Table> {
    let path = dir.join(file);
    let mut csv = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(&path)
        .with_context(|| format!("reading {}", path.display()))?;
    let headers = csv.headers()?.clone();
    let (mut rows, mut unreadable) = (Vec::new(), Vec::new());
    for (i, record) in csv.byte_records().enumerate() {
        let record = record.with_context(|| format!("reading {}", path.display()))?;
        let Ok(record) = csv::StringRecord::from_byte_record(record) else {
            unreadable.push(i + 2);
            continue;
        };
        let cells = headers
            .iter()
            .zip(record.iter())
            .map(|(h, v)| (h.to_string(), v.to_string()))
            .collect();
        rows.push(Row { line: i + 2, cells });
    }
    Ok(Table {
        file,
        rows,
        unreadable,
    })
}

/// Collects the problems of one table's rows; a row with one is left out.
struct Reader<'a> {
    skipped: &'a mut Vec<Skipped>,
}

impl Reader<'_> {
    fn problem(&mut self, table: &Table, row: &Row, field: &str, reason: impl Into<String>) {
        self.skipped.push(Skipped {
            file: format!("{} row {}", table.file, row.line),
            field: field.into(),
            reason: reason.into(),
        });
    }

    fn id(&mut self, table: &Table, row: &Row, column: &str) -> Option<Uuid> {
        let value = row.get(column);
        match value.map(Uuid::parse_str) {
            Some(Ok(id)) => Some(id),
            Some(Err(_)) => {
                self.problem(table, row, column, "not a UUID");
                None
            }
            None => {
                self.problem(table, row, column, "missing");
                None
            }
        }
    }

    fn age(&mut self, table: &Table, row: &Row, column: &str) -> Result<Option<u8>, ()> {
        match row.get(column).map(str::parse::<u8>) {
            None => Ok(None),
            Some(Ok(age)) => Ok(Some(age)),
            Some(Err(_)) => {
                self.problem(table, row, column, "not an age in years");
                Err(())
            }
        }
    }
}

fn text(row: &Row, column: &str) -> Option<String> {
    row.get(column).map(str::to_string)
}

/// Reads the package in `dir`; every row left out is reported with file, row, field and
/// reason, and so is every organization its rows do not make readable.
pub fn read_csv(dir: &Path) -> anyhow::Result<(Vec<crate::model::Organization>, Vec<Skipped>)> {
    let mut skipped = Vec::new();
    let mut r = Reader {
        skipped: &mut skipped,
    };

    let table = read(dir, "attributes.csv")?;
    table.report(r.skipped);
    let mut attributes: HashMap<Uuid, Vec<Attribute>> = HashMap::new();
    for row in &table.rows {
        let (Some(id), Some(link_id), Some(term)) = (
            r.id(&table, row, "id"),
            r.id(&table, row, "link_id"),
            r.id(&table, row, "taxonomy_term_id"),
        ) else {
            continue;
        };
        attributes.entry(link_id).or_default().push(Attribute {
            id,
            link_id,
            link_entity: text(row, "link_entity").unwrap_or_default(),
            taxonomy_term_id: term,
            value: text(row, "value"),
        });
    }
    let mut attrs = |id: Uuid| attributes.remove(&id).unwrap_or_default();

    let table = read(dir, "locations.csv")?;
    table.report(r.skipped);
    let mut locations = HashMap::new();
    for row in &table.rows {
        if let Some(id) = r.id(&table, row, "id") {
            let location = Location {
                id,
                location_type: text(row, "location_type").unwrap_or_default(),
                organization_id: None,
                name: text(row, "name"),
                latitude: None,
                longitude: None,
                addresses: Vec::new(),
                attributes: attrs(id),
            };
            locations.insert(id, location);
        }
    }

    let table = read(dir, "service_at_location.csv")?;
    table.report(r.skipped);
    let mut at: HashMap<Uuid, Vec<ServiceAtLocation>> = HashMap::new();
    for row in &table.rows {
        let (Some(id), Some(service_id), Some(location_id)) = (
            r.id(&table, row, "id"),
            r.id(&table, row, "service_id"),
            r.id(&table, row, "location_id"),
        ) else {
            continue;
        };
        let Some(location) = locations.get(&location_id).cloned() else {
            r.problem(&table, row, "location_id", "no such location");
            continue;
        };
        at.entry(service_id).or_default().push(ServiceAtLocation {
            id,
            service_id,
            location_id,
            location: Some(location),
        });
    }

    let table = read(dir, "services.csv")?;
    table.report(r.skipped);
    let mut services: HashMap<Uuid, Vec<Service>> = HashMap::new();
    for row in &table.rows {
        let (Some(id), Some(org)) = (
            r.id(&table, row, "id"),
            r.id(&table, row, "organization_id"),
        ) else {
            continue;
        };
        let (Ok(minimum_age), Ok(maximum_age)) = (
            r.age(&table, row, "minimum_age"),
            r.age(&table, row, "maximum_age"),
        ) else {
            continue;
        };
        services.entry(org).or_default().push(Service {
            id,
            organization_id: org,
            name: text(row, "name").unwrap_or_default(),
            description: text(row, "description"),
            email: text(row, "email"),
            status: text(row, "status").unwrap_or_default(),
            minimum_age,
            maximum_age,
            phones: Vec::new(),
            schedules: Vec::new(),
            service_areas: Vec::new(),
            service_at_locations: at.remove(&id).unwrap_or_default(),
            languages: Vec::new(),
            organization: None,
            attributes: attrs(id),
        });
    }

    let table = read(dir, "organizations.csv")?;
    table.report(r.skipped);
    let mut orgs = Vec::new();
    for row in &table.rows {
        let Some(id) = r.id(&table, row, "id") else {
            continue;
        };
        let doc = Organization {
            id,
            name: text(row, "name").unwrap_or_default(),
            description: text(row, "description").unwrap_or_default(),
            website: text(row, "website"),
            locations: Vec::new(),
            attributes: attrs(id),
            services: services.remove(&id).unwrap_or_default(),
        };
        match unmap::organization(&doc) {
            Ok(org) => orgs.push(org),
            Err(e) => r.problem(&table, row, &e.field, e.reason),
        }
    }
    Ok((orgs, skipped))
}

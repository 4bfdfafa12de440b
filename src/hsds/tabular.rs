//! `faro export --format hsds-csv DIR`: the HSDS 3.0 tabular data package.
//!
//! The package descriptor is the specification's own `datapackage.json` (copied from
//! Open Referral's HSDS 3.0, CC BY-SA 4.0), so every table and column is exactly the
//! spec's: each CSV has all of its table's columns in the spec's order, and tables Faro
//! has nothing for are written with their header alone. Rows come from the same records
//! as the JSON export, in the same fixed order.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Context;
use serde::Serialize;
use serde_json::Value;

use super::types::{Attribute, Organization};
use super::{map, taxonomy};
use crate::data::{LanguageTable, Taxonomy};
use crate::store::Store;

/// The specification's package descriptor, written beside the tables.
pub const DATAPACKAGE: &str = include_str!("datapackage.json");

#[derive(serde::Deserialize)]
struct Package {
    resources: Vec<Resource>,
}

#[derive(serde::Deserialize)]
struct Resource {
    name: String,
    path: String,
    schema: ResourceSchema,
}

#[derive(serde::Deserialize)]
struct ResourceSchema {
    fields: Vec<Field>,
}

#[derive(serde::Deserialize)]
struct Field {
    name: String,
}

/// Rows per table (the spec's resource name), each row a record's fields by name.
#[derive(Default)]
struct Tables(BTreeMap<&'static str, Vec<serde_json::Map<String, Value>>>);

impl Tables {
    fn add(&mut self, table: &'static str, record: &impl Serialize) {
        if let Value::Object(fields) = serde_json::to_value(record).expect("records serialize") {
            self.0.entry(table).or_default().push(fields);
        }
    }

    fn attributes(&mut self, list: &[Attribute]) {
        for a in list {
            self.add("attribute", a);
        }
    }

    fn organization(&mut self, org: &Organization) {
        self.add("organization", org);
        self.attributes(&org.attributes);
        for l in &org.locations {
            self.add("location", l);
            self.attributes(&l.attributes);
            for a in &l.addresses {
                self.add("address", a);
            }
        }
        for s in &org.services {
            self.add("service", s);
            self.attributes(&s.attributes);
            for p in &s.phones {
                self.add("phone", p);
                for l in &p.languages {
                    self.add("language", l);
                }
            }
            for l in &s.languages {
                self.add("language", l);
            }
            for sc in &s.schedules {
                self.add("schedule", sc);
                self.attributes(&sc.attributes);
            }
            for a in &s.service_areas {
                self.add("service_area", a);
            }
            for sal in &s.service_at_locations {
                self.add("service_at_location", sal);
            }
        }
    }
}

/// One CSV cell: text as it is, numbers in JSON's spelling, nothing for absent values.
fn cell(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// Rows written per table, in the package's order.
pub type Written = Vec<(String, usize)>;

pub async fn write_csv(
    store: &dyn Store,
    needs: &Taxonomy,
    languages: &LanguageTable,
    out: &Path,
) -> anyhow::Result<Written> {
    let package: Package = serde_json::from_str(DATAPACKAGE).expect("the spec's descriptor");
    let mut tables = Tables::default();
    for org in super::public(store).await? {
        tables.organization(&map::organization(&org, languages));
    }
    for t in taxonomy::taxonomies() {
        tables.add("taxonomy", &t);
    }
    for t in taxonomy::terms(&needs.needs) {
        tables.add("taxonomy_term", &t);
    }
    std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    std::fs::write(out.join("datapackage.json"), DATAPACKAGE)?;
    let mut written = Vec::new();
    for resource in &package.resources {
        let path = out.join(&resource.path);
        let mut csv =
            csv::Writer::from_path(&path).with_context(|| format!("writing {}", path.display()))?;
        csv.write_record(resource.schema.fields.iter().map(|f| &f.name))?;
        let rows = tables.0.get(resource.name.as_str()).map(Vec::as_slice);
        for row in rows.unwrap_or_default() {
            csv.write_record(
                resource
                    .schema
                    .fields
                    .iter()
                    .map(|f| cell(row.get(&f.name))),
            )?;
        }
        csv.flush()?;
        written.push((resource.name.clone(), rows.map_or(0, <[_]>::len)));
    }
    Ok(written)
}

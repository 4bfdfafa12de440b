//! `faro export --format hsds-json DIR`: one HSDS document per file, named by id.
//!
//! ```text
//! DIR/organizations/<id>.json    organization, its locations and its services
//! DIR/services/<id>.json         service, with its organization (without services)
//! DIR/taxonomies/<id>.json       the Faro taxonomies
//! DIR/taxonomy_terms/<id>.json   their terms
//! ```
//! Files are pretty-printed with a final newline, fields in the spec's order, records in
//! the store's order, so the same directory always gives the same bytes.

use std::path::Path;

use anyhow::Context;
use serde::Serialize;

use super::{map, taxonomy};
use crate::data::{LanguageTable, Taxonomy};
use crate::store::Store;

pub const ORGANIZATIONS: &str = "organizations";
pub const SERVICES: &str = "services";
pub const TAXONOMIES: &str = "taxonomies";
pub const TAXONOMY_TERMS: &str = "taxonomy_terms";

/// How many documents of each kind were written.
#[derive(Debug, Default, Serialize)]
pub struct Written {
    pub organizations: usize,
    pub services: usize,
    pub taxonomies: usize,
    pub taxonomy_terms: usize,
}

fn write(dir: &Path, id: uuid::Uuid, doc: &impl Serialize) -> anyhow::Result<()> {
    let mut json = serde_json::to_string_pretty(doc)?;
    json.push('\n');
    let path = dir.join(format!("{id}.json"));
    std::fs::write(&path, json).with_context(|| format!("writing {}", path.display()))
}

/// A new or empty folder: a document left from an earlier export (an organization since
/// withdrawn) would otherwise pass for part of this one.
fn folder(out: &Path, name: &str) -> anyhow::Result<std::path::PathBuf> {
    let dir = out.join(name);
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    if std::fs::read_dir(&dir)?.next().is_some() {
        anyhow::bail!("{} is not empty: export into a new folder", dir.display());
    }
    Ok(dir)
}

pub async fn write_json(
    store: &dyn Store,
    needs: &Taxonomy,
    languages: &LanguageTable,
    out: &Path,
) -> anyhow::Result<Written> {
    let orgs = super::public(store).await?;
    let mut written = Written::default();
    let (org_dir, service_dir) = (folder(out, ORGANIZATIONS)?, folder(out, SERVICES)?);
    for org in &orgs {
        let doc = map::organization(org, languages);
        write(&org_dir, doc.id, &doc)?;
        written.organizations += 1;
        let parent = super::types::Organization {
            services: Vec::new(),
            ..doc.clone()
        };
        for service in &doc.services {
            let mut service = service.clone();
            service.organization = Some(Box::new(parent.clone()));
            write(&service_dir, service.id, &service)?;
            written.services += 1;
        }
    }
    let dir = folder(out, TAXONOMIES)?;
    for t in taxonomy::taxonomies() {
        write(&dir, t.id, &t)?;
        written.taxonomies += 1;
    }
    let dir = folder(out, TAXONOMY_TERMS)?;
    for t in taxonomy::terms(&needs.needs) {
        write(&dir, t.id, &t)?;
        written.taxonomy_terms += 1;
    }
    Ok(written)
}

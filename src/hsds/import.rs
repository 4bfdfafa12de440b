//! `faro import --format hsds-json|hsds-csv PATH`: HSDS records become proposed
//! revisions in the moderation queue. Faro's own exports map back without loss
//! (`unmap`, `tabular_import`); other systems' HSDS 3.0 documents and 3.0 or 2.0 tabular
//! packages go through `foreign`. Whatever cannot be read is reported with its file,
//! row or field, and reason; the rest still imports.

use std::path::Path;

use anyhow::Context;

use super::foreign::{self, Foreign, Provenance, Report};
use super::{json, map, taxonomy, types, unmap};
use crate::data::LanguageTable;
use crate::model::Organization;
use crate::progress::Progress;
use crate::store::{AuthorKind, NewRevision, Store};

/// One document left out, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub file: String,
    pub field: String,
    pub reason: String,
}

impl std::fmt::Display for Skipped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.field, self.reason)
    }
}

fn organization_files(dir: &Path) -> anyhow::Result<Vec<std::path::PathBuf>> {
    let folder = dir.join(json::ORGANIZATIONS);
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .with_context(|| format!("reading {}", folder.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    Ok(files)
}

/// SHA-256 over the names and contents of the files an import reads (the tables and
/// descriptor of a package, or a JSON export's organization documents), in name order:
/// which dataset a revision came from, for its provenance note.
pub fn fingerprint(dir: &Path) -> anyhow::Result<String> {
    use sha2::{Digest, Sha256};
    if dir.is_file() {
        let hash = Sha256::digest(std::fs::read(dir)?);
        return Ok(hash.iter().map(|b| format!("{b:02x}")).collect());
    }
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    if dir.join(json::ORGANIZATIONS).is_dir() {
        files.extend(organization_files(dir)?);
    }
    let mut hash = Sha256::new();
    for path in files {
        hash.update(
            path.strip_prefix(dir)
                .unwrap_or(&path)
                .as_os_str()
                .as_encoded_bytes(),
        );
        hash.update(std::fs::read(&path)?);
    }
    Ok(hash.finalize().iter().map(|b| format!("{b:02x}")).collect())
}

/// What an import read: Faro's own records (an export of a Faro server, recognised by
/// the Faro taxonomy's attributes), which keep the verification Faro recorded, and
/// another system's, whose facts arrive `secondary` (see `foreign`).
#[derive(Debug, Default)]
pub struct Read {
    pub faro: Vec<Organization>,
    pub foreign: Vec<Foreign>,
    pub report: Report,
}

impl Read {
    pub fn organizations(&self) -> usize {
        self.faro.len() + self.foreign.len()
    }
}

/// The JSON documents at `path`: one file, a Faro export's `organizations/` folder, or
/// every `.json` file of a folder (the spec's examples, an API's pages), in name order.
fn json_files(path: &Path) -> anyhow::Result<Vec<std::path::PathBuf>> {
    if path.is_file() {
        return Ok(vec![path.to_path_buf()]);
    }
    if path.join(json::ORGANIZATIONS).is_dir() {
        return organization_files(path);
    }
    let mut files: Vec<_> = std::fs::read_dir(path)
        .with_context(|| format!("reading {}", path.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    Ok(files)
}

/// Whether a record carries the Faro taxonomy's slug: only Faro writes that.
fn is_faro(attributes: Option<&serde_json::Value>) -> bool {
    let slug = taxonomy::term_id(taxonomy::SLUG).to_string();
    attributes
        .and_then(serde_json::Value::as_array)
        .is_some_and(|a| {
            a.iter()
                .any(|a| a["taxonomy_term_id"].as_str() == Some(slug.as_str()))
        })
}

/// Reads HSDS 3.0 JSON documents; each one that cannot be read is reported with its
/// file, field and reason, and the others still import.
pub fn read_json(path: &Path, p: &Provenance) -> anyhow::Result<Read> {
    let mut read = Read::default();
    let mut merged = foreign::json::Merged::default();
    for path in json_files(path)? {
        let file = path.display().to_string();
        // Bytes, not text: a file that is not UTF-8 is one document reported, not the
        // end of the import.
        let bytes = std::fs::read(&path).with_context(|| format!("reading {file}"))?;
        let value = match serde_json::from_slice::<serde_json::Value>(&bytes) {
            Ok(value) => value,
            Err(e) => {
                read.report
                    .skip(&file, &format!("line {}", e.line()), e.to_string());
                continue;
            }
        };
        if !is_faro(value.get("attributes")) {
            foreign::json::document(&value, &file, "", &mut merged, &mut read.report);
            continue;
        }
        let parsed = serde_json::from_value::<types::Organization>(value)
            .map_err(|e| unmap::Unusable {
                field: "organization".into(),
                reason: e.to_string(),
            })
            .and_then(|doc| unmap::organization(&doc));
        match parsed {
            Ok(org) => read.faro.push(org),
            Err(e) => read.report.skip(&file, &e.field, e.reason),
        }
    }
    for (file, org) in merged.into_organizations() {
        read.foreign
            .extend(foreign::organization(&org, &file, p, &mut read.report));
    }
    Ok(read)
}

/// Reads a tabular package: Faro's own (its attributes carry the Faro slug), another
/// system's HSDS 3.0 one, or an HSDS 2.0 one.
pub fn read_csv(dir: &Path, p: &Provenance) -> anyhow::Result<Read> {
    let mut read = Read::default();
    let faro = !foreign::csv::is_v2(dir) && {
        let slug = taxonomy::term_id(taxonomy::SLUG).to_string();
        std::fs::read_to_string(dir.join("attributes.csv")).is_ok_and(|t| t.contains(&slug))
    };
    if faro {
        let (orgs, skipped) = super::tabular_import::read_csv(dir)?;
        read.faro = orgs;
        read.report.skipped = skipped;
    } else {
        read.foreign = foreign::csv::read_package(dir, p, &mut read.report)?;
    }
    Ok(read)
}

/// What an import did.
#[derive(Debug, Default)]
pub struct Proposed {
    /// New revisions, for a moderator to approve.
    pub revisions: Vec<i64>,
    /// Organizations the store did not have.
    pub imported: usize,
    /// New revisions of organizations it had.
    pub updated: usize,
    /// Organizations whose record the import would not change.
    pub unchanged: usize,
}

/// Proposes each organization as a revision by the import, on top of its current one
/// when the store has it, so a re-import updates instead of duplicating. An export holds
/// no confidential address and no held service: one whose public record is the same as
/// the file's is left alone, and a changed one keeps those from the stored revision.
pub async fn propose(
    store: &dyn Store,
    orgs: &[Organization],
    note: &str,
) -> anyhow::Result<Proposed> {
    let mut proposed = Proposed::default();
    let no_names = LanguageTable::default();
    let mut progress = Progress::new("proposing", orgs.len());
    for (done, org) in orgs.iter().enumerate() {
        progress.set(done);
        let current = store.current(org.uuid()).await?;
        if let Some(c) = &current {
            let now = map::organization(&super::visible(&c.document), &no_names);
            if now == map::organization(org, &no_names) {
                proposed.unchanged += 1;
                continue;
            }
        }
        let document = match &current {
            Some(c) => keep_hidden(org, &c.document),
            None => org.clone(),
        };
        match current {
            Some(_) => proposed.updated += 1,
            None => proposed.imported += 1,
        }
        let base = current.map(|r| r.id);
        let id = store
            .propose(NewRevision {
                document: &document,
                author: "hsds import",
                author_kind: AuthorKind::Import,
                note,
                base_revision: base,
            })
            .await
            .with_context(|| format!("proposing {}", org.slug))?;
        proposed.revisions.push(id);
    }
    progress.finish();
    Ok(proposed)
}

/// The organization a foreign record is, by its key (the dataset's origin and the
/// record's id there): the one an earlier import of it made, else its own UUID, unless
/// another organization already has that one.
async fn keyed(store: &dyn Store, origin: &str, f: &Foreign) -> anyhow::Result<uuid::Uuid> {
    if let Some(id) = store.import_key(origin, &f.source_id).await? {
        return Ok(id);
    }
    let own = f.org.uuid();
    Ok(match store.history(own).await?.is_empty() {
        true => own,
        false => uuid::Uuid::new_v5(
            &crate::model::ids::NAMESPACE,
            format!("import:{origin}/organization/{}", f.source_id).as_bytes(),
        ),
    })
}

/// Gives an organization that could not keep its own UUID (another organization has it)
/// ids under its new one, so none of its records shares an id with the other's.
fn rekey(org: &mut Organization, id: uuid::Uuid) {
    let under = |parent: uuid::Uuid, old: Option<uuid::Uuid>| {
        old.map(|old| uuid::Uuid::new_v5(&parent, old.as_bytes()))
    };
    org.id = Some(id);
    org.slug = foreign::slug(org.name.text("en"), id);
    for service in &mut org.services {
        service.id = under(id, service.id);
        let sid = service.id.unwrap_or(id);
        for c in &mut service.channels {
            c.id = under(sid, c.id);
        }
        for l in &mut service.locations {
            l.id = under(sid, l.id);
        }
    }
}

/// Proposes another system's organizations. Each is compared with what the last import
/// of it proposed, not with the public record: an unchanged record is left alone even
/// after a moderator edited the listing, and a changed one becomes a new revision of
/// the same organization. The import's date alone is no change.
pub async fn propose_foreign(
    store: &dyn Store,
    origin: &str,
    orgs: &[Foreign],
    note: &str,
) -> anyhow::Result<Proposed> {
    let mut proposed = Proposed::default();
    let mut progress = Progress::new("proposing", orgs.len());
    for (done, f) in orgs.iter().enumerate() {
        progress.set(done);
        let id = keyed(store, origin, f).await?;
        let mut document = f.org.clone();
        if id != f.org.uuid() {
            rekey(&mut document, id);
        }
        let current = store.current(id).await?;
        let last = store.last_by(id, AuthorKind::Import).await?;
        if let Some(kept) = last.as_ref().or(current.as_ref()) {
            document.slug = kept.document.slug.clone();
        }
        if let Some(last) = &last {
            let mut same = document.clone();
            same.sources = last.document.sources.clone();
            if same == last.document {
                proposed.unchanged += 1;
                continue;
            }
        }
        match last.is_some() || current.is_some() {
            true => proposed.updated += 1,
            false => proposed.imported += 1,
        }
        let revision = store
            .propose(NewRevision {
                document: &document,
                author: "hsds import",
                author_kind: AuthorKind::Import,
                note,
                base_revision: current.map(|r| r.id),
            })
            .await
            .with_context(|| format!("proposing {}", document.slug))?;
        store.set_import_key(origin, &f.source_id, id).await?;
        proposed.revisions.push(revision);
    }
    progress.finish();
    Ok(proposed)
}

/// The imported organization with what an export leaves out put back from the stored
/// one: confidential addresses and exact points, and services and channels on hold.
fn keep_hidden(imported: &Organization, stored: &Organization) -> Organization {
    let mut org = imported.clone();
    for old in &stored.services {
        let id = stored.service_uuid(old);
        let Some(new) = org
            .services
            .iter()
            .position(|s| imported.service_uuid(s) == id)
        else {
            if old.hold.is_some() {
                org.services.push(old.clone());
            }
            continue;
        };
        let service = &mut org.services[new];
        for channel in old.channels.iter().filter(|c| c.hold.is_some()) {
            let id = stored.channel_uuid(old, channel);
            if !service.channels.iter().any(|c| c.id == Some(id)) {
                service.channels.push(channel.clone());
            }
        }
        for location in old.locations.iter().filter(|l| l.confidential_address) {
            let id = stored.location_uuid(old, location);
            let redacted = service
                .locations
                .iter_mut()
                .filter(|l| l.id == Some(id) && l.confidential_address)
                .find(|l| l.address.value.street.is_none() && l.address.value.zip.is_empty());
            if let Some(l) = redacted {
                l.address.value.street = location.address.value.street.clone();
                l.address.value.zip = location.address.value.zip.clone();
                l.point = location.point;
            }
        }
    }
    org
}

//! `faro import --format hsds-json DIR`: the organization documents of an HSDS 3.0 JSON
//! export become proposed revisions in the moderation queue (`tabular_import` reads the
//! CSV package into the same documents). A document that cannot be read is reported
//! with its file, field and reason; the others still import.

use std::path::Path;

use anyhow::Context;

use super::{json, map, types, unmap};
use crate::data::LanguageTable;
use crate::model::Organization;
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

/// Reads `DIR/organizations/*.json` in file-name order.
pub fn read_json(dir: &Path) -> anyhow::Result<(Vec<Organization>, Vec<Skipped>)> {
    let (mut orgs, mut skipped) = (Vec::new(), Vec::new());
    for path in organization_files(dir)? {
        let file = path.display().to_string();
        let text = std::fs::read_to_string(&path).with_context(|| format!("reading {file}"))?;
        let doc = match serde_json::from_str::<types::Organization>(&text) {
            Ok(doc) => doc,
            Err(e) => {
                skipped.push(Skipped {
                    file,
                    field: format!("line {}", e.line()),
                    reason: e.to_string(),
                });
                continue;
            }
        };
        match unmap::organization(&doc) {
            Ok(org) => orgs.push(org),
            Err(e) => skipped.push(Skipped {
                file,
                field: e.field,
                reason: e.reason,
            }),
        }
    }
    Ok((orgs, skipped))
}

/// What an import did.
#[derive(Debug, Default)]
pub struct Proposed {
    /// New revisions, for a moderator to approve.
    pub revisions: Vec<i64>,
    /// Organizations whose public record the import would not change.
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
    for org in orgs {
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

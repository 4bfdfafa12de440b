//! `faro export`: the current approved directory as JSON, one file per organization.
//! Confidential addresses and unapproved revisions never leave (HSDS formats: issue #9).

use std::path::Path;

use crate::store::Store;
use crate::web::redact;

pub async fn write_json(store: &dyn Store, out: &Path) -> anyhow::Result<usize> {
    std::fs::create_dir_all(out)?;
    let (_, orgs) = store.snapshot().await?;
    let mut count = 0;
    for change in orgs.iter().filter(|c| !c.document.withdrawn) {
        let json = serde_json::to_string_pretty(&redact(&change.document))?;
        std::fs::write(out.join(format!("{}.json", change.document.slug)), json)?;
        count += 1;
    }
    Ok(count)
}

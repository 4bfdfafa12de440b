//! Open Referral HSDS 3.0: Faro's directory as HSDS records (`map`), written as JSON
//! documents (`json`) or as the tabular data package (`tabular`), under the taxonomies
//! Faro publishes (`taxonomy`); and read back (`unmap`, `import`), along with other
//! systems' HSDS 3.0 and 2.0 data (`foreign`).
//! Only what the public sees leaves: the current approved revision of each listed
//! organization, without services or channels on hold, confidential places redacted.

pub mod foreign;
pub mod import;
pub mod json;
pub mod map;
pub mod tabular;
pub mod tabular_import;
pub mod taxonomy;
pub mod types;
pub mod unmap;

use crate::model::Organization;
use crate::store::{Store, StoreError};
use crate::web::{redact, without_holds};

/// The organizations an export or the HSDS API may show, in the store's fixed order.
pub async fn public(store: &dyn Store) -> Result<Vec<Organization>, StoreError> {
    let (_, changes) = store.snapshot().await?;
    Ok(changes
        .iter()
        .filter(|c| !c.document.withdrawn)
        .map(|c| visible(&c.document))
        .collect())
}

/// What of one organization may leave Faro.
pub fn visible(org: &Organization) -> Organization {
    redact(&without_holds(org))
}

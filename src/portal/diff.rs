//! Field-by-field differences between two revisions of an organization, as a moderator
//! reads them: one line per changed value, with paths that name services and channels by
//! slug, and a mark on the changes that need their source opened (phone numbers and
//! confidentiality facts).

use serde_json::Value;

use crate::model::Organization;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    pub path: String,
    pub before: Option<String>,
    pub after: Option<String>,
    /// A contact (phone, keyword, address of a line) or a confidentiality fact.
    pub needs_source_check: bool,
}

fn flatten(value: &Value, path: String, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let next = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                flatten(v, next, out);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                // Services, channels and locations are named by slug, so a reordering is
                // not shown as a change of every field.
                let key = item
                    .get("slug")
                    .and_then(Value::as_str)
                    .map_or_else(|| i.to_string(), str::to_string);
                flatten(item, format!("{path}[{key}]"), out);
            }
        }
        Value::Null => {}
        other => out.push((path, other.to_string().trim_matches('"').to_string())),
    }
}

fn leaves(org: Option<&Organization>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if let Some(org) = org {
        let value = serde_json::to_value(org).expect("organizations serialize");
        flatten(&value, String::new(), &mut out);
    }
    out
}

/// A change a moderator must check at its source; a recorded live check is not one.
fn sensitive(path: &str) -> bool {
    (path.contains(".contact.")
        || path.contains(".confidentiality.")
        || path.contains(".keywords."))
        && !path.contains(".live_check.")
}

pub fn diff(before: Option<&Organization>, after: &Organization) -> Vec<FieldChange> {
    let old = leaves(before);
    let new = leaves(Some(after));
    let find = |list: &[(String, String)], path: &str| {
        list.iter().find(|(p, _)| p == path).map(|(_, v)| v.clone())
    };
    let mut paths: Vec<&String> = old.iter().chain(new.iter()).map(|(p, _)| p).collect();
    paths.sort();
    paths.dedup();
    paths
        .into_iter()
        .filter_map(|path| {
            let (b, a) = (find(&old, path), find(&new, path));
            (b != a).then(|| FieldChange {
                needs_source_check: sensitive(path),
                path: path.clone(),
                before: b,
                after: a,
            })
        })
        .collect()
}

//! The files under `data/`: reading them, and the checker that keeps them honest.

mod check;
mod fingerprint;
mod tables;

use std::fmt;
use std::path::{Path, PathBuf};

pub use check::{check, minutes, phone_shape};
pub use fingerprint::fingerprint;
pub use tables::{Language, LanguageTable, Need, Taxonomy};

use crate::model::Organization;

/// Everything in `data/` except the gazetteer, as read from disk.
#[derive(Debug, Clone, Default)]
pub struct DataSet {
    pub root: PathBuf,
    pub organizations: Vec<(PathBuf, Organization)>,
    pub taxonomy: Taxonomy,
    pub languages: LanguageTable,
    pub routing: Option<crate::route::Rules>,
    /// A folder written by `faro synth` (it holds the `SYNTHETIC` marker): for tests and
    /// benchmarks only, so it need not cover every state.
    pub synthetic: bool,
}

/// One thing wrong in `data/`: where, which field, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub field: String,
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.field, self.reason)
    }
}

impl DataSet {
    /// Reads every file. Files that do not parse are reported and left out, so one
    /// broken file does not hide the problems of the others.
    pub fn load(root: &Path) -> (DataSet, Vec<Problem>) {
        let (mut set, mut problems) = DataSet::load_tables(root);
        let dir = root.join("directory");
        let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
            Ok(entries) => entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect(),
            Err(e) => {
                problems.push(Problem {
                    file: dir.display().to_string(),
                    field: "-".into(),
                    reason: format!("cannot read the directory: {e}"),
                });
                Vec::new()
            }
        };
        files.sort();
        for file in files {
            if let Some(org) = read_toml::<Organization>(&file, &mut problems) {
                set.organizations.push((file, org));
            }
        }
        (set, problems)
    }

    /// Reads the tables (taxonomy, languages, routing rules) but not the directory: what
    /// a start needs when the directory is already in the store as it is on disk.
    pub fn load_tables(root: &Path) -> (DataSet, Vec<Problem>) {
        let mut problems = Vec::new();
        let mut set = DataSet {
            root: root.to_path_buf(),
            synthetic: root.join(crate::synth::MARKER).exists(),
            ..DataSet::default()
        };
        if let Some(t) = read_toml::<Taxonomy>(&root.join("taxonomy.toml"), &mut problems) {
            set.taxonomy = t;
        }
        if let Some(l) = read_toml::<LanguageTable>(&root.join("languages.toml"), &mut problems) {
            set.languages = l;
        }
        set.routing = read_toml(&root.join("routing.toml"), &mut problems);
        (set, problems)
    }

    /// Loads and checks; any problem is an error listing all of them.
    pub fn load_checked(root: &Path) -> Result<DataSet, Vec<Problem>> {
        let (set, mut problems) = DataSet::load(root);
        problems.extend(check(&set));
        if problems.is_empty() {
            Ok(set)
        } else {
            Err(problems)
        }
    }
}

fn read_toml<T: serde::de::DeserializeOwned>(
    path: &Path,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let file = path.display().to_string();
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            problems.push(Problem {
                file,
                field: "-".into(),
                reason: format!("cannot read: {e}"),
            });
            return None;
        }
    };
    match toml::from_str::<T>(&text) {
        Ok(v) => Some(v),
        Err(e) => {
            let field = e
                .span()
                .map(|span| {
                    let line = text[..span.start].lines().count().max(1);
                    format!("line {line}")
                })
                .unwrap_or_else(|| "-".into());
            problems.push(Problem {
                file,
                field,
                reason: format!("schema: {}", e.message()),
            });
            None
        }
    }
}

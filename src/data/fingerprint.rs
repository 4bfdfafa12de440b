//! A digest of everything in `data/` that seeding reads (all but the gazetteer), so a start
//! whose `data/` is byte for byte what was last seeded skips reading, checking and
//! comparing the whole directory again.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

pub fn fingerprint(root: &Path) -> std::io::Result<String> {
    let mut files = Vec::new();
    collect(root, root, &mut files)?;
    files.sort();
    let mut hash = Sha256::new();
    for relative in files {
        let bytes = std::fs::read(root.join(&relative))?;
        let name = relative.to_string_lossy();
        // Lengths keep one file's end from passing for the next one's start.
        hash.update((name.len() as u64).to_le_bytes());
        hash.update(name.as_bytes());
        hash.update((bytes.len() as u64).to_le_bytes());
        hash.update(&bytes);
    }
    Ok(hash.finalize().iter().map(|b| format!("{b:02x}")).collect())
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path == root.join("places") {
            continue;
        }
        if path.is_dir() {
            collect(root, &path, out)?;
        } else if let Ok(relative) = path.strip_prefix(root) {
            out.push(relative.to_path_buf());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_change_but_the_gazetteer_changes_the_fingerprint() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("directory")).unwrap();
        std::fs::create_dir_all(root.join("places")).unwrap();
        std::fs::write(root.join("directory/a.toml"), "slug = \"a\"").unwrap();
        let first = fingerprint(root).unwrap();
        assert_eq!(fingerprint(root).unwrap(), first, "stable");
        std::fs::write(root.join("places/zips.csv"), "zip").unwrap();
        assert_eq!(
            fingerprint(root).unwrap(),
            first,
            "the gazetteer is not seeded"
        );
        std::fs::write(root.join("directory/a.toml"), "slug = \"b\"").unwrap();
        let edited = fingerprint(root).unwrap();
        assert_ne!(edited, first);
        std::fs::write(root.join("directory/b.toml"), "").unwrap();
        assert_ne!(
            fingerprint(root).unwrap(),
            edited,
            "a new empty file counts"
        );
    }
}

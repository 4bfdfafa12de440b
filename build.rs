//! Embeds every guide (`locales/<loc>/guides/<slug>.md`) in the binary, as Fluent strings
//! are, so a deployment is one file and a guide can never be missing at run time.

use std::fmt::Write;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=locales");
    let mut files = Vec::new();
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for locale in std::fs::read_dir(&locales).expect("locales/ exists") {
        let locale = locale.expect("readable locales/").path();
        let guides = locale.join("guides");
        println!("cargo:rerun-if-changed={}", guides.display());
        let Ok(entries) = std::fs::read_dir(&guides) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("readable guides/").path();
            if path.extension().is_some_and(|e| e == "md") {
                let tag = locale.file_name().unwrap().to_string_lossy().into_owned();
                let slug = path.file_stem().unwrap().to_string_lossy().into_owned();
                files.push((tag, slug, path));
            }
        }
    }
    files.sort();
    let mut out = String::from("pub static FILES: &[(&str, &str, &str)] = &[\n");
    for (tag, slug, path) in files {
        writeln!(
            out,
            "    ({tag:?}, {slug:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("guides.rs");
    std::fs::write(dest, out).unwrap();
}

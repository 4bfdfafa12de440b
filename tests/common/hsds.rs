//! The HSDS tests' fixture and helpers: a listing that uses every part of Faro's model,
//! exports of the app's store, and the Python validators.

use std::path::{Path, PathBuf};
use std::process::Command;

use faro::model::Organization;
use faro::store::{AuthorKind, NewRevision};

use super::{TestApp, app};

/// Where an import's facts come from, dated 2026-05-01.
pub fn provenance<'a>(
    places: &'a faro::place::Gazetteer,
    origin: &'a str,
) -> faro::hsds::foreign::Provenance<'a> {
    faro::hsds::foreign::Provenance {
        origin,
        date: "2026-05-01",
        places,
        languages: super::languages(),
    }
}

/// The HSDS 3.0 specification, beside the repository as in CI.
pub fn spec() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/hsds-3.0");
    assert!(
        dir.join("schema/compiled").is_dir(),
        "{} is missing",
        dir.display()
    );
    dir
}

/// The Python with the validators installed; `None` (skip, with a notice) only outside CI.
pub fn python_with(modules: &str, pins: &str) -> Option<String> {
    let python = std::env::var("FARO_PYTHON").unwrap_or_else(|_| "python3".into());
    let ok = Command::new(&python)
        .args(["-c", &format!("import {modules}")])
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        assert!(
            std::env::var("CI").is_err(),
            "CI must install {pins} (FARO_PYTHON={python})"
        );
        eprintln!("skipped: {modules} is not installed for {python}");
        return None;
    }
    Some(python)
}

/// A synthetic listing that uses every part of Faro's model: translations, weekly hours
/// in a named zone and in the caller's zone, keywords, a live check, a state line, ages,
/// a public place, a confidential one, a held service and a held channel.
const FULL: &str = r#"
slug = "test-hsds-full"
kind = "ngo"
owner = "org"
website = "https://example.org"
name = { en = "Test Full Coverage Center", es = { text = "Centro de Prueba", status = "reviewed", reviewer = "R. Tester", reviewed_on = "2026-01-02" } }
description = { en = "A synthetic organization for tests." }
agency_domains = ["example.org"]

[[sources]]
id = "site"
url = "https://example.org/services"
date = "2026-01-01"
title = "Example services page"

[[sources]]
id = "other"
url = "https://example.net/list"
date = "undated"

[[services]]
slug = "help"
name = { en = "Test Help Line" }
description = { en = "Talk to someone.", es = { text = "Hable con alguien.", status = "draft" } }
needs = ["talk", "legal"]
audiences = ["child", "sponsor"]
operator_kind = "child_protection"
ages = { min = 12, max = 17 }
cost = { value = "free", status = "confirmed", sources = ["site"], live_check = { on = "2026-02-01", by = "moderator@example.org", method = "call" } }
area = { kind = "states", states = ["TX", "NM"] }
state_line = { state = "TX", statewide = { value = true, status = "secondary", sources = ["other"] } }

[[services.channels]]
slug = "call"
kind = "voice"
label = { en = "Main line" }
contact = { value = "+15125550100", status = "confirmed", sources = ["site"] }
reach = { value = ["TX", "NM"], status = "confirmed", sources = ["site"] }
languages = { value = ["eng", "spa"], status = "confirmed", sources = ["site"] }
interpretation = { value = { en = "Interpreters on request." }, status = "secondary", sources = ["other"] }
hours = { value = { weekly = { zone = "America/Chicago", periods = [{ days = "mon-fri", opens = "08:00", closes = "17:00" }, { days = "sat", opens = "10:00", closes = "14:00" }], closed_on = ["2026-12-25"] } }, status = "confirmed", sources = ["site"] }
what_happens = { value = { en = "Someone listens." }, status = "confirmed", sources = ["site"] }
[services.channels.confidentiality]
tells_police = { value = "when_required", status = "confirmed", sources = ["site"] }
tells_cps = { value = "always", status = "confirmed", sources = ["site"] }
tells_immigration = { value = "never", status = "secondary", sources = ["other"] }
anonymous_ok = { value = "yes", status = "confirmed", sources = ["site"] }
note = { value = { en = "They keep your name private." }, status = "confirmed", sources = ["site"] }

[[services.channels]]
slug = "text"
kind = "sms"
contact = { value = "+15125550101", status = "secondary", sources = ["other"] }
keywords = { value = { en = "HELP", es = "AYUDA" }, status = "secondary", sources = ["other"] }
reach = { value = "anywhere", status = "secondary", sources = ["other"] }
languages = { value = "unknown", status = "unknown" }
hours = { value = { weekly = { zone = "caller_local", periods = [{ days = "mon,wed", opens = "09:00", closes = "24:00" }] } }, status = "secondary", sources = ["other"] }
what_happens = { value = "unknown", status = "unknown" }
[services.channels.confidentiality]
tells_police = { value = "unknown", status = "unknown" }
tells_cps = { value = "unknown", status = "unknown" }
tells_immigration = { value = "unknown", status = "unknown" }
anonymous_ok = { value = "unknown", status = "unknown" }

[[services.channels]]
slug = "mail"
kind = "email"
contact = { value = "help@example.org", status = "confirmed", sources = ["site"] }
reach = { value = "anywhere", status = "confirmed", sources = ["site"] }
languages = { value = ["spa"], status = "confirmed", sources = ["site"] }
hours = { value = "always", status = "confirmed", sources = ["site"] }
what_happens = { value = "unknown", status = "unknown" }
[services.channels.confidentiality]
tells_police = { value = "unknown", status = "unknown" }
tells_cps = { value = "unknown", status = "unknown" }
tells_immigration = { value = "unknown", status = "unknown" }
anonymous_ok = { value = "unknown", status = "unknown" }

[[services.channels]]
slug = "held-line"
kind = "voice"
contact = { value = "+15125550199", status = "confirmed", sources = ["site"] }
reach = { value = "anywhere", status = "confirmed", sources = ["site"] }
languages = { value = "unknown", status = "unknown" }
hours = { value = "unknown", status = "unknown" }
what_happens = { value = "unknown", status = "unknown" }
hold = { since = "2026-03-01", by = "moderator@example.org" }
[services.channels.confidentiality]
tells_police = { value = "unknown", status = "unknown" }
tells_cps = { value = "unknown", status = "unknown" }
tells_immigration = { value = "unknown", status = "unknown" }
anonymous_ok = { value = "unknown", status = "unknown" }

[[services.locations]]
slug = "office"
name = { en = "Downtown office" }
address = { value = { street = "100 Test Avenue", city = "Austin", state = "TX", zip = "78701" }, status = "confirmed", sources = ["site"] }
point = { lat = 30.2672, lon = -97.7431 }

[[services.locations]]
slug = "house"
confidential_address = true
address = { value = { street = "1234 Hidden Harbor Lane", city = "Houston", state = "TX", zip = "77099" }, status = "confirmed", sources = ["site"] }
point = { lat = 29.6543, lon = -95.5432 }

[[services]]
slug = "walk-in"
name = { en = "Test Walk-in Clinic" }
needs = ["health"]
audiences = ["child"]
operator_kind = "ngo"
cost = { value = "unknown", status = "unknown" }
area = { kind = "radius", location = "clinic", km = 40.0 }

[[services.channels]]
slug = "visit"
kind = "walk_in"
contact = { value = "200 Test Street, Austin, TX 78702", status = "confirmed", sources = ["site"] }
reach = { value = "in_state", status = "confirmed", sources = ["site"] }
languages = { value = ["eng"], status = "confirmed", sources = ["site"] }
hours = { value = "unknown", status = "unknown" }
what_happens = { value = "unknown", status = "unknown" }
[services.channels.confidentiality]
tells_police = { value = "unknown", status = "unknown" }
tells_cps = { value = "unknown", status = "unknown" }
tells_immigration = { value = "unknown", status = "unknown" }
anonymous_ok = { value = "unknown", status = "unknown" }

[[services.locations]]
slug = "clinic"
address = { value = { street = "200 Test Street", city = "Austin", state = "TX", zip = "78702" }, status = "confirmed", sources = ["site"] }

[[services]]
slug = "held"
name = { en = "Test Held Service Under Review" }
needs = ["talk"]
operator_kind = "ngo"
cost = { value = "unknown", status = "unknown" }
area = { kind = "national" }
hold = { since = "2026-03-01", by = "moderator@example.org" }
"#;

pub fn full() -> Organization {
    toml::from_str(FULL).expect("the fixture parses")
}

pub async fn propose(app: &TestApp, doc: &Organization, base: Option<i64>) -> i64 {
    app.state
        .store
        .propose(NewRevision {
            document: doc,
            author: "test",
            author_kind: AuthorKind::Portal,
            note: "",
            base_revision: base,
        })
        .await
        .unwrap()
}

/// The shipped directory plus the full listing, approved.
pub async fn app_with_full() -> (TestApp, i64) {
    let app = app().await;
    let rev = propose(&app, &full(), None).await;
    app.state.store.approve(rev, "moderator", "").await.unwrap();
    app.state
        .index
        .catch_up(app.state.store.as_ref())
        .await
        .unwrap();
    (app, rev)
}

pub async fn export_json(app: &TestApp, out: &Path) -> faro::hsds::json::Written {
    let data = super::data();
    faro::hsds::json::write_json(
        app.state.store.as_ref(),
        &data.taxonomy,
        &data.languages,
        out,
    )
    .await
    .unwrap()
}

pub async fn export_csv(app: &TestApp, out: &Path) -> faro::hsds::tabular::Written {
    let data = super::data();
    faro::hsds::tabular::write_csv(
        app.state.store.as_ref(),
        &data.taxonomy,
        &data.languages,
        out,
    )
    .await
    .unwrap()
}

/// Both formats, in `json/` and `csv/` under `out`.
pub async fn export_both(app: &TestApp, out: &Path) {
    export_json(app, &out.join("json")).await;
    export_csv(app, &out.join("csv")).await;
}

/// Every file under `dir`, with its text, in a fixed order.
pub fn files(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let text = std::fs::read_to_string(&path).unwrap();
                out.push((path.strip_prefix(dir).unwrap().to_path_buf(), text));
            }
        }
    }
    out.sort();
    out
}

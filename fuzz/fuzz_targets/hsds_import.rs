#![no_main]
//! Another system's HSDS data: a JSON document, and the same bytes as a CSV package's
//! organizations and services tables. Always a report of what was read and left out (or
//! a clear error for a package that cannot be read at all), never a crash.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let state = faro_fuzz::state();
    let provenance = faro::hsds::foreign::Provenance {
        origin: "fuzz",
        date: "2026-01-01",
        places: &state.places,
        languages: &state.languages,
    };
    let json = tempfile::tempdir().expect("a temporary folder");
    std::fs::write(json.path().join("document.json"), bytes).expect("written");
    let _ = faro::hsds::import::read_json(json.path(), &provenance);

    let csv = tempfile::tempdir().expect("a temporary folder");
    for table in ["organizations.csv", "services.csv", "languages.csv"] {
        std::fs::write(csv.path().join(table), bytes).expect("written");
    }
    let _ = faro::hsds::import::read_csv(csv.path(), &provenance);
});

//! Open Referral HSDS 3.0 files: what `faro export --format hsds-json|hsds-csv` writes
//! meets the official schemas, never holds a confidential address, a hold or an
//! unapproved revision, and `faro import` reads it back without loss.

mod common;

use std::process::Command;

use common::hsds::{
    app_with_full, export_both, export_csv, export_json, files, full, propose, provenance,
    python_with, spec,
};
use faro::store::{AuthorKind, Store};

#[actix_web::test]
async fn every_exported_json_document_validates_against_the_compiled_schemas() {
    let Some(python) = python_with(
        "jsonschema, rfc3986_validator, rfc3339_validator",
        "jsonschema 4.26.0, rfc3986-validator 0.1.1 and rfc3339-validator 0.1.4",
    ) else {
        return;
    };
    let (app, _) = app_with_full().await;
    let out = tempfile::tempdir().unwrap();
    let written = export_json(&app, out.path()).await;
    let data = common::data();
    assert_eq!(written.organizations, data.organizations.len() + 1);
    assert!(written.services > written.organizations, "{written:?}");
    assert_eq!(written.taxonomies, 2);
    assert_eq!(
        written.taxonomy_terms,
        faro::hsds::taxonomy::TERMS.len() + data.taxonomy.needs.len()
    );
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/hsds_validate.py");
    let run = Command::new(&python)
        .arg(script)
        .arg("json")
        .arg(spec())
        .arg(out.path())
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&run.stdout);
    println!("{report}{}", String::from_utf8_lossy(&run.stderr));
    assert!(run.status.success(), "invalid HSDS documents:\n{report}");
}

#[actix_web::test]
async fn exports_are_byte_for_byte_the_same_each_time() {
    let (app, _) = app_with_full().await;
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    export_both(&app, a.path()).await;
    export_both(&app, b.path()).await;
    let (first, second) = (files(a.path()), files(b.path()));
    assert!(!first.is_empty());
    assert!(first == second, "two exports of one store differ");
    let data = common::data();
    let again = faro::hsds::json::write_json(
        app.state.store.as_ref(),
        &data.taxonomy,
        &data.languages,
        &a.path().join("json"),
    )
    .await;
    assert!(
        again.is_err(),
        "a second JSON export over the first could leave stale documents"
    );
}

#[actix_web::test]
async fn no_confidential_address_hold_or_unapproved_revision_is_exported() {
    let (app, approved) = app_with_full().await;
    let mut edited = full();
    edited.name = faro::model::LocalizedText::en("Test Unapproved New Name");
    propose(&app, &edited, Some(approved)).await;
    let mut newcomer = full();
    newcomer.slug = "test-never-approved".into();
    newcomer.name = faro::model::LocalizedText::en("Test Never Approved Org");
    propose(&app, &newcomer, None).await;

    let out = tempfile::tempdir().unwrap();
    export_both(&app, out.path()).await;
    let all = files(out.path());
    let csv = &all
        .iter()
        .find(|(path, _)| path.ends_with("csv/addresses.csv"))
        .expect("addresses.csv")
        .1;
    assert!(csv.contains("100 Test Avenue"), "{csv}");
    let full_doc = all
        .iter()
        .find(|(_, text)| text.contains("Test Full Coverage Center"))
        .expect("the approved listing is exported");
    assert!(
        full_doc.1.contains("100 Test Avenue"),
        "public addresses are exported"
    );
    for (path, text) in &all {
        for secret in [
            "Hidden Harbor",
            "77099",
            "29.6543",
            "-95.5432",
            "Test Unapproved New Name",
            "Test Never Approved Org",
            "Test Held Service Under Review",
            "+15125550199",
        ] {
            assert!(!text.contains(secret), "{} holds {secret}", path.display());
        }
    }
    // The confidential place is still listed, by its city.
    assert!(full_doc.1.contains("Houston"));
}

#[actix_web::test]
async fn faro_facts_without_an_hsds_field_are_attributes_under_published_terms() {
    let (app, _) = app_with_full().await;
    let out = tempfile::tempdir().unwrap();
    export_json(&app, out.path()).await;
    let org = full();
    let doc: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            out.path()
                .join("organizations")
                .join(format!("{}.json", org.uuid())),
        )
        .unwrap(),
    )
    .unwrap();
    let terms: Vec<serde_json::Value> = files(&out.path().join("taxonomy_terms"))
        .iter()
        .map(|(_, t)| serde_json::from_str(t).unwrap())
        .collect();
    let code_of = |id: &serde_json::Value| {
        terms
            .iter()
            .find(|t| &t["id"] == id)
            .map(|t| t["code"].as_str().unwrap().to_string())
            .unwrap_or_else(|| panic!("attribute term {id} is not in the export's terms"))
    };
    let service = &doc["services"][0];
    let values = |record: &serde_json::Value, code: &str| -> Vec<String> {
        record["attributes"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|a| code_of(&a["taxonomy_term_id"]) == code)
            .map(|a| a["value"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(values(service, "audience"), ["child", "sponsor"]);
    assert_eq!(values(service, "operator_kind"), ["child_protection"]);
    assert_eq!(values(service, "talk"), ["talk"]);
    assert_eq!(values(&doc, "slug"), ["test-hsds-full"]);
    assert_eq!(values(&doc, "source").len(), 2);
    let channels = values(service, "channel");
    assert_eq!(channels.len(), 3, "the held channel is left out");
    let call: serde_json::Value = serde_json::from_str(&channels[0]).unwrap();
    assert_eq!(call["confidentiality"]["tells_cps"]["value"], "always");
    assert_eq!(call["hours"]["value"]["weekly"]["zone"], "America/Chicago");
    let checks = values(service, "verification");
    assert!(checks[0].contains("\"method\":\"call\""), "{checks:?}");
    // The readable projection: phones, weekly hours with the zone's offset, languages.
    assert_eq!(service["phones"].as_array().unwrap().len(), 2);
    assert_eq!(service["schedules"][0]["byday"], "MO,TU,WE,TH,FR");
    assert_eq!(service["schedules"][0]["timezone"], -6.0);
    assert_eq!(
        values(&service["schedules"][0], "time_zone"),
        ["America/Chicago"]
    );
    assert_eq!(service["email"], "help@example.org");
    assert_eq!(service["minimum_age"], 12);
    let localized = values(service, "text");
    assert!(localized[0].contains("Hable con alguien."), "{localized:?}");
}

#[actix_web::test]
async fn the_csv_package_is_the_specs_and_validates_with_frictionless() {
    let (app, _) = app_with_full().await;
    let out = tempfile::tempdir().unwrap();
    let written = export_csv(&app, out.path()).await;
    let rows = |table: &str| {
        written
            .iter()
            .find(|(t, _)| t == table)
            .unwrap_or_else(|| panic!("no {table} table"))
            .1
    };
    assert_eq!(rows("organization"), common::data().organizations.len() + 1);
    assert_eq!(rows("taxonomy"), 2);
    assert!(rows("attribute") > rows("service"), "{written:?}");
    assert_eq!(written.len(), 21, "every table of the spec is written");
    let ours = std::fs::read(out.path().join("datapackage.json")).unwrap();
    let theirs = std::fs::read(spec().join("datapackage.json")).unwrap();
    assert!(ours == theirs, "datapackage.json is not the spec's");

    let Some(python) = python_with("frictionless", "frictionless 5.21.0") else {
        return;
    };
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/hsds_frictionless.py");
    let run = Command::new(&python)
        .arg(script)
        .arg(out.path())
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&run.stdout);
    println!("{report}{}", String::from_utf8_lossy(&run.stderr));
    assert!(
        run.status.success(),
        "frictionless finds the package invalid:\n{report}"
    );
}

#[actix_web::test]
async fn an_export_imported_into_an_empty_store_exports_the_same_files() {
    let (app, _) = app_with_full().await;
    let first = tempfile::tempdir().unwrap();
    export_json(&app, first.path()).await;
    let places = common::places();
    let read = faro::hsds::import::read_json(first.path(), &provenance(&places, "here")).unwrap();
    assert!(read.report.skipped.is_empty(), "{:#?}", read.report);
    assert!(read.foreign.is_empty(), "Faro's own export is recognised");
    let orgs = read.faro;
    let print = faro::hsds::import::fingerprint(first.path()).unwrap();
    assert_eq!(print.len(), 64);
    std::fs::write(first.path().join("organizations/extra.json"), "{}").unwrap();
    assert_ne!(
        faro::hsds::import::fingerprint(first.path()).unwrap(),
        print
    );
    std::fs::remove_file(first.path().join("organizations/extra.json")).unwrap();
    assert_eq!(orgs.len(), common::data().organizations.len() + 1);

    let store = faro::store::SqlStore::in_memory().await.unwrap();
    let proposed = faro::hsds::import::propose(&store, &orgs, "round trip")
        .await
        .unwrap();
    assert_eq!(proposed.unchanged, 0);
    for rev in proposed.revisions {
        assert_eq!(
            store.revision(rev).await.unwrap().author_kind,
            AuthorKind::Import
        );
        store.approve(rev, "moderator", "").await.unwrap();
    }
    let second = tempfile::tempdir().unwrap();
    let data = common::data();
    faro::hsds::json::write_json(&store, &data.taxonomy, &data.languages, second.path())
        .await
        .unwrap();
    let (a, b) = (files(first.path()), files(second.path()));
    assert_eq!(a.len(), b.len());
    for ((path, one), (_, two)) in a.iter().zip(&b) {
        assert!(
            one == two,
            "{} differs after the round trip",
            path.display()
        );
    }

    // Imported again into the store it came from, nothing changes: the confidential
    // address and the held service the export left out are not proposed away.
    let store = app.state.store.as_ref();
    let again = faro::hsds::import::propose(store, &orgs, "again")
        .await
        .unwrap();
    assert_eq!((again.revisions.len(), again.unchanged), (0, orgs.len()));

    // A changed listing keeps them too.
    let mut changed = orgs
        .into_iter()
        .find(|o| o.slug == "test-hsds-full")
        .unwrap();
    changed.services[0].name = faro::model::LocalizedText::en("Test Renamed Help Line");
    let update = faro::hsds::import::propose(store, &[changed], "update")
        .await
        .unwrap();
    assert_eq!(update.revisions.len(), 1);
    store
        .approve(update.revisions[0], "moderator", "")
        .await
        .unwrap();
    let now = store
        .current(full().uuid())
        .await
        .unwrap()
        .unwrap()
        .document;
    assert_eq!(now.services[0].name.text("en"), "Test Renamed Help Line");
    let (kept, original) = (
        &now.services[0].locations[1],
        &full().services[0].locations[1],
    );
    assert_eq!(kept.address.value, original.address.value);
    assert_eq!(kept.point, original.point);
    assert_eq!(now.services.len(), 3, "the held service stays");
    assert!(
        now.services[0]
            .channels
            .iter()
            .any(|c| c.slug == "held-line")
    );
}

#[test]
fn a_document_faro_cannot_read_is_reported_with_its_file_and_field() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("organizations")).unwrap();
    std::fs::copy(
        spec().join("examples/organization_full.json"),
        dir.path().join("organizations/example.json"),
    )
    .unwrap();
    std::fs::write(dir.path().join("organizations/broken.json"), "{\"id\": 1").unwrap();
    let places = common::places();
    let read = faro::hsds::import::read_json(dir.path(), &provenance(&places, "here")).unwrap();
    let skipped = &read.report.skipped;
    assert_eq!(skipped.len(), 1, "{skipped:#?}");
    assert!(skipped[0].file.ends_with("broken.json"));
    assert_eq!(skipped[0].field, "line 1");
    // The other system's document beside it still imports.
    assert_eq!(read.foreign.len(), 1);
}

#[actix_web::test]
async fn a_csv_package_imported_into_an_empty_store_exports_the_same_files() {
    let (app, _) = app_with_full().await;
    let first = tempfile::tempdir().unwrap();
    export_csv(&app, first.path()).await;
    let places = common::places();
    let read = faro::hsds::import::read_csv(first.path(), &provenance(&places, "here")).unwrap();
    assert!(read.report.skipped.is_empty(), "{:#?}", read.report);
    assert!(read.foreign.is_empty(), "Faro's own export is recognised");
    let orgs = read.faro;
    assert_eq!(orgs.len(), common::data().organizations.len() + 1);
    let store = faro::store::SqlStore::in_memory().await.unwrap();
    let proposed = faro::hsds::import::propose(&store, &orgs, "csv round trip")
        .await
        .unwrap();
    for rev in proposed.revisions {
        store.approve(rev, "moderator", "").await.unwrap();
    }
    let second = tempfile::tempdir().unwrap();
    let data = common::data();
    faro::hsds::tabular::write_csv(&store, &data.taxonomy, &data.languages, second.path())
        .await
        .unwrap();
    let (a, b) = (files(first.path()), files(second.path()));
    assert_eq!(a.len(), b.len());
    for ((path, one), (_, two)) in a.iter().zip(&b) {
        assert!(
            one == two,
            "{} differs after the round trip",
            path.display()
        );
    }
}

#[test]
fn unusable_csv_rows_are_reported_with_file_row_field_and_reason() {
    let dir = tempfile::tempdir().unwrap();
    for table in ["attributes", "locations", "service_at_location"] {
        let header = match table {
            "attributes" => "id,link_id,taxonomy_term_id,link_type,link_entity,value",
            "locations" => "id,location_type,name",
            _ => "id,service_id,location_id,description",
        };
        std::fs::write(
            dir.path().join(format!("{table}.csv")),
            format!("{header}\n"),
        )
        .unwrap();
    }
    let org = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610";
    std::fs::write(
        dir.path().join("services.csv"),
        format!(
            "id,organization_id,name,status,minimum_age\n\
             not-a-uuid,{org},A,active,\n\
             ac148810-d857-441c-9679-408f346de14b,{org},B,active,twelve\n"
        ),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("organizations.csv"),
        format!("id,name,description\n{org},Example,An organization from elsewhere\n"),
    )
    .unwrap();
    let (orgs, skipped) = faro::hsds::tabular_import::read_csv(dir.path()).unwrap();
    assert!(orgs.is_empty());
    let got: Vec<String> = skipped.iter().map(ToString::to_string).collect();
    assert_eq!(
        got,
        [
            "services.csv row 2: id: not a UUID",
            "services.csv row 3: minimum_age: not an age in years",
            "organizations.csv row 2: organization.attributes: no Faro slug attribute",
        ]
    );
}

fn examples() -> std::path::PathBuf {
    spec().join("examples")
}

/// Another system's facts arrive `secondary`, citing the dataset, dated by the record.
fn assert_secondary_from(org: &faro::model::Organization, origin: &str, date: &str) {
    use faro::model::Status;
    assert_eq!(org.sources.len(), 1);
    assert_eq!(
        (org.sources[0].url.as_str(), org.sources[0].date.as_str()),
        (origin, date)
    );
    for service in &org.services {
        for c in &service.channels {
            assert_eq!(c.contact.status, Status::Secondary, "{}", c.contact.value);
            assert_eq!(c.contact.sources, [faro::hsds::foreign::SOURCE_ID]);
            // What HSDS does not say stays unknown.
            assert_eq!(c.confidentiality.tells_immigration.status, Status::Unknown);
            assert!(!c.languages.is_known() && !c.what_happens.is_known());
        }
        for l in &service.locations {
            assert_eq!(l.address.status, Status::Secondary);
        }
        assert_eq!(service.cost.status, Status::Unknown);
        assert_eq!(service.operator_kind, faro::model::OperatorKind::Unknown);
    }
    assert_eq!(org.kind, faro::model::OrgKind::Unknown);
}

#[test]
fn the_official_json_examples_import_with_every_fact_secondary() {
    let places = common::places();
    let read = faro::hsds::import::read_json(&examples(), &provenance(&places, "spec")).unwrap();
    assert!(read.report.skipped.is_empty(), "{:#?}", read.report.skipped);
    assert!(read.faro.is_empty());
    // organization_full, service_full, the services at locations and the lists all
    // describe one organization and its one service: merged by id, not repeated.
    assert_eq!(read.foreign.len(), 1, "{:#?}", read.foreign);
    let f = &read.foreign[0];
    assert_eq!(f.source_id, "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610");
    let org = &f.org;
    assert_eq!(org.name.text("en"), "Example Organization Inc.");
    assert_eq!(org.website.as_deref(), Some("http://example.com"));
    assert_eq!(org.services.len(), 1);
    let service = &org.services[0];
    assert_eq!(service.name.text("en"), "Community Counselling");
    assert_eq!(
        service.ages,
        Some(faro::model::AgeRange {
            min: Some(12),
            max: Some(100)
        })
    );
    // The e-mail is the one way to reach it Faro can use: "+44 1234 234567" is no US
    // number, and the place's address ("MyState", "ABC 1234") no US address.
    let kinds: Vec<_> = service.channels.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [faro::model::ChannelKind::Email]);
    assert_eq!(service.channels[0].contact.value, "email@example.com");
    assert!(service.locations.is_empty());
    assert_eq!(service.area, faro::model::ServiceArea::Unknown);
    assert_secondary_from(org, "spec", "2023-03-15");
    let dropped: Vec<String> = read
        .report
        .dropped
        .iter()
        .map(|d| d.reason.clone())
        .collect();
    for reason in [
        "not a US phone number",
        "not a US state",
        "no US address: the place is left out",
        "neither a US state nor a GeoJSON shape: where it serves stays unknown",
        "no phone to hold these hours",
        "not an organization, a service or a service at a location: not read",
        // Urdu ("ur") is not in data/languages.toml.
        "not a language in Faro's table (data/languages.toml)",
    ] {
        assert!(
            dropped.iter().any(|d| d == reason),
            "{reason} not in {dropped:#?}"
        );
    }
}

#[test]
fn a_records_languages_become_faros_codes_on_every_way_to_reach_it() {
    let places = common::places();
    let dir = tempfile::tempdir().unwrap();
    let mut doc: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(examples().join("organization_full.json")).unwrap(),
    )
    .unwrap();
    // By ISO 639-1 code, by ISO 639-3 code, by English name; and one Faro does not list.
    doc["services"][0]["languages"] = serde_json::json!([
        { "name": "Spanish", "code": "es" },
        { "code": "QUC" },
        { "name": "mam" },
        { "name": "Klingon", "code": "tlh" },
    ]);
    std::fs::write(
        dir.path().join("organization.json"),
        serde_json::to_vec(&doc).unwrap(),
    )
    .unwrap();
    let read = faro::hsds::import::read_json(dir.path(), &provenance(&places, "spec")).unwrap();
    let service = &read.foreign[0].org.services[0];
    assert!(!service.channels.is_empty());
    for channel in &service.channels {
        assert_eq!(
            channel.languages.value,
            faro::model::Knowable::Known(vec!["mam".into(), "quc".into(), "spa".into()])
        );
        assert_eq!(channel.languages.status, faro::model::Status::Secondary);
    }
    let left_out: Vec<String> = read
        .report
        .dropped
        .iter()
        .map(|d| d.field.clone())
        .collect();
    assert!(
        left_out.iter().any(|f| f.ends_with("languages[3]")),
        "{left_out:?}"
    );
}

/// Each row an import left out, as its report prints it.
fn skipped_rows(read: &faro::hsds::import::Read) -> Vec<String> {
    read.report
        .skipped
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn the_official_csv_examples_import_and_report_each_row_left_out() {
    let places = common::places();
    let dir = examples().join("csv");
    let read = faro::hsds::import::read_csv(&dir, &provenance(&places, "spec-csv")).unwrap();
    let skipped = skipped_rows(&read);
    assert_eq!(
        skipped,
        [
            "locations.csv row 2: latitude: not a coordinate",
            "addresses.csv row 2: location_id: no imported location",
            "service_at_location.csv row 2: location_id: no imported location",
            "phones.csv row 2: number: not a US phone number",
            "service_areas.csv row 2: name: not a US state",
        ]
    );
    // Latitude 100 is no place on Earth, so the example's one place goes, and the rows
    // that point at it; the organization and its service still import.
    assert_eq!(read.foreign.len(), 1);
    let org = &read.foreign[0].org;
    assert_eq!(org.services.len(), 1);
    assert_eq!(org.services[0].name.text("en"), "Community Counselling");
    assert_secondary_from(org, "spec-csv", "2023-03-15");
}

#[actix_web::test]
async fn a_foreign_dataset_imported_again_updates_its_organizations_instead_of_adding() {
    let places = common::places();
    let p = provenance(&places, "https://example.org/hsds");
    let store = faro::store::SqlStore::in_memory().await.unwrap();
    let first = faro::hsds::import::read_json(&examples(), &p).unwrap();
    let proposed = faro::hsds::import::propose_foreign(&store, p.origin, &first.foreign, "1")
        .await
        .unwrap();
    assert_eq!((proposed.imported, proposed.revisions.len()), (1, 1));
    let orgs = store.organization_ids().await.unwrap();

    let again = faro::hsds::import::propose_foreign(&store, p.origin, &first.foreign, "2")
        .await
        .unwrap();
    assert_eq!((again.unchanged, again.revisions.len()), (1, 0));
    assert_eq!(store.organization_ids().await.unwrap(), orgs);

    // A changed record, with the same id in the same dataset: a new proposed revision of
    // the same organization, on a later day.
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(examples().join("organization_full.json")).unwrap();
    let changed = text.replace("Community Counselling", "Community Counselling Online");
    std::fs::write(dir.path().join("organization.json"), changed).unwrap();
    let later = faro::hsds::foreign::Provenance {
        date: "2026-06-01",
        ..provenance(&places, p.origin)
    };
    let read = faro::hsds::import::read_json(dir.path(), &later).unwrap();
    let update = faro::hsds::import::propose_foreign(&store, p.origin, &read.foreign, "3")
        .await
        .unwrap();
    assert_eq!(
        (update.updated, update.imported, update.revisions.len()),
        (1, 0, 1)
    );
    assert_eq!(store.organization_ids().await.unwrap(), orgs);
    let history = store.history(orgs[0]).await.unwrap();
    assert_eq!(history.len(), 2);
    let newest = &history[1];
    assert_eq!(newest.status, faro::store::RevisionStatus::Proposed);
    assert_eq!(newest.author_kind, AuthorKind::Import);
    assert_eq!(
        newest.document.services[0].name.text("en"),
        "Community Counselling Online"
    );
    assert_eq!(newest.document.slug, history[0].document.slug);

    // The same records from another dataset are another system's: a new organization.
    let elsewhere =
        faro::hsds::import::propose_foreign(&store, "https://other.example", &first.foreign, "4")
            .await
            .unwrap();
    assert_eq!(elsewhere.imported, 1);
    assert_eq!(store.organization_ids().await.unwrap().len(), 2);
}

fn dc_sample() -> std::path::PathBuf {
    spec().join("../hsds-samples/dc-orservices-2.0")
}

/// The DC sample's rows left out, counted by hand before the importer existed:
/// `scripts/hsds_dc_count.py`, one rule per check (csv.DictReader over the raw files, cells trimmed, each row
/// left out at its first failing check, tables in the order organizations, services,
/// locations, physical_addresses, then locations without an address, services_at_location,
/// phones, schedules, service_areas; a row pointing at a left-out row is left out). Its
/// output was:
///
/// ```text
///   6 locations.csv | address | none in physical_addresses.csv   (6 locations no address row names)
/// 293 phones.csv | service_id | missing                          (phones of a location or organization only)
/// 364 phones.csv | service_id | no imported service               (ids not in services.csv, or of left-out services)
///   1 physical_addresses.csv | location_id | a second address for one location
/// 307 physical_addresses.csv | location_id | no imported location (ids not in locations.csv)
/// 442 schedules.csv | opens_at | missing                         (the file has no opens_at/closes_at: its times sit
///                                                                  in valid_from/valid_to or dtstart/until, not read)
/// 280 schedules.csv | service_id | missing
/// 259 schedules.csv | service_id | no imported service
///   3 service_areas.csv | service_id | missing
///   1 services.csv | email | not an e-mail address
///   6 services.csv | organization_id | no imported organization
///  13 services.csv | status | not active                        (13 "inactive")
///  47 services_at_location.csv | location_id | no imported location
/// 727 services_at_location.csv | service_id | no imported service
/// total 2749; organizations 57, services 481, locations 214, services at locations 716
/// ```
/// No phone that reaches the type and number checks fails them: every phone of an imported
/// service is a voice or textphone line with a US number.
#[test]
fn the_dc_sample_imports_with_the_skip_counts_worked_out_by_hand() {
    let places = common::places();
    let read = faro::hsds::import::read_csv(&dc_sample(), &provenance(&places, "dc")).unwrap();
    let mut counts = std::collections::BTreeMap::new();
    for s in &read.report.skipped {
        let file = s.file.split(" row ").next().unwrap().to_string();
        *counts
            .entry((file, s.field.clone(), s.reason.clone()))
            .or_insert(0) += 1;
    }
    let got: Vec<(usize, String)> = counts
        .into_iter()
        .map(|((file, field, reason), n)| (n, format!("{file} | {field} | {reason}")))
        .collect();
    let expected: Vec<(usize, String)> = [
        (
            6,
            "locations.csv | address | none in physical_addresses.csv",
        ),
        (293, "phones.csv | service_id | missing"),
        (364, "phones.csv | service_id | no imported service"),
        (
            1,
            "physical_addresses.csv | location_id | a second address for one location",
        ),
        (
            307,
            "physical_addresses.csv | location_id | no imported location",
        ),
        (442, "schedules.csv | opens_at | missing"),
        (280, "schedules.csv | service_id | missing"),
        (259, "schedules.csv | service_id | no imported service"),
        (3, "service_areas.csv | service_id | missing"),
        (1, "services.csv | email | not an e-mail address"),
        (
            6,
            "services.csv | organization_id | no imported organization",
        ),
        (13, "services.csv | status | not active"),
        (
            47,
            "services_at_location.csv | location_id | no imported location",
        ),
        (
            727,
            "services_at_location.csv | service_id | no imported service",
        ),
    ]
    .into_iter()
    .map(|(n, s)| (n, s.to_string()))
    .collect();
    assert_eq!(got, expected);
    assert_eq!(read.report.skipped.len(), 2749);
    assert!(read.report.skipped.iter().all(|s| s.file.contains(" row ")));
    // Valid rows still import.
    assert_eq!(read.foreign.len(), 57);
    let services: usize = read.foreign.iter().map(|f| f.org.services.len()).sum();
    assert_eq!(services, 481);
    let places_at: usize = read
        .foreign
        .iter()
        .flat_map(|f| &f.org.services)
        .map(|s| s.locations.len())
        .sum();
    assert_eq!(places_at, 716);
    assert!(read.report.dropped.is_empty(), "{:#?}", read.report.dropped);
}

#[actix_web::test]
async fn the_dc_import_proposes_without_touching_what_is_stored() {
    let (app, _) = app_with_full().await;
    let store = app.state.store.as_ref();
    let before = store.snapshot().await.unwrap();
    let places = common::places();
    let read = faro::hsds::import::read_csv(&dc_sample(), &provenance(&places, "dc")).unwrap();
    let proposed = faro::hsds::import::propose_foreign(store, "dc", &read.foreign, "dc")
        .await
        .unwrap();
    assert_eq!((proposed.imported, proposed.revisions.len()), (57, 57));
    let after = store.snapshot().await.unwrap();
    assert_eq!(before.0, after.0, "nothing is published by an import");
    assert_eq!(before.1.len(), after.1.len());
}

/// A 2.0 package with hours where 2.0 puts them: the zone is the place's ZIP's.
#[test]
fn hsds_2_hours_take_the_time_zone_of_their_places_zip() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    write(
        "organizations.csv",
        "id,name,url\n1,Test Legal Aid,https://example.org\n",
    );
    write(
        "services.csv",
        "id,organization_id,name,status,email\n10,1,Test Clinic,active,help@example.org\n",
    );
    write(
        "locations.csv",
        "id,organization_id,name,latitude,longitude\n20,1,Office,,\n",
    );
    write(
        "physical_addresses.csv",
        "id,location_id,address_1,city,state_province,postal_code,country\n30,20,100 Test Avenue,Austin,TX,78701,US\n",
    );
    write(
        "services_at_location.csv",
        "id,service_id,location_id\n40,10,20\n",
    );
    write(
        "phones.csv",
        "id,service_id,number,type\n50,10,(512) 555-0100,voice\n51,10,(512) 555-0101,fax\n",
    );
    write(
        "schedules.csv",
        "id,service_id,weekday,opens_at,closes_at\n60,10,Monday,09:00,17:00\n61,10,Someday,09:00,17:00\n",
    );
    let places = common::places();
    let read = faro::hsds::import::read_csv(dir.path(), &provenance(&places, "t")).unwrap();
    let skipped = skipped_rows(&read);
    assert_eq!(
        skipped,
        [
            "phones.csv row 3: type: fax is not a way to reach a service Faro lists",
            "schedules.csv row 3: byday: no days of the week",
        ]
    );
    let service = &read.foreign[0].org.services[0];
    let call = &service.channels[0];
    assert_eq!(call.contact.value, "+15125550100");
    let faro::model::Schedule::Weekly(week) = &call.hours.value else {
        panic!("{:?}", call.hours)
    };
    assert_eq!(week.zone, "America/Chicago");
    assert_eq!(
        (
            week.periods[0].days.as_str(),
            week.periods[0].opens.as_str()
        ),
        ("mon", "09:00")
    );
    assert_eq!(service.locations[0].address.value.zip, "78701");
    assert_eq!(
        read.foreign[0].org.website.as_deref(),
        Some("https://example.org")
    );
}

#[test]
fn a_csv_row_that_is_not_text_is_reported_and_the_rest_imports() {
    let dir = tempfile::tempdir().unwrap();
    let orgs = b"id,name\n1,Test One\n2,Test \xff\xfe Two\n3,Test Three\n".to_vec();
    std::fs::write(dir.path().join("organizations.csv"), orgs).unwrap();
    std::fs::write(dir.path().join("services.csv"), "id,organization_id,name\n").unwrap();
    let places = common::places();
    let read = faro::hsds::import::read_csv(dir.path(), &provenance(&places, "t")).unwrap();
    let skipped = skipped_rows(&read);
    assert_eq!(skipped, ["organizations.csv row 3: row: not UTF-8 text"]);
    assert_eq!(read.foreign.len(), 2);
}

/// The command's last line: what it read, imported, updated, left alone and skipped.
fn import_summary(root: &std::path::Path, extra: &[&str]) -> String {
    let run = common::process::faro(root)
        .args([
            "import",
            "--format",
            "hsds-csv",
            "--origin",
            "https://example.org/dc",
        ])
        .args(extra)
        .arg(dc_sample())
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let out = String::from_utf8(run.stdout).unwrap();
    assert_eq!(
        out.lines().filter(|l| l.starts_with("skipped ")).count(),
        2749,
        "each row left out is printed"
    );
    out.lines().last().unwrap().to_string()
}

#[test]
fn faro_import_ends_with_a_summary_and_a_second_run_adds_nothing() {
    let root = common::process::workspace();
    assert_eq!(
        import_summary(root.path(), &[]),
        "read 2806, imported 57, updated 0, unchanged 0, skipped 2749 \
         (proposed for review in the portal's import batches)"
    );
    assert_eq!(
        import_summary(root.path(), &["--approve"]),
        "read 2806, imported 0, updated 0, unchanged 57, skipped 2749 (approved)"
    );
}

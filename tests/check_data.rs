//! `faro check-data`: one broken fixture per rule, each caught with file, field and reason.

use std::path::Path;

use faro::data::{DataSet, Problem, check};

const VALID: &str = r#"
slug = "fixture"
kind = "government"
name = { en = "Fixture Agency" }
agency_domains = ["agency.example.gov"]

[[sources]]
id = "agency"
url = "https://agency.example.gov/report"
date = "2026-01-01"

[[sources]]
id = "news"
url = "https://news.example.com/story"
date = "undated"

[[services]]
slug = "line"
name = { en = "Fixture line" }
needs = ["report"]
audiences = ["community"]
operator_kind = "child_protection"
cost = { value = "free", status = "confirmed", sources = ["agency"] }
area = { kind = "states", states = ["TX"] }

[[services.channels]]
slug = "call"
kind = "voice"
contact = { value = "+18005551234", status = "confirmed", sources = ["agency"] }
reach = { value = "in_state", status = "secondary", sources = ["news"] }
languages = { value = ["eng", "spa"], status = "confirmed", sources = ["agency"] }
hours = { value = { weekly = { zone = "America/Chicago", periods = [{ days = "mon-fri", opens = "08:00", closes = "17:00" }] } }, status = "confirmed", sources = ["agency"] }
what_happens = { value = { en = "A worker takes the report." }, status = "confirmed", sources = ["agency"] }
[services.channels.confidentiality]
tells_police = { value = "when_required", status = "confirmed", sources = ["agency"] }
tells_cps = { value = "always", status = "confirmed", sources = ["agency"] }
tells_immigration = { value = "unknown", status = "unknown" }
anonymous_ok = { value = "no", status = "confirmed", sources = ["agency"], live_check = { on = "2026-11-01", by = "A. Moderator", method = "call" } }

[[services.channels]]
slug = "text"
kind = "sms"
contact = { value = "233733", status = "confirmed", sources = ["agency"] }
keywords = { value = { en = "HELP" }, status = "secondary", sources = ["news"] }
reach = { value = "anywhere", status = "confirmed", sources = ["agency"] }
languages = { value = "unknown", status = "unknown" }
hours = { value = "always", status = "confirmed", sources = ["agency"] }
what_happens = { value = "unknown", status = "unknown" }
[services.channels.confidentiality]
tells_police = { value = "unknown", status = "unknown" }
tells_cps = { value = "unknown", status = "unknown" }
tells_immigration = { value = "unknown", status = "unknown" }
anonymous_ok = { value = "unknown", status = "unknown" }
"#;

/// A data folder holding the real taxonomy and languages and the given organizations.
/// `synthetic` spares it the every-state rule, so each test isolates one rule.
fn problems_for(files: &[(&str, String)], synthetic: bool) -> Vec<Problem> {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    for f in ["taxonomy.toml", "languages.toml", "routing.toml"] {
        std::fs::copy(real.join(f), root.join(f)).unwrap();
    }
    if synthetic {
        std::fs::write(root.join(faro::synth::MARKER), "").unwrap();
    }
    std::fs::create_dir_all(root.join("directory")).unwrap();
    for (name, text) in files {
        std::fs::write(root.join("directory").join(name), text).unwrap();
    }
    let (set, mut problems) = DataSet::load(root);
    problems.extend(check(&set));
    problems
}

fn broken(from: &str, to: &str) -> Vec<Problem> {
    assert!(VALID.contains(from), "fixture lacks {from:?}");
    problems_for(&[("fixture.toml", VALID.replacen(from, to, 1))], true)
}

#[track_caller]
fn assert_caught(problems: &[Problem], field: &str, reason: &str) {
    assert!(
        problems.iter().any(|p| p.file.ends_with(".toml")
            && p.field.contains(field)
            && p.reason.contains(reason)),
        "expected {field} / {reason} in {problems:#?}"
    );
}

#[test]
fn the_valid_fixture_passes() {
    assert_eq!(
        problems_for(&[("fixture.toml", VALID.to_string())], true),
        vec![]
    );
}

#[test]
fn schema_errors_name_the_line() {
    assert_caught(
        &broken("kind = \"government\"", "kind = \"agency\""),
        "line 3",
        "schema",
    );
    assert_caught(
        &broken("slug = \"line\"", "slug = \"line\"\ncolour = \"blue\""),
        "line",
        "unknown field",
    );
}

#[test]
fn slugs_are_unique_and_name_their_file() {
    let both = problems_for(
        &[
            ("fixture.toml", VALID.to_string()),
            ("other.toml", VALID.to_string()),
        ],
        true,
    );
    assert_caught(&both, "slug", "is also used by");
    assert_caught(&both, "slug", "must be named fixture.toml");
    assert_caught(
        &broken("slug = \"text\"", "slug = \"call\""),
        "channels[1].slug",
        "duplicate slug",
    );
    assert_caught(
        &broken("slug = \"line\"", "slug = \"Line Two\""),
        "services[0].slug",
        "lower-case",
    );
}

#[test]
fn derived_uuids_are_unique() {
    let org_id = faro::model::ids::derive(&["fixture"]);
    let problems = broken(
        "slug = \"line\"",
        &format!("slug = \"line\"\nid = \"{org_id}\""),
    );
    assert_caught(&problems, "services[0].id", "UUID");
}

#[test]
fn phone_numbers_are_e164_or_valid_short_codes() {
    assert_caught(
        &broken("+18005551234", "1-800-555-1234"),
        "channels[0].contact",
        "E.164",
    );
    assert_caught(
        &broken("+18005551234", "55512"),
        "channels[0].contact",
        "short code",
    );
    assert_caught(
        &broken("value = \"233733\"", "value = \"23\""),
        "channels[1].contact",
        "short code",
    );
}

#[test]
fn schedules_have_real_zones_days_and_times() {
    assert_caught(
        &broken("America/Chicago", "America/Houston"),
        "hours",
        "IANA",
    );
    assert_caught(
        &broken("days = \"mon-fri\"", "days = \"fri-mon\""),
        "hours",
        "backwards",
    );
    assert_caught(
        &broken("closes = \"17:00\"", "closes = \"07:00\""),
        "hours",
        "not before",
    );
    assert_caught(
        &broken("opens = \"08:00\"", "opens = \"8am\""),
        "hours",
        "HH:MM",
    );
}

#[test]
fn every_fact_cites_a_known_dated_source() {
    assert_caught(
        &broken("sources = [\"agency\"] }\nreach", "sources = [] }\nreach"),
        "channels[0].contact",
        "at least one source",
    );
    assert_caught(
        &broken(
            "sources = [\"news\"] }\nlanguages",
            "sources = [\"blog\"] }\nlanguages",
        ),
        "channels[0].reach",
        "unknown source \"blog\"",
    );
    assert_caught(
        &broken("date = \"2026-01-01\"", "date = \"January 2026\""),
        "sources[0].date",
        "YYYY-MM-DD",
    );
    assert_caught(
        &broken(
            "url = \"https://news.example.com/story\"",
            "url = \"news.example.com\"",
        ),
        "sources[1].url",
        "http(s) URL",
    );
    assert_caught(
        &broken("on = \"2026-11-01\"", "on = \"yesterday\""),
        "live_check",
        "YYYY-MM-DD",
    );
}

#[test]
fn confirmed_needs_an_agency_page() {
    let problems = broken(
        "languages = { value = [\"eng\", \"spa\"], status = \"confirmed\", sources = [\"agency\"] }",
        "languages = { value = [\"eng\", \"spa\"], status = \"confirmed\", sources = [\"news\"] }",
    );
    assert_caught(&problems, "channels[0].languages", "agency_domains");
}

#[test]
fn needs_and_languages_come_from_the_tables() {
    assert_caught(
        &broken("needs = [\"report\"]", "needs = [\"magic\"]"),
        "services[0].needs",
        "taxonomy.toml",
    );
    assert_caught(
        &broken("[\"eng\", \"spa\"]", "[\"eng\", \"xyz\"]"),
        "channels[0].languages",
        "languages.toml",
    );
}

#[test]
fn areas_and_reach_name_real_states() {
    assert_caught(
        &broken("states = [\"TX\"]", "states = [\"TQ\"]"),
        "area.states",
        "not a state code",
    );
    assert_caught(
        &broken(
            "area = { kind = \"states\", states = [\"TX\"] }",
            "area = { kind = \"counties\", counties = [\"482\"] }",
        ),
        "area.counties",
        "FIPS",
    );
    assert_caught(
        &broken(
            "area = { kind = \"states\", states = [\"TX\"] }",
            "area = { kind = \"radius\", location = \"nowhere\", km = 10.0 }",
        ),
        "area.location",
        "no location",
    );
}

#[test]
fn enforcement_lines_are_never_presented_as_confidential() {
    let problems = broken("operator_kind = \"child_protection\"", "operator_kind = \"immigration_enforcement\"")
        .into_iter()
        .chain(broken(
            "tells_police = { value = \"when_required\", status = \"confirmed\", sources = [\"agency\"] }",
            "tells_police = { value = \"never\", status = \"confirmed\", sources = [\"agency\"] }",
        ))
        .collect::<Vec<_>>();
    assert!(
        problems.iter().all(|p| !p.reason.contains("confidential")),
        "each change alone is fine"
    );
    let both = VALID
        .replacen(
            "operator_kind = \"child_protection\"",
            "operator_kind = \"law_enforcement\"",
            1,
        )
        .replacen("value = \"when_required\"", "value = \"never\"", 1);
    assert_caught(
        &problems_for(&[("fixture.toml", both)], true),
        "confidentiality",
        "never presented as confidential",
    );
}

#[test]
fn every_state_and_territory_needs_a_reporting_entry() {
    let problems = problems_for(&[("fixture.toml", VALID.to_string())], false);
    for state in ["AL", "TX", "DC", "PR"] {
        assert!(
            problems
                .iter()
                .any(|p| p.reason == format!("no child-abuse reporting entry for {state}")),
            "{state}: {problems:#?}"
        );
    }
}

#[test]
fn the_shipped_data_passes() {
    let (set, mut problems) = DataSet::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data"));
    problems.extend(check(&set));
    assert_eq!(problems, vec![]);
}

#[test]
fn routing_rules_name_real_services_and_cite_the_reference() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let (set, _) = DataSet::load(&root);
    let orgs: Vec<&faro::model::Organization> = set.organizations.iter().map(|(_, o)| o).collect();
    let real = std::fs::read_to_string(root.join("routing.toml")).unwrap();
    let rules = |text: &str| {
        faro::route::Rules::parse(text)
            .unwrap()
            .check("routing.toml", &orgs)
    };
    assert_eq!(rules(&real), vec![]);
    let missing = rules(&real.replacen("\"polaris/hotline\"", "\"polaris/no-such-line\"", 1));
    assert!(
        missing
            .iter()
            .any(|p| p.reason.contains("no service \"polaris/no-such-line\"")),
        "{missing:#?}"
    );
    let labor_cite =
        "cite = \"domain-facts.md §1A rows 1 and 8, §1B rows 1 and 8; state-data.md §2a, §2b\"";
    assert!(real.contains(labor_cite));
    let uncited = rules(&real.replacen(labor_cite, "cite = \"trust me\"", 1));
    assert!(
        uncited
            .iter()
            .any(|p| p.field == "rules.labor" && p.reason.contains("cite")),
        "{uncited:#?}"
    );
    let unworded = rules(&real.replacen("route-reason-talk-988", "route-reason-nothing", 1));
    assert!(
        unworded.iter().any(|p| p.reason.contains("not a message")),
        "{unworded:#?}"
    );
    let only_placeholders = real.replacen(
        "  { service = \"childhelp/hotline\", reason = \"route-reason-abuse-childhelp\" },\n]",
        "]",
        1,
    );
    assert_ne!(only_placeholders, real);
    assert!(
        rules(&only_placeholders)
            .iter()
            .any(|p| p.field == "rules.abuse" && p.reason.contains("no answer is ever empty"))
    );
    let without_talk = real
        .split("[[rules]]\nsituation = \"talk\"")
        .next()
        .unwrap()
        .to_string();
    assert!(
        rules(&without_talk)
            .iter()
            .any(|p| p.reason.contains("no rule for the situation \"talk\""))
    );
}

//! The shipped directory: what it covers, and that it says so honestly.

mod common;

use faro::model::{ChannelKind, Status};
use faro::place::JURISDICTIONS;

#[test]
fn fifteen_or_more_national_entries_exist() {
    let data = common::data();
    let national: Vec<String> = data
        .organizations
        .iter()
        .flat_map(|(_, org)| {
            org.services
                .iter()
                .filter(|s| s.is_national())
                .map(move |s| format!("{}/{}", org.slug, s.slug))
        })
        .collect();
    assert!(national.len() >= 15, "{national:?}");
    for must in [
        "polaris/",
        "hhs-orr/",
        "ncmec/",
        "fbi/",
        "us-dol/",
        "childhelp/",
        "988-lifeline/",
        "911/",
        "211/",
        "ice-hsi/",
        "eoir/",
    ] {
        assert!(
            national.iter().any(|n| n.starts_with(must)),
            "{must} missing from {national:?}"
        );
    }
}

#[test]
fn every_jurisdiction_has_a_number_or_an_honest_no_statewide_line_with_a_link() {
    let data = common::data();
    let mut seen = Vec::new();
    for (_, org) in &data.organizations {
        for service in &org.services {
            let Some(line) = &service.state_line else {
                continue;
            };
            seen.push(line.state.clone());
            let phone = service.channels.iter().any(|c| {
                matches!(c.kind, ChannelKind::Voice | ChannelKind::Tty)
                    && matches!(c.contact.status, Status::Confirmed | Status::Secondary)
            });
            let links_county_page = service
                .channels
                .iter()
                .any(|c| c.kind == ChannelKind::WebForm)
                || org.sources.iter().any(|s| s.url.starts_with("http"));
            let honest_none = !line.statewide.value
                && links_county_page
                && service
                    .description
                    .get("en")
                    .is_some_and(|d| d.to_lowercase().contains("statewide"));
            assert!(
                phone || honest_none,
                "{}: neither a confirmed or secondary number nor an honest no-statewide-line entry",
                line.state
            );
        }
    }
    seen.sort();
    let mut all: Vec<String> = JURISDICTIONS.iter().map(|s| s.to_string()).collect();
    all.sort();
    assert_eq!(
        seen, all,
        "exactly one reporting entry per state, DC and Puerto Rico"
    );
}

#[test]
fn enforcement_lines_are_labelled_and_the_hsi_number_is_conflicting() {
    let data = common::data();
    let (_, hsi) = data
        .organizations
        .iter()
        .find(|(_, o)| o.slug == "ice-hsi")
        .expect("HSI listed");
    for service in &hsi.services {
        assert_eq!(
            service.operator_kind,
            faro::model::OperatorKind::ImmigrationEnforcement
        );
        for channel in service.channels.iter().filter(|c| c.kind.is_phone()) {
            assert_eq!(
                channel.contact.status,
                Status::Conflicting,
                "never shown as confirmed"
            );
        }
    }
}

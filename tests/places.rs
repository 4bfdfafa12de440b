//! The offline gazetteer: ZIPs, cities, states, and how good its points are.

mod common;

use faro::place::{PlaceKind, Resolution};

fn found(input: &str) -> faro::place::Place {
    match common::places().resolve(input) {
        Resolution::Found(p) => p,
        other => panic!("{input}: {other:?}"),
    }
}

#[test]
fn every_bundled_zip_resolves_to_itself() {
    let places = common::places();
    let mut count = 0;
    for zip in places.zips() {
        let place = found(&zip.zip);
        assert_eq!(place.kind, PlaceKind::Zip);
        assert_eq!(place.state, zip.state, "{}", zip.zip);
        assert!(place.timezone.is_some(), "{} has no time zone", zip.zip);
        count += 1;
    }
    assert!(count > 40_000, "{count}");
}

#[test]
fn cities_resolve_with_and_without_abbreviations() {
    let houston = found("Houston, TX");
    assert_eq!(
        (houston.kind, houston.state.as_str()),
        (PlaceKind::City, "TX")
    );
    assert_eq!(houston.county.as_deref(), Some("Harris County"));
    assert_eq!(houston.timezone.as_deref(), Some("America/Chicago"));
    let a = found("Saint Louis, MO");
    let b = found("St. Louis, MO");
    assert_eq!((a.point, a.state.as_str()), (b.point, "MO"));
    assert_eq!(found("houston tx").name, "Houston, TX");
    assert_eq!(found("Queens, NY").state, "NY");
    assert_eq!(found("Saint Louis, Missouri").state, "MO");
}

#[test]
fn states_resolve_by_name_and_code() {
    for input in ["Texas", "TX", "tx", "texas"] {
        let p = found(input);
        assert_eq!(
            (p.kind, p.state.as_str()),
            (PlaceKind::State, "TX"),
            "{input}"
        );
    }
    assert_eq!(found("Puerto Rico").state, "PR");
    assert_eq!(found("District of Columbia").state, "DC");
}

#[test]
fn ambiguous_names_offer_a_ranked_choice() {
    let Resolution::Ambiguous(choices) = common::places().resolve("Springfield") else {
        panic!("Springfield must be ambiguous")
    };
    assert!(choices.len() >= 10, "{}", choices.len());
    let states: Vec<&str> = choices.iter().map(|c| c.state.as_str()).collect();
    assert!(states.contains(&"IL") && states.contains(&"MO") && states.contains(&"MA"));
    // Ranked by population: the three large Springfields come first.
    assert!(
        states[..3].iter().all(|s| ["MO", "MA", "IL"].contains(s)),
        "{states:?}"
    );
}

#[test]
fn unknown_places_get_nearby_suggestions() {
    let Resolution::NotFound { suggestions } = common::places().resolve("Houstn, TX") else {
        panic!()
    };
    assert!(
        suggestions.iter().any(|s| s == "Houston, TX"),
        "{suggestions:?}"
    );
    let Resolution::NotFound { suggestions } = common::places().resolve("77097") else {
        panic!("77097 is not a ZIP")
    };
    assert!(
        !suggestions.is_empty() && suggestions.iter().all(|s| s.starts_with("770")),
        "{suggestions:?}"
    );
}

#[test]
fn ninety_nine_percent_of_zip_points_fall_in_their_state_or_a_neighbour() {
    let places = common::places();
    let (mut total, mut inside) = (0usize, 0usize);
    for zip in places.zips() {
        let Some(point) = zip.point else { continue };
        total += 1;
        let own = places.state(&zip.state).expect("known state");
        let ok = places
            .state_at(point)
            .is_some_and(|s| s.code == own.code || own.neighbours.contains(&s.code));
        inside += usize::from(ok);
    }
    let share = inside as f64 / total as f64;
    println!(
        "{inside} of {total} ZIP points ({:.2}%) are in their own state or a neighbour",
        share * 100.0
    );
    assert!(share >= 0.99, "{share}");
}

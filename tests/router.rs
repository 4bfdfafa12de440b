//! The hotline router: scenarios from the reference, and every combination of inputs.

mod common;

use chrono::{TimeZone, Utc};
use faro::model::ids;
use faro::place::{Place, Resolution};
use faro::route::{Answer, Asker, Note, Question, Situation, Way};
use uuid::Uuid;

fn id(path: &str) -> Uuid {
    let parts: Vec<&str> = path.split('/').collect();
    ids::derive(&parts)
}

fn place(input: &str) -> Option<Place> {
    match common::places().resolve(input) {
        Resolution::Found(p) => Some(p),
        _ => None,
    }
}

fn ids_of(answer: &Answer) -> Vec<Uuid> {
    std::iter::once(&answer.first)
        .chain(&answer.alternatives)
        .map(|r| r.card.service_id)
        .collect()
}

/// Monday 2026-11-23 at 15:00 UTC (9:00 in Texas) and 2026-11-24 at 06:00 UTC (midnight).
fn day() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 15, 0, 0).unwrap()
}
fn night() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 6, 0, 0).unwrap()
}

struct Scenario {
    asker: Asker,
    danger: bool,
    situation: Situation,
    place: &'static str,
    lang: &'static str,
    ways: &'static [Way],
    police: bool,
    night: bool,
    first: &'static str,
    present: &'static [&'static str],
    absent: &'static [&'static str],
    /// The reference behind the expected first step.
    cite: &'static str,
}

use Asker::{Child, Community, Sponsor};
use Situation::*;
use Way::{Call, Chat, InPerson, Text, Web};

const HSI: &str = "ice-hsi/tip-line";
const FBI: &str = "fbi/tips";

#[rustfmt::skip]
const SCENARIOS: &[Scenario] = &[
    // Danger now: 911 first, whatever the situation, asker or state.
    Scenario { asker: Child, danger: true, situation: Labor, place: "77002", lang: "spa", ways: &[], police: false, night: false, first: "911/emergency", present: &["polaris/hotline"], absent: &[HSI, FBI], cite: "domain-facts.md §1A row 18" },
    Scenario { asker: Community, danger: true, situation: Abuse, place: "35203", lang: "", ways: &[], police: false, night: true, first: "911/emergency", present: &["state-al/report-child-abuse"], absent: &[HSI], cite: "state-data.md §1 (call 911 if a child is in immediate danger)" },
    Scenario { asker: Sponsor, danger: true, situation: LostContact, place: "10001", lang: "", ways: &[], police: false, night: false, first: "911/emergency", present: &["hhs-orr/national-call-center"], absent: &[HSI], cite: "domain-facts.md §1A row 18" },
    Scenario { asker: Child, danger: true, situation: Sexual, place: "60601", lang: "spa", ways: &[Text], police: false, night: true, first: "911/emergency", present: &["polaris/hotline", "state-il/report-child-abuse"], absent: &[HSI], cite: "domain-facts.md §1A row 18 (text-to-911 where accepted)" },
    Scenario { asker: Child, danger: true, situation: Online, place: "33101", lang: "", ways: &[Web], police: false, night: false, first: "911/emergency", present: &["ncmec/cybertipline"], absent: &[HSI], cite: "domain-facts.md §1A row 18" },
    Scenario { asker: Community, danger: true, situation: Talk, place: "", lang: "", ways: &[], police: false, night: true, first: "911/emergency", present: &["988-lifeline/lifeline"], absent: &[HSI], cite: "domain-facts.md §1A rows 11, 18" },
    Scenario { asker: Child, danger: true, situation: Shelter, place: "96813", lang: "", ways: &[Call], police: true, night: false, first: "911/emergency", present: &["211/211", FBI, HSI], absent: &[], cite: "domain-facts.md §1A row 18; §0.2 (police lines only when asked)" },
    Scenario { asker: Sponsor, danger: true, situation: Legal, place: "Texas", lang: "spa", ways: &[], police: false, night: false, first: "911/emergency", present: &["eoir/pro-bono-list"], absent: &[HSI], cite: "domain-facts.md §1A row 18" },
    // Labor exploitation: the trafficking hotline, the Wage and Hour Division, the state agency.
    Scenario { asker: Child, danger: false, situation: Labor, place: "77002", lang: "spa", ways: &[], police: false, night: false, first: "polaris/hotline", present: &["us-dol/wage-and-hour", "labor-tx/child-labor-complaints"], absent: &[HSI, FBI], cite: "domain-facts.md §1A rows 1, 8; state-data.md §2b (TX)" },
    Scenario { asker: Community, danger: false, situation: Labor, place: "90012", lang: "", ways: &[], police: false, night: true, first: "polaris/hotline", present: &["us-dol/wage-and-hour", "labor-ca/child-labor-complaints"], absent: &[HSI], cite: "domain-facts.md §1B row 1; state-data.md §2b (CA)" },
    Scenario { asker: Sponsor, danger: false, situation: Labor, place: "33101", lang: "", ways: &[], police: false, night: false, first: "polaris/hotline", present: &["labor-fl/child-labor-complaints"], absent: &[HSI], cite: "state-data.md §2a, §2b (FL)" },
    Scenario { asker: Child, danger: false, situation: Labor, place: "10001", lang: "spa", ways: &[Text], police: false, night: true, first: "polaris/hotline", present: &["us-dol/wage-and-hour"], absent: &[HSI, "labor-tx/child-labor-complaints"], cite: "domain-facts.md §1A row 1 (text 233733)" },
    Scenario { asker: Community, danger: false, situation: Labor, place: "35203", lang: "", ways: &[Call], police: true, night: false, first: "polaris/hotline", present: &[FBI, HSI, "us-dol/wage-and-hour"], absent: &[], cite: "domain-facts.md §0.2, §1A rows 1, 4, 7" },
    Scenario { asker: Child, danger: false, situation: Labor, place: "", lang: "", ways: &[], police: false, night: false, first: "polaris/hotline", present: &["us-dol/wage-and-hour"], absent: &[HSI], cite: "domain-facts.md §1A rows 1, 8" },
    // Sexual exploitation.
    Scenario { asker: Child, danger: false, situation: Sexual, place: "77002", lang: "spa", ways: &[], police: false, night: true, first: "polaris/hotline", present: &["state-tx/report-child-abuse", "ncmec/cybertipline"], absent: &[HSI, "state-al/report-child-abuse"], cite: "domain-facts.md §1A row 1, §1B row 1" },
    Scenario { asker: Community, danger: false, situation: Sexual, place: "70112", lang: "", ways: &[], police: false, night: false, first: "polaris/hotline", present: &["state-la/report-child-abuse"], absent: &[HSI], cite: "domain-facts.md §1B row 1; state-data.md §1a (LA takes juvenile sex-trafficking reports)" },
    Scenario { asker: Sponsor, danger: false, situation: Sexual, place: "96813", lang: "", ways: &[Chat], police: false, night: false, first: "polaris/hotline", present: &["state-hi/report-child-abuse"], absent: &[HSI], cite: "domain-facts.md §1A row 1 (chat)" },
    Scenario { asker: Community, danger: false, situation: Sexual, place: "60601", lang: "", ways: &[], police: true, night: false, first: "polaris/hotline", present: &[FBI, HSI], absent: &[], cite: "domain-facts.md §1A rows 1, 4, 7" },
    // Online exploitation: NCMEC.
    Scenario { asker: Child, danger: false, situation: Online, place: "77002", lang: "", ways: &[], police: false, night: false, first: "ncmec/cybertipline", present: &["ncmec/call-center"], absent: &[HSI], cite: "domain-facts.md §1A row 6, §1B row 6 (self reports)" },
    Scenario { asker: Child, danger: false, situation: Online, place: "77002", lang: "", ways: &[Call], police: false, night: true, first: "ncmec/call-center", present: &["ncmec/cybertipline"], absent: &[HSI], cite: "domain-facts.md §1A row 6 (call center 24/7)" },
    Scenario { asker: Sponsor, danger: false, situation: Online, place: "", lang: "spa", ways: &[Web], police: false, night: false, first: "ncmec/cybertipline", present: &[], absent: &[HSI], cite: "domain-facts.md §1A row 6 (report.cybertip.org)" },
    Scenario { asker: Community, danger: false, situation: Online, place: "10001", lang: "", ways: &[], police: true, night: false, first: "ncmec/cybertipline", present: &[FBI, HSI], absent: &[], cite: "domain-facts.md §1B row 6" },
    // Abuse or neglect: the child's state line; no statewide line → county, 211, Childhelp.
    Scenario { asker: Community, danger: false, situation: Abuse, place: "77002", lang: "", ways: &[], police: false, night: true, first: "state-tx/report-child-abuse", present: &["childhelp/hotline"], absent: &["state-al/report-child-abuse", HSI], cite: "state-data.md §1a (TX 24/7, available across the US)" },
    Scenario { asker: Community, danger: false, situation: Abuse, place: "35203", lang: "", ways: &[], police: false, night: false, first: "state-al/report-child-abuse", present: &["211/211", "childhelp/hotline"], absent: &[HSI, "state-tx/report-child-abuse"], cite: "state-data.md §1a (AL: no statewide hotline; county DHR office), §1c, §4" },
    Scenario { asker: Sponsor, danger: false, situation: Abuse, place: "90012", lang: "spa", ways: &[Call], police: false, night: false, first: "state-ca/report-child-abuse", present: &["211/211", "childhelp/hotline"], absent: &[HSI], cite: "state-data.md §1a (CA: county hotlines, LA County)" },
    Scenario { asker: Child, danger: false, situation: Abuse, place: "60601", lang: "", ways: &[], police: false, night: true, first: "state-il/report-child-abuse", present: &["childhelp/hotline"], absent: &["211/211", HSI], cite: "state-data.md §1a (IL 1-800-25-ABUSE, 24 h; outside IL number)" },
    Scenario { asker: Community, danger: false, situation: Abuse, place: "63101", lang: "", ways: &[], police: false, night: false, first: "state-mo/report-child-abuse", present: &["childhelp/hotline"], absent: &[HSI], cite: "state-data.md §0 (MO has a separate out-of-state number)" },
    Scenario { asker: Child, danger: false, situation: Abuse, place: "55401", lang: "", ways: &[], police: false, night: false, first: "state-mn/report-child-abuse", present: &["211/211", "childhelp/hotline"], absent: &[HSI], cite: "state-data.md §1a (MN: no statewide line found; county or tribal agency)" },
    Scenario { asker: Community, danger: false, situation: Abuse, place: "", lang: "", ways: &[], police: false, night: false, first: "childhelp/hotline", present: &[], absent: &[HSI], cite: "state-data.md §1c (Childhelp can give out reporting numbers)" },
    Scenario { asker: Community, danger: false, situation: Abuse, place: "00901", lang: "spa", ways: &[], police: true, night: false, first: "state-pr/report-child-abuse", present: &[FBI, HSI], absent: &[], cite: "state-data.md §1a (PR)" },
    // Lost contact with a released child: the ORR National Call Center.
    Scenario { asker: Sponsor, danger: false, situation: LostContact, place: "77002", lang: "spa", ways: &[], police: false, night: false, first: "hhs-orr/national-call-center", present: &["state-tx/report-child-abuse"], absent: &[HSI], cite: "domain-facts.md §1A row 2, §1B row 2" },
    Scenario { asker: Community, danger: false, situation: LostContact, place: "35203", lang: "", ways: &[Call], police: false, night: true, first: "hhs-orr/national-call-center", present: &["state-al/report-child-abuse"], absent: &[HSI], cite: "domain-facts.md §1B row 2 (community members may call)" },
    Scenario { asker: Child, danger: false, situation: LostContact, place: "", lang: "", ways: &[], police: false, night: false, first: "hhs-orr/national-call-center", present: &[], absent: &[HSI], cite: "domain-facts.md §1B row 2 (released children may call)" },
    // Needs a lawyer or has a court date.
    Scenario { asker: Child, danger: false, situation: Legal, place: "78501", lang: "spa", ways: &[], police: false, night: false, first: "eoir/pro-bono-list", present: &["immigration-advocates-network/legal-directory", "kind/legal-representation"], absent: &[HSI, FBI], cite: "domain-facts.md §2 (EOIR pro bono list)" },
    Scenario { asker: Sponsor, danger: false, situation: Legal, place: "10001", lang: "", ways: &[Call], police: false, night: true, first: "eoir/case-information", present: &["eoir/pro-bono-list"], absent: &[HSI], cite: "domain-facts.md §1A row 15 (automated, 24/7)" },
    Scenario { asker: Community, danger: false, situation: Legal, place: "", lang: "", ways: &[Web], police: false, night: false, first: "eoir/pro-bono-list", present: &["eoir/case-information"], absent: &[HSI], cite: "domain-facts.md §2" },
    // Needs a safe place to stay.
    Scenario { asker: Child, danger: false, situation: Shelter, place: "77002", lang: "spa", ways: &[], police: false, night: true, first: "211/211", present: &["national-runaway-safeline/safeline"], absent: &[HSI], cite: "state-data.md §4 (211: housing and shelter)" },
    Scenario { asker: Child, danger: false, situation: Shelter, place: "35203", lang: "", ways: &[Text], police: false, night: false, first: "national-runaway-safeline/safeline", present: &["211/211"], absent: &[HSI], cite: "domain-facts.md §1A row 10 (text 66008); state-data.md §4 (no national 211 text)" },
    Scenario { asker: Sponsor, danger: false, situation: Shelter, place: "", lang: "", ways: &[InPerson], police: false, night: false, first: "211/211", present: &[], absent: &[HSI], cite: "state-data.md §4" },
    // Feels unsafe or wants to talk.
    Scenario { asker: Child, danger: false, situation: Talk, place: "77002", lang: "spa", ways: &[], police: false, night: true, first: "988-lifeline/lifeline", present: &["crisis-text-line/text-line", "childhelp/hotline"], absent: &[HSI, FBI], cite: "domain-facts.md §1A row 11 (988, Spanish, 24/7)" },
    Scenario { asker: Child, danger: false, situation: Talk, place: "", lang: "", ways: &[Text], police: false, night: false, first: "988-lifeline/lifeline", present: &["crisis-text-line/text-line"], absent: &[HSI], cite: "domain-facts.md §1A rows 11, 14 (text 988; HOME to 741741)" },
    Scenario { asker: Community, danger: false, situation: Talk, place: "60601", lang: "", ways: &[Chat], police: false, night: false, first: "988-lifeline/lifeline", present: &["national-runaway-safeline/safeline"], absent: &[HSI], cite: "domain-facts.md §1A row 11 (chat at 988lifeline.org)" },
];

#[actix_web::test]
async fn forty_scenarios_from_the_reference() {
    assert!(SCENARIOS.len() >= 40, "{} scenarios", SCENARIOS.len());
    let app = common::app().await;
    for (n, s) in SCENARIOS.iter().enumerate() {
        let question = Question {
            asker: s.asker,
            danger_now: s.danger,
            situation: s.situation,
            lang: (!s.lang.is_empty()).then(|| s.lang.to_string()),
            ways: s.ways.to_vec(),
            wants_police: s.police,
        };
        let place = (!s.place.is_empty()).then(|| {
            place(s.place).unwrap_or_else(|| panic!("row {n}: unknown place {}", s.place))
        });
        let now = if s.night { night() } else { day() };
        let answer = app
            .state
            .router
            .route(&app.state.index, &question, place.as_ref(), now)
            .unwrap();
        let got = ids_of(&answer);
        assert_eq!(
            answer.first.card.service_id,
            id(s.first),
            "row {n} ({}): first should be {}, got {:?}",
            s.cite,
            s.first,
            answer.first.card.name
        );
        for p in s.present {
            assert!(got.contains(&id(p)), "row {n} ({}): {p} missing", s.cite);
        }
        for a in s.absent {
            assert!(
                !got.contains(&id(a)),
                "row {n} ({}): {a} must not be recommended",
                s.cite
            );
        }
        if s.place == "35203" && matches!(s.situation, Abuse) {
            assert!(
                answer.notes.contains(&Note::NoStatewideLine),
                "row {n}: says plainly there is no statewide line"
            );
        }
    }
}

#[actix_web::test]
async fn every_combination_of_inputs_gives_a_safe_answer() {
    let app = common::app().await;
    let places: Vec<Option<Place>> = vec![place("77002"), place("35203"), None];
    let mut checked = 0;
    for asker in [Child, Sponsor, Community] {
        for danger_now in [false, true] {
            for situation in Situation::ALL {
                for mask in 0..32u8 {
                    let ways: Vec<Way> = Way::ALL
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| mask & (1 << i) != 0)
                        .map(|(_, w)| *w)
                        .collect();
                    for wants_police in [false, true] {
                        for lang in [None, Some("spa".to_string())] {
                            for place in &places {
                                let q = Question {
                                    asker,
                                    danger_now,
                                    situation,
                                    lang: lang.clone(),
                                    ways: ways.clone(),
                                    wants_police,
                                };
                                let answer = app
                                    .state
                                    .router
                                    .route(&app.state.index, &q, place.as_ref(), day())
                                    .unwrap();
                                let all: Vec<_> = std::iter::once(&answer.first)
                                    .chain(&answer.alternatives)
                                    .collect();
                                if danger_now {
                                    assert_eq!(
                                        answer.first.card.service_id,
                                        id("911/emergency"),
                                        "{q:?}"
                                    );
                                }
                                if !wants_police {
                                    assert!(
                                        all.iter().all(|r| r.card.operator_kind
                                            != faro::model::OperatorKind::ImmigrationEnforcement),
                                        "{q:?}"
                                    );
                                }
                                checked += 1;
                            }
                        }
                    }
                }
            }
        }
    }
    println!("{checked} combinations routed");
    assert_eq!(checked, 3 * 2 * 8 * 32 * 2 * 2 * 3);
}

#[actix_web::test]
async fn the_route_api_answers_per_the_contract() {
    let app = common::app().await;
    let base = app.serve();
    let client = reqwest::Client::new();
    let body = serde_json::json!({
        "asker": "community", "danger_now": false, "situation": "abuse", "place": "35203",
        "lang": "spa", "channels": ["call"], "wants_police": false
    });
    let resp = client
        .post(format!("{base}/api/v1/route"))
        .header("Accept-Language", "es")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let answer: serde_json::Value = resp.json().await.unwrap();
    assert_eq!(answer["place"]["state"], "AL");
    assert!(
        answer["first"]["reason"]
            .as_str()
            .unwrap()
            .contains("estado"),
        "{}",
        answer["first"]
    );
    for field in [
        "service_id",
        "channel",
        "reason",
        "confidentiality",
        "open_now",
    ] {
        assert!(answer["first"].get(field).is_some(), "{field}");
    }
    assert!(
        answer["notes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n == "no_statewide_line")
    );
    let bad = client
        .post(format!("{base}/api/v1/route"))
        .json(&serde_json::json!({"asker": "robot", "danger_now": false, "situation": "abuse", "wants_police": false}))
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 400);
    let error: serde_json::Value = bad.json().await.unwrap();
    assert_eq!(error["error"], "invalid_parameter");
    let nowhere = client
        .post(format!("{base}/api/v1/route"))
        .json(&serde_json::json!({"asker": "child", "danger_now": false, "situation": "talk", "place": "99999", "wants_police": false}))
        .send()
        .await
        .unwrap();
    assert_eq!(nowhere.status(), 422);
}

#[actix_web::test]
async fn a_closed_line_is_not_first_and_says_when_it_opens() {
    let app = common::app().await;
    let q = Question {
        asker: Child,
        danger_now: false,
        situation: Labor,
        lang: None,
        ways: vec![Call],
        wants_police: false,
    };
    let houston = place("77002");
    let answer = app
        .state
        .router
        .route(&app.state.index, &q, houston.as_ref(), night())
        .unwrap();
    assert_eq!(
        answer.first.card.service_id,
        id("polaris/hotline"),
        "open around the clock"
    );
    let whd = answer
        .alternatives
        .iter()
        .find(|r| r.card.service_id == id("us-dol/wage-and-hour"))
        .unwrap();
    assert_eq!(whd.open_now, faro::hours::OpenNow::No);
    let opens = whd.opens_at.expect("says when it opens");
    assert_eq!(
        opens.format("%a %H:%M").to_string(),
        "Tue 08:00",
        "8:00 in the caller's local time"
    );
    let by_day = app
        .state
        .router
        .route(&app.state.index, &q, houston.as_ref(), day())
        .unwrap();
    let whd = by_day
        .alternatives
        .iter()
        .find(|r| r.card.service_id == id("us-dol/wage-and-hour"))
        .unwrap();
    assert_eq!(
        (whd.open_now, whd.opens_at),
        (faro::hours::OpenNow::Yes, None)
    );
}

/// state-data.md §0 and §1a: Missouri and Illinois give a separate number for callers
/// outside the state; Texas's line is reachable from anywhere, so it has none.
#[actix_web::test]
async fn a_caller_outside_the_state_is_given_the_lines_out_of_state_number() {
    let app = common::app().await;
    let q = Question {
        asker: Community,
        danger_now: false,
        situation: Abuse,
        lang: None,
        ways: vec![],
        wants_police: false,
    };
    let numbers = |zip: &str| {
        let answer = app
            .state
            .router
            .route(&app.state.index, &q, place(zip).as_ref(), day())
            .unwrap();
        std::iter::once(&answer.first)
            .chain(&answer.alternatives)
            .take(2)
            .map(|r| {
                (
                    r.card.service_id,
                    r.channel.contact.clone(),
                    r.reason.clone(),
                )
            })
            .collect::<Vec<_>>()
    };
    let elsewhere = faro::route::OUT_OF_STATE_REASON.to_string();
    let mo = id("state-mo/report-child-abuse");
    assert_eq!(
        numbers("63101"),
        [
            (mo, "+18003923738".into(), "route-reason-state-line".into()),
            (mo, "+15737513448".into(), elsewhere.clone()),
        ]
    );
    let il = id("state-il/report-child-abuse");
    assert_eq!(
        numbers("60601"),
        [
            (il, "+18002522873".into(), "route-reason-state-line".into()),
            (il, "+12175242606".into(), elsewhere.clone()),
        ]
    );
    let texas = numbers("77002");
    assert_eq!(texas[0].0, id("state-tx/report-child-abuse"));
    assert_ne!(texas[1].0, texas[0].0, "no second Texas number");
}

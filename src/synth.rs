//! A deterministic synthetic directory for tests and benchmarks. It is never loaded by
//! default and never mixed into `data/`: its organizations are all `synth-…`, its sources
//! point at example.org, and its folder carries a `SYNTHETIC` marker.

use std::path::Path;

use crate::model::{
    Address, Audience, Channel, ChannelKind, Confidentiality, Cost, Fact, Knowable, LocalizedEntry,
    LocalizedText, Location, OperatorKind, OrgKind, Organization, Owner, Period, Reach, ReachKind,
    Schedule, Service, ServiceArea, Source, Status, Telling, TextStatus, Translation, WeeklyHours,
    YesNoUnknown,
};
use crate::place::{Gazetteer, ZipEntry};

pub const MARKER: &str = "SYNTHETIC";
const SERVICES_PER_ORG: usize = 5;

const NEEDS: &[(&str, &str, &str)] = &[
    (
        "legal",
        "Immigration legal clinic",
        "Clínica legal de inmigración",
    ),
    ("shelter", "Youth shelter", "Albergue juvenil"),
    (
        "health",
        "Community health center",
        "Centro de salud comunitario",
    ),
    ("food", "Food pantry", "Banco de comida"),
    (
        "school",
        "School enrollment help",
        "Ayuda para inscribirse en la escuela",
    ),
    (
        "work",
        "Workers' rights center",
        "Centro de derechos laborales",
    ),
    (
        "family",
        "Family support program",
        "Programa de apoyo familiar",
    ),
    ("talk", "Youth counseling", "Consejería para jóvenes"),
    ("documents", "Document help desk", "Ayuda con documentos"),
    ("court", "Court accompaniment", "Acompañamiento a la corte"),
];
const LANGUAGES: &[&str] = &[
    "eng", "spa", "por", "hat", "fra", "quc", "mam", "kjb", "arb", "cmn",
];
const PLACES_WORDS: &[&str] = &[
    "Harbor",
    "Bridge",
    "Casa",
    "Esperanza",
    "Unity",
    "Horizon",
    "Puente",
    "Sol",
];

/// splitmix64: small, fast, and the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn fact<T>(value: T) -> Fact<T> {
    Fact {
        value,
        status: Status::Secondary,
        sources: vec!["synthetic".into()],
        live_check: None,
    }
}

fn draft(text: String) -> LocalizedEntry {
    LocalizedEntry::Translated(Translation {
        text,
        status: TextStatus::Draft,
        reviewer: None,
        reviewed_on: None,
    })
}

fn bilingual(en: String, es: String) -> LocalizedText {
    [("en", LocalizedEntry::Original(en)), ("es", draft(es))]
        .into_iter()
        .collect()
}

/// `services` synthetic services (about 1% national; the rest state-, county- or
/// radius-bound with walk-in places), the same for the same `seed`.
pub fn generate(services: usize, seed: u64, places: &Gazetteer) -> Vec<Organization> {
    let mut rng = Rng(seed);
    let zips: Vec<&ZipEntry> = places
        .zips()
        .filter(|z| z.point.is_some() && z.county_fips.is_some())
        .collect();
    let orgs = services.div_ceil(SERVICES_PER_ORG);
    (0..orgs)
        .map(|o| {
            let count = SERVICES_PER_ORG.min(services - o * SERVICES_PER_ORG);
            organization(o, count, &mut rng, &zips)
        })
        .collect()
}

fn organization(o: usize, count: usize, rng: &mut Rng, zips: &[&ZipEntry]) -> Organization {
    let home = *rng.pick(zips);
    let word = rng.pick(PLACES_WORDS);
    let name = format!("{word} {} Network {o}", home.city);
    Organization {
        slug: format!("synth-{o:06}"),
        id: None,
        kind: OrgKind::Ngo,
        owner: Owner::Org,
        name: bilingual(name.clone(), format!("Red {word} {} {o}", home.city)),
        description: LocalizedText::default(),
        website: Some(format!("https://example.org/{o}")),
        agency_domains: vec!["example.org".into()],
        sources: vec![Source {
            id: "synthetic".into(),
            url: "https://example.org/synthetic".into(),
            date: "undated".into(),
            title: Some("Synthetic data for tests and benchmarks".into()),
        }],
        services: (0..count)
            .map(|s| service(o * SERVICES_PER_ORG + s, rng, zips, home))
            .collect(),
        withdrawn: false,
    }
}

fn service(n: usize, rng: &mut Rng, zips: &[&ZipEntry], home: &ZipEntry) -> Service {
    let (need, en, es) = *rng.pick(NEEDS);
    let roll = rng.below(100);
    let zip = if rng.below(2) == 0 {
        home
    } else {
        *rng.pick(zips)
    };
    let mut languages = vec!["eng".to_string()];
    for _ in 0..1 + rng.below(3) {
        let lang = rng.pick(LANGUAGES).to_string();
        if !languages.contains(&lang) {
            languages.push(lang);
        }
    }
    let location = Location {
        slug: "site".into(),
        id: None,
        name: LocalizedText::default(),
        confidential_address: need == "shelter",
        address: fact(Address {
            street: Some(format!("{} Main St", 100 + rng.below(9000))),
            city: zip.city.clone(),
            state: zip.state.clone(),
            zip: zip.zip.clone(),
        }),
        point: None,
    };
    let (area, locations) = match roll {
        0 => (ServiceArea::National, vec![]),
        1..=35 => (
            ServiceArea::States {
                states: vec![zip.state.clone()],
            },
            vec![location],
        ),
        36..=70 => (
            ServiceArea::Counties {
                counties: vec![zip.county_fips.clone().unwrap_or_default()],
            },
            vec![location],
        ),
        _ => (
            ServiceArea::Radius {
                location: "site".into(),
                km: [10.0, 25.0, 50.0, 100.0][rng.below(4)],
            },
            vec![location],
        ),
    };
    let mut channels = vec![channel(
        "call",
        ChannelKind::Voice,
        format!("+1{}", 2_000_000_000 + n as u64),
        &languages,
        rng,
    )];
    if !locations.is_empty() && need != "shelter" {
        channels.push(channel(
            "visit",
            ChannelKind::WalkIn,
            "site".into(),
            &languages,
            rng,
        ));
    }
    Service {
        slug: format!("s{n}"),
        id: None,
        name: bilingual(format!("{en} {n}"), format!("{es} {n}")),
        description: bilingual(
            format!(
                "Free {need} help for young people and families, in {} languages.",
                languages.len()
            ),
            format!("Ayuda gratis de {need} para jóvenes y familias."),
        ),
        needs: vec![need.to_string()],
        audiences: Audience::ALL.to_vec(),
        operator_kind: OperatorKind::Ngo,
        ages: None,
        cost: fact(if rng.below(5) == 0 {
            Cost::Fee
        } else {
            Cost::Free
        }),
        area,
        state_line: None,
        channels,
        locations,
        hold: None,
    }
}

fn channel(
    slug: &str,
    kind: ChannelKind,
    contact: String,
    languages: &[String],
    rng: &mut Rng,
) -> Channel {
    let hours = match rng.below(3) {
        0 => Schedule::Always,
        1 => Schedule::Unknown,
        _ => Schedule::Weekly(WeeklyHours {
            zone: "America/Chicago".into(),
            periods: vec![Period {
                days: "mon-fri".into(),
                opens: "09:00".into(),
                closes: "17:00".into(),
            }],
            closed_on: vec![],
        }),
    };
    Channel {
        slug: slug.into(),
        id: None,
        kind,
        contact: fact(contact),
        label: LocalizedText::default(),
        keywords: None,
        reach: fact(Reach::Named(ReachKind::Anywhere)),
        languages: fact(Knowable::Known(languages.to_vec())),
        interpretation: None,
        hours: fact(hours),
        what_happens: Fact::unknown(Knowable::Unknown(crate::model::UnknownMarker::Unknown)),
        confidentiality: Confidentiality {
            tells_police: Fact::unknown(Telling::Unknown),
            tells_cps: Fact::unknown(Telling::Unknown),
            tells_immigration: Fact::unknown(Telling::Unknown),
            anonymous_ok: Fact::unknown(YesNoUnknown::Unknown),
            note: None,
        },
        hold: None,
    }
}

/// Writes a synthetic data folder: `directory/`, the real taxonomy, languages and places
/// (copied, so the folder stands alone), and the `SYNTHETIC` marker.
pub fn write(
    out: &Path,
    services: usize,
    seed: u64,
    data_dir: &Path,
    places: &Gazetteer,
) -> anyhow::Result<usize> {
    let dir = out.join("directory");
    std::fs::create_dir_all(&dir)?;
    std::fs::write(
        out.join(MARKER),
        "Synthetic data for tests and benchmarks. Never serve it as the directory.\n",
    )?;
    for file in ["taxonomy.toml", "languages.toml", "routing.toml"] {
        std::fs::copy(data_dir.join(file), out.join(file))?;
    }
    let places_out = out.join("places");
    std::fs::create_dir_all(&places_out)?;
    for entry in std::fs::read_dir(data_dir.join("places"))? {
        let entry = entry?;
        std::fs::copy(entry.path(), places_out.join(entry.file_name()))?;
    }
    let orgs = generate(services, seed, places);
    for org in &orgs {
        std::fs::write(
            dir.join(format!("{}.toml", org.slug)),
            toml::to_string(org)?,
        )?;
    }
    Ok(orgs.len())
}

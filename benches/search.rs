//! Search and full index build on the deterministic synthetic directory at 1k, 10k and
//! 100k services. Run: `cargo bench --bench search` (results in BENCHMARKS.md).

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

mod common;

use common::{percentile, timed_pass};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use faro::data::DataSet;
use faro::model::Audience;
use faro::place::{Gazetteer, Place, Resolution};
use faro::search::{SearchIndex, SearchQuery};
use faro::store::Change;

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];
const WORDS: [&str; 10] = [
    "",
    "lawyer",
    "abogado",
    "food",
    "shelter",
    "escuela",
    "trabajo",
    "counseling",
    "court",
    "documentos",
];
const LANGS: [&str; 5] = ["spa", "eng", "por", "quc", "hat"];

struct Fixture {
    data: DataSet,
    places: Arc<Gazetteer>,
}

fn fixture() -> Fixture {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let (data, _) = DataSet::load(&root);
    let places = Arc::new(Gazetteer::load(&root.join("places")).expect("gazetteer"));
    Fixture { data, places }
}

fn changes(n: usize, places: &Gazetteer) -> Vec<Change> {
    faro::synth::generate(n, 42, places)
        .into_iter()
        .enumerate()
        .map(|(i, document)| Change {
            seq: i as i64 + 1,
            org_id: document.uuid(),
            document,
        })
        .collect()
}

/// Text × place × language: 10 × 50 × 5 = 2,500 distinct searches, cycled in order.
fn combinations(places: &Gazetteer) -> Vec<(SearchQuery, Place)> {
    let zips: Vec<Place> = places
        .zips()
        .filter(|z| z.point.is_some())
        .step_by(800)
        .take(50)
        .map(|z| match places.resolve(&z.zip) {
            Resolution::Found(p) => p,
            other => panic!("{other:?}"),
        })
        .collect();
    let mut out = Vec::new();
    for word in WORDS {
        for place in &zips {
            for lang in LANGS {
                let query = SearchQuery {
                    text: word.to_string(),
                    lang: Some(lang.to_string()),
                    audience: Some(Audience::Child),
                    page: 1,
                    per_page: 20,
                    locale: "en".into(),
                    ..SearchQuery::default()
                };
                out.push((query, place.clone()));
            }
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let f = fixture();
    let combos = combinations(&f.places);
    let now = chrono::Utc::now();
    for n in SIZES {
        let docs = changes(n, &f.places);
        let dir = tempfile::tempdir().unwrap();
        // No cards kept: every search decodes each of its cards, the slowest case.
        let index = SearchIndex::open(
            dir.path(),
            Arc::new(f.data.taxonomy.clone()),
            f.places.clone(),
            0,
        )
        .unwrap();

        let started = Instant::now();
        let count = index.rebuild(docs.len() as i64, &docs).unwrap();
        println!(
            "full build, {n} services: {count} documents in {:.2?}",
            started.elapsed()
        );

        let times = timed_pass(&combos, |(q, place)| {
            index.search(q, Some(place), now).unwrap()
        });
        println!(
            "search, {n} services, {} distinct queries: p50 {:.3?}, p99 {:.3?}, max {:.3?}",
            times.len(),
            percentile(&times, 0.50),
            percentile(&times, 0.99),
            times.last().unwrap()
        );

        let mut group = c.benchmark_group(format!("services_{n}"));
        let mut next = 0;
        group.bench_function("search", |b| {
            b.iter(|| {
                let (q, place) = &combos[next % combos.len()];
                next += 1;
                black_box(index.search(q, Some(place), now).unwrap())
            })
        });
        group.sample_size(10);
        group.measurement_time(Duration::from_secs(if n >= 100_000 { 120 } else { 20 }));
        group.bench_function("full_build", |b| {
            b.iter_batched(
                || (),
                |_| index.rebuild(docs.len() as i64, &docs).unwrap(),
                BatchSize::PerIteration,
            )
        });
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);

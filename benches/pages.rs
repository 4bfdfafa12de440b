//! Page rendering: the HTML search results page through the whole app in-process (query
//! parsing, place resolution, search, cards, the template), on synthetic directories of
//! 1k, 10k and 100k services. Run: `cargo bench --bench pages` (100k seeds a store first:
//! allow a few minutes).

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use actix_web::{App, test as atest};
mod common;

use common::{percentile, timed_pass};
use criterion::{Criterion, criterion_group, criterion_main};

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];
const WORDS: [&str; 6] = [
    "abogado",
    "legal help",
    "asilo",
    "shelter",
    "trabajo",
    "food",
];
const LANGS: [&str; 3] = ["spa", "eng", "por"];

/// ZIPs spread over the whole gazetteer, each with a point.
fn zips(data: &Path, n: usize) -> Vec<String> {
    let places = faro::place::Gazetteer::load(&data.join("places")).expect("gazetteer");
    let all: Vec<String> = places
        .zips()
        .filter(|z| z.point.is_some())
        .map(|z| z.zip.clone())
        .collect();
    let step = all.len() / n;
    all.into_iter().step_by(step.max(1)).take(n).collect()
}

fn paths(data: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for zip in zips(data, 20) {
        for word in WORDS {
            for lang in LANGS {
                let q: String = url::form_urlencoded::byte_serialize(word.as_bytes()).collect();
                out.push(format!("/en/search?q={q}&place={zip}&lang={lang}"));
            }
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let shipped = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data");
    let paths = paths(&shipped);
    let mut group = c.benchmark_group("search_page");
    for services in SIZES {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let places = faro::place::Gazetteer::load(&shipped.join("places")).unwrap();
        faro::synth::write(&data, services, 1, &shipped, &places).unwrap();
        let config = faro::config::Config::for_dirs(data, dir.path().join("var"));
        let state = rt.block_on(async {
            let state = faro::build_state(&config).await.unwrap();
            faro::catch_up(&state).await.unwrap();
            state
        });
        let app = rt.block_on(atest::init_service(
            App::new().configure(faro::web::configure(Arc::clone(&state))),
        ));
        let get = |path: &String| {
            let req = atest::TestRequest::get().uri(path).to_request();
            rt.block_on(async {
                let resp = atest::call_service(&app, req).await;
                assert!(resp.status().is_success(), "{path}: {}", resp.status());
                atest::read_body(resp).await
            })
        };
        let times = timed_pass(&paths, get);
        let at = |p| percentile(&times, p);
        println!(
            "search page at {services} services, {} distinct searches: p50 {:.3?}, p99 {:.3?}",
            times.len(),
            at(0.5),
            at(0.99)
        );
        let mut next = 0;
        group.bench_function(format!("{services}"), |b| {
            b.iter(|| {
                next += 1;
                black_box(get(&paths[next % paths.len()]))
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

//! Router latency: a form post to `/{loc}/help` through the whole app, to the rendered
//! page, in-process, on the shipped directory. Run: `cargo bench --bench route`.

use std::hint::black_box;
use std::path::PathBuf;
use std::sync::Arc;

use actix_web::{App, test as atest};
mod common;

use common::{percentile, timed_pass};
use criterion::{Criterion, criterion_group, criterion_main};

const SITUATIONS: [&str; 8] = [
    "labor",
    "sexual",
    "online",
    "abuse",
    "lost_contact",
    "legal",
    "shelter",
    "talk",
];
const PLACES: [&str; 6] = ["77002", "35203", "60601", "90012", "10001", "Texas"];
const WAYS: [&str; 4] = ["", "&way=call", "&way=text", "&way=chat&way=web"];

fn bodies() -> Vec<String> {
    let mut out = Vec::new();
    for situation in SITUATIONS {
        for place in PLACES {
            for ways in WAYS {
                for danger in ["no", "yes"] {
                    out.push(format!("danger={danger}&situation={situation}&asker=child&place={place}&lang=spa&police=no{ways}"));
                }
            }
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let config = faro::config::Config::for_dirs(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data"),
        dir.path().to_path_buf(),
    );
    let state = rt.block_on(async {
        let state = faro::build_state(&config).await.unwrap();
        faro::catch_up(&state).await.unwrap();
        state
    });
    let app = rt.block_on(atest::init_service(
        App::new().configure(faro::web::configure(Arc::clone(&state))),
    ));
    let bodies = bodies();
    let post = |body: &String| {
        let req = atest::TestRequest::post()
            .uri("/en/help")
            .insert_header(("Content-Type", "application/x-www-form-urlencoded"))
            .set_payload(body.clone())
            .to_request();
        rt.block_on(async {
            let resp = atest::call_service(&app, req).await;
            assert!(resp.status().is_success());
            atest::read_body(resp).await
        })
    };
    let times = timed_pass(&bodies, post);
    let at = |p| percentile(&times, p);
    println!(
        "router page, {} distinct forms: p50 {:.3?}, p99 {:.3?}",
        times.len(),
        at(0.5),
        at(0.99)
    );
    let mut next = 0;
    c.bench_function("route_form_post_to_page", |b| {
        b.iter(|| {
            next += 1;
            black_box(post(&bodies[next % bodies.len()]))
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);

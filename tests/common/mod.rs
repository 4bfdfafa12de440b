//! Spawns the real app against a fresh store and index in a temporary folder.
#![allow(dead_code)]

use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use actix_web::{App, test as atest};
use faro::AppState;
use faro::config::Config;
use faro::data::DataSet;
use faro::place::Gazetteer;
use serde_json::Value;

pub mod hsds;
pub mod nginx;
pub mod pg;
pub mod process;
pub mod smtp;

/// `data/` and the gazetteer are read once per test binary: they never change in a test.
fn shared() -> &'static (DataSet, Arc<Gazetteer>) {
    static SHARED: OnceLock<(DataSet, Arc<Gazetteer>)> = OnceLock::new();
    SHARED.get_or_init(|| {
        let config = config_in(PathBuf::from("unused"));
        let (data, places) = faro::load_data(&config).expect("data/ is valid");
        (data, Arc::new(places))
    })
}

pub fn places() -> Arc<Gazetteer> {
    shared().1.clone()
}

/// Faro's language table, as `data/` ships it.
pub fn languages() -> &'static faro::data::LanguageTable {
    &shared().0.languages
}

pub fn data() -> DataSet {
    shared().0.clone()
}

pub fn config_in(var_dir: PathBuf) -> Config {
    Config {
        bind: "127.0.0.1:0".parse().unwrap(),
        feed_poll_ms: 100,
        cookie_secure: false,
        ..Config::for_dirs(
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data"),
            var_dir,
        )
    }
}

/// The text between the first `start` in `html` and the next `end` (a token on a page).
pub fn between(html: &str, start: &str, end: &str) -> String {
    html.split(start)
        .nth(1)
        .and_then(|r| r.split(end).next())
        .unwrap_or_else(|| panic!("no {start} in {html}"))
        .to_string()
}

pub struct TestApp {
    pub state: Arc<AppState>,
    pub dir: tempfile::TempDir,
}

/// A ready app: store seeded from `data/`, index caught up.
pub async fn app() -> TestApp {
    app_with(|_| {}).await
}

/// As [`app`], with settings changed first.
pub async fn app_with(change: impl FnOnce(&mut Config)) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let mut config = config_in(dir.path().to_path_buf());
    change(&mut config);
    let state = faro::build_state_with(&config, data(), places())
        .await
        .unwrap();
    faro::catch_up(&state).await.unwrap();
    TestApp { state, dir }
}

impl TestApp {
    /// In-process request: status and JSON body.
    pub async fn get(&self, uri: &str) -> (u16, Value) {
        self.get_with(uri, None).await
    }

    pub async fn get_with(&self, uri: &str, accept_language: Option<&str>) -> (u16, Value) {
        let service =
            atest::init_service(App::new().configure(faro::web::configure(self.state.clone())))
                .await;
        let mut req = atest::TestRequest::get().uri(uri);
        if let Some(lang) = accept_language {
            req = req.insert_header(("Accept-Language", lang));
        }
        let resp = atest::call_service(&service, req.to_request()).await;
        let status = resp.status().as_u16();
        let body = atest::read_body(resp).await;
        (status, serde_json::from_slice(&body).unwrap_or(Value::Null))
    }

    /// Starts the real server on a random loopback port; returns its base URL.
    pub fn serve(&self) -> String {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let server = faro::web::server(listener, self.state.clone()).unwrap();
        actix_web::rt::spawn(server);
        format!("http://{addr}")
    }
}

/// A rendered page, with the security headers the real server adds.
pub struct Page {
    pub status: u16,
    pub headers: actix_web::http::header::HeaderMap,
    pub html: String,
}

pub async fn fetch(app: &TestApp, req: atest::TestRequest) -> Page {
    let service = atest::init_service(
        App::new()
            .wrap(faro::web::security_headers())
            .configure(faro::web::configure(app.state.clone())),
    )
    .await;
    let resp = atest::call_service(&service, req.to_request()).await;
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    let html = String::from_utf8(atest::read_body(resp).await.to_vec()).unwrap();
    Page {
        status,
        headers,
        html,
    }
}

pub async fn get(app: &TestApp, uri: &str) -> Page {
    fetch(app, atest::TestRequest::get().uri(uri)).await
}

pub async fn post(app: &TestApp, uri: &str, form: &str) -> Page {
    fetch(
        app,
        atest::TestRequest::post()
            .uri(uri)
            .insert_header(("Content-Type", "application/x-www-form-urlencoded"))
            .set_payload(form.to_string()),
    )
    .await
}

/// The results of a search response.
pub fn results(body: &Value) -> &Vec<Value> {
    body["results"].as_array().expect("results")
}

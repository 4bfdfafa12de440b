//! Faro: a public directory and hotline router for migrant children and the people
//! around them. `main.rs` is a thin CLI over this library; tests use the same factory.

pub mod config;
pub mod data;
pub mod error;
pub mod export;
pub mod guides;
pub mod hours;
pub mod hsds;
pub mod i18n;
pub mod model;
pub mod place;
pub mod portal;
pub mod progress;
pub mod route;
pub mod search;
pub mod store;
pub mod synth;
pub mod web;

use std::net::TcpListener;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::Context;

use config::Config;
use data::{DataSet, LanguageTable, Taxonomy};
use place::Gazetteer;
use search::SearchIndex;
use store::{SqliteStore, Store};

/// A person may send a few problem reports in a row (several wrong facts on one
/// listing); a flood from one address is stopped.
const PROBLEM_REPORTS_PER_WINDOW: u32 = 5;
const PROBLEM_REPORT_WINDOW_SECS: i64 = 600;

/// Sign-in attempts (logins, invites, codes) per address per window.
const LOGINS_PER_WINDOW: u32 = 20;
const LOGIN_WINDOW_SECS: i64 = 600;

/// Everything a request may need, built once at start-up and shared by all workers.
pub struct AppState {
    pub store: Arc<dyn Store>,
    /// The portal's people (the same database as the store).
    pub accounts: Arc<dyn store::Accounts>,
    /// Portal sign-ins, per address; with the per-account rest after failures.
    pub logins: web::limit::RateLimiter,
    pub cookie_secure: bool,
    /// Request counts and latencies for `/metrics`.
    pub metrics: web::metrics::Metrics,
    pub index: Arc<SearchIndex>,
    pub places: Arc<Gazetteer>,
    pub taxonomy: Arc<Taxonomy>,
    pub languages: Arc<LanguageTable>,
    pub router: Arc<route::Router>,
    /// Problem reports from the public, per address (never stored as such).
    pub problem_reports: web::limit::RateLimiter,
    /// The router by text message and call, when a provider token is configured.
    pub phone: Option<web::phone::PhoneChannel>,
    /// Set once the index has caught up with the store's change feed.
    pub ready: AtomicBool,
}

impl AppState {
    pub fn is_ready(&self) -> bool {
        self.ready.load(Ordering::Acquire)
    }
}

/// Reads and checks `data/` and the gazetteer; refuses to go on if anything is wrong.
pub fn load_data(config: &Config) -> anyhow::Result<(DataSet, Gazetteer)> {
    let data = DataSet::load_checked(&config.data_dir).map_err(|problems| {
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        anyhow::anyhow!(
            "data/ has {} problem(s); run `faro check-data`:\n{}",
            list.len(),
            list.join("\n")
        )
    })?;
    let places = Gazetteer::load(&config.places_dir()).context("loading the gazetteer")?;
    let broken = &guides::library().problems;
    if !broken.is_empty() {
        anyhow::bail!("guides that cannot be read:\n  {}", broken.join("\n  "));
    }
    Ok((data, places))
}

/// Opens the store, seeds it from `data/`, and opens the index (not yet caught up).
pub async fn build_state(config: &Config) -> anyhow::Result<Arc<AppState>> {
    let (data, places) = load_data(config)?;
    build_state_with(config, data, Arc::new(places)).await
}

/// As [`build_state`], with `data/` and the gazetteer already loaded (tests share them).
pub async fn build_state_with(
    config: &Config,
    data: DataSet,
    places: Arc<Gazetteer>,
) -> anyhow::Result<Arc<AppState>> {
    let store = Arc::new(
        SqliteStore::open(&config.database_path())
            .await
            .context("opening the store")?,
    );
    let report = store::seed(store.as_ref(), &data)
        .await
        .context("seeding from data/")?;
    tracing::info!(
        created = report.created.len(),
        updated = report.updated.len(),
        unchanged = report.unchanged,
        conflicts = report.conflicts.len(),
        withdrawn = report.withdrawn.len(),
        "seeded from data/"
    );
    let taxonomy = Arc::new(data.taxonomy);
    let index = SearchIndex::open(&config.index_dir(), taxonomy.clone(), places.clone())
        .context("opening the index")?;
    Ok(Arc::new(AppState {
        accounts: store.clone(),
        store,
        index: Arc::new(index),
        places,
        taxonomy,
        languages: Arc::new(data.languages),
        router: Arc::new(route::Router::new(
            data.routing.context("data/routing.toml is missing")?,
        )),
        problem_reports: web::limit::RateLimiter::new(
            PROBLEM_REPORTS_PER_WINDOW,
            PROBLEM_REPORT_WINDOW_SECS,
        ),
        logins: web::limit::RateLimiter::new(LOGINS_PER_WINDOW, LOGIN_WINDOW_SECS),
        cookie_secure: config.cookie_secure,
        metrics: web::metrics::Metrics::default(),
        phone: config
            .sms_auth_token
            .clone()
            .map(|token| web::phone::PhoneChannel::new(token, config.public_url.clone())),
        ready: AtomicBool::new(false),
    }))
}

/// Brings the index up to the store, then marks the node ready. A new (or discarded)
/// index is rebuilt from a snapshot rather than replaying the whole feed.
pub async fn catch_up(state: &AppState) -> anyhow::Result<()> {
    let applied = state.index.applied_seq()?;
    if applied == 0 && state.store.last_seq().await? > 0 {
        let docs = state.index.rebuild_from(state.store.as_ref()).await?;
        tracing::info!(docs, "index rebuilt from the store");
    } else {
        let changes = state.index.catch_up(state.store.as_ref()).await?;
        tracing::info!(changes, "index caught up with the change feed");
    }
    state.ready.store(true, Ordering::Release);
    Ok(())
}

/// Follows the change feed for approvals made by other processes.
pub fn follow_feed(state: Arc<AppState>, every: Duration) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(every);
        loop {
            tick.tick().await;
            if let Err(error) = state.index.catch_up(state.store.as_ref()).await {
                tracing::warn!(%error, "following the change feed failed; will retry");
            }
        }
    })
}

/// Starts serving on `listener`: catches up in the background while `/readyz` says
/// not-ready, then follows the feed.
pub fn serve(
    listener: TcpListener,
    state: Arc<AppState>,
    config: &Config,
) -> anyhow::Result<actix_web::dev::Server> {
    let server = web::server(listener, state.clone())?;
    let poll = Duration::from_millis(config.feed_poll_ms);
    tokio::spawn(async move {
        match catch_up(&state).await {
            Ok(()) => {
                follow_feed(state, poll);
            }
            Err(error) => tracing::error!(%error, "could not bring the index up to date"),
        }
    });
    Ok(server)
}

//! Faro: a public directory and hotline router for migrant children and the people
//! around them. `main.rs` is a thin CLI over this library; tests use the same factory.

pub mod config;
pub mod data;
pub mod error;
pub mod export;
pub mod feed;
pub mod guides;
pub mod hours;
pub mod hsds;
pub mod i18n;
pub mod mail;
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
use store::{Outbox, SqlStore, Store};

pub use feed::catch_up;

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
    pub logins: web::shared_limit::Limit,
    pub cookie_secure: bool,
    /// Reverse proxies whose `X-Real-IP` names the client (see `web::client`).
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// How long a request may take before it is refused (see `web::limits`).
    pub request_timeout: Duration,
    /// Request counts and latencies for `/metrics`.
    pub metrics: web::metrics::Metrics,
    pub index: Arc<SearchIndex>,
    pub places: Arc<Gazetteer>,
    pub taxonomy: Arc<Taxonomy>,
    pub languages: Arc<LanguageTable>,
    pub router: Arc<route::Router>,
    /// Problem reports from the public, per address (never stored as such).
    pub problem_reports: web::shared_limit::Limit,
    /// The router by text message and call, when a provider token is configured.
    pub phone: Option<web::phone::PhoneChannel>,
    /// Set once the index has caught up with the store's change feed: search may serve.
    pub ready: AtomicBool,
    /// The last read of the change feed succeeded, so this node shows every approval;
    /// false while the database is out of reach (search still serves from the index).
    pub feed_current: AtomicBool,
    /// E-mail waiting for the SMTP server.
    pub outbox: Arc<dyn Outbox>,
    /// The SMTP server, when e-mail is configured.
    pub mailer: Option<Arc<mail::Mailer>>,
}

impl AppState {
    pub fn is_ready(&self) -> bool {
        self.ready.load(Ordering::Acquire)
    }

    pub fn is_feed_current(&self) -> bool {
        self.feed_current.load(Ordering::Acquire)
    }
}

/// Reads and checks `data/` and the gazetteer; refuses to go on if anything is wrong.
pub fn load_data(config: &Config) -> anyhow::Result<(DataSet, Gazetteer)> {
    let data = DataSet::load_checked(&config.data_dir).map_err(refused)?;
    Ok((data, load_places(config)?))
}

fn refused(problems: Vec<data::Problem>) -> anyhow::Error {
    let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
    anyhow::anyhow!(
        "data/ has {} problem(s); run `faro check-data`:\n{}",
        list.len(),
        list.join("\n")
    )
}

/// The gazetteer, once the guides are known to be readable.
fn load_places(config: &Config) -> anyhow::Result<Gazetteer> {
    let places = Gazetteer::load(&config.places_dir()).context("loading the gazetteer")?;
    let broken = &guides::library().problems;
    if !broken.is_empty() {
        anyhow::bail!("guides that cannot be read:\n  {}", broken.join("\n  "));
    }
    Ok(places)
}

async fn open_store(config: &Config) -> anyhow::Result<Arc<SqlStore>> {
    Ok(Arc::new(
        SqlStore::open_url(&config.store_url()?)
            .await
            .context("opening the store")?,
    ))
}

/// Opens the store, seeds it from `data/` unless it holds `data/` exactly as it is on
/// disk, and opens the index (not yet caught up).
pub async fn build_state(config: &Config) -> anyhow::Result<Arc<AppState>> {
    let places = Arc::new(load_places(config)?);
    let store = open_store(config).await?;
    let fingerprint = data::fingerprint(&config.data_dir).context("reading data/")?;
    let data = match data_as_seeded(config, &store, &fingerprint).await? {
        Some(tables) => tables,
        // Nodes starting together seed one after another; the later ones find it done.
        None => {
            store
                .exclusively(async {
                    if let Some(tables) = data_as_seeded(config, &store, &fingerprint).await? {
                        return Ok(tables);
                    }
                    let data = DataSet::load_checked(&config.data_dir).map_err(refused)?;
                    seed(store.as_ref(), &data).await?;
                    store.set_seeded_fingerprint(&fingerprint).await?;
                    anyhow::Ok(data)
                })
                .await??
        }
    };
    assemble(config, store, data, places)
}

/// The reviewed tables of `data/` when the store already holds `data/` as it is on disk
/// (the directory itself is then not read again); `None` when it must be seeded.
async fn data_as_seeded(
    config: &Config,
    store: &SqlStore,
    fingerprint: &str,
) -> anyhow::Result<Option<DataSet>> {
    if store.seeded_fingerprint().await?.as_deref() != Some(fingerprint) {
        return Ok(None);
    }
    tracing::info!("data/ is as last seeded");
    let (tables, problems) = DataSet::load_tables(&config.data_dir);
    if !problems.is_empty() {
        return Err(refused(problems));
    }
    Ok(Some(tables))
}

/// As [`build_state`], with `data/` and the gazetteer already loaded (tests share them);
/// always seeds.
pub async fn build_state_with(
    config: &Config,
    data: DataSet,
    places: Arc<Gazetteer>,
) -> anyhow::Result<Arc<AppState>> {
    let store = open_store(config).await?;
    seed(store.as_ref(), &data).await?;
    assemble(config, store, data, places)
}

async fn seed(store: &SqlStore, data: &DataSet) -> anyhow::Result<()> {
    let report = store::seed(store, data)
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
    Ok(())
}

fn assemble(
    config: &Config,
    store: Arc<SqlStore>,
    data: DataSet,
    places: Arc<Gazetteer>,
) -> anyhow::Result<Arc<AppState>> {
    let taxonomy = Arc::new(data.taxonomy);
    let index = SearchIndex::open(
        &config.index_dir(),
        taxonomy.clone(),
        places.clone(),
        config.cards_kept,
    )
    .context("opening the index")?;
    let mailer = mail::Mailer::from_config(config)?.map(Arc::new);
    // Nodes sharing PostgreSQL count every rate limit together; one node counts alone.
    let shared: Option<Arc<dyn store::SharedLimits>> = match store.backend() {
        store::Backend::Postgres => Some(store.clone()),
        store::Backend::Sqlite => None,
    };
    let problem_reports = web::shared_limit::Limit::new(
        "problem_reports",
        PROBLEM_REPORTS_PER_WINDOW,
        PROBLEM_REPORT_WINDOW_SECS,
        shared.clone(),
    );
    let logins = web::shared_limit::Limit::new(
        "logins",
        LOGINS_PER_WINDOW,
        LOGIN_WINDOW_SECS,
        shared.clone(),
    );
    Ok(Arc::new(AppState {
        accounts: store.clone(),
        outbox: store.clone(),
        mailer,
        store,
        index: Arc::new(index),
        places,
        taxonomy,
        languages: Arc::new(data.languages),
        router: Arc::new(route::Router::new(
            data.routing.context("data/routing.toml is missing")?,
        )),
        problem_reports,
        logins,
        cookie_secure: config.cookie_secure,
        trusted_proxies: config.trusted_proxies.clone(),
        request_timeout: Duration::from_secs(config.request_timeout_secs),
        metrics: web::metrics::Metrics::default(),
        phone: config
            .sms_auth_token
            .clone()
            .map(|token| web::phone::PhoneChannel::new(token, config.public_url.clone(), shared)),
        ready: AtomicBool::new(false),
        feed_current: AtomicBool::new(false),
    }))
}

/// `faro serve`: listens at once, answering "alive, not ready" while the store migrates and
/// seeds, then serves the site on the same socket.
pub async fn run(config: &Config) -> anyhow::Result<()> {
    let listener =
        TcpListener::bind(config.bind).with_context(|| format!("binding {}", config.bind))?;
    eprintln!("Faro is listening on http://{}", listener.local_addr()?);
    let starting = web::starting::server(listener.try_clone()?)?;
    let stop_starting = starting.handle();
    let starting = tokio::spawn(starting);
    let state = build_state(config).await;
    stop_starting.stop(true).await;
    starting.await??;
    serve(listener, state?, config)?.await?;
    Ok(())
}

/// Starts serving on `listener`: catches up in the background while `/readyz` says
/// not-ready, then follows the feed.
pub fn serve(
    listener: TcpListener,
    state: Arc<AppState>,
    config: &Config,
) -> anyhow::Result<actix_web::dev::Server> {
    let server = web::server(listener, state.clone())?;
    if let Some(mailer) = state.mailer.clone() {
        mail::delivery::spawn(state.clone(), mailer);
    }
    let poll = Duration::from_millis(config.feed_poll_ms);
    let wake = Arc::new(tokio::sync::Notify::new());
    if let store::StoreUrl::Postgres(url) = config.store_url()? {
        feed::listen_for_approvals(url, poll, wake.clone());
    }
    tokio::spawn(async move {
        match catch_up(&state).await {
            Ok(()) => {
                feed::follow_feed(state, poll, wake);
            }
            Err(error) => tracing::error!(%error, "could not bring the index up to date"),
        }
    });
    Ok(server)
}

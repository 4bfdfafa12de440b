//! Typed configuration: flags, or `FARO_*` environment variables, or the embedded defaults.

use std::net::SocketAddr;
use std::path::PathBuf;

/// Every setting Faro reads, documented once (here and in README.md).
#[derive(Debug, Clone, clap::Args)]
pub struct Config {
    /// Address to listen on.
    #[arg(long, env = "FARO_BIND", default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,
    /// The reviewed data: directory, taxonomy, languages, places.
    #[arg(long, env = "FARO_DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,
    /// Where the SQLite store and the search index live.
    #[arg(long, env = "FARO_VAR_DIR", default_value = "var")]
    pub var_dir: PathBuf,
    /// How often (milliseconds) each node polls the change feed for approvals made elsewhere.
    #[arg(long, env = "FARO_FEED_POLL_MS", default_value_t = 1000)]
    pub feed_poll_ms: u64,
    /// The telephony provider's auth token: turns on `/phone/sms` and `/phone/voice` and
    /// verifies every request's signature with it. Unset, both answer 403.
    #[arg(long, env = "FARO_SMS_AUTH_TOKEN", hide_env_values = true)]
    pub sms_auth_token: Option<String>,
    /// The public base URL the provider calls (e.g. https://faro.example.org), when a proxy
    /// in front changes scheme or host; signatures cover the full URL.
    #[arg(long, env = "FARO_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Mark the portal's session cookie Secure (sent over HTTPS only). Turn off only for
    /// plain-HTTP testing on a machine of your own.
    #[arg(long, env = "FARO_COOKIE_SECURE", default_value_t = true, action = clap::ArgAction::Set)]
    pub cookie_secure: bool,
}

impl Config {
    pub fn database_path(&self) -> PathBuf {
        self.var_dir.join("faro.db")
    }

    pub fn index_dir(&self) -> PathBuf {
        self.var_dir.join("index")
    }

    pub fn places_dir(&self) -> PathBuf {
        self.data_dir.join("places")
    }
}

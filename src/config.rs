//! Typed configuration: flags, or `FARO_*` environment variables, or the embedded defaults.

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;

use crate::store::{StoreError, StoreUrl};

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
    /// The store, when it is not the SQLite file in the var folder: `postgres://…` for a
    /// PostgreSQL shared by several nodes (each keeps its own index in its var folder).
    #[arg(long, env = "FARO_DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<String>,
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
    /// How long (seconds) a request may take to arrive and be answered before Faro gives up
    /// on it with 408; a slow or stalled client never holds the server.
    #[arg(long, env = "FARO_REQUEST_TIMEOUT_SECS", default_value_t = 30)]
    pub request_timeout_secs: u64,
    /// Reverse proxies (comma-separated addresses) whose `X-Real-IP` header names the
    /// client, for rate limits. Set it to nginx's address when nginx is in front.
    #[arg(long, env = "FARO_TRUSTED_PROXY", value_delimiter = ',')]
    pub trusted_proxies: Vec<IpAddr>,
    /// The SMTP server for invites and notices: `smtps://user@host` (TLS),
    /// `smtp://user@host:587?tls=required` (STARTTLS), or `smtp://127.0.0.1:25` for a relay
    /// on this machine. Unset, no e-mail is sent and invites print their link.
    #[arg(long, env = "FARO_SMTP_URL")]
    pub smtp_url: Option<String>,
    /// The SMTP password (kept out of the URL so it never appears beside it).
    #[arg(long, env = "FARO_SMTP_PASSWORD", hide_env_values = true)]
    pub smtp_password: Option<String>,
    /// The sender of Faro's e-mail, e.g. `Faro <faro@example.org>`.
    #[arg(long, env = "FARO_MAIL_FROM")]
    pub mail_from: Option<String>,
    /// How many decoded search-result cards each node keeps in memory (about 2 kB each).
    /// Searches at the same places return the same cards; 0 decodes every card every time.
    #[arg(long, env = "FARO_CARDS_KEPT", default_value_t = 16_384)]
    pub cards_kept: usize,
}

impl Config {
    /// The embedded defaults (as `faro serve` with no flags and no environment), with
    /// `data/` and `var/` where given: for tests, benchmarks and tools.
    pub fn for_dirs(data_dir: PathBuf, var_dir: PathBuf) -> Config {
        Config {
            bind: SocketAddr::from(([127, 0, 0, 1], 8080)),
            data_dir,
            var_dir,
            database_url: None,
            feed_poll_ms: 1000,
            sms_auth_token: None,
            public_url: None,
            cookie_secure: true,
            request_timeout_secs: 30,
            trusted_proxies: Vec::new(),
            smtp_url: None,
            smtp_password: None,
            mail_from: None,
            cards_kept: 16_384,
        }
    }

    pub fn database_path(&self) -> PathBuf {
        self.var_dir.join("faro.db")
    }

    /// The store this node uses: `FARO_DATABASE_URL`, or the SQLite file in the var folder.
    pub fn store_url(&self) -> Result<StoreUrl, StoreError> {
        match &self.database_url {
            Some(url) => StoreUrl::parse(url),
            None => Ok(StoreUrl::Sqlite(self.database_path())),
        }
    }

    pub fn index_dir(&self) -> PathBuf {
        self.var_dir.join("index")
    }

    /// The site's address as people reach it, for links in e-mail and printed invites.
    pub fn public_base_url(&self) -> String {
        self.public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", self.bind))
            .trim_end_matches('/')
            .to_string()
    }

    pub fn places_dir(&self) -> PathBuf {
        self.data_dir.join("places")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        config: Config,
    }

    #[test]
    fn for_dirs_gives_the_same_defaults_as_the_command_line() {
        let parsed = Cli::parse_from(["faro", "--data-dir", "d", "--var-dir", "v"]).config;
        let built = Config::for_dirs("d".into(), "v".into());
        assert_eq!(format!("{parsed:?}"), format!("{built:?}"));
    }
}

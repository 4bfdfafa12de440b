//! Outbound e-mail to the portal's people through any SMTP server: invites, "your listing
//! is going stale" reminders, flag notices and decision notices, each in the reader's
//! language. Notices go through the store's outbox ([`crate::store::Outbox`]); an invite
//! from the command line is sent at once, so the operator sees whether it left.

pub mod delivery;
pub mod letters;
pub mod notices;
pub mod reminders;

use anyhow::Context;
use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::config::Config;
use crate::store::Letter;

/// An SMTP connection setting and the address mail comes from.
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    /// Where links in messages point (the site as people reach it).
    pub base_url: String,
}

impl Mailer {
    /// The mailer `FARO_SMTP_URL` describes, or `None` when e-mail is off.
    pub fn from_config(config: &Config) -> anyhow::Result<Option<Mailer>> {
        let Some(raw) = &config.smtp_url else {
            return Ok(None);
        };
        let mut url = url::Url::parse(raw).context("FARO_SMTP_URL is not a URL")?;
        if url.password().is_some() {
            anyhow::bail!("FARO_SMTP_URL holds a password: put it in FARO_SMTP_PASSWORD instead");
        }
        let user = percent_encoding::percent_decode_str(url.username())
            .decode_utf8()
            .context("FARO_SMTP_URL's user name is not UTF-8")?
            .into_owned();
        let password = config.smtp_password.clone();
        let encrypted = url.scheme() == "smtps"
            || url
                .query_pairs()
                .any(|(k, v)| k == "tls" && v == "required");
        let loopback = match url.host() {
            Some(url::Host::Domain(d)) => d == "localhost",
            Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
            Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
            None => false,
        };
        if password.is_some() && !encrypted && !loopback {
            anyhow::bail!(
                "FARO_SMTP_URL would send the SMTP password unencrypted to {}: use smtps:// \
                 or add ?tls=required",
                url.host_str().unwrap_or_default()
            );
        }
        let _ = url.set_username("");
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::from_url(url.as_str())
            .context(
                "FARO_SMTP_URL: use smtp://host:port, smtp://host?tls=required or smtps://host",
            )?
            .timeout(Some(std::time::Duration::from_secs(20)));
        if let Some(password) = password {
            builder = builder.credentials(Credentials::new(user, password));
        }
        let from: Mailbox = config
            .mail_from
            .as_deref()
            .context(
                "FARO_MAIL_FROM is needed with FARO_SMTP_URL (e.g. \"Faro <faro@example.org>\")",
            )?
            .parse()
            .context("FARO_MAIL_FROM is not an e-mail address")?;
        Ok(Some(Mailer {
            transport: builder.build(),
            from,
            base_url: config.public_base_url(),
        }))
    }

    /// Hands one letter to the SMTP server.
    pub async fn send(&self, letter: &Letter) -> anyhow::Result<()> {
        let to: Mailbox = letter
            .to
            .parse()
            .with_context(|| format!("{} is not an e-mail address", letter.to))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(&letter.subject)
            .header(ContentType::TEXT_PLAIN)
            .body(letter.body.clone())?;
        self.transport.send(message).await?;
        Ok(())
    }
}

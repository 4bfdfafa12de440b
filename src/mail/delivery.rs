//! The sender: takes due letters from the outbox and hands them to the SMTP server,
//! trying again later (longer each time) when the server refuses or is away.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};

use super::Mailer;
use crate::store::Outbox;

/// How often the sender looks for due letters.
const EVERY: Duration = Duration::from_secs(1);
/// Letters taken per look.
const BATCH: i64 = 20;
/// How long a taken letter is left to one sender before another may try it.
const LEASE_MINUTES: i64 = 10;
/// The longest wait between tries.
const MAX_BACKOFF_MINUTES: i64 = 6 * 60;

/// When to try again after `attempts` failed tries: 1, 2, 4… minutes, at most six hours.
pub fn retry_at(now: DateTime<Utc>, attempts: i64) -> DateTime<Utc> {
    let minutes = 1_i64
        .checked_shl(attempts.clamp(0, 20) as u32)
        .unwrap_or(i64::MAX)
        .min(MAX_BACKOFF_MINUTES);
    now + chrono::Duration::minutes(minutes)
}

/// Sends every letter due now; returns how many left.
pub async fn send_due(outbox: &dyn Outbox, mailer: &Mailer) -> anyhow::Result<usize> {
    let now = Utc::now();
    let due = outbox
        .claim_due(now, now + chrono::Duration::minutes(LEASE_MINUTES), BATCH)
        .await?;
    let mut sent = 0;
    for queued in due {
        match mailer.send(&queued.letter).await {
            Ok(()) => {
                outbox.mark_sent(queued.id, Utc::now()).await?;
                sent += 1;
            }
            Err(error) => {
                tracing::warn!(id = queued.id, attempts = queued.attempts + 1, %error,
                    "the SMTP server did not take a letter; will try again");
                outbox
                    .mark_failed(
                        queued.id,
                        &format!("{error:#}"),
                        retry_at(Utc::now(), queued.attempts),
                    )
                    .await?;
            }
        }
    }
    Ok(sent)
}

/// Runs the sender, and the reminder sweep once an hour, for as long as the server runs.
pub fn spawn(state: Arc<crate::AppState>, mailer: Arc<Mailer>) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(EVERY);
        let mut last_sweep: Option<std::time::Instant> = None;
        loop {
            tick.tick().await;
            if last_sweep.is_none_or(|t| t.elapsed() >= super::reminders::EVERY) {
                last_sweep = Some(std::time::Instant::now());
                if let Err(error) =
                    super::reminders::queue_due(&state, &mailer, Utc::now().date_naive()).await
                {
                    tracing::warn!(%error, "queuing stale-listing reminders failed; will retry");
                }
            }
            if let Err(error) = send_due(state.outbox.as_ref(), &mailer).await {
                tracing::warn!(%error, "the outbox could not be read; will retry");
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tries_back_off_to_six_hours() {
        let now = Utc::now();
        let wait = |attempts| (retry_at(now, attempts) - now).num_minutes();
        assert_eq!(wait(0), 1);
        assert_eq!(wait(1), 2);
        assert_eq!(wait(5), 32);
        assert_eq!(wait(9), 360);
        assert_eq!(wait(1000), 360);
    }
}

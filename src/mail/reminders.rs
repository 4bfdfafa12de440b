//! "Your listing is going stale": one reminder to each editor of an organization whose
//! contacts were confirmed long ago, in the thirty days before the listing goes stale, and
//! one when it has gone stale (or was never confirmed).

use chrono::NaiveDate;

use super::Mailer;
use super::letters::{StaleReminder, stale_reminder};
use crate::AppState;
use crate::portal::freshness;

/// How often the sweep runs; reminders are keyed by deadline, so a repeat queues nothing.
pub const EVERY: std::time::Duration = std::time::Duration::from_secs(60 * 60);

/// Queues the reminders due `today`; returns how many were new.
pub async fn queue_due(
    state: &AppState,
    mailer: &Mailer,
    today: NaiveDate,
) -> anyhow::Result<usize> {
    let mut queued = 0;
    for org_id in state.accounts.organizations_with_editors().await? {
        let Some(current) = state.store.current(org_id).await? else {
            continue;
        };
        let org = &current.document;
        if org.withdrawn {
            continue;
        }
        let confirmed = org.oldest_contact_check();
        let stale_on = confirmed.as_deref().and_then(freshness::stale_on);
        let due = match stale_on {
            Some(on) => freshness::stale_soon(on, today) || on <= today,
            None => true,
        };
        if !due {
            continue;
        }
        // Stale and "stale soon" are two reminders for one deadline; a new confirmation
        // moves the deadline and so allows new ones.
        let phase = if freshness::is_stale(confirmed.as_deref(), today) {
            "stale"
        } else {
            "soon"
        };
        let deadline = stale_on.map_or_else(|| "never".to_string(), |d| d.to_string());
        for editor in state.accounts.editors_of(org_id).await? {
            let letter = stale_reminder(&StaleReminder {
                to: &editor.email,
                locale: &editor.locale,
                organization: org.name.text(&editor.locale),
                confirmed: confirmed.as_deref(),
                stale_on,
                link: &format!("{}/portal/org", mailer.base_url),
                key: format!("stale:{org_id}:{deadline}:{phase}:{}", editor.id),
            });
            if state.outbox.queue(&letter, chrono::Utc::now()).await? {
                queued += 1;
            }
        }
    }
    Ok(queued)
}

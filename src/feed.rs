//! Keeping this node's index in step with the store's change feed. Every node reads the
//! same gap-free feed; on PostgreSQL an approval also wakes the other nodes at once, and
//! polling stays underneath for whatever a lost connection missed.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use sqlx::postgres::PgListener;
use tokio::sync::Notify;

use crate::AppState;
use crate::store::FEED_CHANNEL;

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
    state.feed_current.store(true, Ordering::Release);
    state.ready.store(true, Ordering::Release);
    Ok(())
}

/// Follows the change feed for approvals made by other processes: every `every`, and at
/// once when `wake` is notified. While the store cannot be read the node keeps serving
/// search from its index but does not call itself ready; it catches up first when the
/// store is back.
pub fn follow_feed(
    state: Arc<AppState>,
    every: Duration,
    wake: Arc<Notify>,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(every);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = tick.tick() => {}
                () = wake.notified() => {}
            }
            let current = match state.index.catch_up(state.store.as_ref()).await {
                Ok(_) => true,
                Err(error) => {
                    tracing::warn!(%error, "following the change feed failed; will retry");
                    false
                }
            };
            state.feed_current.store(current, Ordering::Release);
        }
    })
}

/// Wakes `wake` whenever another node approves a revision (PostgreSQL `LISTEN`), and once
/// after every (re)connection, since notifications sent while disconnected are lost.
pub fn listen_for_approvals(
    database_url: String,
    retry: Duration,
    wake: Arc<Notify>,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            match listen(&database_url, &wake).await {
                Ok(()) => {}
                Err(error) => tracing::warn!(%error, "listening for approvals failed; will retry"),
            }
            tokio::time::sleep(retry).await;
        }
    })
}

async fn listen(database_url: &str, wake: &Notify) -> Result<(), sqlx::Error> {
    let mut listener = PgListener::connect(database_url).await?;
    listener.listen(FEED_CHANNEL).await?;
    wake.notify_one();
    loop {
        // `None` is a lost connection, already re-established: what it missed is read from
        // the feed, so wake for that too.
        listener.try_recv().await?;
        wake.notify_one();
    }
}

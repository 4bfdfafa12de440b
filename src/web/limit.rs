//! Rate limits keyed on HMAC(daily secret, client address or phone number), as DESIGN.md's Privacy
//! mechanics require: the address itself is never kept, and the secret and every key are
//! dropped when the UTC day changes, so nothing links one day's visitors to the next.

use std::collections::HashMap;
use std::sync::Mutex;

use chrono::{DateTime, NaiveDate, Utc};
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

pub(crate) type Key = [u8; 32];

/// HMAC-SHA-256 of `who` under the day's secret: the only form an address is counted in.
pub(crate) fn keyed(secret: &Key, who: &str) -> Key {
    let mut mac =
        <Hmac<Sha256> as KeyInit>::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(who.as_bytes());
    mac.finalize().into_bytes().into()
}

/// A new random day secret.
pub(crate) fn new_secret() -> Key {
    let mut secret = [0u8; 32];
    secret[..16].copy_from_slice(uuid::Uuid::new_v4().as_bytes());
    secret[16..].copy_from_slice(uuid::Uuid::new_v4().as_bytes());
    secret
}

/// At most `limit` requests per `window_secs` from one address.
pub struct RateLimiter {
    limit: u32,
    window_secs: i64,
    day: Mutex<Day>,
}

struct Day {
    date: NaiveDate,
    secret: Key,
    /// Per key: the start of its current window and the requests counted in it.
    counts: HashMap<Key, (i64, u32)>,
}

impl Day {
    fn new(date: NaiveDate) -> Day {
        Day {
            date,
            secret: new_secret(),
            counts: HashMap::new(),
        }
    }
}

/// Past this many keys, windows that have ended are swept out before counting.
const SWEEP_AT: usize = 10_000;

impl RateLimiter {
    pub fn new(limit: u32, window_secs: i64) -> RateLimiter {
        RateLimiter {
            limit,
            window_secs,
            day: Mutex::new(Day::new(Utc::now().date_naive())),
        }
    }

    /// Counts one request from `who` (an address or a phone number); `Err(seconds)` says
    /// how long until it may try again.
    pub fn check(&self, who: &str, now: DateTime<Utc>) -> Result<(), i64> {
        let mut day = self
            .day
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if day.date != now.date_naive() {
            *day = Day::new(now.date_naive());
        }
        let key = keyed(&day.secret, who);
        let t = now.timestamp();
        if day.counts.len() >= SWEEP_AT {
            let window = self.window_secs;
            day.counts.retain(|_, (start, _)| t - *start < window);
        }
        let entry = day.counts.entry(key).or_insert((t, 0));
        if t - entry.0 >= self.window_secs {
            *entry = (t, 0);
        }
        if entry.1 >= self.limit {
            return Err(self.window_secs - (t - entry.0));
        }
        entry.1 += 1;
        Ok(())
    }

    pub fn limit(&self) -> u32 {
        self.limit
    }

    pub fn window_secs(&self) -> i64 {
        self.window_secs
    }

    /// How many addresses are being counted today (for tests and metrics).
    pub fn tracked(&self) -> usize {
        self.day.lock().map(|d| d.counts.len()).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn a_limit_holds_per_address_and_window_and_forgets_at_midnight() {
        let limiter = RateLimiter::new(2, 600);
        let (a, b) = ("192.0.2.1", "192.0.2.2");
        let t0 = Utc.with_ymd_and_hms(2026, 11, 30, 10, 0, 0).unwrap();
        assert!(limiter.check(a, t0).is_ok());
        assert!(limiter.check(a, t0).is_ok());
        assert_eq!(
            limiter.check(a, t0 + chrono::Duration::seconds(60)),
            Err(540)
        );
        assert!(
            limiter.check(b, t0).is_ok(),
            "another address has its own count"
        );
        assert!(
            limiter
                .check(a, t0 + chrono::Duration::seconds(600))
                .is_ok(),
            "a new window"
        );
        let tomorrow = Utc.with_ymd_and_hms(2026, 12, 1, 0, 0, 1).unwrap();
        assert!(limiter.check(a, tomorrow).is_ok());
        assert_eq!(limiter.tracked(), 1, "yesterday's keys are gone");
    }
}

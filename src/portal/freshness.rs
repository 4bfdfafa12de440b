//! When a listing an organization owns "may be out of date" (DESIGN.md, Freshness), and
//! when the portal and its reminders start to warn.

use chrono::NaiveDate;

/// Listings an organization owns go "may be out of date" this long after their last
/// confirmation.
pub const STALE_AFTER_DAYS: i64 = 180;

/// How long before going stale the portal warns and the reminder e-mail goes out.
pub const WARN_DAYS: i64 = 30;

/// The day a listing goes stale, from its oldest contact check.
pub fn stale_on(oldest_check: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(oldest_check, "%Y-%m-%d")
        .ok()
        .map(|d| d + chrono::Duration::days(STALE_AFTER_DAYS))
}

/// Whether the oldest contact check (or none at all) makes the listing stale today.
pub fn is_stale(oldest_check: Option<&str>, today: NaiveDate) -> bool {
    oldest_check
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .is_none_or(|d| (today - d).num_days() > STALE_AFTER_DAYS)
}

/// Whether today falls in the warning window before `stale_on`.
pub fn stale_soon(stale_on: NaiveDate, today: NaiveDate) -> bool {
    stale_on > today && (stale_on - today).num_days() <= WARN_DAYS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_listing_is_stale_after_180_days_or_if_never_checked() {
        let today = day("2026-11-30");
        assert!(is_stale(None, today));
        assert!(!is_stale(Some("2026-06-04"), today), "179 days");
        assert!(is_stale(Some("2026-06-02"), today), "181 days");
        assert!(is_stale(Some("not a date"), today));
        assert_eq!(
            stale_on("2026-06-04"),
            Some(day("2026-12-01")),
            "180 days later"
        );
    }

    #[test]
    fn the_warning_starts_thirty_days_before() {
        let on = day("2026-12-30");
        assert!(stale_soon(on, day("2026-11-30")), "30 days before");
        assert!(!stale_soon(on, day("2026-11-29")), "31 days before");
        assert!(
            !stale_soon(on, day("2026-12-30")),
            "the day itself is stale, not soon"
        );
    }
}

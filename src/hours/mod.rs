//! Opening hours: is a channel open now, in the right time zone?

use chrono::{DateTime, Datelike, Timelike, Utc, Weekday};
use chrono_tz::Tz;
use serde::Serialize;

use crate::data::minutes;
use crate::model::{CALLER_LOCAL, Schedule, WeeklyHours};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum OpenNow {
    Yes,
    No,
    Unknown,
}

const DAYS: [(&str, Weekday); 7] = [
    ("mon", Weekday::Mon),
    ("tue", Weekday::Tue),
    ("wed", Weekday::Wed),
    ("thu", Weekday::Thu),
    ("fri", Weekday::Fri),
    ("sat", Weekday::Sat),
    ("sun", Weekday::Sun),
];

fn day(name: &str) -> Result<usize, String> {
    DAYS.iter()
        .position(|(n, _)| *n == name.trim())
        .ok_or_else(|| format!("\"{name}\" is not a day (mon … sun)"))
}

/// `mon-fri`, `sat`, `mon,wed,fri` or `sat-sun` → the weekdays they name.
pub fn parse_days(spec: &str) -> Result<Vec<Weekday>, String> {
    let mut out = Vec::new();
    for part in spec.split(',') {
        match part.split_once('-') {
            Some((from, to)) => {
                let (from, to) = (day(from)?, day(to)?);
                if from > to {
                    return Err(format!("\"{part}\" runs backwards"));
                }
                out.extend(DAYS[from..=to].iter().map(|(_, d)| *d));
            }
            None => out.push(DAYS[day(part)?].1),
        }
    }
    Ok(out)
}

/// Whether the schedule is open at `now`. Hours kept in the caller's local time need the
/// caller's zone; without it the answer is `unknown`, never a guess.
pub fn open_now(schedule: &Schedule, now: DateTime<Utc>, caller_zone: Option<Tz>) -> OpenNow {
    match schedule {
        Schedule::Always => OpenNow::Yes,
        Schedule::Unknown => OpenNow::Unknown,
        Schedule::Weekly(w) => {
            let zone = if w.zone == CALLER_LOCAL {
                caller_zone
            } else {
                w.zone.parse::<Tz>().ok()
            };
            match zone {
                Some(zone) if weekly_open(w, now, zone) => OpenNow::Yes,
                Some(_) => OpenNow::No,
                None => OpenNow::Unknown,
            }
        }
    }
}

/// A service with several ways in is open if any is; closed only if every one is closed.
pub fn open_any<'a>(
    schedules: impl IntoIterator<Item = &'a Schedule>,
    now: DateTime<Utc>,
    caller_zone: Option<Tz>,
) -> OpenNow {
    let states: Vec<OpenNow> = schedules
        .into_iter()
        .map(|s| open_now(s, now, caller_zone))
        .collect();
    if states.contains(&OpenNow::Yes) {
        OpenNow::Yes
    } else if !states.is_empty() && states.iter().all(|s| *s == OpenNow::No) {
        OpenNow::No
    } else {
        OpenNow::Unknown
    }
}

/// When a closed weekly schedule next opens, within a week, in the schedule's zone (or the
/// caller's, for caller-local hours). None when it is open now, always open, or unknown.
pub fn opens_at(
    schedule: &Schedule,
    now: DateTime<Utc>,
    caller_zone: Option<Tz>,
) -> Option<DateTime<Tz>> {
    let Schedule::Weekly(w) = schedule else {
        return None;
    };
    let zone = if w.zone == CALLER_LOCAL {
        caller_zone?
    } else {
        w.zone.parse::<Tz>().ok()?
    };
    if weekly_open(w, now, zone) {
        return None;
    }
    let today = now.with_timezone(&zone).date_naive();
    (0..8)
        .filter_map(|offset| today.checked_add_days(chrono::Days::new(offset)))
        .filter(|date| !w.closed_on.contains(&date.format("%Y-%m-%d").to_string()))
        .flat_map(|date| {
            w.periods.iter().filter_map(move |p| {
                let days = parse_days(&p.days).ok()?;
                if !days.contains(&date.weekday()) {
                    return None;
                }
                let minute = minutes(&p.opens)?;
                let time = chrono::NaiveTime::from_hms_opt(minute / 60, minute % 60, 0)?;
                date.and_time(time).and_local_timezone(zone).earliest()
            })
        })
        .filter(|t| *t > now)
        .min()
}

fn weekly_open(w: &WeeklyHours, now: DateTime<Utc>, zone: Tz) -> bool {
    let local = now.with_timezone(&zone);
    // Most schedules list no closed dates: the date is written out only for those that do.
    if !w.closed_on.is_empty() {
        let date = local.date_naive().format("%Y-%m-%d").to_string();
        if w.closed_on.contains(&date) {
            return false;
        }
    }
    let minute = local.hour() * 60 + local.minute();
    w.periods.iter().any(|p| {
        let days = parse_days(&p.days).unwrap_or_default();
        let (Some(opens), Some(closes)) = (minutes(&p.opens), minutes(&p.closes)) else {
            return false;
        };
        days.contains(&local.weekday()) && (opens..closes).contains(&minute)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Period;
    use chrono::TimeZone;

    fn weekdays(zone: &str) -> Schedule {
        Schedule::Weekly(WeeklyHours {
            zone: zone.into(),
            periods: vec![Period {
                days: "mon-fri".into(),
                opens: "08:00".into(),
                closes: "16:30".into(),
            }],
            closed_on: vec!["2026-12-25".into()],
        })
    }

    #[test]
    fn days_parse_ranges_and_lists() {
        assert_eq!(
            parse_days("mon-wed").unwrap(),
            vec![Weekday::Mon, Weekday::Tue, Weekday::Wed]
        );
        assert_eq!(
            parse_days("sat,sun").unwrap(),
            vec![Weekday::Sat, Weekday::Sun]
        );
        assert!(parse_days("fri-mon").is_err());
        assert!(parse_days("funday").is_err());
    }

    #[test]
    fn fixed_zone_hours_follow_that_zone() {
        // Monday 2026-11-23 14:00 UTC is 09:00 in New York and 06:00 in Los Angeles.
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 14, 0, 0).unwrap();
        assert_eq!(
            open_now(&weekdays("America/New_York"), now, None),
            OpenNow::Yes
        );
        assert_eq!(
            open_now(&weekdays("America/Los_Angeles"), now, None),
            OpenNow::No
        );
    }

    #[test]
    fn caller_local_hours_need_the_callers_zone() {
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 14, 0, 0).unwrap();
        let s = weekdays(CALLER_LOCAL);
        assert_eq!(open_now(&s, now, None), OpenNow::Unknown);
        assert_eq!(
            open_now(&s, now, Some(chrono_tz::America::Chicago)),
            OpenNow::Yes
        );
        assert_eq!(
            open_now(&s, now, Some(chrono_tz::Pacific::Honolulu)),
            OpenNow::No
        );
    }

    #[test]
    fn a_closed_line_says_when_it_opens() {
        // Friday 2026-11-27 23:00 UTC is 17:00 in Chicago: closed until Monday 08:00.
        let friday_evening = Utc.with_ymd_and_hms(2026, 11, 27, 23, 0, 0).unwrap();
        let next = opens_at(
            &weekdays(CALLER_LOCAL),
            friday_evening,
            Some(chrono_tz::America::Chicago),
        )
        .unwrap();
        assert_eq!(
            next.format("%Y-%m-%d %H:%M %Z").to_string(),
            "2026-11-30 08:00 CST"
        );
        let monday_morning = Utc.with_ymd_and_hms(2026, 11, 30, 15, 0, 0).unwrap();
        assert_eq!(
            opens_at(
                &weekdays(CALLER_LOCAL),
                monday_morning,
                Some(chrono_tz::America::Chicago)
            ),
            None,
            "open now"
        );
        assert_eq!(
            opens_at(&weekdays(CALLER_LOCAL), friday_evening, None),
            None,
            "unknown zone"
        );
        assert_eq!(opens_at(&Schedule::Always, friday_evening, None), None);
    }

    #[test]
    fn holidays_close_and_unknown_stays_unknown() {
        let christmas = Utc.with_ymd_and_hms(2026, 12, 25, 15, 0, 0).unwrap();
        assert_eq!(
            open_now(&weekdays("America/New_York"), christmas, None),
            OpenNow::No
        );
        assert_eq!(
            open_now(&Schedule::Unknown, christmas, None),
            OpenNow::Unknown
        );
        assert_eq!(open_now(&Schedule::Always, christmas, None), OpenNow::Yes);
    }
}

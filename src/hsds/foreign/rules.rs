//! What makes a value of another system's HSDS usable. The CSV readers apply these to
//! each row (so an unusable row is reported where it is), and the mapping applies the
//! same ones to JSON documents, so both formats accept and refuse the same values.

use crate::model::{ChannelKind, LatLon};
use crate::place::Gazetteer;

/// A US phone number as Faro dials it: `+1` and ten digits, or a three-digit N11 line
/// (211, 311, 711…). An extension (`ext 12`, `x12`) is cut off and returned beside it.
pub fn us_phone(number: &str) -> Option<(String, Option<String>)> {
    let lower = number.trim().to_lowercase();
    let (main, ext) = match lower.rfind("ext").or_else(|| lower.rfind('x')) {
        Some(at) => {
            let rest = lower[at..]
                .trim_start_matches("ext")
                .trim_start_matches(['x', '.']);
            let rest = rest.trim();
            match !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit()) {
                true => (&lower[..at], Some(rest.to_string())),
                false => (lower.as_str(), None),
            }
        }
        None => (lower.as_str(), None),
    };
    let digits: String = main.chars().filter(char::is_ascii_digit).collect();
    let number = match digits.len() {
        10 => format!("+1{digits}"),
        11 if digits.starts_with('1') => format!("+{digits}"),
        3 if &digits[1..] == "11" && !digits.starts_with(['0', '1']) => digits,
        _ => return None,
    };
    Some((number, ext))
}

/// The way to reach a service an HSDS phone type means; `Err` says why it is not one.
/// A phone without a type is a number to call.
pub fn phone_kind(kind: &str) -> Result<ChannelKind, String> {
    match kind.trim().to_lowercase().as_str() {
        "" | "voice" | "cell" => Ok(ChannelKind::Voice),
        "text" => Ok(ChannelKind::Sms),
        "textphone" => Ok(ChannelKind::Tty),
        t @ ("fax" | "video" | "pager") => {
            Err(format!("{t} is not a way to reach a service Faro lists"))
        }
        _ => Err("not an HSDS phone type".into()),
    }
}

/// A state's two-letter code, from its code or its name.
pub fn us_state(value: &str, places: &Gazetteer) -> Option<String> {
    let value = value.trim();
    places
        .states()
        .iter()
        .find(|s| s.code.eq_ignore_ascii_case(value) || s.name.eq_ignore_ascii_case(value))
        .map(|s| s.code.clone())
}

/// A five-digit ZIP code (a ZIP+4 keeps its first five).
pub fn us_zip(value: &str) -> Option<String> {
    let value = value.trim();
    let (five, four) = value.split_once('-').unwrap_or((value, "0000"));
    let digits = |s: &str, n: usize| s.len() == n && s.chars().all(|c| c.is_ascii_digit());
    (digits(five, 5) && digits(four, 4)).then(|| five.to_string())
}

pub fn email(value: &str) -> bool {
    let value = value.trim();
    match value.split_once('@') {
        Some((user, domain)) => {
            !user.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !value.contains(char::is_whitespace)
                && !domain.contains('@')
        }
        None => false,
    }
}

/// Why a latitude and longitude are no point.
pub const NOT_A_COORDINATE: &str = "not a coordinate";

/// A point, from both coordinates or neither; `Err` when they are not a place on Earth.
pub fn point(lat: Option<&str>, lon: Option<&str>) -> Result<Option<LatLon>, &'static str> {
    match (lat, lon) {
        (None, None) => Ok(None),
        (Some(lat), Some(lon)) => {
            let (lat, lon) = (lat.trim().parse::<f64>(), lon.trim().parse::<f64>());
            match (lat, lon) {
                (Ok(lat), Ok(lon))
                    if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) =>
                {
                    Ok(Some(LatLon { lat, lon }))
                }
                _ => Err(NOT_A_COORDINATE),
            }
        }
        _ => Err(NOT_A_COORDINATE),
    }
}

/// `HH:MM` from HSDS's `HH:MM` or `HH:MM:SS` (24-hour).
pub fn clock(value: &str) -> Option<String> {
    let mut parts = value.trim().split(':');
    let (h, m) = (parts.next()?, parts.next()?);
    let s = parts.next().unwrap_or("00");
    let num = |p: &str, max: u32| {
        (p.len() == 2)
            .then(|| p.parse::<u32>().ok())
            .flatten()
            .filter(|n| *n <= max)
    };
    let (h, m) = (num(h, 23)?, num(m, 59)?);
    num(s, 59)?;
    parts.next().is_none().then(|| format!("{h:02}:{m:02}"))
}

const DAYS: [(&str, &str, &str); 7] = [
    ("MO", "monday", "mon"),
    ("TU", "tuesday", "tue"),
    ("WE", "wednesday", "wed"),
    ("TH", "thursday", "thu"),
    ("FR", "friday", "fri"),
    ("SA", "saturday", "sat"),
    ("SU", "sunday", "sun"),
];

/// Faro's day list (`mon,wed`) from iCal's BYDAY (`MO,WE`) or day names (`Monday`).
pub fn days(value: &str) -> Option<String> {
    let days: Option<Vec<&str>> = value
        .split(',')
        .map(|d| {
            let d = d.trim();
            DAYS.iter()
                .find(|(ical, name, _)| {
                    d.eq_ignore_ascii_case(ical) || d.eq_ignore_ascii_case(name)
                })
                .map(|(_, _, faro)| *faro)
        })
        .collect();
    days.filter(|d| !d.is_empty()).map(|d| d.join(","))
}

/// HSDS's whole-hour UTC offset as the fixed IANA zone it names (`Etc/GMT-3` is UTC+3).
pub fn offset_zone(hours: f64) -> Option<String> {
    let whole =
        (hours.fract() == 0.0 && (-12.0..=14.0).contains(&hours)).then_some(hours as i32)?;
    Some(match whole {
        0 => "Etc/GMT".into(),
        h => format!("Etc/GMT{:+}", -h),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_are_us_numbers_or_n11_lines() {
        assert_eq!(
            us_phone("(202) 540-9862"),
            Some(("+12025409862".into(), None))
        );
        assert_eq!(
            us_phone("1-877-508-6667"),
            Some(("+18775086667".into(), None))
        );
        assert_eq!(
            us_phone("(202) 797-8806 ext 1311"),
            Some(("+12027978806".into(), Some("1311".into())))
        );
        assert_eq!(us_phone("311"), Some(("311".into(), None)));
        assert_eq!(us_phone("\"+44 1234 234567\""), None);
        assert_eq!(us_phone("tset"), None);
        assert_eq!(us_phone("123"), None);
    }

    #[test]
    fn days_times_and_offsets() {
        assert_eq!(days("TH,FR").as_deref(), Some("thu,fri"));
        assert_eq!(days("Monday"), Some("mon".into()));
        assert_eq!(days("Monday - Friday"), None);
        assert_eq!(clock("10:00:00").as_deref(), Some("10:00"));
        assert_eq!(clock("8:30AM"), None);
        assert_eq!(offset_zone(3.0).as_deref(), Some("Etc/GMT-3"));
        assert_eq!(offset_zone(-5.0).as_deref(), Some("Etc/GMT+5"));
        assert_eq!(offset_zone(5.5), None);
        assert_eq!(us_zip(" 20003"), Some("20003".into()));
        assert_eq!(us_zip("20010`"), None);
        assert!(email("a@b.org") && !email("a@b") && !email("a b@c.org"));
    }
}

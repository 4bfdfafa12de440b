use geo::{Distance, Haversine, Point};
use serde::Serialize;

use crate::model::LatLon;

/// Great-circle distance in kilometres.
pub fn distance_km(a: LatLon, b: LatLon) -> f64 {
    let d: f64 = Haversine.distance(Point::new(a.lon, a.lat), Point::new(b.lon, b.lat));
    d / 1000.0
}

/// How far a confidential place is, without saying exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DistanceBand {
    Within10Km,
    Within25Km,
    Within50Km,
    Within100Km,
    Over100Km,
}

pub fn distance_band(km: f64) -> DistanceBand {
    match km {
        k if k <= 10.0 => DistanceBand::Within10Km,
        k if k <= 25.0 => DistanceBand::Within25Km,
        k if k <= 50.0 => DistanceBand::Within50Km,
        k if k <= 100.0 => DistanceBand::Within100Km,
        _ => DistanceBand::Over100Km,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn houston_to_dallas_is_about_360_km() {
        let houston = LatLon {
            lat: 29.7604,
            lon: -95.3698,
        };
        let dallas = LatLon {
            lat: 32.7767,
            lon: -96.7970,
        };
        let d = distance_km(houston, dallas);
        assert!((355.0..370.0).contains(&d), "{d}");
        assert_eq!(distance_band(d), DistanceBand::Over100Km);
        assert_eq!(distance_band(7.0), DistanceBand::Within10Km);
    }
}

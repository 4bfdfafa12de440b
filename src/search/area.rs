//! The area terms: how an index document says where its service serves, and which terms a
//! search at a place asks for. One vocabulary for both sides, so they cannot drift.
//!
//! - `national`;
//! - `state:TX`, `county:48201`: the areas a service names;
//! - `near:TX`: a radius or polygon area touching the state (for a search at a state);
//! - `cell:239:170`: a radius area's circle may reach into this grid cell (for a search at
//!   a point: only the few radius services whose circle's box covers the point's cell are
//!   candidates, and each is then checked exactly against its radius);
//! - `shape:TX`: a polygon area touching the state (for a search at a point; checked
//!   exactly against the polygon);
//! - `polygon`: marks every polygon area, so its shape can be held in memory.

use crate::model::LatLon;
use crate::place::Place;

pub const NATIONAL: &str = "national";
pub const POLYGON: &str = "polygon";

/// Grid cells are this many degrees on each side (about 55 km of latitude).
const CELL_DEGREES: f64 = 0.5;
const KM_PER_DEGREE: f64 = 111.2;
/// Widens a circle's box so rounding never leaves out a cell it reaches.
const MARGIN: f64 = 1.01;

pub fn state(code: &str) -> String {
    format!("state:{code}")
}

pub fn county(fips: &str) -> String {
    format!("county:{fips}")
}

pub fn near(code: &str) -> String {
    format!("near:{code}")
}

pub fn shape(code: &str) -> String {
    format!("shape:{code}")
}

fn cell_row(lat: f64) -> i64 {
    ((lat + 90.0) / CELL_DEGREES).floor() as i64
}

fn cell_column(lon: f64) -> i64 {
    let columns = (360.0 / CELL_DEGREES) as i64;
    (((lon + 180.0) / CELL_DEGREES).floor() as i64).rem_euclid(columns)
}

fn cell(row: i64, column: i64) -> String {
    format!("cell:{row}:{column}")
}

/// The cell a point lies in.
pub fn cell_of(p: LatLon) -> String {
    cell(cell_row(p.lat), cell_column(p.lon))
}

/// Every cell the circle of `km` around `center` may reach: the cells of its bounding box,
/// wrapping at the antimeridian and taking whole rows of longitude near the poles.
pub fn cells_within(center: LatLon, km: f64) -> Vec<String> {
    let dlat = km / KM_PER_DEGREE * MARGIN;
    let (south, north) = (
        (center.lat - dlat).max(-90.0),
        (center.lat + dlat).min(90.0),
    );
    let widest = south.abs().max(north.abs());
    let columns = (360.0 / CELL_DEGREES) as i64;
    let column_range: Vec<i64> = if widest >= 89.0 {
        (0..columns).collect()
    } else {
        let dlon = (km / (KM_PER_DEGREE * widest.to_radians().cos()) * MARGIN).min(180.0);
        let (west, east) = (
            ((center.lon - dlon + 180.0) / CELL_DEGREES).floor() as i64,
            ((center.lon + dlon + 180.0) / CELL_DEGREES).floor() as i64,
        );
        let span = (east - west + 1).min(columns);
        (0..span).map(|i| (west + i).rem_euclid(columns)).collect()
    };
    (cell_row(south)..=cell_row(north))
        .flat_map(|row| column_range.iter().map(move |&column| cell(row, column)))
        .collect()
}

/// What a search at `place` asks for: the terms a covering service carries, and which of
/// them are local (not nationwide).
pub struct Covering {
    pub local: Vec<String>,
}

impl Covering {
    pub fn of(place: &Place) -> Covering {
        let mut local = vec![state(&place.state)];
        match place.point {
            Some(point) => {
                if let Some(fips) = &place.county_fips {
                    local.push(county(fips));
                }
                local.push(cell_of(point));
                local.push(shape(&place.state));
            }
            // A whole state: every radius or polygon area that touches it.
            None => local.push(near(&place.state)),
        }
        Covering { local }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::place::distance_km;

    /// Every point within the radius lies in one of the circle's cells.
    fn assert_covered(center: LatLon, km: f64) {
        let cells = cells_within(center, km);
        for step in 0..360 {
            let bearing = (step as f64).to_radians();
            for fraction in [0.25, 0.5, 0.9, 0.999] {
                let d = km * fraction / 6371.0;
                let (lat1, lon1) = (center.lat.to_radians(), center.lon.to_radians());
                let lat2 = (lat1.sin() * d.cos() + lat1.cos() * d.sin() * bearing.cos()).asin();
                let lon2 = lon1
                    + (bearing.sin() * d.sin() * lat1.cos())
                        .atan2(d.cos() - lat1.sin() * lat2.sin());
                let p = LatLon {
                    lat: lat2.to_degrees(),
                    lon: (lon2.to_degrees() + 540.0) % 360.0 - 180.0,
                };
                assert!(distance_km(center, p) <= km);
                assert!(
                    cells.contains(&cell_of(p)),
                    "{p:?} is {:.1} km from {center:?} but not in its cells",
                    distance_km(center, p)
                );
            }
        }
    }

    #[test]
    fn a_circles_cells_hold_every_point_within_its_radius() {
        let houston = LatLon {
            lat: 29.76,
            lon: -95.37,
        };
        for km in [1.0, 10.0, 25.0, 50.0, 100.0, 400.0] {
            assert_covered(houston, km);
        }
        // Far north, and across the antimeridian (the Aleutians).
        assert_covered(
            LatLon {
                lat: 71.29,
                lon: -156.79,
            },
            100.0,
        );
        assert_covered(
            LatLon {
                lat: 52.0,
                lon: 179.9,
            },
            50.0,
        );
    }

    #[test]
    fn a_small_circle_has_few_cells() {
        let cells = cells_within(
            LatLon {
                lat: 40.0,
                lon: -100.0,
            },
            10.0,
        );
        assert!(cells.len() <= 4, "{cells:?}");
    }
}

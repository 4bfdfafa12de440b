//! Places: the gazetteer (ZIP, city, state → point, county, time zone), service-area
//! containment and distances.

mod distance;
mod gazetteer;
mod shapes;
mod text;

pub use distance::{DistanceBand, distance_band, distance_km};
pub use gazetteer::{County, Gazetteer, Place, PlaceKind, Resolution, State, ZipEntry};
pub use shapes::parse_area_polygon;
pub use text::normalize;

/// The 50 states, DC and Puerto Rico: every one must have a reporting entry.
pub const JURISDICTIONS: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
    "WV", "WI", "WY", "PR",
];

//! A small map drawn on the server: the state's outline and numbered dots for public
//! walk-in places. No tiles, no requests to anyone.

use std::fmt::Write;

use geo::{BoundingRect, MultiPolygon};

use crate::model::LatLon;

const WIDTH: f64 = 320.0;
const MAX_HEIGHT: f64 = 240.0;

/// `label` names the map for screen readers; dots are numbered like the result list.
pub fn svg(
    shape: Option<&MultiPolygon<f64>>,
    dots: &[(usize, LatLon)],
    label: &str,
) -> Option<String> {
    if dots.is_empty() {
        return None;
    }
    let (mut min_lon, mut min_lat, mut max_lon, mut max_lat) =
        match shape.and_then(|s| s.bounding_rect()) {
            Some(r) => (r.min().x, r.min().y, r.max().x, r.max().y),
            None => (f64::MAX, f64::MAX, f64::MIN, f64::MIN),
        };
    for (_, p) in dots {
        min_lon = min_lon.min(p.lon - 0.05);
        max_lon = max_lon.max(p.lon + 0.05);
        min_lat = min_lat.min(p.lat - 0.05);
        max_lat = max_lat.max(p.lat + 0.05);
    }
    let squash = ((min_lat + max_lat) / 2.0).to_radians().cos();
    let scale = (WIDTH / ((max_lon - min_lon) * squash)).min(MAX_HEIGHT / (max_lat - min_lat));
    let height = ((max_lat - min_lat) * scale).ceil();
    // Whole pixels, written as integers: a state's outline has thousands of points.
    let project = |lon: f64, lat: f64| {
        (
            ((lon - min_lon) * squash * scale).round() as i64,
            ((max_lat - lat) * scale).round() as i64,
        )
    };

    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg class="map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="map-title"><title id="map-title">{}</title>"#,
        escape(label)
    );
    if let Some(shape) = shape {
        out.push_str(r#"<path class="state" d=""#);
        for polygon in shape {
            let mut last = None;
            for (i, c) in polygon.exterior().coords().enumerate() {
                let (x, y) = project(c.x, c.y);
                if last == Some((x, y)) {
                    continue;
                }
                last = Some((x, y));
                let _ = write!(out, "{}{x} {y}", if i == 0 { "M" } else { "L" });
            }
            out.push('Z');
        }
        out.push_str(r#""/>"#);
    }
    for (n, p) in dots {
        let (x, y) = project(p.lon, p.lat);
        let _ = write!(
            out,
            r#"<g class="dot"><circle cx="{x}" cy="{y}" r="9"/><text x="{x}" y="{}" text-anchor="middle">{n}</text></g>"#,
            y + 4
        );
    }
    out.push_str("</svg>");
    Some(out)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_numbered_dots_inside_the_view() {
        let svg = svg(
            None,
            &[
                (
                    1,
                    LatLon {
                        lat: 29.76,
                        lon: -95.37,
                    },
                ),
                (
                    2,
                    LatLon {
                        lat: 29.70,
                        lon: -95.20,
                    },
                ),
            ],
            "Map <of> results",
        )
        .unwrap();
        assert!(svg.contains(">1</text>") && svg.contains(">2</text>"));
        assert!(svg.contains("Map &lt;of&gt; results"), "{svg}");
        assert!(!svg.contains("NaN"));
        assert!(super::svg(None, &[], "x").is_none());
    }
}

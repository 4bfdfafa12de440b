use std::collections::HashMap;
use std::path::Path;

use anyhow::Context;
use geo::{Coord, LineString, MultiPolygon, Polygon};
use serde_json::Value;

/// Reads `states.geojson`: USPS code → the state's shape.
pub fn read_state_shapes(path: &Path) -> anyhow::Result<HashMap<String, MultiPolygon<f64>>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let doc: Value =
        serde_json::from_str(&text).with_context(|| format!("parsing {}", path.display()))?;
    let features = doc["features"]
        .as_array()
        .context("states.geojson has no features")?;
    let mut out = HashMap::new();
    for f in features {
        let code = f["properties"]["code"]
            .as_str()
            .context("a feature has no properties.code")?;
        let shape = geometry(&f["geometry"]).with_context(|| format!("bad geometry for {code}"))?;
        out.insert(code.to_string(), shape);
    }
    Ok(out)
}

/// A service area drawn as GeoJSON (a Polygon or MultiPolygon geometry, or a Feature).
pub fn parse_area_polygon(geojson: &str) -> Option<MultiPolygon<f64>> {
    let value: Value = serde_json::from_str(geojson).ok()?;
    let geom = if value["type"] == "Feature" {
        &value["geometry"]
    } else {
        &value
    };
    geometry(geom)
}

fn geometry(geom: &Value) -> Option<MultiPolygon<f64>> {
    let coords = &geom["coordinates"];
    match geom["type"].as_str()? {
        "Polygon" => Some(MultiPolygon::new(vec![polygon(coords)?])),
        "MultiPolygon" => Some(MultiPolygon::new(
            coords
                .as_array()?
                .iter()
                .map(polygon)
                .collect::<Option<Vec<_>>>()?,
        )),
        _ => None,
    }
}

fn polygon(rings: &Value) -> Option<Polygon<f64>> {
    let mut rings = rings.as_array()?.iter().map(ring);
    let exterior = rings.next()??;
    let interiors = rings.collect::<Option<Vec<_>>>()?;
    Some(Polygon::new(exterior, interiors))
}

fn ring(points: &Value) -> Option<LineString<f64>> {
    let coords = points
        .as_array()?
        .iter()
        .map(|p| {
            Some(Coord {
                x: p.get(0)?.as_f64()?,
                y: p.get(1)?.as_f64()?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    (coords.len() >= 4).then(|| LineString::new(coords))
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::{Contains, Point};

    #[test]
    fn polygons_parse_and_contain() {
        let area = parse_area_polygon(
            r#"{"type":"Polygon","coordinates":[[[-96,29],[-95,29],[-95,30],[-96,30],[-96,29]]]}"#,
        )
        .unwrap();
        assert!(area.contains(&Point::new(-95.5, 29.5)));
        assert!(!area.contains(&Point::new(-94.0, 29.5)));
        assert!(parse_area_polygon(r#"{"type":"Point","coordinates":[0,0]}"#).is_none());
        assert!(parse_area_polygon("not json").is_none());
    }
}

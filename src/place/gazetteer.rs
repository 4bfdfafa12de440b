use std::collections::HashMap;
use std::path::Path;

use geo::{Contains, MultiPolygon, Point};
use serde::{Deserialize, Serialize};

use super::shapes::read_state_shapes;
use super::text::{edit_distance, normalize};
use crate::model::LatLon;

/// Where a person is, as far as Faro needs to know it.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Place {
    pub input: String,
    pub kind: PlaceKind,
    /// Display name: "77002 Houston, TX", "Springfield, IL", "Texas".
    pub name: String,
    pub state: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub county: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub county_fips: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub point: Option<LatLon>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    Zip,
    City,
    State,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Resolution {
    Found(Place),
    /// Several places share the name: the person must choose; most populous first.
    Ambiguous(Vec<Place>),
    /// Nothing matched; these are close to what was typed.
    NotFound {
        suggestions: Vec<String>,
    },
}

#[derive(Debug, Deserialize)]
struct ZipRow {
    zip: String,
    city: String,
    state: String,
    county: Option<String>,
    county_fips: Option<String>,
    lat: Option<f64>,
    lon: Option<f64>,
    timezone: Option<String>,
}

#[derive(Debug, Deserialize)]
struct CityRow {
    name: String,
    state: String,
    lat: f64,
    lon: f64,
    population: Option<u64>,
    timezone: Option<String>,
}

#[derive(Debug, Deserialize)]
struct StateRow {
    code: String,
    fips: String,
    name: String,
    lat: f64,
    lon: f64,
    timezone: String,
    neighbours: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct County {
    pub fips: String,
    pub name: String,
    pub state: String,
    pub lat: f64,
    pub lon: f64,
    pub timezone: Option<String>,
}

#[derive(Debug, Clone)]
pub struct ZipEntry {
    pub zip: String,
    pub city: String,
    pub state: String,
    pub county: Option<String>,
    pub county_fips: Option<String>,
    pub point: Option<LatLon>,
    pub timezone: Option<String>,
}

#[derive(Debug, Clone)]
struct City {
    name: String,
    state: String,
    point: LatLon,
    population: u64,
    timezone: Option<String>,
}

#[derive(Debug, Clone)]
pub struct State {
    pub code: String,
    pub fips: String,
    pub name: String,
    pub point: LatLon,
    pub timezone: String,
    pub neighbours: Vec<String>,
    pub shape: MultiPolygon<f64>,
}

/// The offline gazetteer under `data/places/`: ZIPs, cities, counties and state shapes.
pub struct Gazetteer {
    zips: HashMap<String, ZipEntry>,
    zip_keys: Vec<String>,
    zips_by_state: HashMap<String, Vec<String>>,
    /// normalized "name" → cities of that name in every state.
    cities: HashMap<String, Vec<City>>,
    counties: HashMap<String, County>,
    states: Vec<State>,
}

impl Gazetteer {
    pub fn load(dir: &Path) -> anyhow::Result<Gazetteer> {
        use anyhow::Context;
        let mut zips = HashMap::new();
        for row in read_csv::<ZipRow>(&dir.join("zips.csv"))? {
            let point = match (row.lat, row.lon) {
                (Some(lat), Some(lon)) => Some(LatLon { lat, lon }),
                _ => None,
            };
            zips.insert(
                row.zip.clone(),
                ZipEntry {
                    zip: row.zip,
                    city: row.city,
                    state: row.state,
                    county: row.county.filter(|c| !c.is_empty()),
                    county_fips: row.county_fips.filter(|c| !c.is_empty()),
                    point,
                    timezone: row.timezone.filter(|t| !t.is_empty()),
                },
            );
        }
        let mut zip_keys: Vec<String> = zips.keys().cloned().collect();
        zip_keys.sort();
        let mut zips_by_state: HashMap<String, Vec<String>> = HashMap::new();
        for key in &zip_keys {
            zips_by_state
                .entry(zips[key].state.clone())
                .or_default()
                .push(key.clone());
        }

        let mut cities: HashMap<String, Vec<City>> = HashMap::new();
        for row in read_csv::<CityRow>(&dir.join("cities.csv"))? {
            let list = cities.entry(normalize(&row.name)).or_default();
            // The same place may come from two sources; keep the first (GeoNames, with population).
            if list.iter().any(|c| c.state == row.state) {
                continue;
            }
            list.push(City {
                name: row.name,
                state: row.state,
                point: LatLon {
                    lat: row.lat,
                    lon: row.lon,
                },
                population: row.population.unwrap_or(0),
                timezone: row.timezone.filter(|t| !t.is_empty()),
            });
        }
        for list in cities.values_mut() {
            list.sort_by(|a, b| b.population.cmp(&a.population).then(a.state.cmp(&b.state)));
        }

        let counties = read_csv::<County>(&dir.join("counties.csv"))?
            .into_iter()
            .map(|c| (c.fips.clone(), c))
            .collect();

        let mut shapes = read_state_shapes(&dir.join("states.geojson"))?;
        let mut states = Vec::new();
        for row in read_csv::<StateRow>(&dir.join("states.csv"))? {
            let shape = shapes
                .remove(&row.code)
                .with_context(|| format!("states.geojson has no shape for {}", row.code))?;
            states.push(State {
                neighbours: row
                    .neighbours
                    .unwrap_or_default()
                    .split_whitespace()
                    .map(str::to_string)
                    .collect(),
                code: row.code,
                fips: row.fips,
                name: row.name,
                point: LatLon {
                    lat: row.lat,
                    lon: row.lon,
                },
                timezone: row.timezone,
                shape,
            });
        }
        Ok(Gazetteer {
            zips,
            zip_keys,
            zips_by_state,
            cities,
            counties,
            states,
        })
    }

    pub fn zip(&self, zip: &str) -> Option<&ZipEntry> {
        self.zips.get(zip)
    }

    pub fn zips(&self) -> impl Iterator<Item = &ZipEntry> {
        self.zip_keys.iter().filter_map(|k| self.zips.get(k))
    }

    pub fn county(&self, fips: &str) -> Option<&County> {
        self.counties.get(fips)
    }

    pub fn state(&self, code: &str) -> Option<&State> {
        self.states.iter().find(|s| s.code == code)
    }

    pub fn states(&self) -> &[State] {
        &self.states
    }

    /// The state whose shape contains the point, if any.
    pub fn state_at(&self, point: LatLon) -> Option<&State> {
        let p = Point::new(point.lon, point.lat);
        self.states.iter().find(|s| s.shape.contains(&p))
    }

    /// Turns what a person typed ("77002", "Houston, TX", "Texas", "tx") into a place.
    pub fn resolve(&self, input: &str) -> Resolution {
        let trimmed = input.trim();
        // "77002", "77002-1234", and a suggestion as shown: "77002 Houston, TX".
        let first = trimmed.split_whitespace().next().unwrap_or("");
        let zip5 = first.split('-').next().unwrap_or("");
        if zip5.len() == 5 && zip5.chars().all(|c| c.is_ascii_digit()) {
            return match self.zips.get(zip5) {
                Some(z) => Resolution::Found(self.zip_place(trimmed, z)),
                None => Resolution::NotFound {
                    suggestions: self.nearby_zips(zip5),
                },
            };
        }
        if let Some(state) = self.state_named(trimmed) {
            return Resolution::Found(self.state_place(trimmed, state));
        }
        let (city, state) =
            split_city_state(trimmed, |s| self.state_named(s).map(|st| st.code.clone()));
        let key = normalize(&city);
        let matches: Vec<&City> = self
            .cities
            .get(&key)
            .map(|list| {
                list.iter()
                    .filter(|c| state.as_ref().is_none_or(|s| &c.state == s))
                    .collect()
            })
            .unwrap_or_default();
        match matches.as_slice() {
            [] => Resolution::NotFound {
                suggestions: self.suggest_cities(&key, state.as_deref()),
            },
            [one] => Resolution::Found(self.city_place(trimmed, one)),
            many => {
                Resolution::Ambiguous(many.iter().map(|c| self.city_place(trimmed, c)).collect())
            }
        }
    }

    /// Places whose name starts like `prefix`, for autocomplete: ZIPs, states, cities.
    pub fn complete(&self, prefix: &str, limit: usize) -> Vec<Place> {
        let prefix = prefix.trim();
        if prefix.is_empty() {
            return Vec::new();
        }
        if prefix.chars().all(|c| c.is_ascii_digit()) {
            let start = self.zip_keys.partition_point(|k| k.as_str() < prefix);
            return self.zip_keys[start..]
                .iter()
                .take_while(|k| k.starts_with(prefix))
                .take(limit)
                .filter_map(|k| self.zips.get(k))
                .map(|z| self.zip_place(&z.zip, z))
                .collect();
        }
        let (city, state) =
            split_city_state(prefix, |s| self.state_named(s).map(|st| st.code.clone()));
        let key = normalize(&city);
        let mut out: Vec<Place> = self
            .states
            .iter()
            .filter(|s| state.is_none() && normalize(&s.name).starts_with(&key))
            .map(|s| self.state_place(&s.name, s))
            .collect();
        let mut found: Vec<&City> = self
            .cities
            .iter()
            .filter(|(name, _)| name.starts_with(&key))
            .flat_map(|(_, list)| list.iter())
            .filter(|c| state.as_ref().is_none_or(|s| &c.state == s))
            .collect();
        found.sort_by(|a, b| b.population.cmp(&a.population).then(a.name.cmp(&b.name)));
        out.extend(
            found
                .into_iter()
                .take(limit)
                .map(|c| self.city_place(&c.name, c)),
        );
        out.truncate(limit);
        out
    }

    fn state_named(&self, s: &str) -> Option<&State> {
        let key = normalize(s);
        self.states
            .iter()
            .find(|st| st.code.eq_ignore_ascii_case(s.trim()) || normalize(&st.name) == key)
    }

    fn zip_place(&self, input: &str, z: &ZipEntry) -> Place {
        let state = self.state(&z.state);
        Place {
            input: input.to_string(),
            kind: PlaceKind::Zip,
            name: format!("{} {}, {}", z.zip, z.city, z.state),
            state: z.state.clone(),
            county: z.county.clone(),
            county_fips: z.county_fips.clone(),
            point: z.point,
            timezone: z
                .timezone
                .clone()
                .or_else(|| state.map(|s| s.timezone.clone())),
        }
    }

    fn city_place(&self, input: &str, c: &City) -> Place {
        let zip = self.nearest_zip(c.point, &c.state);
        Place {
            input: input.to_string(),
            kind: PlaceKind::City,
            name: format!("{}, {}", c.name, c.state),
            state: c.state.clone(),
            county: zip.and_then(|z| z.county.clone()),
            county_fips: zip.and_then(|z| z.county_fips.clone()),
            point: Some(c.point),
            timezone: c
                .timezone
                .clone()
                .or_else(|| self.state(&c.state).map(|s| s.timezone.clone())),
        }
    }

    fn state_place(&self, input: &str, s: &State) -> Place {
        Place {
            input: input.to_string(),
            kind: PlaceKind::State,
            name: s.name.clone(),
            state: s.code.clone(),
            county: None,
            county_fips: None,
            point: None,
            timezone: Some(s.timezone.clone()),
        }
    }

    /// The ZIP whose point is nearest, within the same state: gives a city its county.
    fn nearest_zip(&self, point: LatLon, state: &str) -> Option<&ZipEntry> {
        self.zips_by_state
            .get(state)?
            .iter()
            .filter_map(|k| self.zips.get(k))
            .filter_map(|z| {
                z.point
                    .map(|p| (z, (p.lat - point.lat).powi(2) + (p.lon - point.lon).powi(2)))
            })
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(z, _)| z)
    }

    fn nearby_zips(&self, zip: &str) -> Vec<String> {
        let Ok(n) = zip.parse::<i64>() else {
            return Vec::new();
        };
        let mut near: Vec<&String> = self
            .zip_keys
            .iter()
            .filter(|k| k[..3] == zip[..3])
            .collect();
        near.sort_by_key(|k| (k.parse::<i64>().unwrap_or(0) - n).abs());
        near.into_iter()
            .take(5)
            .filter_map(|k| self.zips.get(k))
            .map(|z| format!("{} {}, {}", z.zip, z.city, z.state))
            .collect()
    }

    fn suggest_cities(&self, key: &str, state: Option<&str>) -> Vec<String> {
        if key.is_empty() {
            return Vec::new();
        }
        let mut scored: Vec<(usize, u64, String)> = self
            .cities
            .iter()
            .filter(|(name, _)| name.chars().next() == key.chars().next())
            .map(|(name, list)| (edit_distance(name, key), list))
            .filter(|(d, _)| *d <= 2.max(key.len() / 3))
            .flat_map(|(d, list)| {
                list.iter()
                    .filter(|c| state.is_none_or(|s| c.state == s))
                    .map(move |c| (d, c.population, format!("{}, {}", c.name, c.state)))
            })
            .collect();
        scored.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
        scored.into_iter().take(5).map(|(_, _, s)| s).collect()
    }
}

/// "Houston, TX" / "Houston TX" / "Saint Louis, Missouri" → ("Houston", Some("TX")).
fn split_city_state(
    input: &str,
    state_code: impl Fn(&str) -> Option<String>,
) -> (String, Option<String>) {
    if let Some((city, state)) = input.rsplit_once(',')
        && let Some(code) = state_code(state.trim())
    {
        return (city.trim().to_string(), Some(code));
    }
    let words: Vec<&str> = input.split_whitespace().collect();
    for take in [1, 2, 3] {
        if words.len() > take {
            let (city, state) = words.split_at(words.len() - take);
            if let Some(code) = state_code(&state.join(" ")) {
                return (city.join(" "), Some(code));
            }
        }
    }
    (input.trim().to_string(), None)
}

fn read_csv<T: serde::de::DeserializeOwned>(path: &Path) -> anyhow::Result<Vec<T>> {
    use anyhow::Context;
    let mut reader =
        csv::Reader::from_path(path).with_context(|| format!("reading {}", path.display()))?;
    reader
        .deserialize()
        .collect::<Result<Vec<T>, _>>()
        .with_context(|| format!("parsing {}", path.display()))
}

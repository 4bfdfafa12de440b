use chrono::{DateTime, Utc};
use geo::{Contains, Distance, Haversine, Point};
use tantivy::collector::{Count, TopDocs};
use tantivy::query::doc_predicate_query::{DocPredicateQuery, FunctionPredicate};
use tantivy::query::{
    AllQuery, BooleanQuery, ConstScoreQuery, Occur, Query, QueryParser, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocId, Score, SegmentReader, TantivyDocument, Term};

use super::document::Card;
use super::schema::STEMMED;
use super::{SearchError, SearchIndex};
use crate::hours::{OpenNow, open_any};
use crate::model::{Audience, ChannelKind, Cost};
use crate::place::{DistanceBand, Place, distance_band, distance_km, parse_area_polygon};

/// What a person asked for, already parsed and bounded.
#[derive(Debug, Clone, Default)]
pub struct SearchQuery {
    pub text: String,
    pub needs: Vec<String>,
    pub audience: Option<Audience>,
    /// Staff language preference (ISO 639-3): ranks, and filters only with `lang_only`.
    pub lang: Option<String>,
    pub lang_only: bool,
    pub cost: Option<Cost>,
    pub channels: Vec<ChannelKind>,
    pub open_now: bool,
    /// 1-based.
    pub page: usize,
    pub per_page: usize,
    /// The UI locale: its text field counts a little more.
    pub locale: String,
}

#[derive(Debug, Clone)]
pub struct Hit {
    pub card: Card,
    pub distance_km: Option<f64>,
    pub distance_band: Option<DistanceBand>,
    pub reasons: Vec<&'static str>,
    pub open_now: OpenNow,
}

#[derive(Debug, Clone)]
pub struct Hits {
    pub total: usize,
    pub results: Vec<Hit>,
}

/// Weights of the ranking signals, on top of text relevance (BM25, typically 1–15).
const LOCAL_AREA_BOOST: Score = 2.0;
const LANGUAGE_BOOST: Score = 3.0;
const INTERPRETATION_BOOST: Score = 1.0;
const DISTANCE_BOOST: Score = 3.0;
/// Distance at which a walk-in place's boost has fallen to 1/e.
const DISTANCE_SCALE_KM: f64 = 30.0;
/// Puts immigration-enforcement lines below every other result.
const ENFORCEMENT_DEMOTION: Score = 1000.0;
/// A place within this distance is "near you".
const NEAR_KM: f64 = 50.0;
/// With `open_now`, hours are checked after the index query over at most this many.
const OPEN_NOW_WINDOW: usize = 2_000;

fn filter(q: Box<dyn Query>) -> (Occur, Box<dyn Query>) {
    (Occur::Must, Box::new(ConstScoreQuery::new(q, 0.0)))
}

/// A few alternatives. (TermSetQuery builds an FST per query, which costs more than the
/// whole search for sets this small.)
fn any_of(field: Field, values: impl IntoIterator<Item = String>) -> Box<dyn Query> {
    Box::new(BooleanQuery::new(
        values
            .into_iter()
            .map(|v| (Occur::Should, term(field, &v)))
            .collect(),
    ))
}

fn term(field: Field, value: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, value),
        IndexRecordOption::Basic,
    ))
}

impl SearchIndex {
    pub fn search(
        &self,
        q: &SearchQuery,
        place: Option<&Place>,
        now: DateTime<Utc>,
    ) -> Result<Hits, SearchError> {
        let f = &self.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let text = q.text.trim();
        if text.is_empty() {
            clauses.push((
                Occur::Must,
                Box::new(ConstScoreQuery::new(Box::new(AllQuery), 1.0)),
            ));
        } else {
            let mut fields: Vec<Field> = f.text.to_vec();
            fields.push(f.text_generic);
            let mut parser = QueryParser::for_index(&self.index, fields);
            if let Some(i) = STEMMED.iter().position(|(l, _)| *l == q.locale) {
                parser.set_field_boost(f.text[i], 1.5);
            }
            let (parsed, _errors) = parser.parse_query_lenient(&sanitize(text));
            clauses.push((Occur::Must, parsed));
        }
        // Services on hold never match: they have left search until released.
        clauses.push((Occur::MustNot, term(f.held, "yes")));
        if !q.needs.is_empty() {
            clauses.push(filter(any_of(f.needs, q.needs.iter().cloned())));
        }
        if let Some(a) = q.audience {
            clauses.push(filter(term(f.audiences, a.as_str())));
        }
        if let Some(c) = q.cost {
            clauses.push(filter(term(f.cost, c.as_str())));
        }
        if !q.channels.is_empty() {
            clauses.push(filter(any_of(
                f.channels,
                q.channels.iter().map(|c| c.as_str().to_string()),
            )));
        }
        if let Some(lang) = &q.lang {
            if q.lang_only {
                clauses.push(filter(term(f.langs, lang)));
            } else {
                clauses.push((
                    Occur::Should,
                    Box::new(ConstScoreQuery::new(term(f.langs, lang), LANGUAGE_BOOST)),
                ));
                clauses.push((
                    Occur::Should,
                    Box::new(ConstScoreQuery::new(
                        term(f.interpretation, "yes"),
                        INTERPRETATION_BOOST,
                    )),
                ));
            }
        }
        let point = place.and_then(|p| p.point);
        if let Some(place) = place {
            let mut local = vec![format!("state:{}", place.state)];
            if let Some(county) = &place.county_fips {
                local.push(format!("county:{county}"));
            }
            // Radius and polygon services: near the state for a point, inside it for a state.
            local.push(format!("near:{}", place.state));
            let mut covering = local.clone();
            covering.push("national".into());
            clauses.push(filter(any_of(f.areas, covering)));
            clauses.push((
                Occur::Should,
                Box::new(ConstScoreQuery::new(
                    any_of(f.areas, local),
                    LOCAL_AREA_BOOST,
                )),
            ));
            if let Some(p) = point {
                clauses.push(filter(Box::new(radius_covers(p.lat, p.lon))));
            }
        }
        let query = BooleanQuery::new(clauses);

        let searcher = self.reader.searcher();
        let per_page = q.per_page.max(1);
        let offset = (q.page.max(1) - 1) * per_page;
        let window = if q.open_now {
            OPEN_NOW_WINDOW
        } else {
            per_page
        };
        let top = TopDocs::with_limit(window).and_offset(if q.open_now { 0 } else { offset });
        let center = point;
        let ranked = top.tweak_score(move |segment: &SegmentReader| {
            let fast = segment.fast_fields();
            let lat = fast
                .f64("lat")
                .ok()
                .map(|c| c.first_or_default_col(f64::NAN));
            let lon = fast
                .f64("lon")
                .ok()
                .map(|c| c.first_or_default_col(f64::NAN));
            let walk_in = fast.u64("walk_in").ok().map(|c| c.first_or_default_col(0));
            let enforcement = fast
                .u64("enforcement")
                .ok()
                .map(|c| c.first_or_default_col(0));
            move |doc: DocId, score: Score| {
                if enforcement.as_ref().is_some_and(|e| e.get_val(doc) == 1) {
                    return score - ENFORCEMENT_DEMOTION;
                }
                let (Some(center), Some(lat), Some(lon), Some(walk_in)) =
                    (center, &lat, &lon, &walk_in)
                else {
                    return score;
                };
                if walk_in.get_val(doc) == 0 {
                    return score;
                }
                let d: f64 = Haversine.distance(
                    Point::new(center.lon, center.lat),
                    Point::new(lon.get_val(doc), lat.get_val(doc)),
                );
                if d.is_nan() {
                    return score;
                }
                score + DISTANCE_BOOST * (-(d / 1000.0) / DISTANCE_SCALE_KM).exp() as Score
            }
        });
        let (total, top) = searcher.search(&query, &(Count, ranked))?;

        let mut hits = Vec::with_capacity(top.len());
        for (_, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            let card = self.card_of(&doc);
            hits.push(self.hit(card, q, place, now));
        }
        let polygon_misses = hits.iter().filter(|h| !polygon_covers(h, place)).count();
        hits.retain(|h| polygon_covers(h, place));
        let mut total = total - polygon_misses;
        if q.open_now {
            hits.retain(|h| h.open_now == OpenNow::Yes);
            total = hits.len();
            hits = hits.into_iter().skip(offset).take(per_page).collect();
        }
        Ok(Hits {
            total,
            results: hits,
        })
    }

    fn hit(&self, card: Card, q: &SearchQuery, place: Option<&Place>, now: DateTime<Utc>) -> Hit {
        let mut reasons = Vec::new();
        if !q.text.trim().is_empty() {
            reasons.push("matches_words");
        }
        if !q.needs.is_empty() && card.needs.iter().any(|n| q.needs.contains(n)) {
            reasons.push("meets_need");
        }
        match card.area.kind.as_str() {
            "national" => reasons.push("serves_nationwide"),
            "states" => reasons.push("serves_your_state"),
            "counties" => reasons.push("serves_your_county"),
            _ => reasons.push("serves_your_area"),
        }
        if card.state_line.is_some() {
            reasons.push("state_reporting_line");
        }
        if let Some(lang) = &q.lang {
            if card.staff_languages.contains(lang) {
                reasons.push("speaks_your_language");
            } else if card.channels.iter().any(|c| c.interpretation.is_some()) {
                reasons.push("offers_interpretation");
            }
        }
        let distance = match (place.and_then(|p| p.point), card.point) {
            (Some(a), Some(b)) => Some(distance_km(a, b)),
            _ => None,
        };
        if distance.is_some_and(|d| d <= NEAR_KM) {
            reasons.push("near_you");
        }
        let caller_zone = place
            .and_then(|p| p.timezone.as_deref())
            .and_then(|z| z.parse().ok());
        let open = open_any(card.channels.iter().map(|c| &c.hours), now, caller_zone);
        if open == OpenNow::Yes {
            reasons.push("open_now");
        }
        // A confidential place's distance is given only as a band, and from a coarse point.
        let (distance_km, distance_band) = match distance {
            Some(d) if card.confidential => (None, Some(distance_band(d))),
            Some(d) => (Some((d * 10.0).round() / 10.0), None),
            None => (None, None),
        };
        Hit {
            card,
            distance_km,
            distance_band,
            reasons,
            open_now: open,
        }
    }
}

/// Radius-bound services match only within their radius of the person's point.
fn radius_covers(lat0: f64, lon0: f64) -> DocPredicateQuery {
    FunctionPredicate::from(move |segment: &SegmentReader| {
        let fast = segment.fast_fields();
        let radius = fast.f64("radius_km")?.first_or_default_col(0.0);
        let lat = fast.f64("lat")?.first_or_default_col(f64::NAN);
        let lon = fast.f64("lon")?.first_or_default_col(f64::NAN);
        Ok(move |doc: DocId| {
            let km = radius.get_val(doc);
            if km <= 0.0 {
                return true;
            }
            let d: f64 = Haversine.distance(
                Point::new(lon0, lat0),
                Point::new(lon.get_val(doc), lat.get_val(doc)),
            );
            d / 1000.0 <= km
        })
    })
    .into()
}

fn polygon_covers(hit: &Hit, place: Option<&Place>) -> bool {
    let (Some(geojson), Some(point)) = (&hit.card.area.polygon, place.and_then(|p| p.point)) else {
        return true;
    };
    parse_area_polygon(geojson)
        .is_none_or(|shape| shape.contains(&Point::new(point.lon, point.lat)))
}

/// Query syntax is not for the public: keep words, drop operators.
fn sanitize(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '\'' || c == '’' {
                c
            } else {
                ' '
            }
        })
        .collect::<String>()
        .split_whitespace()
        .take(32)
        .collect::<Vec<_>>()
        .join(" ")
}

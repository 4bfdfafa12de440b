use std::sync::Arc;

use chrono::{DateTime, Utc};
use tantivy::{DocAddress, TantivyDocument};

use super::document::Card;
use super::plan::Plan;
use super::{SearchError, SearchIndex};
use crate::hours::{OpenNow, open_any};
use crate::model::{Audience, ChannelKind, Cost};
use crate::place::{DistanceBand, Place, distance_band, distance_km};

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
    pub card: Arc<Card>,
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

/// A place within this distance is "near you".
const NEAR_KM: f64 = 50.0;
/// With `open_now`, hours are checked after ranking, over at most this many.
const OPEN_NOW_WINDOW: usize = 2_000;

impl SearchIndex {
    pub fn search(
        &self,
        q: &SearchQuery,
        place: Option<&Place>,
        now: DateTime<Utc>,
    ) -> Result<Hits, SearchError> {
        let snapshot = self.snapshot();
        let searcher = &snapshot.searcher;
        let per_page = q.per_page.max(1);
        let offset = (q.page.max(1) - 1) * per_page;
        let limit = if q.open_now {
            OPEN_NOW_WINDOW
        } else {
            offset + per_page
        };
        let plan = Plan::new(self, searcher, q, place)?;
        let (mut total, ranked) = plan.run(searcher, &snapshot.columns, limit)?;
        let shown = if q.open_now { 0 } else { offset };
        let mut hits = Vec::with_capacity(ranked.len().saturating_sub(shown));
        for r in ranked.into_iter().skip(shown) {
            let segment = searcher.segment_reader(r.segment).segment_id();
            let card = self.cards.get_or_read((segment, r.doc), || {
                let doc: TantivyDocument = searcher.doc(DocAddress::new(r.segment, r.doc))?;
                Ok::<_, SearchError>(self.card_of(&doc))
            })?;
            hits.push(self.hit(card, q, place, now));
        }
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

    fn hit(
        &self,
        card: Arc<Card>,
        q: &SearchQuery,
        place: Option<&Place>,
        now: DateTime<Utc>,
    ) -> Hit {
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

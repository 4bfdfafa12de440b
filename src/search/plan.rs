//! How a search runs. A place is the most selective thing a person gives, so it leads: the
//! candidates are the documents carrying one of the place's area terms (a few thousand of
//! 100k), cut by the filters a word (64 documents) at a time; only they are checked against
//! radii and polygons, scored on the words (BM25 over every language's text field, the
//! reader's own counting more), boosted, counted exactly and ranked. Without a place the
//! words lead, and without either every document does.
//!
//! The score of a document, as the ranking promises (DESIGN.md, "Search and matching"):
//! text relevance (or 1 when no words were given), plus 3 when staff speak the asked
//! language, plus 1 when a channel has an interpretation note, plus 2 when the service's
//! area is local rather than nationwide, plus up to 3 decaying with a walk-in place's
//! distance, and immigration-enforcement lines 1000 below everything else.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use geo::{Contains, Distance, Haversine, Point};
use tantivy::fieldnorm::FieldNormReader;
use tantivy::postings::{Postings, SegmentPostings, TermInfo};
use tantivy::query::Bm25Weight;
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::TokenStream;
use tantivy::{DocId, DocSet, Score, Searcher, SegmentReader, TERMINATED, Term};

use super::SearchIndex;
use super::area::{self, Covering};
use super::bits::DocBits;
use super::columns::{SegmentColumns, insert_postings};
use super::query::SearchQuery;
use super::schema::STEMMED;
use crate::model::LatLon;
use crate::place::Place;

const LOCAL_AREA_BOOST: Score = 2.0;
const LANGUAGE_BOOST: Score = 3.0;
const INTERPRETATION_BOOST: Score = 1.0;
const DISTANCE_BOOST: Score = 3.0;
/// Distance at which a walk-in place's boost has fallen to 1/e.
const DISTANCE_SCALE_KM: f64 = 30.0;
const ENFORCEMENT_DEMOTION: Score = 1000.0;
/// The reader's own language's text field counts this much more.
const LOCALE_FIELD_BOOST: Score = 1.5;

/// One analysed word in one text field, weighted over the whole index.
struct TextTerm {
    field: Field,
    weight: Bm25Weight,
    /// Where the term's postings are in each segment (`None` where it does not occur).
    per_segment: Vec<Option<TermInfo>>,
}

pub struct Plan<'q> {
    words: bool,
    terms: Vec<TextTerm>,
    /// Each entry: the document must hold one of these values of the field.
    required: Vec<(Field, Vec<&'q str>)>,
    language: Option<&'q str>,
    covering: Option<Covering>,
    point: Option<LatLon>,
    langs: Field,
    interpretation: Field,
    held: Field,
    areas: Field,
}

/// A ranked document: its score and address.
#[derive(Debug, Clone, Copy)]
pub struct Ranked {
    pub score: Score,
    pub segment: u32,
    pub doc: DocId,
}

impl<'q> Plan<'q> {
    pub fn new(
        index: &SearchIndex,
        searcher: &Searcher,
        q: &'q SearchQuery,
        place: Option<&Place>,
    ) -> tantivy::Result<Plan<'q>> {
        let f = &index.fields;
        let text = q.text.trim();
        let mut required: Vec<(Field, Vec<&str>)> = Vec::new();
        if !q.needs.is_empty() {
            required.push((f.needs, q.needs.iter().map(String::as_str).collect()));
        }
        if let Some(a) = q.audience {
            required.push((f.audiences, vec![a.as_str()]));
        }
        if let Some(c) = q.cost {
            required.push((f.cost, vec![c.as_str()]));
        }
        if !q.channels.is_empty() {
            required.push((f.channels, q.channels.iter().map(|c| c.as_str()).collect()));
        }
        let mut language = q.lang.as_deref();
        if q.lang_only
            && let Some(lang) = language.take()
        {
            required.push((f.langs, vec![lang]));
        }
        Ok(Plan {
            words: !text.is_empty(),
            terms: text_terms(index, searcher, text, &q.locale)?,
            required,
            language,
            covering: place.map(Covering::of),
            point: place.and_then(|p| p.point),
            langs: f.langs,
            interpretation: f.interpretation,
            held: f.held,
            areas: f.areas,
        })
    }

    /// The exact number of matches and the best `limit` of them, best first.
    pub fn run(
        &self,
        searcher: &Searcher,
        columns: &[impl AsRef<SegmentColumns>],
        limit: usize,
    ) -> tantivy::Result<(usize, Vec<Ranked>)> {
        let mut top = TopK::new(limit);
        let mut total = 0;
        for (ord, (segment, columns)) in searcher.segment_readers().iter().zip(columns).enumerate()
        {
            total += self.segment(ord, segment, columns.as_ref(), &mut top)?;
        }
        Ok((total, top.into_best_first()))
    }

    fn segment(
        &self,
        ord: usize,
        segment: &SegmentReader,
        columns: &SegmentColumns,
        top: &mut TopK,
    ) -> tantivy::Result<usize> {
        // Asked words of which this segment holds none: nothing here can match.
        if self.words && self.terms.iter().all(|t| t.per_segment[ord].is_none()) {
            return Ok(0);
        }
        let (mut candidates, local) = self.candidates(ord, segment)?;
        for (field, values) in &self.required {
            candidates.intersect(&columns.any_of(*field, values.iter().copied()));
        }
        // Services on hold never match: they have left search until released.
        if let Some(held) = columns.with(self.held, "yes") {
            candidates.subtract(held);
        }
        // At a place the candidates came from its areas; without one they already are the
        // documents holding a word.
        if self.covering.is_some() && self.words && self.words_are_rarer(ord, &candidates) {
            candidates.intersect(&self.any_word(ord, segment)?);
        }
        let speaks = self
            .language
            .and_then(|lang| columns.with(self.langs, lang));
        let interprets = self
            .language
            .and_then(|_| columns.with(self.interpretation, "yes"));
        let mut cursors = self.cursors(ord, segment)?;
        let alive = segment.alive_bitset();
        let mut total = 0;
        for doc in candidates.iter() {
            if alive.is_some_and(|a| !a.is_alive(doc)) || !self.reaches(columns, doc) {
                continue;
            }
            let mut score = if self.words {
                match text_score(&mut cursors, doc) {
                    Some(s) => s,
                    None => continue,
                }
            } else {
                1.0
            };
            total += 1;
            if speaks.is_some_and(|s| s.contains(doc)) {
                score += LANGUAGE_BOOST;
            }
            if interprets.is_some_and(|s| s.contains(doc)) {
                score += INTERPRETATION_BOOST;
            }
            if local.as_ref().is_some_and(|l| l.contains(doc)) {
                score += LOCAL_AREA_BOOST;
            }
            let ranked = |score| Ranked {
                score,
                segment: ord as u32,
                doc,
            };
            if columns.enforcement.contains(doc) {
                top.offer(ranked(score - ENFORCEMENT_DEMOTION));
                continue;
            }
            // The distance is worked out only for a place that could still make the page.
            if let Some(center) = self.point
                && columns.walk_in.contains(doc)
                && top.could_take(score + DISTANCE_BOOST)
            {
                score += distance_boost(center, columns, doc);
            }
            top.offer(ranked(score));
        }
        Ok(total)
    }

    /// The documents a search may match in this segment and, at a place, those of them
    /// whose area is local rather than nationwide.
    fn candidates(
        &self,
        ord: usize,
        segment: &SegmentReader,
    ) -> tantivy::Result<(DocBits, Option<DocBits>)> {
        let max_doc = segment.max_doc();
        if let Some(covering) = &self.covering {
            let areas = segment.inverted_index(self.areas)?;
            let mut local = DocBits::empty(max_doc);
            for term in &covering.local {
                let term = Term::from_field_text(self.areas, term);
                if let Some(p) = areas.read_block_postings(&term, IndexRecordOption::Basic)? {
                    insert_postings(p, &mut local);
                }
            }
            let mut all = local.clone();
            let national = Term::from_field_text(self.areas, area::NATIONAL);
            if let Some(p) = areas.read_block_postings(&national, IndexRecordOption::Basic)? {
                insert_postings(p, &mut all);
            }
            return Ok((all, Some(local)));
        }
        if !self.words {
            return Ok((DocBits::full(max_doc), None));
        }
        Ok((self.any_word(ord, segment)?, None))
    }

    /// The documents holding any of the words.
    fn any_word(&self, ord: usize, segment: &SegmentReader) -> tantivy::Result<DocBits> {
        let mut any_word = DocBits::empty(segment.max_doc());
        for term in &self.terms {
            if let Some(info) = &term.per_segment[ord] {
                let postings = segment
                    .inverted_index(term.field)?
                    .read_block_postings_from_terminfo(info, IndexRecordOption::Basic)?;
                insert_postings(postings, &mut any_word);
            }
        }
        Ok(any_word)
    }

    /// Whether reading the words' postings into a set costs less than checking every
    /// candidate for them one by one. Decoding a posting and setting its bit takes a couple
    /// of nanoseconds; checking a candidate (seeking each word's postings, its radius, its
    /// boosts) about twenty at 100k services. Eight postings per candidate is where the set
    /// stops paying, with a margin.
    fn words_are_rarer(&self, ord: usize, candidates: &DocBits) -> bool {
        const CHECK_COST_IN_POSTINGS: u64 = 8;
        let postings: u64 = self
            .terms
            .iter()
            .filter_map(|t| t.per_segment[ord].as_ref())
            .map(|info| u64::from(info.doc_freq))
            .sum();
        postings <= CHECK_COST_IN_POSTINGS * candidates.count() as u64
    }

    /// Radius and polygon areas, checked exactly at the person's point.
    fn reaches(&self, columns: &SegmentColumns, doc: DocId) -> bool {
        let Some(p) = self.point else {
            return true;
        };
        let km = columns.radius_km[doc as usize];
        if km > 0.0 {
            let d: f64 = Haversine.distance(
                Point::new(p.lon, p.lat),
                Point::new(columns.lon[doc as usize], columns.lat[doc as usize]),
            );
            // A radius area without a point (NaN) reaches nowhere: NaN is within no radius.
            let within = d / 1000.0 <= km;
            if !within {
                return false;
            }
        }
        columns
            .polygons
            .get(&doc)
            .is_none_or(|shape| shape.contains(&Point::new(p.lon, p.lat)))
    }

    fn cursors(&self, ord: usize, segment: &SegmentReader) -> tantivy::Result<Vec<Cursor>> {
        let mut cursors = Vec::new();
        for term in &self.terms {
            let Some(info) = &term.per_segment[ord] else {
                continue;
            };
            let postings = segment
                .inverted_index(term.field)?
                .read_postings_from_terminfo(info, IndexRecordOption::WithFreqs)?;
            cursors.push(Cursor {
                postings,
                norms: segment.get_fieldnorms_reader(term.field)?,
                weight: term.weight.clone(),
            });
        }
        Ok(cursors)
    }
}

struct Cursor {
    postings: SegmentPostings,
    norms: FieldNormReader,
    weight: Bm25Weight,
}

/// The summed BM25 of the words `doc` holds, or `None` when it holds none. Documents come
/// in increasing order, so each posting list is walked forward once.
fn text_score(cursors: &mut [Cursor], doc: DocId) -> Option<Score> {
    let mut score = None;
    for c in cursors {
        let mut at = c.postings.doc();
        if at < doc {
            at = c.postings.seek(doc);
        }
        if at == doc && at != TERMINATED {
            let s = c
                .weight
                .score(c.norms.fieldnorm_id(doc), c.postings.term_freq());
            *score.get_or_insert(0.0) += s;
        }
    }
    score
}

fn distance_boost(center: LatLon, columns: &SegmentColumns, doc: DocId) -> Score {
    let (lat, lon) = (columns.lat[doc as usize], columns.lon[doc as usize]);
    if lat.is_nan() || lon.is_nan() {
        return 0.0;
    }
    let d: f64 = Haversine.distance(Point::new(center.lon, center.lat), Point::new(lon, lat));
    DISTANCE_BOOST * (-(d / 1000.0) / DISTANCE_SCALE_KM).exp() as Score
}

/// The words as each text field analyses them, one term per distinct token, with BM25
/// weights from the whole index's statistics.
fn text_terms(
    index: &SearchIndex,
    searcher: &Searcher,
    text: &str,
    locale: &str,
) -> tantivy::Result<Vec<TextTerm>> {
    if text.is_empty() {
        return Ok(Vec::new());
    }
    let f = &index.fields;
    let segments = searcher.segment_readers();
    let total_docs: u64 = segments.iter().map(|s| u64::from(s.max_doc())).sum();
    let text = sanitize(text);
    let mut terms = Vec::new();
    let fields = f
        .text
        .iter()
        .copied()
        .zip(STEMMED.map(|(l, _)| l == locale));
    for (field, own_language) in fields.chain([(f.text_generic, false)]) {
        let mut tokens: Vec<String> = Vec::new();
        let mut analyzer = index.index.tokenizer_for_field(field)?;
        let mut stream = analyzer.token_stream(&text);
        while let Some(token) = stream.next() {
            if !tokens.contains(&token.text) {
                tokens.push(token.text.clone());
            }
        }
        let mut total_tokens = None;
        for token in tokens {
            let term = Term::from_field_text(field, &token);
            let mut per_segment = Vec::with_capacity(segments.len());
            let mut doc_freq = 0u64;
            for segment in segments {
                let info = segment.inverted_index(field)?.get_term_info(&term)?;
                doc_freq += info.as_ref().map_or(0, |i| u64::from(i.doc_freq));
                per_segment.push(info);
            }
            if doc_freq == 0 {
                continue;
            }
            let total_tokens = match total_tokens {
                Some(t) => t,
                None => {
                    let mut t = 0u64;
                    for segment in segments {
                        t += segment.inverted_index(field)?.total_num_tokens();
                    }
                    *total_tokens.insert(t)
                }
            };
            let average = total_tokens as Score / total_docs as Score;
            let weight = Bm25Weight::for_one_term_without_explain(doc_freq, total_docs, average)
                .boost_by(if own_language {
                    LOCALE_FIELD_BOOST
                } else {
                    1.0
                });
            terms.push(TextTerm {
                field,
                weight,
                per_segment,
            });
        }
    }
    Ok(terms)
}

/// Only words count: punctuation and operators are dropped, and at most 32 words are read.
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

/// Ordered so that the worse of two documents is the greater: the heap's top is the one to
/// drop. Equal scores keep index order, as documents are offered in it.
impl Ord for Ranked {
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .score
            .total_cmp(&self.score)
            .then((self.segment, self.doc).cmp(&(other.segment, other.doc)))
    }
}

impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Ranked {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Ranked {}

/// The best `limit` documents offered so far, in index order.
struct TopK {
    limit: usize,
    heap: BinaryHeap<Ranked>,
}

impl TopK {
    fn new(limit: usize) -> TopK {
        TopK {
            limit,
            heap: BinaryHeap::with_capacity(limit + 1),
        }
    }

    /// Whether a document offered now with `score` would be kept. A later document with
    /// the same score as the worst kept one loses to it.
    #[inline]
    fn could_take(&self, score: Score) -> bool {
        self.heap.len() < self.limit || self.heap.peek().is_some_and(|worst| score > worst.score)
    }

    fn offer(&mut self, ranked: Ranked) {
        if self.could_take(ranked.score) {
            self.heap.push(ranked);
            if self.heap.len() > self.limit {
                self.heap.pop();
            }
        }
    }

    fn into_best_first(self) -> Vec<Ranked> {
        self.heap.into_sorted_vec()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ranked(score: Score, doc: DocId) -> Ranked {
        Ranked {
            score,
            segment: 0,
            doc,
        }
    }

    #[test]
    fn the_best_are_kept_best_first_and_ties_keep_index_order() {
        let mut top = TopK::new(3);
        for (doc, score) in [1.0, 5.0, 3.0, 5.0, 0.5, 4.0, 3.0].into_iter().enumerate() {
            top.offer(ranked(score, doc as DocId));
        }
        let best: Vec<(Score, DocId)> = top
            .into_best_first()
            .iter()
            .map(|r| (r.score, r.doc))
            .collect();
        assert_eq!(best, [(5.0, 1), (5.0, 3), (4.0, 5)]);
    }

    #[test]
    fn a_full_page_refuses_what_cannot_beat_its_last() {
        let mut top = TopK::new(2);
        assert!(top.could_take(0.0));
        top.offer(ranked(2.0, 0));
        top.offer(ranked(3.0, 1));
        assert!(!top.could_take(2.0));
        assert!(top.could_take(2.5));
        assert!(TopK::new(0).into_best_first().is_empty());
    }

    #[test]
    fn operators_and_punctuation_are_not_words() {
        assert_eq!(
            sanitize("  legal -help (asilo)* \"x\" "),
            "legal help asilo x"
        );
        assert_eq!(sanitize("workers' rights"), "workers' rights");
        assert_eq!(sanitize(&"a ".repeat(40)).split(' ').count(), 32);
    }
}

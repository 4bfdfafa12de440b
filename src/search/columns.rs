//! What a search reads of every candidate, held in memory per segment: one document set per
//! value of each filtering field, the points and radii, and the parsed shapes of polygon
//! areas. Built once when a segment first appears (segments never change; deletions live in
//! the reader's alive set), so a search never decodes a filter's postings or a fast field.

use std::collections::HashMap;
use std::sync::Arc;

use geo::MultiPolygon;
use tantivy::postings::BlockSegmentPostings;
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::{DocId, SegmentReader, TantivyDocument, Term};

use super::area;
use super::bits::DocBits;
use super::document::Card;
use super::schema::Fields;
use crate::place::parse_area_polygon;

pub struct SegmentColumns {
    max_doc: DocId,
    /// Per filtering field, the documents holding each of its values.
    values: HashMap<Field, HashMap<String, DocBits>>,
    pub walk_in: DocBits,
    pub enforcement: DocBits,
    /// NaN where the document has no point.
    pub lat: Vec<f64>,
    pub lon: Vec<f64>,
    /// 0 unless the service is radius-bound.
    pub radius_km: Vec<f64>,
    pub polygons: HashMap<DocId, MultiPolygon<f64>>,
}

impl SegmentColumns {
    pub fn load(segment: &SegmentReader, fields: &Fields) -> tantivy::Result<SegmentColumns> {
        let max_doc = segment.max_doc();
        let mut values = HashMap::new();
        for field in fields.filtering() {
            values.insert(field, term_sets(segment, field)?);
        }
        let fast = segment.fast_fields();
        let f64s = |name: &str, default: f64| -> tantivy::Result<Vec<f64>> {
            let column = fast.f64(name)?.first_or_default_col(default);
            Ok((0..max_doc).map(|doc| column.get_val(doc)).collect())
        };
        let flags = |name: &str| -> tantivy::Result<DocBits> {
            let column = fast.u64(name)?.first_or_default_col(0);
            let mut bits = DocBits::empty(max_doc);
            (0..max_doc)
                .filter(|&doc| column.get_val(doc) == 1)
                .for_each(|doc| bits.insert(doc));
            Ok(bits)
        };
        Ok(SegmentColumns {
            max_doc,
            walk_in: flags("walk_in")?,
            enforcement: flags("enforcement")?,
            lat: f64s("lat", f64::NAN)?,
            lon: f64s("lon", f64::NAN)?,
            radius_km: f64s("radius_km", 0.0)?,
            polygons: polygons(segment, fields)?,
            values,
        })
    }

    /// The documents whose `field` holds any of `values` (none for an unknown value).
    pub fn any_of<'a>(&self, field: Field, values: impl IntoIterator<Item = &'a str>) -> DocBits {
        let mut out = DocBits::empty(self.max_doc);
        let sets = self.values.get(&field);
        for value in values {
            if let Some(set) = sets.and_then(|s| s.get(value)) {
                out.union(set);
            }
        }
        out
    }

    /// The documents whose `field` holds `value`, if any does.
    pub fn with(&self, field: Field, value: &str) -> Option<&DocBits> {
        self.values.get(&field).and_then(|s| s.get(value))
    }

    /// Memory held, for the benchmarks' accounting.
    pub fn heap_bytes(&self) -> usize {
        let sets: usize = self
            .values
            .values()
            .flat_map(|s| s.values())
            .map(DocBits::heap_bytes)
            .sum();
        sets + self.walk_in.heap_bytes()
            + self.enforcement.heap_bytes()
            + (self.lat.len() + self.lon.len() + self.radius_km.len()) * 8
    }
}

/// Adds every document of a posting list to `bits`.
pub fn insert_postings(mut postings: BlockSegmentPostings, bits: &mut DocBits) {
    loop {
        let docs = postings.docs();
        if docs.is_empty() {
            return;
        }
        docs.iter().for_each(|&doc| bits.insert(doc));
        postings.advance();
    }
}

fn term_sets(segment: &SegmentReader, field: Field) -> tantivy::Result<HashMap<String, DocBits>> {
    let inverted = segment.inverted_index(field)?;
    let mut terms = inverted.terms().stream()?;
    let mut sets = HashMap::new();
    while terms.advance() {
        let Ok(value) = std::str::from_utf8(terms.key()) else {
            continue;
        };
        let mut bits = DocBits::empty(segment.max_doc());
        let postings =
            inverted.read_block_postings_from_terminfo(terms.value(), IndexRecordOption::Basic)?;
        insert_postings(postings, &mut bits);
        sets.insert(value.to_string(), bits);
    }
    Ok(sets)
}

/// Polygon areas are few: their shapes come from the stored cards, parsed once.
fn polygons(
    segment: &SegmentReader,
    fields: &Fields,
) -> tantivy::Result<HashMap<DocId, MultiPolygon<f64>>> {
    let term = Term::from_field_text(fields.areas, area::POLYGON);
    let Some(postings) = segment
        .inverted_index(fields.areas)?
        .read_block_postings(&term, IndexRecordOption::Basic)?
    else {
        return Ok(HashMap::new());
    };
    let mut docs = DocBits::empty(segment.max_doc());
    insert_postings(postings, &mut docs);
    let store = segment.get_store_reader(1)?;
    let mut shapes = HashMap::new();
    for doc in docs.iter() {
        let stored: TantivyDocument = store.get(doc)?;
        let card: Option<Card> = stored
            .get_first(fields.card)
            .and_then(|v| v.as_str())
            .and_then(|json| serde_json::from_str(json).ok());
        if let Some(shape) = card
            .and_then(|c| c.area.polygon)
            .and_then(|geojson| parse_area_polygon(&geojson))
        {
            shapes.insert(doc, shape);
        }
    }
    Ok(shapes)
}

/// Shared between searches of the same segment; rebuilt only for new segments.
pub type Columns = Arc<SegmentColumns>;

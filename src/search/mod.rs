//! The search index: derived from the store, rebuildable at any time, following the
//! change feed. The last applied feed position is stored in each index commit.

mod area;
mod bits;
mod cards;
mod columns;
mod document;
mod plan;
mod query;
mod schema;

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex, RwLock};

use tantivy::IndexSettings;
use tantivy::directory::MmapDirectory;
use tantivy::index::SegmentId;
use tantivy::schema::Value;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, Searcher, TantivyDocument, Term};

use cards::CardCache;
use columns::{Columns, SegmentColumns};
pub use document::{AreaSummary, Card, ChannelCard};
pub use query::{Hit, Hits, SearchQuery};
use schema::{Fields, build_schema, register_tokenizers};

use crate::data::Taxonomy;
use crate::place::Gazetteer;
use crate::store::{Change, Store, StoreError};

/// One writer per index directory; a 2-core box indexes best on one thread.
const WRITER_THREADS: usize = 1;
const WRITER_MEMORY: usize = 64_000_000;
/// More locations than any one service has.
const MAX_LOCATIONS: usize = 10_000;
/// Bumped when documents change what their terms mean without changing the schema: an
/// index of another format is discarded and rebuilt, as one of another schema is.
const INDEX_FORMAT: &str = "3";
const FORMAT_FILE: &str = "faro-index-format";

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error(transparent)]
    Index(#[from] tantivy::TantivyError),
    #[error(transparent)]
    OpenDirectory(#[from] tantivy::directory::error::OpenDirectoryError),
    #[error("index commit payload is not a sequence number: {0}")]
    Payload(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the index writer lock is poisoned")]
    Poisoned,
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    writer: Mutex<IndexWriter>,
    fields: Fields,
    taxonomy: Arc<Taxonomy>,
    places: Arc<Gazetteer>,
    current: RwLock<Arc<Snapshot>>,
    cards: CardCache,
}

/// Small document-store blocks: a result reads one card (about 2 kB of JSON), and every
/// read decompresses the whole block that holds it.
fn settings() -> IndexSettings {
    IndexSettings {
        docstore_blocksize: 4_096,
        ..IndexSettings::default()
    }
}

/// One searcher and the in-memory columns of each of its segments, replaced as a whole
/// after every commit so that a search never sees one without the other.
struct Snapshot {
    searcher: Searcher,
    columns: Vec<Columns>,
}

impl SearchIndex {
    /// Opens the index in `dir`, creating it if needed. An index built with another
    /// schema (an older release) is discarded: it is derived and will be rebuilt.
    /// `cards_kept`: how many decoded result cards to keep in memory.
    pub fn open(
        dir: &Path,
        taxonomy: Arc<Taxonomy>,
        places: Arc<Gazetteer>,
        cards_kept: usize,
    ) -> Result<SearchIndex, SearchError> {
        let (schema, fields) = build_schema();
        std::fs::create_dir_all(dir)?;
        let format = std::fs::read_to_string(dir.join(FORMAT_FILE)).ok();
        let existing = Index::open_in_dir(dir).ok();
        let index = match existing {
            Some(index) if index.schema() == schema && format.as_deref() == Some(INDEX_FORMAT) => {
                index
            }
            _ => {
                std::fs::remove_dir_all(dir)?;
                std::fs::create_dir_all(dir)?;
                let index = Index::create(MmapDirectory::open(dir)?, schema, settings())?;
                std::fs::write(dir.join(FORMAT_FILE), INDEX_FORMAT)?;
                index
            }
        };
        Self::wrap(index, fields, taxonomy, places, cards_kept)
    }

    fn wrap(
        index: Index,
        fields: Fields,
        taxonomy: Arc<Taxonomy>,
        places: Arc<Gazetteer>,
        cards_kept: usize,
    ) -> Result<SearchIndex, SearchError> {
        register_tokenizers(&index);
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let writer = index.writer_with_num_threads(WRITER_THREADS, WRITER_MEMORY)?;
        let current = RwLock::new(Arc::new(Snapshot::of(reader.searcher(), &fields, None)?));
        Ok(SearchIndex {
            index,
            reader,
            writer: Mutex::new(writer),
            fields,
            taxonomy,
            places,
            current,
            cards: CardCache::new(cards_kept),
        })
    }

    /// Makes the last commit searchable.
    fn reload(&self) -> Result<(), SearchError> {
        self.reader.reload()?;
        let previous = self.snapshot();
        let next = Snapshot::of(self.reader.searcher(), &self.fields, Some(&previous))?;
        *self.current.write().map_err(|_| SearchError::Poisoned)? = Arc::new(next);
        Ok(())
    }

    fn snapshot(&self) -> Arc<Snapshot> {
        // A panic while swapping leaves the old snapshot whole: still fine to search.
        match self.current.read() {
            Ok(current) => current.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// The change-feed position the last commit reflects (0 for a new index).
    pub fn applied_seq(&self) -> Result<i64, SearchError> {
        let metas = self.index.load_metas()?;
        match metas.payload {
            None => Ok(0),
            Some(p) => p.parse().map_err(|_| SearchError::Payload(p)),
        }
    }

    /// Replaces everything with the given snapshot of the store.
    pub fn rebuild(&self, seq: i64, organizations: &[Change]) -> Result<usize, SearchError> {
        let mut writer = self.writer.lock().map_err(|_| SearchError::Poisoned)?;
        writer.delete_all_documents()?;
        let mut order: Vec<(u64, usize, usize)> = Vec::new();
        for (o, change) in organizations.iter().enumerate() {
            for (l, listing) in document::listings(&change.document).into_iter().enumerate() {
                order.push((document::build_order(listing, &self.places), o, l));
            }
        }
        order.sort_unstable();
        let mut progress = crate::progress::Progress::new("indexing listings", order.len());
        for (i, &(_, o, l)) in order.iter().enumerate() {
            progress.set(i + 1);
            let org = &organizations[o].document;
            let (service, location) = document::listings(org)[l];
            writer.add_document(document::document(
                org,
                service,
                location,
                &self.taxonomy,
                &self.places,
                &self.fields,
            ))?;
        }
        let count = order.len();
        self.commit(&mut writer, seq)?;
        // One segment after a full build: per-query work in tantivy grows with the
        // number of segments (each allocates its own union and bitset buffers).
        let segments = self.index.searchable_segment_ids()?;
        if segments.len() > 1 {
            writer.merge(&segments).wait()?;
            self.reload()?;
        }
        progress.finish();
        Ok(count)
    }

    /// Applies approved changes in feed order; each replaces its organization's documents.
    pub fn apply(&self, changes: &[Change]) -> Result<(), SearchError> {
        let Some(last) = changes.last() else {
            return Ok(());
        };
        let mut writer = self.writer.lock().map_err(|_| SearchError::Poisoned)?;
        for change in changes {
            writer.delete_term(Term::from_field_text(
                self.fields.org_id,
                &change.org_id.to_string(),
            ));
            for doc in
                document::documents(&change.document, &self.taxonomy, &self.places, &self.fields)
            {
                writer.add_document(doc)?;
            }
        }
        self.commit(&mut writer, last.seq)
    }

    fn commit(&self, writer: &mut IndexWriter, seq: i64) -> Result<(), SearchError> {
        let mut prepared = writer.prepare_commit()?;
        prepared.set_payload(&seq.to_string());
        prepared.commit()?;
        self.reload()
    }

    /// Brings the index up to the store's feed; returns how many changes were applied.
    pub async fn catch_up(&self, store: &dyn Store) -> Result<usize, SearchError> {
        let mut applied = 0;
        loop {
            let since = self.applied_seq()?;
            let changes = store.changes_since(since, 500).await?;
            if changes.is_empty() {
                return Ok(applied);
            }
            applied += changes.len();
            self.apply(&changes)?;
        }
    }

    /// Rebuilds from the store's current snapshot.
    pub async fn rebuild_from(&self, store: &dyn Store) -> Result<usize, SearchError> {
        let (seq, orgs) = store.snapshot().await?;
        self.rebuild(seq, &orgs)
    }

    pub fn num_docs(&self) -> u64 {
        self.snapshot().searcher.num_docs()
    }

    /// Bytes the in-memory columns hold, over every segment.
    pub fn columns_bytes(&self) -> usize {
        self.snapshot().columns.iter().map(|c| c.heap_bytes()).sum()
    }

    /// Every card of one service (one per location), for the service API.
    pub fn cards_of_service(&self, service: uuid::Uuid) -> Result<Vec<Card>, SearchError> {
        use tantivy::collector::TopDocs;
        use tantivy::query::TermQuery;
        use tantivy::schema::IndexRecordOption;
        let searcher = &self.snapshot().searcher;
        let term = Term::from_field_text(self.fields.service_id, &service.to_string());
        let query = TermQuery::new(term, IndexRecordOption::Basic);
        let top = searcher.search(&query, &TopDocs::with_limit(MAX_LOCATIONS).order_by_score())?;
        top.into_iter()
            .map(|(_, addr)| {
                let doc: TantivyDocument = searcher.doc(addr)?;
                Ok(self.card_of(&doc))
            })
            .collect()
    }

    fn card_of(&self, doc: &TantivyDocument) -> Card {
        let json = doc
            .get_first(self.fields.card)
            .and_then(|v| v.as_str())
            .unwrap_or("{}");
        serde_json::from_str(json).expect("cards written by this version parse")
    }
}

impl Snapshot {
    /// Columns are built for new segments only; the others are shared with `previous`.
    fn of(
        searcher: Searcher,
        fields: &Fields,
        previous: Option<&Snapshot>,
    ) -> Result<Snapshot, SearchError> {
        let known: HashMap<SegmentId, &Columns> = previous
            .map(|p| {
                p.searcher
                    .segment_readers()
                    .iter()
                    .map(|s| s.segment_id())
                    .zip(&p.columns)
                    .collect()
            })
            .unwrap_or_default();
        let columns = searcher
            .segment_readers()
            .iter()
            .map(|segment| match known.get(&segment.segment_id()) {
                Some(columns) => Ok(Arc::clone(columns)),
                None => Ok(Arc::new(SegmentColumns::load(segment, fields)?)),
            })
            .collect::<Result<_, SearchError>>()?;
        Ok(Snapshot { searcher, columns })
    }
}

//! The search index: derived from the store, rebuildable at any time, following the
//! change feed. The last applied feed position is stored in each index commit.

mod document;
mod query;
mod schema;

use std::path::Path;
use std::sync::{Arc, Mutex};

use tantivy::directory::MmapDirectory;
use tantivy::schema::Value;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

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
}

impl SearchIndex {
    /// Opens the index in `dir`, creating it if needed. An index built with another
    /// schema (an older release) is discarded: it is derived and will be rebuilt.
    pub fn open(
        dir: &Path,
        taxonomy: Arc<Taxonomy>,
        places: Arc<Gazetteer>,
    ) -> Result<SearchIndex, SearchError> {
        let (schema, fields) = build_schema();
        std::fs::create_dir_all(dir)?;
        let existing = Index::open_in_dir(dir).ok();
        let index = match existing {
            Some(index) if index.schema() == schema => index,
            Some(_) => {
                std::fs::remove_dir_all(dir)?;
                std::fs::create_dir_all(dir)?;
                Index::create(MmapDirectory::open(dir)?, schema, Default::default())?
            }
            None => Index::create(MmapDirectory::open(dir)?, schema, Default::default())?,
        };
        Self::wrap(index, fields, taxonomy, places)
    }

    /// An index in memory, for tests and benchmarks.
    pub fn in_ram(
        taxonomy: Arc<Taxonomy>,
        places: Arc<Gazetteer>,
    ) -> Result<SearchIndex, SearchError> {
        let (schema, fields) = build_schema();
        Self::wrap(Index::create_in_ram(schema), fields, taxonomy, places)
    }

    fn wrap(
        index: Index,
        fields: Fields,
        taxonomy: Arc<Taxonomy>,
        places: Arc<Gazetteer>,
    ) -> Result<SearchIndex, SearchError> {
        register_tokenizers(&index);
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let writer = index.writer_with_num_threads(WRITER_THREADS, WRITER_MEMORY)?;
        Ok(SearchIndex {
            index,
            reader,
            writer: Mutex::new(writer),
            fields,
            taxonomy,
            places,
        })
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
            self.reader.reload()?;
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
        self.reader.reload()?;
        Ok(())
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
        self.reader.searcher().num_docs()
    }

    /// Every card of one service (one per location), for the service API.
    pub fn cards_of_service(&self, service: uuid::Uuid) -> Result<Vec<Card>, SearchError> {
        use tantivy::collector::TopDocs;
        use tantivy::query::TermQuery;
        use tantivy::schema::IndexRecordOption;
        let searcher = self.reader.searcher();
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

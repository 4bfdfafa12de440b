//! Result cards, decoded once and kept while they are asked for. Reading a card from the
//! index means decompressing its document-store block and parsing its JSON: more than the
//! whole rest of a search at 100k services. Searches at one place keep returning the same
//! few hundred cards, so the recently shown ones are kept, up to a fixed count.
//!
//! Keys are (segment, document): segments never change, so a kept card is never stale; a
//! merged or deleted segment's cards are simply no longer asked for and age out.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tantivy::DocId;
use tantivy::index::SegmentId;

use super::document::Card;

type Key = (SegmentId, DocId);

pub type CardCache = Recent<Card>;

/// Two generations: a card asked for is kept in (or moved to) the young one; when the
/// young one is full the old one is dropped and the young one becomes old. At most
/// `capacity` cards are held, and every card asked for within the last `capacity / 2`
/// distinct cards is among them. A capacity under 2 keeps none.
pub struct Recent<V> {
    half: usize,
    generations: Mutex<Generations<V>>,
}

struct Generations<V> {
    young: HashMap<Key, Arc<V>>,
    old: HashMap<Key, Arc<V>>,
}

impl<V> Recent<V> {
    pub fn new(capacity: usize) -> Recent<V> {
        Recent {
            half: capacity / 2,
            generations: Mutex::new(Generations {
                young: HashMap::new(),
                old: HashMap::new(),
            }),
        }
    }

    /// The card at `key`, decoded by `read` only when it is not kept.
    pub fn get_or_read<E>(
        &self,
        key: Key,
        read: impl FnOnce() -> Result<V, E>,
    ) -> Result<Arc<V>, E> {
        if self.half == 0 {
            return read().map(Arc::new);
        }
        if let Some(card) = self.lock().take(&key, self.half) {
            return Ok(card);
        }
        let card = Arc::new(read()?);
        self.lock().keep(key, card.clone(), self.half);
        Ok(card)
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        let g = self.lock();
        g.young.len() + g.old.len()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Generations<V>> {
        // A panic elsewhere cannot leave a half-written entry: the maps are always whole.
        self.generations
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl<V> Generations<V> {
    fn take(&mut self, key: &Key, half: usize) -> Option<Arc<V>> {
        if let Some(card) = self.young.get(key) {
            return Some(card.clone());
        }
        let card = self.old.remove(key)?;
        self.keep(*key, card.clone(), half);
        Some(card)
    }

    fn keep(&mut self, key: Key, card: Arc<V>, half: usize) {
        if self.young.len() >= half {
            self.old = std::mem::take(&mut self.young);
        }
        self.young.insert(key, card);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(segment: SegmentId, doc: DocId) -> Key {
        (segment, doc)
    }

    #[test]
    fn a_kept_value_is_read_once_and_the_count_stays_bounded() {
        let cache: Recent<u32> = Recent::new(4);
        let segment = SegmentId::generate_random();
        let mut reads = 0;
        let mut get = |doc: DocId| {
            *cache
                .get_or_read(key(segment, doc), || {
                    reads += 1;
                    Ok::<_, ()>(doc * 10)
                })
                .unwrap()
        };
        assert_eq!(get(1), 10);
        assert_eq!(get(1), 10);
        for doc in 2..20 {
            get(doc);
        }
        assert_eq!(reads, 19);
        assert!(cache.len() <= 4, "{}", cache.len());
    }

    #[test]
    fn what_is_asked_for_often_survives_a_stream_of_others() {
        let cache: Recent<u32> = Recent::new(4);
        let segment = SegmentId::generate_random();
        let read = |doc| move || Ok::<_, ()>(doc);
        let mut reads_of_hot = 0;
        for doc in 100..200 {
            cache.get_or_read(key(segment, doc), read(doc)).unwrap();
            cache
                .get_or_read(key(segment, 7), || {
                    reads_of_hot += 1;
                    Ok::<_, ()>(7)
                })
                .unwrap();
        }
        assert_eq!(reads_of_hot, 1);
    }

    #[test]
    fn no_capacity_keeps_nothing() {
        let cache: Recent<u32> = Recent::new(0);
        let segment = SegmentId::generate_random();
        let mut reads = 0;
        for _ in 0..3 {
            cache
                .get_or_read(key(segment, 1), || {
                    reads += 1;
                    Ok::<_, ()>(1)
                })
                .unwrap();
        }
        assert_eq!((reads, cache.len()), (3, 0));
    }

    #[test]
    fn segments_do_not_share_documents() {
        let cache: Recent<&str> = Recent::new(8);
        let (a, b) = (SegmentId::generate_random(), SegmentId::generate_random());
        cache.get_or_read(key(a, 1), || Ok::<_, ()>("a")).unwrap();
        let from_b = cache.get_or_read(key(b, 1), || Ok::<_, ()>("b")).unwrap();
        assert_eq!(*from_b, "b");
    }
}

//! A plain bitset over one segment's document ids: the search plan combines filters a
//! word (64 documents) at a time.

use tantivy::DocId;

#[derive(Debug, Clone)]
pub struct DocBits {
    words: Vec<u64>,
}

impl DocBits {
    pub fn empty(max_doc: DocId) -> DocBits {
        DocBits {
            words: vec![0; (max_doc as usize).div_ceil(64)],
        }
    }

    pub fn full(max_doc: DocId) -> DocBits {
        let mut bits = DocBits {
            words: vec![u64::MAX; (max_doc as usize).div_ceil(64)],
        };
        let tail = max_doc % 64;
        if tail != 0
            && let Some(last) = bits.words.last_mut()
        {
            *last = (1u64 << tail) - 1;
        }
        bits
    }

    #[inline]
    pub fn insert(&mut self, doc: DocId) {
        self.words[(doc / 64) as usize] |= 1 << (doc % 64);
    }

    #[inline]
    pub fn contains(&self, doc: DocId) -> bool {
        self.words[(doc / 64) as usize] & (1 << (doc % 64)) != 0
    }

    pub fn intersect(&mut self, other: &DocBits) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= b;
        }
    }

    pub fn subtract(&mut self, other: &DocBits) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= !b;
        }
    }

    pub fn union(&mut self, other: &DocBits) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a |= b;
        }
    }

    /// The documents in the set, in increasing order.
    pub fn iter(&self) -> impl Iterator<Item = DocId> + '_ {
        self.words.iter().enumerate().flat_map(|(i, &word)| {
            let base = i as DocId * 64;
            let mut rest = word;
            std::iter::from_fn(move || {
                if rest == 0 {
                    return None;
                }
                let bit = rest.trailing_zeros();
                rest &= rest - 1;
                Some(base + bit)
            })
        })
    }

    /// How many documents are in the set.
    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    pub fn heap_bytes(&self) -> usize {
        self.words.len() * 8
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_set_holds_exactly_the_segments_documents() {
        let bits = DocBits::full(130);
        assert_eq!(bits.iter().count(), 130);
        assert_eq!(bits.iter().last(), Some(129));
        assert!(DocBits::full(128).iter().eq(0..128));
    }

    #[test]
    fn sets_combine_word_by_word() {
        let mut a = DocBits::empty(200);
        let mut b = DocBits::empty(200);
        for doc in [1, 64, 65, 199] {
            a.insert(doc);
        }
        for doc in [64, 199, 3] {
            b.insert(doc);
        }
        let mut both = a.clone();
        both.intersect(&b);
        assert_eq!(both.iter().collect::<Vec<_>>(), [64, 199]);
        let mut only_a = a.clone();
        only_a.subtract(&b);
        assert_eq!(only_a.iter().collect::<Vec<_>>(), [1, 65]);
        a.union(&b);
        assert_eq!(a.iter().collect::<Vec<_>>(), [1, 3, 64, 65, 199]);
        assert!(!a.contains(2) && a.contains(1));
        assert_eq!(
            (a.count(), both.count(), DocBits::full(130).count()),
            (5, 2, 130)
        );
    }
}

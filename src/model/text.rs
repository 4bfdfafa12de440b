use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Text in several locales. Each entry says whether a fluent person reviewed it: the
/// page labels drafts, and safety-critical drafts show the original beside them.
///
/// Written as a map from locale to entry. Held as a short list sorted by locale: a text
/// has a handful of locales, and every search result carries several texts, so a list
/// costs a fraction of a map's memory and is as quick to read.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LocalizedText(Vec<(String, LocalizedEntry)>);

/// Written as a bare string (an original) or as a table with its review status.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum LocalizedEntry {
    /// Written straight from the sources, in the language it was written in.
    Original(String),
    Translated(Translation),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Translation {
    pub text: String,
    pub status: TextStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewed_on: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextStatus {
    Original,
    Reviewed,
    Draft,
}

impl LocalizedEntry {
    pub fn text(&self) -> &str {
        match self {
            LocalizedEntry::Original(text) => text,
            LocalizedEntry::Translated(t) => &t.text,
        }
    }

    pub fn status(&self) -> TextStatus {
        match self {
            LocalizedEntry::Original(_) => TextStatus::Original,
            LocalizedEntry::Translated(t) => t.status,
        }
    }
}

impl LocalizedText {
    pub fn en(text: impl Into<String>) -> Self {
        LocalizedText(vec![("en".into(), LocalizedEntry::Original(text.into()))])
    }

    /// Sets the entry for `locale`, replacing any there was.
    pub fn insert(&mut self, locale: impl Into<String>, entry: LocalizedEntry) {
        let locale = locale.into();
        match self.position(&locale) {
            Ok(i) => self.0[i].1 = entry,
            Err(i) => self.0.insert(i, (locale, entry)),
        }
    }

    pub fn remove(&mut self, locale: &str) -> Option<LocalizedEntry> {
        self.position(locale).ok().map(|i| self.0.remove(i).1)
    }

    pub fn entry(&self, locale: &str) -> Option<&LocalizedEntry> {
        self.position(locale).ok().map(|i| &self.0[i].1)
    }

    /// How many locales have an entry.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    fn position(&self, locale: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(l, _)| l.as_str().cmp(locale))
    }

    fn values(&self) -> impl Iterator<Item = &LocalizedEntry> {
        self.0.iter().map(|(_, e)| e)
    }

    /// The text for `locale`, falling back to the original (the first untranslated
    /// entry), then English, then anything.
    pub fn best(&self, locale: &str) -> Option<&LocalizedEntry> {
        self.entry(locale)
            .or_else(|| self.values().find(|e| e.status() == TextStatus::Original))
            .or_else(|| self.entry("en"))
            .or_else(|| self.values().next())
    }

    pub fn text(&self, locale: &str) -> &str {
        self.best(locale).map(LocalizedEntry::text).unwrap_or("")
    }

    pub fn get(&self, locale: &str) -> Option<&str> {
        self.entry(locale).map(LocalizedEntry::text)
    }

    /// The original: the first entry written straight from the sources.
    pub fn original(&self) -> Option<&LocalizedEntry> {
        self.values().find(|e| e.status() == TextStatus::Original)
    }

    pub fn is_empty(&self) -> bool {
        self.values().all(|e| e.text().trim().is_empty())
    }

    pub fn entries(&self) -> impl Iterator<Item = (&str, &LocalizedEntry)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }
}

impl<L: Into<String>> FromIterator<(L, LocalizedEntry)> for LocalizedText {
    /// A later entry for the same locale replaces an earlier one, as in a map.
    fn from_iter<I: IntoIterator<Item = (L, LocalizedEntry)>>(entries: I) -> Self {
        let mut text = LocalizedText::default();
        for (locale, entry) in entries {
            text.insert(locale, entry);
        }
        text
    }
}

impl Serialize for LocalizedText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (locale, entry) in &self.0 {
            map.serialize_entry(locale, entry)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for LocalizedText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Entries;
        impl<'de> Visitor<'de> for Entries {
            type Value = LocalizedText;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a table of texts by locale")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<LocalizedText, A::Error> {
                let mut text = LocalizedText(Vec::with_capacity(map.size_hint().unwrap_or(2)));
                while let Some((locale, entry)) = map.next_entry::<String, LocalizedEntry>()? {
                    text.insert(locale, entry);
                }
                Ok(text)
            }
        }
        deserializer.deserialize_map(Entries)
    }
}

/// By hand rather than `untagged`: serde's untagged enums buffer every value before
/// trying each variant, which made reading a result card several times slower.
impl<'de> Deserialize<'de> for LocalizedEntry {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Entry;
        impl<'de> Visitor<'de> for Entry {
            type Value = LocalizedEntry;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a text, or a table with `text` and `status`")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<LocalizedEntry, E> {
                Ok(LocalizedEntry::Original(text.to_string()))
            }
            fn visit_string<E: de::Error>(self, text: String) -> Result<LocalizedEntry, E> {
                Ok(LocalizedEntry::Original(text))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<LocalizedEntry, A::Error> {
                Translation::deserialize(de::value::MapAccessDeserializer::new(map))
                    .map(LocalizedEntry::Translated)
            }
        }
        deserializer.deserialize_any(Entry)
    }
}

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Text in several locales. Each entry says whether a fluent person reviewed it: the
/// page labels drafts, and safety-critical drafts show the original beside them.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LocalizedText(pub BTreeMap<String, LocalizedEntry>);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
        let mut map = BTreeMap::new();
        map.insert("en".to_string(), LocalizedEntry::Original(text.into()));
        LocalizedText(map)
    }

    /// The text for `locale`, falling back to the original (the first untranslated
    /// entry), then English, then anything.
    pub fn best(&self, locale: &str) -> Option<&LocalizedEntry> {
        self.0
            .get(locale)
            .or_else(|| self.0.values().find(|e| e.status() == TextStatus::Original))
            .or_else(|| self.0.get("en"))
            .or_else(|| self.0.values().next())
    }

    pub fn text(&self, locale: &str) -> &str {
        self.best(locale).map(LocalizedEntry::text).unwrap_or("")
    }

    pub fn get(&self, locale: &str) -> Option<&str> {
        self.0.get(locale).map(LocalizedEntry::text)
    }

    pub fn is_empty(&self) -> bool {
        self.0.values().all(|e| e.text().trim().is_empty())
    }

    pub fn entries(&self) -> impl Iterator<Item = (&str, &LocalizedEntry)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }
}

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::{LocalizedText, Source};

/// `data/taxonomy.toml`: the needs a person can search for.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Taxonomy {
    pub needs: Vec<Need>,
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Need {
    pub id: String,
    #[schema(value_type = BTreeMap<String, Object>)]
    pub name: LocalizedText,
    #[serde(default)]
    #[schema(value_type = BTreeMap<String, Object>)]
    pub description: LocalizedText,
    /// Locale → words people type for this need.
    #[serde(default)]
    pub synonyms: BTreeMap<String, Vec<String>>,
}

impl Taxonomy {
    pub fn contains(&self, id: &str) -> bool {
        self.needs.iter().any(|n| n.id == id)
    }
}

/// `data/languages.toml`: the one language table (DESIGN.md, Contracts).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct LanguageTable {
    #[serde(default)]
    pub sources: Vec<Source>,
    pub languages: Vec<Language>,
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Language {
    /// ISO 639-3.
    pub code: String,
    /// The BCP 47 tag, where it is not `code` (the ISO 639-1 code, when one exists).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// The BCP 47 tag of the UI locale, for languages Faro's interface speaks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    pub english: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autonym: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autonym_status: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub autonym_sources: Vec<String>,
    pub direction: String,
    #[serde(default)]
    pub sms_words: Vec<String>,
}

impl Language {
    /// The tag for an HTML `lang` attribute.
    pub fn bcp47(&self) -> &str {
        self.tag.as_deref().unwrap_or(&self.code)
    }
}

impl LanguageTable {
    pub fn get(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    pub fn by_locale(&self, locale: &str) -> Option<&Language> {
        self.languages
            .iter()
            .find(|l| l.locale.as_deref() == Some(locale))
    }
}

use serde::{Deserialize, Serialize};

/// How sure Faro is of one fact, from the kind of source that states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Seen on the responsible agency's own page, or in statute text.
    Confirmed,
    /// Seen only on third-party pages.
    Secondary,
    /// Sources disagree: never shown as confirmed.
    Conflicting,
    /// No source says.
    Unknown,
}

/// A moderator's (or the owning NGO's) check of a fact against the live page or line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct LiveCheck {
    pub on: String,
    pub by: String,
    pub method: CheckMethod,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CheckMethod {
    Web,
    Call,
}

/// One fact and its verification. `sources` are ids of the organization's `[[sources]]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact<T> {
    pub value: T,
    pub status: Status,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub live_check: Option<LiveCheck>,
}

impl<T> Fact<T> {
    pub fn unknown(value: T) -> Self {
        Fact {
            value,
            status: Status::Unknown,
            sources: Vec::new(),
            live_check: None,
        }
    }

    /// A fact that says something: sourced and not merely "unknown".
    pub fn is_known(&self) -> bool {
        self.status != Status::Unknown
    }
}

/// A source an organization's facts cite.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub id: String,
    pub url: String,
    /// `YYYY-MM-DD` or `undated`: the source's own date, not when it was read.
    pub date: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// A fact's verification as the API and pages show it: sources resolved to URLs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Verification {
    pub status: Status,
    pub sources: Vec<String>,
    /// The newest date among the cited sources, or `undated`.
    pub source_date: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub live_check: Option<LiveCheck>,
}

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::fact::{Fact, Source, Status, Verification};
use super::ids;
use super::schedule::Schedule;
use super::text::LocalizedText;

/// One organization: the versioned document the store keeps and the public sees.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organization {
    pub slug: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Uuid>,
    pub kind: OrgKind,
    #[serde(default)]
    pub owner: Owner,
    pub name: LocalizedText,
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub description: LocalizedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// Domains of the organization's own pages: only these can confirm a fact.
    #[serde(default)]
    pub agency_domains: Vec<String>,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub services: Vec<Service>,
    /// Withdrawing a listing is a revision that sets this; nothing is deleted.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub withdrawn: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrgKind {
    Ngo,
    Government,
    /// An imported record that does not say (HSDS has no such field): a moderator decides.
    Unknown,
}

/// Who keeps a listing true: Faro's moderators own the national and state lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Owner {
    #[default]
    Faro,
    Org,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub slug: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Uuid>,
    pub name: LocalizedText,
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub description: LocalizedText,
    #[serde(default)]
    pub needs: Vec<String>,
    #[serde(default)]
    pub audiences: Vec<Audience>,
    pub operator_kind: OperatorKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ages: Option<AgeRange>,
    pub cost: Fact<Cost>,
    pub area: ServiceArea,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state_line: Option<StateLine>,
    #[serde(default)]
    pub channels: Vec<Channel>,
    #[serde(default)]
    pub locations: Vec<Location>,
    /// A moderator took the service off the site while it is checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hold: Option<Hold>,
}

/// A moderator's hold: the service or channel leaves search, the router and phone
/// replies, and its page says it is being checked, until the hold is released.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hold {
    /// The day it began (UTC).
    pub since: String,
    pub by: String,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    Child,
    Sponsor,
    Community,
    Professional,
}

impl Audience {
    pub const ALL: [Audience; 4] = [
        Audience::Child,
        Audience::Sponsor,
        Audience::Community,
        Audience::Professional,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Audience::Child => "child",
            Audience::Sponsor => "sponsor",
            Audience::Community => "community",
            Audience::Professional => "professional",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum OperatorKind {
    Emergency,
    LawEnforcement,
    ImmigrationEnforcement,
    ChildProtection,
    Government,
    Ngo,
    /// An imported record that does not say who runs the service.
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgeRange {
    pub min: Option<u8>,
    pub max: Option<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Cost {
    Free,
    Fee,
    Unknown,
}

impl Cost {
    pub fn as_str(self) -> &'static str {
        match self {
            Cost::Free => "free",
            Cost::Fee => "fee",
            Cost::Unknown => "unknown",
        }
    }
}

/// Where a service serves people. A place outside it never sees the service.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum ServiceArea {
    National,
    States {
        states: Vec<String>,
    },
    /// 5-digit county FIPS codes.
    Counties {
        counties: Vec<String>,
    },
    Radius {
        location: String,
        km: f64,
    },
    /// A GeoJSON Polygon or MultiPolygon, in lon/lat.
    Polygon {
        geojson: String,
    },
    /// The sources do not say (an imported record): no place search finds the service
    /// until a moderator sets its area.
    Unknown,
}

/// Marks a state's child-abuse reporting service, and whether the state has one line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StateLine {
    pub state: String,
    pub statewide: Fact<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    pub slug: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Uuid>,
    pub kind: ChannelKind,
    pub contact: Fact<String>,
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub label: LocalizedText,
    /// SMS keyword per locale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keywords: Option<Fact<BTreeMap<String, String>>>,
    pub reach: Fact<Reach>,
    /// ISO 639-3 codes of languages the staff speak.
    pub languages: Fact<LanguageList>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interpretation: Option<Fact<LocalizedText>>,
    pub hours: Fact<Schedule>,
    pub what_happens: Fact<Knowable<LocalizedText>>,
    pub confidentiality: Confidentiality,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hold: Option<Hold>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ChannelKind {
    Voice,
    Sms,
    Chat,
    WebForm,
    Email,
    WalkIn,
    Tty,
    Whatsapp,
}

impl ChannelKind {
    pub const ALL: [ChannelKind; 8] = [
        ChannelKind::Voice,
        ChannelKind::Sms,
        ChannelKind::Chat,
        ChannelKind::WebForm,
        ChannelKind::Email,
        ChannelKind::WalkIn,
        ChannelKind::Tty,
        ChannelKind::Whatsapp,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ChannelKind::Voice => "voice",
            ChannelKind::Sms => "sms",
            ChannelKind::Chat => "chat",
            ChannelKind::WebForm => "web_form",
            ChannelKind::Email => "email",
            ChannelKind::WalkIn => "walk_in",
            ChannelKind::Tty => "tty",
            ChannelKind::Whatsapp => "whatsapp",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn is_phone(self) -> bool {
        matches!(
            self,
            ChannelKind::Voice | ChannelKind::Sms | ChannelKind::Tty | ChannelKind::Whatsapp
        )
    }
}

/// From where a channel can be reached.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Reach {
    Named(ReachKind),
    States(Vec<String>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReachKind {
    Anywhere,
    InState,
    OutOfState,
    /// The sources do not say from where it can be reached.
    Unknown,
}

/// A value that the sources may not give: `"unknown"` in the data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Knowable<T> {
    Unknown(UnknownMarker),
    Known(T),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnknownMarker {
    Unknown,
}

impl<T> Knowable<T> {
    pub fn known(&self) -> Option<&T> {
        match self {
            Knowable::Known(v) => Some(v),
            Knowable::Unknown(_) => None,
        }
    }
}

pub type LanguageList = Knowable<Vec<String>>;

/// Who a line may tell about a call concerning a child under 18.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Confidentiality {
    pub tells_police: Fact<Telling>,
    pub tells_cps: Fact<Telling>,
    pub tells_immigration: Fact<Telling>,
    pub anonymous_ok: Fact<YesNoUnknown>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Fact<LocalizedText>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Telling {
    Never,
    WithConsent,
    WhenRequired,
    Always,
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum YesNoUnknown {
    Yes,
    No,
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Location {
    pub slug: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Uuid>,
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub name: LocalizedText,
    /// A shelter's or safe house's address is never shown, indexed or exported.
    #[serde(default)]
    pub confidential_address: bool,
    pub address: Fact<Address>,
    /// An exact point, when the source gives one; otherwise the ZIP's centroid is used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub point: Option<LatLon>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Address {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street: Option<String>,
    pub city: String,
    pub state: String,
    pub zip: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct LatLon {
    pub lat: f64,
    pub lon: f64,
}

impl Organization {
    pub fn uuid(&self) -> Uuid {
        self.id.unwrap_or_else(|| ids::derive(&[&self.slug]))
    }

    pub fn service_uuid(&self, service: &Service) -> Uuid {
        service
            .id
            .unwrap_or_else(|| ids::derive(&[&self.slug, &service.slug]))
    }

    pub fn channel_uuid(&self, service: &Service, channel: &Channel) -> Uuid {
        channel
            .id
            .unwrap_or_else(|| ids::derive(&[&self.slug, &service.slug, &channel.slug]))
    }

    pub fn location_uuid(&self, service: &Service, location: &Location) -> Uuid {
        location
            .id
            .unwrap_or_else(|| ids::derive(&[&self.slug, &service.slug, &location.slug]))
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The fact's verification with its source ids resolved to URLs and the newest date.
    pub fn verification<T>(&self, fact: &Fact<T>) -> Verification {
        let cited: Vec<&Source> = fact
            .sources
            .iter()
            .filter_map(|id| self.source(id))
            .collect();
        let source_date = cited
            .iter()
            .map(|s| s.date.as_str())
            .filter(|d| *d != "undated")
            .max()
            .unwrap_or("undated")
            .to_string();
        Verification {
            status: fact.status,
            sources: cited.iter().map(|s| s.url.clone()).collect(),
            source_date,
            live_check: fact.live_check.clone(),
        }
    }
}

impl Service {
    pub fn is_national(&self) -> bool {
        matches!(self.area, ServiceArea::National)
    }

    /// All staff languages across channels (interpretation does not count).
    pub fn staff_languages(&self) -> Vec<String> {
        let mut langs: Vec<String> = self
            .channels
            .iter()
            .filter(|c| c.languages.status != Status::Unknown)
            .filter_map(|c| c.languages.value.known())
            .flatten()
            .cloned()
            .collect();
        langs.sort();
        langs.dedup();
        langs
    }
}

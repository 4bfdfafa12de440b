use serde::{Deserialize, Serialize};

/// When a channel answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Schedule {
    /// Around the clock, every day.
    Always,
    /// The sources do not say.
    Unknown,
    Weekly(WeeklyHours),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WeeklyHours {
    /// An IANA zone, or `caller_local` for hours kept in each caller's own time zone.
    pub zone: String,
    pub periods: Vec<Period>,
    /// Dates (`YYYY-MM-DD`) on which the channel is closed, such as holidays.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub closed_on: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// `mon-fri`, `sat`, or a comma list such as `mon,wed`.
    pub days: String,
    /// `HH:MM`, 24-hour.
    pub opens: String,
    /// `HH:MM`, 24-hour; `24:00` is the end of the day.
    pub closes: String,
}

pub const CALLER_LOCAL: &str = "caller_local";

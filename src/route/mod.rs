//! The hotline router: a person's situation → one first step and alternatives, each with
//! what happens, who they may tell, and whether it is open now.

mod rules;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use rules::Rules;
use rules::{STATE_LABOR, STATE_LINE, Step, state_labor_id, state_line_id};

use crate::hours::{OpenNow, open_now};
use crate::model::{ChannelKind, OperatorKind, Reach, ReachKind, Telling, YesNoUnknown};
use crate::place::Place;
use crate::search::{Card, ChannelCard, SearchError, SearchIndex};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Asker {
    Child,
    Sponsor,
    Community,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Situation {
    Labor,
    Sexual,
    Online,
    Abuse,
    LostContact,
    Legal,
    Shelter,
    Talk,
}

impl Situation {
    pub const ALL: [Situation; 8] = [
        Situation::Labor,
        Situation::Sexual,
        Situation::Online,
        Situation::Abuse,
        Situation::LostContact,
        Situation::Legal,
        Situation::Shelter,
        Situation::Talk,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Situation::Labor => "labor",
            Situation::Sexual => "sexual",
            Situation::Online => "online",
            Situation::Abuse => "abuse",
            Situation::LostContact => "lost_contact",
            Situation::Legal => "legal",
            Situation::Shelter => "shelter",
            Situation::Talk => "talk",
        }
    }
}

/// A way of reaching help the person says is safe for them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Way {
    Call,
    Text,
    Chat,
    Web,
    InPerson,
}

impl Way {
    pub const ALL: [Way; 5] = [Way::Call, Way::Text, Way::Chat, Way::Web, Way::InPerson];

    fn allows(self, kind: ChannelKind) -> bool {
        matches!(
            (self, kind),
            (Way::Call, ChannelKind::Voice | ChannelKind::Tty)
                | (Way::Text, ChannelKind::Sms | ChannelKind::Whatsapp)
                | (Way::Chat, ChannelKind::Chat)
                | (Way::Web, ChannelKind::WebForm | ChannelKind::Email)
                | (Way::InPerson, ChannelKind::WalkIn)
        )
    }
}

/// The router's question, as in DESIGN.md's Contracts (the place already resolved).
#[derive(Debug, Clone)]
pub struct Question {
    pub asker: Asker,
    pub danger_now: bool,
    pub situation: Situation,
    pub lang: Option<String>,
    /// Empty means any way is fine.
    pub ways: Vec<Way>,
    pub wants_police: bool,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Confidentiality {
    pub tells_police: Telling,
    pub tells_cps: Telling,
    pub tells_immigration: Telling,
    pub anonymous_ok: YesNoUnknown,
}

/// One recommendation: a service, the way to reach it, and the truth about that way.
#[derive(Debug, Clone)]
pub struct Recommendation {
    pub card: Card,
    pub channel: ChannelCard,
    /// Fluent id of the reason for this step.
    pub reason: String,
    pub open_now: OpenNow,
    /// When a closed channel next opens, in its own (or the caller's) time zone.
    pub opens_at: Option<DateTime<Tz>>,
    /// Staff speak the person's language on this channel (None: no language asked, or unknown).
    pub speaks_language: Option<bool>,
    /// The channel is one of the ways the person said are safe.
    pub way_chosen: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Note {
    /// The child's state has no statewide line: 211 and Childhelp can find the county.
    NoStatewideLine,
    /// No place was given, so no state line could be chosen.
    NoPlace,
    /// Nothing fits the ways chosen: other ways are listed, marked.
    NoChosenWay,
    /// Police reporting was asked for: law-enforcement lines are included and labelled.
    PoliceLinesIncluded,
}

#[derive(Debug, Clone)]
pub struct Answer {
    pub first: Recommendation,
    pub alternatives: Vec<Recommendation>,
    pub notes: Vec<Note>,
}

pub struct Router {
    rules: Rules,
}

impl Router {
    pub fn new(rules: Rules) -> Router {
        Router { rules }
    }

    pub fn rules(&self) -> &Rules {
        &self.rules
    }

    /// Never empty: every rule ends in lines that serve everyone, and an unresolvable
    /// list falls back to the emergency step.
    pub fn route(
        &self,
        index: &SearchIndex,
        q: &Question,
        place: Option<&Place>,
        now: DateTime<Utc>,
    ) -> Result<Answer, SearchError> {
        let mut notes = Vec::new();
        let mut steps: Vec<&Step> = Vec::new();
        if q.danger_now {
            steps.push(&self.rules.emergency.step);
        }
        if let Some(rule) = self.rules.rule(q.situation) {
            steps.extend(rule.steps.iter());
        }
        if q.wants_police {
            steps.extend(self.rules.police.steps.iter());
            notes.push(Note::PoliceLinesIncluded);
        }

        let zone: Option<Tz> = place
            .and_then(|p| p.timezone.as_deref())
            .and_then(|z| z.parse().ok());
        let mut recs: Vec<Recommendation> = Vec::new();
        let mut seen: Vec<Uuid> = Vec::new();
        let mut add = |card: Card, reason: &str, recs: &mut Vec<Recommendation>| {
            if seen.contains(&card.service_id) {
                return;
            }
            // Immigration enforcement only ever comes from the police steps.
            if card.operator_kind == OperatorKind::ImmigrationEnforcement && !q.wants_police {
                return;
            }
            seen.push(card.service_id);
            if let Some(rec) = recommend(card, reason, q, now, zone) {
                recs.push(rec);
            }
        };
        for step in steps {
            match step.service.as_str() {
                STATE_LINE => match place {
                    None => notes.push(Note::NoPlace),
                    Some(p) => {
                        let Some(card) = first_card(index, state_line_id(&p.state))? else {
                            continue;
                        };
                        let statewide = card.statewide;
                        let elsewhere = out_of_state_channel(&card);
                        add(card.clone(), &step.reason, &mut recs);
                        // Someone outside the child's state cannot always reach the
                        // in-state number: the line's own number for them comes next.
                        let offered = |r: &Recommendation| r.card.service_id == card.service_id;
                        if let Some(channel) = elsewhere.filter(|c| {
                            recs.last()
                                .is_some_and(|r| offered(r) && r.channel.id != c.id)
                        }) {
                            recs.push(recommend_channel(
                                card,
                                channel,
                                OUT_OF_STATE_REASON,
                                q,
                                now,
                                zone,
                            ));
                        }
                        if !statewide {
                            notes.push(Note::NoStatewideLine);
                            for extra in &self.rules.no_statewide_line.steps {
                                if let Some(card) = step_card(index, extra)? {
                                    add(card, &extra.reason, &mut recs);
                                }
                            }
                        }
                    }
                },
                STATE_LABOR => {
                    if let Some(card) = place
                        .map(|p| first_card(index, state_labor_id(&p.state)))
                        .transpose()?
                        .flatten()
                    {
                        add(card, &step.reason, &mut recs);
                    }
                }
                _ => {
                    if let Some(card) = step_card(index, step)? {
                        add(card, &step.reason, &mut recs);
                    }
                }
            }
        }
        if recs.is_empty()
            && let Some(card) = step_card(index, &self.rules.emergency.step)?
        {
            add(card, &self.rules.emergency.step.reason, &mut recs);
        }
        // Danger keeps 911 first. Otherwise: ways the person chose before others, and an
        // open line before a closed one that fits as well (the sort is stable).
        let pinned = usize::from(q.danger_now && !recs.is_empty());
        recs[pinned..].sort_by_key(|r| (!r.way_chosen, r.open_now == OpenNow::No));
        if !q.ways.is_empty() && recs.iter().all(|r| !r.way_chosen) {
            notes.push(Note::NoChosenWay);
        }
        notes.dedup();
        let mut recs = recs.into_iter();
        let first = recs.next().expect("the emergency step always exists");
        Ok(Answer {
            first,
            alternatives: recs.collect(),
            notes,
        })
    }
}

fn first_card(index: &SearchIndex, service: Uuid) -> Result<Option<Card>, SearchError> {
    // A service on hold is never recommended: it is being checked.
    Ok(index
        .cards_of_service(service)?
        .into_iter()
        .find(|c| !c.on_hold))
}

fn step_card(index: &SearchIndex, step: &Step) -> Result<Option<Card>, SearchError> {
    match step.service_id() {
        Some(id) => first_card(index, id),
        None => Ok(None),
    }
}

/// The reason given for a state line's number for callers outside the state.
pub const OUT_OF_STATE_REASON: &str = "route-reason-state-line-elsewhere";

fn out_of_state_channel(card: &Card) -> Option<ChannelCard> {
    card.channels
        .iter()
        .find(|c| c.reach == Reach::Named(ReachKind::OutOfState))
        .cloned()
}

fn way_chosen(q: &Question, c: &ChannelCard) -> bool {
    q.ways.is_empty() || q.ways.iter().any(|w| w.allows(c.kind))
}

fn speaks_language(q: &Question, c: &ChannelCard) -> Option<bool> {
    match (&q.lang, &c.languages) {
        (Some(lang), Some(langs)) => Some(langs.contains(lang)),
        _ => None,
    }
}

/// Picks the channel to offer: a way the person chose, staff in their language, open now,
/// and a number for callers in the state before one only for callers outside it.
fn recommend(
    card: Card,
    reason: &str,
    q: &Question,
    now: DateTime<Utc>,
    zone: Option<Tz>,
) -> Option<Recommendation> {
    let channel = card
        .channels
        .iter()
        .min_by_key(|c| {
            let open = open_now(&c.hours, now, zone);
            (
                !way_chosen(q, c),
                speaks_language(q, c) == Some(false),
                open == OpenNow::No,
                open == OpenNow::Unknown,
                c.reach == Reach::Named(ReachKind::OutOfState),
            )
        })?
        .clone();
    Some(recommend_channel(card, channel, reason, q, now, zone))
}

fn recommend_channel(
    card: Card,
    channel: ChannelCard,
    reason: &str,
    q: &Question,
    now: DateTime<Utc>,
    zone: Option<Tz>,
) -> Recommendation {
    Recommendation {
        open_now: open_now(&channel.hours, now, zone),
        opens_at: crate::hours::opens_at(&channel.hours, now, zone),
        speaks_language: speaks_language(q, &channel),
        way_chosen: way_chosen(q, &channel),
        reason: reason.to_string(),
        channel,
        card,
    }
}

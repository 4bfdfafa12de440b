//! Search results as the page shows them: every string already in the reader's language.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::ctx::Ctx;
use super::format::{OpenState, hours_text, kind_label, open_for, open_state, reach_out, text};
use crate::data::LanguageTable;
use crate::model::ChannelKind;
use crate::place::DistanceBand;
use crate::search::{Card, Hit};

pub struct ResultItem {
    pub number: usize,
    pub name: String,
    pub name_draft: bool,
    pub href: String,
    pub organization: String,
    pub description: String,
    pub reasons: Vec<String>,
    pub distance: Option<String>,
    pub open: OpenState,
    pub cost: String,
    pub enforcement: bool,
    pub channels: Vec<ChannelItem>,
}

pub struct ChannelItem {
    pub kind: String,
    pub href: Option<String>,
    pub text: String,
    pub hours: String,
    pub open: OpenState,
    pub languages: String,
}

/// Staff languages by their own names where known, else in English.
pub fn language_name(languages: &LanguageTable, code: &str) -> String {
    languages
        .get(code)
        .map(|l| l.autonym.clone().unwrap_or_else(|| l.english.clone()))
        .unwrap_or_else(|| code.to_string())
}

pub fn distance_text(ctx: &Ctx, hit: &Hit) -> Option<String> {
    if let Some(km) = hit.distance_km {
        return Some(ctx.t1("distance-km", "km", &format!("{km:.0}")));
    }
    hit.distance_band.map(|band| {
        ctx.t(match band {
            DistanceBand::Within10Km => "distance-within-10",
            DistanceBand::Within25Km => "distance-within-25",
            DistanceBand::Within50Km => "distance-within-50",
            DistanceBand::Within100Km => "distance-within-100",
            DistanceBand::Over100Km => "distance-over-100",
        })
    })
}

pub fn item(
    ctx: &Ctx,
    number: usize,
    hit: &Hit,
    languages: &LanguageTable,
    now: DateTime<Utc>,
    zone: Option<Tz>,
) -> ResultItem {
    let card = &hit.card;
    let name = text(ctx, &card.name);
    ResultItem {
        number,
        name: name.text,
        name_draft: name.draft,
        href: format!("/{}/services/{}", ctx.locale, card.service_id),
        organization: text(ctx, &card.organization_name).text,
        description: text(ctx, &card.description).text,
        reasons: hit
            .reasons
            .iter()
            .map(|r| ctx.t(&format!("reason-{}", r.replace('_', "-"))))
            .collect(),
        distance: distance_text(ctx, hit),
        open: open_state(ctx, hit.open_now),
        cost: ctx.t(&format!("cost-{}", card.cost.as_str())),
        enforcement: card.operator_kind == crate::model::OperatorKind::ImmigrationEnforcement,
        channels: channels(ctx, card, languages, now, zone),
    }
}

fn channels(
    ctx: &Ctx,
    card: &Card,
    languages: &LanguageTable,
    now: DateTime<Utc>,
    zone: Option<Tz>,
) -> Vec<ChannelItem> {
    card.channels
        .iter()
        .filter(|c| c.kind != ChannelKind::WalkIn)
        .map(|c| {
            let (href, text) = reach_out(ctx, c);
            ChannelItem {
                kind: kind_label(ctx, c.kind),
                href,
                text,
                hours: hours_text(ctx, &c.hours),
                open: open_for(ctx, &c.hours, now, zone),
                languages: match &c.languages {
                    Some(codes) if !codes.is_empty() => codes
                        .iter()
                        .map(|code| language_name(languages, code))
                        .collect::<Vec<_>>()
                        .join(", "),
                    _ => ctx.t("languages-unknown"),
                },
            }
        })
        .collect()
}

//! Facts in plain words: numbers, hours, who a line tells, verification.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::ctx::Ctx;
use crate::hours::{OpenNow, open_now};
use crate::model::{
    CALLER_LOCAL, ChannelKind, Knowable, LocalizedText, Schedule, Status, Telling, TextStatus,
    Verification, YesNoUnknown,
};

/// "+18883737888" → "1-888-373-7888"; short codes stay as they are.
pub fn display_phone(number: &str) -> String {
    match number.strip_prefix("+1") {
        Some(rest) if rest.len() == 10 => {
            format!("1-{}-{}-{}", &rest[..3], &rest[3..6], &rest[6..])
        }
        _ => number.to_string(),
    }
}

/// Where tapping the contact goes: a call, a text with the keyword filled in, a web page.
pub fn contact_href(kind: ChannelKind, contact: &str, keyword: Option<&str>) -> Option<String> {
    match kind {
        ChannelKind::Voice | ChannelKind::Tty => Some(format!("tel:{contact}")),
        ChannelKind::Sms => Some(match keyword {
            Some(k) => format!(
                "sms:{contact}?body={}",
                url::form_urlencoded::byte_serialize(k.as_bytes()).collect::<String>()
            ),
            None => format!("sms:{contact}"),
        }),
        ChannelKind::Whatsapp => Some(format!("https://wa.me/{}", contact.trim_start_matches('+'))),
        ChannelKind::Chat | ChannelKind::WebForm => Some(contact.to_string()),
        ChannelKind::Email => Some(format!("mailto:{contact}")),
        ChannelKind::WalkIn => None,
    }
}

pub fn contact_text(kind: ChannelKind, contact: &str) -> String {
    match kind {
        k if k.is_phone() => display_phone(contact),
        ChannelKind::Chat | ChannelKind::WebForm => url::Url::parse(contact)
            .ok()
            .and_then(|u| {
                u.host_str()
                    .map(|h| format!("{h}{}", u.path().trim_end_matches('/')))
            })
            .unwrap_or_else(|| contact.to_string()),
        _ => contact.to_string(),
    }
}

/// Where tapping goes and what the link says, keyword included ("Text HELP to 233733").
pub fn reach_out(ctx: &Ctx, c: &crate::search::ChannelCard) -> (Option<String>, String) {
    let keyword = c.keyword(ctx.locale);
    let text = match keyword {
        Some(k) => format!(
            "{} {}",
            ctx.t1("text-keyword", "keyword", k),
            contact_text(c.kind, &c.contact)
        ),
        None => contact_text(c.kind, &c.contact),
    };
    (contact_href(c.kind, &c.contact, keyword), text)
}

pub fn kind_label(ctx: &Ctx, kind: ChannelKind) -> String {
    ctx.t(&format!("channel-{}", kind.as_str().replace('_', "-")))
}

pub fn hours_text(ctx: &Ctx, schedule: &Schedule) -> String {
    match schedule {
        Schedule::Always => ctx.t("hours-always"),
        Schedule::Unknown => ctx.t("hours-unknown"),
        Schedule::Weekly(w) => {
            let periods: Vec<String> = w
                .periods
                .iter()
                .map(|p| {
                    let days = p
                        .days
                        .split(',')
                        .map(|part| {
                            part.split('-')
                                .map(|d| ctx.t(&format!("day-{}", d.trim())))
                                .collect::<Vec<_>>()
                                .join("–")
                        })
                        .collect::<Vec<_>>()
                        .join(", ");
                    format!("{days} {}–{}", p.opens, p.closes)
                })
                .collect();
            let zone = if w.zone == CALLER_LOCAL {
                ctx.t("hours-your-time")
            } else {
                w.zone.replace('_', " ")
            };
            format!("{} ({zone})", periods.join("; "))
        }
    }
}

pub struct OpenState {
    pub text: String,
    pub class: &'static str,
}

pub fn open_state(ctx: &Ctx, state: OpenNow) -> OpenState {
    match state {
        OpenNow::Yes => OpenState {
            text: ctx.t("open-now-yes"),
            class: "open",
        },
        OpenNow::No => OpenState {
            text: ctx.t("open-now-no"),
            class: "closed",
        },
        OpenNow::Unknown => OpenState {
            text: ctx.t("open-now-unknown"),
            class: "unknown",
        },
    }
}

pub fn open_for(ctx: &Ctx, schedule: &Schedule, now: DateTime<Utc>, zone: Option<Tz>) -> OpenState {
    open_state(ctx, open_now(schedule, now, zone))
}

pub fn telling_text(ctx: &Ctx, who: &str, telling: Telling) -> String {
    let when = match telling {
        Telling::Never => "never",
        Telling::WithConsent => "with-consent",
        Telling::WhenRequired => "when-required",
        Telling::Always => "always",
        Telling::Unknown => "unknown",
    };
    ctx.t(&format!("tells-{who}-{when}"))
}

pub fn anonymous_text(ctx: &Ctx, value: YesNoUnknown) -> String {
    ctx.t(match value {
        YesNoUnknown::Yes => "anonymous-yes",
        YesNoUnknown::No => "anonymous-no",
        YesNoUnknown::Unknown => "anonymous-unknown",
    })
}

pub fn languages_text(
    ctx: &Ctx,
    languages: &Knowable<Vec<String>>,
    name: impl Fn(&str) -> String,
) -> String {
    match languages.known() {
        Some(codes) if !codes.is_empty() => {
            codes.iter().map(|c| name(c)).collect::<Vec<_>>().join(", ")
        }
        _ => ctx.t("languages-unknown"),
    }
}

/// A localized text and whether it is an unreviewed draft in this locale.
pub struct Text {
    pub text: String,
    pub draft: bool,
    /// The original beside a draft, for safety-critical sentences.
    pub original: Option<String>,
}

pub fn text(ctx: &Ctx, t: &LocalizedText) -> Text {
    let entry = t.best(ctx.locale);
    let draft = entry.is_some_and(|e| e.status() == TextStatus::Draft);
    let original = t.original().map(|e| e.text().to_string());
    Text {
        text: entry.map(|e| e.text().to_string()).unwrap_or_default(),
        draft,
        original: if draft { original } else { None },
    }
}

pub struct VerificationLine {
    pub status: String,
    pub class: &'static str,
    pub date: String,
    pub sources: Vec<String>,
    pub checked: String,
}

pub fn verification(ctx: &Ctx, v: &Verification) -> VerificationLine {
    let (key, class) = match v.status {
        Status::Confirmed => ("status-confirmed", "confirmed"),
        Status::Secondary => ("status-secondary", "secondary"),
        Status::Conflicting => ("status-conflicting", "conflicting"),
        Status::Unknown => ("status-unknown", "unknown"),
    };
    let date = if v.source_date == "undated" {
        ctx.t("source-undated")
    } else {
        ctx.t1("source-dated", "date", &v.source_date)
    };
    let checked = match &v.live_check {
        Some(c) => ctx.t1("live-checked", "date", &c.on),
        None => ctx.t("not-live-checked"),
    };
    VerificationLine {
        status: ctx.t(key),
        class,
        date,
        sources: v.sources.clone(),
        checked,
    }
}

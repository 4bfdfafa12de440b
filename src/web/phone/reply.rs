//! The text of an SMS answer: the first step and two alternatives (name, number, hours,
//! one discreet line on what they do), the defaults it assumed, and how to get more — cut
//! down, least important part first, until it fits the segment budget.

use chrono::{DateTime, Utc};

use super::segments::segments;
use super::sms::{Command, Request};
use super::{CONVERSATION_SECS, Conversation, PhoneChannel, resolve_place};
use crate::AppState;
use crate::route::{Asker, Question, Recommendation, Situation, Way};
use crate::web::public::ctx::Ctx;
use crate::web::public::format::{hours_text, reach_out};
use crate::web::public::page_ctx;

/// Longest reply, in segments: eight are about 1,200 plain characters or 530 accented
/// ones — room for three options with their reasons in Spanish — and under the ten that
/// providers accept.
pub const MAX_SEGMENTS: usize = 8;
/// Options per message; "MORE" sends the next ones.
const PER_MESSAGE: usize = 3;

/// How much each entry says; later levels drop detail to fit.
#[derive(Clone, Copy, PartialEq)]
enum Detail {
    Full,
    FirstWhyOnly,
    NoWhy,
    Bare,
}

fn entry(ctx: &Ctx, n: usize, rec: &Recommendation, detail: Detail) -> String {
    let name = rec.card.name.text(ctx.locale);
    let (_, contact) = reach_out(ctx, &rec.channel);
    let mut line = format!("{n}) {name}: {contact}.");
    if detail != Detail::Bare {
        line.push(' ');
        line.push_str(&hours_text(ctx, &rec.channel.hours));
        line.push('.');
    }
    let why = detail == Detail::Full || (detail == Detail::FirstWhyOnly && n == 1);
    if why {
        line.push(' ');
        line.push_str(&ctx.t(&rec.reason.replace("route-reason-", "sms-why-")));
    }
    line
}

/// Typographic dashes and quotes have plain GSM equivalents; one of them alone would
/// force the whole message into UCS-2 and more than double its segments.
fn plain_punctuation(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '–' | '—' | '‑' => '-',
            '‘' | '’' => '\'',
            '“' | '”' => '"',
            other => other,
        })
        .collect()
}

/// The reply for options `from..from + PER_MESSAGE`, with `notes` first.
pub fn compose(ctx: &Ctx, recs: &[Recommendation], from: usize, notes: &[String]) -> String {
    let shown: Vec<(usize, &Recommendation)> = recs
        .iter()
        .enumerate()
        .skip(from)
        .take(PER_MESSAGE)
        .map(|(i, r)| (i + 1, r))
        .collect();
    if shown.is_empty() {
        return ctx.t("sms-no-more");
    }
    let footer = ctx.t("sms-footer");
    let build = |detail: Detail| {
        let mut lines: Vec<String> = notes.to_vec();
        lines.extend(shown.iter().map(|(n, r)| entry(ctx, *n, r, detail)));
        lines.push(footer.clone());
        plain_punctuation(&lines.join("\n"))
    };
    [Detail::Full, Detail::FirstWhyOnly, Detail::NoWhy]
        .into_iter()
        .map(build)
        .find(|text| segments(text) <= MAX_SEGMENTS)
        .unwrap_or_else(|| build(Detail::Bare))
}

/// The ISO 639-3 staff language for a UI locale, so lines that speak it rank first.
fn staff_language(state: &AppState, locale: &str) -> Option<String> {
    state.languages.by_locale(locale).map(|l| l.code.clone())
}

pub async fn answer(
    state: &AppState,
    phone: &PhoneChannel,
    from: &str,
    request: &Request,
    now: DateTime<Utc>,
) -> String {
    let key = phone.stop_key(from);
    let locale = request.locale.or(request.guessed_locale).unwrap_or("en");
    match request.command {
        Some(Command::Menu) => return page_ctx(state, locale, "/").t("sms-menu"),
        Some(Command::Start) => return page_ctx(state, locale, "/").t("sms-started"),
        Some(Command::More) => {
            let Some(mut last) = phone.recall(&key) else {
                return page_ctx(state, "en", "/").t("sms-menu");
            };
            let ctx = page_ctx(state, last.locale, "/");
            let recs = route(state, &last.question, last.place.as_ref(), now);
            let text = compose(&ctx, &recs, last.shown, &[]);
            last.shown += PER_MESSAGE;
            last.expires = now.timestamp() + CONVERSATION_SECS;
            phone.remember(key, last);
            return text;
        }
        Some(Command::Stop) | None => {}
    }
    let ctx = page_ctx(state, locale, "/");
    let (place, unknown_place) = resolve_place(state, request.zip.as_deref(), &request.place_text);
    // Nothing understood (no need, no danger, no place we know): the menu, never silence.
    if request.situation.is_none() && !request.danger && place.is_none() {
        return ctx.t("sms-menu");
    }
    let mut notes = Vec::new();
    if request.situation.is_none() && !request.danger {
        notes.push(ctx.t("sms-default-situation"));
    }
    match (&place, unknown_place) {
        (Some(p), _) => notes.push(ctx.t1("sms-near", "place", &p.name)),
        (None, true) => notes.push(ctx.t1(
            "sms-place-unknown",
            "place",
            request.zip.as_deref().unwrap_or(&request.place_text),
        )),
        (None, false) => notes.push(ctx.t("sms-no-place")),
    }
    let question = Question {
        asker: Asker::Child,
        danger_now: request.danger,
        // The trafficking hotline answers any worry and connects to the rest.
        situation: request.situation.unwrap_or(Situation::Labor),
        lang: staff_language(state, locale),
        // Someone texting can text; a call may not be safe, so texts come first.
        ways: vec![Way::Text, Way::Call],
        wants_police: false,
    };
    let recs = route(state, &question, place.as_ref(), now);
    let text = compose(&ctx, &recs, 0, &notes);
    phone.remember(
        key,
        Conversation {
            expires: now.timestamp() + CONVERSATION_SECS,
            locale,
            question,
            place,
            shown: PER_MESSAGE,
        },
    );
    text
}

/// The router's answer as one list, first step first; empty only if the index fails.
pub fn route(
    state: &AppState,
    question: &Question,
    place: Option<&crate::place::Place>,
    now: DateTime<Utc>,
) -> Vec<Recommendation> {
    match state.router.route(&state.index, question, place, now) {
        Ok(answer) => std::iter::once(answer.first)
            .chain(answer.alternatives)
            .collect(),
        Err(e) => {
            tracing::error!(error = %e, "routing a phone request failed");
            Vec::new()
        }
    }
}

//! The spoken menu: language, then situation by keypad, then the child's ZIP code; Faro
//! reads the recommended line and offers to connect the call to it. Danger gets "hang up
//! and dial 911": Faro never places a 911 call through the provider. Each step carries its
//! answers in the next step's URL, so no call state is kept.

use super::reply::route;
use super::{PhoneChannel, resolve_place, xml};
use crate::AppState;
use crate::model::{ChannelKind, OperatorKind};
use crate::route::{Asker, Question, Situation, Way};
use crate::web::public::page_ctx;

/// Keypad digits 2–9 after "1: someone is in danger now".
const SITUATIONS: [(&str, Situation); 8] = [
    ("2", Situation::Labor),
    ("3", Situation::Sexual),
    ("4", Situation::Online),
    ("5", Situation::Abuse),
    ("6", Situation::LostContact),
    ("7", Situation::Legal),
    ("8", Situation::Shelter),
    ("9", Situation::Talk),
];

/// The voice each spoken locale uses.
fn voice_language(locale: &str) -> &'static str {
    if locale == "es" { "es-MX" } else { "en-US" }
}

fn say(locale: &str, text: &str) -> String {
    format!(
        "<Say language=\"{}\">{}</Say>",
        voice_language(locale),
        xml(text)
    )
}

fn gather(action: &str, digits: &str, inner: &str) -> String {
    format!(
        "<Gather numDigits=\"{digits}\" finishOnKey=\"#\" method=\"POST\" action=\"{}\">{inner}</Gather>",
        xml(action)
    )
}

/// Spoken digit by digit, as people write them down.
fn spoken_number(number: &str) -> String {
    number
        .trim_start_matches('+')
        .chars()
        .filter(char::is_ascii_digit)
        .map(String::from)
        .collect::<Vec<_>>()
        .join(" ")
}

fn param<'a>(query: &'a [(String, String)], name: &str) -> &'a str {
    query
        .iter()
        .find(|(k, _)| k == name)
        .map_or("", |(_, v)| v.as_str())
}

fn welcome(state: &AppState) -> String {
    let menu = say("en", &page_ctx(state, "en", "/").t("voice-choose-language"))
        + &say("es", &page_ctx(state, "es", "/").t("voice-choose-language"));
    gather("/phone/voice?step=language", "1", &menu)
        + "<Redirect method=\"POST\">/phone/voice</Redirect>"
}

pub async fn step(
    state: &AppState,
    phone: &PhoneChannel,
    query: &[(String, String)],
    digits: &str,
) -> String {
    let locale: &'static str = if param(query, "lang") == "es" {
        "es"
    } else {
        "en"
    };
    let ctx = page_ctx(state, locale, "/");
    match param(query, "step") {
        "" => {
            phone
                .counters
                .calls
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            welcome(state)
        }
        "language" => {
            let chosen = match digits {
                "1" => "en",
                "2" => "es",
                _ => return welcome(state),
            };
            situation_menu(state, chosen)
        }
        "menu" => situation_menu(state, locale),
        "situation" if digits == "1" => say(locale, &ctx.t("voice-danger")) + "<Hangup/>",
        "situation" => match SITUATIONS.iter().find(|(d, _)| *d == digits) {
            Some((d, _)) => gather(
                &format!("/phone/voice?step=zip&lang={locale}&s={d}"),
                "5",
                &say(locale, &ctx.t("voice-zip")),
            ),
            None => say(locale, &ctx.t("voice-not-understood")) + &situation_menu(state, locale),
        },
        "zip" | "choice" => option(state, query, digits, locale),
        _ => welcome(state),
    }
}

fn situation_menu(state: &AppState, locale: &'static str) -> String {
    let ctx = page_ctx(state, locale, "/");
    gather(
        &format!("/phone/voice?step=situation&lang={locale}"),
        "1",
        &say(locale, &ctx.t("voice-situation-menu")),
    ) + &format!("<Redirect method=\"POST\">/phone/voice?step=menu&amp;lang={locale}</Redirect>")
}

/// Reads option `offset` of the answer, or acts on the key pressed after it.
fn option(
    state: &AppState,
    query: &[(String, String)],
    digits: &str,
    locale: &'static str,
) -> String {
    let ctx = page_ctx(state, locale, "/");
    let Some(situation) = SITUATIONS
        .iter()
        .find(|(d, _)| *d == param(query, "s"))
        .map(|(_, s)| *s)
    else {
        return welcome(state);
    };
    let zip = if param(query, "step") == "zip" {
        digits
    } else {
        param(query, "zip")
    };
    let zip = (zip.len() == 5 && zip.chars().all(|c| c.is_ascii_digit())).then_some(zip);
    let mut offset: usize = param(query, "o").parse().unwrap_or(0);
    if param(query, "step") == "choice" {
        match digits {
            "2" => {}
            "3" => offset += 1,
            _ => {}
        }
    }
    let (place, _) = resolve_place(state, zip, "");
    let question = Question {
        asker: Asker::Community,
        danger_now: false,
        situation,
        lang: state.languages.by_locale(locale).map(|l| l.code.clone()),
        ways: vec![Way::Call],
        wants_police: false,
    };
    let recs: Vec<_> = route(state, &question, place.as_ref(), chrono::Utc::now())
        .into_iter()
        .filter(|r| matches!(r.channel.kind, ChannelKind::Voice | ChannelKind::Tty))
        .collect();
    let Some(rec) = recs.get(offset) else {
        return say(locale, &ctx.t("voice-no-more")) + "<Hangup/>";
    };
    if param(query, "step") == "choice" && digits == "1" {
        if rec.card.operator_kind == OperatorKind::Emergency {
            return say(locale, &ctx.t("voice-danger")) + "<Hangup/>";
        }
        return say(locale, &ctx.t("voice-connecting"))
            + &format!("<Dial>{}</Dial>", xml(&rec.channel.contact));
    }
    let name = rec.card.name.text(locale);
    let why = ctx.t(&rec.reason.replace("route-reason-", "sms-why-"));
    let intro = if offset == 0 {
        "voice-first"
    } else {
        "voice-next"
    };
    let read = say(locale, &i18n_two(&ctx, intro, name, &why))
        + &say(
            locale,
            &ctx.t1(
                "voice-number",
                "number",
                &spoken_number(&rec.channel.contact),
            ),
        );
    let next = format!(
        "/phone/voice?step=choice&lang={locale}&s={}&zip={}&o={offset}",
        param(query, "s"),
        zip.unwrap_or("")
    );
    gather(&next, "1", &(read + &say(locale, &ctx.t("voice-connect"))))
}

fn i18n_two(ctx: &crate::web::public::ctx::Ctx, id: &str, name: &str, why: &str) -> String {
    crate::i18n::message(
        ctx.locale,
        id,
        &[("name", name.to_string()), ("why", why.to_string())],
    )
}

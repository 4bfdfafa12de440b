//! `/{loc}/help`: a few questions, then one clear first step and the truth about each
//! option. POST only, so the situation never sits in the history or a link.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::ctx::{Ctx, render};
use super::format::{self, OpenState, hours_text, kind_label, open_state, reach_out, telling_text};
use super::listing::Tell;
use super::search::Choice;
use super::{Loc, page_ctx};
use crate::AppState;
use crate::model::{OperatorKind, Telling};
use crate::place::Resolution;
use crate::route::{Answer, Asker, Note, Question, Recommendation, Situation, Way};

pub struct Step {
    pub name: String,
    pub href: String,
    pub kind: String,
    pub contact_href: Option<String>,
    pub contact: String,
    pub reason: String,
    /// What happens when you call, with its reviewed original beside a draft.
    pub what_happens: String,
    pub what_happens_original: Option<String>,
    pub tells: Vec<Tell>,
    pub hours: String,
    pub open: OpenState,
    pub opens_at: Option<String>,
    pub language: Option<String>,
    pub not_chosen_way: bool,
    pub enforcement: bool,
    /// Sourced facts say this way tells neither police nor immigration.
    pub no_enforcement: bool,
}

#[derive(Template)]
#[template(path = "help.html")]
pub struct HelpPage {
    pub ctx: Ctx,
    pub situations: Vec<Choice>,
    pub askers: Vec<Choice>,
    pub ways: Vec<Choice>,
    pub languages: Vec<Choice>,
    pub place: String,
    pub danger: bool,
    pub police: bool,
    pub error: Option<String>,
    pub steps: Vec<Step>,
    pub notes: Vec<String>,
}

const SITUATIONS: [(&str, Situation); 8] = [
    ("labor", Situation::Labor),
    ("sexual", Situation::Sexual),
    ("online", Situation::Online),
    ("abuse", Situation::Abuse),
    ("lost_contact", Situation::LostContact),
    ("legal", Situation::Legal),
    ("shelter", Situation::Shelter),
    ("talk", Situation::Talk),
];
const ASKERS: [(&str, Asker); 3] = [
    ("child", Asker::Child),
    ("sponsor", Asker::Sponsor),
    ("community", Asker::Community),
];
const WAYS: [(&str, Way); 5] = [
    ("call", Way::Call),
    ("text", Way::Text),
    ("chat", Way::Chat),
    ("web", Way::Web),
    ("in_person", Way::InPerson),
];

fn choices<T>(ctx: &Ctx, prefix: &str, options: &[(&str, T)], picked: &[&str]) -> Vec<Choice> {
    options
        .iter()
        .map(|(value, _)| Choice {
            value: value.to_string(),
            label: ctx.t(&format!("{prefix}-{}", value.replace('_', "-"))),
            selected: picked.contains(value),
        })
        .collect()
}

fn form(state: &AppState, loc: &'static str, fields: &[(String, String)]) -> HelpPage {
    let ctx = page_ctx(state, loc, "/help");
    let values = |name: &str| {
        fields
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect::<Vec<_>>()
    };
    let one = |name: &str| values(name).first().copied().unwrap_or("").to_string();
    let lang = one("lang");
    HelpPage {
        situations: choices(&ctx, "situation", &SITUATIONS, &values("situation")),
        askers: choices(&ctx, "asker", &ASKERS, &values("asker")),
        ways: choices(&ctx, "way", &WAYS, &values("way")),
        languages: state
            .languages
            .languages
            .iter()
            .map(|l| Choice {
                value: l.code.clone(),
                label: l.autonym.clone().unwrap_or_else(|| l.english.clone()),
                selected: l.code == lang,
            })
            .collect(),
        place: one("place"),
        danger: one("danger") == "yes",
        police: one("police") == "yes",
        error: None,
        steps: Vec::new(),
        notes: Vec::new(),
        ctx,
    }
}

pub async fn get(state: web::Data<AppState>, loc: Loc) -> HttpResponse {
    render(StatusCode::OK, &form(&state, loc.0, &[]))
}

pub async fn post(state: web::Data<AppState>, loc: Loc, body: web::Bytes) -> HttpResponse {
    let fields: Vec<(String, String)> = url::form_urlencoded::parse(&body).into_owned().collect();
    let mut page = form(&state, loc.0, &fields);
    let picked = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let Some(situation) = picked("situation")
        .and_then(|v| SITUATIONS.iter().find(|(k, _)| *k == v))
        .map(|(_, s)| *s)
    else {
        page.error = Some(page.ctx.t("help-choose-situation"));
        return render(StatusCode::BAD_REQUEST, &page);
    };
    let asker = picked("asker")
        .and_then(|v| ASKERS.iter().find(|(k, _)| *k == v))
        .map_or(Asker::Community, |(_, a)| *a);
    let ways: Vec<Way> = fields
        .iter()
        .filter(|(k, _)| k == "way")
        .filter_map(|(_, v)| WAYS.iter().find(|(k, _)| k == v).map(|(_, w)| *w))
        .collect();
    let lang = picked("lang")
        .filter(|l| state.languages.get(l).is_some())
        .map(str::to_string);
    let place = match page.place.trim() {
        "" => None,
        input => match state.places.resolve(input) {
            Resolution::Found(p) => Some(p),
            Resolution::Ambiguous(choices) => {
                let names: Vec<String> = choices.into_iter().take(5).map(|c| c.name).collect();
                page.error = Some(format!(
                    "{} {}",
                    page.ctx.t1("error-ambiguous_place", "input", input),
                    names.join("; ")
                ));
                return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
            }
            Resolution::NotFound { suggestions } => {
                page.error = Some(format!(
                    "{} {}",
                    page.ctx.t1("error-unknown_place", "input", input),
                    suggestions.join("; ")
                ));
                return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
            }
        },
    };
    let question = Question {
        asker,
        danger_now: page.danger,
        situation,
        lang: lang.clone(),
        ways,
        wants_police: page.police,
    };
    let now = chrono::Utc::now();
    // A few card lookups in the index: run on the worker, like a search.
    let routed = state
        .router
        .route(&state.index, &question, place.as_ref(), now);
    let Ok(answer) = routed else {
        return super::error_page(
            &state,
            loc.0,
            &crate::error::AppError::new(crate::error::ErrorCode::Internal),
        );
    };
    page.steps = steps(&page.ctx, &state, &answer, lang.as_deref());
    page.notes = answer
        .notes
        .iter()
        .map(|n| {
            page.ctx.t(match n {
                Note::NoStatewideLine => "help-note-no-statewide-line",
                Note::NoPlace => "help-note-no-place",
                Note::NoChosenWay => "help-note-no-chosen-way",
                Note::PoliceLinesIncluded => "help-note-police",
            })
        })
        .collect();
    render(StatusCode::OK, &page)
}

fn steps(ctx: &Ctx, state: &AppState, answer: &Answer, lang: Option<&str>) -> Vec<Step> {
    // Safety-critical sentences of a draft show their reviewed English original.
    let english = super::page_ctx(state, crate::i18n::FALLBACK, "/");
    std::iter::once(&answer.first)
        .chain(&answer.alternatives)
        .map(|r: &Recommendation| {
            let c = &r.channel;
            let (contact_href, contact) = reach_out(ctx, c);
            let language = match (lang, r.speaks_language) {
                (Some(code), Some(true)) => Some(ctx.t1(
                    "help-speaks",
                    "language",
                    &super::results::language_name(&state.languages, code),
                )),
                (Some(code), Some(false)) => Some(ctx.t1(
                    "help-does-not-speak",
                    "language",
                    &super::results::language_name(&state.languages, code),
                )),
                (Some(_), None) => Some(ctx.t("help-language-unknown")),
                (None, _) => None,
            };
            Step {
                name: r.card.name.text(ctx.locale).to_string(),
                href: format!("/{}/services/{}", ctx.locale, r.card.service_id),
                kind: kind_label(ctx, c.kind),
                contact_href,
                contact,
                reason: ctx.t(&r.reason),
                what_happens: c.what_happens.as_ref().map_or_else(
                    || ctx.t("we-could-not-confirm"),
                    |w| w.text(ctx.locale).to_string(),
                ),
                what_happens_original: c
                    .what_happens
                    .as_ref()
                    .and_then(|w| format::text(ctx, w).original),
                tells: [
                    ("police", c.tells_police),
                    ("cps", c.tells_cps),
                    ("immigration", c.tells_immigration),
                ]
                .into_iter()
                .map(|(who, telling)| Tell {
                    text: telling_text(ctx, who, telling),
                    original: ctx.draft.then(|| telling_text(&english, who, telling)),
                })
                .collect(),
                hours: hours_text(ctx, &c.hours),
                open: open_state(ctx, r.open_now),
                opens_at: r.opens_at.map(|t| {
                    let day = ctx.t(&format!(
                        "day-{}",
                        t.format("%a").to_string().to_lowercase()
                    ));
                    ctx.t1(
                        "help-opens-at",
                        "time",
                        &format!("{day} {}", t.format("%H:%M %Z")),
                    )
                }),
                language,
                not_chosen_way: !r.way_chosen,
                enforcement: matches!(
                    r.card.operator_kind,
                    OperatorKind::ImmigrationEnforcement | OperatorKind::LawEnforcement
                ),
                no_enforcement: c.tells_police == Telling::Never
                    && c.tells_immigration == Telling::Never,
            }
        })
        .collect()
}

//! `POST /api/v1/route`: the router's answer as JSON (DESIGN.md, Contracts).

use actix_web::{HttpRequest, HttpResponse, post, web};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::AppState;
use crate::error::{AppError, ErrorCode};
use crate::hours::OpenNow;
use crate::i18n;
use crate::model::{ChannelKind, OperatorKind};
use crate::place::Place;
use crate::route::{Asker, Confidentiality, Note, Question, Recommendation, Situation, Way};

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RouteRequest {
    pub asker: Asker,
    pub danger_now: bool,
    pub situation: Situation,
    /// Where the child is: a ZIP, "City, ST", or a state.
    pub place: Option<String>,
    /// ISO 639-3 code of the language the person speaks.
    pub lang: Option<String>,
    /// The ways that are safe for the person; empty means any.
    #[serde(default)]
    pub channels: Vec<Way>,
    pub wants_police: bool,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct RecommendationView {
    pub service_id: Uuid,
    pub name: String,
    pub organization: String,
    pub operator_kind: OperatorKind,
    pub channel: ChannelView,
    /// Why this step, in the request's language.
    pub reason: String,
    /// What happens when you contact them, from the sources; absent when unknown.
    pub what_happens: Option<String>,
    pub confidentiality: Confidentiality,
    pub open_now: OpenNow,
    /// RFC 3339, in the line's (or the caller's) time zone; only when closed now.
    pub opens_at: Option<String>,
    pub speaks_language: Option<bool>,
    /// False when none of this service's channels is a way the person chose.
    pub way_chosen: bool,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ChannelView {
    pub id: Uuid,
    pub kind: ChannelKind,
    pub contact: String,
    pub keyword: Option<String>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct RouteResponse {
    pub first: RecommendationView,
    pub alternatives: Vec<RecommendationView>,
    pub place: Option<Place>,
    pub notes: Vec<Note>,
}

fn view(r: &Recommendation, locale: &str) -> RecommendationView {
    let c = &r.channel;
    RecommendationView {
        service_id: r.card.service_id,
        name: r.card.name.text(locale).to_string(),
        organization: r.card.organization_name.text(locale).to_string(),
        operator_kind: r.card.operator_kind,
        channel: ChannelView {
            id: c.id,
            kind: c.kind,
            contact: c.contact.clone(),
            keyword: c
                .keywords
                .get(locale)
                .or_else(|| c.keywords.get("en"))
                .cloned(),
        },
        reason: i18n::message(locale, &r.reason, &[]),
        what_happens: c.what_happens.as_ref().map(|w| w.text(locale).to_string()),
        confidentiality: Confidentiality {
            tells_police: c.tells_police,
            tells_cps: c.tells_cps,
            tells_immigration: c.tells_immigration,
            anonymous_ok: c.anonymous_ok,
        },
        open_now: r.open_now,
        opens_at: r.opens_at.map(|t| t.to_rfc3339()),
        speaks_language: r.speaks_language,
        way_chosen: r.way_chosen,
    }
}

/// The right first call for this person, this situation, this state.
#[utoipa::path(post, path = "/api/v1/route", request_body = RouteRequest,
    responses(
        (status = 200, body = RouteResponse),
        (status = 400, description = "invalid_parameter or unknown_language", body = super::openapi::ErrorBody),
        (status = 422, description = "unknown_place or ambiguous_place", body = super::openapi::ErrorBody),
        (status = 503, description = "not_ready", body = super::openapi::ErrorBody),
    ))]
#[post("/route")]
pub async fn route(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: web::Json<RouteRequest>,
) -> Result<HttpResponse, AppError> {
    let locale = i18n::negotiate(&req);
    let run = async {
        if !state.is_ready() {
            return Err(AppError::new(ErrorCode::NotReady));
        }
        let body = body.into_inner();
        let lang = body
            .lang
            .map(|l| l.to_ascii_lowercase())
            .filter(|l| !l.is_empty());
        if let Some(code) = &lang
            && state.languages.get(code).is_none()
        {
            return Err(AppError::new(ErrorCode::UnknownLanguage).arg("language", code.clone()));
        }
        let place = match body
            .place
            .as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            Some(input) => Some(super::resolve_place(&state, input)?),
            None => None,
        };
        let question = Question {
            asker: body.asker,
            danger_now: body.danger_now,
            situation: body.situation,
            lang,
            ways: body.channels,
            wants_police: body.wants_police,
        };
        // A few card lookups in the index: run on the worker, like a search.
        let answer =
            state
                .router
                .route(&state.index, &question, place.as_ref(), chrono::Utc::now())?;
        Ok(HttpResponse::Ok()
            .insert_header(("Content-Language", locale))
            .json(RouteResponse {
                first: view(&answer.first, locale),
                alternatives: answer
                    .alternatives
                    .iter()
                    .map(|r| view(r, locale))
                    .collect(),
                place,
                notes: answer.notes,
            }))
    };
    run.await.map_err(|e: AppError| e.in_locale(locale))
}

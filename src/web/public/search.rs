//! `/{loc}/search`: the form, sent by POST; a GET with parameters is the shareable link.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use super::ctx::{Ctx, render};
use super::map;
use super::results::{ResultItem, item};
use super::{Loc, first_lines, page_ctx};
use crate::AppState;
use crate::place::{Place, Resolution};
use crate::search::SearchQuery;
use crate::web::parse_search;

/// Places farther than this from the person are listed but not drawn.
const MAP_RADIUS_KM: f64 = 100.0;

pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

pub struct PageButton {
    pub page: usize,
    pub current: bool,
}

pub struct Results {
    pub summary: String,
    pub items: Vec<ResultItem>,
    pub map: Option<String>,
    pub pages: Vec<PageButton>,
    /// The GET link to these results, shown only when the person asked for it.
    pub share_url: Option<String>,
}

#[derive(Template)]
#[template(path = "search.html")]
pub struct SearchPage {
    pub ctx: Ctx,
    pub needs: Vec<Choice>,
    pub languages: Vec<Choice>,
    pub need: String,
    pub place: String,
    pub lang: String,
    pub q: String,
    pub error: Option<String>,
    /// Places to choose from when the one typed was unknown or ambiguous.
    pub place_choices: Vec<String>,
    pub results: Option<Results>,
    /// Shown when nothing matched: the lines anyone can reach.
    pub fallback: Vec<ResultItem>,
}

impl SearchPage {
    /// The hidden fields that repeat this search (pagination, choosing a place).
    pub fn hidden(&self) -> Vec<(&'static str, &str)> {
        [
            ("need", self.need.as_str()),
            ("place", self.place.as_str()),
            ("lang", self.lang.as_str()),
            ("q", self.q.as_str()),
        ]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .collect()
    }

    /// The same, without the place: for buttons that each choose one.
    pub fn hidden_but_place(&self) -> Vec<(&'static str, &str)> {
        self.hidden()
            .into_iter()
            .filter(|(name, _)| *name != "place")
            .collect()
    }
}

pub async fn get(req: HttpRequest, state: web::Data<AppState>, loc: Loc) -> HttpResponse {
    let fields = req.query_string().to_string();
    respond(&state, loc, &fields).await
}

pub async fn post(state: web::Data<AppState>, loc: Loc, body: web::Bytes) -> HttpResponse {
    let fields = String::from_utf8_lossy(&body).into_owned();
    respond(&state, loc, &fields).await
}

fn field(fields: &str, name: &str) -> String {
    url::form_urlencoded::parse(fields.as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.trim().to_string())
        .unwrap_or_default()
}

async fn respond(state: &AppState, loc: Loc, fields: &str) -> HttpResponse {
    let ctx = page_ctx(state, loc.0, "/search");
    let mut page = SearchPage {
        needs: Vec::new(),
        languages: Vec::new(),
        need: field(fields, "need"),
        place: field(fields, "place"),
        lang: field(fields, "lang"),
        q: field(fields, "q"),
        error: None,
        place_choices: Vec::new(),
        results: None,
        fallback: Vec::new(),
        ctx,
    };
    page.needs = state
        .taxonomy
        .needs
        .iter()
        .map(|n| Choice {
            value: n.id.clone(),
            label: n.name.text(loc.0).to_string(),
            selected: n.id == page.need,
        })
        .collect();
    page.languages = state
        .languages
        .languages
        .iter()
        .map(|l| Choice {
            value: l.code.clone(),
            label: match &l.autonym {
                Some(a) if a != &l.english => format!("{a} ({})", l.english),
                _ => l.english.clone(),
            },
            selected: l.code == page.lang,
        })
        .collect();
    if [&page.need, &page.place, &page.lang, &page.q]
        .iter()
        .all(|v| v.is_empty())
    {
        return render(StatusCode::OK, &page);
    }
    let status = match run(state, &mut page, fields).await {
        Ok(()) => StatusCode::OK,
        Err(status) => status,
    };
    render(status, &page)
}

async fn run(state: &AppState, page: &mut SearchPage, fields: &str) -> Result<(), StatusCode> {
    let parsed = parse_search(fields, state).map_err(|e| {
        page.error = Some(e.in_locale(page.ctx.locale).message());
        StatusCode::BAD_REQUEST
    })?;
    let place = match parsed.place.as_deref() {
        None => None,
        Some(input) => Some(resolve(state, page, input)?),
    };
    let mut query: SearchQuery = parsed.query;
    query.locale = page.ctx.locale.to_string();
    let now = chrono::Utc::now();
    // Runs on the worker, as in the API: cheaper than a hop to the blocking pool.
    let hits = state
        .index
        .search(&query, place.as_ref(), now)
        .map_err(|error| {
            tracing::error!(%error, "search failed");
            StatusCode::INTERNAL_SERVER_ERROR
        })?;
    let zone = place
        .as_ref()
        .and_then(|p| p.timezone.as_deref())
        .and_then(|z| z.parse().ok());
    let offset = (query.page - 1) * query.per_page;
    let items: Vec<ResultItem> = hits
        .results
        .iter()
        .enumerate()
        .map(|(i, hit)| item(&page.ctx, offset + i + 1, hit, &state.languages, now, zone))
        .collect();
    let dots: Vec<_> = hits
        .results
        .iter()
        .enumerate()
        .filter(|(_, h)| !h.card.confidential && h.card.location_id.is_some())
        .filter(|(_, h)| h.distance_km.is_some_and(|km| km <= MAP_RADIUS_KM))
        .filter_map(|(i, h)| h.card.point.map(|p| (offset + i + 1, p)))
        .collect();
    let shape = place
        .as_ref()
        .and_then(|p| state.places.state(&p.state))
        .map(|s| &s.shape);
    let pages = hits.total.div_ceil(query.per_page).min(20);
    if items.is_empty() {
        page.fallback = first_lines(state, &page.ctx, now, zone);
    }
    let summary = match &place {
        Some(p) => {
            page.ctx.tn("results-count", &hits.total)
                + " "
                + &page.ctx.t1("results-near", "place", &p.name)
        }
        None => page.ctx.tn("results-count", &hits.total),
    };
    page.results = Some(Results {
        summary,
        map: map::svg(shape, &dots, &page.ctx.t("map-label")),
        items,
        pages: (1..=pages)
            .map(|p| PageButton {
                page: p,
                current: p == query.page,
            })
            .collect(),
        share_url: (field(fields, "share") == "1").then(|| {
            let pairs: Vec<(&str, &str)> = page.hidden();
            let query: String = url::form_urlencoded::Serializer::new(String::new())
                .extend_pairs(pairs)
                .finish();
            format!("/{}/search?{query}", page.ctx.locale)
        }),
    });
    Ok(())
}

fn resolve(state: &AppState, page: &mut SearchPage, input: &str) -> Result<Place, StatusCode> {
    match state.places.resolve(input) {
        Resolution::Found(p) => Ok(p),
        Resolution::Ambiguous(choices) => {
            page.error = Some(page.ctx.t1("error-ambiguous_place", "input", input));
            page.place_choices = choices.into_iter().take(10).map(|c| c.name).collect();
            Err(StatusCode::UNPROCESSABLE_ENTITY)
        }
        Resolution::NotFound { suggestions } => {
            page.error = Some(page.ctx.t1("error-unknown_place", "input", input));
            page.place_choices = suggestions;
            Err(StatusCode::UNPROCESSABLE_ENTITY)
        }
    }
}

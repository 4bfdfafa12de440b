//! Parsing the search API's query string: repeatable keys, bounded values, clear errors.

use crate::AppState;
use crate::error::{AppError, ErrorCode};
use crate::model::{Audience, ChannelKind, Cost};
use crate::search::SearchQuery;

pub const DEFAULT_PER_PAGE: usize = 20;
pub const MAX_PER_PAGE: usize = 50;
const MAX_TEXT: usize = 200;
const MAX_PAGE: usize = 500;

/// The parameters of `GET /api/v1/search` (documentation for the OpenAPI document).
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct SearchParams {
    /// Free text, in any language.
    #[param(max_length = 200)]
    q: Option<String>,
    /// A need id from `/api/v1/needs`; repeatable (any of them).
    need: Option<Vec<String>>,
    /// child | sponsor | community | professional
    audience: Option<String>,
    /// Where the child is: a ZIP, "City, ST", or a state code or name.
    place: Option<String>,
    /// Preferred staff language (ISO 639-3): ranks, never filters unless `lang_only=true`.
    lang: Option<String>,
    lang_only: Option<bool>,
    /// free | fee | unknown
    cost: Option<String>,
    /// voice | sms | chat | web_form | email | walk_in | tty | whatsapp; repeatable.
    channel: Option<Vec<String>>,
    open_now: Option<bool>,
    /// 1-based.
    #[param(minimum = 1, maximum = 500)]
    page: Option<usize>,
    /// Default 20, at most 50.
    #[param(minimum = 1, maximum = 50)]
    per_page: Option<usize>,
    /// UI locale for names and messages (else Accept-Language).
    locale: Option<String>,
}

pub struct ParsedSearch {
    pub query: SearchQuery,
    pub place: Option<String>,
}

/// Parses a query string into a search; the first bad value is reported by name.
pub fn parse_search(query_string: &str, state: &AppState) -> Result<ParsedSearch, AppError> {
    let mut query = SearchQuery {
        page: 1,
        per_page: DEFAULT_PER_PAGE,
        ..SearchQuery::default()
    };
    let mut place = None;
    for (key, value) in url::form_urlencoded::parse(query_string.as_bytes()) {
        let value = value.trim().to_string();
        match key.as_ref() {
            "q" => {
                if value.chars().count() > MAX_TEXT {
                    return Err(AppError::invalid(
                        "q",
                        format!("at most {MAX_TEXT} characters"),
                    ));
                }
                query.text = value;
            }
            "need" if !value.is_empty() => {
                if !state.taxonomy.contains(&value) {
                    return Err(AppError::new(ErrorCode::UnknownNeed).arg("need", value));
                }
                if !query.needs.contains(&value) {
                    query.needs.push(value);
                }
            }
            "audience" if !value.is_empty() => {
                query.audience = Some(
                    Audience::ALL
                        .into_iter()
                        .find(|a| a.as_str() == value)
                        .ok_or_else(|| {
                            AppError::invalid(
                                "audience",
                                "child, sponsor, community or professional",
                            )
                        })?,
                );
            }
            "place" if !value.is_empty() => {
                if value.chars().count() > 100 {
                    return Err(AppError::invalid("place", "at most 100 characters"));
                }
                place = Some(value);
            }
            "lang" if !value.is_empty() => {
                let code = value.to_ascii_lowercase();
                if state.languages.get(&code).is_none() {
                    return Err(AppError::new(ErrorCode::UnknownLanguage).arg("language", value));
                }
                query.lang = Some(code);
            }
            "lang_only" => query.lang_only = boolean("lang_only", &value)?,
            "cost" if !value.is_empty() => {
                query.cost = Some(match value.as_str() {
                    "free" => Cost::Free,
                    "fee" => Cost::Fee,
                    "unknown" => Cost::Unknown,
                    _ => return Err(AppError::invalid("cost", "free, fee or unknown")),
                });
            }
            "channel" if !value.is_empty() => {
                let kind = ChannelKind::parse(&value).ok_or_else(|| {
                    AppError::invalid(
                        "channel",
                        "voice, sms, chat, web_form, email, walk_in, tty or whatsapp",
                    )
                })?;
                if !query.channels.contains(&kind) {
                    query.channels.push(kind);
                }
            }
            "open_now" => query.open_now = boolean("open_now", &value)?,
            "page" => query.page = number("page", &value, 1, MAX_PAGE)?,
            "per_page" => query.per_page = number("per_page", &value, 1, MAX_PER_PAGE)?,
            // `locale` is read by negotiation; other keys are ignored like any web form's extras.
            _ => {}
        }
    }
    if query.lang_only && query.lang.is_none() {
        return Err(AppError::invalid("lang_only", "needs a lang"));
    }
    Ok(ParsedSearch { query, place })
}

fn boolean(name: &str, value: &str) -> Result<bool, AppError> {
    match value {
        "" | "false" | "0" => Ok(false),
        "true" | "1" | "on" => Ok(true),
        _ => Err(AppError::invalid(name, "true or false")),
    }
}

fn number(name: &str, value: &str, min: usize, max: usize) -> Result<usize, AppError> {
    value
        .parse::<usize>()
        .ok()
        .filter(|n| (min..=max).contains(n))
        .ok_or_else(|| AppError::invalid(name, format!("a whole number from {min} to {max}")))
}

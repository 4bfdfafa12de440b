//! The guides (`/{loc}/guides`, `/{loc}/guides/{slug}`) and the "I speak…" cards
//! (`/{loc}/i-speak`).

use actix_web::{HttpResponse, web};
use askama::Template;

use super::ctx::Ctx;
use super::{Loc, error_page, ok, page_ctx};
use crate::AppState;
use crate::error::{AppError, ErrorCode};
use crate::guides::{self, Guide};
use crate::i18n;

pub struct GuideLink {
    pub href: String,
    pub title: String,
    pub summary: String,
    /// The guide is not yet written in the page's language: the link opens English.
    pub in_english: bool,
}

fn link(locale: &str, guide: &Guide, fallback: bool) -> GuideLink {
    GuideLink {
        href: format!("/{locale}/guides/{}", guide.slug),
        title: guide.title.clone(),
        summary: guide.summary.clone(),
        in_english: fallback,
    }
}

/// Every guide in the page's language, or in English where it is not written yet.
pub fn guide_links(locale: &str) -> Vec<GuideLink> {
    let library = guides::library();
    guides::SLUGS
        .iter()
        .filter_map(|slug| library.get_or_english(locale, slug))
        .map(|(g, fallback)| link(locale, g, fallback))
        .collect()
}

#[derive(Template)]
#[template(path = "guides.html")]
pub struct GuidesPage {
    pub ctx: Ctx,
    pub guides: Vec<GuideLink>,
}

pub async fn list(state: web::Data<AppState>, loc: Loc) -> HttpResponse {
    ok(&GuidesPage {
        ctx: page_ctx(&state, loc.0, "/guides"),
        guides: guide_links(loc.0),
    })
}

/// A block of the guide, with the reviewed original beside it when the block is a drafted
/// translation of a safety-critical sentence.
pub struct GuideBlock {
    pub html: &'static str,
    pub original: Option<&'static str>,
}

#[derive(Template)]
#[template(path = "guide.html")]
pub struct GuidePage {
    pub ctx: Ctx,
    pub guide: &'static Guide,
    pub blocks: Vec<GuideBlock>,
    /// Shown in English because the page's language has no version yet.
    pub in_english: bool,
    /// The guide is a draft translation; links to the original it was drafted from.
    pub original_href: Option<String>,
    pub last_reviewed: String,
}

pub async fn show(
    state: web::Data<AppState>,
    loc: Loc,
    path: web::Path<(String, String)>,
) -> HttpResponse {
    let slug = &path.1;
    let Some((guide, in_english)) = guides::library().get_or_english(loc.0, slug) else {
        return error_page(&state, loc.0, &AppError::new(ErrorCode::NotFound));
    };
    let ctx = page_ctx(&state, loc.0, &format!("/guides/{slug}"));
    let original_href =
        (ctx.draft && !in_english).then(|| format!("/{}/guides/{slug}", i18n::FALLBACK));
    let last_reviewed = guide.last_reviewed.format("%Y-%m-%d").to_string();
    // Translators keep the original's blocks one for one; where they did not, the page
    // still links the whole original above.
    let original = guides::library()
        .get(i18n::FALLBACK, slug)
        .filter(|o| ctx.draft && !in_english && o.sections.len() == guide.sections.len());
    let blocks = guide
        .sections
        .iter()
        .enumerate()
        .map(|(i, section)| GuideBlock {
            html: &section.html,
            original: original
                .map(|o| &o.sections[i])
                .filter(|o| Guide::is_safety_critical(o) && !o.html.starts_with("<h"))
                .map(|o| o.html.as_str()),
        })
        .collect();
    ok(&GuidePage {
        ctx,
        guide,
        blocks,
        in_english,
        original_href,
        last_reviewed,
    })
}

pub struct SpeakCard {
    pub code: String,
    /// The BCP 47 tag for the autonym's `lang` attribute.
    pub tag: String,
    /// The language's own name, where a source gives it.
    pub autonym: Option<String>,
    pub direction: String,
    pub english: String,
    pub request_en: String,
    pub request_es: String,
}

#[derive(Template)]
#[template(path = "i-speak.html")]
pub struct ISpeakPage {
    pub ctx: Ctx,
    pub cards: Vec<SpeakCard>,
}

/// One card per language Faro's interface does not speak: the language's name and a
/// request to staff, in English and Spanish, for an interpreter. Nothing is written in
/// the language itself, since nobody here can check it.
pub async fn i_speak(state: web::Data<AppState>, loc: Loc) -> HttpResponse {
    let cards = state
        .languages
        .languages
        .iter()
        .filter(|l| l.locale.is_none())
        .map(|l| {
            let name = l.english.clone();
            SpeakCard {
                code: l.code.clone(),
                tag: l.bcp47().to_string(),
                autonym: l
                    .autonym
                    .clone()
                    .filter(|_| l.autonym_status.as_deref() != Some("unknown")),
                direction: l.direction.clone(),
                english: name.clone(),
                request_en: i18n::message("en", "i-speak-request", &[("language", name.clone())]),
                request_es: i18n::message("es", "i-speak-request", &[("language", name)]),
            }
        })
        .collect();
    ok(&ISpeakPage {
        ctx: page_ctx(&state, loc.0, "/i-speak"),
        cards,
    })
}

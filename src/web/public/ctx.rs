//! What every page template needs: the locale, its direction and review status, the
//! language links, and message lookup.

use std::sync::OnceLock;

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use askama::Template;

use crate::i18n;

pub struct LangLink {
    pub href: String,
    pub tag: &'static str,
    pub autonym: String,
    pub current: bool,
}

pub struct Ctx {
    pub locale: &'static str,
    pub dir: &'static str,
    /// The locale's texts are unreviewed drafts: the page says so.
    pub draft: bool,
    pub languages: Vec<LangLink>,
}

/// Review status per shipped locale, from `locales/<loc>/meta.toml`.
fn is_draft(locale: &str) -> bool {
    static META: OnceLock<Vec<(&'static str, bool)>> = OnceLock::new();
    let meta = META.get_or_init(|| {
        i18n::META
            .iter()
            .map(|(locale, text)| {
                let status = toml::from_str::<toml::Table>(text)
                    .ok()
                    .and_then(|t| t.get("status").and_then(|s| s.as_str()).map(str::to_string));
                (*locale, status.as_deref() == Some("draft"))
            })
            .collect()
    });
    meta.iter().any(|(l, draft)| *l == locale && *draft)
}

impl Ctx {
    /// `path` is the page's path after the locale prefix, for the language links;
    /// `autonym` names a locale in its own script.
    pub fn new(
        locale: &'static str,
        path: &str,
        rtl: bool,
        autonym: impl Fn(&str) -> String,
    ) -> Ctx {
        Ctx {
            locale,
            dir: if rtl { "rtl" } else { "ltr" },
            draft: is_draft(locale),
            languages: i18n::SHIPPED
                .iter()
                .map(|tag| LangLink {
                    href: format!("/{tag}{path}"),
                    tag,
                    autonym: autonym(tag),
                    current: *tag == locale,
                })
                .collect(),
        }
    }

    pub fn t(&self, id: &str) -> String {
        i18n::message(self.locale, id, &[])
    }

    pub fn t1(&self, id: &str, name: &str, value: &str) -> String {
        i18n::message(self.locale, id, &[(name, value.to_string())])
    }

    pub fn tn(&self, id: &str, count: &usize) -> String {
        i18n::count_message(self.locale, id, *count)
    }

    /// The English original of a safety-critical sentence, shown beside a draft.
    pub fn original(&self, id: &str) -> Option<String> {
        self.draft.then(|| i18n::message(i18n::FALLBACK, id, &[]))
    }
}

/// Room for a whole page up front: a page of results is about 20 KiB, and a buffer grown
/// from the template's own hint would be copied four or five times on the way.
const PAGE_BYTES: usize = 32 * 1024;

/// Renders a page; a template error is logged and answered with a plain 500.
pub fn render(status: StatusCode, page: &impl Template) -> HttpResponse {
    let mut html = String::with_capacity(PAGE_BYTES);
    match page.render_into(&mut html) {
        Ok(()) => HttpResponse::build(status)
            .content_type("text/html; charset=utf-8")
            .body(html),
        Err(error) => {
            tracing::error!(%error, "template failed");
            HttpResponse::InternalServerError()
                .content_type("text/plain")
                .body("internal error")
        }
    }
}

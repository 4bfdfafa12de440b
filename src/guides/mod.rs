//! Plain-language guides: Markdown per locale under `locales/<loc>/guides/`, compiled into
//! the binary, rendered once at start-up, each with its sources and review date.

mod markdown;
pub mod readability;

use std::sync::OnceLock;

use chrono::NaiveDate;

pub use markdown::{Block, Section};
use readability::Language;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/guides.rs"));
}

/// Every guide, in the order a reader meets them on the guides page.
pub const SLUGS: [&str; 9] = [
    "how-to-report",
    "get-a-lawyer",
    "what-is-trafficking",
    "your-rights",
    "court-date",
    "protections",
    "for-sponsors",
    "for-community",
    "online-safety",
];

#[derive(Debug)]
pub struct Guide {
    pub locale: &'static str,
    pub slug: &'static str,
    pub title: String,
    pub summary: String,
    pub last_reviewed: NaiveDate,
    pub sections: Vec<Section>,
    pub sources_html: Vec<String>,
    pub source_links: Vec<Vec<String>>,
    pub blocks: Vec<Block>,
    pub links: Vec<String>,
    pub headings: Vec<String>,
}

/// Words that mark a block of an English guide as safety-critical: what happens when you
/// call, who is told, emergencies. A drafted translation shows these blocks' original.
const SAFETY_WORDS: [&str; 6] = ["911", "tell", "police", "immigration", "ICE", "happens"];

impl Guide {
    /// Whether a block of this (English) guide is safety-critical.
    pub fn is_safety_critical(section: &Section) -> bool {
        SAFETY_WORDS.iter().any(|w| section.text.contains(w))
    }

    /// The body as one text, each block ending as a sentence, for readability scores.
    pub fn plain_text(&self) -> String {
        self.blocks
            .iter()
            .map(|b| {
                let t = b.text.trim();
                if t.ends_with(['.', '!', '?', ':']) {
                    t.to_string()
                } else {
                    format!("{t}.")
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The readability score for the guide's language, if Faro measures that language.
    pub fn readability(&self) -> Option<(Language, f64)> {
        let text = self.plain_text();
        match self.locale {
            "en" => Some((Language::English, readability::flesch_kincaid_grade(&text))),
            "es" => Some((Language::Spanish, readability::fernandez_huerta(&text))),
            _ => None,
        }
    }
}

#[derive(Debug, Default)]
pub struct Library {
    guides: Vec<Guide>,
    /// Files that could not be read, with the reason; empty in anything shipped.
    pub problems: Vec<String>,
}

impl Library {
    fn load() -> Library {
        let mut library = Library::default();
        for (locale, slug, text) in embedded::FILES {
            let Some(slug) = SLUGS.iter().find(|s| *s == slug) else {
                library.problems.push(format!(
                    "locales/{locale}/guides/{slug}.md: not a known guide"
                ));
                continue;
            };
            match markdown::parse(text) {
                Ok(r) => library.guides.push(Guide {
                    locale,
                    slug,
                    title: r.front.title,
                    summary: r.front.summary,
                    last_reviewed: r.front.last_reviewed,
                    sections: r.sections,
                    sources_html: r.sources_html,
                    source_links: r.source_links,
                    blocks: r.blocks,
                    links: r.links,
                    headings: r.headings,
                }),
                Err(e) => library
                    .problems
                    .push(format!("locales/{locale}/guides/{slug}.md: {e}")),
            }
        }
        library
    }

    pub fn get(&self, locale: &str, slug: &str) -> Option<&Guide> {
        self.guides
            .iter()
            .find(|g| g.locale == locale && g.slug == slug)
    }

    /// The guide in `locale`, else its English original (`true` when it fell back).
    pub fn get_or_english(&self, locale: &str, slug: &str) -> Option<(&Guide, bool)> {
        self.get(locale, slug)
            .map(|g| (g, false))
            .or_else(|| self.get("en", slug).map(|g| (g, locale != "en")))
    }

    pub fn all(&self) -> &[Guide] {
        &self.guides
    }
}

/// The guides compiled into this binary.
pub fn library() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(Library::load)
}

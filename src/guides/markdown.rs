//! One guide file: TOML front matter between `+++` lines, then Markdown with footnotes.
//! Rendering keeps the guide's own words and nothing else: raw HTML is shown as text,
//! footnotes become a numbered list of sources, and the plain text of every paragraph and
//! list item is kept for the readability score.

use std::collections::HashMap;

use chrono::NaiveDate;
use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd, html};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: String,
    pub summary: String,
    pub last_reviewed: NaiveDate,
}

/// A top-level block of the body (a heading, paragraph or whole list), rendered, with its
/// plain text: a drafted translation is shown block by block beside its original.
#[derive(Debug, Clone)]
pub struct Section {
    pub html: String,
    pub text: String,
}

/// A paragraph or list item, as plain text, and whether it cites a source.
#[derive(Debug, Clone)]
pub struct Block {
    pub text: String,
    pub cites: bool,
}

#[derive(Debug)]
pub struct Rendered {
    pub front: FrontMatter,
    /// The body's top-level blocks, without the sources.
    pub sections: Vec<Section>,
    /// The numbered sources, in order of first citation.
    pub sources_html: Vec<String>,
    /// Every source's link targets, in the same order.
    pub source_links: Vec<Vec<String>>,
    pub blocks: Vec<Block>,
    /// Link targets in the body.
    pub links: Vec<String>,
    /// Text of the `##` headings, in order.
    pub headings: Vec<String>,
}

pub fn parse(file: &str) -> Result<Rendered, String> {
    let rest = file
        .strip_prefix("+++\n")
        .ok_or("the file must start with a `+++` line of TOML front matter")?;
    let (front, body) = rest
        .split_once("\n+++\n")
        .ok_or("the front matter has no closing `+++` line")?;
    let front: FrontMatter = toml::from_str(front).map_err(|e| format!("front matter: {e}"))?;
    let mut rendered = render(body)?;
    rendered.front = front;
    Ok(rendered)
}

/// Where an event goes while walking the Markdown.
enum Target {
    Body,
    Source(usize),
}

fn render(body: &str) -> Result<Rendered, String> {
    let events: Vec<Event> = Parser::new_ext(body, Options::ENABLE_FOOTNOTES).collect();

    // Sources are numbered by first citation, whatever their labels.
    let mut numbers: HashMap<String, usize> = HashMap::new();
    for event in &events {
        if let Event::FootnoteReference(label) = event {
            let next = numbers.len() + 1;
            numbers.entry(label.to_string()).or_insert(next);
        }
    }

    let mut body_events: Vec<Event> = Vec::new();
    let mut source_events: Vec<Vec<Event>> = vec![Vec::new(); numbers.len()];
    let mut source_links: Vec<Vec<String>> = vec![Vec::new(); numbers.len()];
    let mut defined = vec![false; numbers.len()];
    let mut target = Target::Body;
    let mut blocks = Vec::new();
    let mut block: Option<Block> = None;
    let mut links = Vec::new();
    let mut headings = Vec::new();
    let mut heading: Option<String> = None;
    let mut autolink_depth: usize = 0;

    for event in events {
        match &event {
            Event::Start(Tag::FootnoteDefinition(label)) => {
                let n = *numbers
                    .get(label.as_ref())
                    .ok_or_else(|| format!("source [^{label}] is never cited"))?;
                if std::mem::replace(&mut defined[n - 1], true) {
                    return Err(format!("source [^{label}] is defined twice"));
                }
                target = Target::Source(n);
                continue;
            }
            Event::End(TagEnd::FootnoteDefinition) => {
                target = Target::Body;
                continue;
            }
            Event::Html(raw) | Event::InlineHtml(raw) => {
                return Err(format!("raw HTML is not allowed: {}", raw.trim()));
            }
            _ => {}
        }
        if let Target::Source(n) = target {
            if let Event::Start(Tag::Link { dest_url, .. }) = &event {
                source_links[n - 1].push(dest_url.to_string());
            }
            source_events[n - 1].push(event);
            continue;
        }
        match &event {
            Event::Start(Tag::Heading { level, .. }) => {
                if *level == HeadingLevel::H1 || *level > HeadingLevel::H3 {
                    return Err("use only `##` and `###` headings; the page gives the title".into());
                }
                heading = (*level == HeadingLevel::H2).then(String::new);
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some(text) = heading.take() {
                    headings.push(text.trim().to_string());
                }
            }
            Event::Start(Tag::Paragraph | Tag::Item) => {
                flush(&mut block, &mut blocks);
                block = Some(Block {
                    text: String::new(),
                    cites: false,
                });
            }
            Event::End(TagEnd::Paragraph | TagEnd::Item) => flush(&mut block, &mut blocks),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) => {
                links.push(dest_url.to_string());
                if *link_type == LinkType::Autolink {
                    autolink_depth += 1;
                }
            }
            Event::End(TagEnd::Link) => autolink_depth = autolink_depth.saturating_sub(1),
            Event::Text(text) | Event::Code(text) => {
                if let Some(h) = heading.as_mut() {
                    h.push_str(text);
                } else if let Some(b) = block.as_mut()
                    && autolink_depth == 0
                {
                    b.text.push_str(text);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(b) = block.as_mut() {
                    b.text.push(' ');
                }
            }
            Event::FootnoteReference(_) => {
                if let Some(b) = block.as_mut() {
                    b.cites = true;
                }
            }
            _ => {}
        }
        body_events.push(match event {
            Event::FootnoteReference(label) => {
                let n = numbers[label.as_ref()];
                Event::InlineHtml(CowStr::from(format!(
                    r##"<sup class="cite"><a href="#source-{n}">[{n}]</a></sup>"##
                )))
            }
            other => other,
        });
    }
    flush(&mut block, &mut blocks);

    if let Some(missing) = defined.iter().position(|d| !d) {
        let label = numbers
            .iter()
            .find(|(_, n)| **n == missing + 1)
            .map(|(l, _)| l.clone())
            .unwrap_or_default();
        return Err(format!("source [^{label}] is cited but never given"));
    }

    let sections = sections(body_events);
    let sources_html = source_events
        .into_iter()
        .map(|events| {
            let mut out = String::new();
            html::push_html(&mut out, events.into_iter());
            out
        })
        .collect();
    Ok(Rendered {
        front: FrontMatter {
            title: String::new(),
            summary: String::new(),
            last_reviewed: NaiveDate::MIN,
        },
        sections,
        sources_html,
        source_links,
        blocks,
        links,
        headings,
    })
}

/// Splits the body into its top-level blocks.
fn sections(events: Vec<Event>) -> Vec<Section> {
    let mut out = Vec::new();
    let mut current: Vec<Event> = Vec::new();
    let mut depth = 0usize;
    for event in events {
        match &event {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        current.push(event);
        if depth == 0 {
            let text = current
                .iter()
                .filter_map(|e| match e {
                    Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                    _ => None,
                })
                .collect::<Vec<_>>()
                .join(" ");
            let mut html = String::new();
            html::push_html(&mut html, std::mem::take(&mut current).into_iter());
            out.push(Section { html, text });
        }
    }
    out
}

fn flush(block: &mut Option<Block>, blocks: &mut Vec<Block>) {
    if let Some(mut b) = block.take() {
        b.text = b.text.split_whitespace().collect::<Vec<_>>().join(" ");
        if !b.text.is_empty() {
            blocks.push(b);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GUIDE: &str = "+++\ntitle = \"T\"\nsummary = \"S\"\nlast_reviewed = \"2026-11-30\"\n+++\n\
## What to do first\n\n- Call the line at 1-888-373-7888.[^a]\n- Read [the router](/en/help).\n\n\
Plain words <b>here</b>.\n\n[^a]: Polaris (undated). <https://humantraffickinghotline.org/>\n";

    #[test]
    fn sources_are_numbered_and_listed_apart_from_the_body() {
        let err = parse(GUIDE).unwrap_err();
        assert!(err.contains("raw HTML"), "{err}");
        let ok = parse(&GUIDE.replace(" <b>here</b>", "")).unwrap();
        assert_eq!(ok.front.title, "T");
        assert_eq!(ok.headings, ["What to do first"]);
        let body: String = ok.sections.iter().map(|s| s.html.as_str()).collect();
        assert!(body.contains(r##"<a href="#source-1">[1]</a>"##));
        assert!(!body.contains("humantraffickinghotline"));
        assert_eq!(ok.sections.len(), 3, "heading, list, paragraph");
        assert!(ok.sections[1].text.contains("1-888-373-7888"));
        assert_eq!(ok.source_links, [["https://humantraffickinghotline.org/"]]);
        assert_eq!(ok.links, ["/en/help"]);
        let texts: Vec<(&str, bool)> = ok
            .blocks
            .iter()
            .map(|b| (b.text.as_str(), b.cites))
            .collect();
        assert_eq!(
            texts,
            [
                ("Call the line at 1-888-373-7888.", true),
                ("Read the router.", false),
                ("Plain words.", false)
            ]
        );
    }

    #[test]
    fn a_source_cited_but_not_given_is_refused() {
        let valid = GUIDE.replace(" <b>here</b>", "");
        let err = parse(&valid.replace("[^a]: Polaris", "[^b]: Polaris")).unwrap_err();
        assert!(
            err.contains("never cited") || err.contains("never given"),
            "{err}"
        );
    }
}

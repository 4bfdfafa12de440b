//! Reading a text message ("77002 trabajo", "help houston es", "abogado 10001") into a
//! router question, and writing the answer back as a short, discreet reply.

use crate::data::{LanguageTable, Taxonomy};
use crate::i18n;
use crate::route::Situation;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Stop,
    Start,
    Menu,
    More,
}

/// What a message asked for. Anything it did not say is `None`, and the reply says
/// which default was used.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Request {
    pub command: Option<Command>,
    /// A language word ("ESPAÑOL", or a locale tag as the last word).
    pub locale: Option<&'static str>,
    /// The language of the words used, when no language word was given.
    pub guessed_locale: Option<&'static str>,
    pub zip: Option<String>,
    /// The words left over, to try as a city or state.
    pub place_text: String,
    pub situation: Option<Situation>,
    pub danger: bool,
}

/// Whole-message commands, compared without accents or case. Carriers and providers
/// handle STOP too; Faro honours it as well.
const STOP: [&str; 8] = [
    "stop",
    "stopall",
    "unsubscribe",
    "cancel",
    "end",
    "quit",
    "alto",
    "parar",
];
const START: [&str; 4] = ["start", "unstop", "inicio", "comenzar"];
const MENU: [&str; 7] = ["help", "ayuda", "ajuda", "aide", "ed", "menu", "info"];
const MORE: [&str; 5] = ["more", "mas", "mais", "plus", "plis"];

/// The language a command word is written in, so the answer comes back in it.
const COMMAND_LOCALES: [(&str, &str); 11] = [
    ("alto", "es"),
    ("parar", "es"),
    ("inicio", "es"),
    ("comenzar", "es"),
    ("ayuda", "es"),
    ("ajuda", "pt"),
    ("aide", "fr"),
    ("ed", "ht"),
    ("mas", "es"),
    ("mais", "pt"),
    ("plis", "ht"),
];

/// Words that carry no meaning here, dropped before the rest is read as a place.
const FILLER: [&str; 24] = [
    "help", "ayuda", "ajuda", "aide", "ed", "please", "por", "favor", "en", "in", "near", "cerca",
    "de", "del", "la", "el", "the", "a", "to", "para", "i", "need", "necesito", "me",
];

/// Needs of `data/taxonomy.toml` and the router situation each one asks about.
const NEED_SITUATIONS: [(&str, Situation); 15] = [
    ("work", Situation::Labor),
    ("trafficking", Situation::Labor),
    ("abuse", Situation::Abuse),
    ("report", Situation::Abuse),
    ("online", Situation::Online),
    ("legal", Situation::Legal),
    ("court", Situation::Legal),
    ("documents", Situation::Legal),
    ("shelter", Situation::Shelter),
    ("runaway", Situation::Shelter),
    ("food", Situation::Shelter),
    ("crisis", Situation::Talk),
    ("talk", Situation::Talk),
    ("health", Situation::Talk),
    ("family", Situation::LostContact),
];

/// Locale tags a message may end with.
const TAG_WORDS: [&str; 6] = ["en", "es", "pt", "fr", "ht", "zh"];

/// When a word's language is ambiguous, the likelier reader comes first.
const GUESS_ORDER: [&str; 5] = ["es", "en", "pt", "fr", "ht"];

fn fold(text: &str) -> String {
    deunicode::deunicode(text).to_lowercase()
}

fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether `phrase` (already folded) occurs in `msg` as whole words.
fn contains_phrase(msg: &[String], phrase: &[String]) -> Option<usize> {
    (!phrase.is_empty() && phrase.len() <= msg.len())
        .then(|| msg.windows(phrase.len()).position(|w| w == phrase))
        .flatten()
}

pub fn parse(text: &str, taxonomy: &Taxonomy, languages: &LanguageTable) -> Request {
    let mut request = Request::default();
    let mut msg = words(text);
    let whole = msg.join(" ");
    for (list, command) in [
        (&STOP[..], Command::Stop),
        (&START[..], Command::Start),
        (&MENU[..], Command::Menu),
        (&MORE[..], Command::More),
    ] {
        if list.contains(&whole.as_str()) {
            request.command = Some(command);
            request.locale = COMMAND_LOCALES
                .iter()
                .find(|(word, _)| *word == whole)
                .map(|(_, locale)| *locale);
            return request;
        }
    }

    // A language word, which may be written in another script ("中文") or as two words.
    let mut used = vec![false; msg.len()];
    for language in &languages.languages {
        let Some(locale) = language.locale.as_deref().and_then(i18n::shipped) else {
            continue;
        };
        for word in &language.sms_words {
            if let Some(at) = contains_phrase(&msg, &words(word)) {
                request.locale = Some(locale);
                used[at..at + words(word).len()].fill(true);
            }
        }
    }
    // A bare locale tag counts only as the last word: "en" and "es" are also words, and
    // "ar" is Arkansas.
    if request.locale.is_none()
        && let Some(last) = msg.last()
        && TAG_WORDS.contains(&last.as_str())
        && let Some(locale) = i18n::shipped(last)
    {
        request.locale = Some(locale);
        *used.last_mut().expect("not empty") = true;
    }

    let mut guesses: Vec<&'static str> = Vec::new();
    for need in &taxonomy.needs {
        let Some(situation) = NEED_SITUATIONS
            .iter()
            .find(|(id, _)| *id == need.id)
            .map(|(_, s)| *s)
        else {
            continue;
        };
        for (locale, synonyms) in &need.synonyms {
            for synonym in synonyms {
                let phrase = words(synonym);
                if let Some(at) = contains_phrase(&msg, &phrase) {
                    request.situation.get_or_insert(situation);
                    request.danger |= need.id == "crisis";
                    used[at..at + phrase.len()].fill(true);
                    if let Some(l) = GUESS_ORDER.iter().find(|l| *l == locale) {
                        guesses.push(l);
                    }
                }
            }
        }
    }
    request.guessed_locale = GUESS_ORDER.iter().find(|l| guesses.contains(l)).copied();

    for (i, word) in msg.iter().enumerate() {
        if word == "911" {
            request.danger = true;
            used[i] = true;
        } else if word.len() == 5 && word.chars().all(|c| c.is_ascii_digit()) {
            request.zip.get_or_insert_with(|| word.clone());
            used[i] = true;
        }
    }
    let mut i = 0;
    msg.retain(|w| {
        let keep = !used[i] && !FILLER.contains(&w.as_str());
        i += 1;
        keep
    });
    request.place_text = msg.join(" ");
    request
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tables() -> (Taxonomy, LanguageTable) {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let taxonomy =
            toml::from_str(&std::fs::read_to_string(root.join("taxonomy.toml")).unwrap()).unwrap();
        let languages =
            toml::from_str(&std::fs::read_to_string(root.join("languages.toml")).unwrap()).unwrap();
        (taxonomy, languages)
    }

    #[test]
    fn messages_in_several_languages_become_questions() {
        let (t, l) = tables();
        let r = parse("77002 trabajo", &t, &l);
        assert_eq!(
            (r.zip.as_deref(), r.situation),
            (Some("77002"), Some(Situation::Labor))
        );
        assert_eq!((r.locale, r.guessed_locale), (None, Some("es")));
        let r = parse("help houston es", &t, &l);
        assert_eq!(
            (r.locale, r.situation, r.place_text.as_str()),
            (Some("es"), None, "houston")
        );
        let r = parse("abogado 10001", &t, &l);
        assert_eq!(
            (r.zip.as_deref(), r.situation),
            (Some("10001"), Some(Situation::Legal))
        );
        let r = parse("Avoka Miami FL KREYÒL", &t, &l);
        assert_eq!(
            (r.locale, r.situation),
            (Some("ht"), Some(Situation::Legal))
        );
        assert_eq!(r.place_text, "miami fl");
        let r = parse("trabajo en Houston TX", &t, &l);
        assert_eq!(
            (r.locale, r.place_text.as_str()),
            (None, "houston tx"),
            "'en' is a word here"
        );
        let r = parse("emergencia 33101", &t, &l);
        assert!(r.danger);
        let r = parse("FRANÇAIS", &t, &l);
        assert_eq!((r.locale, r.situation), (Some("fr"), None));
    }

    #[test]
    fn whole_message_commands_are_understood_without_accents() {
        let (t, l) = tables();
        for (text, command) in [
            ("STOP", Command::Stop),
            ("stop ", Command::Stop),
            ("START", Command::Start),
            ("HELP", Command::Menu),
            ("Ayuda", Command::Menu),
            ("ÈD", Command::Menu),
            ("MÁS", Command::More),
            ("more", Command::More),
        ] {
            assert_eq!(parse(text, &t, &l).command, Some(command), "{text}");
        }
        assert_eq!(parse("stop calling me 77002", &t, &l).command, None);
        assert_eq!(parse("AYUDA", &t, &l).locale, Some("es"));
        assert_eq!(parse("PLIS", &t, &l).locale, Some("ht"));
        assert_eq!(parse("HELP", &t, &l).locale, None);
    }
}

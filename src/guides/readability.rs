//! Readability scores for the guides: Flesch–Kincaid grade for English and the
//! Fernández-Huerta index for Spanish, with syllable counting for both languages.
//!
//! Words and sentences are counted the way PyPI `textstat` 0.7.3 counts them (CI
//! cross-checks the scores against it), but syllables are counted as spoken, not by
//! hyphenation points, so short words that may not be hyphenated ("over", "otro") still
//! count two syllables.

/// The counts a readability formula needs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextCounts {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
}

impl TextCounts {
    pub fn words_per_sentence(&self) -> f64 {
        self.words as f64 / self.sentences.max(1) as f64
    }

    pub fn syllables_per_word(&self) -> f64 {
        self.syllables as f64 / self.words.max(1) as f64
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    English,
    Spanish,
}

/// Flesch–Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
pub fn flesch_kincaid_grade(text: &str) -> f64 {
    let c = counts(text, Language::English);
    0.39 * c.words_per_sentence() + 11.8 * c.syllables_per_word() - 15.59
}

/// Fernández-Huerta (1959) in its corrected form (Law, 2011): 206.84 − 0.60 P − 1.02 F, with
/// P syllables per 100 words and F words per sentence — sentences are counted, not the
/// per-100-words sentence rate that many copies of the formula mis-transcribe.
pub fn fernandez_huerta(text: &str) -> f64 {
    let c = counts(text, Language::Spanish);
    206.84 - 0.60 * (100.0 * c.syllables_per_word()) - 1.02 * c.words_per_sentence()
}

pub fn counts(text: &str, language: Language) -> TextCounts {
    let cleaned = without_punctuation(text);
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    TextCounts {
        words: words.len(),
        sentences: sentence_count(text),
        syllables: words.iter().map(|w| syllables(w, language)).sum(),
    }
}

/// Punctuation goes, apostrophes and hyphens included, so "1-800-422-4453" is one word
/// and "don't" is "dont" (textstat's default).
fn without_punctuation(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric() || *c == '_' || c.is_whitespace())
        .collect()
}

/// Runs of text between `.`, `!` and `?` that hold a word; runs of two words or fewer
/// ("U.S.", "Step 1.") are not sentences.
fn sentence_count(text: &str) -> usize {
    let sentences = text
        .split(['.', '!', '?'])
        .filter(|run| run.chars().any(|c| c.is_alphanumeric() || c == '_'))
        .filter(|run| without_punctuation(run).split_whitespace().count() > 2)
        .count();
    sentences.max(1)
}

pub fn syllables(word: &str, language: Language) -> usize {
    let lower: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    if lower.is_empty() {
        // A number is read as one unit here, as textstat does.
        return 1;
    }
    let n = match language {
        Language::English => english_syllables(&lower),
        Language::Spanish => spanish_syllables(&lower),
    };
    n.max(1)
}

fn is_english_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// Vowel groups, less a silent final "e" and the "-ed"/"-es" endings that add no syllable.
fn english_syllables(w: &[char]) -> usize {
    if w.len() <= 3 {
        return 1;
    }
    let mut groups = 0;
    let mut in_vowel = false;
    for (i, &c) in w.iter().enumerate() {
        // A leading "y" is a consonant ("you", "year").
        let vowel = is_english_vowel(c) && !(c == 'y' && i == 0);
        if vowel && !in_vowel {
            groups += 1;
        }
        in_vowel = vowel;
    }
    let n = w.len();
    let ends = |s: &str| w.ends_with(&s.chars().collect::<Vec<_>>());
    let before = |k: usize| (n > k).then(|| w[n - 1 - k]);
    let consonant_at = |k: usize| before(k).is_some_and(|c| !is_english_vowel(c));
    if ends("e") && !ends("le") && !ends("ee") && !ends("ye") && consonant_at(1) && groups > 1 {
        // "make", "save" — but "little" and "free" keep theirs.
        groups -= 1;
    } else if ends("le") && !consonant_at(2) && groups > 1 {
        // "while", "sale": the "e" is silent after a vowel.
        groups -= 1;
    } else if ends("ed") && !matches!(before(2), Some('t' | 'd')) && consonant_at(2) && groups > 1 {
        // "called", "helped" — but "wanted", "needed" keep the syllable.
        groups -= 1;
    } else if ends("es")
        && consonant_at(2)
        && !matches!(before(2), Some('s' | 'x' | 'z' | 'h' | 'c' | 'g'))
        && groups > 1
    {
        // "makes", "lines" — but "places", "boxes" keep it.
        groups -= 1;
    }
    groups
}

/// Whether a Spanish vowel is strong: a, e, o and any accented vowel stand as their own
/// nucleus; unaccented i, u and ü are weak. `None` for consonants.
fn spanish_vowel_strength(c: char) -> Option<bool> {
    match c {
        'a' | 'e' | 'o' | 'á' | 'é' | 'ó' | 'í' | 'ú' => Some(true),
        'i' | 'u' | 'ü' => Some(false),
        _ => None,
    }
}

/// Vowel nuclei: a diphthong (a weak vowel beside another vowel) is one syllable, two
/// strong vowels side by side (hiatus) are two; "y" is a consonant, so "hoy" and "muy" have
/// one. Then, as Spanish word division does (RAE, Ortografía 2010, §4.1.1.2), a lone vowel
/// is not split off at either end of a word: "abo-ga-do", "tenía" as "te-nía". That is the
/// convention of the hyphenation dictionary textstat counts with, so the two tools' scores
/// are comparable; a purely phonetic count scores the same guides about 7 points lower.
fn spanish_syllables(w: &[char]) -> usize {
    let mut nuclei = Vec::new();
    let mut prev_strong: Option<bool> = None;
    for (i, &c) in w.iter().enumerate() {
        let strong = spanish_vowel_strength(c);
        if let Some(strong) = strong
            && prev_strong.is_none_or(|prev| prev && strong)
        {
            nuclei.push(i);
        }
        prev_strong = strong;
    }
    let is_vowel = |i: usize| {
        w.get(i)
            .is_some_and(|c| spanish_vowel_strength(*c).is_some())
    };
    // The first syllable is the lone vowel when what follows it opens the next syllable:
    // one consonant ("a-yu-da") or a cluster that is never split ("o-tro", "e-llos").
    let lone_first_vowel = || {
        const CLUSTERS: [&str; 15] = [
            "pl", "pr", "bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "tr", "ch", "ll",
            "rr",
        ];
        let pair: String = w.iter().skip(1).take(2).collect();
        !is_vowel(1) && (is_vowel(2) || CLUSTERS.contains(&pair.as_str()) && is_vowel(3))
    };
    let mut count = nuclei.len();
    if count >= 2 && nuclei[0] == 0 && lone_first_vowel() {
        count -= 1;
    }
    let last = w.len() - 1;
    if count >= 2 && nuclei.last() == Some(&last) && is_vowel(last - 1) {
        count -= 1;
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_syllables_follow_speech() {
        let cases = [
            ("you", 1),
            ("help", 1),
            ("make", 1),
            ("little", 2),
            ("free", 1),
            ("lawyer", 2),
            ("called", 1),
            ("wanted", 2),
            ("places", 2),
            ("makes", 1),
            ("over", 2),
            ("trafficking", 3),
            ("immigration", 4),
            ("everyone", 3),
            ("safe", 1),
            ("911", 1),
        ];
        for (word, n) in cases {
            assert_eq!(syllables(word, Language::English), n, "{word}");
        }
    }

    #[test]
    fn spanish_syllables_follow_diphthongs_hiatus_and_word_division() {
        let cases = [
            ("abogado", 3),
            ("otro", 1),
            ("puedes", 2),
            ("ayuda", 2),
            ("país", 2),
            ("día", 1),
            ("aéreo", 3),
            ("leer", 2),
            ("hoy", 1),
            ("muy", 1),
            ("y", 1),
            ("que", 1),
            ("guía", 1),
            ("correo", 2),
            ("bueno", 2),
            ("llamar", 2),
            ("inmigración", 4),
            ("ellos", 1),
            ("abril", 1),
            ("hablar", 2),
            ("ciudad", 2),
        ];
        for (word, n) in cases {
            assert_eq!(syllables(word, Language::Spanish), n, "{word}");
        }
    }

    #[test]
    fn sentences_of_two_words_or_fewer_do_not_count() {
        assert_eq!(sentence_count("Call now. You can call us today. Go."), 1);
        assert_eq!(sentence_count("The U.S. has many lines. They help you."), 2);
        assert_eq!(sentence_count(""), 1);
    }

    #[test]
    fn the_formulas_match_their_definitions() {
        // Counted by hand: 10 words, 2 sentences, 11 syllables ("law-yer").
        let text = "You can call for free. A lawyer can help you.";
        let c = counts(text, Language::English);
        assert_eq!((c.words, c.sentences, c.syllables), (10, 2, 11));
        let fk = flesch_kincaid_grade(text);
        assert!(
            (fk - (0.39 * 5.0 + 11.8 * 1.1 - 15.59)).abs() < 1e-9,
            "{fk}"
        );
        // pue-des lla-mar gra-tis hoy. un abo-ga-do te pue-de ayu-dar: 16.
        let es = "Puedes llamar gratis hoy. Un abogado te puede ayudar.";
        let c = counts(es, Language::Spanish);
        assert_eq!((c.words, c.sentences, c.syllables), (9, 2, 16));
        let fh = fernandez_huerta(es);
        let expected = 206.84 - 0.60 * (100.0 * 16.0 / 9.0) - 1.02 * 4.5;
        assert!((fh - expected).abs() < 1e-9, "{fh}");
    }
}

/// Folds a place name for matching: accents, case and punctuation gone, and the usual
/// abbreviations spelled out, so "St. Louis", "Saint Louis" and "SAINT LOUIS" agree.
pub fn normalize(name: &str) -> String {
    let folded = deunicode::deunicode(name).to_lowercase();
    let spaced: String = folded
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    spaced
        .split_whitespace()
        .map(|w| match w {
            "st" => "saint",
            "ste" => "sainte",
            "ft" => "fort",
            "mt" => "mount",
            "pt" => "point",
            other => other,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Levenshtein distance, for "did you mean" suggestions.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_and_accents_fold_together() {
        assert_eq!(normalize("St. Louis"), "saint louis");
        assert_eq!(normalize("Saint Louis"), "saint louis");
        assert_eq!(normalize("Ft Worth"), normalize("Fort Worth"));
        assert_eq!(normalize("San José"), "san jose");
        assert_eq!(normalize("Coeur d'Alene"), "coeur d alene");
    }

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("houston", "huston"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("same", "same"), 0);
    }
}

//! Names of observed people shortened to initials in a file that leaves the phone.

use crate::core::model::Programme;

/// Names of people observed, written as initials only ("Ali Hassan" → "A. H.") in the
/// notes and what the guest wondered about. Whole words only, as written.
pub fn initials_only(programme: &mut Programme, names: &[&str]) {
    let names: Vec<(&str, String)> = names
        .iter()
        .map(|n| n.trim())
        .filter(|n| !n.is_empty())
        .map(|n| {
            let short: Vec<String> = n
                .split_whitespace()
                .filter_map(|w| w.chars().next())
                .map(|c| format!("{c}."))
                .collect();
            (n, short.join(" "))
        })
        .collect();
    for visit in &mut programme.visits {
        for note in &mut visit.notes {
            for field in [&mut note.text.value, &mut note.wonder.value] {
                for (name, short) in &names {
                    *field = replace_word(field, name, short);
                }
            }
        }
    }
}

/// `text` with every whole-word `word` replaced by `by`.
fn replace_word(text: &str, word: &str, by: &str) -> String {
    let letter = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(word) {
        let before = if at > 0 {
            rest[..at].chars().last()
        } else {
            out.chars().last()
        };
        let after = rest[at + word.len()..].chars().next();
        out.push_str(&rest[..at]);
        if letter(before) || letter(after) {
            out.push_str(word);
        } else {
            out.push_str(by);
        }
        rest = &rest[at + word.len()..];
    }
    out.push_str(rest);
    out
}

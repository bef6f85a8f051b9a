//! The names files leave the phone under.

use crate::core::time::Date;

/// "jobbesoeg-besoeg-1-mette-2027-03-10.jbs": what, whose, when, in plain ASCII.
pub fn file_name(what: &str, who: &str, date: Date, extension: &str) -> String {
    let mut slug = String::new();
    for c in who.chars().flat_map(char::to_lowercase) {
        match c {
            'æ' => slug.push_str("ae"),
            'ø' => slug.push_str("oe"),
            'å' => slug.push_str("aa"),
            c if c.is_ascii_alphanumeric() => slug.push(c),
            _ if !slug.ends_with('-') && !slug.is_empty() => slug.push('-'),
            _ => {}
        }
    }
    let slug = slug.trim_end_matches('-');
    let mut name = format!("jobbesoeg-{what}");
    if !slug.is_empty() {
        name.push('-');
        name.push_str(slug);
    }
    format!("{name}-{}.{extension}", date.iso())
}

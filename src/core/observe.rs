//! The guest's observation: notes with one-tap markers, when each was written in the
//! observation, and the words that judge rather than describe ("fly on the wall").

use std::ops::Range;

use super::model::{Note, ParticipantId, Style, Tag, Visit};
use super::time::Timestamp;

/// The markers every note can carry besides the host's focus points, in the order shown.
pub const FIXED_TAGS: [Tag; 9] = [
    Tag::Reactions,
    Tag::Relations,
    Tag::Resistance,
    Tag::Quote,
    Tag::Style(Style::Vision),
    Tag::Style(Style::ContingentRecognition),
    Tag::Style(Style::DataInformed),
    Tag::Style(Style::Distributed),
    Tag::Style(Style::RelationBuilding),
];

impl Note {
    /// Puts `tag` on the note, or takes it off if it is there. Tags keep the order
    /// [`Visit::markers`] shows them in, so the same set is always written the same way.
    pub fn toggle(&mut self, tag: Tag, by: &ParticipantId) {
        let mut tags = self.tags.value.clone();
        match tags.iter().position(|t| *t == tag) {
            Some(at) => {
                tags.remove(at);
            }
            // Kept in order by inserting in place (a sort costs ~3 KB of wasm).
            None => {
                let at = tags.iter().position(|t| *t > tag).unwrap_or(tags.len());
                tags.insert(at, tag);
            }
        }
        self.tags.set(tags, by);
    }

    pub fn has(&self, tag: &Tag) -> bool {
        self.tags.value.contains(tag)
    }
}

impl Visit {
    /// The markers to offer: the host's focus points (those not removed and not empty),
    /// then reactions, relations, resistance, a quote and the five styles.
    pub fn markers(&self) -> Vec<(Tag, Option<&str>)> {
        let focus = self
            .alignment
            .focus_points
            .iter()
            .filter(|p| !p.deleted.value && !p.text.value.trim().is_empty())
            .map(|p| (Tag::Focus(p.id.clone()), Some(p.text.value.as_str())));
        focus.chain(FIXED_TAGS.map(|t| (t, None))).collect()
    }

    /// The text of focus point `id`, also after it was removed (a note may still carry it).
    pub fn focus_text(&self, id: &str) -> Option<&str> {
        let point = self.alignment.focus_points.iter().find(|p| p.id == id)?;
        Some(point.text.value.as_str())
    }

    pub fn note(&self, id: &str) -> Option<&Note> {
        self.notes.iter().find(|n| n.id == id)
    }

    pub fn note_mut(&mut self, id: &str) -> Option<&mut Note> {
        self.notes.iter_mut().find(|n| n.id == id)
    }

    /// The note `id`, made (at `now`) if it does not exist yet.
    pub fn note_or_new(&mut self, id: &str, now: Timestamp) -> &mut Note {
        let at = match self.notes.iter().position(|n| n.id == id) {
            Some(at) => at,
            None => {
                self.notes.push(Note::new(id.to_string(), now));
                self.notes.len() - 1
            }
        };
        &mut self.notes[at]
    }

    /// When the observation started: the first note not deleted.
    pub fn observation_start(&self) -> Option<Timestamp> {
        self.live_notes().map(|n| n.created).min()
    }

    /// The notes not deleted that carry `tag`, in the order written.
    pub fn notes_with<'a>(&'a self, tag: &'a Tag) -> impl Iterator<Item = &'a Note> {
        self.live_notes().filter(move |n| n.has(tag))
    }
}

/// Whole minutes from `start` to `at` ("+12 min"), never below 0.
pub fn minutes_since(start: Timestamp, at: Timestamp) -> i64 {
    (at.0 - start.0).max(0) / 60_000
}

/// Words that judge rather than describe, Danish and English, as written in lower case.
/// Danish adjectives with their inflections (god, godt, gode; dårlig, dårligt, dårlige).
const JUDGING: [&str; 67] = [
    "god",
    "godt",
    "gode",
    "bedre",
    "bedst",
    "bedste",
    "dårlig",
    "dårligt",
    "dårlige",
    "burde",
    "bør",
    "forkert",
    "forkerte",
    "flot",
    "flotte",
    "elendig",
    "elendigt",
    "elendige",
    "skidt",
    "ringe",
    "dum",
    "dumt",
    "dumme",
    "fantastisk",
    "fantastiske",
    "perfekt",
    "perfekte",
    "fejlede",
    "pinlig",
    "pinligt",
    "pinlige",
    "håbløs",
    "håbløst",
    "håbløse",
    "fremragende",
    "super",
    "uprofessionel",
    "uprofessionelt",
    "professionelt",
    "good",
    "bad",
    "better",
    "best",
    "worse",
    "worst",
    "should",
    "shouldn't",
    "ought",
    "wrong",
    "great",
    "poor",
    "terrible",
    "awful",
    "excellent",
    "perfect",
    "stupid",
    "brilliant",
    "amazing",
    "useless",
    "embarrassing",
    "unprofessional",
    "lousy",
    "fantastic",
    "horrible",
    "nice",
    "weak",
    "must",
];

/// Two-word judgements: "skulle have" (should have) and its kin.
const JUDGING_PAIRS: [(&str, &str); 3] =
    [("skulle", "have"), ("kunne", "have"), ("should", "have")];

/// `text` in pieces, each marked `true` where it judges (see [`judging_words`]).
pub fn judging_pieces(text: &str) -> Vec<(&str, bool)> {
    let mut pieces = Vec::new();
    let mut at = 0;
    for range in judging_words(text) {
        if at < range.start {
            pieces.push((&text[at..range.start], false));
        }
        at = range.end;
        pieces.push((&text[range], true));
    }
    if at < text.len() {
        pieces.push((&text[at..], false));
    }
    pieces
}

/// Where `text` judges: the byte ranges of the judging words and phrases, in order.
/// Matches whole words in any case; "godt" in "godtage" is no match.
pub fn judging_words(text: &str) -> Vec<Range<usize>> {
    let words = words(text);
    let lower: Vec<String> = words
        .iter()
        .map(|r| text[r.clone()].chars().map(lower_case).collect())
        .collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let pair = lower.get(i + 1).and_then(|next| {
            JUDGING_PAIRS
                .iter()
                .any(|(a, b)| lower[i] == *a && next == b)
                .then(|| words[i].start..words[i + 1].end)
        });
        if let Some(range) = pair {
            found.push(range);
            i += 2;
            continue;
        }
        if JUDGING.contains(&lower[i].as_str()) {
            found.push(words[i].clone());
        }
        i += 1;
    }
    found
}

/// Whether `c` belongs in a word: Latin letters with their accents (æ, ø, å, é, ü …),
/// Greek and Cyrillic. Ranges instead of `char::is_alphabetic`, whose Unicode tables cost
/// ~6 KB of the first-load budget, for words this list never has.
fn is_letter(c: char) -> bool {
    matches!(c as u32, 0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x370..=0x1FFF)
        && !matches!(c, '×' | '÷')
}

/// `c` in lower case, for ASCII and Latin-1 (Æ → æ, Ø → ø, Å → å): enough for a list of
/// Danish and English words, without the Unicode case tables.
fn lower_case(c: char) -> char {
    match c as u32 {
        0x41..=0x5A | 0xC0..=0xDE if c != '×' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        _ => c,
    }
}

/// The words of `text`: runs of letters (æ, ø, å too) with inner apostrophes.
fn words(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let inner_apostrophe = (c == '\'' || c == '’')
            && start.is_some()
            && chars.peek().is_some_and(|(_, n)| is_letter(*n));
        if is_letter(c) || inner_apostrophe {
            start.get_or_insert(at);
        } else if let Some(s) = start.take() {
            out.push(s..at);
        }
    }
    if let Some(s) = start {
        out.push(s..text.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::FocusPoint;

    fn found(text: &str) -> Vec<&str> {
        judging_words(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn danish_judgements_are_found_in_their_inflections() {
        assert_eq!(found("Det var godt gjort"), ["godt"]);
        assert_eq!(
            found("Et dårligt møde, dårlige slides"),
            ["dårligt", "dårlige"]
        );
        assert_eq!(found("Hun burde have spurgt"), ["burde"]);
        assert_eq!(found("Han skulle have ventet"), ["skulle have"]);
        assert_eq!(
            found("FORKERT! Flot. Elendigt."),
            ["FORKERT", "Flot", "Elendigt"]
        );
        assert_eq!(found("DÅRLIGT—godt…«bør»"), ["DÅRLIGT", "godt", "bør"]);
    }

    #[test]
    fn english_judgements_are_found() {
        assert_eq!(found("A good point, bad timing"), ["good", "bad"]);
        assert_eq!(
            found("She shouldn't have; he should have"),
            ["shouldn't", "should have"]
        );
    }

    #[test]
    fn descriptions_are_not_judgements() {
        assert!(found("Hun spørger Peter om budgettet. Tre nikker.").is_empty());
        // Whole words only: these contain a judging word but are none.
        assert!(found("godtager godter badge goodwill flotille").is_empty());
        assert!(found("").is_empty());
    }

    #[test]
    fn ranges_are_byte_ranges_into_the_text() {
        let text = "Æblet var dårligt";
        let ranges = judging_words(text);
        assert_eq!(ranges, vec![Range { start: 11, end: 19 }]);
        assert_eq!(&text[ranges[0].clone()], "dårligt");
    }

    fn visit_with_focus() -> Visit {
        let mut v = Visit::default();
        let me = ParticipantId("m".into());
        for (id, text, deleted) in [("a", "Reaktioner på planen", false), ("b", "gammel", true)] {
            let mut p = FocusPoint {
                id: id.into(),
                ..FocusPoint::default()
            };
            p.text.set(text.into(), &me);
            p.deleted.set(deleted, &me);
            v.alignment.focus_points.push(p);
        }
        v
    }

    #[test]
    fn markers_are_the_living_focus_points_then_the_fixed_ones() {
        let v = visit_with_focus();
        let markers = v.markers();
        assert_eq!(markers.len(), 1 + FIXED_TAGS.len());
        assert_eq!(
            markers[0],
            (Tag::Focus("a".into()), Some("Reaktioner på planen"))
        );
        assert_eq!(markers[1], (Tag::Reactions, None));
        assert_eq!(v.focus_text("b"), Some("gammel"));
    }

    #[test]
    fn a_marker_toggles_on_and_off_and_the_order_does_not_depend_on_taps() {
        let me = ParticipantId("m".into());
        let mut a = Note::new("n".into(), Timestamp(0));
        let mut b = a.clone();
        a.toggle(Tag::Quote, &me);
        a.toggle(Tag::Style(Style::Vision), &me);
        b.toggle(Tag::Style(Style::Vision), &me);
        b.toggle(Tag::Quote, &me);
        assert_eq!(a.tags.value, b.tags.value);
        assert!(a.has(&Tag::Quote));
        a.toggle(Tag::Quote, &me);
        assert!(!a.has(&Tag::Quote));
        assert_eq!(a.tags.value, [Tag::Style(Style::Vision)]);
        assert_eq!(a.tags.version, 3);
    }

    #[test]
    fn the_observation_starts_with_the_first_note_left() {
        let mut v = Visit::default();
        let me = ParticipantId("m".into());
        v.note_or_new("x", Timestamp(60_000));
        v.note_or_new("y", Timestamp(900_000))
            .toggle(Tag::Quote, &me);
        assert_eq!(v.notes.len(), 2);
        v.note_or_new("y", Timestamp(999_999)); // exists: not made again
        assert_eq!(v.notes.len(), 2);
        assert_eq!(v.observation_start(), Some(Timestamp(60_000)));
        assert_eq!(minutes_since(Timestamp(60_000), Timestamp(900_000)), 14);
        v.note_mut("x").unwrap().deleted.set(true, &me);
        assert_eq!(v.observation_start(), Some(Timestamp(900_000)));
        assert_eq!(v.notes_with(&Tag::Quote).count(), 1);
        assert_eq!(minutes_since(Timestamp(5), Timestamp(0)), 0);
    }

    #[test]
    fn a_text_comes_apart_into_judging_and_describing_pieces() {
        assert_eq!(
            judging_pieces("Det var godt, men hun burde <vente>"),
            [
                ("Det var ", false),
                ("godt", true),
                (", men hun ", false),
                ("burde", true),
                (" <vente>", false)
            ]
        );
        assert_eq!(judging_pieces("godt"), [("godt", true)]);
        assert!(judging_pieces("").is_empty());
    }
}

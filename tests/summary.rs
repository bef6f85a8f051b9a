//! The May wrap-up (issue 9): the summary names both partners, has every section of the
//! guide for each visit, and the same as Markdown. What the screen draws of it is
//! checked in a browser (`tests/e2e/tests/summary.rs`).
#![cfg(not(target_arch = "wasm32"))]

use jobbesoeg::core::model::{FocusPoint, Note, ParticipantId, Programme, Style};
use jobbesoeg::core::settings::Lang;
use jobbesoeg::core::time::{Clock, Date, Timestamp};
use jobbesoeg::core::wrap_up::{self, OtherError};
use jobbesoeg::i18n::wrap_up::{tw, W};
use jobbesoeg::pages::wrap_up::content::{
    markdown, parts, problem, title, visit_heading, NOTES_PART,
};
use jobbesoeg::worker_protocol::Failure;

/// A programme after both visits: Jonas hosts visit 1, Mette visit 2.
pub fn complete() -> Programme {
    let (m, j) = (ParticipantId("mette".into()), ParticipantId("jonas".into()));
    let mut p = Programme::new(m.clone(), j.clone());
    p.me.name.set("Mette".into(), &m);
    p.partner.name.set("Jonas".into(), &m);
    p.set_first_host(&j, &m);
    for (i, (title, host, guest)) in [("Styregruppemøde", &j, &m), ("Personalemøde", &m, &j)]
        .into_iter()
        .enumerate()
    {
        let v = &mut p.visits[i];
        v.activity.title.set(title.into(), host);
        v.agreements
            .visit
            .date
            .set(Date::new(2027, 3 + i as u8, 10), host);
        v.agreements.visit.start.set(Clock::new(9, 0, 0), host);
        v.agreements.visit.end.set(Clock::new(11, 0, 0), host);
        v.agreements.visit.place.set("Rådhuset".into(), host);
        let mut point = FocusPoint {
            id: format!("f{i}"),
            ..FocusPoint::default()
        };
        point.text.set("Hvem tager ordet".into(), host);
        v.alignment.focus_points.push(point);
        let mut note = Note::new(format!("n{i}"), Timestamp(1_805_000_000_000));
        note.text.set(format!("Note fra besøg {}", i + 1), guest);
        note.starred.set(true, guest);
        v.notes.push(note);
        let mut other = Note::new(format!("m{i}"), Timestamp(1_805_000_060_000));
        other.text.set("Ikke med på papir".into(), guest);
        v.notes.push(other);
        for (n, s) in Style::ALL.into_iter().enumerate() {
            v.intended.set_emphasis(s, n as u8 % 5, host);
            v.perceived.set_emphasis(s, (n as u8 + 1) % 5, guest);
        }
        v.reflection.host[0].set("At give ordet videre".into(), host);
        v.reflection.guest[0].set("Tre spørgsmål til formanden".into(), guest);
        v.reflection
            .shared
            .set(format!("Fælles læring {}", i + 1), host);
    }
    p
}

const HEADINGS: [&str; 6] = [
    "Valg af ledelsesaktivitet",
    "Aftaler om tid og sted",
    "Forventningsafstemning",
    "Observation",
    "Intenderet og opfattet ledelse",
    "Fælles læringsrefleksion",
];

#[test]
fn the_summary_has_every_section_for_each_visit_and_both_names() {
    let p = complete();
    assert_eq!(title(&p, Lang::Da), "Opsamling — Mette & Jonas");
    assert_eq!(
        visit_heading(&p, 0, Lang::Da),
        "Jobbesøg 1 · Jonas er vært, Mette er gæst"
    );
    for i in 0..2 {
        let parts = parts(&p, i, Lang::Da);
        let headings: Vec<&str> = parts.iter().map(|p| p.heading.as_str()).collect();
        // Every heading of the guide but the chart's, which follows the observations.
        for heading in HEADINGS
            .iter()
            .filter(|h| **h != "Intenderet og opfattet ledelse")
        {
            assert!(
                headings.iter().any(|h| h.starts_with(heading)),
                "visit {}: no {heading} in {headings:?}",
                i + 1
            );
        }
        let lines: Vec<&str> = parts
            .iter()
            .flat_map(|p| p.lines.iter().map(String::as_str))
            .collect();
        assert!(lines.contains(&format!("Note fra besøg {}", i + 1).as_str()));
        assert!(lines.contains(&format!("Fælles læring {}", i + 1).as_str()));
        assert!(
            lines.contains(&format!("10.{}.2027, 09:00–11:00, Rådhuset", 3 + i).as_str()),
            "{lines:?}"
        );
    }
    assert!(parts(&p, 2, Lang::Da).is_empty(), "no third visit");
}

#[test]
fn the_summary_as_markdown() {
    let md = markdown(&complete(), Lang::Da, "");
    assert!(md.starts_with("# Opsamling — Mette & Jonas\n"), "{md}");
    assert_eq!(md.matches("\n## Jobbesøg").count(), 2, "{md}");
    for heading in HEADINGS {
        assert_eq!(
            md.matches(&format!("### {heading}")).count(),
            2,
            "{heading}\n{md}"
        );
    }
    assert!(md.contains("- Note fra besøg 2\n"), "{md}");
    // The chart's verdict, under its heading, for each visit.
    assert_eq!(md.matches("Størst forskel").count(), 2, "{md}");
}

#[test]
fn deleting_everything_asks_for_the_word_typed() {
    use jobbesoeg::pages::wrap_up::content::confirms;
    assert!(confirms("SLET", Lang::Da));
    assert!(confirms(" slet ", Lang::Da));
    assert!(!confirms("", Lang::Da));
    assert!(!confirms("SLE", Lang::Da));
    assert!(!confirms("SLESLET", Lang::Da));
    assert!(confirms("delete", Lang::En));
    assert_eq!(tw(Lang::Da, W::EraseConfirm), "Skriv SLET for at bekræfte");
}

#[test]
fn only_starred_notes_go_on_paper_and_a_star_is_one_record() {
    let mut p = complete();
    let md = markdown(&p, Lang::Da, "");
    assert!(
        md.contains("Note fra besøg 1") && !md.contains("Ikke med på papir"),
        "{md}"
    );
    assert_eq!(
        parts(&p, 0, Lang::Da)[NOTES_PART].lines,
        ["Note fra besøg 1"]
    );
    let me = p.me.id.clone();
    assert_eq!(
        wrap_up::toggle_star(&mut p, 0, "m0", &me).as_deref(),
        Some("note/0/m0")
    );
    assert!(markdown(&p, Lang::Da, "").contains("Ikke med på papir"));
    assert_eq!(
        parts(&p, 0, Lang::Da)[NOTES_PART].lines,
        ["Note fra besøg 1", "Ikke med på papir"]
    );
    assert_eq!(wrap_up::toggle_star(&mut p, 5, "m0", &me), None);
    assert_eq!(wrap_up::toggle_star(&mut p, 0, "nope", &me), None);
}

/// Another pair's programme: Anna hosts visit 1, Bo visit 2.
fn other_pair() -> Programme {
    let (a, b) = (ParticipantId("anna".into()), ParticipantId("bo".into()));
    let mut p = Programme::new(a.clone(), b.clone());
    p.me.name.set("Anna".into(), &a);
    p.partner.name.set("Bo".into(), &a);
    p.set_first_host(&a, &a);
    p.visits[0].activity.title.set("Budgetmøde".into(), &a);
    let mut note = Note::new("k1".into(), Timestamp(1_805_000_000_000));
    note.text.set("Anna spørger først".into(), &b);
    note.wonder.set("Hvorfor så hurtigt?".into(), &b);
    note.starred.set(true, &b);
    p.visits[0].notes.push(note);
    let mut private = Note::new("k2".into(), Timestamp(1_805_000_000_000));
    private.text.set("Ikke til opsamlingen".into(), &b);
    p.visits[0].notes.push(private);
    p
}

#[test]
fn the_other_pairs_summary_is_read_kept_and_refused_when_it_is_ours() {
    use jobbesoeg::core::exchange::{export, Scope};
    let file = export(&other_pair(), Scope::Summary, Timestamp(1_806_000_000_000));
    // The summary scope carries the starred notes only, and no wondering.
    assert!(file.contains("Anna spørger først"));
    assert!(!file.contains("Ikke til opsamlingen") && !file.contains("Hvorfor så hurtigt"));
    let mine = complete();
    let (other, kept) = wrap_up::read_other_pair(&mine, file.as_bytes()).unwrap();
    assert_eq!(wrap_up::other_pair_from_record(&kept), Some(other.clone()));
    assert_eq!(other.visits[0].activity.title.value, "Budgetmøde");
    // Kept beside the programme's records, it never stops the programme from loading.
    let mut stored = jobbesoeg::core::records::split(&mine);
    stored.push((wrap_up::OTHER_PAIR_KEY.to_string(), kept.clone()));
    assert_eq!(
        jobbesoeg::core::records::assemble(stored).unwrap(),
        Some(mine.clone())
    );
    // Our own summary is refused, and so is a sealed file, each with its message.
    let own = export(&mine, Scope::Summary, Timestamp(1_806_000_000_000));
    let refused = wrap_up::read_other_pair(&mine, own.as_bytes()).unwrap_err();
    assert_eq!(refused, OtherError::OwnPair);
    assert!(tw(Lang::Da, problem(Failure::from(refused))).contains("jeres egen opsamling"));
    let sealed = wrap_up::read_other_pair(&mine, b"JBSEALED\x01rest").unwrap_err();
    assert_eq!(sealed, OtherError::Sealed);
    assert!(tw(Lang::Da, problem(Failure::from(sealed))).contains("Filen er forseglet"));
    assert!(matches!(
        wrap_up::read_other_pair(&mine, b"{\"format\""),
        Err(OtherError::File(_))
    ));
}

#[test]
fn what_i_take_with_me_is_kept_apart_and_goes_into_the_markdown() {
    let text = "At spørge før jeg svarer.";
    let record = wrap_up::takeaway_record(text);
    assert_eq!(
        wrap_up::takeaway_from_record(&record).as_deref(),
        Some(text)
    );
    // Beside the programme's records, it never stops the programme from loading.
    let mut stored = jobbesoeg::core::records::split(&complete());
    stored.push((wrap_up::TAKEAWAY_KEY.to_string(), record));
    assert_eq!(
        jobbesoeg::core::records::assemble(stored).unwrap(),
        Some(complete())
    );
    let md = markdown(&complete(), Lang::Da, text);
    assert!(
        md.ends_with("## Det tager jeg med mig\n\nAt spørge før jeg svarer.\n"),
        "{md}"
    );
}

#[test]
fn the_summary_file_holds_what_the_other_pair_sees_and_nothing_else() {
    use jobbesoeg::core::exchange::{export, read, summary_view, Scope};
    let p = complete();
    let file = export(&p, Scope::Summary, Timestamp(1_806_000_000_000));
    let received = read(&file).unwrap().programme;
    assert_eq!(received, summary_view(&p));
    // What the cards show is there …
    for shown in [
        "Mette",
        "Jonas",
        "Styregruppemøde",
        "Note fra besøg 1",
        "Fælles læring 2",
    ] {
        assert!(file.contains(shown), "{shown}");
    }
    // … and nothing the screen leaves out: no answers, no focus points, no time and
    // place, no reflection but the shared one, no unstarred note.
    for hidden in [
        "Rådhuset",
        "Hvem tager ordet",
        "At give ordet videre",
        "Tre spørgsmål til formanden",
        "Ikke med på papir",
        "2027-03-10",
    ] {
        assert!(!file.contains(hidden), "{hidden} is in the file");
    }
    // The verdict reads the same from the file as from the phone.
    for i in 0..2 {
        assert_eq!(
            jobbesoeg::core::compare::rows(&received.visits[i]),
            jobbesoeg::core::compare::rows(&p.visits[i])
        );
    }
}

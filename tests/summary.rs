//! The May wrap-up (issue 9): the summary names both partners, has every section of the
//! guide for each visit in a section of its own, and the same as Markdown.
#![cfg(not(target_arch = "wasm32"))]

use jobbesoeg::core::model::{FocusPoint, Note, ParticipantId, Programme, Style};
use jobbesoeg::core::settings::Lang;
use jobbesoeg::core::time::{Clock, Date, Timestamp};
use jobbesoeg::summary::{markdown, render, Extras};

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
    let html = render(&complete(), Lang::Da, &Extras::default());
    assert!(html.contains("Opsamling — Mette &amp; Jonas"), "{html}");
    for (i, section) in html
        .split("<section class=\"visit-summary\"")
        .skip(1)
        .enumerate()
    {
        for heading in HEADINGS {
            assert!(section.contains(heading), "visit {}: no {heading}", i + 1);
        }
        assert!(section.contains(&format!("Note fra besøg {}", i + 1)));
        assert!(section.contains(&format!("Fælles læring {}", i + 1)));
        assert!(
            section.contains("10.") && section.contains("9:00–11:00, Rådhuset"),
            "{section}"
        );
        assert!(section.contains("Størst forskel"), "the chart's verdict");
    }
    assert_eq!(html.matches("<section class=\"visit-summary\"").count(), 2);
    assert!(
        html.contains("Jobbesøg 1 · Jonas er vært, Mette er gæst"),
        "{html}"
    );
    // Two charts on one page, each caption its own id.
    assert!(html.contains("id=\"chart-caption-0\"") && html.contains("id=\"chart-caption-1\""));
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
}

#[test]
fn deleting_everything_asks_for_the_word_typed() {
    use jobbesoeg::summary::confirms;
    assert!(confirms("SLET", Lang::Da));
    assert!(confirms(" slet ", Lang::Da));
    assert!(!confirms("", Lang::Da));
    assert!(!confirms("SLE", Lang::Da));
    assert!(confirms("delete", Lang::En));
    let html = render(
        &complete(),
        Lang::Da,
        &Extras {
            confirm_error: true,
            ..Extras::default()
        },
    );
    assert!(html.contains("Slet alt på denne telefon"), "{html}");
    assert!(html.contains("Gem en sikkerhedskopi først"), "{html}");
    assert!(
        html.contains("data-testid=\"erase-error\">Skriv SLET"),
        "{html}"
    );
}

#[test]
fn only_starred_notes_go_on_paper_and_a_star_is_one_record() {
    use jobbesoeg::summary::toggle_star;
    let mut p = complete();
    let md = markdown(&p, Lang::Da, "");
    assert!(
        md.contains("Note fra besøg 1") && !md.contains("Ikke med på papir"),
        "{md}"
    );
    let html = render(&p, Lang::Da, &Extras::default());
    // On screen every note, with its star; the unstarred not on paper.
    assert!(html.contains("<li class=\"no-print\"><button type=\"button\" class=\"star no-print\" id=\"star-0-m0\""), "{html}");
    assert!(html.contains("aria-pressed=\"true\""), "{html}");
    let me = p.me.id.clone();
    assert_eq!(
        toggle_star(&mut p, "0:m0", &me).as_deref(),
        Some("note/0/m0")
    );
    assert!(markdown(&p, Lang::Da, "").contains("Ikke med på papir"));
    assert_eq!(toggle_star(&mut p, "5:m0", &me), None);
    assert_eq!(toggle_star(&mut p, "0:nope", &me), None);
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
fn the_other_pairs_summary_shows_beside_ours_marked_as_theirs() {
    use jobbesoeg::core::exchange::{export, Scope};
    use jobbesoeg::summary::pairs;
    let file = export(&other_pair(), Scope::Summary, Timestamp(1_806_000_000_000));
    // The summary scope carries the starred notes only, and no wondering.
    assert!(file.contains("Anna spørger først"));
    assert!(!file.contains("Ikke til opsamlingen") && !file.contains("Hvorfor så hurtigt"));
    let mine = complete();
    let (other, kept) = pairs::read(&mine, file.as_bytes()).unwrap();
    assert_eq!(pairs::from_record(&kept), Some(other.clone()));
    // Kept beside the programme's records, it never stops the programme from loading.
    let mut stored = jobbesoeg::core::records::split(&mine);
    stored.push((pairs::KEY.to_string(), kept.clone()));
    assert_eq!(
        jobbesoeg::core::records::assemble(stored).unwrap(),
        Some(mine.clone())
    );
    let html = render(
        &mine,
        Lang::Da,
        &Extras {
            other: Some(&other),
            ..Extras::default()
        },
    );
    let theirs = html
        .split("data-testid=\"other-pair\"")
        .nth(1)
        .expect("their column");
    assert!(
        theirs.contains("Det andet makkerpar: Anna &amp; Bo — kun til læsning"),
        "{theirs}"
    );
    assert!(theirs.contains("Budgetmøde") && theirs.contains("Anna spørger først"));
    assert_eq!(html.matches("class=\"pair-visit theirs\"").count(), 2);
    assert_eq!(html.matches("class=\"pair-visit\"").count(), 2, "ours too");
    // Our own summary is refused, and so is a sealed file, each with its message.
    let own = export(&mine, Scope::Summary, Timestamp(1_806_000_000_000));
    let refused = pairs::read(&mine, own.as_bytes()).unwrap_err();
    let html = render(
        &mine,
        Lang::Da,
        &Extras {
            other_problem: Some(refused),
            ..Extras::default()
        },
    );
    assert!(html.contains("jeres egen opsamling"), "{html}");
    assert!(pairs::read(&mine, b"JBSEALED\x01rest").is_err());
}

#[test]
fn what_i_take_with_me_is_kept_apart_and_printed() {
    use jobbesoeg::summary::takeaway;
    let text = "At spørge før jeg svarer.";
    let record = takeaway::record(text);
    assert_eq!(takeaway::from_record(&record).as_deref(), Some(text));
    // Beside the programme's records, it never stops the programme from loading.
    let mut stored = jobbesoeg::core::records::split(&complete());
    stored.push((takeaway::KEY.to_string(), record));
    assert_eq!(
        jobbesoeg::core::records::assemble(stored).unwrap(),
        Some(complete())
    );
    let html = render(
        &complete(),
        Lang::Da,
        &Extras {
            takeaway: text,
            ..Extras::default()
        },
    );
    assert!(html.contains("Det tager jeg med mig"), "{html}");
    assert!(
        html.contains("<p class=\"print-only\">At spørge før jeg svarer.</p>"),
        "{html}"
    );
    let md = markdown(&complete(), Lang::Da, text);
    assert!(
        md.ends_with("## Det tager jeg med mig\n\nAt spørge før jeg svarer.\n"),
        "{md}"
    );
}

//! What phones already hold must load after any update of the storage code, and what a
//! newer app writes must still read in today's. `tests/fixtures/records-v1.json` is every
//! IndexedDB record (and the localStorage items) that release v1 (commit 4f29f8f) wrote
//! after a visit was filled in through its screens (tests/e2e/tests/upgrade.rs made it).
//! The fixture file itself is read as plain JSON values; each record in it goes through
//! the app's own reader and writer (`records::assemble`, `records::split`).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use jobbesoeg::core::model::{Criterion, Programme, Style, Tag};
use jobbesoeg::core::records::{assemble, split};
use jobbesoeg::core::settings::{Lang, Settings};
use jobbesoeg::core::time::{Clock, Date};

struct Stored {
    records: Vec<(String, String)>,
    local: Vec<(String, String)>,
}

fn stored() -> Stored {
    let text = include_str!("fixtures/records-v1.json");
    let json: serde_json::Value = serde_json::from_str(text).expect("records-v1.json is JSON");
    let db = &json["indexedDB"];
    assert_eq!(db["database"], "jobbesoeg");
    assert_eq!(db["store"], "records");
    assert_eq!(db["version"], 1);
    Stored {
        records: serde_json::from_value(db["records"].clone()).expect("[key, value] pairs"),
        local: serde_json::from_value(json["localStorage"].clone()).expect("[key, value] pairs"),
    }
}

fn programme() -> Programme {
    assemble(stored().records)
        .expect("today's records load")
        .expect("a programme is stored")
}

#[test]
fn the_fixture_is_what_a_filled_in_phone_holds() {
    let records = stored().records;
    let keys: Vec<&str> = records.iter().map(|(k, _)| k.as_str()).collect();
    // In key order, as IndexedDB gives them to the app.
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    assert!(keys.contains(&"pair"));
    for section in [
        "activity",
        "agreements",
        "alignment",
        "intended",
        "perceived",
        "reflection",
    ] {
        assert!(
            keys.contains(&format!("visit/0/{section}").as_str()),
            "{section}"
        );
    }
    assert_eq!(keys.iter().filter(|k| k.starts_with("note/0/")).count(), 3);
}

#[test]
fn the_pair_and_who_hosts_load() {
    let p = programme();
    assert_eq!(p.me.name.value, "Mette");
    assert_eq!(p.partner.name.value, "Jonas");
    assert_ne!(p.me.id, p.partner.id);
    // Jonas hosts visit 1, Mette visit 2.
    assert_eq!(p.host_and_guest(0), Some(("Jonas", "Mette")));
    assert_eq!(p.host_and_guest(1), Some(("Mette", "Jonas")));
}

#[test]
fn visit_1_prepared_loads() {
    let p = programme();
    let v = &p.visits[0];
    assert_eq!(
        v.activity.title.value,
        "Et møde i en af de strategiske styregrupper"
    );
    assert_eq!(
        v.activity.description.value,
        "Vi beslutter den nye vagtplan — \"endelig\", siger Ali."
    );
    assert_eq!(
        v.activity.criteria.value,
        [Criterion::OnYourToes, Criterion::BoundaryCrossing]
    );

    let visit = &v.agreements.visit;
    assert_eq!(visit.date.value, Date::new(2027, 3, 10));
    assert_eq!(visit.start.value, Clock::new(9, 0, 0));
    assert_eq!(visit.end.value, Clock::new(11, 0, 0));
    assert_eq!(visit.place.value, "Rådhuset, lokale 2");
    assert_eq!(v.agreements.reflection.date.value, Date::new(2027, 3, 10));
    assert_eq!(v.agreements.reflection.start.value, Clock::new(13, 0, 0));

    let answers: Vec<&str> = v
        .alignment
        .answers
        .iter()
        .map(|a| a.value.as_str())
        .collect();
    assert_eq!(
        answers[0],
        "At lægge vagtplanen for sommeren; teamlederne deltager."
    );
    assert_eq!(
        answers[5],
        "Ærlige og venlige; vi spørger hellere end vi gætter."
    );
    assert!(answers.iter().all(|a| !a.is_empty()), "{answers:?}");
    assert_eq!(v.alignment.focus_points.len(), 1);
    assert_eq!(
        v.alignment.focus_points[0].text.value,
        "Reaktioner på vagtplanen"
    );

    let intended: Vec<Option<u8>> = Style::ALL.iter().map(|s| v.intended.emphasis(*s)).collect();
    assert_eq!(intended, [Some(3), Some(2), Some(1), Some(4), Some(2)]);
    assert_eq!(
        v.intended.styles[&Style::Distributed].text.value,
        "Give ordet videre"
    );
    // The host's intentions are Jonas's, typed on Mette's phone as Mette.
    assert!(v.intended.styles[&Style::Vision].emphasis.is_written());
}

#[test]
fn the_notes_load_with_markers_wonderings_and_the_star() {
    let p = programme();
    let v = &p.visits[0];
    let notes: Vec<_> = v.live_notes().collect();
    let texts: Vec<&str> = notes.iter().map(|n| n.text.value.as_str()).collect();
    // Oldest first, as made.
    assert_eq!(
        texts,
        [
            "Jonas spørger: \"hvem tager weekenden?\"",
            "Tre nikker. Ingen siger noget.",
            "Ali viser tallene for kvartalet; to kigger på telefonen.",
        ]
    );
    assert!(notes.windows(2).all(|w| w[0].created <= w[1].created));
    let focus = &v.alignment.focus_points[0].id;
    assert_eq!(
        notes[0].tags.value,
        [Tag::Focus(focus.clone()), Tag::Quote],
        "the focus point and Citat"
    );
    assert_eq!(notes[1].tags.value, [Tag::Style(Style::Distributed)]);
    assert_eq!(notes[2].tags.value, [Tag::Resistance]);
    assert_eq!(notes[0].wonder.value, "hvorfor ingen svarede straks");
    assert_eq!(notes[1].wonder.value, "");
    assert_eq!(notes[2].wonder.value, "om tallene var sendt ud før mødet");
    let starred: Vec<bool> = notes.iter().map(|n| n.starred.value).collect();
    assert_eq!(starred, [true, false, false]);
    assert!(
        notes.iter().all(|n| n.text.by == p.me.id),
        "Mette wrote them"
    );
}

#[test]
fn the_reflection_loads_with_who_wrote_it() {
    let p = programme();
    let r = &p.visits[0].reflection;
    assert_eq!(r.host[0].value, "At give ordet til teamet.");
    assert_eq!(r.guest[0].value, "Tre tog ordet uden at blive spurgt.");
    assert_eq!(r.shared.value, "At stille spørgsmål giver plads til andre.");
    assert_eq!(r.host[0].by, p.partner.id, "Jonas wrote the host's answer");
    assert_eq!(r.guest[0].by, p.me.id, "Mette wrote the guest's answer");
}

#[test]
fn the_settings_load() {
    let local = stored().local;
    let settings = local
        .iter()
        .find(|(k, _)| k == "jobbesoeg.settings")
        .map(|(_, v)| v.as_str())
        .expect("settings stored");
    assert_eq!(
        serde_json::from_str::<Settings>(settings)
            .map(|s| s.lang)
            .ok(),
        Some(Lang::Da)
    );
}

/// An earlier app must still read what a newer one writes: the programme loaded from
/// today's records is written back byte for byte.
#[test]
fn the_records_are_written_back_byte_for_byte() {
    let stored: BTreeMap<String, String> = stored().records.into_iter().collect();
    let written: BTreeMap<String, String> = split(&programme()).into_iter().collect();
    assert_eq!(
        written.keys().collect::<Vec<_>>(),
        stored.keys().collect::<Vec<_>>(),
        "the same records"
    );
    for (key, text) in &stored {
        assert_eq!(&written[key], text, "record {key}");
    }
}

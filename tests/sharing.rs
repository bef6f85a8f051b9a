//! The exchange screen's logic (issue 7), as the worker runs it: two phones, host and
//! guest, send each other sealed files through it and end with the same visit; bad files
//! and wrong passphrases leave the data as it was; the report and the file name.
#![cfg(not(target_arch = "wasm32"))]

use jobbesoeg::core::exchange::Scope;
use jobbesoeg::core::merge::Report;
use jobbesoeg::core::model::{Note, ParticipantId, Programme};
use jobbesoeg::core::records;
use jobbesoeg::core::settings::Lang;
use jobbesoeg::core::time::Timestamp;
use jobbesoeg::sharing::{report_text, Action, Effect, Sharing, Step};

const PASS: &str = "korrekt hest batteri";

fn now() -> Timestamp {
    Timestamp::parse("2027-03-10T12:00:00Z").unwrap()
}

fn counter() -> impl FnMut(&mut [u8]) {
    let mut n = 0u8;
    move |bytes: &mut [u8]| {
        for b in bytes {
            n = n.wrapping_add(31);
            *b = n;
        }
    }
}

/// Mette's phone: she hosts visit 1 and has filled in the activity and a focus point.
fn host() -> Programme {
    let me = ParticipantId("p-mette".into());
    let mut p = Programme::new(me.clone(), ParticipantId("p-provisional-jonas".into()));
    p.me.name.set("Mette Ærø".into(), &me);
    p.partner.name.set("Jonas".into(), &me);
    p.set_first_host(&me, &me);
    p.visits[0]
        .activity
        .title
        .set("Styregruppemøde".into(), &me);
    p
}

/// Jonas's phone: he is the guest of visit 1 and has written two notes there.
fn guest() -> Programme {
    let me = ParticipantId("p-jonas".into());
    let mut p = Programme::new(me.clone(), ParticipantId("p-provisional-mette".into()));
    p.me.name.set("Jonas".into(), &me);
    p.partner.name.set("Mette".into(), &me);
    p.set_first_host(&ParticipantId("p-provisional-mette".into()), &me);
    for (id, text) in [
        ("n1", "Ali Hassan viser tallene"),
        ("n2", "To kigger på telefonen"),
    ] {
        let mut note = Note::new(id.into(), now());
        note.text.set(text.into(), &me);
        p.visits[0].notes.push(note);
    }
    p
}

/// The file `from` shares, sealed with `PASS`.
fn send(from: &mut Sharing) -> Vec<u8> {
    from.act(Action::Preview, now(), &mut counter());
    let slow = from.slow(&Action::Share {
        passphrase: PASS.into(),
    });
    assert_eq!(
        slow,
        Some(Step::Sealing),
        "sealing shows the waiting screen first"
    );
    let effects = from.act(
        Action::Share {
            passphrase: PASS.into(),
        },
        now(),
        &mut counter(),
    );
    match effects.as_slice() {
        [Effect::Share { name, mime, bytes }] => {
            assert!(name.ends_with(".jbs"), "{name}");
            assert_eq!(*mime, "application/octet-stream");
            bytes.clone()
        }
        other => panic!("no file to share: {other:?}"),
    }
}

/// `to` takes in `file` with `PASS`; returns what it asked the page to store.
fn receive(to: &mut Sharing, file: Vec<u8>) -> Programme {
    to.act(Action::File(Some(file)), now(), &mut counter());
    assert_eq!(to.step, Step::Passphrase { wrong: false });
    let effects = to.act(
        Action::Open {
            passphrase: PASS.into(),
        },
        now(),
        &mut counter(),
    );
    match effects.as_slice() {
        [Effect::Store(records)] => records::assemble(records.clone()).unwrap().unwrap(),
        other => panic!("nothing to store: {other:?}"),
    }
}

#[test]
fn host_and_guest_swap_sealed_files_and_hold_the_same_visit() {
    let mut mette = Sharing::new(host(), Lang::Da, Scope::Visit(0));
    let mut jonas = Sharing::new(guest(), Lang::Da, Scope::Visit(0));
    let to_jonas = send(&mut mette);
    let stored_by_jonas = receive(&mut jonas, to_jonas);
    assert_eq!(
        stored_by_jonas, jonas.mine,
        "what is stored is what is shown"
    );
    assert_eq!(jonas.mine.visits[0].activity.title.value, "Styregruppemøde");
    assert!(matches!(jonas.step, Step::Imported { .. }));

    let to_mette = send(&mut jonas);
    receive(&mut mette, to_mette);
    assert_eq!(mette.mine.visits[0].live_notes().count(), 2);
    // The same visit on both phones, each from its own point of view.
    assert_eq!(mette.mine.visits[0].notes, jonas.mine.visits[0].notes);
    assert_eq!(mette.mine.visits[0].activity, jonas.mine.visits[0].activity);
    assert_eq!(mette.mine.partner.id, jonas.mine.me.id);
    assert_eq!(jonas.mine.partner.id, mette.mine.me.id);
    assert!(
        report_text(
            &Report {
                new_notes: 2,
                ..Report::default()
            },
            Lang::Da
        ) == "2 nye noter"
    );
}

#[test]
fn the_same_file_twice_changes_nothing_the_second_time() {
    let mut mette = Sharing::new(host(), Lang::Da, Scope::Visit(0));
    let mut jonas = Sharing::new(guest(), Lang::Da, Scope::Visit(0));
    let file = send(&mut mette);
    receive(&mut jonas, file.clone());
    let before = jonas.mine.clone();
    jonas.act(Action::File(Some(file)), now(), &mut counter());
    let effects = jonas.act(
        Action::Open {
            passphrase: PASS.into(),
        },
        now(),
        &mut counter(),
    );
    assert!(effects.is_empty(), "nothing to store: {effects:?}");
    assert_eq!(jonas.mine, before);
    let html = jonas.render(now());
    assert!(html.contains("Intet nyt"), "{html}");
}

#[test]
fn a_wrong_passphrase_asks_again_and_changes_nothing() {
    let mut mette = Sharing::new(host(), Lang::Da, Scope::Visit(0));
    let mut jonas = Sharing::new(guest(), Lang::Da, Scope::Visit(0));
    let before = jonas.mine.clone();
    jonas.act(Action::File(Some(send(&mut mette))), now(), &mut counter());
    let effects = jonas.act(
        Action::Open {
            passphrase: "forkert frase".into(),
        },
        now(),
        &mut counter(),
    );
    assert!(effects.is_empty());
    assert_eq!(jonas.step, Step::Passphrase { wrong: true });
    assert_eq!(jonas.mine, before);
    let html = jonas.render(now());
    assert!(html.contains("Forkert adgangsfrase"), "{html}");
    assert!(html.contains("Dine data er ikke ændret"), "{html}");
    // The right one still opens the file that waited.
    let effects = jonas.act(
        Action::Open {
            passphrase: PASS.into(),
        },
        now(),
        &mut counter(),
    );
    assert!(matches!(effects.as_slice(), [Effect::Store(_)]));
}

#[test]
fn each_bad_file_gets_its_own_danish_message_and_changes_nothing() {
    let mut mette = Sharing::new(host(), Lang::Da, Scope::Visit(0));
    let readable = {
        mette.act(
            Action::Form {
                scope: "visit-1".into(),
                names: String::new(),
                sealed: false,
            },
            now(),
            &mut counter(),
        );
        match mette
            .act(
                Action::Share {
                    passphrase: String::new(),
                },
                now(),
                &mut counter(),
            )
            .as_slice()
        {
            [Effect::Share { bytes, mime, name }] => {
                assert_eq!(*mime, "application/json");
                assert!(name.ends_with(".json"));
                bytes.clone()
            }
            other => panic!("{other:?}"),
        }
    };
    let tampered = String::from_utf8(readable.clone())
        .unwrap()
        .replace("Styregruppemøde", "Styregruppemøde!");
    let cases: Vec<(Option<Vec<u8>>, &str)> = vec![
        (
            Some(b"PK\x03\x04 not ours".to_vec()),
            "ikke en fil fra Jobbesøg",
        ),
        (
            Some(readable[..readable.len() / 2].to_vec()),
            "ikke kommet helt med",
        ),
        (Some(vec![b' '; 11 << 20]), "over 10 MB"),
        (
            Some(
                String::from_utf8(readable.clone())
                    .unwrap()
                    .replacen("\"version\":1", "\"version\":9", 1)
                    .into_bytes(),
            ),
            "nyere udgave",
        ),
        (Some(tampered.into_bytes()), "ændret undervejs"),
        (None, "kunne ikke læses"),
    ];
    for (file, message) in cases {
        let mut jonas = Sharing::new(guest(), Lang::Da, Scope::Visit(0));
        let before = jonas.mine.clone();
        let effects = jonas.act(Action::File(file), now(), &mut counter());
        assert!(effects.is_empty(), "{message}: {effects:?}");
        assert_eq!(jonas.mine, before, "{message}");
        let html = jonas.render(now());
        assert!(html.contains(message), "expected “{message}” in {html}");
        assert!(html.contains("Dine data er ikke ændret"), "{html}");
    }
}

#[test]
fn the_preview_shows_what_leaves_with_names_as_initials() {
    let mut jonas = Sharing::new(guest(), Lang::Da, Scope::Visit(0));
    jonas.act(
        Action::Form {
            scope: "visit-1".into(),
            names: "Ali Hassan".into(),
            sealed: true,
        },
        now(),
        &mut counter(),
    );
    jonas.act(Action::Preview, now(), &mut counter());
    let html = jonas.render(now());
    assert!(html.contains("A. H. viser tallene"), "{html}");
    assert!(!html.contains("Ali Hassan viser"), "{html}");
    assert!(html.contains("2 noter"), "{html}");
    assert!(
        html.contains("type=\"password\""),
        "sealed asks for a passphrase"
    );
    // The phone's own notes keep the name.
    assert_eq!(
        jonas.mine.visits[0].notes[0].text.value,
        "Ali Hassan viser tallene"
    );
    // A short passphrase is refused before anything is sealed.
    let effects = jonas.act(
        Action::Share {
            passphrase: "kort".into(),
        },
        now(),
        &mut counter(),
    );
    assert!(effects.is_empty());
    assert!(jonas.render(now()).contains("mindst 8 tegn"));
}

#[test]
fn sealed_is_the_default_and_the_file_is_named_in_plain_ascii() {
    let mette = Sharing::new(host(), Lang::Da, Scope::Visit(0));
    assert!(mette.sealed);
    assert_eq!(
        mette.file_name(now(), "jbs"),
        "jobbesoeg-besoeg-1-mette-aeroe-2027-03-10.jbs"
    );
    let html = mette.render(now());
    assert!(html.contains("name=\"sealed\" checked"), "{html}");
}

#[test]
fn the_report_says_what_changed_in_danish() {
    let r = |new_notes, changed_notes, answers| Report {
        new_notes,
        changed_notes,
        answers,
        ..Report::default()
    };
    assert_eq!(
        report_text(&r(12, 0, 3), Lang::Da),
        "12 nye noter, 3 svar opdateret"
    );
    assert_eq!(
        report_text(&r(1, 1, 0), Lang::Da),
        "1 ny note, 1 note ændret"
    );
    assert_eq!(
        report_text(&r(0, 0, 0), Lang::Da),
        "Intet nyt — I har allerede det samme."
    );
    assert_eq!(
        report_text(&r(2, 0, 1), Lang::En),
        "2 new notes, 1 answer updated"
    );
    let first_fetch = Report {
        activity: true,
        agreements: true,
        focus_points: 2,
        partner_name: true,
        ..Report::default()
    };
    assert_eq!(
        report_text(&first_fetch, Lang::Da),
        "2 fokuspunkter opdateret, aktiviteten opdateret, tid og sted opdateret, \
         din makkers navn opdateret"
    );
}

#[test]
fn a_phone_too_full_to_store_the_merge_keeps_what_it_had() {
    let mut mette = Sharing::new(host(), Lang::Da, Scope::Visit(0));
    let mut jonas = Sharing::new(guest(), Lang::Da, Scope::Visit(0));
    let before = jonas.mine.clone();
    receive(&mut jonas, send(&mut mette));
    jonas.act(Action::Stored(false), now(), &mut counter());
    assert_eq!(jonas.mine, before);
    let html = jonas.render(now());
    assert!(html.contains("telefonen er måske fuld"), "{html}");
    assert!(html.contains("Dine data er ikke ændret"), "{html}");
}

#[test]
fn my_own_file_is_restored_only_when_i_say_so() {
    let mut mette = Sharing::new(host(), Lang::Da, Scope::All);
    let backup = send(&mut mette);
    // Later she renames her partner on this phone; then picks her own backup.
    let me = mette.mine.me.id.clone();
    mette.mine.partner.name.set("Jonas B.".into(), &me);
    let now_mine = mette.mine.clone();
    mette.act(Action::Back, now(), &mut counter());
    mette.act(Action::File(Some(backup.clone())), now(), &mut counter());
    let effects = mette.act(
        Action::Open {
            passphrase: PASS.into(),
        },
        now(),
        &mut counter(),
    );
    assert_eq!(mette.step, Step::OwnFile, "not merged as the partner's");
    assert!(effects.is_empty());
    assert_eq!(mette.mine, now_mine);
    let html = mette.render(now());
    assert!(html.contains("Det er din egen fil"), "{html}");
    assert!(html.contains("Gendan fra sikkerhedskopi"), "{html}");
    // "Tilbage" leaves everything as it is.
    mette.act(Action::Back, now(), &mut counter());
    assert_eq!(mette.mine, now_mine);
    assert_eq!(
        mette.act(Action::Restore, now(), &mut counter()),
        Vec::new(),
        "nothing waits to be restored after Tilbage"
    );
    // Restored when asked: the newer name on the phone stays (the backup's is older).
    mette.act(Action::File(Some(backup)), now(), &mut counter());
    mette.act(
        Action::Open {
            passphrase: PASS.into(),
        },
        now(),
        &mut counter(),
    );
    mette.act(Action::Restore, now(), &mut counter());
    assert!(
        matches!(mette.step, Step::Imported { .. }),
        "{:?}",
        mette.step
    );
    assert_eq!(mette.mine.partner.name.value, "Jonas B.");
}

#[test]
fn an_import_is_undone_with_one_tap_and_its_new_records_removed() {
    let mut mette = Sharing::new(host(), Lang::Da, Scope::Visit(0));
    let mut jonas = Sharing::new(guest(), Lang::Da, Scope::Visit(0));
    let before = jonas.mine.clone();
    receive(&mut jonas, send(&mut mette));
    jonas.act(Action::Stored(true), now(), &mut counter());
    assert!(matches!(jonas.step, Step::Imported { undo: true, .. }));
    assert!(jonas.render(now()).contains("Fortryd import"));
    let added: Vec<String> = records::split(&jonas.mine)
        .into_iter()
        .map(|(k, _)| k)
        .filter(|k| !records::split(&before).iter().any(|(b, _)| b == k))
        .collect();
    let effects = jonas.act(Action::Undo, now(), &mut counter());
    match effects.as_slice() {
        [Effect::Restore {
            records: stored,
            remove,
        }] => {
            assert_eq!(
                records::assemble(stored.clone()).unwrap(),
                Some(before.clone())
            );
            assert_eq!(remove, &added);
        }
        other => panic!("nothing restored: {other:?}"),
    }
    assert_eq!(jonas.mine, before);
    assert_eq!(jonas.step, Step::Undone);
    assert!(jonas.render(now()).contains("Importen er fortrudt"));
    // Once only.
    assert_eq!(jonas.act(Action::Undo, now(), &mut counter()), Vec::new());
}

#[test]
fn a_large_readable_file_shows_that_it_is_being_opened() {
    let jonas = Sharing::new(guest(), Lang::Da, Scope::Visit(0));
    let large = vec![b' '; jobbesoeg::sharing::LARGE_FILE + 1];
    assert_eq!(jonas.slow(&Action::File(Some(large))), Some(Step::Opening));
    assert_eq!(jonas.slow(&Action::File(Some(b"{}".to_vec()))), None);
}

//! The exchange screen's QR steps (issue 8), as the worker runs them: one phone shows its
//! visit as codes, the other scans them (some missed) and merges exactly as from a file;
//! a camera that is missing or not allowed says so and offers the file instead.
#![cfg(not(target_arch = "wasm32"))]

use jobbesoeg::core::exchange::Scope;
use jobbesoeg::core::model::{Note, ParticipantId, Programme};
use jobbesoeg::core::settings::Lang;
use jobbesoeg::core::time::Timestamp;
use jobbesoeg::i18n::sharing::X;
use jobbesoeg::sharing::{Action, Effect, Sharing, Step};

const PASS: &str = "korrekt hest batteri";

fn now() -> Timestamp {
    Timestamp(1_805_000_000_000)
}

fn random(bytes: &mut [u8]) {
    bytes.iter_mut().enumerate().for_each(|(i, b)| *b = i as u8);
}

fn pair(me: &str, partner: &str, host: bool) -> Programme {
    let id = ParticipantId(format!("p-{me}"));
    let mut p = Programme::new(
        id.clone(),
        ParticipantId(format!("p-provisional-{partner}")),
    );
    p.me.name.set(me.into(), &id);
    p.partner.name.set(partner.into(), &id);
    let first = if host {
        id.clone()
    } else {
        p.partner.id.clone()
    };
    p.set_first_host(&first, &id);
    p
}

/// Jonas, the guest, with 30 notes: more than one code's worth.
fn guest() -> Programme {
    let mut p = pair("Jonas", "Mette", false);
    let id = p.me.id.clone();
    for i in 0..30 {
        let mut note = Note::new(format!("n{i}"), Timestamp(now().0 + i * 60_000));
        note.text.set(
            format!("{i}: Ali Hassan viser tallene for kvartal {i}, to nikker"),
            &id,
        );
        p.visits[0].notes.push(note);
    }
    p
}

fn showing(p: Programme, sealed: bool) -> Sharing {
    let mut s = Sharing::new(p, Lang::Da, Scope::Visit(0));
    s.sealed = sealed;
    s.act(Action::Preview, now(), &mut random);
    s.act(
        Action::ShowQr {
            passphrase: PASS.into(),
        },
        now(),
        &mut random,
    );
    s
}

/// Mette scans Jonas's codes, missing every third one; returns what the payload did.
fn scan(from: &mut Sharing, to: &mut Sharing) -> Vec<Effect> {
    to.act(Action::Scan, now(), &mut random);
    assert_eq!(
        to.step,
        Step::Scanning {
            received: 0,
            needed: 0
        }
    );
    for i in 0..200 {
        let code = from.next_code().expect("a code to show");
        let text = code_text(&code, i);
        let Some(text) = text else { continue };
        let effects = to.act(Action::Scanned(vec![text]), now(), &mut random);
        if !matches!(to.step, Step::Scanning { .. }) {
            return effects;
        }
    }
    panic!("200 codes were not enough");
}

/// What the camera reads of the i-th code shown: every third is missed.
fn code_text(code: &jobbesoeg::core::qr::Code, i: usize) -> Option<String> {
    if i % 3 == 2 {
        return None;
    }
    let (side, pixels) = code.pixels(3);
    jobbesoeg::core::qr::scan(&pixels, side, side).pop()
}

#[test]
fn a_visit_shown_as_codes_is_scanned_and_merged_as_from_a_file() {
    let mut jonas = showing(guest(), false);
    let Step::Showing { parts } = jonas.step else {
        panic!("{:?}", jonas.step)
    };
    assert!(parts > 1, "{parts} parts");
    let mut mette = Sharing::new(pair("Mette", "Jonas", true), Lang::Da, Scope::Visit(0));
    let effects = scan(&mut jonas, &mut mette);
    let Step::Imported { report, .. } = &mette.step else {
        panic!("{:?}", mette.step)
    };
    assert_eq!(report.new_notes, 30);
    assert!(matches!(effects.as_slice(), [Effect::Store(_)]));
    assert_eq!(mette.mine.visits[0].notes.len(), 30);
}

#[test]
fn sealed_codes_ask_for_the_passphrase_like_a_sealed_file() {
    let mut jonas = showing(guest(), true);
    assert!(matches!(jonas.step, Step::Showing { .. }));
    let mut mette = Sharing::new(pair("Mette", "Jonas", true), Lang::Da, Scope::Visit(0));
    assert!(scan(&mut jonas, &mut mette).is_empty());
    assert_eq!(mette.step, Step::Passphrase { wrong: false });
    let effects = mette.act(
        Action::Open {
            passphrase: PASS.into(),
        },
        now(),
        &mut random,
    );
    assert!(matches!(mette.step, Step::Imported { .. }));
    assert!(matches!(effects.as_slice(), [Effect::Store(_)]));
}

#[test]
fn a_short_passphrase_shows_no_code() {
    let mut s = Sharing::new(guest(), Lang::Da, Scope::Visit(0));
    s.act(
        Action::ShowQr {
            passphrase: "kort".into(),
        },
        now(),
        &mut random,
    );
    assert_eq!(
        s.step,
        Step::Preview {
            short_passphrase: true
        }
    );
    assert!(s.next_code().is_none());
}

#[test]
fn a_missing_or_forbidden_camera_says_so_and_offers_the_file() {
    for (name, said) in [
        ("NotAllowedError", X::ErrCameraDenied),
        ("NotFoundError", X::ErrNoCamera),
        ("NotReadableError", X::ErrCameraBusy),
        ("", X::ErrNoCamera),
    ] {
        let mut s = Sharing::new(guest(), Lang::Da, Scope::Visit(0));
        s.act(Action::Scan, now(), &mut random);
        s.act(Action::NoCamera(name.into()), now(), &mut random);
        assert_eq!(s.step, Step::Failed(said));
        let html = s.render(now());
        assert!(html.to_lowercase().contains("kamera"), "{html}");
        assert!(html.contains("Vælg fil"), "the file route is offered");
        assert!(html.contains("Dine data er ikke ændret"));
    }
}

#[test]
fn the_scan_screen_counts_parts_and_the_show_screen_has_its_code() {
    let mut jonas = showing(guest(), false);
    let html = jonas.render(now());
    assert!(html.contains("data-qr"), "{html}");
    assert!(html.contains("Hastighed"), "{html}");
    let mut mette = Sharing::new(pair("Mette", "Jonas", true), Lang::Da, Scope::Visit(0));
    mette.act(Action::Scan, now(), &mut random);
    assert!(mette.render(now()).contains("Leder efter en kode"));
    let code = jonas.next_code().unwrap();
    let text = code_text(&code, 0).unwrap();
    mette.act(Action::Scanned(vec![text]), now(), &mut random);
    let Step::Scanning { received, needed } = mette.step else {
        panic!("{:?}", mette.step)
    };
    assert_eq!(received, 1);
    assert!(needed > 1);
    assert!(mette.render(now()).contains(&format!("1 af {needed} dele")));
}

//! The QR codes speak standard BC-UR (issue 17), checked against an independent
//! implementation the app does not use for sending: npm's `@ngraveio/bc-ur`, run by
//! node (`tests/bc_ur/interop.cjs`; `scripts/setup.sh` installs it with `npm ci`). Both
//! ways: the reference decodes what the app shows, and the app reads what the
//! reference encodes.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

use jobbesoeg::core::exchange::{export, pack, Scope};
use jobbesoeg::core::model::{Note, ParticipantId, Programme};
use jobbesoeg::core::qr::{Receiver, Sender, Taken, FRAGMENT};
use jobbesoeg::core::time::Timestamp;

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A visit as the app packs it for codes: `notes` notes of meeting words.
fn packed_visit(notes: usize) -> Vec<u8> {
    let m = ParticipantId("mette".into());
    let mut p = Programme::new(m.clone(), ParticipantId("jonas".into()));
    for i in 0..notes {
        let mut note = Note::new(format!("n{i}"), Timestamp(1_805_000_000_000 + i as i64));
        note.text.set(
            format!(
                "Note {i}: formanden giver ordet til Ali, der spørger om tal {}",
                i * 7919
            ),
            &m,
        );
        p.visits[0].notes.push(note);
    }
    pack(&export(&p, Scope::Visit(0), Timestamp(1_806_000_000_000)))
}

/// Runs the reference with `args`; its standard output.
fn reference(args: &[&str]) -> String {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/bc_ur/interop.cjs");
    let out = Command::new("node")
        .arg(script)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap_or_else(|e| panic!("node (scripts/setup.sh installs it): {e}"));
    assert!(
        out.status.success(),
        "the reference failed (is @ngraveio/bc-ur installed? `npm ci`): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn temp(name: &str, text: &str) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("bc-ur-{}-{name}", std::process::id()));
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn the_reference_decodes_what_the_app_shows() {
    for notes in [1, 40] {
        let payload = packed_visit(notes);
        let mut sender = Sender::new(&payload);
        let texts: Vec<String> = (0..sender.parts() * 3)
            .map(|_| sender.next_text())
            .collect();
        let parts = temp(&format!("parts-{notes}"), &texts.join("\n"));
        let decoded = reference(&["decode", parts.to_str().unwrap()]);
        let _ = std::fs::remove_file(parts);
        assert_eq!(
            decoded,
            hex(&payload),
            "{notes} notes, {} parts",
            sender.parts()
        );
        println!(
            "{notes} notes: {} B in {} codes, read by @ngraveio/bc-ur",
            payload.len(),
            sender.parts()
        );
    }
}

#[test]
fn the_app_reads_what_the_reference_encodes() {
    for notes in [1, 40] {
        let payload = packed_visit(notes);
        let file = temp(&format!("payload-{notes}"), &hex(&payload));
        let parts = reference(&["encode", file.to_str().unwrap(), &FRAGMENT.to_string()]);
        let _ = std::fs::remove_file(file);
        let mut receiver = Receiver::default();
        let mut whole = None;
        for part in parts.lines() {
            match receiver.take(&part.to_uppercase()) {
                Taken::Done(bytes) => {
                    whole = Some(bytes);
                    break;
                }
                Taken::Unusable => panic!("the reference's codes were refused"),
                _ => {}
            }
        }
        assert_eq!(whole.as_deref(), Some(&payload[..]), "{notes} notes");
    }
}

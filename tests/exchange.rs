//! The exchange file (issue 7): both forms round-trip; every kind of bad file gets its own
//! error and nothing else; the frozen fixtures of both forms still import.
#![cfg(not(target_arch = "wasm32"))]

use jobbesoeg::core::exchange::{
    export, initials_only, open, pack, read, seal, seal_deflated, unseal, ExchangeError, Kdf,
    Scope, HEADER_LEN, MAX_FILE,
};
use jobbesoeg::core::model::{Note, ParticipantId, Programme};
use jobbesoeg::core::time::Timestamp;

const PASSPHRASE: &str = "korrekt hest batteri hæfteklamme";
const NOW: Timestamp = Timestamp(1_805_000_000_000);

fn programme() -> Programme {
    let m = ParticipantId("mette".into());
    let mut p = Programme::new(m.clone(), ParticipantId("jonas".into()));
    p.me.name.set("Mette".into(), &m);
    p.partner.name.set("Jonas".into(), &m);
    p.set_first_host(&p.partner.id.clone(), &m);
    for (visit, text) in [(0, "Ali spørger om vagtplanen"), (1, "Tre nikker")] {
        let mut note = Note::new(format!("n{visit}"), NOW);
        note.text.set(text.into(), &m);
        p.visits[visit].notes.push(note);
    }
    p.visits[1].alignment.answers[0].set("Et svar".into(), &m);
    p
}

fn sealed(text: &str) -> Vec<u8> {
    seal(text, PASSPHRASE, Kdf::MIN, [7; 16], [9; 24]).unwrap()
}

#[test]
fn the_readable_file_round_trips_and_a_visit_carries_only_that_visit() {
    let p = programme();
    let all = read(&export(&p, Scope::All, NOW)).unwrap();
    assert_eq!(all.programme, p);
    assert_eq!(all.scope, "all");
    assert_eq!(all.exported, Some(NOW));
    let one = read(&export(&p, Scope::Visit(0), NOW)).unwrap();
    assert_eq!(one.programme.visits[0], p.visits[0]);
    assert!(one.programme.visits[1].notes.is_empty());
    assert!(!one.programme.visits[1].alignment.answers[0].is_written());
    assert_eq!(one.programme.me, p.me);
}

#[test]
fn the_sealed_file_round_trips_and_hides_the_text() {
    let text = export(&programme(), Scope::All, NOW);
    let bytes = sealed(&text);
    assert!(!String::from_utf8_lossy(&bytes).contains("vagtplanen"));
    assert_eq!(unseal(&bytes, PASSPHRASE).unwrap(), text);
    assert_eq!(open(&bytes, PASSPHRASE).unwrap().programme, programme());
}

#[test]
fn each_bad_file_says_what_is_wrong() {
    let text = export(&programme(), Scope::All, NOW);
    let bytes = sealed(&text);
    let err = |bytes: &[u8], pass: &str| open(bytes, pass).unwrap_err();

    assert_eq!(
        err(b"\x89PNG\r\n\x1a\n garbage", ""),
        ExchangeError::Garbage
    );
    assert_eq!(err(b"{\"hello\": 1}", ""), ExchangeError::Garbage);
    assert_eq!(
        err(&text.as_bytes()[..text.len() / 2], ""),
        ExchangeError::Truncated
    );
    assert_eq!(
        err(&bytes[..bytes.len() - 10], PASSPHRASE),
        ExchangeError::Truncated
    );
    assert_eq!(err(&bytes[..20], PASSPHRASE), ExchangeError::Truncated);
    assert_eq!(err(&vec![b' '; MAX_FILE + 1], ""), ExchangeError::TooLarge);
    let newer = text.replacen("\"version\":1", "\"version\":2", 1);
    assert_eq!(err(newer.as_bytes(), ""), ExchangeError::TooNew);
    assert_eq!(err(&bytes, "forkert hest"), ExchangeError::WrongPassphrase);
    assert_eq!(err(&bytes, ""), ExchangeError::NeedPassphrase);

    // One changed byte anywhere: in the readable text, the sealed body or its header.
    let changed = text.replacen("vagtplanen", "vagtplanEn", 1);
    assert_eq!(err(changed.as_bytes(), ""), ExchangeError::Tampered);
    for at in [12, 30, 50, 64, HEADER_LEN + 3, bytes.len() - 1] {
        let mut bad = bytes.clone();
        bad[at] ^= 0x20;
        assert_eq!(err(&bad, PASSPHRASE), ExchangeError::Tampered, "byte {at}");
    }
}

#[test]
fn a_hostile_file_cannot_ask_for_a_gigabyte_of_memory() {
    let mut bytes = sealed("{}");
    // 1 GiB of memory, with the header's hash made to match.
    bytes[9..13].copy_from_slice(&(1024u32 * 1024).to_le_bytes());
    let hash = sha_prefix(&bytes[..HEADER_LEN - 8]);
    bytes[HEADER_LEN - 8..HEADER_LEN].copy_from_slice(&hash);
    let started = std::time::Instant::now();
    assert_eq!(open(&bytes, PASSPHRASE).unwrap_err(), ExchangeError::Limits);
    assert!(started.elapsed().as_secs() < 1, "refused before deriving");
}

fn sha_prefix(bytes: &[u8]) -> [u8; 8] {
    use sha2::Digest;
    let mut out = [0u8; 8];
    out.copy_from_slice(&sha2::Sha256::digest(bytes)[..8]);
    out
}

#[test]
fn sealing_never_goes_below_19_mib_and_2_passes() {
    let weak = Kdf {
        memory_kib: 8,
        passes: 1,
        lanes: 1,
    };
    let bytes = seal("{}", PASSPHRASE, weak, [1; 16], [2; 24]).unwrap();
    assert_eq!(bytes[9..13], (19u32 * 1024).to_le_bytes());
    assert_eq!(bytes[13..17], 2u32.to_le_bytes());
}

#[test]
fn observed_names_can_leave_as_initials() {
    let mut p = programme();
    p.visits[0].notes[0]
        .wonder
        .set("Hvorfor tav Ali Hassan? Alibi.".into(), &p.me.id.clone());
    initials_only(&mut p, &["Ali Hassan", "Ali"]);
    assert_eq!(p.visits[0].notes[0].text.value, "A. spørger om vagtplanen");
    assert_eq!(
        p.visits[0].notes[0].wonder.value,
        "Hvorfor tav A. H.? Alibi."
    );
}

fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Frozen files of both forms (made once by `JOBBESOEG_WRITE_FIXTURES=1 cargo test`):
/// every later version of the app must still import them.
#[test]
fn the_frozen_files_of_both_forms_still_import() {
    // Version 1 sealed the text as it was; version 2 (issue 8) seals it deflated; the
    // packed form is what a QR code carries when not sealed.
    let files = [
        ("export-v1.json", ""),
        ("export-v1.jbs", PASSPHRASE),
        ("export-v2.jbs", PASSPHRASE),
        ("export-v1.packed", ""),
    ];
    if std::env::var_os("JOBBESOEG_WRITE_FIXTURES").is_some() {
        let text = export(&programme(), Scope::All, NOW);
        for (name, bytes) in [
            (
                "export-v2.jbs",
                seal_deflated(&text, PASSPHRASE, Kdf::MIN, [7; 16], [9; 24]).unwrap(),
            ),
            ("export-v1.packed", pack(&text)),
        ] {
            if !fixture(name).exists() {
                std::fs::write(fixture(name), bytes).unwrap();
            }
        }
    }
    for (name, passphrase) in files {
        let bytes = std::fs::read(fixture(name)).unwrap();
        assert_eq!(
            open(&bytes, passphrase).unwrap().programme,
            programme(),
            "{name}"
        );
    }
}

#[test]
fn files_stay_in_the_layout_every_earlier_app_reads_and_codes_are_deflated() {
    let text = export(&programme(), Scope::All, NOW);
    assert_eq!(sealed(&text)[8], 1);
    let deflated = seal_deflated(&text, PASSPHRASE, Kdf::MIN, [7; 16], [9; 24]).unwrap();
    assert_eq!(deflated[8], 2);
    assert_eq!(unseal(&deflated, PASSPHRASE).unwrap(), text);
}

#[test]
fn a_packed_file_that_is_bad_says_so_and_a_bomb_is_refused() {
    let text = export(&programme(), Scope::All, NOW);
    let packed = pack(&text);
    assert_eq!(open(&packed[..9], ""), Err(ExchangeError::Truncated));
    assert_eq!(
        open(&packed[..packed.len() / 2], ""),
        Err(ExchangeError::Truncated)
    );
    let mut newer = packed.clone();
    newer[8] = 2;
    assert_eq!(open(&newer, ""), Err(ExchangeError::TooNew));
    // 20 MB of spaces deflate to a few KB: never unpacked past 10 MB.
    let bomb = pack(&" ".repeat(2 * MAX_FILE));
    assert!(bomb.len() < 100_000);
    assert_eq!(open(&bomb, ""), Err(ExchangeError::TooLarge));
}

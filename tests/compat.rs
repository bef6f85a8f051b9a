//! Partners update at different times: what this app writes, an earlier one must read,
//! and what either wrote comes back byte for byte. The frozen fixtures are written again
//! exactly as they are; unknown members survive at every level of the model; the
//! exchange file's checksum rule holds for the fixtures.
#![cfg(not(target_arch = "wasm32"))]

use jobbesoeg::core::exchange::{checksum, export, open, pack, read, unseal, Scope};
use jobbesoeg::core::records::{assemble, split};
use jobbesoeg::core::schema::{decode, encode, to_text};
use serde_json::{json, Value};

const PASSPHRASE: &str = "korrekt hest batteri hæfteklamme";

fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn text(name: &str) -> String {
    String::from_utf8(fixture(name)).unwrap_or_default()
}

/// A readable file read and written again, with the scope and time it was made with.
fn export_again(file: &str) -> String {
    let received = read(file).unwrap();
    assert_eq!(
        received.scope, "all",
        "the fixtures are backups of everything"
    );
    export(&received.programme, Scope::All, received.exported.unwrap())
}

#[test]
fn the_stored_programme_fixture_is_written_again_byte_for_byte() {
    let stored = text("programme-v1.json");
    assert_eq!(encode(&decode(&stored).unwrap()), stored.trim_end());
}

#[test]
fn the_readable_file_fixture_is_written_again_byte_for_byte() {
    let file = text("export-v1.json");
    assert_eq!(export_again(&file), file.trim_end());
}

#[test]
fn the_sealed_file_fixtures_hold_text_that_is_written_again_byte_for_byte() {
    for name in ["export-v1.jbs", "export-v2.jbs"] {
        let inside = unseal(&fixture(name), PASSPHRASE).unwrap();
        assert_eq!(export_again(&inside), inside, "{name}");
    }
}

#[test]
fn the_packed_fixture_is_packed_again_byte_for_byte() {
    let bytes = fixture("export-v1.packed");
    let received = open(&bytes, "").unwrap();
    let again = export(&received.programme, Scope::All, received.exported.unwrap());
    assert_eq!(pack(&again), bytes);
}

#[test]
fn the_checksum_rule_matches_the_fixture() {
    let file = text("export-v1.json");
    let value: Value = serde_json::from_str(&file).unwrap();
    let programme = &value["programme"];
    let written = to_text(programme);
    assert_eq!(
        Some(checksum(&written).as_str()),
        value["checksum"].as_str()
    );
    // The programme is written inside the file exactly as the rule writes it again.
    let at = file.find("\"programme\":").unwrap() + "\"programme\":".len();
    assert_eq!(&file.trim_end()[at..file.trim_end().len() - 1], written);
}

/// The programme fixture with `{"fromTheFuture": …}` put into the object at `pointer`.
fn with_unknown_member(pointer: &str) -> (String, Value) {
    let mut value: Value = serde_json::from_str(&text("programme-v1.json")).unwrap();
    let member = json!({ "a": [1, "æ", null, { "b": true }], "n": -12 });
    value
        .pointer_mut(pointer)
        .and_then(Value::as_object_mut)
        .unwrap_or_else(|| panic!("no object at {pointer}"))
        .insert("fromTheFuture".into(), member.clone());
    (to_text(&value), member)
}

/// The unknown member at `pointer` survives load → save, the records, and a file to the
/// partner and back.
fn unknown_member_survives(pointer: &str) {
    let (stored, member) = with_unknown_member(pointer);
    let kept = |text: &str, how: &str| {
        let value: Value = serde_json::from_str(text).unwrap();
        assert_eq!(
            value.pointer(&format!("{pointer}/fromTheFuture")),
            Some(&member),
            "{how} lost the member at {pointer}"
        );
    };
    let programme = decode(&stored).unwrap();
    kept(&encode(&programme), "load → save");
    assert_eq!(encode(&programme), stored, "load → save changed the bytes");
    let records = assemble(split(&programme)).unwrap().unwrap();
    kept(&encode(&records), "the records");
    let file = export(&programme, Scope::All, programme.visits[0].notes[0].created);
    kept(&encode(&read(&file).unwrap().programme), "export → import");
}

macro_rules! unknown_members {
    ($($name:ident: $pointer:literal,)*) => {
        $(
            #[test]
            fn $name() {
                unknown_member_survives($pointer);
            }
        )*
    };
}

unknown_members! {
    unknown_members_of_the_programme_survive: "",
    unknown_members_of_me_survive: "/me",
    unknown_members_of_the_partner_survive: "/partner",
    unknown_members_of_a_visit_survive: "/visits/0",
    unknown_members_of_the_activity_survive: "/visits/0/activity",
    unknown_members_of_the_agreements_survive: "/visits/0/agreements",
    unknown_members_of_a_time_and_place_survive: "/visits/0/agreements/visit",
    unknown_members_of_the_alignment_survive: "/visits/0/alignment",
    unknown_members_of_a_focus_point_survive: "/visits/0/alignment/focus_points/0",
    unknown_members_of_the_intended_leadership_survive: "/visits/0/intended",
    unknown_members_of_a_style_view_survive: "/visits/0/intended/styles/distributed",
    unknown_members_of_a_note_survive: "/visits/0/notes/0",
    unknown_members_of_the_reflection_survive: "/visits/0/reflection",
}

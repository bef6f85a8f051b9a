//! The exchange by QR code (issue 8), natively: the fountain-coded parts come together
//! whatever is missed and in any order, and the decoder reads the encoder's codes as a
//! camera sees them (blurred, grainy).
#![cfg(not(target_arch = "wasm32"))]

use jobbesoeg::core::exchange::{export, open, pack, seal_deflated, Kdf, Scope};
use jobbesoeg::core::model::{Note, ParticipantId, Programme};
use jobbesoeg::core::qr::{camera_view, scan, Code, Receiver, Sender, Taken, FRAGMENT};
use jobbesoeg::core::time::Timestamp;

/// A fixed sequence of numbers (xorshift64), so a failure can be run again.
struct Dice(u64);
impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// `len` bytes that look like a packed exchange file to the receiver (other apps' codes
/// are ignored), the rest noise.
fn payload(len: usize, seed: u64) -> Vec<u8> {
    let mut dice = Dice(seed | 1);
    let mut out = b"JBPACKED".to_vec();
    out.extend((8..len).map(|_| dice.next() as u8));
    out
}

/// Feeds `texts` to a new receiver until the payload is whole.
fn receive(texts: &[String]) -> Option<Vec<u8>> {
    let mut receiver = Receiver::default();
    for text in texts {
        if let Taken::Done(bytes) = receiver.take(text) {
            return Some(bytes);
        }
    }
    None
}

#[test]
fn with_30_percent_of_codes_missed_and_the_rest_shuffled_the_payload_comes_whole() {
    for seed in 1..=40u64 {
        let data = payload(6_000, seed);
        let mut sender = Sender::new(&data);
        let parts = sender.parts();
        // The payload and its CBOR head (3 bytes at this size), in 200-byte fragments.
        assert_eq!(parts, (6_000usize + 3).div_ceil(FRAGMENT));
        let mut dice = Dice(seed * 7919);
        // Five rounds of codes (a camera keeps looking until the payload is whole; three
        // rounds with 30 % missed can lack one fragment), and it misses 30 % of them.
        let mut seen: Vec<String> = (0..parts * 5)
            .map(|_| sender.next_text())
            .filter(|_| dice.next() % 100 >= 30)
            .collect();
        for i in (1..seen.len()).rev() {
            seen.swap(i, (dice.next() % (i as u64 + 1)) as usize);
        }
        assert_eq!(receive(&seen), Some(data), "seed {seed}");
    }
}

#[test]
fn the_receiver_counts_parts_and_may_start_at_any_code() {
    let data = payload(3_000, 5);
    let mut sender = Sender::new(&data);
    // The camera comes in late: the first 20 codes never reach it.
    for _ in 0..20 {
        sender.next_text();
    }
    let mut receiver = Receiver::default();
    let mut last = (0, 0);
    for _ in 0..100 {
        match receiver.take(&sender.next_text()) {
            Taken::Done(bytes) => {
                assert_eq!(bytes, data);
                assert!(last.0 < last.1, "received stays under needed until whole");
                return;
            }
            Taken::Progress { received, needed } => {
                assert_eq!(needed, sender.parts());
                assert!(received >= last.0);
                last = (received, needed);
            }
            Taken::Ignored | Taken::Unusable => panic!("one of ours was refused"),
        }
    }
    panic!("100 codes were not enough for {} parts", sender.parts());
}

#[test]
fn a_small_payload_is_one_code_that_does_not_change() {
    let data = payload(150, 9);
    let mut sender = Sender::new(&data);
    assert_eq!(sender.parts(), 1);
    let first = sender.next_text();
    assert_eq!(sender.next_text(), first);
    assert!(first.starts_with("UR:BYTES/"));
    assert_eq!(Receiver::default().take(&first), Taken::Done(data));
}

#[test]
fn other_codes_are_ignored_and_a_new_payload_starts_over() {
    let mut receiver = Receiver::default();
    assert_eq!(receiver.take("https://example.com"), Taken::Ignored);
    assert_eq!(receiver.take("UR:BYTES/1-3/BROKEN"), Taken::Ignored);
    let mut old = Sender::new(&payload(2_000, 1));
    receiver.take(&old.next_text());
    // The sender chose again (another visit): its codes replace the old ones.
    let fresh = payload(1_000, 2);
    let mut sender = Sender::new(&fresh);
    let mut got = None;
    for _ in 0..60 {
        if let Taken::Done(bytes) = receiver.take(&sender.next_text()) {
            got = Some(bytes);
            break;
        }
    }
    assert_eq!(got, Some(fresh));
}

#[test]
fn codes_read_back_from_a_blurred_grainy_camera_frame() {
    // Five camera pixels a module (the code across 345 of a 480-pixel-high frame),
    // softened by a 3×3 blur, with grain of ±6. The fountain makes up for a missed code;
    // the reader must get most of them. (Measured: grain of ±10 halves what rqrr reads.)
    let mut sender = Sender::new(&payload(6_000, 3));
    let mut read = 0;
    for i in 0..20u64 {
        let text = sender.next_text();
        let code = Code::new(&text).unwrap();
        let frame = camera_view(&code, (640, 480), 5, (1, 6), i + 1);
        match scan(&frame, 640, 480).as_slice() {
            [] => {}
            [got] => {
                assert_eq!(got, &text, "a code read wrong");
                read += 1;
            }
            more => panic!("one code read as {}", more.len()),
        }
    }
    assert!(read >= 16, "{read} of 20 codes read");
}

#[test]
fn a_code_is_version_11_or_lower() {
    // Small enough that five camera pixels a module still read (above).
    let mut sender = Sender::new(&payload(60_000, 4));
    for _ in 0..5 {
        let code = sender.next_code().unwrap();
        assert!(code.size <= 17 + 4 * 11, "{} modules", code.size);
    }
}

#[test]
fn the_svg_path_draws_exactly_the_dark_modules() {
    let mut sender = Sender::new(&payload(1_000, 8));
    for _ in 0..3 {
        let code = sender.next_code().unwrap();
        let drawn = Code::from_path(code.side(), &code.path()).unwrap();
        assert_eq!(drawn, code);
    }
    assert_eq!(
        Code::from_path(29, "M30 4h1v1h-1z"),
        None,
        "outside the code"
    );
}

fn programme() -> Programme {
    let m = ParticipantId("mette".into());
    let mut p = Programme::new(m.clone(), ParticipantId("jonas".into()));
    p.me.name.set("Mette".into(), &m);
    for i in 0..40 {
        let mut note = Note::new(format!("n{i}"), Timestamp(1_805_000_000_000 + i));
        note.text
            .set(format!("Ali spørger om vagtplanen for uge {i}"), &m);
        p.visits[0].notes.push(note);
    }
    p
}

#[test]
fn a_visit_travels_compressed_readable_or_sealed() {
    let p = programme();
    let text = export(&p, Scope::Visit(0), Timestamp(1_805_000_000_000));
    let packed = pack(&text);
    assert!(
        packed.len() * 3 < text.len(),
        "{} of {}",
        packed.len(),
        text.len()
    );
    let sealed = seal_deflated(&text, "korrekt hest", Kdf::MIN, [1; 16], [2; 24]).unwrap();
    assert!(
        sealed.len() * 3 < text.len(),
        "{} of {}",
        sealed.len(),
        text.len()
    );
    for (bytes, passphrase) in [(packed, ""), (sealed, "korrekt hest")] {
        let mut sender = Sender::new(&bytes);
        let texts: Vec<String> = (0..sender.parts() * 2)
            .map(|_| sender.next_text())
            .collect();
        let got = receive(&texts).unwrap();
        assert_eq!(open(&got, passphrase).unwrap().programme, p);
    }
}

#[test]
fn hostile_or_mixed_codes_never_break_the_receiver() {
    // Parts of three payloads interleaved, some with a character changed, some cut:
    // whatever the camera reads, the receiver answers and never panics.
    let mut dice = Dice(77);
    let mut senders: Vec<Sender> = [900usize, 2_500, 7_000]
        .iter()
        .enumerate()
        .map(|(i, len)| Sender::new(&payload(*len, i as u64 + 11)))
        .collect();
    let mut receiver = Receiver::default();
    for _ in 0..3_000 {
        let which = (dice.next() % 3) as usize;
        let mut text = senders[which].next_text().into_bytes();
        match dice.next() % 4 {
            0 => {
                let at = (dice.next() as usize) % text.len();
                text[at] = b"AZ09-/:"[(dice.next() % 7) as usize];
            }
            1 => text.truncate((dice.next() as usize) % text.len()),
            _ => {}
        }
        let _ = receiver.take(&String::from_utf8_lossy(&text));
    }
    // A forged header: a count no sender made.
    assert_eq!(
        receiver.take("UR:BYTES/1-65535/LPADAXCFAXHLCYHTTBTNNE"),
        Taken::Ignored
    );
    // Another app's UR code (not an exchange file): read whole, and said to be unusable
    // rather than dropped in silence.
    let other = ur::encode(b"bitcoin:bc1q", &ur::Type::Bytes).to_uppercase();
    assert_eq!(Receiver::default().take(&other), Taken::Unusable);
}

#[test]
fn the_codes_carry_a_cbor_byte_string_as_bc_ur_bytes_defines() {
    use jobbesoeg::core::qr::cbor_bytes;
    assert_eq!(cbor_bytes(b"abc"), b"\x43abc");
    assert_eq!(cbor_bytes(&[7; 24])[..2], [0x58, 24]);
    assert_eq!(cbor_bytes(&[7; 300])[..3], [0x59, 0x01, 0x2c]);
    assert_eq!(cbor_bytes(&[7; 70_000])[..5], [0x5a, 0, 1, 0x11, 0x70]);
    // One code: its message is the payload's byte string.
    let small = payload(60, 9);
    let text = Sender::new(&small).next_text().to_lowercase();
    let (_, message) = ur::decode(&text).unwrap();
    assert_eq!(message, cbor_bytes(&small));
    // Many: the fountain decoder's message is too.
    let data = payload(3_000, 5);
    let mut sender = Sender::new(&data);
    let mut decoder = ur::Decoder::default();
    while !decoder.complete() {
        decoder.receive(&sender.next_text().to_lowercase()).unwrap();
    }
    assert_eq!(decoder.message().unwrap().unwrap(), cbor_bytes(&data));
}

#[test]
fn codes_from_an_earlier_app_with_the_payload_bare_still_read() {
    let data = payload(3_000, 11);
    let mut earlier = ur::Encoder::bytes(&data, 200).unwrap();
    let mut receiver = Receiver::default();
    for _ in 0..200 {
        if let Taken::Done(bytes) = receiver.take(&earlier.next_part().unwrap().to_uppercase()) {
            assert_eq!(bytes, data);
            return;
        }
    }
    panic!("the earlier app's codes were never whole");
}

#[test]
fn a_whole_message_that_is_no_exchange_file_is_said_not_restarted() {
    // Standard codes of 3 KB that are not a Jobbesøg file.
    let data = vec![0x42u8; 3_000];
    let mut other = ur::Encoder::bytes(&cbor_bytes_of(&data), 200).unwrap();
    let mut receiver = Receiver::default();
    for _ in 0..200 {
        match receiver.take(&other.next_part().unwrap().to_uppercase()) {
            Taken::Unusable => return,
            Taken::Done(_) => panic!("not ours, yet taken"),
            _ => {}
        }
    }
    panic!("the message was never said to be unusable");
}

fn cbor_bytes_of(data: &[u8]) -> Vec<u8> {
    jobbesoeg::core::qr::cbor_bytes(data)
}

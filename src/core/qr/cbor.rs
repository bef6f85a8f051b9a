//! The two pieces of CBOR the QR codes need: a byte string written (BC-UR's `bytes`,
//! BCR-2020-006) and an item's head read (a fountain part's header, a byte string).

/// `payload` as a CBOR byte string (major type 2): its length, then the bytes.
pub fn cbor_bytes(payload: &[u8]) -> Vec<u8> {
    let n = payload.len() as u64;
    let mut out = match n {
        0..=23 => vec![0x40 | n as u8],
        24..=0xff => vec![0x58, n as u8],
        0x100..=0xffff => vec![0x59, (n >> 8) as u8, n as u8],
        0x1_0000..=0xffff_ffff => vec![
            0x5a,
            (n >> 24) as u8,
            (n >> 16) as u8,
            (n >> 8) as u8,
            n as u8,
        ],
        _ => {
            let mut head = vec![0x5b];
            head.extend_from_slice(&n.to_be_bytes());
            head
        }
    };
    out.extend_from_slice(payload);
    out
}

/// Reads a CBOR unsigned integer (major type 0) or a byte string's length (major type 2)
/// at `at`: (value, where the next item starts).
pub(super) fn cbor_head(bytes: &[u8], at: usize, major: u8) -> Option<(u64, usize)> {
    let first = *bytes.get(at)?;
    if first >> 5 != major {
        return None;
    }
    let width = match first & 0x1f {
        n @ 0..=23 => return Some((n as u64, at + 1)),
        24 => 1,
        25 => 2,
        26 => 4,
        27 => 8,
        _ => return None,
    };
    let raw = bytes.get(at + 1..at + 1 + width)?;
    Some((
        raw.iter().fold(0u64, |n, b| (n << 8) | *b as u64),
        at + 1 + width,
    ))
}

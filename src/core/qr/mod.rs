//! The exchange by QR code (issue 8): the same payload as the file, carried by QR codes
//! from one phone's screen to the other's camera. A payload that fits one code is shown
//! as one; a longer one is cut into BC-UR multipart parts (`ur`), fountain coded: each
//! code after the first round mixes fragments, so the camera may start anywhere and
//! miss codes. [`Sender`] makes the codes, [`Code`] draws one, [`scan`] finds codes in a
//! camera frame (`rqrr`) and [`Receiver`] puts the parts together. Pure: the worker
//! draws and scans, the page only shows the SVG and passes camera frames on.

use std::collections::BTreeSet;

use qrcode::{Color, EcLevel, QrCode};

/// Payload bytes per code. 200 bytes make a version 11 code at level L (61 modules, 69
/// with the quiet zone): `tests/qr.rs` measures that rqrr still reads it softened and
/// grainy at 5 camera pixels a module (at 3 it fails; version 9 is no easier to read).
/// BENCHMARKS.md has the rate through a camera.
pub const FRAGMENT: usize = 200;
/// The light border every reader wants, in modules.
pub const QUIET: usize = 4;

/// One QR code's modules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Code {
    /// Modules a side, without the quiet zone.
    pub size: usize,
    dark: Vec<bool>,
}

impl Code {
    /// The code for `text` at level L (the fountain makes up for a lost code better than
    /// a higher level would). `None` only for a text past what a QR code holds.
    pub fn new(text: &str) -> Option<Code> {
        let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L).ok()?;
        Some(Code {
            size: code.width(),
            dark: code
                .to_colors()
                .into_iter()
                .map(|c| c == Color::Dark)
                .collect(),
        })
    }

    /// The code an SVG path of [`Code::path`] draws, `side` its `viewBox`'s side: what
    /// the screen shows, read back (the end-to-end test films the app's own codes).
    pub fn from_path(side: usize, d: &str) -> Option<Code> {
        let size = side.checked_sub(2 * QUIET)?;
        let mut dark = vec![false; size * size];
        for rect in d.split('z').filter(|r| !r.trim().is_empty()) {
            let (xy, rest) = rect.trim().strip_prefix('M')?.split_once('h')?;
            let (x, y) = xy.split_once(' ')?;
            let (x, y) = (x.parse::<usize>().ok()?, y.parse::<usize>().ok()?);
            let run = rest.split('v').next()?.parse::<usize>().ok()?;
            let (x, y) = (x.checked_sub(QUIET)?, y.checked_sub(QUIET)?);
            if y >= size || x + run > size {
                return None;
            }
            dark[y * size + x..y * size + x + run].fill(true);
        }
        Some(Code { size, dark })
    }

    /// Whether the module at (x, y) is dark; outside the code (the quiet zone) is light.
    pub fn dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.dark[y * self.size + x]
    }

    /// Modules a side with the quiet zone: the SVG's `viewBox` is `0 0 side side`.
    pub fn side(&self) -> usize {
        self.size + 2 * QUIET
    }

    /// The dark modules as one SVG path, a rectangle per run of dark modules in a row,
    /// already moved inside the quiet zone.
    pub fn path(&self) -> String {
        let mut d = String::with_capacity(self.size * self.size * 2);
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if !self.dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < self.size && self.dark(x, y) {
                    x += 1;
                }
                let run = x - start;
                d.push_str(&format!("M{} {}h{run}v1h-{run}z", start + QUIET, y + QUIET));
            }
        }
        d
    }

    /// The code as grey pixels, `scale` pixels a module, quiet zone included: what a
    /// camera sees of a sharp screen (tests, and the fake camera's film).
    pub fn pixels(&self, scale: usize) -> (usize, Vec<u8>) {
        let side = self.side() * scale;
        let mut out = vec![255u8; side * side];
        for y in 0..self.size {
            for x in 0..self.size {
                if self.dark(x, y) {
                    for py in 0..scale {
                        let row = (y + QUIET) * scale + py;
                        let at = row * side + (x + QUIET) * scale;
                        out[at..at + scale].fill(0);
                    }
                }
            }
        }
        (side, out)
    }
}

mod cbor;
pub use cbor::cbor_bytes;
use cbor::cbor_head;

/// The codes for one payload, one after the other, for ever.
pub struct Sender {
    single: Option<String>,
    parts: Option<ur::Encoder<'static>>,
}

impl Sender {
    /// The codes for `payload`, as BC-UR's `bytes` type defines them (BCR-2020-006): the
    /// message is the payload as a CBOR byte string, cut into fountain-coded parts.
    pub fn new(payload: &[u8]) -> Sender {
        let message = cbor_bytes(payload);
        if message.len() <= FRAGMENT {
            return Sender {
                single: Some(ur::encode(&message, &ur::Type::Bytes).to_uppercase()),
                parts: None,
            };
        }
        Sender {
            single: None,
            parts: ur::Encoder::bytes(&message, FRAGMENT).ok(),
        }
    }

    /// How many parts the receiver needs at least (1: one code that does not change).
    pub fn parts(&self) -> usize {
        self.parts.as_ref().map_or(1, |p| p.fragment_count())
    }

    /// The next code's text (upper case: the QR's compact alphanumeric mode).
    pub fn next_text(&mut self) -> String {
        if let Some(single) = &self.single {
            return single.clone();
        }
        match self.parts.as_mut().map(|p| p.next_part()) {
            Some(Ok(part)) => part.to_uppercase(),
            _ => String::new(),
        }
    }

    /// The next code, drawn.
    pub fn next_code(&mut self) -> Option<Code> {
        Code::new(&self.next_text())
    }
}

/// What one scanned text did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Taken {
    /// Not one of ours (another QR code, a broken part): nothing changed.
    Ignored,
    /// A part counted: `received` of at least `needed`.
    Progress { received: usize, needed: usize },
    /// The whole payload.
    Done(Vec<u8>),
    /// A whole message that is not an exchange file: the user is told, and the next
    /// code starts afresh.
    Unusable,
}

/// Puts the parts together, whatever order they come in and however many are missed.
#[derive(Default)]
pub struct Receiver {
    decoder: ur::Decoder,
    seen: BTreeSet<u32>,
    needed: usize,
}

impl Receiver {
    /// (parts received, parts needed): received stays under needed until the payload is
    /// whole (the last parts mix fragments, so a count can reach needed early).
    pub fn progress(&self) -> (usize, usize) {
        let needed = self.needed.max(1);
        (self.seen.len().min(needed - 1), needed)
    }

    pub fn take(&mut self, text: &str) -> Taken {
        let text = text.trim().to_lowercase();
        let Some(rest) = text.strip_prefix("ur:bytes/") else {
            return Taken::Ignored;
        };
        let Some((seq, count)) = rest.split_once('/').and_then(|(head, _)| {
            let (seq, count) = head.split_once('-')?;
            Some((seq.parse::<u32>().ok()?, count.parse::<usize>().ok()?))
        }) else {
            // One code for the whole payload: ours if it is an exchange file.
            return match ur::decode(&text) {
                Ok((ur::ur::Kind::SinglePart, message)) => payload(message),
                _ => Taken::Ignored,
            };
        };
        // The part's own header must agree with its text and stay within what the app
        // sends: a forged count would make the decoder allocate without bound.
        match ur::decode(&text) {
            Ok((ur::ur::Kind::MultiPart, cbor)) if sane(&cbor, seq, count) => {}
            _ => return Taken::Ignored,
        }
        if self.decoder.receive(&text).is_err() {
            // Another payload (the sender chose again): start over with this one.
            let mut fresh = Receiver::default();
            if fresh.decoder.receive(&text).is_err() {
                return Taken::Ignored;
            }
            *self = fresh;
        }
        self.needed = count;
        self.seen.insert(seq);
        if self.decoder.complete() {
            let message = self.decoder.message();
            // Whatever it was, the next code starts afresh.
            *self = Receiver::default();
            return match message {
                Ok(Some(message)) => payload(message),
                _ => Taken::Unusable,
            };
        }
        let (received, needed) = self.progress();
        Taken::Progress { received, needed }
    }
}

/// The most parts a payload the app accepts can have (10 MB in 200-byte parts).
const MAX_PARTS: usize = crate::core::exchange::MAX_FILE / FRAGMENT + 1;

/// The payload of a whole message: the CBOR byte string BC-UR's `bytes` defines, or, as
/// earlier copies of the app sent it, the payload bare.
fn payload(message: Vec<u8>) -> Taken {
    let inner = match cbor_head(&message, 0, 2) {
        Some((length, at)) if message.len() - at == length as usize => message[at..].to_vec(),
        _ => message,
    };
    if ours(&inner) {
        Taken::Done(inner)
    } else {
        Taken::Unusable
    }
}

/// Whether a payload is an exchange file (sealed, packed or readable), not another
/// app's UR code.
fn ours(bytes: &[u8]) -> bool {
    use crate::core::exchange::{MAGIC, PACKED};
    bytes.starts_with(MAGIC) || bytes.starts_with(PACKED) || bytes.starts_with(b"{")
}

/// A fountain part's CBOR header: `[seq, count, message length, checksum, data]`, as the
/// app's sender makes them.
fn sane(cbor: &[u8], seq: u32, count: usize) -> bool {
    let read = || -> Option<bool> {
        if *cbor.first()? != 0x85 {
            return None;
        }
        let (s, at) = cbor_head(cbor, 1, 0)?;
        let (c, at) = cbor_head(cbor, at, 0)?;
        let (length, at) = cbor_head(cbor, at, 0)?;
        let (_, at) = cbor_head(cbor, at, 0)?;
        let (data, at) = cbor_head(cbor, at, 2)?;
        let (c, length, data) = (c as usize, length as usize, data as usize);
        Some(
            s == seq as u64
                && s >= 1
                && c == count
                && (1..=MAX_PARTS).contains(&c)
                && (1..=FRAGMENT).contains(&data)
                && cbor.len() == at + data
                // The payload and its CBOR head (at most 9 bytes).
                && length <= crate::core::exchange::MAX_FILE + 9
                && length > (c - 1) * data
                && length <= c * data,
        )
    };
    read().unwrap_or(false)
}

/// The texts of the QR codes in a grey frame (`width` × `height`, a byte a pixel).
pub fn scan(pixels: &[u8], width: usize, height: usize) -> Vec<String> {
    if width == 0 || pixels.len() != width * height {
        return Vec::new();
    }
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| pixels[y * width + x]);
    image
        .detect_grids()
        .into_iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
        .collect()
}

/// An RGBA frame (a canvas's `ImageData`) as grey: what [`scan`] reads.
pub fn grey(rgba: &[u8]) -> Vec<u8> {
    rgba.chunks_exact(4)
        .map(|p| ((p[0] as u32 * 77 + p[1] as u32 * 150 + p[2] as u32 * 29) >> 8) as u8)
        .collect()
}

/// What a phone camera sees of `code` on another phone's screen: the code in the middle
/// of a `width` × `height` grey frame at `scale` pixels a module, softened (`blur` passes of a 3×3
/// box blur) and grainy (±`noise` from a fixed sequence `seed`). For the tests and the
/// fake camera's film in the end-to-end test; the app never calls it.
pub fn camera_view(
    code: &Code,
    (width, height): (usize, usize),
    scale: usize,
    (blur, noise): (usize, u8),
    seed: u64,
) -> Vec<u8> {
    let (side, sharp) = code.pixels(scale);
    // A grey room around a light screen.
    let mut frame = vec![150u8; width * height];
    let (left, top) = (
        width.saturating_sub(side) / 2,
        height.saturating_sub(side) / 2,
    );
    for y in 0..side.min(height) {
        for x in 0..side.min(width) {
            frame[(top + y) * width + left + x] = sharp[y * side + x] / 5 * 4 + 30;
        }
    }
    for _ in 0..blur {
        let copy = frame.clone();
        for y in 1..height.saturating_sub(1) {
            for x in 1..width.saturating_sub(1) {
                let mut sum = 0u32;
                for dy in 0..3 {
                    for dx in 0..3 {
                        sum += copy[(y + dy - 1) * width + x + dx - 1] as u32;
                    }
                }
                frame[y * width + x] = (sum / 9) as u8;
            }
        }
    }
    let mut state = seed | 1;
    for p in &mut frame {
        // xorshift64: the same grain for the same seed.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let grain = (state % (2 * noise as u64 + 1)) as i32 - noise as i32;
        *p = (*p as i32 + grain).clamp(0, 255) as u8;
    }
    frame
}

//! The exchange file deflated (issue 8): what a QR code carries, a third of the file or
//! less. Readable, it is [`PACKED`] and a version byte before the deflated text; sealed,
//! the seal's layout 2 deflates the text inside.

use super::{ExchangeError, MAX_FILE, PACKED};

pub(super) fn deflate(text: &str) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 6)
}

/// Deflated bytes back, never past [`MAX_FILE`] (a small hostile file could unpack to
/// gigabytes).
pub(super) fn inflate(bytes: &[u8]) -> Result<Vec<u8>, ExchangeError> {
    use miniz_oxide::inflate::{decompress_to_vec_with_limit, TINFLStatus};
    decompress_to_vec_with_limit(bytes, MAX_FILE).map_err(|e| match e.status {
        TINFLStatus::HasMoreOutput => ExchangeError::TooLarge,
        TINFLStatus::FailedCannotMakeProgress => ExchangeError::Truncated,
        _ => ExchangeError::Garbage,
    })
}

/// A readable file deflated: a third or less of it, for the QR codes.
pub fn pack(text: &str) -> Vec<u8> {
    let mut out = PACKED.to_vec();
    out.push(1);
    out.extend_from_slice(&deflate(text));
    out
}

/// The readable text inside a packed file (after [`PACKED`]).
pub(super) fn unpack(packed: &[u8]) -> Result<String, ExchangeError> {
    match packed.split_first() {
        Some((1, deflated)) => {
            String::from_utf8(inflate(deflated)?).map_err(|_| ExchangeError::Garbage)
        }
        Some(_) => Err(ExchangeError::TooNew),
        None => Err(ExchangeError::Truncated),
    }
}

//! The QR reader worker's frame and answer.

use serde::{Deserialize, Serialize};

/// What the page asks of the QR reader worker (`src/bin/scanner.rs`): an RGBA frame
/// (its buffer transferred) and its width.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ToScanner {
    #[serde(with = "serde_bytes")]
    pub pixels: Vec<u8>,
    pub width: usize,
    #[serde(default)]
    pub id: Option<u32>,
}

/// The QR reader's answer: `{ready: true}` once it listens, then for each frame the
/// codes' texts and the milliseconds the reading took.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum FromScanner {
    Ready {
        ready: bool,
    },
    Read {
        texts: Vec<String>,
        ms: f64,
        #[serde(skip_serializing_if = "Option::is_none")]
        id: Option<u32>,
    },
}

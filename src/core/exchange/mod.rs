//! The file that carries a visit to the partner (or everything to a backup), in two
//! forms: readable (the versioned JSON envelope with a SHA-256 checksum) and sealed with
//! a passphrase (Argon2id → XChaCha20-Poly1305, the header authenticated as associated
//! data). Reading a file checks everything before anything is merged, and says what is
//! wrong in one [`ExchangeError`]. Pure: salt and nonce come from the edge.

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use sha2::{Digest, Sha256};

use serde::Serialize;
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use super::model::{Programme, Visit};
use super::schema;
use super::time::Timestamp;

mod fuzz;
mod initials;
mod kdf;
mod name;
mod pack;
mod summary;
pub use fuzz::{fuzz_import, with_checksum};
pub use initials::initials_only;
pub use kdf::Kdf;
pub use name::file_name;
pub use pack::pack;
use pack::{deflate, inflate, unpack};
pub use summary::summary_view;

/// Larger files are refused before they are read (a visit is a few KB; a backup of two
/// visits with 1,000 notes ~300 KB).
pub const MAX_FILE: usize = 10 * 1024 * 1024;
/// The readable form's `format`.
pub const FORMAT: &str = "jobbesoeg-export";
/// The readable form's version; a newer one is refused.
pub const VERSION: u64 = 1;
/// The sealed form begins with these bytes.
pub const MAGIC: &[u8; 8] = b"JBSEALED";
/// The sealed form's newest layout version: 2 seals the readable text deflated (the QR
/// codes', issue 8); 1 seals it as it is (files, which every earlier app reads).
pub const SEALED_VERSION: u8 = 2;
/// A readable file deflated (what a QR code carries when not sealed) begins with these
/// bytes and a version byte.
pub const PACKED: &[u8; 8] = b"JBPACKED";
/// magic, version, memory KiB, passes, lanes, salt, nonce, key check, body length, and
/// a hash of all that (a changed header byte is "changed", not "wrong passphrase").
pub const HEADER_LEN: usize = 8 + 1 + 4 + 4 + 4 + 16 + 24 + 8 + 4 + 8;

fn header_hash(header: &[u8]) -> [u8; 8] {
    let mut out = [0u8; 8];
    out.copy_from_slice(&Sha256::digest(header)[..8]);
    out
}

/// What the user picks to send.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// One visit (0 or 1), for the partner.
    Visit(usize),
    /// Both visits and the pair: everything, as a backup.
    All,
    /// Both visits for the May wrap-up with another pair: the notes starred for the
    /// summary only, without what the guest wondered about.
    Summary,
}

impl Scope {
    pub fn name(self) -> &'static str {
        match self {
            Scope::Visit(0) => "visit-1",
            Scope::Visit(_) => "visit-2",
            Scope::All => "all",
            Scope::Summary => "summary",
        }
    }
}

/// Why a file cannot be read. Each has its own message for the user (`i18n`), and none
/// changes anything on the phone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ExchangeError {
    #[error("the file is larger than 10 MB")]
    TooLarge,
    #[error("not a Jobbesøg file")]
    Garbage,
    #[error("the file is cut short")]
    Truncated,
    #[error("the file is from a newer version of the app")]
    TooNew,
    #[error("the file is sealed: a passphrase is needed")]
    NeedPassphrase,
    #[error("wrong passphrase")]
    WrongPassphrase,
    #[error("the file was changed after it was made")]
    Tampered,
    #[error("the file asks for more memory or time than a phone should give")]
    Limits,
}

/// The readable file: the programme as `scope` picks it, checksummed.
pub fn export(programme: &Programme, scope: Scope, now: Timestamp) -> String {
    let mut p = programme.clone();
    if let Scope::Visit(n) = scope {
        for (i, visit) in p.visits.iter_mut().enumerate() {
            if i != n {
                *visit = Visit::default();
            }
        }
    }
    if scope == Scope::Summary {
        p = summary_view(&p);
    }
    // The programme in the same versioned envelope as what is stored.
    file_around(schema::encode(&p), scope, now)
}

/// The readable file around `body`, a programme's envelope as JSON text: the header
/// and the checksum of exactly that text. The one place a file is put together.
pub(crate) fn file_around(body: String, scope: Scope, now: Timestamp) -> String {
    let checksum = checksum(&body);
    let Ok(programme) = RawValue::from_string(body) else {
        // The model's own serialisation is always JSON.
        return String::new();
    };
    schema::to_text(&File {
        format: FORMAT,
        version: VERSION,
        scope: scope.name(),
        exported: now,
        checksum,
        programme: &programme,
    })
}

/// The readable file as it is written; read member by member in [`read`], so that each
/// kind of bad file gets its own error.
#[derive(Serialize)]
struct File<'a> {
    format: &'static str,
    version: u64,
    scope: &'static str,
    exported: Timestamp,
    checksum: String,
    programme: &'a RawValue,
}

/// The checksum rule, in one place: SHA-256 over the programme's envelope written as
/// [`schema::to_text`] writes it (compact, members in order), as "sha256:<hex>". A file
/// is checked by parsing its `programme` and writing it again that way.
pub fn checksum(programme_text: &str) -> String {
    format!("sha256:{}", hex(&Sha256::digest(programme_text.as_bytes())))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The key behind `passphrase`, and the 8 bytes that tell a wrong passphrase from a
/// changed file (they prove nothing the ciphertext would not).
fn key(passphrase: &str, salt: &[u8; 16], kdf: Kdf) -> Result<([u8; 32], [u8; 8]), ExchangeError> {
    let params = Params::new(kdf.memory_kib, kdf.passes, kdf.lanes, Some(32))
        .map_err(|_| ExchangeError::Limits)?;
    let mut key = [0u8; 32];
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(passphrase.as_bytes(), salt, &mut key)
        .map_err(|_| ExchangeError::Limits)?;
    let mut check = [0u8; 8];
    let digest = Sha256::new()
        .chain_update(b"jobbesoeg key check")
        .chain_update(key)
        .finalize();
    check.copy_from_slice(&digest[..8]);
    Ok((key, check))
}

/// Seals `text` (a readable file) with `passphrase`. `kdf` is raised to [`Kdf::MIN`].
pub fn seal(
    text: &str,
    passphrase: &str,
    kdf: Kdf,
    salt: [u8; 16],
    nonce: [u8; 24],
) -> Result<Vec<u8>, ExchangeError> {
    seal_as(1, text, passphrase, kdf, (salt, nonce))
}

/// Seals `text` deflated (layout 2): a third of the size, for the QR codes.
pub fn seal_deflated(
    text: &str,
    passphrase: &str,
    kdf: Kdf,
    salt: [u8; 16],
    nonce: [u8; 24],
) -> Result<Vec<u8>, ExchangeError> {
    seal_as(2, text, passphrase, kdf, (salt, nonce))
}

fn seal_as(
    version: u8,
    text: &str,
    passphrase: &str,
    kdf: Kdf,
    (salt, nonce): ([u8; 16], [u8; 24]),
) -> Result<Vec<u8>, ExchangeError> {
    let kdf = Kdf {
        memory_kib: kdf.memory_kib.max(Kdf::MIN.memory_kib),
        passes: kdf.passes.max(Kdf::MIN.passes),
        lanes: kdf.lanes.max(1),
    };
    let (key, check) = key(passphrase, &salt, kdf)?;
    let plain = if version >= 2 {
        deflate(text)
    } else {
        text.as_bytes().to_vec()
    };
    let body_len = (plain.len() + 16) as u32;
    let mut out = Vec::with_capacity(HEADER_LEN + body_len as usize);
    out.extend_from_slice(MAGIC);
    out.push(version);
    for n in [kdf.memory_kib, kdf.passes, kdf.lanes] {
        out.extend_from_slice(&n.to_le_bytes());
    }
    out.extend_from_slice(&salt);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&check);
    out.extend_from_slice(&body_len.to_le_bytes());
    let hash = header_hash(&out);
    out.extend_from_slice(&hash);
    let cipher = XChaCha20Poly1305::new(&key.into());
    let body = cipher
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: &plain,
                aad: &out,
            },
        )
        .map_err(|_| ExchangeError::Limits)?;
    out.extend_from_slice(&body);
    Ok(out)
}

/// Whether `bytes` are a sealed file (then a passphrase is needed to read it).
pub fn is_sealed(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC)
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    let mut n = [0u8; 4];
    n.copy_from_slice(&bytes[at..at + 4]);
    u32::from_le_bytes(n)
}

/// The readable text inside a sealed file.
pub fn unseal(bytes: &[u8], passphrase: &str) -> Result<String, ExchangeError> {
    if bytes.len() > MAX_FILE {
        return Err(ExchangeError::TooLarge);
    }
    if !is_sealed(bytes) {
        return Err(ExchangeError::Garbage);
    }
    if bytes.len() < HEADER_LEN {
        return Err(ExchangeError::Truncated);
    }
    if bytes[8] > SEALED_VERSION {
        return Err(ExchangeError::TooNew);
    }
    if header_hash(&bytes[..HEADER_LEN - 8]) != bytes[HEADER_LEN - 8..HEADER_LEN] {
        return Err(ExchangeError::Tampered);
    }
    let kdf = Kdf {
        memory_kib: u32_at(bytes, 9),
        passes: u32_at(bytes, 13),
        lanes: u32_at(bytes, 17),
    };
    if !kdf.within_limits() {
        return Err(ExchangeError::Limits);
    }
    let body_len = u32_at(bytes, HEADER_LEN - 12) as usize;
    let body = &bytes[HEADER_LEN..];
    if body.len() < body_len {
        return Err(ExchangeError::Truncated);
    }
    if body.len() > body_len {
        return Err(ExchangeError::Tampered);
    }
    if passphrase.is_empty() {
        return Err(ExchangeError::NeedPassphrase);
    }
    let mut salt = [0u8; 16];
    salt.copy_from_slice(&bytes[21..37]);
    let (key, check) = key(passphrase, &salt, kdf)?;
    if check[..] != bytes[61..69] {
        return Err(ExchangeError::WrongPassphrase);
    }
    let plain = XChaCha20Poly1305::new(&key.into())
        .decrypt(
            XNonce::from_slice(&bytes[37..61]),
            Payload {
                msg: body,
                aad: &bytes[..HEADER_LEN],
            },
        )
        .map_err(|_| ExchangeError::Tampered)?;
    let plain = if bytes[8] >= 2 {
        inflate(&plain)?
    } else {
        plain
    };
    String::from_utf8(plain).map_err(|_| ExchangeError::Tampered)
}

/// A readable file, checked: the programme in it and what it covers.
#[derive(Clone, Debug, PartialEq)]
pub struct Received {
    pub scope: String,
    pub exported: Option<Timestamp>,
    pub programme: Programme,
}

/// Reads a readable file: format, version, checksum, then the programme.
pub fn read(text: &str) -> Result<Received, ExchangeError> {
    if text.len() > MAX_FILE {
        return Err(ExchangeError::TooLarge);
    }
    let mut file: Map<String, Value> = serde_json::from_str(text).map_err(|e| {
        if e.is_eof() {
            ExchangeError::Truncated
        } else {
            ExchangeError::Garbage
        }
    })?;
    if file.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ExchangeError::Garbage);
    }
    match file.get("version").and_then(Value::as_u64) {
        Some(VERSION) => {}
        Some(v) if v > VERSION => return Err(ExchangeError::TooNew),
        _ => return Err(ExchangeError::Garbage),
    }
    let body = file.remove("programme").ok_or(ExchangeError::Garbage)?;
    if file.get("checksum").and_then(Value::as_str)
        != Some(checksum(&schema::to_text(&body)).as_str())
    {
        return Err(ExchangeError::Tampered);
    }
    let programme = schema::open_value(body)
        .and_then(schema::body_as)
        .map_err(|e| match e {
            schema::SchemaError::TooNew { .. } => ExchangeError::TooNew,
            _ => ExchangeError::Garbage,
        })?;
    Ok(Received {
        scope: file
            .get("scope")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string(),
        exported: file
            .get("exported")
            .and_then(Value::as_str)
            .and_then(Timestamp::parse),
        programme,
    })
}

/// Any file as it came: sealed or readable, checked all through.
pub fn open(bytes: &[u8], passphrase: &str) -> Result<Received, ExchangeError> {
    if bytes.len() > MAX_FILE {
        return Err(ExchangeError::TooLarge);
    }
    if is_sealed(bytes) {
        return read(&unseal(bytes, passphrase)?);
    }
    if let Some(packed) = bytes.strip_prefix(PACKED) {
        return read(&unpack(packed)?);
    }
    if MAGIC.starts_with(bytes) && !bytes.is_empty() {
        return Err(ExchangeError::Truncated);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ExchangeError::Garbage)?;
    read(text)
}

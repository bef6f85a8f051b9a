//! Argon2id's cost for a sealed file: what the app seals with, its floor, and what an
//! imported file may ask for.

/// Argon2id's cost: memory in KiB, passes, lanes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Kdf {
    pub memory_kib: u32,
    pub passes: u32,
    pub lanes: u32,
}

impl Kdf {
    /// What the app seals with: 64 MiB, 3 passes.
    pub const DEFAULT: Kdf = Kdf {
        memory_kib: 64 * 1024,
        passes: 3,
        lanes: 1,
    };
    /// Never less (OWASP's floor for Argon2id: 19 MiB, 2 passes).
    pub const MIN: Kdf = Kdf {
        memory_kib: 19 * 1024,
        passes: 2,
        lanes: 1,
    };
    /// A file asking for more is refused: it could hang a phone.
    pub const MAX: Kdf = Kdf {
        memory_kib: 256 * 1024,
        passes: 10,
        lanes: 4,
    };

    pub(super) fn within_limits(self) -> bool {
        (1..=Kdf::MAX.memory_kib).contains(&self.memory_kib)
            && (1..=Kdf::MAX.passes).contains(&self.passes)
            && (1..=Kdf::MAX.lanes).contains(&self.lanes)
    }
}

//! Hashes as the browser checks them (integrity, the policy's script hashes) and as file names
//! carry them.

use base64::Engine;
use sha2::{Digest, Sha256, Sha384};

/// An inline script's source in a Content-Security-Policy: `'sha256-…'`.
pub fn sha256_source(text: &[u8]) -> String {
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text))
    )
}

/// Subresource Integrity: `sha384-…`.
pub fn sha384_integrity(bytes: &[u8]) -> String {
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
    )
}

pub fn hex_sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `stem-HASH.ext` with the first 16 hex digits of the content's SHA-256: a name that can be
/// cached for ever, as Trunk names the page's own files.
pub fn hashed_name(stem: &str, suffix: &str, bytes: &[u8]) -> String {
    format!("{stem}-{}{suffix}", &hex_sha256(bytes)[..16])
}

/// A version that changes with anything in `parts`: 16 hex digits.
pub fn version<'a>(parts: impl IntoIterator<Item = &'a [u8]>) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part);
    }
    hasher
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

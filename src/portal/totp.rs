//! Time-based one-time passwords (RFC 6238 over RFC 4226, HMAC-SHA1, 30-second steps,
//! six digits) as authenticator apps use them, with the secret in base32 (RFC 4648).

use hmac::{Hmac, KeyInit, Mac};
use sha1::Sha1;

pub const STEP_SECS: i64 = 30;
pub const DIGITS: u32 = 6;
/// Codes one step early or late are accepted, for clocks a little apart.
const DRIFT_STEPS: i64 = 1;

const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

pub fn base32_encode(bytes: &[u8]) -> String {
    let mut out = String::new();
    for chunk in bytes.chunks(5) {
        let mut buf = [0u8; 5];
        buf[..chunk.len()].copy_from_slice(chunk);
        let n = u64::from_be_bytes([0, 0, 0, buf[0], buf[1], buf[2], buf[3], buf[4]]);
        let chars = (chunk.len() * 8).div_ceil(5);
        for i in 0..chars {
            out.push(BASE32[((n >> (35 - i * 5)) & 31) as usize] as char);
        }
    }
    out
}

pub fn base32_decode(text: &str) -> Option<Vec<u8>> {
    let mut bits: u64 = 0;
    let mut count = 0;
    let mut out = Vec::new();
    for c in text.chars().filter(|c| !c.is_whitespace() && *c != '=') {
        let v = BASE32
            .iter()
            .position(|b| *b as char == c.to_ascii_uppercase())? as u64;
        bits = (bits << 5) | v;
        count += 5;
        if count >= 8 {
            count -= 8;
            out.push((bits >> count) as u8);
            bits &= (1 << count) - 1;
        }
    }
    Some(out)
}

/// A new 160-bit secret, base32.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 20];
    bytes[..16].copy_from_slice(uuid::Uuid::new_v4().as_bytes());
    bytes[16..].copy_from_slice(&uuid::Uuid::new_v4().as_bytes()[..4]);
    base32_encode(&bytes)
}

/// RFC 4226's HOTP value for `counter`, `digits` long.
fn hotp(key: &[u8], counter: u64, digits: u32) -> u32 {
    let mut mac = <Hmac<Sha1> as KeyInit>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(&counter.to_be_bytes());
    let h = mac.finalize().into_bytes();
    let offset = (h[h.len() - 1] & 0x0f) as usize;
    let code = u32::from_be_bytes([
        h[offset] & 0x7f,
        h[offset + 1],
        h[offset + 2],
        h[offset + 3],
    ]);
    code % 10u32.pow(digits)
}

pub fn code_at(secret: &str, unix_time: i64) -> Option<String> {
    let key = base32_decode(secret)?;
    let code = hotp(&key, (unix_time / STEP_SECS) as u64, DIGITS);
    Some(format!("{code:0width$}", width = DIGITS as usize))
}

/// Whether `code` is valid for `secret` at `unix_time`, give or take one step.
pub fn verify(secret: &str, code: &str, unix_time: i64) -> bool {
    let code = code.trim().replace(' ', "");
    (-DRIFT_STEPS..=DRIFT_STEPS).any(|d| {
        code_at(secret, unix_time + d * STEP_SECS)
            .is_some_and(|expected| crate::portal::tokens::same(&expected, &code))
    })
}

/// The `otpauth://` address authenticator apps read (typed in, or made into a QR code by
/// the person's own tools: Faro loads no QR library from anywhere).
pub fn otpauth_uri(secret: &str, account: &str) -> String {
    let label: String =
        url::form_urlencoded::byte_serialize(format!("Faro:{account}").as_bytes()).collect();
    format!("otpauth://totp/{label}?secret={secret}&issuer=Faro&digits={DIGITS}&period={STEP_SECS}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_6238_sha1_test_vectors() {
        // RFC 6238 Appendix B: the ASCII key "12345678901234567890", eight digits.
        let key = b"12345678901234567890";
        for (time, expected) in [
            (59u64, 94287082),
            (1111111109, 7081804),
            (1111111111, 14050471),
            (1234567890, 89005924),
            (2000000000, 69279037),
            (20000000000, 65353130),
        ] {
            assert_eq!(hotp(key, time / 30, 8), expected, "T = {time}");
        }
    }

    #[test]
    fn base32_round_trips_and_codes_verify_with_drift() {
        assert_eq!(
            base32_encode(b"12345678901234567890"),
            "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
        );
        assert_eq!(
            base32_decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ").unwrap(),
            b"12345678901234567890"
        );
        let secret = new_secret();
        assert_eq!(secret.len(), 32);
        let now = 1_800_000_000;
        let code = code_at(&secret, now).unwrap();
        assert!(verify(&secret, &code, now));
        assert!(verify(&secret, &code, now + 30), "one step late");
        assert!(!verify(&secret, &code, now + 90), "three steps late");
        assert!(!verify(&secret, "000000x", now));
    }
}

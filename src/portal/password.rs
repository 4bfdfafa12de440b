//! Passwords: argon2id (run off the async workers by the caller), a minimum length, and a
//! refusal of the 30,000 most common passwords (`common-passwords.txt`, from zxcvbn;
//! `scripts/common_passwords.py` regenerates it).

use std::collections::HashSet;
use std::sync::OnceLock;

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};

pub const MIN_LENGTH: usize = 12;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weakness {
    TooShort,
    Common,
    IsTheEmail,
}

impl Weakness {
    /// The Fluent id of the message that explains it.
    pub fn message_id(self) -> &'static str {
        match self {
            Weakness::TooShort => "portal-password-too-short",
            Weakness::Common => "portal-password-common",
            Weakness::IsTheEmail => "portal-password-is-email",
        }
    }
}

fn common() -> &'static HashSet<&'static str> {
    static COMMON: OnceLock<HashSet<&'static str>> = OnceLock::new();
    COMMON.get_or_init(|| include_str!("common-passwords.txt").lines().collect())
}

pub fn check(password: &str, email: &str) -> Result<(), Weakness> {
    if password.chars().count() < MIN_LENGTH {
        return Err(Weakness::TooShort);
    }
    let lower = password.to_lowercase();
    if common().contains(lower.as_str()) {
        return Err(Weakness::Common);
    }
    if lower == email.to_lowercase() || email.to_lowercase().starts_with(&format!("{lower}@")) {
        return Err(Weakness::IsTheEmail);
    }
    Ok(())
}

/// An argon2id PHC string with a fresh salt (OWASP's baseline parameters).
pub fn hash(password: &str) -> String {
    Argon2::default()
        .hash_password(password.as_bytes())
        .expect("argon2 hashes any password")
        .to_string()
}

pub fn verify(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// A hash no password matches, verified when the e-mail is unknown so that the answer
/// takes as long as for a real account.
pub fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| hash(&crate::portal::tokens::new_token()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weak_passwords_are_refused_with_a_reason() {
        assert_eq!(check("short", "a@b.org"), Err(Weakness::TooShort));
        assert_eq!(check("leavemealone", "a@b.org"), Err(Weakness::Common));
        assert_eq!(
            check("QAZWSXEDCRFV", "a@b.org"),
            Err(Weakness::Common),
            "any case"
        );
        assert_eq!(
            check("maria.lopez.org", "maria.lopez.org"),
            Err(Weakness::IsTheEmail)
        );
        assert_eq!(check("river tiles ocean 42", "a@b.org"), Ok(()));
    }

    #[test]
    fn hashes_verify_only_their_password() {
        let phc = hash("river tiles ocean 42");
        assert!(phc.starts_with("$argon2id$"));
        assert!(verify("river tiles ocean 42", &phc));
        assert!(!verify("river tiles ocean 43", &phc));
        assert!(!verify("anything", dummy_hash()));
        assert!(!verify("x", "not a hash"));
    }
}

//! The telephony provider's webhook signature (the Twilio scheme, which several providers
//! share): base64(HMAC-SHA1(auth token, full URL + every POST parameter's name and value,
//! sorted by name)), sent in `X-Twilio-Signature`.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, KeyInit, Mac};
use sha1::Sha1;

pub const HEADER: &str = "x-twilio-signature";

pub fn sign(token: &str, url: &str, params: &[(String, String)]) -> String {
    let mut sorted: Vec<&(String, String)> = params.iter().collect();
    sorted.sort();
    let mut mac = <Hmac<Sha1> as KeyInit>::new_from_slice(token.as_bytes())
        .expect("HMAC takes any key length");
    mac.update(url.as_bytes());
    for (name, value) in sorted {
        mac.update(name.as_bytes());
        mac.update(value.as_bytes());
    }
    STANDARD.encode(mac.finalize().into_bytes())
}

/// Compares in constant time, so the comparison leaks nothing about the expected value.
pub fn verify(token: &str, url: &str, params: &[(String, String)], given: &str) -> bool {
    let expected = sign(token, url, params);
    let (a, b) = (expected.as_bytes(), given.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_change_to_url_or_parameters_breaks_the_signature() {
        let params = vec![
            ("Body".to_string(), "77002 trabajo".to_string()),
            ("From".to_string(), "+15550001111".to_string()),
        ];
        let url = "https://faro.example/phone/sms";
        let good = sign("token", url, &params);
        assert!(verify("token", url, &params, &good));
        assert!(!verify("other", url, &params, &good));
        assert!(!verify(
            "token",
            "https://faro.example/phone/voice",
            &params,
            &good
        ));
        let mut changed = params.clone();
        changed[0].1 = "77002 trabajos".into();
        assert!(!verify("token", url, &changed, &good));
        assert!(!verify("token", url, &params, ""));
        let reordered: Vec<_> = params.iter().rev().cloned().collect();
        assert!(
            verify("token", url, &reordered, &good),
            "order of fields does not matter"
        );
    }
}

//! The router by phone: provider webhooks signed by the twilio package's own
//! RequestValidator, posted over HTTP, answered in TwiML.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::{TestApp, app_with};
use faro::web::phone::segments::{Encoding, encoding, segments};

const TOKEN: &str = "test-auth-token-0123456789abcdef";

async fn phone_app() -> (TestApp, String) {
    let app = app_with(|c| c.sms_auth_token = Some(TOKEN.into())).await;
    let base = app.serve();
    (app, base)
}

/// Signatures from PyPI `twilio` (CI installs it; elsewhere the tests skip with a notice).
fn twilio_signatures(requests: &[(String, Vec<(String, String)>)]) -> Option<Vec<String>> {
    let python = std::env::var("FARO_PYTHON").unwrap_or_else(|_| "python3".into());
    let available = Command::new(&python)
        .args(["-c", "import twilio.request_validator"])
        .status()
        .is_ok_and(|s| s.success());
    if !available {
        assert!(
            std::env::var("CI").is_err(),
            "CI must install the twilio package (FARO_PYTHON={python})"
        );
        eprintln!("skipped: the twilio package is not installed for {python}");
        return None;
    }
    let input = serde_json::json!({
        "token": TOKEN,
        "requests": requests.iter().map(|(url, params)| serde_json::json!({
            "url": url,
            "params": params
                .iter()
                .map(|(k, v)| (k.clone(), serde_json::Value::String(v.clone())))
                .collect::<serde_json::Map<_, _>>(),
        })).collect::<Vec<_>>(),
    });
    let mut child = Command::new(&python)
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/scripts/twilio_sign.py"
        ))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.to_string().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "twilio_sign.py failed");
    Some(serde_json::from_slice(&out.stdout).unwrap())
}

fn form(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

async fn post(url: &str, params: &[(String, String)], signature: Option<&str>) -> (u16, String) {
    let mut req = reqwest::Client::new().post(url).form(params);
    if let Some(s) = signature {
        req = req.header("X-Twilio-Signature", s);
    }
    let resp = req.send().await.unwrap();
    (resp.status().as_u16(), resp.text().await.unwrap())
}

/// Posts each request signed by twilio's validator; `None` when it is not installed.
async fn signed(requests: Vec<(String, Vec<(String, String)>)>) -> Option<Vec<(u16, String)>> {
    let signatures = twilio_signatures(&requests)?;
    let mut out = Vec::new();
    for ((url, params), signature) in requests.iter().zip(signatures) {
        out.push(post(url, params, Some(&signature)).await);
    }
    Some(out)
}

fn sms(base: &str, from: &str, body: &str) -> (String, Vec<(String, String)>) {
    (
        format!("{base}/phone/sms"),
        form(&[
            ("From", from),
            ("To", "+15550009999"),
            ("Body", body),
            ("MessageSid", "SM0"),
        ]),
    )
}

/// The text of the `<Message>` in a TwiML reply, unescaped.
fn message(xml: &str) -> String {
    xml.split("<Message>")
        .nth(1)
        .and_then(|m| m.split("</Message>").next())
        .unwrap_or("")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[actix_web::test]
async fn texts_in_several_languages_get_a_first_step_and_two_alternatives() {
    let (_app, base) = phone_app().await;
    let requests = vec![
        sms(&base, "+15550000001", "77002 trabajo"),
        sms(&base, "+15550000002", "abogado 10001"),
        sms(&base, "+15550000003", "help houston es"),
        sms(&base, "+15550000004", "Avoka 33101 KREYÒL"),
        sms(&base, "+15550000005", "work 60601"),
        sms(&base, "+15550000006", "77002"),
    ];
    let Some(replies) = signed(requests).await else {
        return;
    };
    let texts: Vec<String> = replies
        .iter()
        .map(|(status, xml)| {
            assert_eq!(*status, 200, "{xml}");
            assert!(xml.starts_with("<?xml"), "{xml}");
            message(xml)
        })
        .collect();
    for text in &texts {
        // The first step and the alternatives the router has (two or more here).
        assert!(text.contains("1) ") && text.contains("2) "), "{text}");
        assert!(
            segments(text) <= faro::web::phone::MAX_SEGMENTS,
            "{} segments: {text}",
            segments(text)
        );
    }
    assert!(
        texts[0].contains("Cerca de 77002 Houston, TX"),
        "{}",
        texts[0]
    );
    assert!(
        texts[0].contains("1 (888) 373-7888") || texts[0].contains("888"),
        "{}",
        texts[0]
    );
    assert!(texts[0].contains("MAS: más opciones"), "{}", texts[0]);
    assert!(texts[1].contains("10001"), "{}", texts[1]);
    assert!(
        texts[2].contains("No dijiste qué pasa"),
        "the default is stated: {}",
        texts[2]
    );
    assert!(texts[2].contains("Houston"), "{}", texts[2]);
    assert!(texts[3].contains("PLIS"), "Haitian Creole: {}", texts[3]);
    assert!(texts[4].contains("Near 60601 Chicago, IL"), "{}", texts[4]);
    assert_eq!(
        encoding(&texts[4]),
        Encoding::Gsm7,
        "plain English fits GSM-7"
    );
    assert_eq!(
        encoding(&texts[0]),
        Encoding::Ucs2,
        "Spanish accents need UCS-2"
    );
    assert!(
        texts[5].contains("You did not say what is happening"),
        "{}",
        texts[5]
    );
}

#[actix_web::test]
async fn menus_more_stop_and_start_are_understood_and_nonsense_gets_the_menu() {
    let (_app, base) = phone_app().await;
    let from = "+15550000100";
    let requests = vec![
        sms(&base, from, "HELP"),
        sms(&base, from, "AYUDA"),
        sms(&base, from, "qwzx plok"),
        sms(&base, from, "abogado 10001"),
        sms(&base, from, "MAS"),
        sms(&base, from, "STOP"),
        sms(&base, from, "77002 trabajo"),
        sms(&base, from, "START"),
        sms(&base, from, "abogado 10001"),
    ];
    let Some(replies) = signed(requests).await else {
        return;
    };
    let texts: Vec<String> = replies.iter().map(|(_, xml)| message(xml)).collect();
    assert!(
        texts[0].starts_with("Faro: send a ZIP code"),
        "{}",
        texts[0]
    );
    assert!(
        texts[1].starts_with("Faro: envía tu código postal"),
        "{}",
        texts[1]
    );
    assert!(
        texts[2].starts_with("Faro: send a ZIP code"),
        "nonsense gets the menu: {}",
        texts[2]
    );
    assert!(
        texts[4].contains("4) "),
        "MORE continues the list: {}",
        texts[4]
    );
    assert_eq!(
        replies[5].1,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>"
    );
    assert!(
        texts[6].is_empty(),
        "nothing is sent after STOP: {}",
        replies[6].1
    );
    assert!(
        texts[7].contains("you will get replies again"),
        "{}",
        texts[7]
    );
    assert!(texts[8].contains("1) "), "{}", texts[8]);
}

#[actix_web::test]
async fn unsigned_or_wrongly_signed_requests_are_refused_and_not_processed() {
    let (app, base) = phone_app().await;
    let (url, params) = sms(&base, "+15550000200", "STOP");
    assert_eq!(post(&url, &params, None).await.0, 403);
    assert_eq!(
        post(&url, &params, Some("AAAAAAAAAAAAAAAAAAAAAAAAAAA="))
            .await
            .0,
        403
    );
    let mut tampered = params.clone();
    tampered[2].1 = "START".into();
    let good = faro::web::phone::signature::sign(TOKEN, &url, &params);
    assert_eq!(post(&url, &tampered, Some(&good)).await.0, 403);
    let voice = format!("{base}/phone/voice");
    assert_eq!(
        post(&voice, &params, Some(&good)).await.0,
        403,
        "signed for another URL"
    );
    let phone = app.state.phone.as_ref().unwrap();
    let counted = |c: &std::sync::atomic::AtomicU64| c.load(std::sync::atomic::Ordering::Relaxed);
    assert_eq!(
        counted(&phone.counters.messages),
        0,
        "nothing was processed"
    );
    assert_eq!(counted(&phone.counters.refused), 4);
    // The STOP above was never read, so the sender still gets answers.
    let (url, asking) = sms(&base, "+15550000200", "77002 trabajo");
    let signature = faro::web::phone::signature::sign(TOKEN, &url, &asking);
    assert!(message(&post(&url, &asking, Some(&signature)).await.1).contains("1) "));
    let without_token = app_with(|_| {}).await;
    let off = without_token.serve();
    assert_eq!(
        post(&format!("{off}/phone/sms"), &params, Some(&good))
            .await
            .0,
        403
    );
}

#[actix_web::test]
async fn the_voice_menu_reads_the_line_and_connects_but_never_calls_911() {
    let (_app, base) = phone_app().await;
    let call = form(&[
        ("CallSid", "CA0"),
        ("From", "+15550000300"),
        ("To", "+15550009999"),
    ]);
    let with_digits = |d: &str| {
        let mut f = call.clone();
        f.push(("Digits".into(), d.into()));
        f
    };
    let v = |q: &str| format!("{base}/phone/voice{q}");
    let requests = vec![
        (v(""), call.clone()),
        (v("?step=language"), with_digits("2")),
        (v("?step=situation&lang=es"), with_digits("1")),
        (v("?step=situation&lang=en"), with_digits("2")),
        (v("?step=zip&lang=en&s=2"), with_digits("77002")),
        (
            v("?step=choice&lang=en&s=2&zip=77002&o=0"),
            with_digits("1"),
        ),
        (
            v("?step=choice&lang=en&s=2&zip=77002&o=0"),
            with_digits("3"),
        ),
    ];
    let Some(replies) = signed(requests).await else {
        return;
    };
    let xml: Vec<&str> = replies.iter().map(|(_, x)| x.as_str()).collect();
    assert!(xml[0].contains("<Gather numDigits=\"1\""), "{}", xml[0]);
    assert!(xml[0].contains("For English, press 1.") && xml[0].contains("Para español, oprima 2."));
    assert!(
        xml[1].contains("language=\"es-MX\"") && xml[1].contains("oprima 1"),
        "{}",
        xml[1]
    );
    assert!(
        xml[2].contains("marque 9 1 1") && xml[2].contains("<Hangup/>"),
        "{}",
        xml[2]
    );
    assert!(xml[3].contains("numDigits=\"5\""), "{}", xml[3]);
    assert!(
        xml[4].contains("Your first call") && xml[4].contains("press 1"),
        "{}",
        xml[4]
    );
    assert!(xml[5].contains("<Dial>+1"), "{}", xml[5]);
    assert!(xml[6].contains("Another option"), "{}", xml[6]);
    for x in &xml {
        assert!(
            !x.contains("<Dial>911") && !x.contains("<Dial>+1911"),
            "{x}"
        );
    }
}

/// Replies stay on the phone: Faro's own words in them never name what is happening.
#[test]
fn reply_wording_never_names_the_situation() {
    let ftl = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en/main.ftl"))
        .unwrap();
    let replies: Vec<&str> = ftl.lines().filter(|l| l.starts_with("sms-")).collect();
    assert!(replies.len() > 20);
    for line in replies {
        let lower = line
            .split_once(" = ")
            .map_or(line, |(_, text)| text)
            .to_lowercase();
        for word in [
            "abuse", "sex", "traffick", "exploit", "rape", "beat", "hurt",
        ] {
            assert!(!lower.contains(word), "not discreet: {line}");
        }
    }
}

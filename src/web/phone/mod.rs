//! The router by phone: a telephony provider's webhooks (`/phone/sms`, `/phone/voice`) in
//! the Twilio-compatible form post and TwiML reply. Every request must carry the
//! provider's signature. Numbers and message text are used to answer and then dropped:
//! nothing about a sender is written anywhere except, after STOP, a keyed hash of the
//! number so no further reply goes to it.

mod reply;
pub mod segments;
pub mod signature;
pub mod sms;
mod voice;

pub use reply::MAX_SEGMENTS;

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use super::shared_limit::Limit;
use crate::AppState;
use crate::place::{Place, Resolution};
use crate::route::Question;

/// A sender may send this many messages per window before replies pause.
const MESSAGES_PER_WINDOW: u32 = 20;
const MESSAGE_WINDOW_SECS: i64 = 600;
/// How long "MORE" remembers the last question (in memory only).
const CONVERSATION_SECS: i64 = 3600;

/// The phone channel, present when an auth token is configured.
pub struct PhoneChannel {
    auth_token: String,
    /// The public base URL the provider calls (signatures cover the full URL).
    public_url: Option<String>,
    /// Messages per sender (a keyed hash of the number), counted by every node.
    senders: Limit,
    conversations: Mutex<HashMap<String, Conversation>>,
    pub counters: Counters,
}

/// What Faro keeps about phone use: counts, nothing else.
#[derive(Default)]
pub struct Counters {
    pub messages: AtomicU64,
    pub calls: AtomicU64,
    pub refused: AtomicU64,
}

/// The last question a sender asked, so "MORE" can show the next options.
#[derive(Clone)]
struct Conversation {
    expires: i64,
    locale: &'static str,
    question: Question,
    place: Option<Place>,
    shown: usize,
}

impl PhoneChannel {
    /// `shared`: the store all nodes count senders in, when several share PostgreSQL.
    pub fn new(
        auth_token: String,
        public_url: Option<String>,
        shared: Option<std::sync::Arc<dyn crate::store::SharedLimits>>,
    ) -> PhoneChannel {
        PhoneChannel {
            auth_token,
            public_url: public_url.map(|u| u.trim_end_matches('/').to_string()),
            senders: Limit::new(
                "sms_senders",
                MESSAGES_PER_WINDOW,
                MESSAGE_WINDOW_SECS,
                shared,
            ),
            conversations: Mutex::new(HashMap::new()),
            counters: Counters::default(),
        }
    }

    /// The STOP list key: stable across days (a STOP must hold), keyed with the auth
    /// token so the list alone does not give the numbers back.
    fn stop_key(&self, number: &str) -> String {
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(self.auth_token.as_bytes())
            .expect("HMAC takes any key length");
        mac.update(b"faro-sms-stop:");
        mac.update(number.as_bytes());
        mac.finalize()
            .into_bytes()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    fn remember(&self, key: String, conversation: Conversation) {
        let mut all = self.conversations.lock().unwrap_or_else(|p| p.into_inner());
        let now = chrono::Utc::now().timestamp();
        all.retain(|_, c| c.expires > now);
        all.insert(key, conversation);
    }

    fn recall(&self, key: &str) -> Option<Conversation> {
        let all = self.conversations.lock().unwrap_or_else(|p| p.into_inner());
        let now = chrono::Utc::now().timestamp();
        all.get(key).filter(|c| c.expires > now).cloned()
    }
}

/// A verified webhook: its form fields.
struct Webhook {
    fields: Vec<(String, String)>,
}

impl Webhook {
    fn field(&self, name: &str) -> &str {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }
}

/// Checks the provider's signature over the URL it called and every posted field.
/// Unsigned or wrongly signed requests are refused before anything is read from them.
fn verify(req: &HttpRequest, body: &[u8], phone: &PhoneChannel) -> Option<Webhook> {
    let given = req.headers().get(signature::HEADER)?.to_str().ok()?;
    let base = phone.public_url.clone().unwrap_or_else(|| {
        let info = req.connection_info();
        format!("{}://{}", info.scheme(), info.host())
    });
    let url = format!(
        "{base}{}",
        req.uri().path_and_query().map_or("", |p| p.as_str())
    );
    let fields: Vec<(String, String)> = url::form_urlencoded::parse(body).into_owned().collect();
    signature::verify(&phone.auth_token, &url, &fields, given).then_some(Webhook { fields })
}

fn twiml(xml: String) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/xml; charset=utf-8")
        .body(format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>{xml}</Response>"
        ))
}

fn refused(phone: Option<&PhoneChannel>) -> HttpResponse {
    if let Some(p) = phone {
        p.counters.refused.fetch_add(1, Ordering::Relaxed);
    }
    HttpResponse::build(StatusCode::FORBIDDEN).finish()
}

/// Escapes text for an XML element or attribute.
fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// A place from a ZIP code or from leftover words; the most populous of several.
fn resolve_place(state: &AppState, zip: Option<&str>, text: &str) -> (Option<Place>, bool) {
    let input = zip.unwrap_or(text).trim();
    if input.is_empty() {
        return (None, false);
    }
    match state.places.resolve(input) {
        Resolution::Found(p) => (Some(p), false),
        Resolution::Ambiguous(mut choices) if !choices.is_empty() => {
            (Some(choices.swap_remove(0)), false)
        }
        _ => (None, true),
    }
}

pub async fn sms(req: HttpRequest, state: web::Data<AppState>, body: web::Bytes) -> HttpResponse {
    let Some(phone) = state.phone.as_ref() else {
        return refused(None);
    };
    let Some(hook) = verify(&req, &body, phone) else {
        return refused(Some(phone));
    };
    phone.counters.messages.fetch_add(1, Ordering::Relaxed);
    let from = hook.field("From");
    let request = sms::parse(hook.field("Body"), &state.taxonomy, &state.languages);
    let stop_key = phone.stop_key(from);
    match request.command {
        Some(sms::Command::Stop) => {
            if let Err(e) = state.store.set_sms_stop(&stop_key, true).await {
                tracing::error!(error = %e, "could not record a STOP");
            }
            return twiml(String::new());
        }
        Some(sms::Command::Start) => {
            if let Err(e) = state.store.set_sms_stop(&stop_key, false).await {
                tracing::error!(error = %e, "could not record a START");
            }
        }
        _ => {}
    }
    if state.store.sms_stopped(&stop_key).await.unwrap_or(true) {
        return twiml(String::new());
    }
    let now = chrono::Utc::now();
    if phone.senders.check(from, now).await.is_err() {
        return twiml(String::new());
    }
    let text = reply::answer(&state, phone, from, &request, now).await;
    twiml(format!("<Message>{}</Message>", xml(&text)))
}

pub async fn voice(req: HttpRequest, state: web::Data<AppState>, body: web::Bytes) -> HttpResponse {
    let Some(phone) = state.phone.as_ref() else {
        return refused(None);
    };
    let Some(hook) = verify(&req, &body, phone) else {
        return refused(Some(phone));
    };
    let query: Vec<(String, String)> = url::form_urlencoded::parse(req.query_string().as_bytes())
        .into_owned()
        .collect();
    twiml(voice::step(&state, phone, &query, hook.field("Digits")).await)
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/phone/sms", web::post().to(sms))
        .route("/phone/voice", web::post().to(voice));
}

//! What each message says, in the reader's language (the portal's `mail-*` messages).

use crate::i18n::message;
use crate::store::Letter;

/// The portal language `locale` falls back to for mail.
fn portal_locale(locale: &str) -> &'static str {
    crate::portal::LOCALES
        .into_iter()
        .find(|l| *l == locale)
        .unwrap_or("en")
}

fn paragraphs(locale: &str, parts: &[String]) -> String {
    let mut body = parts.join("\n\n");
    body.push_str("\n\n");
    body.push_str(&message(locale, "mail-signature", &[]));
    body.push('\n');
    body
}

pub struct Invite<'a> {
    pub to: &'a str,
    pub locale: &'a str,
    /// The organization an editor will keep, by name; `None` for staff.
    pub organization: Option<&'a str>,
    pub link: &'a str,
    pub hours: i64,
}

pub fn invite(i: &Invite<'_>) -> Letter {
    let locale = portal_locale(i.locale);
    let why = match i.organization {
        Some(org) => message(locale, "mail-invite-editor", &[("org", org.to_string())]),
        None => message(locale, "mail-invite-staff", &[]),
    };
    Letter {
        to: i.to.to_string(),
        subject: message(locale, "mail-invite-subject", &[]),
        body: paragraphs(
            locale,
            &[
                why,
                message(
                    locale,
                    "mail-invite-link",
                    &[("hours", i.hours.to_string()), ("link", i.link.to_string())],
                ),
                message(locale, "mail-not-expected", &[]),
            ],
        ),
        dedupe_key: None,
    }
}

pub struct StaleReminder<'a> {
    pub to: &'a str,
    pub locale: &'a str,
    pub organization: &'a str,
    /// The oldest confirmation of its contacts, if it ever had one.
    pub confirmed: Option<&'a str>,
    pub stale_on: Option<chrono::NaiveDate>,
    pub link: &'a str,
    /// One reminder per listing, reader and deadline.
    pub key: String,
}

pub fn stale_reminder(r: &StaleReminder<'_>) -> Letter {
    let locale = portal_locale(r.locale);
    let org = ("org", r.organization.to_string());
    let state = match (r.confirmed, r.stale_on) {
        (Some(confirmed), Some(on)) => message(
            locale,
            "mail-stale-soon",
            &[
                org.clone(),
                ("confirmed", confirmed.to_string()),
                ("date", on.to_string()),
            ],
        ),
        _ => message(locale, "mail-stale-never", std::slice::from_ref(&org)),
    };
    Letter {
        to: r.to.to_string(),
        subject: message(locale, "mail-stale-subject", &[org]),
        body: paragraphs(
            locale,
            &[
                state,
                message(locale, "mail-stale-what", &[("link", r.link.to_string())]),
            ],
        ),
        dedupe_key: Some(r.key.clone()),
    }
}

pub struct FlagNotice<'a> {
    pub to: &'a str,
    pub locale: &'a str,
    pub service: &'a str,
    /// The `problem-*` message id of what was reported.
    pub problem_id: &'a str,
    pub link: &'a str,
}

/// Says what kind of problem was reported, never who reported it or their words: the
/// editor reads the report itself in the portal.
pub fn flag_notice(f: &FlagNotice<'_>) -> Letter {
    let locale = portal_locale(f.locale);
    let service = ("service", f.service.to_string());
    Letter {
        to: f.to.to_string(),
        subject: message(locale, "mail-flag-subject", std::slice::from_ref(&service)),
        body: paragraphs(
            locale,
            &[
                message(
                    locale,
                    "mail-flag-what",
                    &[service, ("problem", message(locale, f.problem_id, &[]))],
                ),
                message(locale, "mail-flag-next", &[("link", f.link.to_string())]),
            ],
        ),
        dedupe_key: None,
    }
}

pub struct DecisionNotice<'a> {
    pub to: &'a str,
    pub locale: &'a str,
    pub organization: &'a str,
    pub approved: bool,
    /// The moderator's note, if they wrote one.
    pub note: &'a str,
    pub link: &'a str,
}

pub fn decision_notice(d: &DecisionNotice<'_>) -> Letter {
    let locale = portal_locale(d.locale);
    let org = ("org", d.organization.to_string());
    let (subject, what) = if d.approved {
        ("mail-approved-subject", "mail-approved")
    } else {
        ("mail-rejected-subject", "mail-rejected")
    };
    let mut parts = vec![message(locale, what, std::slice::from_ref(&org))];
    if !d.note.trim().is_empty() {
        parts.push(message(
            locale,
            "mail-decision-note",
            &[("note", d.note.trim().to_string())],
        ));
    }
    parts.push(message(
        locale,
        "mail-decision-link",
        &[("link", d.link.to_string())],
    ));
    Letter {
        to: d.to.to_string(),
        subject: message(locale, subject, &[org]),
        body: paragraphs(locale, &parts),
        dedupe_key: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_invite_is_written_in_the_readers_language_with_its_link() {
        let link = "https://faro.example.org/portal/invite/abc";
        let invite = |locale| {
            invite(&Invite {
                to: "ana@example.org",
                locale,
                organization: Some("Casa Ejemplo"),
                link,
                hours: 72,
            })
        };
        let es = invite("es");
        assert!(es.body.contains(link) && es.body.contains("Casa Ejemplo"));
        assert!(es.body.contains("72 horas"), "{}", es.body);
        let en = invite("en");
        assert!(en.body.contains("72 hours"), "{}", en.body);
        assert_ne!(es.subject, en.subject);
        assert_eq!(
            invite("ar").subject,
            en.subject,
            "the portal falls back to English"
        );
    }

    #[test]
    fn a_flag_notice_names_the_problem_and_no_one_else() {
        let letter = flag_notice(&FlagNotice {
            to: "ana@example.org",
            locale: "en",
            service: "Free legal clinic",
            problem_id: "problem-wrong-hours",
            link: "https://faro.example.org/portal/org",
        });
        assert!(
            letter.body.contains("The hours are wrong"),
            "{}",
            letter.body
        );
        assert!(letter.subject.contains("Free legal clinic"));
    }

    #[test]
    fn a_decision_notice_carries_the_moderators_note_only_when_there_is_one() {
        let notice = |note| {
            decision_notice(&DecisionNotice {
                to: "ana@example.org",
                locale: "en",
                organization: "Casa Ejemplo",
                approved: false,
                note,
                link: "https://faro.example.org/portal/org",
            })
        };
        assert!(
            notice("Please cite the agency page.")
                .body
                .contains("Please cite the agency page.")
        );
        assert_eq!(notice("  ").body.matches("\n\n").count(), 2);
    }
}

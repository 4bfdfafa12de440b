//! An organization's editors change their own listings: each change is a proposed
//! revision on top of the approved one, never an overwrite. The organization always comes
//! from the editor's account, never from the URL, so no request can reach another's.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::Utc;

use super::auth::{self, Viewer};
use super::pages::{failed, field, fields, message, page, refused_cross_site};
use super::{FieldError, PortalCtx};
use crate::AppState;
use crate::model::{
    CALLER_LOCAL, ChannelKind, Fact, Knowable, Organization, Period, Schedule, WeeklyHours,
};
use crate::portal::freshness;
use crate::store::accounts::Role;
use crate::store::{Revision, RevisionStatus};

pub struct ChannelLine {
    pub label: String,
    pub contact: String,
    pub href: String,
}

pub struct ServiceLine {
    pub slug: String,
    pub name: String,
    pub channels: Vec<ChannelLine>,
}

pub struct HistoryLine {
    pub status: String,
    pub note: String,
}

#[derive(Template)]
#[template(path = "portal/org.html")]
struct OrgPage {
    pc: PortalCtx,
    organization: String,
    services: Vec<ServiceLine>,
    history: Vec<HistoryLine>,
    sent: bool,
    /// Not confirmed in 180 days (or never): the editor is asked to check it.
    stale: bool,
    freshness: String,
    /// Open problem reports on the organization's listings.
    flags: Vec<String>,
}

/// The editor and the approved revision of their organization.
pub(super) async fn editor(
    req: &HttpRequest,
    state: &AppState,
) -> Result<(Viewer, Revision), HttpResponse> {
    let viewer = auth::signed_in(req, state).await?;
    let org_id = match (viewer.role(), viewer.session.user.org_id) {
        (Role::Editor, Some(org)) => org,
        _ => {
            return Err(message(
                req,
                StatusCode::FORBIDDEN,
                "portal-org-title",
                "portal-not-allowed",
            ));
        }
    };
    match state.store.current(org_id).await {
        Ok(Some(rev)) => Ok((viewer, rev)),
        Ok(None) => Err(message(
            req,
            StatusCode::NOT_FOUND,
            "portal-org-title",
            "portal-not-found",
        )),
        Err(e) => Err(failed(req, e)),
    }
}

pub async fn organization(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let (viewer, current) = match editor(&req, &state).await {
        Ok(found) => found,
        Err(r) => return r,
    };
    let pc = PortalCtx::new(&req, viewer.session.csrf_token.clone());
    let org = &current.document;
    let services = org
        .services
        .iter()
        .map(|s| ServiceLine {
            slug: s.slug.clone(),
            name: s.name.text(pc.locale).to_string(),
            channels: s
                .channels
                .iter()
                .map(|c| ChannelLine {
                    label: c.kind.as_str().replace('_', " "),
                    contact: c.contact.value.clone(),
                    href: format!("/portal/org/{}/{}", s.slug, c.slug),
                })
                .collect(),
        })
        .collect();
    let history = match state.store.history(current.org_id).await {
        Ok(all) => all
            .into_iter()
            .rev()
            .map(|r| {
                let status = pc.t(match r.status {
                    RevisionStatus::Proposed => "portal-status-proposed",
                    RevisionStatus::Approved => "portal-status-approved",
                    RevisionStatus::Rejected => "portal-status-rejected",
                });
                let date = r.decided_at.as_deref().unwrap_or(&r.created_at);
                HistoryLine {
                    status: crate::i18n::message(
                        pc.locale,
                        "portal-history-status",
                        &[
                            ("status", status),
                            ("date", date.chars().take(10).collect()),
                        ],
                    ),
                    note: r.decision_note.unwrap_or(r.note),
                }
            })
            .collect(),
        Err(e) => return failed(&req, e),
    };
    let sent = req.query_string().contains("sent=1");
    let oldest = org.oldest_contact_check();
    let today = Utc::now().date_naive();
    let stale = freshness::is_stale(oldest.as_deref(), today);
    let freshness = match &oldest {
        Some(date) => {
            let soon = freshness::stale_on(date).filter(|on| freshness::stale_soon(*on, today));
            match soon {
                Some(on) => pc.t1("portal-stale-soon", "date", &on.to_string()),
                None => pc.t1("portal-last-confirmed", "date", date),
            }
        }
        None => pc.t("portal-never-confirmed"),
    };
    let flags = match state.store.open_flags().await {
        Ok(all) => all
            .into_iter()
            .filter(|f| f.org_id == current.org_id)
            .map(|f| {
                let problem = crate::i18n::message(
                    pc.locale,
                    &format!("problem-{}", f.problem.as_str().replace('_', "-")),
                    &[],
                );
                if f.details.is_empty() {
                    format!("{} — {problem}", f.reported_on)
                } else {
                    format!("{} — {problem}: “{}”", f.reported_on, f.details)
                }
            })
            .collect(),
        Err(e) => return failed(&req, e),
    };
    page(
        StatusCode::OK,
        &OrgPage {
            organization: org.name.text(pc.locale).to_string(),
            pc,
            services,
            history,
            sent,
            stale,
            freshness,
            flags,
        },
    )
}

#[derive(Template)]
#[template(path = "portal/channel.html")]
struct ChannelPage {
    pc: PortalCtx,
    title: String,
    action: String,
    contact: String,
    languages: String,
    hours_mode: String,
    zone: String,
    periods: String,
    closed_on: String,
    source: String,
    note: String,
    errors: Vec<FieldError>,
}

impl ChannelPage {
    fn error(&self, field: &str) -> String {
        super::error_for(&self.errors, field)
    }
}

/// Where a channel is in the document, by the slugs in the URL.
fn locate(org: &Organization, service: &str, channel: &str) -> Option<(usize, usize)> {
    let s = org.services.iter().position(|s| s.slug == service)?;
    let c = org.services[s]
        .channels
        .iter()
        .position(|c| c.slug == channel)?;
    Some((s, c))
}

fn channel_page(
    pc: PortalCtx,
    org: &Organization,
    at: (usize, usize),
    errors: Vec<FieldError>,
    form: Option<&[(String, String)]>,
) -> ChannelPage {
    let service = &org.services[at.0];
    let channel = &service.channels[at.1];
    let current_languages = channel
        .languages
        .value
        .known()
        .map(|l| l.join(", "))
        .unwrap_or_default();
    let value = |name: &str, default: String| form.map_or(default, |f| field(f, name).to_string());
    let (mode, zone, periods, closed) = hours_fields(&channel.hours.value);
    ChannelPage {
        title: crate::i18n::message(
            pc.locale,
            "portal-channel-title",
            &[("service", service.name.text(pc.locale).to_string())],
        ),
        action: format!("/portal/org/{}/{}", service.slug, channel.slug),
        contact: value("contact", channel.contact.value.clone()),
        languages: value("languages", current_languages),
        hours_mode: value("hours_mode", mode),
        zone: value("zone", zone),
        periods: value("periods", periods),
        closed_on: value("closed_on", closed),
        source: value("source", String::new()),
        note: value("note", String::new()),
        errors,
        pc,
    }
}

pub async fn channel_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> HttpResponse {
    let (viewer, current) = match editor(&req, &state).await {
        Ok(found) => found,
        Err(r) => return r,
    };
    let Some(at) = locate(&current.document, &path.0, &path.1) else {
        return message(
            &req,
            StatusCode::NOT_FOUND,
            "portal-org-title",
            "portal-not-found",
        );
    };
    let pc = PortalCtx::new(&req, viewer.session.csrf_token.clone());
    page(
        StatusCode::OK,
        &channel_page(pc, &current.document, at, Vec::new(), None),
    )
}

/// A phone number as people write it ("(555) 123-4567", "+1 555.123.4567") in E.164;
/// ten digits without a country code are taken as a US number.
fn normalize_phone(input: &str) -> String {
    let plus = input.trim_start().starts_with('+');
    let digits: String = input.chars().filter(char::is_ascii_digit).collect();
    match (plus, digits.len()) {
        (true, _) => format!("+{digits}"),
        (false, 10) => format!("+1{digits}"),
        (false, 11) if digits.starts_with('1') => format!("+{digits}"),
        _ => digits,
    }
}

/// A schedule as the form shows it: mode, zone, one period per line, closed dates.
fn hours_fields(schedule: &Schedule) -> (String, String, String, String) {
    match schedule {
        Schedule::Always => ("always".into(), String::new(), String::new(), String::new()),
        Schedule::Unknown => (
            "unknown".into(),
            String::new(),
            String::new(),
            String::new(),
        ),
        Schedule::Weekly(w) => (
            "weekly".into(),
            w.zone.clone(),
            w.periods
                .iter()
                .map(|p| format!("{} {}-{}", p.days, p.opens, p.closes))
                .collect::<Vec<_>>()
                .join("\n"),
            w.closed_on.join("\n"),
        ),
    }
}

/// Reads the hours fields back; each problem is a message in the editor's language. A
/// form without them (a client that only changes the contact) keeps `current`.
fn parse_hours(
    form: &[(String, String)],
    current: &Schedule,
    pc: &PortalCtx,
) -> Result<Schedule, Vec<FieldError>> {
    if !form.iter().any(|(k, _)| k == "hours_mode") {
        return Ok(current.clone());
    }
    match field(form, "hours_mode") {
        "always" => return Ok(Schedule::Always),
        "unknown" => return Ok(Schedule::Unknown),
        "weekly" => {}
        _ => {
            return Err(vec![FieldError::new(
                "hours",
                pc.t("portal-error-hours-mode"),
            )]);
        }
    }
    let mut errors = Vec::new();
    let zone = field(form, "zone").trim().to_string();
    if zone != CALLER_LOCAL && zone.parse::<chrono_tz::Tz>().is_err() {
        errors.push(FieldError::new(
            "zone",
            pc.t1("portal-error-zone", "zone", &zone),
        ));
    }
    let mut periods = Vec::new();
    for line in field(form, "periods")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
    {
        let parsed = line.split_once(' ').and_then(|(days, times)| {
            let (opens, closes) = times.trim().split_once('-')?;
            let (o, c) = (crate::data::minutes(opens)?, crate::data::minutes(closes)?);
            (crate::hours::parse_days(days).is_ok() && o < c).then(|| Period {
                days: days.to_string(),
                opens: opens.to_string(),
                closes: closes.to_string(),
            })
        });
        match parsed {
            Some(p) => periods.push(p),
            None => errors.push(FieldError::new(
                "periods",
                pc.t1("portal-error-period", "line", line),
            )),
        }
    }
    if periods.is_empty() && errors.is_empty() {
        errors.push(FieldError::new("periods", pc.t("portal-error-no-periods")));
    }
    let mut closed_on = Vec::new();
    for date in field(form, "closed_on")
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|d| !d.is_empty())
    {
        if chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok() {
            closed_on.push(date.to_string());
        } else {
            errors.push(FieldError::new(
                "closed_on",
                pc.t1("portal-error-date", "date", date),
            ));
        }
    }
    if errors.is_empty() {
        Ok(Schedule::Weekly(WeeklyHours {
            zone,
            periods,
            closed_on,
        }))
    } else {
        Err(errors)
    }
}

/// Checks one field per rule and says what is wrong with each, in the editor's language.
fn validated_contact(kind: ChannelKind, input: &str, pc: &PortalCtx) -> Result<String, String> {
    let input = input.trim();
    match kind {
        k if k.is_phone() => {
            let number = normalize_phone(input);
            crate::data::phone_shape(k, &number)
                .map(|()| number)
                .map_err(|_| pc.t("portal-error-phone"))
        }
        ChannelKind::Chat | ChannelKind::WebForm => url::Url::parse(input)
            .ok()
            .filter(|u| u.scheme() == "https" && u.host_str().is_some())
            .map(|_| input.to_string())
            .ok_or_else(|| pc.t("portal-error-url")),
        ChannelKind::Email => {
            let ok = input.split_once('@').is_some_and(|(user, host)| {
                !user.is_empty() && host.contains('.') && !input.contains(' ')
            });
            if ok {
                Ok(input.to_string())
            } else {
                Err(pc.t("portal-error-email"))
            }
        }
        _ => Ok(input.to_string()),
    }
}

pub async fn propose_channel(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> HttpResponse {
    let (viewer, current) = match editor(&req, &state).await {
        Ok(found) => found,
        Err(r) => return r,
    };
    let form = fields(&body);
    if !auth::form_allowed(&req, &viewer, &form) {
        return refused_cross_site(&req);
    }
    let Some(at) = locate(&current.document, &path.0, &path.1) else {
        return message(
            &req,
            StatusCode::NOT_FOUND,
            "portal-org-title",
            "portal-not-found",
        );
    };
    let pc = PortalCtx::new(&req, viewer.session.csrf_token.clone());
    let mut doc = current.document.clone();
    let channel = &doc.services[at.0].channels[at.1];
    let mut errors = Vec::new();

    let contact = match validated_contact(channel.kind, field(&form, "contact"), &pc) {
        Ok(c) => Some(c),
        Err(e) => {
            errors.push(FieldError::new("contact", e));
            None
        }
    };
    let mut languages = Vec::new();
    for code in field(&form, "languages")
        .split(',')
        .map(|c| c.trim().to_lowercase())
        .filter(|c| !c.is_empty())
    {
        if state.languages.get(&code).is_some() {
            languages.push(code);
        } else {
            errors.push(FieldError::new(
                "languages",
                pc.t1("portal-error-language", "code", &code),
            ));
        }
    }
    let source = field(&form, "source").trim().to_string();
    let contact_changed = contact
        .as_ref()
        .is_some_and(|c| *c != channel.contact.value);
    let source_ok = url::Url::parse(&source)
        .ok()
        .is_some_and(|u| u.scheme() == "https" && u.host_str().is_some());
    if contact_changed && !source_ok {
        errors.push(FieldError::new(
            "source",
            pc.t("portal-error-source-needed"),
        ));
    } else if !source.is_empty() && !source_ok {
        errors.push(FieldError::new("source", pc.t("portal-error-url")));
    }
    let hours = match parse_hours(&form, &channel.hours.value, &pc) {
        Ok(h) => Some(h),
        Err(mut e) => {
            errors.append(&mut e);
            None
        }
    };
    let hours_changed = hours.as_ref().is_some_and(|h| *h != channel.hours.value);
    let new_languages = if languages.is_empty() {
        channel.languages.value.clone()
    } else {
        Knowable::Known(languages)
    };
    let languages_changed = new_languages != channel.languages.value;
    if errors.is_empty() && !contact_changed && !languages_changed && !hours_changed {
        errors.push(FieldError::new("", pc.t("portal-error-nothing")));
    }
    if !errors.is_empty() {
        return page(
            StatusCode::UNPROCESSABLE_ENTITY,
            &channel_page(pc, &current.document, at, errors, Some(&form)),
        );
    }

    let (status, source_id) = super::revisions::cite(&mut doc, &source, &viewer.session.user.email);
    let channel = &mut doc.services[at.0].channels[at.1];
    if contact_changed {
        channel.contact = Fact {
            value: contact.unwrap_or_default(),
            status,
            sources: source_id.iter().cloned().collect(),
            live_check: None,
        };
    }
    if let Some(hours) = hours.filter(|_| hours_changed) {
        channel.hours = Fact {
            value: hours,
            status,
            sources: source_id.iter().cloned().collect(),
            live_check: None,
        };
    }
    if languages_changed {
        channel.languages = Fact {
            value: new_languages,
            status,
            sources: source_id.iter().cloned().collect(),
            live_check: None,
        };
    }
    let note = field(&form, "note").trim().to_string();
    super::revisions::send_for_review(
        &req,
        &state,
        &viewer.session.user.email,
        &current,
        &doc,
        &note,
        "propose",
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::{normalize_phone, validated_contact};
    use crate::model::ChannelKind;
    use crate::web::portal::PortalCtx;

    #[test]
    fn each_kind_of_contact_is_checked_in_its_own_way() {
        let pc = PortalCtx {
            locale: "en",
            csrf: String::new(),
        };
        let ok = |kind, input: &str| validated_contact(kind, input, &pc);
        assert_eq!(
            ok(ChannelKind::Email, "help@example.org").as_deref(),
            Ok("help@example.org")
        );
        for bad in ["help", "help@example", "@example.org", "a b@example.org"] {
            assert!(ok(ChannelKind::Email, bad).is_err(), "{bad}");
        }
        assert!(
            ok(ChannelKind::Chat, "http://example.org/chat").is_err(),
            "https only"
        );
        assert_eq!(ok(ChannelKind::Sms, "233733").as_deref(), Ok("233733"));
        assert!(ok(ChannelKind::Voice, "12").is_err());
    }

    #[test]
    fn phone_numbers_as_people_write_them_become_e164() {
        assert_eq!(normalize_phone("(555) 123-4567"), "+15551234567");
        assert_eq!(normalize_phone("+1 555.123.4567"), "+15551234567");
        assert_eq!(normalize_phone("1-800-422-4453"), "+18004224453");
        assert_eq!(normalize_phone("+52 55 1234 5678"), "+525512345678");
        assert_eq!(normalize_phone("233733"), "233733", "short codes stay");
    }
}

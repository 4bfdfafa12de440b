//! "Report a problem with this listing" (`/{loc}/services/{id}/problem`): a public form
//! that sets no cookie, accepts posts only from Faro's own pages, is rate-limited without
//! keeping addresses, and records only what the person chose to write.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use super::ctx::{Ctx, render};
use super::{Loc, error_page, page_ctx};
use crate::AppState;
use crate::error::{AppError, ErrorCode};
use crate::model::LocalizedText;
use crate::store::{NewFlag, Problem};

/// Longest note a report may carry, in characters.
pub const MAX_DETAILS: usize = 500;

/// What replaces a phone number or e-mail address in a note.
const REMOVED: &str = "[…]";

/// Phone numbers and e-mail addresses are taken out of a note before it is stored: a
/// report is about the listing, and must not become a record of who someone is.
pub fn without_contacts(text: &str) -> String {
    let words: Vec<String> = text
        .split(' ')
        .map(|w| {
            let at = w.find('@');
            let is_email = at.is_some_and(|i| w[i + 1..].contains('.') && i > 0);
            if is_email {
                REMOVED.to_string()
            } else {
                w.to_string()
            }
        })
        .collect();
    let text = words.join(" ");
    // A run of digits and the characters written between them ("(555) 123-4567",
    // "+1 555.123.4567") holding seven digits or more is a phone number.
    let is_phone_char = |c: char| c.is_ascii_digit() || " +-().".contains(c);
    let mut out = String::new();
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String| {
        let digits = run.chars().filter(char::is_ascii_digit).count();
        if digits >= 7 {
            let trimmed_start = run.len() - run.trim_start().len();
            let trimmed_end = run.trim_end().len();
            out.push_str(&run[..trimmed_start]);
            out.push_str(REMOVED);
            out.push_str(&run[trimmed_end..]);
        } else {
            out.push_str(run);
        }
        run.clear();
    };
    for c in text.chars() {
        if is_phone_char(c) {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
            out.push(c);
        }
    }
    flush(&mut run, &mut out);
    out
}

pub struct ProblemChoice {
    pub value: &'static str,
    pub label: String,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "problem.html")]
pub struct ProblemPage {
    pub ctx: Ctx,
    pub service_href: String,
    pub service_name: String,
    pub action: String,
    pub choices: Vec<ProblemChoice>,
    pub details: String,
    pub max_details: usize,
    pub error: Option<String>,
    pub sent: bool,
    /// The lines to contact for help, beside the notice that this form is not one.
    pub lines: Vec<super::results::ResultItem>,
}

async fn page(
    state: &AppState,
    locale: &'static str,
    id: &str,
) -> Result<(ProblemPage, uuid::Uuid, uuid::Uuid, LocalizedText), AppError> {
    let (org, position) = crate::web::find_service(state, id).await?;
    let service = &org.services[position];
    let service_id = org.service_uuid(service);
    let ctx = page_ctx(state, locale, &format!("/services/{id}/problem"));
    let choices = Problem::ALL
        .iter()
        .map(|p| ProblemChoice {
            value: p.as_str(),
            label: ctx.t(&format!("problem-{}", p.as_str().replace('_', "-"))),
            checked: false,
        })
        .collect();
    let lines = super::first_lines(state, &ctx, chrono::Utc::now(), None);
    let page = ProblemPage {
        lines,
        service_href: format!("/{locale}/services/{service_id}"),
        service_name: service.name.text(locale).to_string(),
        action: format!("/{locale}/services/{service_id}/problem"),
        ctx,
        choices,
        details: String::new(),
        max_details: MAX_DETAILS,
        error: None,
        sent: false,
    };
    Ok((page, org.uuid(), service_id, service.name.clone()))
}

pub async fn get(
    state: web::Data<AppState>,
    loc: Loc,
    path: web::Path<(String, String)>,
) -> HttpResponse {
    match page(&state, loc.0, &path.1).await {
        Ok((page, ..)) => render(StatusCode::OK, &page),
        Err(e) => error_page(&state, loc.0, &e),
    }
}

pub async fn post(
    req: HttpRequest,
    state: web::Data<AppState>,
    loc: Loc,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> HttpResponse {
    let locale = loc.0;
    if !crate::web::origin::from_this_site(&req) {
        return error_page(&state, locale, &AppError::new(ErrorCode::CrossSite));
    }
    let (mut page, org_id, service_id, service_name) = match page(&state, locale, &path.1).await {
        Ok(found) => found,
        Err(e) => return error_page(&state, locale, &e),
    };
    let addr = crate::web::client::address(&req, &state.trusted_proxies);
    if state
        .problem_reports
        .check(&addr, chrono::Utc::now())
        .await
        .is_err()
    {
        return error_page(&state, locale, &AppError::new(ErrorCode::RateLimited));
    }
    let fields: Vec<(String, String)> = url::form_urlencoded::parse(&body).into_owned().collect();
    let field = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    };
    let problem = Problem::parse(field("problem"));
    page.details = field("details").trim().to_string();
    for choice in &mut page.choices {
        choice.checked = Some(choice.value) == problem.map(Problem::as_str);
    }
    let Some(problem) = problem else {
        page.error = Some(page.ctx.t("problem-choose"));
        return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    if page.details.chars().count() > MAX_DETAILS {
        page.error = Some(
            page.ctx
                .t1("problem-too-long", "max", &MAX_DETAILS.to_string()),
        );
        return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let details = without_contacts(&page.details);
    let flag = NewFlag {
        org_id,
        service_id,
        problem,
        details: &details,
        locale,
    };
    match state.store.flag(flag).await {
        Ok(id) => {
            let detail = format!("flag {id}: {}", problem.as_str());
            if let Err(e) = state
                .accounts
                .audit("public", "flag", Some(org_id), &detail)
                .await
            {
                tracing::error!(error = %e, "could not record a flag in the audit log");
            }
            crate::mail::notices::flag_filed(&state, org_id, &service_name, problem).await;
        }
        Err(e) => return error_page(&state, locale, &AppError::from(e)),
    }
    page.sent = true;
    page.details.clear();
    render(StatusCode::OK, &page)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_and_email_addresses_are_taken_out() {
        assert_eq!(
            without_contacts("call me at (555) 123-4567 or maria.p@example.com, thanks"),
            "call me at […] or […] thanks"
        );
        assert_eq!(without_contacts("+1 555.123.4567"), "[…]");
        assert_eq!(
            without_contacts("closed since 2024, the office at 77002 moved"),
            "closed since 2024, the office at 77002 moved",
            "years and ZIP codes stay"
        );
        assert_eq!(
            without_contacts("text 233733"),
            "text 233733",
            "short codes stay"
        );
    }
}

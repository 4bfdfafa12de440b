//! "Ask to be listed" (`/{loc}/ask-to-be-listed`): an organization that is not in Faro
//! asks a moderator to add it, with its public contact and the pages that show what it
//! does. The same rules as problem reports: no cookie, posts only from Faro's pages,
//! rate-limited without keeping addresses, personal contacts taken out of free text.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use super::ctx::{Ctx, render};
use super::problem::without_contacts;
use super::{Loc, error_page, page_ctx};
use crate::AppState;
use crate::error::{AppError, ErrorCode};
use crate::store::ListingRequest;

const MAX_TEXT: usize = 1000;

#[derive(Template)]
#[template(path = "listed.html")]
pub struct ListedPage {
    pub ctx: Ctx,
    pub organization: String,
    pub website: String,
    pub services: String,
    pub contact: String,
    pub sources: String,
    pub errors: Vec<String>,
    pub sent: bool,
}

fn empty(ctx: Ctx) -> ListedPage {
    ListedPage {
        ctx,
        organization: String::new(),
        website: String::new(),
        services: String::new(),
        contact: String::new(),
        sources: String::new(),
        errors: Vec::new(),
        sent: false,
    }
}

pub async fn get(state: web::Data<AppState>, loc: Loc) -> HttpResponse {
    render(
        StatusCode::OK,
        &empty(page_ctx(&state, loc.0, "/ask-to-be-listed")),
    )
}

fn https(url: &str) -> bool {
    url::Url::parse(url)
        .ok()
        .is_some_and(|u| u.scheme() == "https" && u.host_str().is_some())
}

pub async fn post(
    req: HttpRequest,
    state: web::Data<AppState>,
    loc: Loc,
    body: web::Bytes,
) -> HttpResponse {
    let locale = loc.0;
    if !crate::web::origin::from_this_site(&req) {
        return error_page(&state, locale, &AppError::new(ErrorCode::CrossSite));
    }
    let addr = crate::web::client::address(&req, &state.trusted_proxies);
    if state
        .problem_reports
        .check(&format!("listing:{addr}"), chrono::Utc::now())
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
            .map_or(String::new(), |(_, v)| v.trim().to_string())
    };
    let mut page = empty(page_ctx(&state, locale, "/ask-to-be-listed"));
    page.organization = field("organization");
    page.website = field("website");
    page.services = field("services");
    page.contact = field("contact");
    page.sources = field("sources");
    let sources: Vec<&str> = page.sources.split_whitespace().collect();
    let ctx = &page.ctx;
    let mut errors = Vec::new();
    if page.organization.is_empty() {
        errors.push(ctx.t("listed-error-organization"));
    }
    if !https(&page.website) {
        errors.push(ctx.t("listed-error-website"));
    }
    if page.services.is_empty() {
        errors.push(ctx.t("listed-error-services"));
    }
    if page.contact.is_empty() {
        errors.push(ctx.t("listed-error-contact"));
    }
    if sources.is_empty() || !sources.iter().all(|s| https(s)) {
        errors.push(ctx.t("listed-error-sources"));
    }
    let too_long = [
        &page.organization,
        &page.services,
        &page.contact,
        &page.sources,
    ]
    .iter()
    .any(|t| t.chars().count() > MAX_TEXT);
    if too_long {
        errors.push(ctx.t1("problem-too-long", "max", &MAX_TEXT.to_string()));
    }
    if !errors.is_empty() {
        page.errors = errors;
        return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let request = ListingRequest {
        id: 0,
        organization: page.organization.clone(),
        website: page.website.clone(),
        // What the services are is free text: no one's personal number or e-mail in it.
        services: without_contacts(&page.services),
        public_contact: page.contact.clone(),
        sources: sources.join("\n"),
        locale: locale.to_string(),
        requested_on: String::new(),
    };
    match state.store.request_listing(&request).await {
        Ok(id) => {
            let detail = format!("listing request {id}: {}", request.organization);
            if let Err(e) = state
                .accounts
                .audit("public", "listing-request", None, &detail)
                .await
            {
                tracing::error!(error = %e, "could not record a listing request in the audit log");
            }
        }
        Err(e) => return error_page(&state, locale, &AppError::from(e)),
    }
    let mut sent = empty(page_ctx(&state, locale, "/ask-to-be-listed"));
    sent.sent = true;
    render(StatusCode::OK, &sent)
}

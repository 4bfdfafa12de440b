//! The NGO portal under `/portal`: sign-in with a second factor for moderators and
//! administrators, invitations, and the audit log. Sessions live in the database (any
//! node can serve them; sign-out ends them at once) behind a cookie scoped to `/portal`.

mod auth;
mod checks;
mod edit;
mod holds;
mod imports;
mod pages;
mod review;
mod revisions;
mod service;

use actix_web::web;

pub use auth::{COOKIE, Viewer};

pub use crate::portal::LOCALES;

/// A problem with one field of a form, shown beside it and listed above the form with a
/// link to it (`field` is the element's id; empty for the form as a whole).
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: &str, message: String) -> FieldError {
        FieldError {
            field: field.to_string(),
            message,
        }
    }
}

/// The message for one field, or "" (called by the form templates).
pub fn error_for(errors: &[FieldError], field: &str) -> String {
    errors
        .iter()
        .filter(|e| e.field == field)
        .map(|e| e.message.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

pub struct PortalCtx {
    pub locale: &'static str,
    /// The session's CSRF token, for every form.
    pub csrf: String,
}

impl PortalCtx {
    pub fn new(req: &actix_web::HttpRequest, csrf: String) -> PortalCtx {
        let negotiated = crate::i18n::negotiate(req);
        PortalCtx {
            locale: LOCALES
                .into_iter()
                .find(|l| *l == negotiated)
                .unwrap_or("en"),
            csrf,
        }
    }

    pub fn t(&self, id: &str) -> String {
        crate::i18n::message(self.locale, id, &[])
    }

    pub fn t1(&self, id: &str, name: &str, value: &str) -> String {
        crate::i18n::message(self.locale, id, &[(name, value.to_string())])
    }
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/portal", web::get().to(pages::home_redirect))
        .route("/portal/", web::get().to(pages::home))
        .route("/portal/login", web::get().to(pages::login_form))
        .route("/portal/login", web::post().to(pages::login))
        .route("/portal/code", web::get().to(pages::code_form))
        .route("/portal/code", web::post().to(pages::code))
        .route("/portal/enrol", web::get().to(pages::enrol_form))
        .route("/portal/enrol", web::post().to(pages::enrol))
        .route("/portal/logout", web::post().to(pages::logout))
        .route("/portal/password", web::get().to(pages::password_form))
        .route("/portal/password", web::post().to(pages::change_password))
        .route("/portal/invite/{token}", web::get().to(pages::invite_form))
        .route("/portal/invite/{token}", web::post().to(pages::invite))
        .route("/portal/org", web::get().to(edit::organization))
        .route("/portal/org/confirm", web::post().to(checks::confirm))
        .route(
            "/portal/org/{service}",
            web::get().to(service::service_form),
        )
        .route(
            "/portal/org/{service}",
            web::post().to(service::propose_service),
        )
        .route("/portal/checks", web::get().to(checks::checks_form))
        .route("/portal/checks", web::post().to(checks::record_check))
        .route(
            "/portal/org/{service}/{channel}",
            web::get().to(edit::channel_form),
        )
        .route(
            "/portal/org/{service}/{channel}",
            web::post().to(edit::propose_channel),
        )
        .route("/portal/holds", web::get().to(holds::holds))
        .route("/portal/holds", web::post().to(holds::hold))
        .route("/portal/holds/release", web::post().to(holds::release))
        .route("/portal/imports", web::get().to(imports::imports))
        .route("/portal/imports/{first}", web::get().to(imports::batch))
        .route("/portal/imports/{first}", web::post().to(imports::approve))
        .route("/portal/queue", web::get().to(review::queue))
        .route("/portal/queue/{revision}", web::post().to(review::decide))
        .route("/portal/flags/{id}", web::post().to(review::close_flag))
        .route(
            "/portal/requests/{id}",
            web::post().to(review::close_request),
        )
        .route("/portal/audit", web::get().to(pages::audit))
        .route("/portal/audit.jsonl", web::get().to(pages::audit_export));
}

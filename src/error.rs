//! One error type for every handler, rendered as `{"error": code, "message": text}` in
//! the request's locale. Codes double as Fluent ids (`error-<code>`).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;
use serde_json::{Value, json};

use crate::i18n;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    InvalidParameter,
    UnknownPlace,
    AmbiguousPlace,
    UnknownNeed,
    UnknownLanguage,
    NotFound,
    /// A public form was posted from another site.
    CrossSite,
    RateLimited,
    /// The body is larger than any form or API call of Faro's needs.
    TooLarge,
    /// The request did not arrive in time (a slow or stalled client).
    TimedOut,
    NotReady,
    /// The database is out of reach: nothing can be saved in it or read from it; search,
    /// listings and the router still work from the index.
    ReadOnly,
    Internal,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 13] = [
        ErrorCode::InvalidParameter,
        ErrorCode::UnknownPlace,
        ErrorCode::AmbiguousPlace,
        ErrorCode::UnknownNeed,
        ErrorCode::UnknownLanguage,
        ErrorCode::NotFound,
        ErrorCode::CrossSite,
        ErrorCode::RateLimited,
        ErrorCode::TooLarge,
        ErrorCode::TimedOut,
        ErrorCode::NotReady,
        ErrorCode::ReadOnly,
        ErrorCode::Internal,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidParameter => "invalid_parameter",
            ErrorCode::UnknownPlace => "unknown_place",
            ErrorCode::AmbiguousPlace => "ambiguous_place",
            ErrorCode::UnknownNeed => "unknown_need",
            ErrorCode::UnknownLanguage => "unknown_language",
            ErrorCode::NotFound => "not_found",
            ErrorCode::CrossSite => "cross_site",
            ErrorCode::RateLimited => "rate_limited",
            ErrorCode::TooLarge => "too_large",
            ErrorCode::TimedOut => "timed_out",
            ErrorCode::NotReady => "not_ready",
            ErrorCode::ReadOnly => "read_only",
            ErrorCode::Internal => "internal",
        }
    }

    fn status(self) -> StatusCode {
        match self {
            ErrorCode::InvalidParameter | ErrorCode::UnknownNeed | ErrorCode::UnknownLanguage => {
                StatusCode::BAD_REQUEST
            }
            ErrorCode::UnknownPlace | ErrorCode::AmbiguousPlace => StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::NotFound => StatusCode::NOT_FOUND,
            ErrorCode::CrossSite => StatusCode::FORBIDDEN,
            ErrorCode::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            ErrorCode::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ErrorCode::TimedOut => StatusCode::REQUEST_TIMEOUT,
            ErrorCode::NotReady | ErrorCode::ReadOnly => StatusCode::SERVICE_UNAVAILABLE,
            ErrorCode::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

#[derive(Debug)]
pub struct AppError {
    pub code: ErrorCode,
    /// Fluent arguments of the message.
    pub args: Vec<(&'static str, String)>,
    /// Extra fields of the JSON body, such as place suggestions.
    pub extra: Option<(&'static str, Value)>,
    pub locale: &'static str,
}

impl AppError {
    pub fn new(code: ErrorCode) -> AppError {
        AppError {
            code,
            args: Vec::new(),
            extra: None,
            locale: i18n::FALLBACK,
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> AppError {
        self.args.push((name, value.into()));
        self
    }

    pub fn with(mut self, field: &'static str, value: Value) -> AppError {
        self.extra = Some((field, value));
        self
    }

    pub fn in_locale(mut self, locale: &'static str) -> AppError {
        self.locale = locale;
        self
    }

    pub fn invalid(parameter: &str, detail: impl Into<String>) -> AppError {
        AppError::new(ErrorCode::InvalidParameter)
            .arg("parameter", parameter.to_string())
            .arg("detail", detail)
    }

    /// Internal failures are logged here and never shown.
    pub fn internal(error: impl std::fmt::Display) -> AppError {
        tracing::error!(%error, "internal error");
        AppError::new(ErrorCode::Internal)
    }

    pub fn message(&self) -> String {
        i18n::message(
            self.locale,
            &format!("error-{}", self.code.as_str()),
            &self.args,
        )
    }
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code.as_str())
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        self.code.status()
    }

    fn error_response(&self) -> HttpResponse {
        let mut body = json!({ "error": self.code.as_str(), "message": self.message() });
        if let Some((field, value)) = &self.extra {
            body[*field] = value.clone();
        }
        HttpResponse::build(self.status_code())
            .insert_header(("Content-Language", self.locale))
            .json(body)
    }
}

impl From<crate::store::StoreError> for AppError {
    fn from(e: crate::store::StoreError) -> Self {
        if e.is_unavailable() {
            tracing::warn!(error = %e, "refused a write: the database cannot be reached");
            return AppError::new(ErrorCode::ReadOnly);
        }
        AppError::internal(e)
    }
}

impl From<crate::search::SearchError> for AppError {
    fn from(e: crate::search::SearchError) -> Self {
        AppError::internal(e)
    }
}

impl From<actix_web::error::BlockingError> for AppError {
    fn from(e: actix_web::error::BlockingError) -> Self {
        AppError::internal(e)
    }
}

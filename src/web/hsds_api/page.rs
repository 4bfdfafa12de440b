//! The specification's list parameters and pages, and the list form of a record.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use uuid::Uuid;

use crate::error::AppError;

const DEFAULT_PER_PAGE: usize = 20;
const MAX_PER_PAGE: usize = 50;

/// The query parameters of the specification's list endpoints; each endpoint reads the
/// ones its path defines.
#[derive(Deserialize, Default)]
pub(super) struct Params {
    pub(super) search: Option<String>,
    pub(super) page: Option<usize>,
    pub(super) per_page: Option<usize>,
    pub(super) format: Option<String>,
    pub(super) taxonomy_term_id: Option<String>,
    pub(super) taxonomy_id: Option<String>,
    pub(super) organization_id: Option<String>,
    pub(super) modified_after: Option<String>,
    pub(super) full: Option<bool>,
    pub(super) full_service: Option<bool>,
    pub(super) postcode: Option<String>,
    pub(super) proximity: Option<String>,
    pub(super) parent_id: Option<String>,
}

#[derive(Serialize)]
pub(super) struct Page<T> {
    total_items: usize,
    total_pages: usize,
    page_number: usize,
    size: usize,
    first_page: bool,
    last_page: bool,
    empty: bool,
    contents: Vec<T>,
}

pub(super) fn page<T>(items: Vec<T>, params: &Params) -> Result<Page<T>, AppError> {
    let per_page = params.per_page.unwrap_or(DEFAULT_PER_PAGE);
    if !(1..=MAX_PER_PAGE).contains(&per_page) {
        return Err(AppError::invalid(
            "per_page",
            format!("1 to {MAX_PER_PAGE}"),
        ));
    }
    let number = params.page.unwrap_or(1);
    if number == 0 {
        return Err(AppError::invalid("page", "pages start at 1"));
    }
    let total_items = items.len();
    let total_pages = total_items.div_ceil(per_page);
    let contents: Vec<T> = items
        .into_iter()
        .skip((number - 1) * per_page)
        .take(per_page)
        .collect();
    Ok(Page {
        total_items,
        total_pages,
        page_number: number,
        size: contents.len(),
        first_page: number == 1,
        last_page: number >= total_pages,
        empty: total_items == 0,
        contents,
    })
}

/// A record's one-to-one fields: what the specification's list forms hold.
pub(super) fn flat(record: &impl Serialize) -> Value {
    let mut value = serde_json::to_value(record).expect("records serialize");
    if let Value::Object(fields) = &mut value {
        fields.retain(|_, v| !v.is_array() && !v.is_object());
    }
    value
}

pub(super) fn parse_id(parameter: &str, value: &str) -> Result<Uuid, AppError> {
    Uuid::parse_str(value).map_err(|_| AppError::invalid(parameter, "a UUID"))
}

/// Only JSON pages are served (`ndjson` streaming is not offered).
pub(super) fn check_format(params: &Params) -> Result<(), AppError> {
    match params.format.as_deref() {
        None | Some("json") => Ok(()),
        Some(_) => Err(AppError::invalid("format", "json")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_count_and_bound() {
        let params = Params {
            per_page: Some(2),
            page: Some(2),
            ..Params::default()
        };
        let p = page(vec![1, 2, 3, 4, 5], &params).unwrap();
        assert_eq!(
            (p.total_items, p.total_pages, p.size, p.contents.clone()),
            (5, 3, 2, vec![3, 4])
        );
        assert!(!p.first_page && !p.last_page && !p.empty);
        let empty = page(Vec::<u8>::new(), &Params::default()).unwrap();
        assert!(empty.empty && empty.first_page && empty.last_page);
        for bad in [
            Params {
                per_page: Some(51),
                ..Params::default()
            },
            Params {
                page: Some(0),
                ..Params::default()
            },
        ] {
            assert!(page(vec![1], &bad).is_err());
        }
    }
}

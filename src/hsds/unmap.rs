//! HSDS 3.0 organization documents back to Faro's model: the reverse of `map`.
//!
//! A document Faro wrote carries its whole record in attributes under the Faro taxonomy,
//! so it maps back without loss, each fact with the verification Faro gave it. Other
//! systems' documents, which lack them, are read by `foreign` instead (`import` tells
//! them apart); here a missing Faro attribute is a broken Faro document, refused with
//! the field that is missing.

use serde::de::DeserializeOwned;

use super::map::{FactCheck, FieldText};
use super::taxonomy as tx;
use super::types::{Attribute, Organization, Service};
use crate::model::{self, AgeRange, Fact, LocalizedText};

/// Why a document could not be read: the field (a JSON path) and the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unusable {
    pub field: String,
    pub reason: String,
}

type Result<T> = std::result::Result<T, Unusable>;

fn unusable(field: &str, reason: impl Into<String>) -> Unusable {
    Unusable {
        field: field.into(),
        reason: reason.into(),
    }
}

/// The values of one Faro term among a record's attributes, in their order.
fn values<'a>(attrs: &'a [Attribute], code: &str) -> impl Iterator<Item = &'a str> {
    let term = tx::term_id(code);
    attrs
        .iter()
        .filter(move |a| a.taxonomy_term_id == term)
        .filter_map(|a| a.value.as_deref())
}

fn one<'a>(attrs: &'a [Attribute], code: &str, at: &str) -> Result<&'a str> {
    values(attrs, code).next().ok_or_else(|| {
        unusable(
            &format!("{at}.attributes"),
            format!("no Faro {code} attribute"),
        )
    })
}

/// A JSON value of a Faro term, or a plain word read as a JSON string.
fn parse<T: DeserializeOwned>(value: &str, code: &str, at: &str) -> Result<T> {
    serde_json::from_str(value)
        .or_else(|_| serde_json::from_value(serde_json::Value::String(value.into())))
        .map_err(|e| unusable(&format!("{at}.attributes"), format!("{code}: {e}")))
}

fn all<T: DeserializeOwned>(attrs: &[Attribute], code: &str, at: &str) -> Result<Vec<T>> {
    values(attrs, code).map(|v| parse(v, code, at)).collect()
}

/// The field's text in every locale, or its English from the HSDS field.
fn text(
    attrs: &[Attribute],
    field: &str,
    english: Option<&str>,
    at: &str,
) -> Result<LocalizedText> {
    for t in all::<FieldText>(attrs, tx::TEXT, at)? {
        if t.field == field {
            return Ok(t.text);
        }
    }
    Ok(english.map(LocalizedText::en).unwrap_or_default())
}

pub fn organization(doc: &Organization) -> Result<model::Organization> {
    let (attrs, at) = (&doc.attributes, "organization");
    let services = doc
        .services
        .iter()
        .enumerate()
        .map(|(i, s)| service(s, &format!("services[{i}]")))
        .collect::<Result<_>>()?;
    Ok(model::Organization {
        slug: one(attrs, tx::SLUG, at)?.into(),
        id: Some(doc.id),
        kind: parse(
            one(attrs, tx::ORGANIZATION_KIND, at)?,
            tx::ORGANIZATION_KIND,
            at,
        )?,
        owner: parse(one(attrs, tx::OWNER, at)?, tx::OWNER, at)?,
        name: text(attrs, "name", Some(&doc.name), at)?,
        description: text(attrs, "description", Some(&doc.description), at)?,
        website: doc.website.clone(),
        agency_domains: values(attrs, tx::AGENCY_DOMAIN)
            .map(str::to_string)
            .collect(),
        sources: all(attrs, tx::SOURCE, at)?,
        services,
        withdrawn: false,
    })
}

fn service(s: &Service, at: &str) -> Result<model::Service> {
    let attrs = &s.attributes;
    let cost_check = all::<FactCheck>(attrs, tx::VERIFICATION, at)?
        .into_iter()
        .find(|c| c.fact == "cost")
        .ok_or_else(|| unusable(&format!("{at}.attributes"), "no verification of cost"))?;
    let needs = attrs
        .iter()
        .filter_map(|a| {
            a.value
                .as_ref()
                .filter(|v| tx::need_term_id(v) == a.taxonomy_term_id)
        })
        .cloned()
        .collect();
    let ages = (s.minimum_age.is_some() || s.maximum_age.is_some()).then_some(AgeRange {
        min: s.minimum_age,
        max: s.maximum_age,
    });
    let locations = s
        .service_at_locations
        .iter()
        .enumerate()
        .map(|(i, sal)| {
            let at = format!("{at}.service_at_locations[{i}].location");
            let location = sal
                .location
                .as_ref()
                .ok_or_else(|| unusable(&at, "no location"))?;
            parse(
                one(&location.attributes, tx::LOCATION, &at)?,
                tx::LOCATION,
                &at,
            )
        })
        .collect::<Result<_>>()?;
    Ok(model::Service {
        slug: one(attrs, tx::SLUG, at)?.into(),
        id: Some(s.id),
        name: text(attrs, "name", Some(&s.name), at)?,
        description: text(attrs, "description", s.description.as_deref(), at)?,
        needs,
        audiences: all(attrs, tx::AUDIENCE, at)?,
        operator_kind: parse(one(attrs, tx::OPERATOR_KIND, at)?, tx::OPERATOR_KIND, at)?,
        ages,
        cost: Fact {
            value: parse(one(attrs, tx::COST, at)?, tx::COST, at)?,
            status: cost_check.status,
            sources: cost_check.sources,
            live_check: cost_check.live_check,
        },
        area: parse(one(attrs, tx::SERVICE_AREA, at)?, tx::SERVICE_AREA, at)?,
        state_line: all(attrs, tx::STATE_LINE, at)?.into_iter().next(),
        channels: all(attrs, tx::CHANNEL, at)?,
        locations,
        hold: None,
    })
}

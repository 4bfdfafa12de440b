//! The two taxonomies Faro publishes with every export and at `/hsds/taxonomies`:
//! Faro's needs, and the Faro terms under which attributes carry what HSDS has no field
//! for. Their ids are fixed (UUID v5 of `hsds:taxonomy/...`; slugs never hold a colon,
//! so they cannot meet a record's id), so an attribute means the same in every export.

use uuid::Uuid;

use super::types::{Taxonomy, TaxonomyTerm};
use crate::data::Need;
use crate::model::ids::NAMESPACE;

pub const FARO: &str = "faro";
pub const NEEDS: &str = "faro-needs";
const VERSION: &str = "1";

/// One Faro term: its code, name, and what its attribute's value holds.
pub struct Term {
    pub code: &'static str,
    pub name: &'static str,
    pub description: &'static str,
}

pub const SLUG: &str = "slug";
pub const ORGANIZATION_KIND: &str = "organization_kind";
pub const OWNER: &str = "owner";
pub const AGENCY_DOMAIN: &str = "agency_domain";
pub const SOURCE: &str = "source";
pub const TEXT: &str = "text";
pub const AUDIENCE: &str = "audience";
pub const OPERATOR_KIND: &str = "operator_kind";
pub const COST: &str = "cost";
pub const SERVICE_AREA: &str = "service_area";
pub const STATE_LINE: &str = "state_line";
pub const VERIFICATION: &str = "verification";
pub const CHANNEL: &str = "channel";
pub const LOCATION: &str = "location";
pub const TIME_ZONE: &str = "time_zone";

pub const TERMS: [Term; 15] = [
    Term {
        code: SLUG,
        name: "Faro slug",
        description: "Faro's short name of the record (organization, service, way to reach it, \
                      location). Records from Faro's own data derive their ids from slugs.",
    },
    Term {
        code: ORGANIZATION_KIND,
        name: "Kind of organization",
        description: "ngo or government.",
    },
    Term {
        code: OWNER,
        name: "Who keeps the listing true",
        description: "faro (Faro's moderators) or org (the organization's own editors).",
    },
    Term {
        code: AGENCY_DOMAIN,
        name: "Agency domain",
        description: "A domain of the organization's own pages: only these can confirm a fact.",
    },
    Term {
        code: SOURCE,
        name: "Source",
        description: "JSON {id, url, date (YYYY-MM-DD or undated), title?}: a page the \
                      organization's facts cite by id.",
    },
    Term {
        code: TEXT,
        name: "Text in every locale",
        description: "JSON {field, text}: the field's text in each locale, each marked original, \
                      reviewed (with reviewer and date) or draft. The HSDS field holds English.",
    },
    Term {
        code: AUDIENCE,
        name: "Audience",
        description: "Who the service is for: child, sponsor, community or professional.",
    },
    Term {
        code: OPERATOR_KIND,
        name: "Operator kind",
        description: "emergency, law_enforcement, immigration_enforcement, child_protection, \
                      government or ngo.",
    },
    Term {
        code: COST,
        name: "Cost",
        description: "free, fee or unknown; its verification is a verification attribute.",
    },
    Term {
        code: SERVICE_AREA,
        name: "Service area",
        description: "JSON: national, states (codes), counties (5-digit FIPS), a radius in km \
                      around one of its locations, or a GeoJSON polygon.",
    },
    Term {
        code: STATE_LINE,
        name: "State reporting line",
        description: "JSON {state, statewide}: a state's child-abuse reporting service, and \
                      whether the state has one statewide line (a fact with its verification).",
    },
    Term {
        code: VERIFICATION,
        name: "Verification of a fact",
        description: "JSON {fact, status, sources, live_check?}: status confirmed (the \
                      responsible agency's own page), secondary (third-party pages only), \
                      conflicting or unknown; sources are ids of source attributes.",
    },
    Term {
        code: CHANNEL,
        name: "Way to reach the service",
        description: "JSON: one way to reach the service (voice, sms, chat, web_form, email, \
                      walk_in, tty, whatsapp) with its contact, reach, staff languages, \
                      interpretation note, hours in an IANA zone or the caller's local time, \
                      what happens when you contact it, and who it may tell about a child \
                      under 18 (police, child protection, immigration) — each fact verified.",
    },
    Term {
        code: LOCATION,
        name: "Faro location",
        description: "JSON: the location as Faro keeps it, with its address's verification. \
                      A confidential address keeps only its city and state.",
    },
    Term {
        code: TIME_ZONE,
        name: "Time zone",
        description: "The IANA time zone of a schedule, or caller_local for hours kept in each \
                      caller's own time zone.",
    },
];

fn id(path: &str) -> Uuid {
    Uuid::new_v5(&NAMESPACE, format!("hsds:taxonomy/{path}").as_bytes())
}

pub fn taxonomy_id(taxonomy: &str) -> Uuid {
    id(taxonomy)
}

/// The id of a term of the Faro taxonomy.
pub fn term_id(code: &str) -> Uuid {
    id(&format!("{FARO}/{code}"))
}

pub fn need_term_id(need: &str) -> Uuid {
    id(&format!("{NEEDS}/{need}"))
}

/// A location-independent URI that every export and every Faro server names the same way.
fn urn(id: Uuid) -> String {
    format!("urn:uuid:{id}")
}

pub fn taxonomies() -> Vec<Taxonomy> {
    vec![
        Taxonomy {
            id: taxonomy_id(FARO),
            name: "Faro".into(),
            description: "Faro's facts that HSDS 3.0 has no field for, carried as attributes so \
                          that an export imports back without loss."
                .into(),
            uri: urn(taxonomy_id(FARO)),
            version: VERSION.into(),
        },
        Taxonomy {
            id: taxonomy_id(NEEDS),
            name: "Faro needs".into(),
            description: "What a person can search Faro for: the needs of data/taxonomy.toml."
                .into(),
            uri: urn(taxonomy_id(NEEDS)),
            version: VERSION.into(),
        },
    ]
}

/// Every term of both taxonomies: Faro's terms first, then the needs in their file order.
pub fn terms(needs: &[Need]) -> Vec<TaxonomyTerm> {
    let faro = TERMS.iter().map(|t| TaxonomyTerm {
        id: term_id(t.code),
        code: t.code.into(),
        name: t.name.into(),
        description: t.description.into(),
        taxonomy: FARO.into(),
        taxonomy_id: taxonomy_id(FARO),
        language: "en".into(),
        term_uri: urn(term_id(t.code)),
    });
    let needs = needs.iter().map(|n| TaxonomyTerm {
        id: need_term_id(&n.id),
        code: n.id.clone(),
        name: n.name.text("en").into(),
        description: n.description.text("en").into(),
        taxonomy: NEEDS.into(),
        taxonomy_id: taxonomy_id(NEEDS),
        language: "en".into(),
        term_uri: urn(need_term_id(&n.id)),
    });
    faro.chain(needs).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn taxonomy_and_term_ids_are_distinct() {
        let mut ids: Vec<Uuid> = TERMS.iter().map(|t| term_id(t.code)).collect();
        ids.push(need_term_id("legal"));
        ids.push(taxonomy_id(FARO));
        ids.push(taxonomy_id(NEEDS));
        let count = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), count);
    }
}

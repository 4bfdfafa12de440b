//! Another system's HSDS 3.0 JSON documents, as the spec's examples and API give them:
//! organizations with their services, services with their organization, services at
//! locations, and paginated lists of any of these. They are merged by id into one
//! organization object each, for `super::organization`.

use serde_json::{Map, Value};

use super::{Report, field};

/// What one document holds.
enum Kind {
    Organization,
    Service,
    ServiceAtLocation,
    List,
    Other,
}

fn kind(doc: &Value) -> Kind {
    let has = |k: &str| doc.get(k).is_some();
    if has("contents") {
        Kind::List
    } else if has("service") && has("location") {
        Kind::ServiceAtLocation
    } else if has("status") && has("name") {
        Kind::Service
    } else if has("id") && has("name") && !has("location_type") && !has("version") && !has("code") {
        Kind::Organization
    } else {
        Kind::Other
    }
}

/// Organization objects by id, in the order first met.
#[derive(Default)]
pub struct Merged {
    orgs: Vec<(String, Value)>,
}

impl Merged {
    fn org(&mut self, org: &Value, file: &str) -> &mut Value {
        let id = field(org, "id").unwrap_or_default();
        let at = match self
            .orgs
            .iter()
            .position(|(_, o)| field(o, "id").as_deref() == Some(&id))
        {
            Some(at) => at,
            None => {
                let mut org = org.clone();
                let services = org
                    .get("services")
                    .cloned()
                    .unwrap_or(Value::Array(Vec::new()));
                if let Some(o) = org.as_object_mut() {
                    o.insert("services".into(), Value::Array(Vec::new()));
                }
                self.orgs.push((file.to_string(), org));
                let at = self.orgs.len() - 1;
                for s in services.as_array().into_iter().flatten() {
                    add_service(&mut self.orgs[at].1, s);
                }
                return &mut self.orgs[at].1;
            }
        };
        let services = org
            .get("services")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        for s in &services {
            add_service(&mut self.orgs[at].1, s);
        }
        &mut self.orgs[at].1
    }

    /// A service with its organization: standalone service documents and lists carry it.
    fn service(&mut self, service: &Value, file: &str, at: &str, report: &mut Report) {
        match service.get("organization").filter(|o| o.is_object()) {
            Some(org) => {
                let org = self.org(org, file);
                add_service(org, service);
            }
            None => report.skip(
                file,
                &format!("{at}.organization"),
                "missing: a service needs its organization",
            ),
        }
    }

    pub fn into_organizations(self) -> Vec<(String, Value)> {
        self.orgs
    }
}

/// Adds a service to its organization object, or adds its places to the one already there.
fn add_service(org: &mut Value, service: &Value) {
    let Some(list) = org.get_mut("services").and_then(Value::as_array_mut) else {
        return;
    };
    let id = field(service, "id");
    let Some(same) = list.iter_mut().find(|s| field(s, "id") == id) else {
        let mut service = service.clone();
        if let Some(s) = service.as_object_mut() {
            s.remove("organization");
        }
        list.push(service);
        return;
    };
    let new: Vec<Value> = service
        .get("service_at_locations")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let Some(places) = same
        .as_object_mut()
        .map(|s| {
            s.entry("service_at_locations")
                .or_insert(Value::Array(Vec::new()))
        })
        .and_then(Value::as_array_mut)
    else {
        return;
    };
    for sal in new {
        let location = |v: &Value| v.get("location").and_then(|l| field(l, "id"));
        if !places.iter().any(|p| location(p) == location(&sal)) {
            places.push(sal);
        }
    }
}

/// Reads one document into `merged`; what it cannot use goes in `report`.
pub fn document(doc: &Value, file: &str, at: &str, merged: &mut Merged, report: &mut Report) {
    match kind(doc) {
        Kind::List => {
            for (i, item) in doc["contents"].as_array().into_iter().flatten().enumerate() {
                document(item, file, &format!("{at}contents[{i}]"), merged, report);
            }
        }
        Kind::Organization => {
            merged.org(doc, file);
        }
        Kind::Service => merged.service(doc, file, at, report),
        Kind::ServiceAtLocation => {
            let mut service = doc["service"].clone();
            let mut sal = Map::new();
            sal.insert("location".into(), doc["location"].clone());
            if let Some(s) = service.as_object_mut() {
                s.insert(
                    "service_at_locations".into(),
                    Value::Array(vec![Value::Object(sal)]),
                );
            }
            merged.service(&service, file, at, report);
        }
        Kind::Other => report.dropped.push(super::skipped(
            file,
            if at.is_empty() { "document" } else { at },
            "not an organization, a service or a service at a location: not read",
        )),
    }
}

//! An editor's form for one service: what it is (descriptions in English and Spanish),
//! needs, who it is for, ages, cost, the area it serves and its places. Like every change
//! it becomes a proposed revision; facts that change (cost, addresses) cite a source.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use super::auth;
use super::edit::editor;
use super::pages::{field, fields, message, page, refused_cross_site};
use super::{FieldError, PortalCtx};
use crate::AppState;
use crate::model::{
    Address, AgeRange, Audience, Cost, Fact, LocalizedEntry, LocalizedText, Location, Organization,
    ServiceArea, Status, TextStatus, Translation,
};

pub struct Check {
    pub value: String,
    pub label: String,
    pub checked: bool,
}

pub struct PlaceFields {
    pub slug: String,
    pub street: String,
    pub city: String,
    pub state: String,
    pub zip: String,
    pub confidential: bool,
}

#[derive(Template)]
#[template(path = "portal/service.html")]
struct ServiceForm {
    pc: PortalCtx,
    title: String,
    action: String,
    description_en: String,
    description_es: String,
    needs: Vec<Check>,
    audiences: Vec<Check>,
    age_min: String,
    age_max: String,
    cost: String,
    area_kind: String,
    area_states: String,
    area_counties: String,
    radius_km: String,
    radius_place: String,
    /// The area is a drawn shape: shown, kept, changed by a moderator.
    area_fixed: bool,
    places: Vec<PlaceFields>,
    source: String,
    note: String,
    errors: Vec<FieldError>,
}

impl ServiceForm {
    fn error(&self, field: &str) -> String {
        super::error_for(&self.errors, field)
    }
}

fn form_page(
    state: &AppState,
    pc: PortalCtx,
    org: &Organization,
    position: usize,
    errors: Vec<FieldError>,
    form: Option<&[(String, String)]>,
) -> ServiceForm {
    let service = &org.services[position];
    let value = |name: &str, default: String| form.map_or(default, |f| field(f, name).to_string());
    let ticked = |name: &str, value: &str, default: bool| {
        form.map_or(default, |f| f.iter().any(|(k, v)| k == name && v == value))
    };
    let (mut area_states, mut area_counties, mut radius_km, mut radius_place) =
        (String::new(), String::new(), String::new(), String::new());
    let (area_kind, area_fixed) = match &service.area {
        ServiceArea::National => ("national", false),
        ServiceArea::States { states } => {
            area_states = states.join(", ");
            ("states", false)
        }
        ServiceArea::Counties { counties } => {
            area_counties = counties.join(", ");
            ("counties", false)
        }
        ServiceArea::Radius { location, km } => {
            radius_km = format!("{km}");
            radius_place = location.clone();
            ("radius", false)
        }
        ServiceArea::Polygon { .. } => ("polygon", true),
        // No choice is ticked: saving asks the editor to say where it serves.
        ServiceArea::Unknown => ("unknown", false),
    };
    ServiceForm {
        title: crate::i18n::message(
            pc.locale,
            "portal-service-title",
            &[("service", service.name.text(pc.locale).to_string())],
        ),
        action: format!("/portal/org/{}", service.slug),
        description_en: value(
            "description_en",
            service.description.get("en").unwrap_or("").into(),
        ),
        description_es: value(
            "description_es",
            service.description.get("es").unwrap_or("").into(),
        ),
        needs: state
            .taxonomy
            .needs
            .iter()
            .map(|n| Check {
                value: n.id.clone(),
                label: n.name.text(pc.locale).to_string(),
                checked: ticked("needs", &n.id, service.needs.contains(&n.id)),
            })
            .collect(),
        audiences: Audience::ALL
            .iter()
            .map(|a| Check {
                value: a.as_str().to_string(),
                label: crate::i18n::message(pc.locale, &format!("audience-{}", a.as_str()), &[]),
                checked: ticked("audiences", a.as_str(), service.audiences.contains(a)),
            })
            .collect(),
        age_min: value(
            "age_min",
            service
                .ages
                .and_then(|a| a.min)
                .map(|n| n.to_string())
                .unwrap_or_default(),
        ),
        age_max: value(
            "age_max",
            service
                .ages
                .and_then(|a| a.max)
                .map(|n| n.to_string())
                .unwrap_or_default(),
        ),
        cost: value("cost", service.cost.value.as_str().to_string()),
        area_kind: value("area", area_kind.to_string()),
        area_states: value("states", area_states),
        area_counties: value("counties", area_counties),
        radius_km: value("radius_km", radius_km),
        radius_place: value("radius_place", radius_place),
        area_fixed,
        places: service
            .locations
            .iter()
            .map(|l| {
                let a = &l.address.value;
                let f = |k: &str, d: &str| value(&format!("{}.{k}", l.slug), d.to_string());
                PlaceFields {
                    slug: l.slug.clone(),
                    street: f("street", a.street.as_deref().unwrap_or("")),
                    city: f("city", &a.city),
                    state: f("state", &a.state),
                    zip: f("zip", &a.zip),
                    confidential: form.map_or(l.confidential_address, |fm| {
                        fm.iter()
                            .any(|(k, _)| *k == format!("{}.confidential", l.slug))
                    }),
                }
            })
            .collect(),
        source: value("source", String::new()),
        note: value("note", String::new()),
        errors,
        pc,
    }
}

pub async fn service_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> HttpResponse {
    let (viewer, current) = match editor(&req, &state).await {
        Ok(found) => found,
        Err(r) => return r,
    };
    let Some(position) = current
        .document
        .services
        .iter()
        .position(|s| s.slug == *slug)
    else {
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
        &form_page(&state, pc, &current.document, position, Vec::new(), None),
    )
}

fn set_text(text: &mut LocalizedText, locale: &str, value: &str, original: bool) {
    let value = value.trim();
    if value.is_empty() {
        text.remove(locale);
    } else if original {
        text.insert(locale, LocalizedEntry::Original(value.into()));
    } else if text.get(locale) != Some(value) {
        // An organization's own translation is a draft until a fluent reviewer reviews it.
        text.insert(
            locale,
            LocalizedEntry::Translated(Translation {
                text: value.into(),
                status: TextStatus::Draft,
                reviewer: None,
                reviewed_on: None,
            }),
        );
    }
}

fn age(input: &str) -> Result<Option<u8>, ()> {
    match input.trim() {
        "" => Ok(None),
        n => n
            .parse::<u8>()
            .ok()
            .filter(|a| *a <= 30)
            .map(Some)
            .ok_or(()),
    }
}

pub async fn propose_service(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
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
    let Some(position) = current
        .document
        .services
        .iter()
        .position(|s| s.slug == *slug)
    else {
        return message(
            &req,
            StatusCode::NOT_FOUND,
            "portal-org-title",
            "portal-not-found",
        );
    };
    let pc = PortalCtx::new(&req, viewer.session.csrf_token.clone());
    let mut doc = current.document.clone();
    let before = doc.services[position].clone();
    let mut errors = Vec::new();
    let service = &mut doc.services[position];

    if field(&form, "description_en").trim().is_empty() {
        errors.push(FieldError::new(
            "description_en",
            pc.t("portal-error-description"),
        ));
    }
    set_text(
        &mut service.description,
        "en",
        field(&form, "description_en"),
        true,
    );
    set_text(
        &mut service.description,
        "es",
        field(&form, "description_es"),
        false,
    );

    let picked = |name: &str| -> Vec<String> {
        form.iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    };
    let needs: Vec<String> = picked("needs");
    if needs.is_empty() || needs.iter().any(|n| !state.taxonomy.contains(n)) {
        errors.push(FieldError::new("needs", pc.t("portal-error-needs")));
    }
    service.needs = needs;
    let audiences: Vec<Audience> = Audience::ALL
        .into_iter()
        .filter(|a| picked("audiences").iter().any(|v| v == a.as_str()))
        .collect();
    if audiences.is_empty() {
        errors.push(FieldError::new("audiences", pc.t("portal-error-audiences")));
    }
    service.audiences = audiences;
    match (age(field(&form, "age_min")), age(field(&form, "age_max"))) {
        (Ok(min), Ok(max)) if min.zip(max).is_none_or(|(a, b)| a <= b) => {
            service.ages = (min.is_some() || max.is_some()).then_some(AgeRange { min, max });
        }
        _ => errors.push(FieldError::new("age_min", pc.t("portal-error-ages"))),
    }
    let cost = match field(&form, "cost") {
        "free" => Some(Cost::Free),
        "fee" => Some(Cost::Fee),
        "unknown" => Some(Cost::Unknown),
        _ => None,
    };
    match cost {
        Some(c) => service.cost.value = c,
        None => errors.push(FieldError::new("cost", pc.t("portal-error-cost"))),
    }
    let list = |name: &str, upper: bool| -> Vec<String> {
        field(&form, name)
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|s| !s.is_empty())
            .map(|s| {
                if upper {
                    s.to_uppercase()
                } else {
                    s.to_string()
                }
            })
            .collect()
    };
    match (field(&form, "area"), &service.area) {
        (_, ServiceArea::Polygon { .. }) => {}
        ("national", _) => service.area = ServiceArea::National,
        ("states", _) => {
            let states = list("states", true);
            if states.is_empty() || states.iter().any(|s| state.places.state(s).is_none()) {
                errors.push(FieldError::new("states", pc.t("portal-error-states")));
            }
            service.area = ServiceArea::States { states };
        }
        ("counties", _) => {
            let counties = list("counties", false);
            if counties.is_empty() || counties.iter().any(|c| state.places.county(c).is_none()) {
                errors.push(FieldError::new("counties", pc.t("portal-error-counties")));
            }
            service.area = ServiceArea::Counties { counties };
        }
        ("radius", _) => {
            let km = field(&form, "radius_km").trim().parse::<f64>().ok();
            let place = field(&form, "radius_place").trim().to_string();
            let known = service.locations.iter().any(|l| l.slug == place);
            match km.filter(|k| (1.0..=500.0).contains(k)) {
                Some(km) if known => {
                    service.area = ServiceArea::Radius {
                        location: place,
                        km,
                    }
                }
                _ => errors.push(FieldError::new("radius_km", pc.t("portal-error-radius"))),
            }
        }
        _ => errors.push(FieldError::new("area", pc.t("portal-error-area"))),
    }
    for location in &mut service.locations {
        // A form without a place's fields (a client changing something else) keeps it.
        if !form
            .iter()
            .any(|(k, _)| *k == format!("{}.city", location.slug))
        {
            continue;
        }
        let f = |k: &str| {
            field(&form, &format!("{}.{k}", location.slug))
                .trim()
                .to_string()
        };
        let (street, city, st, zip) = (f("street"), f("city"), f("state").to_uppercase(), f("zip"));
        let zip_ok = zip.len() == 5 && state.places.zip(&zip).is_some();
        if city.is_empty() || state.places.state(&st).is_none() || !zip_ok {
            errors.push(FieldError::new(
                &format!("{}-city", location.slug),
                pc.t1("portal-error-place", "place", &location.slug),
            ));
        }
        let address = &mut location.address.value;
        address.street = (!street.is_empty()).then_some(street);
        address.city = city;
        address.state = st;
        address.zip = zip;
        location.confidential_address = form
            .iter()
            .any(|(k, _)| *k == format!("{}.confidential", location.slug));
    }

    // A place can be taken off (history keeps it) or added.
    service
        .locations
        .retain(|l| !form.iter().any(|(k, _)| *k == format!("{}.remove", l.slug)));
    if let ServiceArea::Radius { location, .. } = &service.area
        && !service.locations.iter().any(|l| l.slug == *location)
    {
        errors.push(FieldError::new("radius_km", pc.t("portal-error-radius")));
    }
    let new_city = field(&form, "new.city").trim().to_string();
    if !new_city.is_empty() {
        let (st, zip) = (
            field(&form, "new.state").trim().to_uppercase(),
            field(&form, "new.zip").trim().to_string(),
        );
        let zip_ok = zip.len() == 5 && state.places.zip(&zip).is_some();
        if state.places.state(&st).is_none() || !zip_ok {
            errors.push(FieldError::new(
                "new-city",
                pc.t1("portal-error-place", "place", &new_city),
            ));
        }
        let street = field(&form, "new.street").trim().to_string();
        let slug = (1..)
            .map(|n| format!("place-{n}"))
            .find(|s| !service.locations.iter().any(|l| l.slug == *s))
            .expect("a free slug");
        service.locations.push(Location {
            slug,
            id: None,
            name: LocalizedText::en(new_city.clone()),
            confidential_address: form.iter().any(|(k, _)| k == "new.confidential"),
            address: Fact::unknown(Address {
                street: (!street.is_empty()).then_some(street),
                city: new_city,
                state: st,
                zip,
            }),
            point: None,
        });
    }

    // Facts that change cite the page where the new value is written.
    let cost_changed =
        service.cost.value != before.cost.value && service.cost.value != Cost::Unknown;
    let places_changed = service.locations.len() > before.locations.len()
        || service
            .locations
            .iter()
            .zip(&before.locations)
            .any(|(a, b)| a.address.value != b.address.value);
    let source = field(&form, "source").trim().to_string();
    let source_ok = url::Url::parse(&source)
        .ok()
        .is_some_and(|u| u.scheme() == "https" && u.host_str().is_some());
    if (cost_changed || places_changed) && !source_ok {
        errors.push(FieldError::new(
            "source",
            pc.t("portal-error-source-needed"),
        ));
    }
    if errors.is_empty() && *service == before {
        errors.push(FieldError::new("", pc.t("portal-error-nothing")));
    }
    if !errors.is_empty() {
        return page(
            StatusCode::UNPROCESSABLE_ENTITY,
            &form_page(&state, pc, &current.document, position, errors, Some(&form)),
        );
    }
    let (status, source_id) = if source_ok {
        super::revisions::cite(&mut doc, &source, &viewer.session.user.email)
    } else {
        (Status::Secondary, None)
    };
    let service = &mut doc.services[position];
    let cited = |value| Fact {
        value,
        status,
        sources: source_id.iter().cloned().collect(),
        live_check: None,
    };
    if service.cost.value != before.cost.value {
        service.cost = if service.cost.value == Cost::Unknown {
            Fact::unknown(Cost::Unknown)
        } else {
            cited(service.cost.value)
        };
    }
    for location in service.locations.iter_mut() {
        let old = before.locations.iter().find(|b| b.slug == location.slug);
        if old.is_none_or(|o| location.address.value != o.address.value) {
            let value = location.address.value.clone();
            location.address = Fact {
                value,
                status,
                sources: source_id.iter().cloned().collect(),
                live_check: None,
            };
            // A moved place's old point no longer holds; the ZIP's centroid stands in.
            location.point = None;
        }
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

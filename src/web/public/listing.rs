//! `/{loc}/services/{id}` and `/{loc}/organizations/{id}`: everything a person needs
//! before calling, each fact with how sure we are of it.

use actix_web::{HttpResponse, web};
use askama::Template;
use uuid::Uuid;

use super::ctx::Ctx;
use super::format::{
    Text, VerificationLine, anonymous_text, contact_href, contact_text, hours_text, kind_label,
    languages_text, open_for, telling_text, text, verification,
};
use super::results::language_name;
use super::{Loc, error_page, ok, page_ctx};
use crate::AppState;
use crate::error::{AppError, ErrorCode};
use crate::model::{Audience, Knowable, Organization, Service, ServiceArea};

pub struct Tell {
    pub text: String,
    pub original: Option<String>,
}

pub struct ChannelDetail {
    pub kind: String,
    pub href: Option<String>,
    pub contact: String,
    pub contact_v: VerificationLine,
    pub label: Option<String>,
    pub keyword: Option<String>,
    pub hours: String,
    pub hours_v: VerificationLine,
    pub open: super::format::OpenState,
    pub languages: String,
    pub languages_v: VerificationLine,
    pub interpretation: Option<String>,
    pub what_happens: Option<Text>,
    pub what_happens_v: VerificationLine,
    pub tells: Vec<Tell>,
    pub tells_v: VerificationLine,
    pub note: Option<String>,
}

pub struct LocationLine {
    pub name: String,
    /// None for a confidential place: only its city is said.
    pub address: Option<String>,
    pub city: String,
    pub verification: VerificationLine,
}

#[derive(Template)]
#[template(path = "service.html")]
pub struct ServicePage {
    pub ctx: Ctx,
    pub service_id: uuid::Uuid,
    /// A moderator is checking the service: only the notice and the lines for help now.
    pub on_hold: bool,
    pub lines: Vec<super::results::ResultItem>,
    /// Some of its ways to reach are being checked and are not shown.
    pub channels_on_hold: bool,
    pub name: Text,
    pub organization: String,
    pub organization_href: String,
    pub description: Text,
    pub audiences: String,
    pub ages: Option<String>,
    pub cost: String,
    pub cost_v: VerificationLine,
    pub area: String,
    pub no_statewide_line: bool,
    pub enforcement: bool,
    pub channels: Vec<ChannelDetail>,
    pub locations: Vec<LocationLine>,
}

#[derive(Template)]
#[template(path = "organization.html")]
pub struct OrganizationPage {
    pub ctx: Ctx,
    pub name: String,
    pub description: Option<String>,
    pub website: Option<String>,
    pub services: Vec<(String, String)>,
    pub sources: Vec<(String, String, String)>,
}

async fn current(state: &AppState, org_id: Uuid) -> Result<Organization, AppError> {
    let rev = state
        .store
        .current(org_id)
        .await?
        .ok_or(AppError::new(ErrorCode::NotFound))?;
    if rev.document.withdrawn {
        return Err(AppError::new(ErrorCode::NotFound));
    }
    Ok(rev.document)
}

pub async fn service(
    state: web::Data<AppState>,
    loc: Loc,
    path: web::Path<(String, String)>,
) -> HttpResponse {
    let id = path.into_inner().1;
    let result = async {
        let (org, position) = crate::web::find_service(&state, &id).await?;
        let ctx = page_ctx(&state, loc.0, &format!("/services/{id}"));
        let mut page = service_page(ctx, &state, &org, &org.services[position]);
        if page.on_hold {
            page.lines = super::first_lines(&state, &page.ctx, chrono::Utc::now(), None);
        }
        Ok(ok(&page))
    };
    result
        .await
        .unwrap_or_else(|e: AppError| error_page(&state, loc.0, &e))
}

fn service_page(ctx: Ctx, state: &AppState, org: &Organization, service: &Service) -> ServicePage {
    let now = chrono::Utc::now();
    let audiences = Audience::ALL
        .iter()
        .filter(|a| service.audiences.contains(a))
        .map(|a| ctx.t(&format!("audience-{}", a.as_str())))
        .collect::<Vec<_>>()
        .join(", ");
    let area = match &service.area {
        ServiceArea::National => ctx.t("area-national"),
        ServiceArea::States { states } => {
            let names: Vec<String> = states
                .iter()
                .map(|code| {
                    state
                        .places
                        .state(code)
                        .map_or_else(|| code.clone(), |s| s.name.clone())
                })
                .collect();
            ctx.t1("area-states", "states", &names.join(", "))
        }
        ServiceArea::Counties { counties } => {
            let names: Vec<String> = counties
                .iter()
                .filter_map(|f| {
                    state
                        .places
                        .county(f)
                        .map(|c| format!("{}, {}", c.name, c.state))
                })
                .collect();
            ctx.t1("area-counties", "counties", &names.join("; "))
        }
        ServiceArea::Radius { km, .. } => ctx.t1("area-radius", "km", &format!("{km:.0}")),
        ServiceArea::Polygon { .. } => ctx.t("area-polygon"),
        ServiceArea::Unknown => ctx.t("area-unknown"),
    };
    let channels = service
        .channels
        .iter()
        .filter(|c| c.kind != crate::model::ChannelKind::WalkIn && c.hold.is_none())
        .map(|c| {
            let conf = &c.confidentiality;
            let keyword = c.keywords.as_ref().and_then(|k| {
                k.value
                    .get(ctx.locale)
                    .or_else(|| k.value.get("en"))
                    .cloned()
            });
            let tells = [
                ("police", conf.tells_police.value),
                ("cps", conf.tells_cps.value),
                ("immigration", conf.tells_immigration.value),
            ]
            .into_iter()
            .map(|(who, telling)| {
                let text = telling_text(&ctx, who, telling);
                let original = ctx.draft.then(|| {
                    let en = super::page_ctx(state, crate::i18n::FALLBACK, "/");
                    telling_text(&en, who, telling)
                });
                Tell { text, original }
            })
            .chain(std::iter::once(Tell {
                text: anonymous_text(&ctx, conf.anonymous_ok.value),
                original: None,
            }))
            .collect();
            ChannelDetail {
                kind: kind_label(&ctx, c.kind),
                href: contact_href(c.kind, &c.contact.value, keyword.as_deref()),
                contact: contact_text(c.kind, &c.contact.value),
                contact_v: verification(&ctx, &org.verification(&c.contact)),
                label: (!c.label.is_empty()).then(|| text(&ctx, &c.label).text),
                keyword,
                hours: hours_text(&ctx, &c.hours.value),
                hours_v: verification(&ctx, &org.verification(&c.hours)),
                open: open_for(&ctx, &c.hours.value, now, None),
                languages: languages_text(&ctx, &c.languages.value, |code| {
                    language_name(&state.languages, code)
                }),
                languages_v: verification(&ctx, &org.verification(&c.languages)),
                interpretation: c
                    .interpretation
                    .as_ref()
                    .filter(|i| i.is_known())
                    .map(|i| text(&ctx, &i.value).text),
                what_happens: match &c.what_happens.value {
                    Knowable::Known(t) => Some(text(&ctx, t)),
                    Knowable::Unknown(_) => None,
                },
                what_happens_v: verification(&ctx, &org.verification(&c.what_happens)),
                tells,
                tells_v: verification(&ctx, &org.verification(&conf.tells_police)),
                note: conf
                    .note
                    .as_ref()
                    .filter(|n| n.is_known())
                    .map(|n| text(&ctx, &n.value).text),
            }
        })
        .collect();
    let locations = service
        .locations
        .iter()
        .map(|l| {
            let a = &l.address.value;
            LocationLine {
                name: text(&ctx, &l.name).text,
                address: (!l.confidential_address).then(|| {
                    format!(
                        "{}{}, {} {}",
                        a.street
                            .as_ref()
                            .map(|s| format!("{s}, "))
                            .unwrap_or_default(),
                        a.city,
                        a.state,
                        a.zip
                    )
                }),
                city: format!("{}, {}", a.city, a.state),
                verification: verification(&ctx, &org.verification(&l.address)),
            }
        })
        .collect();
    ServicePage {
        service_id: org.service_uuid(service),
        on_hold: service.hold.is_some(),
        lines: Vec::new(),
        channels_on_hold: service.channels.iter().any(|c| c.hold.is_some()),
        name: text(&ctx, &service.name),
        organization: text(&ctx, &org.name).text,
        organization_href: format!("/{}/organizations/{}", ctx.locale, org.uuid()),
        description: text(&ctx, &service.description),
        audiences,
        ages: service
            .ages
            .map(|a| match (a.min, a.max) {
                (Some(min), Some(max)) => format!("{min}–{max}"),
                (Some(min), None) => format!("{min}+"),
                (None, Some(max)) => format!("≤ {max}"),
                (None, None) => String::new(),
            })
            .filter(|s| !s.is_empty()),
        cost: match service.cost.value {
            crate::model::Cost::Unknown => ctx.t("we-could-not-confirm"),
            known => ctx.t(&format!("cost-{}", known.as_str())),
        },
        cost_v: verification(&ctx, &org.verification(&service.cost)),
        area,
        no_statewide_line: service
            .state_line
            .as_ref()
            .is_some_and(|l| !l.statewide.value),
        enforcement: service.operator_kind == crate::model::OperatorKind::ImmigrationEnforcement,
        channels,
        locations,
        ctx,
    }
}

pub async fn organization(
    state: web::Data<AppState>,
    loc: Loc,
    path: web::Path<(String, String)>,
) -> HttpResponse {
    let id = path.into_inner().1;
    let result = async {
        let id = Uuid::parse_str(&id).map_err(|_| AppError::new(ErrorCode::NotFound))?;
        let org = current(&state, id).await?;
        let ctx = page_ctx(&state, loc.0, &format!("/organizations/{id}"));
        let page = OrganizationPage {
            name: text(&ctx, &org.name).text,
            description: (!org.description.is_empty()).then(|| text(&ctx, &org.description).text),
            website: org.website.clone(),
            services: org
                .services
                .iter()
                .map(|s| {
                    (
                        format!("/{}/services/{}", ctx.locale, org.service_uuid(s)),
                        text(&ctx, &s.name).text,
                    )
                })
                .collect(),
            sources: org
                .sources
                .iter()
                .map(|s| {
                    (
                        s.url.clone(),
                        s.title.clone().unwrap_or_else(|| s.url.clone()),
                        s.date.clone(),
                    )
                })
                .collect(),
            ctx,
        };
        Ok(ok(&page))
    };
    result
        .await
        .unwrap_or_else(|e: AppError| error_page(&state, loc.0, &e))
}

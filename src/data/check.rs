use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::{DataSet, Problem};
use crate::hours::parse_days;
use crate::model::{
    CALLER_LOCAL, Channel, ChannelKind, Fact, Knowable, LiveCheck, OperatorKind, Organization,
    Reach, Schedule, ServiceArea, Status, Telling,
};
use crate::place::JURISDICTIONS;

/// Every problem in the data set; empty means it may be seeded.
pub fn check(set: &DataSet) -> Vec<Problem> {
    let mut out = Vec::new();
    check_tables(set, &mut out);
    let mut slugs: HashMap<&str, String> = HashMap::new();
    let mut uuids: HashMap<uuid::Uuid, String> = HashMap::new();
    let mut state_lines: HashSet<String> = HashSet::new();
    for (path, org) in &set.organizations {
        let file = path.display().to_string();
        if let Some(first) = slugs.insert(&org.slug, file.clone()) {
            push(
                &mut out,
                &file,
                "slug",
                format!("\"{}\" is also used by {first}", org.slug),
            );
        }
        let expected = format!("{}.toml", org.slug);
        if path
            .file_name()
            .is_some_and(|n| n.to_string_lossy() != expected)
        {
            push(
                &mut out,
                &file,
                "slug",
                format!("the file must be named {expected}"),
            );
        }
        let mut c = OrgChecker {
            set,
            org,
            file: &file,
            out: &mut out,
        };
        c.check();
        for (id, what) in ids_of(org) {
            if let Some(first) = uuids.insert(id, format!("{file} {what}")) {
                push(
                    &mut out,
                    &file,
                    &what,
                    format!("UUID {id} is also derived by {first}"),
                );
            }
        }
        for service in &org.services {
            if let Some(line) = &service.state_line {
                state_lines.insert(line.state.clone());
            }
        }
    }
    // A synthetic folder has no real lines for the rules to name.
    if let Some(rules) = set.routing.as_ref().filter(|_| !set.synthetic) {
        let orgs: Vec<&Organization> = set.organizations.iter().map(|(_, o)| o).collect();
        out.extend(rules.check(&set.root.join("routing.toml").display().to_string(), &orgs));
    }
    if !set.organizations.is_empty() && !set.synthetic {
        for state in JURISDICTIONS {
            if !state_lines.contains(*state) {
                push(
                    &mut out,
                    &set.root.join("directory").display().to_string(),
                    "state_line",
                    format!("no child-abuse reporting entry for {state}"),
                );
            }
        }
    }
    out
}

fn push(out: &mut Vec<Problem>, file: &str, field: &str, reason: String) {
    out.push(Problem {
        file: file.to_string(),
        field: field.to_string(),
        reason,
    });
}

fn ids_of(org: &Organization) -> Vec<(uuid::Uuid, String)> {
    let mut ids = vec![(org.uuid(), "id".to_string())];
    for (i, s) in org.services.iter().enumerate() {
        ids.push((org.service_uuid(s), format!("services[{i}].id")));
        for (j, c) in s.channels.iter().enumerate() {
            ids.push((
                org.channel_uuid(s, c),
                format!("services[{i}].channels[{j}].id"),
            ));
        }
        for (j, l) in s.locations.iter().enumerate() {
            ids.push((
                org.location_uuid(s, l),
                format!("services[{i}].locations[{j}].id"),
            ));
        }
    }
    ids
}

fn check_tables(set: &DataSet, out: &mut Vec<Problem>) {
    let taxonomy = set.root.join("taxonomy.toml").display().to_string();
    let mut seen = HashSet::new();
    for (i, need) in set.taxonomy.needs.iter().enumerate() {
        if !seen.insert(need.id.as_str()) {
            push(
                out,
                &taxonomy,
                &format!("needs[{i}].id"),
                format!("duplicate need \"{}\"", need.id),
            );
        }
        if !is_slug(&need.id) {
            push(
                out,
                &taxonomy,
                &format!("needs[{i}].id"),
                "must be lower-case letters, digits and '-'".into(),
            );
        }
        if need.name.get("en").is_none() {
            push(
                out,
                &taxonomy,
                &format!("needs[{i}].name"),
                "an English name is required".into(),
            );
        }
    }
    let languages = set.root.join("languages.toml").display().to_string();
    let mut codes = HashSet::new();
    for (i, lang) in set.languages.languages.iter().enumerate() {
        let field = format!("languages[{i}]");
        if !codes.insert(lang.code.as_str()) {
            push(
                out,
                &languages,
                &field,
                format!("duplicate code \"{}\"", lang.code),
            );
        }
        if lang.code.len() != 3 || !lang.code.chars().all(|c| c.is_ascii_lowercase()) {
            push(
                out,
                &languages,
                &format!("{field}.code"),
                format!("\"{}\" is not an ISO 639-3 code", lang.code),
            );
        }
        if !matches!(lang.direction.as_str(), "ltr" | "rtl") {
            push(
                out,
                &languages,
                &format!("{field}.direction"),
                "must be ltr or rtl".into(),
            );
        }
        for id in &lang.autonym_sources {
            if !set.languages.sources.iter().any(|s| &s.id == id) {
                push(
                    out,
                    &languages,
                    &format!("{field}.autonym_sources"),
                    format!("unknown source \"{id}\""),
                );
            }
        }
    }
}

struct OrgChecker<'a> {
    set: &'a DataSet,
    org: &'a Organization,
    file: &'a str,
    out: &'a mut Vec<Problem>,
}

impl OrgChecker<'_> {
    fn problem(&mut self, field: &str, reason: impl Into<String>) {
        push(self.out, self.file, field, reason.into());
    }

    fn check(&mut self) {
        let org = self.org;
        if !is_slug(&org.slug) {
            self.problem("slug", "must be lower-case letters, digits and '-'");
        }
        if org.name.get("en").is_none() {
            self.problem("name", "an English name is required");
        }
        let mut source_ids = HashSet::new();
        for (i, source) in org.sources.iter().enumerate() {
            let field = format!("sources[{i}]");
            if !source_ids.insert(source.id.as_str()) {
                self.problem(&field, format!("duplicate source id \"{}\"", source.id));
            }
            if host_of(&source.url).is_none() {
                self.problem(
                    &format!("{field}.url"),
                    format!("\"{}\" is not an http(s) URL", source.url),
                );
            }
            if source.date != "undated"
                && NaiveDate::parse_from_str(&source.date, "%Y-%m-%d").is_err()
            {
                self.problem(
                    &format!("{field}.date"),
                    format!("\"{}\" is neither YYYY-MM-DD nor \"undated\"", source.date),
                );
            }
        }
        let mut service_slugs = HashSet::new();
        for (i, service) in org.services.iter().enumerate() {
            let at = format!("services[{i}]");
            if !service_slugs.insert(service.slug.as_str()) {
                self.problem(
                    &format!("{at}.slug"),
                    format!("duplicate service slug \"{}\"", service.slug),
                );
            }
            if !is_slug(&service.slug) {
                self.problem(
                    &format!("{at}.slug"),
                    "must be lower-case letters, digits and '-'",
                );
            }
            if service.name.get("en").is_none() {
                self.problem(&format!("{at}.name"), "an English name is required");
            }
            if service.needs.is_empty() {
                self.problem(&format!("{at}.needs"), "at least one need is required");
            }
            for need in &service.needs {
                if !self.set.taxonomy.contains(need) {
                    self.problem(
                        &format!("{at}.needs"),
                        format!("\"{need}\" is not in taxonomy.toml"),
                    );
                }
            }
            self.fact(&format!("{at}.cost"), &service.cost);
            self.area(&at, service);
            if let Some(line) = &service.state_line {
                if !JURISDICTIONS.contains(&line.state.as_str()) {
                    self.problem(
                        &format!("{at}.state_line.state"),
                        format!("\"{}\" is not a state code", line.state),
                    );
                }
                self.fact(&format!("{at}.state_line.statewide"), &line.statewide);
            }
            let mut slugs = HashSet::new();
            for (j, channel) in service.channels.iter().enumerate() {
                let at = format!("{at}.channels[{j}]");
                if !slugs.insert(channel.slug.as_str()) {
                    self.problem(
                        &format!("{at}.slug"),
                        format!("duplicate slug \"{}\"", channel.slug),
                    );
                }
                self.channel(&at, channel, service.operator_kind, &service.locations);
            }
            for (j, location) in service.locations.iter().enumerate() {
                let at = format!("{at}.locations[{j}]");
                if !slugs.insert(location.slug.as_str()) {
                    self.problem(
                        &format!("{at}.slug"),
                        format!("duplicate slug \"{}\"", location.slug),
                    );
                }
                self.fact(&format!("{at}.address"), &location.address);
                let address = &location.address.value;
                if !JURISDICTIONS.contains(&address.state.as_str()) {
                    self.problem(
                        &format!("{at}.address.state"),
                        format!("\"{}\" is not a state code", address.state),
                    );
                }
                if address.zip.len() != 5 || !address.zip.chars().all(|c| c.is_ascii_digit()) {
                    self.problem(
                        &format!("{at}.address.zip"),
                        format!("\"{}\" is not a 5-digit ZIP", address.zip),
                    );
                }
            }
        }
    }

    fn area(&mut self, at: &str, service: &crate::model::Service) {
        match &service.area {
            ServiceArea::National => {}
            ServiceArea::Unknown => self.problem(
                &format!("{at}.area"),
                "a reviewed listing says where it serves",
            ),
            ServiceArea::States { states } => {
                if states.is_empty() {
                    self.problem(&format!("{at}.area.states"), "list at least one state");
                }
                for s in states {
                    if !JURISDICTIONS.contains(&s.as_str()) {
                        self.problem(
                            &format!("{at}.area.states"),
                            format!("\"{s}\" is not a state code"),
                        );
                    }
                }
            }
            ServiceArea::Counties { counties } => {
                for c in counties {
                    if c.len() != 5 || !c.chars().all(|d| d.is_ascii_digit()) {
                        self.problem(
                            &format!("{at}.area.counties"),
                            format!("\"{c}\" is not a 5-digit county FIPS code"),
                        );
                    }
                }
            }
            ServiceArea::Radius { location, km } => {
                if !service.locations.iter().any(|l| &l.slug == location) {
                    self.problem(
                        &format!("{at}.area.location"),
                        format!("no location \"{location}\" in this service"),
                    );
                }
                if !(*km > 0.0 && *km <= 5000.0) {
                    self.problem(&format!("{at}.area.km"), "must be between 0 and 5000");
                }
            }
            ServiceArea::Polygon { geojson } => {
                if crate::place::parse_area_polygon(geojson).is_none() {
                    self.problem(
                        &format!("{at}.area.geojson"),
                        "not a GeoJSON Polygon or MultiPolygon",
                    );
                }
            }
        }
    }

    fn channel(
        &mut self,
        at: &str,
        c: &Channel,
        operator: OperatorKind,
        locations: &[crate::model::Location],
    ) {
        if !is_slug(&c.slug) {
            self.problem(
                &format!("{at}.slug"),
                "must be lower-case letters, digits and '-'",
            );
        }
        self.fact(&format!("{at}.contact"), &c.contact);
        if let Err(reason) = contact_shape(c.kind, &c.contact.value, locations) {
            self.problem(&format!("{at}.contact"), reason);
        }
        if let Some(k) = &c.keywords {
            self.fact(&format!("{at}.keywords"), k);
            if c.kind != ChannelKind::Sms && c.kind != ChannelKind::Whatsapp {
                self.problem(
                    &format!("{at}.keywords"),
                    "keywords belong to SMS or WhatsApp channels",
                );
            }
        }
        self.fact(&format!("{at}.reach"), &c.reach);
        if let Reach::States(states) = &c.reach.value {
            for s in states {
                if !JURISDICTIONS.contains(&s.as_str()) {
                    self.problem(
                        &format!("{at}.reach"),
                        format!("\"{s}\" is not a state code"),
                    );
                }
            }
        }
        self.fact(&format!("{at}.languages"), &c.languages);
        if let Knowable::Known(codes) = &c.languages.value {
            for code in codes {
                if self.set.languages.get(code).is_none() {
                    self.problem(
                        &format!("{at}.languages"),
                        format!("\"{code}\" is not in languages.toml"),
                    );
                }
            }
        }
        if let Some(i) = &c.interpretation {
            self.fact(&format!("{at}.interpretation"), i);
        }
        self.fact(&format!("{at}.hours"), &c.hours);
        if let Err(reason) = schedule_shape(&c.hours.value) {
            self.problem(&format!("{at}.hours"), reason);
        }
        self.fact(&format!("{at}.what_happens"), &c.what_happens);
        let conf = &c.confidentiality;
        self.fact(
            &format!("{at}.confidentiality.tells_police"),
            &conf.tells_police,
        );
        self.fact(&format!("{at}.confidentiality.tells_cps"), &conf.tells_cps);
        self.fact(
            &format!("{at}.confidentiality.tells_immigration"),
            &conf.tells_immigration,
        );
        self.fact(
            &format!("{at}.confidentiality.anonymous_ok"),
            &conf.anonymous_ok,
        );
        if let Some(note) = &conf.note {
            self.fact(&format!("{at}.confidentiality.note"), note);
        }
        let enforcement = matches!(
            operator,
            OperatorKind::LawEnforcement | OperatorKind::ImmigrationEnforcement
        );
        if enforcement
            && [&conf.tells_police, &conf.tells_immigration]
                .iter()
                .any(|f| matches!(f.value, Telling::Never | Telling::WithConsent))
        {
            self.problem(
                &format!("{at}.confidentiality"),
                "an enforcement line is never presented as confidential",
            );
        }
    }

    /// The rules every fact obeys: known sources, a date, and agency pages for `confirmed`.
    fn fact<T>(&mut self, field: &str, fact: &Fact<T>) {
        if fact.status != Status::Unknown && fact.sources.is_empty() {
            self.problem(
                field,
                "a fact needs at least one source (or status \"unknown\")",
            );
        }
        let mut on_agency_page = false;
        for id in &fact.sources {
            match self.org.source(id) {
                None => self.problem(field, format!("unknown source \"{id}\"")),
                Some(source) => {
                    if host_of(&source.url)
                        .is_some_and(|h| is_agency_host(&h, &self.org.agency_domains))
                    {
                        on_agency_page = true;
                    }
                }
            }
        }
        if fact.status == Status::Confirmed && !fact.sources.is_empty() && !on_agency_page {
            self.problem(
                field,
                "\"confirmed\" needs a source on one of the organization's agency_domains; third-party pages make it \"secondary\"",
            );
        }
        if let Some(check) = &fact.live_check
            && let Err(reason) = live_check_shape(check)
        {
            self.problem(&format!("{field}.live_check"), reason);
        }
    }
}

fn live_check_shape(check: &LiveCheck) -> Result<(), String> {
    NaiveDate::parse_from_str(&check.on, "%Y-%m-%d")
        .map_err(|_| format!("\"{}\" is not a YYYY-MM-DD date", check.on))?;
    if check.by.trim().is_empty() {
        return Err("say who checked".into());
    }
    Ok(())
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

fn host_of(url: &str) -> Option<String> {
    let parsed = url::Url::parse(url).ok()?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return None;
    }
    parsed
        .host_str()
        .map(|h| h.trim_start_matches("www.").to_ascii_lowercase())
}

fn is_agency_host(host: &str, domains: &[String]) -> bool {
    domains.iter().any(|d| {
        let d = d.trim_start_matches("www.").to_ascii_lowercase();
        host == d || host.ends_with(&format!(".{d}"))
    })
}

/// E.164 (`+` and 8–15 digits) for phone lines; 3-digit service codes (911, 988, 211,
/// 711) for voice and relay; SMS short codes of 3–6 digits.
pub fn phone_shape(kind: ChannelKind, number: &str) -> Result<(), String> {
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if let Some(rest) = number.strip_prefix('+') {
        if digits(rest) && (8..=15).contains(&rest.len()) && !rest.starts_with('0') {
            return Ok(());
        }
        return Err(format!("\"{number}\" is not an E.164 number"));
    }
    let short_ok = match kind {
        ChannelKind::Sms => (3..=6).contains(&number.len()),
        ChannelKind::Voice | ChannelKind::Tty => number.len() == 3,
        _ => false,
    };
    if digits(number) && short_ok {
        Ok(())
    } else {
        Err(format!(
            "\"{number}\" is neither E.164 (+1…) nor a valid short code for {}",
            kind.as_str()
        ))
    }
}

fn contact_shape(
    kind: ChannelKind,
    contact: &str,
    locations: &[crate::model::Location],
) -> Result<(), String> {
    match kind {
        k if k.is_phone() => phone_shape(k, contact),
        ChannelKind::Chat | ChannelKind::WebForm => host_of(contact)
            .map(|_| ())
            .ok_or_else(|| format!("\"{contact}\" is not an http(s) URL")),
        ChannelKind::Email => {
            let ok = contact
                .split_once('@')
                .is_some_and(|(u, d)| !u.is_empty() && d.contains('.'));
            if ok {
                Ok(())
            } else {
                Err(format!("\"{contact}\" is not an e-mail address"))
            }
        }
        ChannelKind::WalkIn => {
            if locations.iter().any(|l| l.slug == contact) {
                Ok(())
            } else {
                Err(format!(
                    "walk-in contact \"{contact}\" must name a location of this service"
                ))
            }
        }
        _ => Ok(()),
    }
}

fn schedule_shape(schedule: &Schedule) -> Result<(), String> {
    let Schedule::Weekly(w) = schedule else {
        return Ok(());
    };
    if w.zone != CALLER_LOCAL && w.zone.parse::<chrono_tz::Tz>().is_err() {
        return Err(format!(
            "\"{}\" is neither an IANA time zone nor \"{CALLER_LOCAL}\"",
            w.zone
        ));
    }
    if w.periods.is_empty() {
        return Err("a weekly schedule needs at least one period".into());
    }
    for p in &w.periods {
        parse_days(&p.days).map_err(|e| format!("days \"{}\": {e}", p.days))?;
        let opens = minutes(&p.opens).ok_or_else(|| format!("\"{}\" is not HH:MM", p.opens))?;
        let closes = minutes(&p.closes).ok_or_else(|| format!("\"{}\" is not HH:MM", p.closes))?;
        if opens >= closes {
            return Err(format!(
                "opens {} is not before closes {}",
                p.opens, p.closes
            ));
        }
    }
    for d in &w.closed_on {
        NaiveDate::parse_from_str(d, "%Y-%m-%d")
            .map_err(|_| format!("closed_on \"{d}\" is not YYYY-MM-DD"))?;
    }
    Ok(())
}

/// Minutes since midnight of `HH:MM`; `24:00` is allowed as the end of the day.
pub fn minutes(hhmm: &str) -> Option<u32> {
    let (h, m) = hhmm.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    match (h, m) {
        (24, 0) => Some(1440),
        (0..=23, 0..=59) => Some(h * 60 + m),
        _ => None,
    }
}

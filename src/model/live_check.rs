//! Recording a live check on every fact of a listing at once: an organization confirming
//! "nothing changed", or a moderator checking a line against its live page or by calling.

use super::{Channel, LiveCheck, Organization, Service};

fn check_channel(channel: &mut Channel, check: &LiveCheck) {
    let c = Some(check.clone());
    channel.contact.live_check = c.clone();
    if let Some(k) = channel.keywords.as_mut() {
        k.live_check = c.clone();
    }
    channel.reach.live_check = c.clone();
    channel.languages.live_check = c.clone();
    if let Some(i) = channel.interpretation.as_mut() {
        i.live_check = c.clone();
    }
    channel.hours.live_check = c.clone();
    channel.what_happens.live_check = c.clone();
    let conf = &mut channel.confidentiality;
    conf.tells_police.live_check = c.clone();
    conf.tells_cps.live_check = c.clone();
    conf.tells_immigration.live_check = c.clone();
    conf.anonymous_ok.live_check = c.clone();
    if let Some(n) = conf.note.as_mut() {
        n.live_check = c;
    }
}

fn check_service(service: &mut Service, check: &LiveCheck) {
    service.cost.live_check = Some(check.clone());
    if let Some(line) = service.state_line.as_mut() {
        line.statewide.live_check = Some(check.clone());
    }
    for channel in &mut service.channels {
        check_channel(channel, check);
    }
    for location in &mut service.locations {
        location.address.live_check = Some(check.clone());
    }
}

impl Organization {
    /// Marks every fact of every service as checked live.
    pub fn record_live_check(&mut self, check: &LiveCheck) {
        for service in &mut self.services {
            check_service(service, check);
        }
    }

    /// Marks every fact of one service as checked live; `false` if there is no such service.
    pub fn record_service_check(&mut self, service_slug: &str, check: &LiveCheck) -> bool {
        match self.services.iter_mut().find(|s| s.slug == service_slug) {
            Some(service) => {
                check_service(service, check);
                true
            }
            None => false,
        }
    }

    /// The oldest live check among the contacts of its ways to reach it, as `YYYY-MM-DD`;
    /// `None` if some contact was never checked live.
    pub fn oldest_contact_check(&self) -> Option<String> {
        let mut oldest: Option<String> = None;
        for channel in self.services.iter().flat_map(|s| &s.channels) {
            let on = channel.contact.live_check.as_ref()?.on.clone();
            if oldest.as_ref().is_none_or(|o| on < *o) {
                oldest = Some(on);
            }
        }
        oldest
    }
}

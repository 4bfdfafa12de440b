//! `data/routing.toml`: the router's rules, and the checks that keep them pointing at
//! services that exist.

use serde::Deserialize;

use crate::data::Problem;
use crate::model::{Organization, ids};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    pub emergency: Single,
    pub police: Steps,
    pub no_statewide_line: Steps,
    pub rules: Vec<Rule>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Single {
    pub step: Step,
    pub cite: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Steps {
    pub steps: Vec<Step>,
    pub cite: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub situation: super::Situation,
    pub steps: Vec<Step>,
    pub cite: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// `org/service`, `@state-line` or `@state-labor`.
    pub service: String,
    /// A Fluent id saying why this step.
    pub reason: String,
}

pub const STATE_LINE: &str = "@state-line";
pub const STATE_LABOR: &str = "@state-labor";

/// The state's reporting service and its confirmed child-labor agency, by slug convention.
pub fn state_line_id(state: &str) -> uuid::Uuid {
    ids::derive(&[
        &format!("state-{}", state.to_ascii_lowercase()),
        "report-child-abuse",
    ])
}

pub fn state_labor_id(state: &str) -> uuid::Uuid {
    ids::derive(&[
        &format!("labor-{}", state.to_ascii_lowercase()),
        "child-labor-complaints",
    ])
}

impl Step {
    /// The service this step names, for steps that name one directly.
    pub fn service_id(&self) -> Option<uuid::Uuid> {
        let (org, service) = self.service.split_once('/')?;
        Some(ids::derive(&[org, service]))
    }
}

impl Rules {
    pub fn parse(text: &str) -> Result<Rules, toml::de::Error> {
        toml::from_str(text)
    }

    pub fn rule(&self, situation: super::Situation) -> Option<&Rule> {
        self.rules.iter().find(|r| r.situation == situation)
    }

    fn all_steps(&self) -> impl Iterator<Item = (String, &Step, &str)> {
        std::iter::once((
            "emergency".to_string(),
            &self.emergency.step,
            self.emergency.cite.as_str(),
        ))
        .chain(
            self.police
                .steps
                .iter()
                .map(|s| ("police".to_string(), s, self.police.cite.as_str())),
        )
        .chain(self.no_statewide_line.steps.iter().map(|s| {
            (
                "no_statewide_line".to_string(),
                s,
                self.no_statewide_line.cite.as_str(),
            )
        }))
        .chain(self.rules.iter().flat_map(|r| {
            r.steps.iter().map(move |s| {
                (
                    format!("rules.{}", r.situation.as_str()),
                    s,
                    r.cite.as_str(),
                )
            })
        }))
    }

    /// Every named service exists, every rule cites the reference, every situation has a
    /// rule, and every reason is a message in every shipped locale.
    pub fn check(&self, file: &str, organizations: &[&Organization]) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut push = |field: String, reason: String| {
            problems.push(Problem {
                file: file.to_string(),
                field,
                reason,
            })
        };
        for (at, step, cite) in self.all_steps() {
            if !cite.contains(".md §") {
                push(at.clone(), "cite the reference file and section that justifies the rule (e.g. \"domain-facts.md §1A\")".into());
            }
            if step.service != STATE_LINE && step.service != STATE_LABOR {
                let exists = step.service_id().is_some_and(|id| {
                    organizations
                        .iter()
                        .any(|o| o.services.iter().any(|s| o.service_uuid(s) == id))
                });
                if !exists {
                    push(
                        at.clone(),
                        format!("no service \"{}\" in data/directory", step.service),
                    );
                }
            }
            for locale in crate::i18n::SHIPPED {
                if crate::i18n::message(locale, &step.reason, &[])
                    .contains("Unknown localization key")
                {
                    push(
                        at.clone(),
                        format!("reason \"{}\" is not a message in {locale}", step.reason),
                    );
                }
            }
        }
        for situation in super::Situation::ALL {
            if self.rule(situation).is_none() {
                push(
                    "rules".into(),
                    format!("no rule for the situation \"{}\"", situation.as_str()),
                );
            }
        }
        // The engine only reorders channels, never drops a named service, so one named
        // service per rule means no combination of answers can come back empty.
        for rule in &self.rules {
            if rule.steps.iter().all(|s| s.service_id().is_none()) {
                push(
                    format!("rules.{}", rule.situation.as_str()),
                    "name at least one service directly, not only @state-line or @state-labor, so no answer is ever empty".into(),
                );
            }
        }
        problems
    }
}

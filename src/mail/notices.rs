//! Notices the portal's events send: a flag to the organization's editors, a decision to
//! the editor who proposed the change. Queued only when e-mail is configured; a failure to
//! queue is logged and never undoes the event.

use uuid::Uuid;

use super::letters::{DecisionNotice, FlagNotice, decision_notice, flag_notice};
use crate::AppState;
use crate::model::LocalizedText;
use crate::store::{AuthorKind, Letter, Problem, Revision};

async fn queue(state: &AppState, letters: Vec<Letter>) {
    for letter in letters {
        if let Err(error) = state.outbox.queue(&letter, chrono::Utc::now()).await {
            tracing::error!(%error, "a notice could not be queued");
        }
    }
}

/// Someone reported a problem with a service of `org_id`.
pub async fn flag_filed(
    state: &AppState,
    org_id: Uuid,
    service_name: &LocalizedText,
    problem: Problem,
) {
    let Some(mailer) = &state.mailer else { return };
    let editors = match state.accounts.editors_of(org_id).await {
        Ok(editors) => editors,
        Err(error) => return tracing::error!(%error, "no flag notice: editors unknown"),
    };
    let problem_id = format!("problem-{}", problem.as_str().replace('_', "-"));
    let link = format!("{}/portal/org", mailer.base_url);
    let letters = editors
        .iter()
        .map(|editor| {
            flag_notice(&FlagNotice {
                to: &editor.email,
                locale: &editor.locale,
                service: service_name.text(&editor.locale),
                problem_id: &problem_id,
                link: &link,
            })
        })
        .collect();
    queue(state, letters).await;
}

/// A moderator decided on `revision`; its author hears of it unless they decided it themselves.
pub async fn decided(
    state: &AppState,
    revision: &Revision,
    moderator: &str,
    approved: bool,
    note: &str,
) {
    let Some(mailer) = &state.mailer else { return };
    if revision.author_kind != AuthorKind::Portal || revision.author == moderator {
        return;
    }
    let author = match state.accounts.user_by_email(&revision.author).await {
        Ok(Some(author)) => author,
        Ok(None) => return,
        Err(error) => return tracing::error!(%error, "no decision notice: author unknown"),
    };
    let letter = decision_notice(&DecisionNotice {
        to: &author.email,
        locale: &author.locale,
        organization: revision.document.name.text(&author.locale),
        approved,
        note,
        link: &format!("{}/portal/org", mailer.base_url),
    });
    queue(state, vec![letter]).await;
}

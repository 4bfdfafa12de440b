//! The NGO portal over real HTTP with a cookie-keeping client: invitations, passwords,
//! the second factor, sessions, CSRF and Origin checks, throttling, and the audit log.

mod common;

use chrono::{Duration, Utc};
use common::{TestApp, between};
use faro::portal::{tokens, totp};
use faro::store::accounts::{NewInvite, Role};

const GOOD_PASSWORD: &str = "river tiles ocean 42";

struct Portal {
    app: TestApp,
    base: String,
}

impl Portal {
    async fn start() -> Portal {
        Portal::start_with(|_| {}).await
    }

    async fn start_with(change: impl FnOnce(&mut faro::config::Config)) -> Portal {
        let app = common::app_with(change).await;
        let base = app.serve();
        Portal { app, base }
    }

    fn client(&self) -> reqwest::Client {
        reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap()
    }

    async fn invite(&self, email: &str, role: Role, org: Option<&str>) -> String {
        self.invite_in(email, role, org, "en").await
    }

    async fn invite_in(&self, email: &str, role: Role, org: Option<&str>, locale: &str) -> String {
        let org_id = org.map(|slug| faro::model::ids::derive(&[slug]));
        let token = faro::portal::invite(
            self.app.state.accounts.as_ref(),
            faro::portal::Invitation {
                email,
                role,
                org_id,
                locale,
                created_by: "test",
            },
            Utc::now(),
        )
        .await
        .unwrap();
        format!("{}/portal/invite/{token}", self.base)
    }

    async fn post(
        &self,
        client: &reqwest::Client,
        path: &str,
        form: &[(&str, &str)],
    ) -> reqwest::Response {
        client
            .post(format!("{}{path}", self.base))
            .header("Origin", &self.base)
            .form(form)
            .send()
            .await
            .unwrap()
    }

    async fn get(&self, client: &reqwest::Client, path: &str) -> (u16, String) {
        let resp = client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap();
        let status = resp.status().as_u16();
        (status, resp.text().await.unwrap())
    }

    /// Accepts the invite with a good password and signs in; returns the client.
    async fn account(&self, email: &str, role: Role, org: Option<&str>) -> reqwest::Client {
        self.account_in(email, role, org, "en").await
    }

    async fn account_in(
        &self,
        email: &str,
        role: Role,
        org: Option<&str>,
        locale: &str,
    ) -> reqwest::Client {
        let link = self.invite_in(email, role, org, locale).await;
        let client = self.client();
        let resp = client
            .post(&link)
            .header("Origin", &self.base)
            .form(&[("password", GOOD_PASSWORD), ("password2", GOOD_PASSWORD)])
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 303);
        let resp = self
            .post(
                &client,
                "/portal/login",
                &[("email", email), ("password", GOOD_PASSWORD)],
            )
            .await;
        assert_eq!(resp.status(), 303);
        if role.needs_second_factor() {
            let (_, enrol) = self.get(&client, "/portal/enrol").await;
            let secret = between(&enrol, "<code id=\"totp-secret\">", "</code>");
            let csrf = between(&enrol, "name=\"csrf\" value=\"", "\"");
            let code = totp::code_at(&secret, Utc::now().timestamp()).unwrap();
            let resp = self
                .post(
                    &client,
                    "/portal/enrol",
                    &[("csrf", &csrf), ("secret", &secret), ("code", &code)],
                )
                .await;
            assert_eq!(resp.headers()["location"], "/portal/");
        }
        client
    }
}

#[actix_web::test]
async fn an_invited_moderator_sets_a_password_enrols_a_code_and_signs_in_and_out() {
    let p = Portal::start().await;
    let link = p.invite("mod@example.org", Role::Moderator, None).await;
    let client = p.client();
    let resp = client.get(&link).send().await.unwrap();
    assert_eq!(resp.status(), 200);
    assert!(
        resp.headers().get("set-cookie").is_none(),
        "no cookie before sign-in"
    );
    assert!(resp.text().await.unwrap().contains("mod@example.org"));

    for (password, again, says) in [
        ("short", "short", "at least 12 characters"),
        ("leavemealone", "leavemealone", "common passwords"),
        (GOOD_PASSWORD, "something else entirely", "not the same"),
    ] {
        let resp = client
            .post(&link)
            .header("Origin", &p.base)
            .form(&[("password", password), ("password2", again)])
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 422);
        assert!(resp.text().await.unwrap().contains(says), "{says}");
    }
    let done = client
        .post(&link)
        .header("Origin", &p.base)
        .form(&[("password", GOOD_PASSWORD), ("password2", GOOD_PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(done.headers()["location"], "/portal/login?invited=1");
    let reused = client.get(&link).send().await.unwrap();
    assert_eq!(reused.status(), 410, "an invite works once");

    let login = p
        .post(
            &client,
            "/portal/login",
            &[("email", "mod@example.org"), ("password", GOOD_PASSWORD)],
        )
        .await;
    assert_eq!(
        login.headers()["location"],
        "/portal/enrol",
        "a moderator needs a second factor"
    );
    let cookie = login.headers()["set-cookie"].to_str().unwrap().to_string();
    for attribute in ["Path=/portal", "HttpOnly", "SameSite=Strict"] {
        assert!(cookie.contains(attribute), "{cookie}");
    }
    let (status, _) = p.get(&client, "/portal/").await;
    assert_eq!(status, 303, "nothing opens before the second factor");

    let (_, enrol) = p.get(&client, "/portal/enrol").await;
    let secret = between(&enrol, "<code id=\"totp-secret\">", "</code>");
    let csrf = between(&enrol, "name=\"csrf\" value=\"", "\"");
    let wrong = p
        .post(
            &client,
            "/portal/enrol",
            &[("csrf", &csrf), ("secret", &secret), ("code", "000000")],
        )
        .await;
    assert_eq!(wrong.status(), 422);
    let code = totp::code_at(&secret, Utc::now().timestamp()).unwrap();
    let ok = p
        .post(
            &client,
            "/portal/enrol",
            &[("csrf", &csrf), ("secret", &secret), ("code", &code)],
        )
        .await;
    assert_eq!(ok.headers()["location"], "/portal/");
    let (status, home) = p.get(&client, "/portal/").await;
    assert_eq!(status, 200);
    assert!(home.contains("mod@example.org (moderator)"), "{home}");

    let no_token = p.post(&client, "/portal/logout", &[]).await;
    assert_eq!(no_token.status(), 403, "sign-out needs the CSRF token");
    let out = p.post(&client, "/portal/logout", &[("csrf", &csrf)]).await;
    assert_eq!(out.headers()["location"], "/portal/login");
    let (status, _) = p.get(&client, "/portal/").await;
    assert_eq!(status, 303, "the session ended at once");

    // Next time: password, then the code from the same app.
    let again = p
        .post(
            &client,
            "/portal/login",
            &[("email", "mod@example.org"), ("password", GOOD_PASSWORD)],
        )
        .await;
    assert_eq!(again.headers()["location"], "/portal/code");
    let (_, form) = p.get(&client, "/portal/code").await;
    let csrf = between(&form, "name=\"csrf\" value=\"", "\"");
    let code = totp::code_at(&secret, Utc::now().timestamp()).unwrap();
    let signed = p
        .post(&client, "/portal/code", &[("csrf", &csrf), ("code", &code)])
        .await;
    assert_eq!(signed.headers()["location"], "/portal/");
    assert_eq!(p.get(&client, "/portal/").await.0, 200);
}

#[actix_web::test]
async fn stolen_sessions_foreign_pages_and_old_invites_get_nowhere() {
    let p = Portal::start().await;
    let editor = p
        .account("ed@example.org", Role::Editor, Some("kind"))
        .await;
    let (_, home) = p.get(&editor, "/portal/").await;
    let csrf = between(&home, "name=\"csrf\" value=\"", "\"");

    let foreign = editor
        .post(format!("{}/portal/logout", p.base))
        .header("Origin", "https://evil.example")
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(
        foreign.status(),
        403,
        "a foreign Origin is refused even with the token"
    );
    let wrong = p
        .post(&editor, "/portal/logout", &[("csrf", "not-the-token")])
        .await;
    assert_eq!(wrong.status(), 403);
    assert_eq!(p.get(&editor, "/portal/").await.0, 200, "still signed in");

    let login_elsewhere = p
        .client()
        .post(format!("{}/portal/login", p.base))
        .header("Origin", "https://evil.example")
        .form(&[("email", "ed@example.org"), ("password", GOOD_PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(login_elsewhere.status(), 403);

    let token = tokens::new_token();
    p.app
        .state
        .accounts
        .create_invite(NewInvite {
            token_hash: &tokens::hash(&token),
            email: "late@example.org",
            role: Role::Editor,
            org_id: Some(faro::model::ids::derive(&["kind"])),
            created_by: "test",
            expires_at: Utc::now() - Duration::hours(1),
            locale: "en",
        })
        .await
        .unwrap();
    let expired = p.get(&p.client(), &format!("/portal/invite/{token}")).await;
    assert_eq!(expired.0, 410);
    assert!(expired.1.contains("expired"));

    let stored = faro::portal::tokens::hash("not a real session");
    assert!(
        p.app
            .state
            .accounts
            .session(&stored, Utc::now())
            .await
            .unwrap()
            .is_none()
    );
}

#[actix_web::test]
async fn guessing_passwords_rests_the_account_for_a_while_and_then_slows_the_address() {
    let p = Portal::start().await;
    p.account("admin@example.org", Role::Admin, None).await;
    let guesser = p.client();
    for _ in 0..5 {
        let r = p
            .post(
                &guesser,
                "/portal/login",
                &[
                    ("email", "admin@example.org"),
                    ("password", "wrong guess 123"),
                ],
            )
            .await;
        assert_eq!(r.status(), 401);
    }
    let right_but_resting = p
        .post(
            &guesser,
            "/portal/login",
            &[("email", "admin@example.org"), ("password", GOOD_PASSWORD)],
        )
        .await;
    assert_eq!(
        right_but_resting.status(),
        401,
        "the account rests after five failures"
    );
    let unknown = p
        .post(
            &guesser,
            "/portal/login",
            &[("email", "nobody@example.org"), ("password", "x")],
        )
        .await;
    let unknown_text = unknown.text().await.unwrap();
    assert!(
        unknown_text.contains("or the account is resting"),
        "unknown accounts get the same answer"
    );
    let user = p
        .app
        .state
        .accounts
        .user_by_email("admin@example.org")
        .await
        .unwrap()
        .unwrap();
    let until = user.locked_until.expect("resting");
    assert!(
        until <= Utc::now() + Duration::minutes(16),
        "a rest, never for good"
    );
    let mut last = 0;
    for _ in 0..20 {
        last = p
            .post(
                &guesser,
                "/portal/login",
                &[("email", "x@example.org"), ("password", "y")],
            )
            .await
            .status()
            .as_u16();
    }
    assert_eq!(last, 429, "the address is slowed down");
}

#[actix_web::test]
async fn each_organization_sees_only_its_own_audit_log_and_admins_see_all() {
    let p = Portal::start().await;
    let kind = p
        .account("kind@example.org", Role::Editor, Some("kind"))
        .await;
    p.account("clinic@example.org", Role::Editor, Some("clinic"))
        .await;
    let admin = p.account("root@example.org", Role::Admin, None).await;
    let moderator = p.account("m@example.org", Role::Moderator, None).await;

    let (status, kind_log) = p.get(&kind, "/portal/audit").await;
    assert_eq!(status, 200);
    assert!(kind_log.contains("kind@example.org"));
    assert!(
        !kind_log.contains("clinic@example.org"),
        "another organization's entries"
    );
    let (_, all) = p.get(&admin, "/portal/audit").await;
    for who in [
        "kind@example.org",
        "clinic@example.org",
        "root@example.org",
        "m@example.org",
    ] {
        assert!(all.contains(who), "{who}");
    }
    assert_eq!(p.get(&moderator, "/portal/audit").await.0, 403);
    let (status, lines) = p.get(&admin, "/portal/audit.jsonl").await;
    assert_eq!(status, 200);
    for line in lines.lines() {
        let entry: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(entry["action"].is_string());
    }
    assert!(lines.contains("\"action\":\"invite-accepted\""));
    assert!(lines.contains("\"action\":\"second-factor-enrolled\""));
}

#[actix_web::test]
async fn faro_user_invite_prints_a_one_time_link_and_refuses_bad_requests() {
    use common::process::{faro, workspace};
    let dir = workspace();
    let seeded = faro(dir.path()).arg("seed").output().unwrap();
    assert!(
        seeded.status.success(),
        "{}",
        String::from_utf8_lossy(&seeded.stderr)
    );
    let out = faro(dir.path())
        .args([
            "user",
            "invite",
            "--email",
            "New@Example.org",
            "--role",
            "editor",
            "--org",
            "kind",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let link = String::from_utf8(out.stdout).unwrap().trim().to_string();
    let token = link
        .strip_prefix("http://127.0.0.1:8080/portal/invite/")
        .unwrap_or_else(|| panic!("{link}"));
    let store = faro::store::SqlStore::open(&dir.path().join("var/faro.db"))
        .await
        .unwrap();
    use faro::store::Accounts;
    let invited = store
        .invite_usable(&tokens::hash(token), Utc::now())
        .await
        .unwrap();
    assert_eq!(invited.as_deref(), Some("new@example.org"));
    assert!(
        store
            .invite_usable(&tokens::hash(token), Utc::now() + Duration::hours(73))
            .await
            .unwrap()
            .is_none(),
        "valid 72 hours"
    );
    for bad in [
        vec!["--email", "a@b.org", "--role", "editor"],
        vec!["--email", "a@b.org", "--role", "moderator", "--org", "kind"],
        vec![
            "--email",
            "a@b.org",
            "--role",
            "editor",
            "--org",
            "no-such-org",
        ],
        vec!["--email", "a@b.org", "--role", "owner"],
    ] {
        let out = faro(dir.path())
            .args(["user", "invite"])
            .args(&bad)
            .output()
            .unwrap();
        assert!(!out.status.success(), "{bad:?} should be refused");
    }
}

#[actix_web::test]
async fn an_editors_change_is_reviewed_field_by_field_approved_and_then_public() {
    let p = Portal::start().await;
    let editor = p
        .account("web@supportkind.org", Role::Editor, Some("kind"))
        .await;
    let moderator = p
        .account("checker@example.org", Role::Moderator, None)
        .await;

    let (status, org) = p.get(&editor, "/portal/org").await;
    assert_eq!(status, 200);
    assert!(org.contains("href=\"/portal/org/legal-representation/website\""));
    let path = "/portal/org/legal-representation/website".to_string();
    let (_, form) = p.get(&editor, &path).await;
    let csrf = between(&form, "name=\"csrf\" value=\"", "\"");

    for (contact, source, says) in [
        ("not a url", "", "https://"),
        (
            "https://supportkind.org/get-help",
            "",
            "needs the web address",
        ),
        ("https://supportkind.org/get-help", "ftp://x", "https://"),
        ("https://supportkind.org", "", "Nothing was changed"),
    ] {
        let r = p
            .post(
                &editor,
                &path,
                &[
                    ("csrf", &csrf),
                    ("contact", contact),
                    ("source", source),
                    ("languages", ""),
                ],
            )
            .await;
        assert_eq!(r.status(), 422, "{contact} / {source}");
        assert!(r.text().await.unwrap().contains(says), "{says}");
    }
    let bad_language = p
        .post(
            &editor,
            &path,
            &[
                ("csrf", &csrf),
                ("contact", "https://supportkind.org"),
                ("languages", "eng, xx1"),
            ],
        )
        .await;
    assert_eq!(bad_language.status(), 422);
    assert!(
        p.app.state.store.proposed().await.unwrap().is_empty(),
        "nothing stored"
    );
    let no_csrf = p
        .post(
            &editor,
            &path,
            &[("contact", "https://supportkind.org/get-help")],
        )
        .await;
    assert_eq!(no_csrf.status(), 403);

    let sent = p
        .post(
            &editor,
            &path,
            &[
                ("csrf", &csrf),
                ("contact", "https://supportkind.org/get-help"),
                ("source", "https://supportkind.org/get-help"),
                ("languages", "eng, spa"),
                ("note", "our new intake page"),
            ],
        )
        .await;
    assert_eq!(sent.headers()["location"], "/portal/org?sent=1");
    let (_, org) = p.get(&editor, "/portal/org").await;
    assert!(org.contains("waiting for review"));
    let (status, _) = p.get(&editor, "/portal/queue").await;
    assert_eq!(status, 403, "editors do not review");

    let (status, queue) = p.get(&moderator, "/portal/queue").await;
    assert_eq!(status, 200);
    assert!(queue.contains("channels[website].contact.value"), "{queue}");
    assert!(queue.contains("https://supportkind.org/get-help"));
    assert!(queue.contains("our new intake page"));
    assert!(
        queue.contains("Check the source"),
        "the contact change is marked"
    );
    let revision = between(&queue, "action=\"/portal/queue/", "\"");
    let csrf = between(&queue, "name=\"csrf\" value=\"", "\"");
    let decide = format!("/portal/queue/{revision}");
    let unticked = p
        .post(
            &moderator,
            &decide,
            &[("csrf", &csrf), ("decision", "approve"), ("note", "ok")],
        )
        .await;
    assert_eq!(unticked.status(), 422, "the source must be opened first");
    let approved = p
        .post(
            &moderator,
            &decide,
            &[
                ("csrf", &csrf),
                ("decision", "approve"),
                ("note", "checked the page"),
                ("sources_opened", "yes"),
            ],
        )
        .await;
    assert_eq!(approved.headers()["location"], "/portal/queue");

    let service = faro::model::ids::derive(&["kind", "legal-representation"]);
    let (status, public) = p.app.get(&format!("/api/v1/services/{service}")).await;
    assert_eq!(status, 200);
    assert!(
        public
            .to_string()
            .contains("https://supportkind.org/get-help"),
        "the public sees it at once: {public}"
    );
    let (_, found) = p
        .app
        .get("/api/v1/search?need=legal&place=78501&per_page=50")
        .await;
    assert!(
        found
            .to_string()
            .contains("https://supportkind.org/get-help"),
        "and finds it in search"
    );
    let (_, org) = p.get(&editor, "/portal/org").await;
    assert!(
        org.contains("approved") && org.contains("checked the page"),
        "the editor sees the note"
    );
    let log = p.app.state.accounts.audit_log(None).await.unwrap();
    let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
    assert!(
        actions.contains(&"propose") && actions.contains(&"approve"),
        "{actions:?}"
    );
}

#[actix_web::test]
async fn moderators_close_the_problems_the_public_reports() {
    let p = Portal::start().await;
    let moderator = p.account("flags@example.org", Role::Moderator, None).await;
    let service = faro::model::ids::derive(&["kind", "legal-representation"]);
    let sent = reqwest::Client::new()
        .post(format!("{}/en/services/{service}/problem", p.base))
        .form(&[("problem", "closed"), ("details", "the office moved")])
        .send()
        .await
        .unwrap();
    assert_eq!(sent.status(), 200);
    let (_, queue) = p.get(&moderator, "/portal/queue").await;
    assert!(queue.contains("the office moved"), "{queue}");
    assert!(queue.contains("It has closed or moved"));
    let flag = between(&queue, "action=\"/portal/flags/", "\"");
    let csrf = between(&queue, "name=\"csrf\" value=\"", "\"");
    let closed = p
        .post(
            &moderator,
            &format!("/portal/flags/{flag}"),
            &[("csrf", &csrf), ("decision", "resolved")],
        )
        .await;
    assert_eq!(closed.status(), 303);
    assert!(p.app.state.store.open_flags().await.unwrap().is_empty());
    let (_, queue) = p.get(&moderator, "/portal/queue").await;
    assert!(queue.contains("No open reports"));
    let log = p.app.state.accounts.audit_log(None).await.unwrap();
    assert!(
        log.iter()
            .any(|e| e.action == "flag" && e.actor == "public")
    );
    assert!(log.iter().any(|e| e.action == "flag-resolved"));

    let asked = reqwest::Client::new()
        .post(format!("{}/en/ask-to-be-listed", p.base))
        .form(&[
            ("organization", "Casa Ejemplo"),
            ("website", "https://casa.example.org"),
            ("services", "Legal clinic"),
            ("contact", "https://casa.example.org/contact"),
            ("sources", "https://casa.example.org/about"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(asked.status(), 200);
    let (_, queue) = p.get(&moderator, "/portal/queue").await;
    assert!(
        queue.contains("Casa Ejemplo"),
        "the request reaches the queue"
    );
    let request = between(&queue, "action=\"/portal/requests/", "\"");
    let declined = p
        .post(
            &moderator,
            &format!("/portal/requests/{request}"),
            &[("csrf", &csrf), ("decision", "declined")],
        )
        .await;
    assert_eq!(declined.status(), 303);
    assert!(
        p.app
            .state
            .store
            .open_listing_requests()
            .await
            .unwrap()
            .is_empty()
    );
    let log = p.app.state.accounts.audit_log(None).await.unwrap();
    assert!(log.iter().any(|e| e.action == "listing-request-declined"));
}

#[actix_web::test]
async fn a_hold_takes_a_listing_off_search_the_router_and_the_api_until_released() {
    let p = Portal::start().await;
    let moderator = p.account("hold@example.org", Role::Moderator, None).await;
    let service = faro::model::ids::derive(&["childhelp", "hotline"]);
    let listed = |body: &serde_json::Value| {
        common::results(body)
            .iter()
            .any(|r| r["service_id"] == service.to_string())
    };
    let search = "/api/v1/search?need=abuse&place=77002&per_page=50";
    assert!(listed(&p.app.get(search).await.1), "listed before the hold");

    let (_, page) = p.get(&moderator, "/portal/holds").await;
    let csrf = between(&page, "name=\"csrf\" value=\"", "\"");
    let unknown = p
        .post(
            &moderator,
            "/portal/holds",
            &[("csrf", &csrf), ("service", "not a listing")],
        )
        .await;
    assert_eq!(unknown.status(), 422);
    let listing_url = format!("{}/en/services/{service}", p.base);
    let held = p
        .post(
            &moderator,
            "/portal/holds",
            &[("csrf", &csrf), ("service", &listing_url)],
        )
        .await;
    assert_eq!(held.headers()["location"], "/portal/holds");

    assert!(
        !listed(&p.app.get(search).await.1),
        "gone from search at once"
    );
    assert_eq!(
        p.app.get(&format!("/api/v1/services/{service}")).await.0,
        404
    );
    let route = serde_json::json!({"asker": "community", "danger_now": false, "situation": "abuse",
        "place": "77002", "channels": [], "wants_police": false});
    let answer: serde_json::Value = reqwest::Client::new()
        .post(format!("{}/api/v1/route", p.base))
        .json(&route)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(
        !answer.to_string().contains(&service.to_string()),
        "the router skips it: {answer}"
    );
    let (status, public) = p.get(&p.client(), &format!("/en/services/{service}")).await;
    assert_eq!(status, 200);
    assert!(
        public.contains("id=\"on-hold\""),
        "the page says it is being checked"
    );
    assert!(
        !public.contains("tel:+18004224453"),
        "and offers none of its numbers"
    );
    let (_, holds) = p.get(&moderator, "/portal/holds").await;
    assert!(holds.contains("on hold since") && holds.contains("hold@example.org"));

    let released = p
        .post(
            &moderator,
            "/portal/holds/release",
            &[
                ("csrf", &csrf),
                ("service", &service.to_string()),
                ("channel", ""),
            ],
        )
        .await;
    assert_eq!(released.status(), 303);
    assert!(listed(&p.app.get(search).await.1), "back after the release");

    let channel_hold = p
        .post(
            &moderator,
            "/portal/holds",
            &[
                ("csrf", &csrf),
                ("service", &service.to_string()),
                ("channel", "text"),
            ],
        )
        .await;
    assert_eq!(channel_hold.status(), 303);
    let (_, card) = p.app.get(&format!("/api/v1/services/{service}")).await;
    let kinds: Vec<&str> = card["service"]["channels"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["kind"].as_str())
        .collect();
    assert!(
        !kinds.contains(&"sms"),
        "the held channel is not offered: {kinds:?}"
    );
    let (_, public) = p.get(&p.client(), &format!("/en/services/{service}")).await;
    assert!(public.contains("id=\"channel-on-hold\""));
    let log = p.app.state.accounts.audit_log(None).await.unwrap();
    assert!(log.iter().any(|e| e.action == "hold") && log.iter().any(|e| e.action == "release"));
}

#[actix_web::test]
async fn organizations_confirm_their_listing_and_moderators_record_live_checks() {
    let p = Portal::start().await;
    let editor = p
        .account("fresh@supportkind.org", Role::Editor, Some("kind"))
        .await;
    let moderator = p.account("live@example.org", Role::Moderator, None).await;
    let kind = faro::model::ids::derive(&["kind", "legal-representation"]);
    reqwest::Client::new()
        .post(format!("{}/en/services/{kind}/problem", p.base))
        .form(&[
            ("problem", "wrong_contact"),
            ("details", "the form is broken"),
        ])
        .send()
        .await
        .unwrap();

    let (_, org) = p.get(&editor, "/portal/org").await;
    assert!(
        org.contains("id=\"stale\""),
        "never confirmed live: asked to check"
    );
    assert!(
        org.contains("the form is broken"),
        "the organization sees reports on its listings"
    );
    let csrf = between(&org, "name=\"csrf\" value=\"", "\"");
    let confirmed = p
        .post(&editor, "/portal/org/confirm", &[("csrf", &csrf)])
        .await;
    assert_eq!(confirmed.headers()["location"], "/portal/org?sent=1");

    let (_, queue) = p.get(&moderator, "/portal/queue").await;
    assert!(queue.contains("Nothing changed"), "{queue}");
    assert!(
        !queue.contains("class=\"check\""),
        "a confirmation needs no source check"
    );
    let revision = between(&queue, "action=\"/portal/queue/", "\"");
    let qcsrf = between(&queue, "name=\"csrf\" value=\"", "\"");
    p.post(
        &moderator,
        &format!("/portal/queue/{revision}"),
        &[("csrf", &qcsrf), ("decision", "approve")],
    )
    .await;
    let (_, org) = p.get(&editor, "/portal/org").await;
    assert!(!org.contains("id=\"stale\""), "confirmed today: fresh");
    let today = Utc::now().date_naive().to_string();
    assert!(org.contains(&today));

    // A moderator's live check of a national line, by call, dated yesterday.
    let line = faro::model::ids::derive(&["childhelp", "hotline"]);
    let (_, form) = p.get(&moderator, "/portal/checks").await;
    let csrf = between(&form, "name=\"csrf\" value=\"", "\"");
    let yesterday = (Utc::now() - Duration::days(1)).date_naive().to_string();
    let tomorrow = (Utc::now() + Duration::days(1)).date_naive().to_string();
    let future = p
        .post(
            &moderator,
            "/portal/checks",
            &[
                ("csrf", &csrf),
                ("service", &line.to_string()),
                ("method", "call"),
                ("on", &tomorrow),
            ],
        )
        .await;
    assert_eq!(future.status(), 422, "a check cannot be in the future");
    let recorded = p
        .post(
            &moderator,
            "/portal/checks",
            &[
                ("csrf", &csrf),
                ("service", &line.to_string()),
                ("method", "call"),
                ("on", &yesterday),
            ],
        )
        .await;
    assert_eq!(recorded.headers()["location"], "/portal/checks?done=1");
    let (_, service) = p.app.get(&format!("/api/v1/services/{line}")).await;
    let check = &service["service"]["channels"][0]["contact"]["live_check"];
    assert_eq!(check["on"], yesterday.as_str());
    assert_eq!(check["method"], "call");
    assert_eq!(check["by"], "live@example.org");
    assert_eq!(
        p.get(&editor, "/portal/checks").await.0,
        403,
        "editors do not record checks"
    );
}

#[actix_web::test]
async fn hours_with_holiday_closures_are_checked_then_proposed() {
    let p = Portal::start().await;
    let editor = p
        .account("hours@childhelp.example", Role::Editor, Some("childhelp"))
        .await;
    let path = "/portal/org/hotline/call";
    let (status, form) = p.get(&editor, path).await;
    assert_eq!(status, 200, "{form}");
    let csrf = between(&form, "name=\"csrf\" value=\"", "\"");
    let contact = between(&form, "id=\"contact\" name=\"contact\" value=\"", "\"");
    let post =
        |mode: &'static str, zone: &'static str, periods: &'static str, closed: &'static str| {
            let (csrf, contact) = (csrf.clone(), contact.clone());
            let p = &p;
            let editor = &editor;
            async move {
                let r = p
                    .post(
                        editor,
                        path,
                        &[
                            ("csrf", &csrf),
                            ("contact", &contact),
                            ("hours_mode", mode),
                            ("zone", zone),
                            ("periods", periods),
                            ("closed_on", closed),
                        ],
                    )
                    .await;
                (r.status().as_u16(), r.text().await.unwrap())
            }
        };
    for (mode, zone, periods, closed, says) in [
        (
            "weekly",
            "Mars/Olympus",
            "mon-fri 09:00-17:00",
            "",
            "Unknown time zone",
        ),
        (
            "weekly",
            "America/Phoenix",
            "someday 09:00-17:00",
            "",
            "not days and times",
        ),
        (
            "weekly",
            "America/Phoenix",
            "mon-fri 17:00-09:00",
            "",
            "not days and times",
        ),
        ("weekly", "America/Phoenix", "", "", "at least one line"),
        (
            "weekly",
            "America/Phoenix",
            "mon-fri 09:00-17:00",
            "12/25/2026",
            "not a date",
        ),
        ("sometimes", "", "", "", "Choose how the hours are known"),
    ] {
        let (status, html) = post(mode, zone, periods, closed).await;
        assert_eq!(status, 422, "{says}");
        assert!(html.contains(says), "{says}");
        assert!(
            html.contains("class=\"field-error\""),
            "shown beside its field: {says}"
        );
    }
    assert!(
        p.app.state.store.proposed().await.unwrap().is_empty(),
        "nothing stored"
    );
    let (status, _) = post(
        "weekly",
        "America/Phoenix",
        "mon-fri 08:00-20:00\nsat 10:00-14:00",
        "2026-12-25, 2027-01-01",
    )
    .await;
    assert_eq!(status, 303);
    let proposed = p.app.state.store.proposed().await.unwrap();
    let hours = &proposed[0].document.services[0].channels[0].hours.value;
    let faro::model::Schedule::Weekly(w) = hours else {
        panic!("{hours:?}")
    };
    assert_eq!(w.zone, "America/Phoenix");
    assert_eq!(w.periods.len(), 2);
    assert_eq!(w.closed_on, ["2026-12-25", "2027-01-01"]);
    // Another organization's listing is not reachable from this account at all.
    let (status, _) = p
        .get(&editor, "/portal/org/legal-representation/website")
        .await;
    assert_eq!(status, 404);
}

#[actix_web::test]
async fn a_service_form_checks_every_field_and_proposes_one_revision() {
    let p = Portal::start().await;
    let editor = p
        .account("svc@supportkind.org", Role::Editor, Some("kind"))
        .await;
    let path = "/portal/org/legal-representation";
    let (status, form) = p.get(&editor, path).await;
    assert_eq!(status, 200);
    let csrf = between(&form, "name=\"csrf\" value=\"", "\"");
    let base: Vec<(&str, &str)> = vec![
        ("csrf", &csrf),
        (
            "description_en",
            "Lawyers for children who came to the U.S. alone.",
        ),
        ("description_es", "Abogados para niños que llegaron solos."),
        ("needs", "legal"),
        ("audiences", "child"),
        ("cost", "free"),
        ("area", "national"),
    ];
    let with = |changes: &[(&'static str, &'static str)], drop: &[&str]| {
        let mut f: Vec<(&str, &str)> = base
            .iter()
            .copied()
            .filter(|(k, _)| !drop.contains(k) && !changes.iter().any(|(c, _)| c == k))
            .collect();
        f.extend_from_slice(changes);
        f
    };
    for (form, says) in [
        (with(&[("description_en", "")], &[]), "Say in English"),
        (with(&[], &["needs"]), "at least one thing"),
        (with(&[("needs", "astrology")], &[]), "at least one thing"),
        (with(&[], &["audiences"]), "who it is for"),
        (
            with(&[("age_min", "17"), ("age_max", "12")], &[]),
            "whole numbers",
        ),
        (with(&[("age_min", "-3")], &[]), "whole numbers"),
        (with(&[("cost", "cheap")], &[]), "Choose the cost"),
        (
            with(&[("area", "states"), ("states", "TX, ZZ")], &[]),
            "two-letter state codes",
        ),
        (with(&[("cost", "fee")], &[]), "needs the web address"),
        (
            with(&[("area", "counties"), ("counties", "99999")], &[]),
            "FIPS codes we know",
        ),
        (
            with(
                &[
                    ("area", "radius"),
                    ("radius_km", "0"),
                    ("radius_place", "hq"),
                ],
                &[],
            ),
            "from 1 to 500 km",
        ),
        (
            with(
                &[
                    ("area", "radius"),
                    ("radius_km", "30"),
                    ("radius_place", "mars"),
                ],
                &[],
            ),
            "from 1 to 500 km",
        ),
    ] {
        let r = p.post(&editor, path, &form).await;
        assert_eq!(r.status(), 422, "{says}");
        assert!(r.text().await.unwrap().contains(says), "{says}");
    }
    assert!(
        p.app.state.store.proposed().await.unwrap().is_empty(),
        "nothing stored"
    );
    let place = |zip: &'static str| {
        with(
            &[
                ("hq.street", "1 Main St"),
                ("hq.city", "Washington"),
                ("hq.state", "DC"),
                ("hq.zip", zip),
            ],
            &[],
        )
    };
    let bad_zip = p.post(&editor, path, &place("99999")).await;
    assert_eq!(bad_zip.status(), 422);
    assert!(bad_zip.text().await.unwrap().contains("Place hq needs"));
    let unsourced = p.post(&editor, path, &place("20005")).await;
    assert_eq!(unsourced.status(), 422, "a moved place needs its source");
    assert!(p.app.state.store.proposed().await.unwrap().is_empty());
    let ok = p
        .post(
            &editor,
            path,
            &with(
                &[
                    ("area", "states"),
                    ("states", "tx, la"),
                    ("age_max", "21"),
                    ("audiences", "sponsor"),
                ],
                &[],
            ),
        )
        .await;
    assert_eq!(ok.headers()["location"], "/portal/org?sent=1");
    let proposed = p.app.state.store.proposed().await.unwrap();
    let service = &proposed[0].document.services[0];
    assert!(
        matches!(&service.area, faro::model::ServiceArea::States { states } if states == &["TX", "LA"])
    );
    assert_eq!(service.ages.unwrap().max, Some(21));
    assert_eq!(
        service.description.get("es"),
        Some("Abogados para niños que llegaron solos.")
    );
    let moved = p
        .post(
            &editor,
            path,
            &with(
                &[
                    ("hq.remove", "yes"),
                    ("new.street", "100 Main St"),
                    ("new.city", "Houston"),
                    ("new.state", "TX"),
                    ("new.zip", "77002"),
                    ("new.confidential", "yes"),
                    ("source", "https://supportkind.org/houston"),
                ],
                &[],
            ),
        )
        .await;
    assert_eq!(moved.status(), 303);
    let latest = p.app.state.store.proposed().await.unwrap();
    let places = &latest[1].document.services[0].locations;
    assert_eq!(places.len(), 1, "hq taken off, one place added");
    assert_eq!(places[0].address.value.city, "Houston");
    assert!(places[0].confidential_address);
    assert!(
        !places[0].address.sources.is_empty(),
        "the new address cites its source"
    );
    let es = service.description.entry("es").unwrap();
    assert_eq!(
        es.status(),
        faro::model::TextStatus::Draft,
        "an organization's translation is a draft"
    );
}

#[actix_web::test]
async fn a_new_password_ends_every_session_at_once() {
    let p = Portal::start().await;
    let laptop = p
        .account("pw@supportkind.org", Role::Editor, Some("kind"))
        .await;
    let phone = p.client();
    let signed = p
        .post(
            &phone,
            "/portal/login",
            &[("email", "pw@supportkind.org"), ("password", GOOD_PASSWORD)],
        )
        .await;
    assert_eq!(signed.status(), 303);
    assert_eq!(p.get(&phone, "/portal/").await.0, 200);

    let (_, form) = p.get(&laptop, "/portal/password").await;
    let csrf = between(&form, "name=\"csrf\" value=\"", "\"");
    let new = "harbor lamps winter 77";
    let wrong = p
        .post(
            &laptop,
            "/portal/password",
            &[
                ("csrf", &csrf),
                ("current", "not it at all"),
                ("password", new),
                ("password2", new),
            ],
        )
        .await;
    assert_eq!(wrong.status(), 422);
    let weak = p
        .post(
            &laptop,
            "/portal/password",
            &[
                ("csrf", &csrf),
                ("current", GOOD_PASSWORD),
                ("password", "leavemealone"),
                ("password2", "leavemealone"),
            ],
        )
        .await;
    assert_eq!(weak.status(), 422);
    let changed = p
        .post(
            &laptop,
            "/portal/password",
            &[
                ("csrf", &csrf),
                ("current", GOOD_PASSWORD),
                ("password", new),
                ("password2", new),
            ],
        )
        .await;
    assert_eq!(changed.headers()["location"], "/portal/login?changed=1");
    assert_eq!(
        p.get(&laptop, "/portal/").await.0,
        303,
        "this session ended"
    );
    assert_eq!(
        p.get(&phone, "/portal/").await.0,
        303,
        "and the one on the other device"
    );
    let old = p
        .post(
            &phone,
            "/portal/login",
            &[("email", "pw@supportkind.org"), ("password", GOOD_PASSWORD)],
        )
        .await;
    assert_eq!(old.status(), 401);
    let again = p
        .post(
            &phone,
            "/portal/login",
            &[("email", "pw@supportkind.org"), ("password", new)],
        )
        .await;
    assert_eq!(again.headers()["location"], "/portal/");
}

#[actix_web::test]
async fn malformed_phone_numbers_are_explained_and_change_nothing() {
    let p = Portal::start().await;
    let editor = p
        .account("ph@childhelp.example", Role::Editor, Some("childhelp"))
        .await;
    let path = "/portal/org/hotline/call";
    let (_, form) = p.get(&editor, path).await;
    let csrf = between(&form, "name=\"csrf\" value=\"", "\"");
    for number in ["12", "call us", "+0 555 123 4567", "555-1234"] {
        let r = p
            .post(
                &editor,
                path,
                &[
                    ("csrf", &csrf),
                    ("contact", number),
                    ("source", "https://childhelphotline.org/"),
                ],
            )
            .await;
        assert_eq!(r.status(), 422, "{number}");
        assert!(
            r.text()
                .await
                .unwrap()
                .contains("not a phone number we can dial"),
            "{number}"
        );
    }
    assert!(p.app.state.store.proposed().await.unwrap().is_empty());
    let ok = p
        .post(
            &editor,
            path,
            &[
                ("csrf", &csrf),
                ("contact", "(800) 555-0199"),
                ("source", "https://childhelphotline.org/"),
            ],
        )
        .await;
    assert_eq!(ok.status(), 303);
    let proposed = p.app.state.store.proposed().await.unwrap();
    assert_eq!(
        proposed[0].document.services[0].channels[0].contact.value,
        "+18005550199"
    );
}

#[actix_web::test]
async fn every_portal_handler_refuses_an_editor_outside_its_own_organization() {
    let p = Portal::start().await;
    let editor = p
        .account("own@supportkind.org", Role::Editor, Some("kind"))
        .await;
    let (_, home) = p.get(&editor, "/portal/").await;
    let csrf = between(&home, "name=\"csrf\" value=\"", "\"");
    // CLINIC's service and channel, and moderator-only pages, from a KIND editor.
    for path in [
        "/portal/org/affiliate-network",
        "/portal/org/affiliate-network/website",
        "/portal/queue",
        "/portal/holds",
        "/portal/checks",
    ] {
        let (status, _) = p.get(&editor, path).await;
        assert!(status == 404 || status == 403, "GET {path}: {status}");
    }
    for path in [
        "/portal/org/affiliate-network",
        "/portal/org/affiliate-network/website",
        "/portal/queue/1",
        "/portal/flags/1",
        "/portal/holds",
        "/portal/holds/release",
        "/portal/checks",
    ] {
        let r = p
            .post(
                &editor,
                path,
                &[
                    ("csrf", &csrf),
                    ("service", "any"),
                    ("decision", "approve"),
                    ("contact", "https://evil.example"),
                ],
            )
            .await;
        let status = r.status().as_u16();
        assert!(status == 404 || status == 403, "POST {path}: {status}");
    }
    assert!(
        p.app.state.store.proposed().await.unwrap().is_empty(),
        "nothing was proposed"
    );
    let clinic = faro::model::ids::derive(&["clinic"]);
    let history = p.app.state.store.history(clinic).await.unwrap();
    assert_eq!(history.len(), 1, "CLINIC's listing is untouched");
}

#[actix_web::test]
async fn editors_hear_of_decisions_flags_and_staleness_by_email_in_their_language() {
    let sink = common::smtp::Sink::start();
    let p = Portal::start_with(|c| {
        c.smtp_url = Some(sink.url());
        c.mail_from = Some("Faro <faro@example.org>".into());
        c.public_url = Some("https://faro.example.org".into());
    })
    .await;
    let state = p.app.state.clone();
    let mailer = state.mailer.clone().expect("e-mail is configured");
    let send = || async {
        faro::mail::delivery::send_due(state.outbox.as_ref(), &mailer)
            .await
            .unwrap()
    };
    let editor = p
        .account_in("ana@supportkind.org", Role::Editor, Some("kind"), "es")
        .await;
    let moderator = p.account("mod@example.org", Role::Moderator, None).await;

    let path = "/portal/org/legal-representation/website";
    let (_, form) = p.get(&editor, path).await;
    let csrf = between(&form, "name=\"csrf\" value=\"", "\"");
    let sent = p
        .post(
            &editor,
            path,
            &[
                ("csrf", &csrf),
                ("contact", "https://supportkind.org/get-help"),
                ("source", "https://supportkind.org/get-help"),
                ("languages", "eng, spa"),
            ],
        )
        .await;
    assert_eq!(sent.status(), 303);
    let (_, queue) = p.get(&moderator, "/portal/queue").await;
    let revision = between(&queue, "action=\"/portal/queue/", "\"");
    let csrf = between(&queue, "name=\"csrf\" value=\"", "\"");
    let rejected = p
        .post(
            &moderator,
            &format!("/portal/queue/{revision}"),
            &[
                ("csrf", &csrf),
                ("decision", "reject"),
                ("note", "The agency page still shows the old address."),
            ],
        )
        .await;
    assert_eq!(rejected.status(), 303);

    let service = faro::model::ids::derive(&["kind", "legal-representation"]);
    let reported = reqwest::Client::new()
        .post(format!("{}/en/services/{service}/problem", p.base))
        .form(&[
            ("problem", "wrong_hours"),
            ("details", "they closed early, my number is 555 123 4567"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(reported.status(), 200);

    assert_eq!(send().await, 2, "the decision and the flag notice leave");
    let mails = sink.wait_for(2);
    assert!(
        mails.iter().all(|m| m.to == ["ana@supportkind.org"]),
        "{mails:#?}"
    );
    assert!(mails.iter().all(|m| m.from == "faro@example.org"));
    let decision = mails[0].body();
    assert!(
        decision.contains("no aceptó"),
        "Spanish, as invited: {decision}"
    );
    assert!(decision.contains("The agency page still shows the old address."));
    assert!(decision.contains("https://faro.example.org/portal/org"));
    let flag = mails[1].body();
    assert!(flag.contains("El horario está mal"), "{flag}");
    for private in ["closed early", "555", "127.0.0.1"] {
        assert!(
            !flag.contains(private),
            "the notice carries no report text or address: {flag}"
        );
    }

    let today = chrono::Utc::now().date_naive();
    let queued = faro::mail::reminders::queue_due(&state, &mailer, today)
        .await
        .unwrap();
    assert_eq!(
        queued, 1,
        "one reminder: the listing was never confirmed by its editor"
    );
    let again = faro::mail::reminders::queue_due(&state, &mailer, today)
        .await
        .unwrap();
    assert_eq!(again, 0, "a reminder is queued once per deadline");
    assert_eq!(send().await, 1);
    let reminder = &sink.wait_for(3)[2];
    assert!(
        reminder.body().contains("puede estar desactualizado"),
        "{}",
        reminder.body()
    );
    assert_eq!(send().await, 0, "nothing is sent twice");
}

#[actix_web::test]
async fn a_mail_server_that_is_down_loses_no_notice() {
    let port = common::nginx::free_port();
    let p = Portal::start_with(|c| {
        c.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
        c.mail_from = Some("faro@example.org".into());
    })
    .await;
    let state = p.app.state.clone();
    let mailer = state.mailer.clone().unwrap();
    p.account("ana@supportkind.org", Role::Editor, Some("kind"))
        .await;
    let service = faro::model::ids::derive(&["kind", "legal-representation"]);
    let reported = reqwest::Client::new()
        .post(format!("{}/en/services/{service}/problem", p.base))
        .form(&[("problem", "closed")])
        .send()
        .await
        .unwrap();
    assert_eq!(reported.status(), 200, "the report does not wait on e-mail");
    let sent = faro::mail::delivery::send_due(state.outbox.as_ref(), &mailer)
        .await
        .unwrap();
    assert_eq!(sent, 0, "nothing listens on port {port}");
    assert_eq!(state.outbox.unsent().await.unwrap(), 1, "the notice waits");
    let metrics = reqwest::get(format!("{}/metrics", p.base))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(metrics.contains("faro_mail_unsent 1"), "{metrics}");
}

/// The revision ids of the sample a batch page shows, as its form names them.
fn sample_of(page: &str) -> String {
    between(page, "name=\"sample\" value=\"", "\"")
}

#[actix_web::test]
async fn an_import_is_approved_as_a_batch_only_after_a_random_sample_was_shown() {
    let p = Portal::start().await;
    let store = p.app.state.store.as_ref();
    let dc = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/hsds-samples/dc-orservices-2.0"
    );
    let provenance = faro::hsds::foreign::Provenance {
        origin: "https://example.org/dc",
        date: "2026-05-01",
        places: &p.app.state.places,
        languages: &p.app.state.languages,
    };
    let read = faro::hsds::import::read_csv(std::path::Path::new(dc), &provenance).unwrap();
    let note = "HSDS import of https://example.org/dc (sha256 test) on 2026-05-01";
    let proposed =
        faro::hsds::import::propose_foreign(store, provenance.origin, &read.foreign, note)
            .await
            .unwrap();
    assert_eq!(proposed.revisions.len(), 57);
    let before = store.snapshot().await.unwrap().1.len();

    let moderator = p.account("batch@example.org", Role::Moderator, None).await;
    let (_, list) = p.get(&moderator, "/portal/imports").await;
    assert!(list.contains("Listings: 57"), "{list}");
    let first = between(&list, "href=\"/portal/imports/", "\"");
    let url = format!("/portal/imports/{first}");

    let (status, shown) = p.get(&moderator, &url).await;
    assert_eq!(status, 200);
    let sample = sample_of(&shown);
    let ids: Vec<i64> = sample.split(',').map(|i| i.parse().unwrap()).collect();
    assert_eq!(ids.len(), 6, "a tenth of 57, at least five");
    assert!(ids.iter().all(|id| proposed.revisions.contains(id)));
    assert!(
        shown.contains("picked these 6 of the 57 listings at random"),
        "{shown}"
    );
    let csrf = between(&shown, "name=\"csrf\" value=\"", "\"");

    // A sample this moderator was not shown does not approve anything.
    let forged = p
        .post(
            &moderator,
            &url,
            &[
                ("csrf", &csrf),
                ("sample", "1,2,3"),
                ("sources_opened", "yes"),
                ("decision", "approve"),
            ],
        )
        .await;
    assert_eq!(forged.status(), 422);
    let again = forged.text().await.unwrap();
    assert!(
        again.contains("Review the sample on this page first"),
        "{again}"
    );
    assert_eq!(store.snapshot().await.unwrap().1.len(), before);

    // New phone numbers: the dataset's source must have been opened.
    let unticked = p
        .post(
            &moderator,
            &url,
            &[
                ("csrf", &csrf),
                ("sample", &sample_of(&again)),
                ("decision", "approve"),
            ],
        )
        .await;
    assert_eq!(unticked.status(), 422);
    let again = unticked.text().await.unwrap();
    assert!(again.contains("then tick the box"), "{again}");

    let approved = p
        .post(
            &moderator,
            &url,
            &[
                ("csrf", &csrf),
                ("sample", &sample_of(&again)),
                ("sources_opened", "yes"),
                ("decision", "approve"),
            ],
        )
        .await;
    assert_eq!(approved.status(), 303);
    assert_eq!(store.snapshot().await.unwrap().1.len(), before + 57);
    assert!(
        store
            .proposed()
            .await
            .unwrap()
            .iter()
            .all(|r| r.author_kind != faro::store::AuthorKind::Import)
    );
    let (_, list) = p.get(&moderator, "/portal/imports").await;
    assert!(list.contains("No imports are waiting"), "{list}");
    let log = p.app.state.accounts.audit_log(None).await.unwrap();
    assert_eq!(
        log.iter().filter(|e| e.action == "import-sample").count(),
        3
    );
    assert!(log.iter().any(|e| e.action == "import-batch-approve"
        && e.detail.ends_with("57 approved, 0 left for the queue")));

    // An editor cannot open the batches.
    let editor = p
        .account("batch-editor@example.org", Role::Editor, Some("kind"))
        .await;
    let (status, _) = p.get(&editor, "/portal/imports").await;
    assert_ne!(status, 200);
}

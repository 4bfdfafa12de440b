//! The operator's path on this machine, as docs/operating.md tells it: configure from the
//! environment, start behind nginx (Debian's package, `deploy/nginx-faro.conf`) on
//! loopback, invite by e-mail, back up, restore into a fresh store, start again, search.

mod common;

use std::time::{Duration, Instant};

use common::nginx::{self, curl, free_port};
use common::process::{faro, serve_on, serve_with, workspace};
use common::smtp::Sink;

const PASSWORD: &str = "river tiles ocean 42";

fn wait_ready_through(base: &str) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while curl(&[&format!("{base}/readyz")]).0 != 200 {
        assert!(
            Instant::now() < deadline,
            "not ready through nginx within a minute"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn sign_in(base: &str, jar: &std::path::Path) -> (u16, String) {
    let jar = jar.display().to_string();
    let (status, head, _) = curl(&[
        "-c",
        &jar,
        "-H",
        "Sec-Fetch-Site: same-origin",
        "--data-urlencode",
        "email=ana@supportkind.org",
        "--data-urlencode",
        &format!("password={PASSWORD}"),
        &format!("{base}/portal/login"),
    ]);
    (status, head)
}

#[test]
fn an_operator_deploys_behind_nginx_invites_by_email_backs_up_restores_and_searches() {
    if !nginx::available() {
        return;
    }
    let sink = Sink::start();
    let dir = workspace();
    let https_port = free_port();
    let public = format!("https://127.0.0.1:{https_port}");
    let node = format!("127.0.0.1:{}", free_port());
    let smtp = sink.url();
    let settings = [
        ("FARO_PUBLIC_URL", public.as_str()),
        ("FARO_TRUSTED_PROXY", "127.0.0.1"),
        ("FARO_SMTP_URL", smtp.as_str()),
        ("FARO_MAIL_FROM", "Faro <faro@example.org>"),
    ];
    let server = serve_on(dir.path(), &node, &settings);
    let proxy = nginx::start(std::slice::from_ref(&node), https_port);
    wait_ready_through(&public);

    let (status, head, page) = curl(&[&format!("{public}/en/search?q=abogado&place=77002")]);
    assert_eq!(status, 200);
    assert!(page.contains("<html"), "{page}");
    let head = head.to_ascii_lowercase();
    for kept in [
        "content-security-policy: default-src 'self'",
        "referrer-policy: no-referrer",
        "cache-control: no-store",
        "x-content-type-options: nosniff",
        "strict-transport-security: max-age=",
    ] {
        assert!(head.contains(kept), "{kept} in\n{head}");
    }
    let (status, head, _) = curl(&[&format!("http://127.0.0.1:{}/en/", proxy.http_port)]);
    assert_eq!(status, 301, "plain HTTP goes to TLS");
    assert!(head.contains("Location: https://"), "{head}");
    assert_eq!(
        curl(&[&format!("{public}/metrics")]).0,
        404,
        "metrics stay inside"
    );

    let invited = faro(dir.path())
        .envs(settings)
        .args([
            "user",
            "invite",
            "--email",
            "ana@supportkind.org",
            "--role",
            "editor",
        ])
        .args(["--org", "kind", "--locale", "es"])
        .output()
        .unwrap();
    assert!(
        invited.status.success(),
        "{}",
        String::from_utf8_lossy(&invited.stderr)
    );
    assert!(String::from_utf8_lossy(&invited.stdout).contains("e-mailed"));
    let mail = sink.wait_for(1).remove(0);
    assert_eq!(mail.to, ["ana@supportkind.org"]);
    assert!(
        mail.body().contains("Elija su contraseña"),
        "{}",
        mail.body()
    );
    let link = mail
        .body()
        .split_whitespace()
        .find(|w| w.starts_with(&format!("{public}/portal/invite/")))
        .unwrap_or_else(|| panic!("no link in {}", mail.body()))
        .to_string();
    let (status, _, _) = curl(&[
        "-H",
        "Sec-Fetch-Site: same-origin",
        "--data-urlencode",
        &format!("password={PASSWORD}"),
        "--data-urlencode",
        &format!("password2={PASSWORD}"),
        &link,
    ]);
    assert_eq!(status, 303, "the password is set through nginx");
    let jar = dir.path().join("cookies");
    let (status, head) = sign_in(&public, &jar);
    assert_eq!(status, 303);
    assert!(head.to_ascii_lowercase().contains("secure"), "{head}");

    let signed_in = |jar: &std::path::Path| {
        curl(&[
            "-b",
            &jar.display().to_string(),
            &format!("{public}/portal/org"),
        ])
        .0
    };
    assert_eq!(signed_in(&jar), 200);
    let ended = faro(dir.path())
        .args(["user", "sign-out-all"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&ended.stdout).contains("ended 1 portal sessions"));
    assert_ne!(signed_in(&jar), 200, "every session ended at once");

    let backup = dir.path().join("faro-backup.db");
    let backed_up = faro(dir.path())
        .arg("backup")
        .arg(&backup)
        .output()
        .unwrap();
    assert!(backed_up.status.success());
    server.kill();

    let fresh = tempfile::tempdir().unwrap();
    let fresh_var = fresh.path().join("var").display().to_string();
    let restored = faro(dir.path())
        .env("FARO_VAR_DIR", &fresh_var)
        .arg("restore")
        .arg(&backup)
        .output()
        .unwrap();
    assert!(
        restored.status.success(),
        "{}",
        String::from_utf8_lossy(&restored.stderr)
    );
    let mut again = settings.to_vec();
    again.push(("FARO_VAR_DIR", &fresh_var));
    let _server = serve_on(dir.path(), &node, &again);
    wait_ready_through(&public);

    let (status, _, found) = curl(&[&format!(
        "{public}/api/v1/search?need=legal&place=77002&lang=spa"
    )]);
    assert_eq!(status, 200);
    let found: serde_json::Value = serde_json::from_str(&found).unwrap();
    assert!(found["total"].as_u64().unwrap() > 0, "{found}");
    assert_eq!(
        sign_in(&public, &dir.path().join("cookies2")).0,
        303,
        "the restored store knows the editor"
    );

    let log = proxy.access_log();
    assert!(log.contains("GET /api/v1/search 200"), "{log}");
    for never in ["?", "77002", "abogado", "127.0.0.1"] {
        assert!(
            !log.contains(never),
            "{never:?} in nginx's access log:\n{log}"
        );
    }
}

#[tokio::test]
async fn readyz_says_not_ready_while_the_store_migrates_and_seeds() {
    let dir = workspace();
    let synthetic = dir.path().join("synthetic");
    let made = faro(dir.path())
        .args(["synth", "--services", "3000"])
        .arg(&synthetic)
        .output()
        .unwrap();
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let synthetic = synthetic.display().to_string();
    let server = serve_with(dir.path(), &[("FARO_DATA_DIR", &synthetic)]);
    let first = reqwest::get(format!("{}/readyz", server.base))
        .await
        .unwrap();
    assert_eq!(
        first.status(),
        503,
        "answering, not ready, while seeding 3,000 services"
    );
    assert_eq!(first.headers()["retry-after"], "5");
    let body: serde_json::Value = first.json().await.unwrap();
    assert_eq!(body["error"], "not_ready");
    let alive = reqwest::get(format!("{}/healthz", server.base))
        .await
        .unwrap();
    assert_eq!(alive.status(), 200, "alive all along");
    common::process::wait_ready(&server.base).await;
    let searched = reqwest::get(format!("{}/api/v1/search?place=77002", server.base))
        .await
        .unwrap();
    assert_eq!(searched.status(), 200, "the site is served once ready");
}

#[tokio::test]
async fn a_restart_with_data_as_last_seeded_skips_the_seed_and_a_changed_file_is_read() {
    let dir = workspace();
    let logged = |server: &common::process::Server, line: &str| {
        server.log.lock().unwrap().iter().any(|l| l.contains(line))
    };
    let first = serve_with(dir.path(), &[]);
    common::process::wait_ready(&first.base).await;
    assert!(logged(&first, "seeded from data/"));
    first.kill();

    let again = serve_with(dir.path(), &[]);
    common::process::wait_ready(&again.base).await;
    assert!(logged(&again, "data/ is as last seeded"));
    assert!(!logged(&again, "seeded from data/"));
    again.kill();

    let file = std::fs::read_dir(dir.path().join("data/directory"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let mut text = std::fs::read_to_string(&file).unwrap();
    text.push_str("\n# touched by a test\n");
    std::fs::write(&file, text).unwrap();
    let changed = serve_with(dir.path(), &[]);
    common::process::wait_ready(&changed.base).await;
    assert!(
        logged(&changed, "seeded from data/"),
        "a changed file is read again"
    );
}

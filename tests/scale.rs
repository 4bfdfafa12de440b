//! Scaling out, as README's "Running at scale" tells it: three `faro serve` nodes on one
//! PostgreSQL behind Debian's nginx (the shipped `deploy/nginx-faro.conf`). Moderators
//! approve edits through every node; one node is killed with SIGKILL mid-stream and
//! restarted; PostgreSQL is stopped and started mid-stream. Every node converges and
//! nothing acknowledged is lost.

mod common;

use std::time::{Duration, Instant};

use chrono::Utc;
use common::between;
use common::nginx::{self, curl, free_port};
use common::pg::Cluster;
use common::process::{Server, faro, serve_on, wait_ready, workspace};
use faro::model::LocalizedText;
use faro::portal::totp;
use faro::store::{AuthorKind, NewRevision, SqlStore, Store};

const PASSWORD: &str = "river tiles ocean 42";
const APPROVALS: usize = 24;
const KILL_AT: usize = 6;
const RESTART_AT: usize = 10;
const DATABASE_DOWN_AT: usize = 15;

struct Node {
    bind: String,
    var: String,
    server: Option<Server>,
}

impl Node {
    fn base(&self) -> String {
        format!("http://{}", self.bind)
    }
}

fn settings<'a>(database: &'a str, var: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("FARO_DATABASE_URL", database),
        ("FARO_VAR_DIR", var),
        ("FARO_COOKIE_SECURE", "false"),
        ("FARO_TRUSTED_PROXY", "127.0.0.1"),
    ]
}

/// The service names a node's index returns for `q`.
async fn found(base: &str, q: &str) -> Vec<String> {
    let Ok(resp) = reqwest::get(format!("{base}/api/v1/search?q={q}&per_page=50")).await else {
        return Vec::new();
    };
    let body: serde_json::Value = resp.json().await.unwrap_or_default();
    body["results"]
        .as_array()
        .map(|results| {
            results
                .iter()
                .filter_map(|r| r["name"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// A word no listing uses, different for every approval.
fn word(i: usize) -> String {
    let letters: String = format!("{i:02}")
        .chars()
        .map(|d| (b'a' + d.to_digit(10).unwrap() as u8) as char)
        .collect();
    format!("quorum{letters}")
}

/// Waits until every running node finds `name` by `q`; how long the slowest took.
async fn converged(nodes: &[Node], q: &str, name: &str, since: Instant) -> Duration {
    let deadline = since + Duration::from_secs(30);
    for node in nodes.iter().filter(|n| n.server.is_some()) {
        while !found(&node.base(), q).await.iter().any(|n| n == name) {
            assert!(
                Instant::now() < deadline,
                "{} did not show {name:?} within 30 s",
                node.bind
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
    since.elapsed()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn three_nodes_behind_nginx_converge_through_a_node_kill_and_a_database_restart() {
    if !nginx::available() {
        return;
    }
    let Some(cluster) = Cluster::start() else {
        return;
    };
    let database = cluster.create_database("faro");
    let dir = workspace();
    let mut nodes: Vec<Node> = (0..3)
        .map(|i| Node {
            bind: format!("127.0.0.1:{}", free_port()),
            var: dir.path().join(format!("var-{i}")).display().to_string(),
            server: None,
        })
        .collect();
    // All three start at once: one seeds, the others wait for it and find it done.
    for node in &mut nodes {
        node.server = Some(serve_on(
            dir.path(),
            &node.bind,
            &settings(&database, &node.var),
        ));
    }
    for node in &nodes {
        wait_ready(&node.base()).await;
    }
    let https_port = free_port();
    let upstreams: Vec<String> = nodes.iter().map(|n| n.bind.clone()).collect();
    let proxy = nginx::start(&upstreams, https_port);
    let public = proxy.base();

    // A moderator's session made on one node is good on every node.
    let invited = faro(dir.path())
        .envs(settings(&database, &nodes[0].var))
        .args([
            "user",
            "invite",
            "--email",
            "mod@example.org",
            "--role",
            "moderator",
        ])
        .output()
        .unwrap();
    assert!(invited.status.success(), "{invited:?}");
    let link = String::from_utf8_lossy(&invited.stdout).trim().to_string();
    let token = link.rsplit('/').next().unwrap().to_string();
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let post = |base: String, path: String, form: Vec<(&'static str, String)>| {
        let client = client.clone();
        async move {
            client
                .post(format!("{base}{path}"))
                .header("Origin", &base)
                .form(&form)
                .send()
                .await
                .unwrap()
        }
    };
    let set = post(
        nodes[0].base(),
        format!("/portal/invite/{token}"),
        vec![
            ("password", PASSWORD.into()),
            ("password2", PASSWORD.into()),
        ],
    )
    .await;
    assert_eq!(set.status(), 303);
    let login = post(
        nodes[1].base(),
        "/portal/login".into(),
        vec![
            ("email", "mod@example.org".into()),
            ("password", PASSWORD.into()),
        ],
    )
    .await;
    assert_eq!(login.headers()["location"], "/portal/enrol");
    let enrol = client
        .get(format!("{}/portal/enrol", nodes[2].base()))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let secret = between(&enrol, "<code id=\"totp-secret\">", "</code>");
    let csrf = between(&enrol, "name=\"csrf\" value=\"", "\"");
    let code = totp::code_at(&secret, Utc::now().timestamp()).unwrap();
    let enrolled = post(
        nodes[2].base(),
        "/portal/enrol".into(),
        vec![("csrf", csrf.clone()), ("secret", secret), ("code", code)],
    )
    .await;
    assert_eq!(enrolled.headers()["location"], "/portal/");

    // Editors' changes arrive in the shared store; moderators approve them node by node.
    let store = SqlStore::connect_postgres(&database).await.unwrap();
    let polaris = faro::model::ids::derive(&["polaris"]);
    let mut acknowledged: Vec<(i64, String)> = Vec::new();
    let mut waits: Vec<Duration> = Vec::new();
    for i in 0..APPROVALS {
        if i == KILL_AT {
            nodes[1].server.take().unwrap().kill();
        }
        if i == RESTART_AT {
            let node = &mut nodes[1];
            node.server = Some(serve_on(
                dir.path(),
                &node.bind,
                &settings(&database, &node.var),
            ));
            wait_ready(&node.base()).await;
        }
        if i == DATABASE_DOWN_AT {
            database_outage(
                &cluster,
                &nodes,
                &public,
                &client,
                &csrf,
                acknowledged.len(),
            )
            .await;
        }
        let current = store.current(polaris).await.unwrap().unwrap();
        let mut doc = current.document.clone();
        let name = format!("Hotline {}", word(i));
        doc.services[0].name = LocalizedText::en(&name);
        let revision = store
            .propose(NewRevision {
                document: &doc,
                author: "editor@polaris.example",
                author_kind: AuthorKind::Portal,
                note: "rename",
                base_revision: Some(current.id),
            })
            .await
            .unwrap();
        let through = nodes
            .iter()
            .cycle()
            .skip(i % 3)
            .find(|n| n.server.is_some())
            .unwrap();
        let started = Instant::now();
        let decided = post(
            through.base(),
            format!("/portal/queue/{revision}"),
            vec![
                ("csrf", csrf.clone()),
                ("decision", "approve".into()),
                ("sources_opened", "yes".into()),
                ("note", format!("approval {i}")),
            ],
        )
        .await;
        assert_eq!(
            decided.status(),
            303,
            "approval {i} through {}",
            through.bind
        );
        acknowledged.push((revision, name.clone()));
        waits.push(converged(&nodes, &word(i), &name, started).await);
    }

    // Every acknowledged approval is in the store, in order, without a gap.
    let seqs: Vec<i64> = approved_seqs(&store, &acknowledged).await;
    assert!(seqs.windows(2).all(|w| w[1] == w[0] + 1), "{seqs:?}");
    assert_eq!(*seqs.last().unwrap(), store.last_seq().await.unwrap());
    // And every node, through nginx or directly, shows the last one.
    let (_, last) = acknowledged.last().unwrap();
    for node in &nodes {
        assert!(
            found(&node.base(), &word(APPROVALS - 1))
                .await
                .contains(last)
        );
    }
    let (status, _, body) = curl(&[&format!("{public}/api/v1/search?q={}", word(APPROVALS - 1))]);
    assert_eq!(status, 200);
    assert!(body.contains(last.as_str()), "{body}");

    waits.sort();
    eprintln!(
        "convergence of {} approvals on three nodes: median {:?}, slowest {:?}",
        waits.len(),
        waits[waits.len() / 2],
        waits.last().unwrap()
    );
}

/// The id of the Polaris hotline service, the one renamed through the stream.
fn hotline() -> uuid::Uuid {
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/directory/polaris.toml");
    let org: faro::model::Organization =
        toml::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    org.service_uuid(&org.services[0])
}

async fn approved_seqs(store: &SqlStore, acknowledged: &[(i64, String)]) -> Vec<i64> {
    let mut seqs = Vec::new();
    for (revision, _) in acknowledged {
        let r = store.revision(*revision).await.unwrap();
        assert_eq!(
            r.status,
            faro::store::RevisionStatus::Approved,
            "revision {revision}"
        );
        seqs.push(r.seq.unwrap());
    }
    seqs
}

/// PostgreSQL stops under the running nodes: search keeps answering from each node's index,
/// the portal says it is read-only and saves nothing, `/readyz` stops saying ready; when it
/// is back, the nodes catch up and say ready again.
async fn database_outage(
    cluster: &Cluster,
    nodes: &[Node],
    public: &str,
    client: &reqwest::Client,
    csrf: &str,
    approved_so_far: usize,
) {
    cluster.stop();
    for _ in 0..6 {
        let (status, _, body) = curl(&[&format!("{public}/api/v1/search?q=trafficking")]);
        assert_eq!(status, 200, "search serves from the index: {body}");
    }
    let refused = client
        .post(format!("{}/portal/queue/1", nodes[0].base()))
        .header("Origin", nodes[0].base())
        .form(&[("csrf", csrf), ("decision", "approve")])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 503);
    assert!(refused.text().await.unwrap().contains("read-only"));
    let polaris = SqlStore::connect_postgres(&cluster.url("faro")).await;
    assert!(polaris.is_err(), "the database is really down");
    let report = client
        .post(format!(
            "{}/es/services/{}/problem",
            nodes[2].base(),
            hotline()
        ))
        .header("Origin", nodes[2].base())
        .form(&[("problem", "closed")])
        .send()
        .await
        .unwrap();
    assert_eq!(
        report.status(),
        503,
        "a public form saves nothing, and says so"
    );
    assert!(
        report
            .text()
            .await
            .unwrap()
            .contains("La base de datos no responde")
    );
    let deadline = Instant::now() + Duration::from_secs(30);
    for node in nodes {
        while reqwest::get(format!("{}/readyz", node.base()))
            .await
            .unwrap()
            .status()
            != 503
        {
            assert!(Instant::now() < deadline, "{} still says ready", node.bind);
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    cluster.resume();
    for node in nodes {
        wait_ready(&node.base()).await;
    }
    let store = SqlStore::connect_postgres(&cluster.url("faro"))
        .await
        .unwrap();
    let approved = store
        .history(faro::model::ids::derive(&["polaris"]))
        .await
        .unwrap()
        .iter()
        .filter(|r| r.note == "rename" && r.seq.is_some())
        .count();
    assert_eq!(
        approved, approved_so_far,
        "nothing was lost or half-written"
    );
}

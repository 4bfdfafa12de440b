//! `/metrics` in the Prometheus text format: requests and latencies by route pattern,
//! how far the index is behind the store, the moderation queue, and the phone counters —
//! never a query, a place, a number or anything a person typed.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::sync::atomic::Ordering;
use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{HttpResponse, web};

use crate::AppState;

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 10] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0];

#[derive(Default)]
struct Series {
    count: u64,
    sum: f64,
    /// Requests at or under each bound of [`BUCKETS`].
    buckets: [u64; BUCKETS.len()],
}

/// Request counts and latencies, keyed by (method and route pattern, status).
#[derive(Default)]
pub struct Metrics {
    requests: Mutex<BTreeMap<(String, u16), Series>>,
}

impl Metrics {
    fn record(&self, route: String, status: u16, seconds: f64) {
        let mut all = self.requests.lock().unwrap_or_else(|p| p.into_inner());
        let series = all.entry((route, status)).or_default();
        series.count += 1;
        series.sum += seconds;
        for (i, bound) in BUCKETS.iter().enumerate() {
            if seconds <= *bound {
                series.buckets[i] += 1;
            }
        }
    }
}

/// Counts every request under its route pattern (`GET /{loc}/services/{id}`), so no id,
/// query or typed text ever becomes a label.
pub async fn track(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let started = Instant::now();
    let state = req.app_data::<web::Data<AppState>>().cloned();
    let method = req.method().to_string();
    let res = next.call(req).await?;
    if let Some(state) = state {
        let pattern = res
            .request()
            .match_pattern()
            .unwrap_or_else(|| "unmatched".into());
        state.metrics.record(
            format!("{method} {pattern}"),
            res.status().as_u16(),
            started.elapsed().as_secs_f64(),
        );
    }
    Ok(res)
}

fn label(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

pub async fn metrics(state: web::Data<AppState>) -> HttpResponse {
    let mut out = String::new();
    {
        let all = state
            .metrics
            .requests
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        out.push_str(
            "# HELP faro_http_requests_total Requests answered, by route pattern and status.\n",
        );
        out.push_str("# TYPE faro_http_requests_total counter\n");
        for ((route, status), s) in all.iter() {
            let _ = writeln!(
                out,
                "faro_http_requests_total{{route=\"{}\",status=\"{status}\"}} {}",
                label(route),
                s.count
            );
        }
        out.push_str(
            "# HELP faro_http_request_duration_seconds Time to answer, by route pattern.\n",
        );
        out.push_str("# TYPE faro_http_request_duration_seconds histogram\n");
        let mut by_route: BTreeMap<&String, Series> = BTreeMap::new();
        for ((route, _), s) in all.iter() {
            let r = by_route.entry(route).or_default();
            r.count += s.count;
            r.sum += s.sum;
            for (i, b) in s.buckets.iter().enumerate() {
                r.buckets[i] += b;
            }
        }
        for (route, s) in by_route {
            let route = label(route);
            for (bound, n) in BUCKETS.iter().zip(s.buckets) {
                let _ = writeln!(
                    out,
                    "faro_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{bound}\"}} {n}"
                );
            }
            let _ = writeln!(
                out,
                "faro_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {}",
                s.count
            );
            let _ = writeln!(
                out,
                "faro_http_request_duration_seconds_sum{{route=\"{route}\"}} {}",
                s.sum
            );
            let _ = writeln!(
                out,
                "faro_http_request_duration_seconds_count{{route=\"{route}\"}} {}",
                s.count
            );
        }
    }
    let last = state.store.last_seq().await.unwrap_or(0);
    let applied = state.index.applied_seq().unwrap_or(0);
    out.push_str("# HELP faro_index_lag Approved changes the search index has not applied yet.\n");
    out.push_str("# TYPE faro_index_lag gauge\n");
    let _ = writeln!(out, "faro_index_lag {}", (last - applied).max(0));
    out.push_str("# HELP faro_moderation_queue Items waiting for a moderator.\n");
    out.push_str("# TYPE faro_moderation_queue gauge\n");
    let proposals = state.store.proposed().await.map(|p| p.len()).unwrap_or(0);
    let flags = state.store.open_flags().await.map(|f| f.len()).unwrap_or(0);
    let _ = writeln!(
        out,
        "faro_moderation_queue{{kind=\"proposals\"}} {proposals}"
    );
    let _ = writeln!(out, "faro_moderation_queue{{kind=\"flags\"}} {flags}");
    if state.mailer.is_some() {
        out.push_str(
            "# HELP faro_mail_unsent E-mail in the outbox the SMTP server has not taken yet.\n",
        );
        out.push_str("# TYPE faro_mail_unsent gauge\n");
        let unsent = state.outbox.unsent().await.unwrap_or(0);
        let _ = writeln!(out, "faro_mail_unsent {unsent}");
    }
    if let Some(phone) = &state.phone {
        out.push_str("# HELP faro_phone_total Phone webhooks, by kind (no number, no text).\n");
        out.push_str("# TYPE faro_phone_total counter\n");
        let c = &phone.counters;
        for (kind, n) in [
            ("message", c.messages.load(Ordering::Relaxed)),
            ("call", c.calls.load(Ordering::Relaxed)),
            ("refused", c.refused.load(Ordering::Relaxed)),
        ] {
            let _ = writeln!(out, "faro_phone_total{{kind=\"{kind}\"}} {n}");
        }
    }
    HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .body(out)
}

//! What the benchmarks share: one timed pass over distinct inputs, for the tail latencies
//! criterion does not report.

use std::hint::black_box;
use std::time::{Duration, Instant};

/// Times `run` once on each input; returns the times sorted, fastest first.
pub fn timed_pass<T, R>(inputs: &[T], mut run: impl FnMut(&T) -> R) -> Vec<Duration> {
    let mut times: Vec<Duration> = inputs
        .iter()
        .map(|input| {
            let started = Instant::now();
            black_box(run(input));
            started.elapsed()
        })
        .collect();
    times.sort();
    times
}

/// The `p` quantile (0 to 1) of sorted times.
pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

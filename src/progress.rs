//! Progress for long commands: shown on a terminal, silent in logs and CI.

use std::io::{IsTerminal, Write};

pub struct Progress {
    label: &'static str,
    total: usize,
    shown: bool,
    last_percent: usize,
}

impl Progress {
    pub fn new(label: &'static str, total: usize) -> Progress {
        Progress {
            label,
            total,
            shown: std::io::stderr().is_terminal(),
            last_percent: usize::MAX,
        }
    }

    pub fn set(&mut self, done: usize) {
        if !self.shown || self.total == 0 {
            return;
        }
        let percent = done * 100 / self.total;
        if percent != self.last_percent {
            self.last_percent = percent;
            eprint!("\r{}: {done}/{} ({percent}%)", self.label, self.total);
            let _ = std::io::stderr().flush();
        }
    }

    pub fn finish(self) {
        if self.shown {
            eprintln!();
        }
    }
}

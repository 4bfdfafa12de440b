#![no_main]
//! A file of `data/directory/`: parsed and checked, or refused, never a crash.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = toml::from_str::<faro::model::Organization>(text);
});

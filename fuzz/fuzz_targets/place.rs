#![no_main]
//! Where the child is, as typed: a ZIP, "City, ST", a state, or anything at all.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &str| {
    let places = &faro_fuzz::state().places;
    let _ = places.resolve(input);
    let _ = places.complete(input, 10);
});

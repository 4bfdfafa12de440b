#![no_main]
//! A text message to the router: read as a request, whatever it says.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let state = faro_fuzz::state();
    let _ = faro::web::phone::sms::parse(text, &state.taxonomy, &state.languages);
});

#![no_main]
//! The search API's query string: parsed into a query, or refused with a message.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|query: &str| {
    if let Err(error) = faro::web::parse_search(query, faro_fuzz::state()) {
        assert!(!error.message().is_empty());
    }
});

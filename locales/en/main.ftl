error-invalid_parameter = The value of “{ $parameter }” is not valid: { $detail }
error-unknown_place = We do not know the place “{ $input }”. Try a 5-digit ZIP code, a city and state like “Houston, TX”, or a state.
error-ambiguous_place = There is more than one place called “{ $input }”. Choose one of them.
error-unknown_need = “{ $need }” is not one of the needs Faro knows.
error-unknown_language = “{ $language }” is not a language code Faro knows. Use a 3-letter ISO 639-3 code such as “spa”.
error-not_found = We could not find that.
error-not_ready = Faro is starting up. Try again in a moment.
error-internal = Something went wrong on our side. Nothing you sent was kept. Please try again.

-- Senders who texted STOP, as keyed hashes of their numbers (never the numbers): Faro
-- sends them nothing more until they text START.
CREATE TABLE sms_stops (
    sender_key TEXT PRIMARY KEY
);

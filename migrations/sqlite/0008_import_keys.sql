-- Which organization a record of another system's dataset became, so importing the same
-- dataset again updates that organization instead of adding a second one.
CREATE TABLE import_keys (
    source_system TEXT NOT NULL,
    source_id TEXT NOT NULL,
    org_id TEXT NOT NULL,
    PRIMARY KEY (source_system, source_id)
);

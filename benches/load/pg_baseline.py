#!/usr/bin/env python3
"""Loads a Faro synthetic directory into PostgreSQL the way a typical Rails or Laravel
directory would store it: one `services` row per service, a `tsvector` column with a GIN
index, and lat/lon with an earthdistance (cube) GiST index.

usage: pg_baseline.py PSQL_CONNINFO DATA_DIR COMBOS_CSV

The database must exist and be empty. The search itself is pg_baseline.sql (a pgbench
script); COMBOS_CSV (from combos.py) becomes the `combos` table it picks from.
"""

import csv
import io
import subprocess
import sys
import tomllib
from pathlib import Path

SCHEMA = """
CREATE EXTENSION cube;
CREATE EXTENSION earthdistance;
CREATE TABLE services (
    id integer PRIMARY KEY,
    name text NOT NULL,
    description text NOT NULL,
    needs text NOT NULL,
    languages text[] NOT NULL,
    area text NOT NULL,
    states text[] NOT NULL,
    counties text[] NOT NULL,
    radius_km double precision,
    lat double precision,
    lon double precision,
    search tsvector GENERATED ALWAYS AS
        (to_tsvector('simple', name || ' ' || description || ' ' || needs)) STORED
);
CREATE TABLE combos (
    id integer PRIMARY KEY,
    q text NOT NULL,
    query tsquery GENERATED ALWAYS AS (to_tsquery('simple', q)) STORED,
    lat double precision NOT NULL,
    lon double precision NOT NULL,
    state text NOT NULL,
    county text NOT NULL,
    lang text NOT NULL
);
"""

# Built after the rows are in, as a bulk import would.
INDEXES = """
CREATE INDEX services_search ON services USING gin (search);
CREATE INDEX services_earth ON services USING gist (ll_to_earth(lat, lon));
ANALYZE services;
ANALYZE combos;
"""


def psql(conninfo, sql, stdin=None):
    subprocess.run(
        ["psql", "-q", "-v", "ON_ERROR_STOP=1", "-d", conninfo, "-c", sql],
        input=stdin, text=True, check=True,
    )


def text(localized):
    """All locales of a LocalizedText, originals and translations alike."""
    return " ".join(v if isinstance(v, str) else v["text"] for v in localized.values())


def need_words(data_dir):
    """Per need id: its names and every locale's synonyms, as a directory's category
    keywords would be, so "abogado" can find a legal clinic as it does in Faro."""
    taxonomy = tomllib.loads((data_dir / "taxonomy.toml").read_text())
    words = {}
    for need in taxonomy["needs"]:
        synonyms = [w for ws in need.get("synonyms", {}).values() for w in ws]
        words[need["id"]] = " ".join([need["id"], text(need["name"]), *synonyms])
    return words


def zip_points(data_dir):
    with open(data_dir / "places" / "zips.csv", newline="", encoding="utf-8") as f:
        return {r["zip"]: (r["lat"], r["lon"]) for r in csv.DictReader(f) if r["lat"]}


def service_rows(data_dir):
    needs = need_words(data_dir)
    points = zip_points(data_dir)
    n = 0
    for path in sorted((data_dir / "directory").glob("*.toml")):
        org = tomllib.loads(path.read_text())
        for service in org.get("services", []):
            n += 1
            languages = sorted({
                code
                for channel in service["channels"]
                if isinstance(channel["languages"]["value"], list)
                for code in channel["languages"]["value"]
            })
            # As Faro does: a location's own point, else its ZIP's centroid.
            location = next(iter(service.get("locations", [])), None)
            lat = lon = ""
            if location:
                point = location.get("point")
                lat, lon = ((point["lat"], point["lon"]) if point
                            else points.get(location["address"]["value"]["zip"], ("", "")))
            area = service["area"]
            if area["kind"] == "polygon":
                sys.exit(f"{path}: polygon areas are not part of the baseline")
            yield [
                n,
                f"{text(service['name'])} {text(org['name'])}",
                text(service.get("description", {})),
                " ".join(needs[need] for need in service["needs"]),
                "{" + ",".join(languages) + "}",
                area["kind"],
                "{" + ",".join(area.get("states", [])) + "}",
                "{" + ",".join(area.get("counties", [])) + "}",
                area.get("km", ""),
                lat,
                lon,
            ]


def main():
    conninfo, data_dir, combos_csv = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    psql(conninfo, SCHEMA)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    count = 0
    for row in service_rows(data_dir):
        writer.writerow(row)
        count += 1
    psql(conninfo, "COPY services (id, name, description, needs, languages, area, states, "
                   "counties, radius_km, lat, lon) FROM STDIN "
                   "WITH (FORMAT csv, FORCE_NOT_NULL (name, description, needs))",
         buffer.getvalue())
    psql(conninfo, "COPY combos (id, q, lat, lon, state, county, lang) FROM STDIN "
                   "WITH (FORMAT csv)", Path(combos_csv).read_text())
    psql(conninfo, INDEXES)
    print(f"loaded {count} services into PostgreSQL")


if __name__ == "__main__":
    main()

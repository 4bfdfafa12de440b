#!/usr/bin/env python3
"""Writes the load test's query x place x language combinations.

usage: combos.py ZIPS_CSV OUT_DIR

OUT_DIR/api.paths and OUT_DIR/html.paths: one request path a line, for paths.lua.
OUT_DIR/combos.csv: the same combinations, resolved to a point, state and county the way
Faro's gazetteer resolves a ZIP, for the PostgreSQL baseline.
"""

import csv
import sys
from pathlib import Path
from urllib.parse import urlencode, quote

# What people type: English and Spanish, single words and phrases, need names and
# everyday words that only Faro's synonym lists connect to a need.
WORDS = [
    "abogado", "legal help", "asilo", "trafficking", "shelter",
    "lawyer", "trabajo", "report abuse", "immigration court", "food",
]
LANGS = ["spa", "eng", "por"]
PLACES = 50


def sample_zips(path):
    with open(path, newline="", encoding="utf-8") as f:
        # Only ZIPs with a point and a county, like the synthetic services' own places,
        # so that every place resolves and has nearby services.
        rows = [r for r in csv.DictReader(f) if r["lat"] and r["lon"] and r["county_fips"]]
    step = len(rows) / PLACES
    return [rows[int(i * step)] for i in range(PLACES)]


def main():
    zips_csv, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    zips = sample_zips(zips_csv)
    combos = [(w, z, l) for w in WORDS for z in zips for l in LANGS]
    with open(out / "api.paths", "w") as api, open(out / "html.paths", "w") as html, \
            open(out / "combos.csv", "w", newline="") as pg:
        rows = csv.writer(pg)
        for n, (word, z, lang) in enumerate(combos, start=1):
            query = urlencode({"q": word, "place": z["zip"], "lang": lang}, quote_via=quote)
            api.write(f"/api/v1/search?{query}\n")
            html.write(f"/en/search?{query}\n")
            # Faro's query parser joins words with OR; the baseline asks the same.
            tsquery = " | ".join(word.split())
            rows.writerow([n, tsquery, z["lat"], z["lon"], z["state"], z["county_fips"], lang])
    print(len(combos))


if __name__ == "__main__":
    main()

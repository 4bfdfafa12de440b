"""Validates Faro's HSDS 3.0 output against the official schemas, with PyPI jsonschema.

    hsds_validate.py json SPEC DIR   every document `faro export --format hsds-json` wrote
    hsds_validate.py api SPEC        HSDS API responses, read from stdin as JSON
                                     [{"path": "/services/{id}", "body": ...}], each
                                     against the 200 response of that path in
                                     SPEC/schema/openapi.json

SPEC is the specification's folder (schema/, schema/compiled/). Formats are checked
(uuid, uri, email, date-time). Prints every error with its file or path and the place
in the document; exits 1 if there is any, or if nothing was validated.
"""
import json
import pathlib
import sys

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

# The compiled schemas need no references; the others refer to each other by file name,
# and openapi.json to the published copies of the same files.
PUBLISHED = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"

# The folders of a JSON export, and the schema each document must meet.
FOLDERS = {
    "organizations": "compiled/organization.json",
    "services": "compiled/service.json",
    "taxonomies": "taxonomy.json",
    "taxonomy_terms": "taxonomy_term.json",
}


def registry(schema_dir):
    resources = []
    for path in sorted(schema_dir.glob("*.json")) + sorted(schema_dir.glob("compiled/*.json")):
        name = path.relative_to(schema_dir).as_posix()
        resource = Resource.from_contents(json.loads(path.read_text()), default_specification=DRAFT202012)
        resources.append((name, resource))
        resources.append((PUBLISHED + name, resource))
    return Registry().with_resources(resources)


def validator(schema, reg):
    return Draft202012Validator(schema, registry=reg, format_checker=Draft202012Validator.FORMAT_CHECKER)


def report(where, errors):
    for e in errors:
        place = "/".join(str(p) for p in e.absolute_path) or "(document)"
        print(f"{where}: {place}: {e.message[:300]}")
    return len(errors)


def check_export(spec, out):
    schema_dir = spec / "schema"
    reg = registry(schema_dir)
    failures = checked = 0
    for folder, schema_name in FOLDERS.items():
        v = validator(json.loads((schema_dir / schema_name).read_text()), reg)
        files = sorted((out / folder).glob("*.json"))
        for path in files:
            failures += report(path.relative_to(out), list(v.iter_errors(json.loads(path.read_text()))))
        checked += len(files)
        print(f"{folder}: {len(files)} documents against {schema_name}")
    return failures, checked


def response_schema(openapi, path):
    """The 200 response schema of `path` ("/services/{id}"), with the document's own
    components reachable by `#/components/...`."""
    schema = openapi["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    return {**schema, "components": openapi["components"]}


def check_api(spec, responses):
    openapi = json.loads((spec / "schema" / "openapi.json").read_text())
    reg = registry(spec / "schema")
    failures = 0
    for r in responses:
        v = validator(response_schema(openapi, r["path"]), reg)
        failures += report(r.get("url", r["path"]), list(v.iter_errors(r["body"])))
    print(f"{len(responses)} responses against openapi.json")
    return failures, len(responses)


def main():
    mode, spec = sys.argv[1], pathlib.Path(sys.argv[2])
    if mode == "json":
        failures, checked = check_export(spec, pathlib.Path(sys.argv[3]))
    elif mode == "api":
        failures, checked = check_api(spec, json.load(sys.stdin))
    else:
        sys.exit(f"unknown mode {mode}")
    print(f"{failures} error(s) in {checked} documents")
    sys.exit(1 if failures or not checked else 0)


main()

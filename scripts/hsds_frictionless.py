"""Validates an HSDS 3.0 tabular data package with PyPI frictionless.

    hsds_frictionless.py DIR

DIR holds datapackage.json and its CSV tables. Every table is checked against its schema
in the descriptor: column names and order, types and formats (uuid, uri, email, time…),
required and unique values, primary and foreign keys. Prints every error with its table,
row and field; exits 1 if there is any.
"""
import pathlib
import sys

from frictionless import validate

package = pathlib.Path(sys.argv[1]) / "datapackage.json"
report = validate(str(package))
for task in report.tasks:
    rows = task.stats.get("rows") if isinstance(task.stats, dict) else None
    print(f"{task.name}: {rows} rows, {len(task.errors)} error(s)")
    for e in task.errors:
        row = getattr(e, "row_number", None) or "-"
        field = getattr(e, "field_name", None) or "-"
        print(f"  {task.name} row {row} field {field}: {e.type}: {e.message[:300]}")
print("valid" if report.valid else "INVALID")
sys.exit(0 if report.valid else 1)

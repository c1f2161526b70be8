#!/usr/bin/env python3
"""Validates JSON files against docs/schemas/tender-spec-1.schema.json with jsonschema-rs (Rust, via PyPI).

    jsonschema_check.py SCHEMA.json FILE_LIST [--summary OUT.json]

Builds the validator once (draft 2020-12, formats checked), then reads, parses and validates each file
named in FILE_LIST and prints each error as PATH: /json/pointer: message. The schema checks names, required
fields and value forms; it cannot do the arithmetic of SV001, EV001 or NZ001.
"""
import argparse
import json
import sys

import jsonschema_rs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("schema")
    ap.add_argument("file_list")
    ap.add_argument("--summary")
    a = ap.parse_args()
    with open(a.schema) as f:
        validator = jsonschema_rs.Draft202012Validator(json.load(f), validate_formats=True)
    files = invalid = 0
    with open(a.file_list) as listing:
        for path in listing:
            path = path.rstrip("\n")
            files += 1
            with open(path, "rb") as f:
                document = json.loads(f.read())
            errors = list(validator.iter_errors(document))
            if errors:
                invalid += 1
                for e in errors:
                    sys.stdout.write("%s: /%s: %s\n" % (path, "/".join(map(str, e.instance_path)), e.message))
    if a.summary:
        with open(a.summary, "w") as f:
            json.dump({"files": files, "invalid": invalid}, f)
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main())

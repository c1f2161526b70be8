#!/usr/bin/env python3
"""Validates XML files with an ISO Schematron through lxml.isoschematron, as a buyer would without tenderlint.

    schematron_check.py SCHEMA.sch FILE_LIST [--summary OUT.json]

Compiles the schema once, then parses and validates each file named in FILE_LIST (one path a line) and
prints each failed assertion as PATH: RULE: message. The summary counts, per rule, the failed assertions
and the documents with at least one, for the harness's cross-check against tenderlint.
"""
import argparse
import collections
import json
import sys

from lxml import etree, isoschematron

SVRL = "{http://purl.oclc.org/dsdl/svrl}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("schema")
    ap.add_argument("file_list")
    ap.add_argument("--summary")
    a = ap.parse_args()
    schematron = isoschematron.Schematron(etree.parse(a.schema), store_report=True)
    failures, documents = collections.Counter(), collections.Counter()
    files = invalid = 0
    out = sys.stdout
    with open(a.file_list) as listing:
        for path in listing:
            path = path.rstrip("\n")
            files += 1
            if schematron.validate(etree.parse(path)):
                continue
            invalid += 1
            rules = set()
            for failed in schematron.validation_report.getroot().iter(SVRL + "failed-assert"):
                rule = failed.get("id", "?").split("-")[0]
                rules.add(rule)
                failures[rule] += 1
                out.write("%s: %s: %s\n" % (path, rule, " ".join(failed.findtext(SVRL + "text", "").split())))
            documents.update(rules)
    if a.summary:
        with open(a.summary, "w") as f:
            json.dump({"files": files, "invalid": invalid, "failed_asserts": failures, "documents": documents}, f, indent=1)
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main())

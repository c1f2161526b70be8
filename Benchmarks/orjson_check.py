#!/usr/bin/env python3
"""Parses JSON with orjson (Rust, via PyPI): the second JSON parse floor, beside jq empty.

    orjson_check.py FILE_LIST    or    orjson_check.py --jsonl FILE.jsonl

Reads each file named in FILE_LIST (one path a line) whole and parses it with orjson.loads; with --jsonl,
reads the file line by line and parses each line, as a streaming reader of JSON Lines would. Exits 1 on
the first document that is not JSON.
"""
import argparse
import sys

import orjson


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("source", help="a list of JSON files, or a JSON Lines file with --jsonl")
    ap.add_argument("--jsonl", action="store_true")
    a = ap.parse_args()
    try:
        if a.jsonl:
            with open(a.source, "rb") as f:
                for line in f:
                    if line.strip():
                        orjson.loads(line)
        else:
            with open(a.source) as listing:
                for path in listing:
                    with open(path.rstrip("\n"), "rb") as f:
                        orjson.loads(f.read())
    except orjson.JSONDecodeError as e:
        sys.stderr.write("orjson_check: %s\n" % e)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

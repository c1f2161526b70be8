#!/usr/bin/env python3
"""How well tenderlint reads what real notices mean: a report, not a timed test.

1. Agreement with the hand verdicts of ../shared/fixtures/real-uk/EXPECTED.md, per rule and per column (R: the
   policies that really bind each buyer; P: as if every buyer were an NHS body in England), counted per lot for
   the per-lot rules and per notice for the others.
2. Every social value and net zero recognition tenderlint makes on the real fixtures, the real UK notices and the
   eForms SDK example notices (where present), by category, strength and phrase, with any strong recognition
   whose line holds one of the false friends the issue that asked for this report described.

Usage: python3 Benchmarks/recognition_report.py [--tenderlint PATH] [--shared DIR]
Standard library only. Runs the tenderlint binary given (default: .build/debug/tenderlint, built if missing).
"""
import argparse
import collections
import json
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
PER_LOT = {"SV001", "SV002", "EV001", "EV002", "EV004"}
JUDGED = ["SV002", "SV003", "NZ001", "NZ002", "EV001"]
# Phrases whose words look like net zero or social value and are not (the issue's own examples).
FALSE_FRIENDS = [
    "carbon monoxide", "current climate", "indoor climate", "mental health and wellbeing services",
    "social and environmental considerations",
]


def run_json(tenderlint, args):
    done = subprocess.run([tenderlint, *args], capture_output=True, text=True)
    try:
        return json.loads(done.stdout)
    except json.JSONDecodeError:
        return None


def parse_column(text):
    """'SV002 (lots 1–5); SV003; NZ001/NZ002 n/e' -> {rule: set of lots | 'notice' | 'n/e'}, oneOf groups."""
    rules, one_of = {}, []
    if text.strip() == "none":
        return rules, one_of
    for item in [part.strip() for part in text.split(";")]:
        if " or " in item:
            one_of.append(re.findall(r"\b[SEN][VZ]?\d{3}\b|\bEV\d{3}\b", item.split("(")[0]))
            continue
        head = item.split(" ")[0]
        if "n/e" in item:
            for rule in head.split("/"):
                rules[rule] = "n/e"
        elif "(" in item and "lot" in item:
            inside = item[item.index("(") + 1:].rstrip(")")
            lots = set()
            for part in re.sub(r"[^\d,–-]", "", inside).split(","):
                bounds = [int(b) for b in re.split("[–-]", part) if b]
                lots |= set(map(str, range(bounds[0], bounds[-1] + 1))) if bounds else set()
            rules[head] = lots
        else:
            rules[head] = "notice"
    return rules, one_of


def lot_of(message):
    match = re.search(r"lot ([^ ;,]+)", message)
    return match.group(1) if match else "1"


def agreement(tenderlint, real_uk):
    expected = real_uk / "EXPECTED.md"
    rows = []
    for line in expected.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.split("|")]
        if len(cells) >= 7 and cells[1].endswith(".json"):
            rows.append((cells[1], cells[3], cells[4]))
    tally = {column: collections.Counter() for column in ("R", "P")}
    disagreements = []
    for file, real, nhs in rows:
        for column, text, extra in (("R", real, []), ("P", nhs, ["--profile", "nhs-england"])):
            report = run_json(tenderlint, ["lint", "--format", "json", *extra, str(real_uk / file)]) or {"diagnostics": []}
            found = collections.defaultdict(set)
            for diagnostic in report.get("diagnostics", []):
                found[diagnostic["ruleId"]].add(lot_of(diagnostic["message"]) if diagnostic["ruleId"] in PER_LOT else "notice")
            rules, one_of = parse_column(text)
            alternatives = {rule for group in one_of for rule in group}
            for rule in JUDGED:
                if rule in alternatives:
                    continue
                want = rules.get(rule)
                have = found.get(rule, set())
                if want == "n/e" or want is None:
                    ok = not have
                elif want == "notice":
                    ok = bool(have)
                else:
                    ok = have == want if rule in PER_LOT else bool(have)
                tally[column][(rule, ok)] += 1
                if not ok:
                    disagreements.append(f"{column} {file} {rule}: expected {sorted(want) if isinstance(want, set) else want or 'none'}, found {sorted(have) or 'none'}")
            for group in one_of:
                ok = sum(1 for rule in group if found.get(rule)) == 1
                tally[column][("/".join(group), ok)] += 1
                if not ok:
                    disagreements.append(f"{column} {file}: exactly one of {group} expected")
    print(f"## Agreement with EXPECTED.md ({len(rows)} real UK notices)\n")
    print("| rule | R agrees | R disagrees | P agrees | P disagrees |")
    print("|---|---|---|---|---|")
    names = sorted({rule for counter in tally.values() for rule, _ in counter})
    for rule in names:
        cells = [tally[column][(rule, ok)] for column in ("R", "P") for ok in (True, False)]
        print(f"| {rule} | " + " | ".join(map(str, cells)) + " |")
    print()
    for line in disagreements:
        print(f"- {line}")
    if not disagreements:
        print("Every judged rule agrees with the hand verdicts in both columns.")
    print()
    return len(disagreements)


def recognitions(inspected):
    """(kind, phrase, strength, line) of every recognition in an inspect report."""
    found = []

    def terms(block, kind):
        for item in (block or {}).get("recognised", []) or []:
            found.append((kind, item.get("phrase"), item.get("strength"), item.get("at")))

    def criteria(items):
        for criterion in items or []:
            if criterion.get("kindPhrase"):
                found.append((f"criterion {criterion['kind']['value']}", criterion["kindPhrase"], "strong", criterion["kind"].get("at")))
            criteria(criterion.get("criteria"))

    for tender in inspected.get("tenders", []):
        terms(tender.get("socialValue"), "social value text")
        terms(tender.get("netZero"), "net zero text")
        for lot in tender.get("lots", []):
            terms(lot.get("netZero"), "net zero text")
            criteria(lot.get("criteria"))
    return found


def recognition_report(tenderlint, directories):
    counts = collections.Counter()
    suspicious = []
    files = 0
    for directory in directories:
        for path in sorted(list(directory.glob("*.xml")) + list(directory.glob("*.json"))):
            inspected = run_json(tenderlint, ["inspect", str(path)])
            if not inspected:
                continue
            files += 1
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
            for kind, phrase, strength, at in recognitions(inspected):
                counts[(kind, strength, phrase)] += 1
                if strength != "strong" or not at:
                    continue
                line = lines[int(at.split(":")[0]) - 1].lower() if int(at.split(":")[0]) <= len(lines) else ""
                for friend in FALSE_FRIENDS:
                    # Flag a phrase that is part of a false friend and occurs no more often than the false friend does.
                    if phrase and phrase in friend and friend in line and line.count(phrase) <= line.count(friend):
                        suspicious.append(f"{path.name}:{at} {kind} '{phrase}' beside '{friend}'")
    print(f"## Recognitions in {files} real documents\n")
    print("| recognised as | strength | phrase | times |")
    print("|---|---|---|---|")
    for (kind, strength, phrase), times in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        print(f"| {kind} | {strength} | {phrase} | {times} |")
    print()
    for line in suspicious:
        print(f"- strong recognition beside a false friend: {line}")
    if not suspicious:
        print("No strong recognition rests on a false friend (" + ", ".join(f"'{f}'" for f in FALSE_FRIENDS) + ").")
    print()
    return len(suspicious)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tenderlint", default=str(ROOT / ".build/debug/tenderlint"))
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    options = parser.parse_args()
    tenderlint = pathlib.Path(options.tenderlint)
    if not tenderlint.exists():
        subprocess.run(["swift", "build", "--product", "tenderlint"], cwd=ROOT, check=True)
    fixtures = pathlib.Path(options.shared) / "fixtures"
    real_uk = fixtures / "real-uk"
    if not (real_uk / "EXPECTED.md").exists():
        sys.exit(f"needs {real_uk}/EXPECTED.md (the shared fixtures beside the package)")
    problems = agreement(str(tenderlint), real_uk)
    directories = [d for d in (fixtures / "real", real_uk, fixtures / "eforms-sdk") if d.is_dir()]
    problems += recognition_report(str(tenderlint), directories)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()

"""Instruction counts with valgrind's callgrind: repeatable where wall and CPU time are not on a shared machine.

Used by bench.py. Each count is one run under `valgrind --tool=callgrind` (about 50× slower than a plain
run, so only on subsets of the corpus). tenderlint runs as a stripped copy with --jobs 1: valgrind refuses
the debug information of the release binary, so its own functions show as addresses in callgrind_annotate
and the names come from perf; the runtime's and libc's (retain, release, malloc) are named.
"""
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys


class Callgrind:
    def __init__(self, work, tenderlint):
        self.work = work
        self.stripped = os.path.join(work, "tenderlint-stripped")
        shutil.copy2(tenderlint, self.stripped)
        subprocess.run(["strip", self.stripped], check=True)
        self.rows = []  # dicts: subset, files, mb, tool, instructions, floor (the row it is compared with)

    def count(self, key, argv, ok=(0, 1)):
        """Instructions executed by argv (and its threads), from callgrind's 'Collected' line."""
        out = os.path.join(self.work, "callgrind-%s.out" % key)
        r = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out] + argv,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        found = re.search(r"Collected\s*:\s*(\d+)", r.stderr)
        if r.returncode not in ok or not found:
            sys.exit("bench: callgrind on %s exited %d:\n%s" % (argv[0], r.returncode, r.stderr[-2000:]))
        return int(found.group(1))

    def measure_all(self, specs):
        """Counts each (subset, files, mb, tool, key, argv, first-file argv, floor key) on every core at once:
        counts do not depend on the load, and callgrind is slow. Rows keep the order of specs."""
        jobs = [(spec[4], spec[5]) for spec in specs] + [(spec[4] + "-first", spec[6]) for spec in specs]
        with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            counts = list(pool.map(lambda job: self.count(*job), jobs))
        for (subset, files, mb, tool, key, _, _, floor_key), n, first in zip(specs, counts, counts[len(specs):]):
            floor = self.find(floor_key) if floor_key else None
            self.rows.append({"subset": subset, "files": files, "mb": mb, "tool": tool, "instructions": n, "first": first,
                              "key": key, "floor": floor})
            print("  %-40s %-36s %16s instructions %14s per file %16s per MB%s" % (
                subset, tool, "{:,}".format(n), "{:,.0f}".format(n / files), "{:,.0f}".format(n / mb),
                "  (%.2f× %s; %.2f× start-up aside)" % (n / floor["instructions"], floor["tool"], self.beyond_start(self.rows[-1]))
                if floor else ""), flush=True)

    @staticmethod
    def beyond_start(row):
        """Instructions over the floor's on all but the first file, which carries each process's start-up."""
        floor = row["floor"]
        rest, floor_rest = row["instructions"] - row["first"], floor["instructions"] - floor["first"]
        return rest / floor_rest if floor_rest > 0 else float("inf")

    def top(self, key, limit=15):
        """The functions with the most instructions of their own, from callgrind_annotate."""
        out = os.path.join(self.work, "callgrind-%s.out" % key)
        if not os.path.exists(out):
            return None
        r = subprocess.run(["callgrind_annotate", out], capture_output=True, text=True)
        if r.returncode:
            return None
        lines = r.stdout.splitlines()
        start = next((i for i, l in enumerate(lines) if re.match(r"\s*Ir\s+file:function", l)), None)
        if start is None:
            return None
        body = [l for l in lines[start + 2:] if l.strip()][:limit]
        # The stripped copy lives in the scratch corpus: named, not by its machine path (the repository names none).
        return "\n".join(l.replace(self.stripped, "tenderlint-stripped")[:170] for l in body)

    def table(self):
        out = ["| subset | files (releases) | MB | tool | instructions | first file alone | per file (release) | per MB | "
               "× the floor's | × the floor's, start-up aside |",
               "|---|--:|--:|---|--:|--:|--:|--:|--:|--:|"]
        for r in self.rows:
            out.append("| %s | %d | %.2f | %s | %s | %s | %s | %s | %s | %s |" % (
                r["subset"], r["files"], r["mb"], r["tool"], "{:,}".format(r["instructions"]), "{:,}".format(r["first"]),
                "{:,.0f}".format(r["instructions"] / r["files"]), "{:,.0f}".format(r["instructions"] / r["mb"]),
                "%.2f" % (r["instructions"] / r["floor"]["instructions"]) if r["floor"] else "",
                "%.2f" % self.beyond_start(r) if r["floor"] else ""))
        return "\n".join(out)

    def find(self, key):
        return next((r for r in self.rows if r["key"] == key), None)

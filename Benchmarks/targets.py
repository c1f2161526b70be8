"""Issue 17's targets, each judged from the numbers of this run (bench.py's rows and instruction counts).

A target that misses gets a profile: perf with symbols on the slow part (tenderlint --jobs 1, or the
default jobs for the two-core targets), and callgrind's top functions where an instruction count exists.
A target that this run could not measure says so and counts neither way.
"""
import os
import shlex


def judge(b, lx, small, one):
    print("\nTargets (profiling those that miss)", flush=True)
    a, cg = b.a, b.cg
    ef_all = b.eforms if b.t_ef else None  # all 1,840 notices: enough samples for perf at 999 Hz
    xml = [("eForms SDK notices × 20", b.t_ef, ef_all, "ef"),
           ("generated small XML", b.t_sx, os.path.join(small, "xml"), "sx"),
           ("generated large XML", b.t_lx, lx[0], None)]
    absent = "not measured: the eForms SDK notices were not found"
    for label, t, path, key in xml:
        cpu_name = "CPU time within 2× of xmllint --noout (%s)" % label
        wall_name = "Wall time at least 10× faster than the lxml Schematron (%s; tenderlint on both cores)" % label
        if t is None:
            b.target(cpu_name, absent, None)
            b.target(wall_name, absent, None)
            continue
        f = b.ratio("xmllint", t)
        x = div(t["cpu"], f["cpu"])
        miss(b, cpu_name, "%s xmllint's CPU (%.2f s vs %.2f s)%s" % (times(x, 2), t["cpu"], f["cpu"], counted(cg, key)), x <= 2,
             "tenderlint, %s (--jobs 1)" % label, b.tl([path], jobs=1), key)
        s = b.ratio("Schematron", t)
        x = div(s["wall"], t["wall"])
        b.target(wall_name, "%.1f× faster (%.2f s vs %.2f s)%s" % (x, t["wall"], s["wall"], "" if x >= 10 else
                 "; %.1f× short of 10×" % div(10, x)), x >= 10)

    for kind, label in (("clean", "clean"), ("heavy", "findings-heavy")):
        r = b.t_find[kind]
        t, jq, oj = r["tl"], r["jq"], r["orjson"]
        x = div(t["cpu"], jq["cpu"])
        miss(b, "CPU time within 2× of jq empty (OCDS JSON Lines, %s)" % label,
             "%s jq's CPU (%.2f s vs %.2f s; orjson line by line: %.2f s)%s" % (
                 times(x, 2), t["cpu"], jq["cpu"], oj["cpu"], counted(cg, kind)),
             x <= 2, "tenderlint, OCDS %s, first 10 MB (--jobs 1)" % label, b.tl([b.head(r["path"], 10e6)], jobs=1), kind)

    heavy, clean = b.t_find["heavy"], b.t_find["clean"]
    cost = div(heavy["tl1"]["cpu"] / heavy["tl1"]["mb"], clean["tl1"]["cpu"] / clean["tl1"]["mb"])
    more = "%.0f× the findings" % (heavy["findings"] / clean["findings"]) if clean["findings"] else "no findings in the clean file"
    instr = ""
    if cg and cg.find("heavy") and cg.find("clean"):
        h, c = cg.find("heavy"), cg.find("clean")
        instr = "; instructions per MB %.2f× (callgrind)" % div(h["instructions"] / h["mb"], c["instructions"] / c["mb"])
    miss(b, "Findings: ten times the findings cost less than 1.3× the time of the same bytes with none (OCDS, --jobs 1)",
         "%.2f× the CPU per MB (%.2f s on %.1f MB with %d findings vs %.2f s on %.1f MB with %d; %s)%s%s" % (
             cost, heavy["tl1"]["cpu"], heavy["tl1"]["mb"], heavy["findings"], clean["tl1"]["cpu"], clean["tl1"]["mb"],
             clean["findings"], more, instr, "" if cost < 1.3 else "; %.0f%% over the 1.3× allowed" % ((cost / 1.3 - 1) * 100)),
         cost < 1.3, "tenderlint, OCDS findings-heavy, first 10 MB (--jobs 1)", b.tl([b.head(heavy["path"], 10e6)], jobs=1), "heavy")

    ceiling = "; this machine's ceiling in this run: %.2f× (two CPU-bound processes against one)" % b.ceiling
    cores = [("small XML + JSON files", b.t_j1, b.t_jn, [small],
              "; two processes of one job each: %.2f×" % div(b.t_j1["wall"], b.t_p2["wall"]))]
    if b.t_ef:
        cores.append(("eForms SDK notices × 20", b.t_ef1, b.t_ef, [b.eforms], ""))
    large_one = {"wall": b.t_lx1["wall"] + b.t_lj1["wall"], "cpu": b.t_lx1["cpu"] + b.t_lj1["cpu"]}
    large_two = {"wall": b.t_lx["wall"] + b.t_lj["wall"], "cpu": b.t_lx["cpu"] + b.t_lj["cpu"]}
    cores.append(("large documents, XML then JSON", large_one, large_two, lx, ""))
    cores.append(("OCDS JSON Lines, findings-heavy", heavy["tl1"], heavy["tl"], [b.head(heavy["path"], 10e6)],
                  "; clean: %.2f×" % div(clean["tl1"]["wall"], clean["tl"]["wall"])))
    for label, one_core, two, paths, extra in cores:
        x = div(one_core["wall"], two["wall"])
        miss(b, "Two cores: at least 1.8× the one-core throughput (%s)" % label,
             "%.2f× (--jobs 1: %.2f s, default: %.2f s; CPU %.2f s vs %.2f s)%s%s" % (
                 x, one_core["wall"], two["wall"], one_core["cpu"], two["cpu"], extra, ceiling), x >= 1.8,
             "tenderlint, %s, default jobs (samples by thread)" % label, b.tl(paths), None)
    if not b.t_ef:
        b.target("Two cores: at least 1.8× the one-core throughput (eForms SDK notices × 20)", absent, None)

    miss(b, "One small document, start to exit, under 30 ms", "median %.1f ms over %d runs (jq empty: %.1f ms)" % (
        b.startup * 1000, a.startup_runs, b.startup_floor * 1000), b.startup < 0.030,
        "tenderlint start-up (one small document, repeated)",
        ["sh", "-c", "for i in $(seq 40); do %s >/dev/null; done" % shlex.join(b.tl([one]))], None)
    rss, size = b.t_ocds["rss"], b.sizes["ocds"]
    name = "OCDS JSON Lines, 1 GB, streamed: peak RSS under 200 MB"
    if size >= 1000:
        miss(b, name, "%.0f MB peak RSS on %.0f MB (%d releases)" % (rss, size, b.manifest["ocds"]["releases"]), rss < 200,
             "tenderlint on the first 20 MB of the OCDS JSON Lines file", b.tl([b.head(b.ocds, 20e6)], jobs=1), None)
    else:
        b.target(name, "not measured: the OCDS file here is %.0f MB (peak RSS %.0f MB); `bash Benchmarks/run --ocds-size 1G` "
                 "measures it" % (size, rss), None)
    lin = div(b.t_x10["cpu"], b.t_j1["cpu"])
    b.target("Linear cost: 10× the corpus costs about 10× the CPU time (8–12×; --jobs 1 both)",
             "%.1f× CPU (%.2f s vs %.2f s); wall %.1f× (%.2f s vs %.2f s)" % (
                 lin, b.t_x10["cpu"], b.t_j1["cpu"], div(b.t_x10["wall"], b.t_j1["wall"]), b.t_x10["wall"], b.t_j1["wall"]), 8 <= lin <= 12)


def div(a, b):
    """a / b, infinite over a zero (a tiny smoke-run corpus can take 0.00 s of CPU)."""
    return a / b if b else float("inf")


def times(x, limit):
    return "%.1f×%s" % (x, "" if x <= limit else " (%.0f%% over the %g× allowed)" % ((x / limit - 1) * 100, limit))


def counted(cg, key):
    """The instruction ratio beside the CPU ratio, where callgrind counted this corpus."""
    row = cg.find(key) if cg and key else None
    if not row or not row["floor"]:
        return ""
    return "; instructions %.1f× the floor's on %s, %.1f× with each start-up left out (callgrind)" % (
        row["instructions"] / row["floor"]["instructions"], row["subset"], cg.beyond_start(row))


def miss(b, name, measured, holds, title, argv, key):
    """A target; on a miss, its perf profile and, where callgrind counted the corpus, the top functions."""
    b.target(name, measured, holds, (title, argv))
    if holds or b.a.no_profile or not b.cg or not key:
        return
    top = b.cg.top(key)
    if top and "callgrind" not in b.profiles.get(title, "callgrind"):
        b.profiles[title] += ("\n\ncallgrind_annotate, self instructions on %s (the stripped binary: tenderlint's own "
                              "functions are addresses, perf above names them; the Swift runtime and libc by name):\n%s" % (
                                  b.cg.find(key)["subset"], b.demangle(top)))

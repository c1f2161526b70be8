#!/usr/bin/env python3
"""Generates the benchmark corpus, deterministically from a seed (Python 3 standard library only).

    generate_corpus.py OUT [--seed N] [--small N] [--large-mb N] [--ocds-mb N] [--single-mb N] [--findings-mb N]

OUT/small/{xml,json}/   many small native tender specs (shapes and sizes like Samples/), a realistic mix
                        of compliant ones and ones that break SV001, EV001, NZ001 and the other rules
OUT/large/              two XML and two JSON tender specs of --large-mb MB each, thousands of lots
OUT/ocds/releases.jsonl OCDS 1.1 releases, one a line (shapes of the real fixtures), --ocds-mb MB
OUT/single/huge.json    one native JSON tender spec of --single-mb MB (the single-document memory target)
OUT/findings/{heavy,clean}.jsonl  about --findings-mb MB of OCDS releases each, line for line the same
                        releases and about the same bytes: in heavy.jsonl most break several rules, in clean.jsonl as few as can be
OUT/manifest.json       what was generated, with the faults injected per document (for cross-checks)
"""
import argparse
import json
import math
import os
import random
from xml.sax.saxutils import escape, quoteattr

from corpus_words import (BUYERS_CG, BUYERS_NHS, CPV, MEASURES, SERVICES, CRITERIA_QUALITY,
                          COMMUNITY_BENEFITS, OCDS_REGIONS, STREETS, TOWNS, FIRST_NAMES, LAST_NAMES)

SCOPES_2024 = ["1", "2", "3-upstream-transportation", "3-waste", "3-business-travel",
               "3-employee-commuting", "3-downstream-transportation"]
FAULTS = [  # (fault, weight): what a small document breaks; "none" is compliant
    ("none", 46), ("SV001", 12), ("EV001", 12), ("NZ001", 8), ("NZ002", 6), ("SV003", 4), ("SV002", 3),
    ("TOM001", 3), ("TOM004", 2), ("EV002", 2), ("EV004", 1), ("NZ004", 1),
]


def pick_fault(rng, table=FAULTS):
    return rng.choices([f for f, _ in table], weights=[w for _, w in table])[0]


def day(rng, first=(2024, 5), last=(2026, 12)):
    months = (last[0] - first[0]) * 12 + last[1] - first[1]
    m = first[1] - 1 + rng.randint(0, months)
    return "%04d-%02d-%02d" % (first[0] + m // 12, m % 12 + 1, rng.randint(1, 28))


def money(x, step=1000):
    return int(round(x / step)) * step


# ---------------------------------------------------------------------------------------------------------
# The model: plain dicts, written out as XML or JSON by the writers below.

def criteria_for(rng, sector, fault, fraction=False, no_climate=False):
    """Top-level criteria of one evaluation: weights add up, social value >= 10% unless the fault says."""
    no_climate = no_climate or fault == "SV003"
    sv_kind = "social-value" if sector != "nhs" or no_climate or rng.random() < 0.7 else "net-zero"
    sv_desc = "Local employment and skills on the contract." if no_climate else "The combined net zero and social value question."
    price = rng.choice([20, 25, 30, 35, 40, 40, 40, 50, 60])
    shape = rng.choice(["flat", "flat", "nested", "nested-sv"])
    subs = rng.sample(CRITERIA_QUALITY, rng.randint(2, 4))

    def describe(name):
        return rng.choice([None, "How the bidder will deliver %s, with evidence from similar contracts." % name.lower(),
                           "Method statement (maximum 1,500 words): %s." % name.lower()])

    def crit(cid, kind, name, weight=None, children=None, measures=None, desc=None):
        c = {"id": cid, "kind": kind, "name": name}
        if desc:
            c["description"] = desc
        if weight is not None:
            c["weight"] = weight
        if children:
            c["criteria"] = children
        if measures:
            c["measures"] = measures
        return c

    def split(total, n):  # n whole weights adding up to total, each at least 5
        cuts = sorted(rng.sample(range(5, total - 4), n - 1)) if n > 1 else []
        parts, last = [], 0
        for cut in cuts + [total]:
            parts.append(cut - last)
            last = cut
        return parts if min(parts) >= 5 else [total // n] * (n - 1) + [total - total // n * (n - 1)]

    if shape == "nested":  # social value as a sub-criterion of quality: share = s * Q / 100
        quality = 100 - price
        s = -(-1000 // quality)  # the least whole s with s * Q / 100 >= 10
        s = min(s + rng.choice([0, 0, 5, 10]), 50)
        if fault == "SV001":
            s = max(2, (1000 // quality) - rng.randint(1, 4))
            if s * quality / 100 >= 10:
                s = 5
        sub_weights = split(100 - s, len(subs))
        children = [crit(k, "quality", n, w, desc=describe(n)) for (k, n), w in zip(subs, sub_weights)]
        children.append(crit("social-value", sv_kind, "Net zero and social value" if sv_kind == "net-zero" else "Social value", s,
                             desc=sv_desc))
        top = [crit("price", "price", "Price", price), crit("quality", "quality", "Quality", quality, children,
                   desc="How the service is delivered, kept safe and improved; sub-criteria are weighted within this block.")]
        sv = children[-1]
    else:
        s = rng.choice([10, 10, 10, 12, 15, 20]) if fault != "SV001" else rng.choice([3, 5, 5, 6, 7, 8, 9])
        quality = 100 - price - s
        if quality < 10:
            price, quality = price - 20, quality + 20
        q_children = None
        if shape == "nested-sv" or rng.random() < 0.4:
            q_children = [crit(k, "quality", n, w, desc=describe(n)) for (k, n), w in zip(subs, split(100, len(subs)))]
        sv_children = None
        if shape == "nested-sv":
            sv_children = [crit("commitments", "social-value", "Quantified commitments", 40),
                           crit("delivery-plan", "social-value", "Social value delivery plan", 60)]
        sv = crit("social-value", sv_kind, "Social value", s, sv_children,
                  desc=sv_desc)
        top = [crit("price", "price", "Price", price), crit("quality", "quality", "Quality", quality, q_children), sv]
        if sv_children:
            sv = sv_children[0]
    if fault == "SV002":
        if len(top) == 3:
            top = [c for c in top if c["kind"] not in ("social-value", "net-zero")]
            top[1]["weight"] += s
        for c in top[1].get("criteria", []):
            if c["kind"] in ("social-value", "net-zero"):
                c["kind"], c["id"], c["name"] = "quality", "added-value", "Added value"
        sv = None
    if fault == "EV001":  # a group of siblings that does not add up
        group = rng.choice([top] + [c["criteria"] for c in top if c.get("criteria")])
        victim = rng.choice([c for c in group if c["kind"] != "social-value" and c["kind"] != "net-zero"] or group)
        victim["weight"] += rng.choice([-10, -5, -3, -2, 2, 3, 5, 10])
    if fault == "EV002":
        group = [c for c in top if c.get("criteria")]
        target = group[0]["criteria"] if group else top
        victims = [c for c in target if c["kind"] == "quality"] or target
        del victims[0]["weight"]
    if fault == "EV004":
        for c in top:
            c["weight"] = "%d-%d" % (c["weight"] + 2, c["weight"] + 7)
    if fraction and fault not in ("EV004",):
        for c in top:
            if "weight" in c:
                c["weight"] = c["weight"] / 100
                c["weightUnit"] = "fraction"
    elif rng.random() < 0.15 and fault != "EV004":
        for c in top:
            if "weight" in c:
                c["weight"] = "%s%%" % c["weight"]
    return top, sv


def measures_for(rng, themes, fault):
    codes = [m for m in MEASURES if m[1] in themes and not m[3]]
    chosen = rng.sample(codes, min(len(codes), rng.randint(0, 3)))
    targets = {"FTE": [2, 3, 4, 6, 8, 12], "weeks": [12, 26, 52, 85], "hours": [100, 250, 400, 800],
               "tCO2e": [20, 45, 85, 200], "GBP": [50000, 150000, 500000]}
    out = [{"framework": "illustrative-toms", "code": c, "target": rng.choice(targets[u]), "unit": u} for c, _, u, _ in chosen]
    if fault == "TOM001":
        out.append({"framework": "illustrative-toms", "code": "ILLUS-NT%d" % rng.randint(40, 99), "target": 5, "unit": "FTE"})
    if fault == "TOM004" and out:
        out[0]["unit"] = "%"
    elif fault == "TOM004":
        out.append({"framework": "illustrative-toms", "code": "ILLUS-NT1", "target": 5, "unit": "%"})
    return out


def net_zero_for(rng, sector, per_annum, framework, fault, publication):
    """What a compliant lot asks for, unless the fault says otherwise."""
    crp_due = per_annum >= 5_000_000 or (sector == "nhs" and framework)
    if sector == "central-government":
        crp_due = per_annum > 5_000_000  # central-government values are written including VAT
    if crp_due and fault != "NZ001":
        standard = "ppn-006" if sector == "central-government" else "nhs"
        return {"carbonReductionPlan": {"required": True, "standard": standard, "scopes": list(SCOPES_2024),
                                        "netZeroBy": 2060 if fault == "NZ004" else 2045 if sector == "nhs" else 2050,
                                        "global": False}}
    if sector == "nhs" and (per_annum >= 10_000 or crp_due):
        if fault == "NZ002" or (fault == "NZ001" and not crp_due):
            return None
        return {"netZeroCommitment": {"required": True}}
    return None


def native_tender(rng, index, fault, lots=None, lot_fault_rate=None):
    """One tender spec as a dict in the JSON form (camelCase); the XML writer maps the names."""
    sector = "nhs" if rng.random() < 0.72 or fault in ("SV003", "NZ002") else "central-government"
    buyer = rng.choice(BUYERS_NHS if sector == "nhs" else BUYERS_CG)
    service = rng.choice(SERVICES)
    publication = day(rng)
    framework = sector == "nhs" and rng.random() < 0.08 and fault != "NZ002"
    if lots is None:
        lots = rng.choices([0, 1, 2, 3, 4, 6, 9], weights=[55, 10, 16, 9, 5, 3, 2])[0]
    themes = ["fighting-climate-change", "tackling-economic-inequality"] if sector == "nhs" else ["tackling-economic-inequality"]
    themes += rng.sample(["equal-opportunity", "wellbeing", "covid-19-recovery"], rng.randint(0, 2))
    if fault == "SV003":
        themes = [t for t in themes if t != "fighting-climate-change"] or ["wellbeing"]
    t = {"tenderSpec": "1", "id": "%s-%d-%04d" % (buyer[1], int(publication[:4]), index)}
    if framework:
        t["framework"] = True
    t["title"] = "%s, %s" % (service, buyer[2])
    t["buyer"] = {"name": buyer[0], "sector": sector, "region": buyer[2]}
    start = day(rng, (int(publication[:4]), 1), (int(publication[:4]), 12)) if rng.random() < 0.6 else None
    t["dates"] = {"publication": publication}
    if start and start <= publication:
        t["dates"]["procurementStart"] = start
    vat = "included" if sector == "central-government" else "excluded"

    def lot_body(lot_fault, fraction):
        per_annum = money(rng.choice([rng.uniform(50_000, 4_800_000), rng.uniform(5_200_000, 15_000_000)]))
        if lot_fault == "NZ001" and per_annum < 5_200_000:
            per_annum = money(rng.uniform(5_200_000, 12_000_000))
        if lot_fault == "NZ002" and per_annum > 4_800_000:
            per_annum = money(rng.uniform(100_000, 4_000_000))
        months = rng.choice([24, 36, 36, 48, 48, 60, 60, 72, 84])
        if rng.random() < 0.2:
            value = {"amount": per_annum, "currency": "GBP", "vat": vat, "basis": "per-annum"}
        else:
            value = {"amount": money(per_annum * months / 12), "currency": "GBP", "vat": vat, "basis": "total"}
            per_annum = value["amount"] * 12 / months
        if rng.random() < 0.3:
            value["amount"] = str(value["amount"])
        if rng.random() < 0.25:  # a duration by dates: first of a month to the last day of another
            y, m = int(publication[:4]), int(publication[5:7])
            first_y, first_m = y + (m + 3 - 1) // 12, (m + 3 - 1) % 12 + 1
            end_total = first_y * 12 + first_m - 1 + months - 1
            end_y, end_m = end_total // 12, end_total % 12 + 1
            last_day = [31, 29 if end_y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][end_m - 1]
            duration = {"start": "%04d-%02d-01" % (first_y, first_m), "end": "%04d-%02d-%02d" % (end_y, end_m, last_day)}
        else:
            duration = {"months": months}
        criteria, sv = criteria_for(rng, sector, lot_fault, fraction, no_climate=fault == "SV003")
        if sv is not None:
            ms = measures_for(rng, themes, lot_fault if lot_fault in ("TOM001", "TOM004") else None)
            if ms:
                sv["measures"] = ms
        nz = net_zero_for(rng, sector, per_annum, framework, lot_fault, publication)
        return value, duration, nz, {"methodology": "weighted", "criteria": criteria} if rng.random() < 0.5 else {"criteria": criteria}

    fraction = rng.random() < 0.1
    faults = []
    if lots == 0:
        value, duration, nz, evaluation = lot_body(fault, fraction)
        t["value"], t["duration"] = value, duration
        faults.append(fault)
    sv = {"themes": themes}
    t["socialValue"] = sv
    if lots == 0:
        if nz:
            t["netZero"] = nz
        t["evaluation"] = evaluation
    else:
        t["lots"] = []
        total = 0
        for n in range(lots):
            lot_fault = fault if lot_fault_rate is None and n == lots - 1 else "none"
            if lot_fault_rate is not None and rng.random() < lot_fault_rate:
                lot_fault = pick_fault(rng, [f for f in FAULTS if f[0] not in ("none", "SV003")])
            faults.append(lot_fault)
            value, duration, nz, evaluation = lot_body(lot_fault, fraction)
            lot = {"id": str(n + 1), "title": "%s: %s" % (rng.choice(["Lot", "Part", "Area"]), rng.choice(SERVICES))}
            if rng.random() < 0.1 and nz and "carbonReductionPlan" not in nz:
                lot["reservedFor"] = rng.choice([["sme"], ["sme", "vcse"], ["vcse"]])
            lot["value"], lot["duration"] = value, duration
            total += int(value["amount"]) * (1 if value["basis"] == "total" else (duration.get("months") or 60) // 12)
            if nz:
                lot["netZero"] = nz
            lot["evaluation"] = evaluation
            t["lots"].append(lot)
        t["value"] = {"amount": total, "currency": "GBP", "vat": vat, "basis": "total"}
    if fault == "SV003":
        faults.append("SV003")
    return t, sorted(set(f for f in faults if f != "none"))


# ---------------------------------------------------------------------------------------------------------
# Writers

XML_NAMES = {"procurementStart": "procurement-start", "netZeroBy": "net-zero-by", "reservedFor": "reserved-for",
             "weightUnit": "weight-unit", "carbonReductionPlan": "carbon-reduction-plan",
             "netZeroCommitment": "net-zero-commitment"}


def attrs(d, keys):
    out = []
    for k in keys:
        if k in d:
            v = d[k]
            if isinstance(v, bool):
                v = "true" if v else "false"
            elif isinstance(v, list):
                v = " ".join(v)
            elif isinstance(v, float):
                v = ("%.4f" % v).rstrip("0").rstrip(".")
            out.append(" %s=%s" % (XML_NAMES.get(k, k), quoteattr(str(v))))
    return "".join(out)


def xml_criterion(c, ind, out):
    head = "%s<criterion%s" % (ind, attrs(c, ["id", "kind", "name", "weight", "weightUnit"]))
    kids = c.get("criteria", [])
    ms = c.get("measures", [])
    if not (kids or ms or c.get("description")):
        out.append(head + "/>")
        return
    out.append(head + ">")
    if c.get("description"):
        out.append("%s  <description>%s</description>" % (ind, escape(c["description"])))
    for k in kids:
        xml_criterion(k, ind + "  ", out)
    for m in ms:
        out.append("%s  <measure%s/>" % (ind, attrs(m, ["framework", "code", "target", "unit"])))
    out.append(ind + "</criterion>")


def xml_body(t, ind, out):
    """value, duration, net-zero and evaluation: shared by the tender and its lots."""
    if "value" in t:
        out.append("%s<value%s/>" % (ind, attrs(t["value"], ["amount", "currency", "vat", "basis"])))
    if "duration" in t:
        out.append("%s<duration%s/>" % (ind, attrs(t["duration"], ["months", "start", "end"])))


def xml_net_zero(nz, ind, out):
    out.append(ind + "<net-zero>")
    if "carbonReductionPlan" in nz:
        out.append("%s  <carbon-reduction-plan%s/>" % (ind, attrs(nz["carbonReductionPlan"], ["required", "standard", "scopes", "netZeroBy", "global"])))
    if "netZeroCommitment" in nz:
        out.append("%s  <net-zero-commitment required=\"true\"/>" % ind)
    out.append(ind + "</net-zero>")


def xml_evaluation(e, ind, out):
    out.append("%s<evaluation%s>" % (ind, attrs(e, ["methodology"])))
    for c in e["criteria"]:
        xml_criterion(c, ind + "  ", out)
    out.append(ind + "</evaluation>")


def to_xml(t, comment=None):
    out = ['<?xml version="1.0" encoding="UTF-8"?>']
    if comment:
        out.append("<!--\n  %s\n-->" % escape(comment).replace("--", "-"))
    out.append('<tender xmlns="urn:tenderlint:tender-spec:1"%s>' % attrs(t, ["id", "framework"]))
    out.append("  <title>%s</title>" % escape(t["title"]))
    b = t["buyer"]
    out.append("  <buyer%s>%s</buyer>" % (attrs(b, ["sector", "region"]), escape(b["name"])))
    out.append("  <dates%s/>" % attrs(t["dates"], ["publication", "procurementStart"]))
    xml_body(t, "  ", out)
    out.append("  <social-value>")
    for th in t["socialValue"]["themes"]:
        out.append("    <theme>%s</theme>" % th)
    out.append("  </social-value>")
    if "netZero" in t:
        xml_net_zero(t["netZero"], "  ", out)
    for lot in t.get("lots", []):
        out.append("  <lot%s>" % attrs(lot, ["id", "reservedFor"]))
        out.append("    <title>%s</title>" % escape(lot["title"]))
        xml_body(lot, "    ", out)
        if "netZero" in lot:
            xml_net_zero(lot["netZero"], "    ", out)
        xml_evaluation(lot["evaluation"], "    ", out)
        out.append("  </lot>")
    if "evaluation" in t:
        xml_evaluation(t["evaluation"], "  ", out)
    out.append("</tender>\n")
    return "\n".join(out)


def to_json(t, comment=None, indent=2):
    if comment:
        t = dict([("$comment", comment)] + list(t.items()))
    return json.dumps(t, indent=indent, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------------------------------------------------
# OCDS releases, modelled on the real Public Contracts Scotland, Sell2Wales and OCDS sample-data fixtures

def ocds_release(rng, index, buyers):
    buyer_name, buyer_id, region = buyers[rng.randrange(len(buyers))]
    date = day(rng, (2019, 1), (2026, 6))
    ocid = "ocds-%s-%08d" % (rng.choice(["r6ebe6", "kuma6s", "h6vhtk", "b5fd17"]), 500000 + index)
    service = rng.choice(SERVICES)
    cpv = rng.choice(CPV)
    n_lots = rng.choices([1, 1, 1, 2, 3, 4, 6], k=1)[0]
    days = rng.choice([365, 720, 730, 1080, 1095, 1460, 1800, 1825])
    style = rng.choice(["numbers", "percent", "bare", "tender-level", "none"])
    lots, tender_criteria = [], []
    total = 0
    for n in range(n_lots):
        amount = money(math.exp(rng.uniform(math.log(40_000), math.log(30_000_000))), 500)
        total += amount
        price = rng.choice([30, 40, 40, 50, 60, 70])
        sv = rng.choice([0, 5, 5, 10, 10, 10, 15, 20])
        quality = 100 - price - sv
        crits = [("price", "Price", price), ("quality", rng.choice(["Technical", "Quality", "Quality of service"]), quality)]
        if sv:
            crits.append(("quality", rng.choice(["Social Value", "Social value and net zero", "Community Benefits", "Fair Work and Social Value"]), sv))
        out = []
        for kind, name, w in crits:
            c = {"type": kind, "name": name}
            if style == "numbers":
                c["numbers"] = [{"number": w, "weight": "percentageExact"}]
            elif style in ("percent", "tender-level"):
                c["description"] = "%d%%" % w if rng.random() < 0.8 else "Weighting: %d%%" % w
            elif style == "bare":
                c["description"] = str(w)
            if style == "tender-level":
                c["relatedLot"] = str(n + 1)
                tender_criteria.append(c)
            out.append(c)
        lot = {"id": str(n + 1), "title": "Lot %d: %s" % (n + 1, rng.choice(SERVICES)),
               "description": "%s for %s. %s" % (service, buyer_name, rng.choice(COMMUNITY_BENEFITS)),
               "status": "active", "value": {"amount": amount, "currency": "GBP"}}
        if style not in ("tender-level", "none"):
            lot["awardCriteria"] = {"criteria": out}
        lot.update({"hasOptions": rng.random() < 0.3, "submissionTerms": {"variantPolicy": "notAllowed"},
                    "contractPeriod": {"durationInDays": days}, "hasRenewal": rng.random() < 0.5})
        if lot["hasRenewal"]:
            lot["renewal"] = {"description": "%d month initial contract period with a %d month extension option" % (days // 30, rng.choice([12, 24]))}
        lots.append(lot)
    person = "%s %s" % (rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES))
    party = {
        "name": buyer_name, "id": buyer_id, "identifier": {"legalName": buyer_name},
        "address": {"streetAddress": "%d %s" % (rng.randint(1, 200), rng.choice(STREETS)), "locality": rng.choice(TOWNS),
                    "region": region, "postalCode": "%s%d %d%s" % (rng.choice(["EH", "G", "CF", "SW", "LS", "M", "B"]), rng.randint(1, 40),
                                                                  rng.randint(1, 9), rng.choice(["AB", "QZ", "RW", "TX"]))},
        "contactPoint": {"name": person, "email": "%s@%s.example" % (person.lower().replace(" ", "."), buyer_id),
                         "telephone": "+44 %d" % rng.randint(1000000000, 2099999999), "url": "https://procurement.example/%s" % buyer_id},
        "roles": ["buyer"] + (["centralPurchasingBody"] if rng.random() < 0.3 else []),
        "details": {"classifications": [{"id": rng.choice(["Regional or local authority", "Body governed by public law", "Ministry or any other national or federal authority"]),
                                         "scheme": "TED_CA_TYPE"},
                                        {"id": "07", "description": "Health", "scheme": "COFOG"}]},
    }
    start = date[:10]
    end = day(rng, (int(date[:4]), int(date[5:7])), (int(date[:4]) + 1, 12))
    tender = {
        "id": "%s-tender-%d" % (ocid, index), "title": "%s (%s)" % (service, buyer_name),
        "description": "%s. %s" % (service, rng.choice(COMMUNITY_BENEFITS)), "status": "active",
        "items": [{"id": str(n + 1), "classification": {"scheme": "CPV", "id": cpv[0], "description": cpv[1]},
                   "additionalClassifications": [{"id": cpv[0], "scheme": "CPV"}],
                   "deliveryAddresses": [{"region": region}], "relatedLot": str(n + 1)} for n in range(n_lots)],
        "value": {"amount": total, "currency": "GBP"},
        "procurementMethod": rng.choice(["open", "selective", "limited"]),
        "procurementMethodDetails": rng.choice(["Open procedure", "Restricted procedure", "Competitive procedure with negotiation"]),
        "mainProcurementCategory": rng.choice(["services", "goods", "works"]),
        "submissionMethod": ["electronicSubmission"], "submissionMethodDetails": "https://procurement.example/%s" % buyer_id,
        "tenderPeriod": {"startDate": start + "T00:00:00Z", "endDate": end + "T12:00:00Z"},
        "awardPeriod": {"startDate": end + "T12:00:00Z"},
        "contractPeriod": {"durationInDays": days},
        "documents": [{"id": "DOC%06d-%d" % (index, k), "documentType": dt, "title": "%s: %s" % (dt, service),
                       "url": "https://procurement.example/notice/%d/%d" % (index, k), "format": "text/html",
                       "datePublished": start + "T08:00:00Z"}
                      for k, dt in enumerate(["contractNotice", "biddingDocuments", "technicalSpecifications"][: rng.randint(1, 3)])],
        "lots": lots,
        "techniques": {"hasFrameworkAgreement": rng.random() < 0.15},
        "coveredBy": ["GPA"],
        "submissionTerms": {"languages": ["en"], "bidValidityPeriod": {"durationInDays": 180}},
        "classification": {"id": cpv[0], "scheme": "CPV"},
    }
    if style == "tender-level":
        tender["awardCriteria"] = {"criteria": tender_criteria}
    if rng.random() < 0.3:
        tender["awardCriteriaDetails"] = rng.choice(["The most economically advantageous tender.",
                                                     "Price and quality, with social value assessed under PPN 06/20.",
                                                     "Quality, price and a carbon reduction plan (PPN 06/21)."])
    release = {"ocid": ocid, "id": "%s-release-%d" % (ocid, index), "date": date + "T00:00:00Z", "tag": ["tender"],
               "initiationType": "tender", "parties": [party, {"name": "High Court", "id": "org-review",
               "address": {"streetAddress": "Royal Courts of Justice, The Strand", "locality": "London", "postalCode": "WC2A 2LL"},
               "roles": ["reviewBody"]}], "buyer": {"name": buyer_name, "id": buyer_id}, "tender": tender, "language": "en",
               "description": "Additional information: %s %s" % (rng.choice(COMMUNITY_BENEFITS), rng.choice(COMMUNITY_BENEFITS))}
    return release


def ocds_buyers(rng, n=2500):
    kinds = ["NHS %s Integrated Care Board", "%s Council", "%s University Health Board", "%s NHS Foundation Trust",
             "%s Housing Association", "%s College", "%s Fire and Rescue Service", "%s Police"]
    out = []
    for i in range(n):
        place = "%s%s" % (rng.choice(TOWNS), "" if i < len(TOWNS) else " " + rng.choice(["North", "South", "East", "West", "Central", "Valley", "Coast"]))
        out.append((rng.choice(kinds) % place, "org-%d" % (i + 1), rng.choice(OCDS_REGIONS)))
    return out


# The findings corpus: one English NHS buyer per release, so the same rules apply to both files; the heavy
# release gives social value 5% in every lot (SV001), asks for neither a Carbon Reduction Plan nor a Net Zero
# Commitment (NZ001, NZ002) and leaves out climate change (SV003); the clean one gives 15%, asks for a plan and
# names the theme, in sentences of the same length.

FINDINGS_TEXT = {  # (heavy, clean): the same number of characters
    "terms": ("Bidders must provide a method statement in line with the authority's own guidance.",
              "Bidders must provide a Carbon Reduction Plan in line with PPN 06/21 and PPN 06/20."),
    "theme": ("Social value: tackling economic inequality and wellbeing in the local area.",
              "Social value: fighting climate change and tackling economic inequality too."),
}


def findings_release(rng, index, buyers, heavy):
    """One OCDS release of the findings corpus: ocds_release reshaped (see above); rng draws alike either way."""
    r = ocds_release(rng, index, buyers)
    town = rng.choice(TOWNS)
    name = "NHS %s Integrated Care Board" % town
    r["ocid"] = "ocds-h6vhtk" + r["ocid"][len("ocds-h6vhtk"):]
    party = r["parties"][0]
    party["name"] = party["identifier"]["legalName"] = r["buyer"]["name"] = name
    party["address"]["region"] = "UKI31"
    party["details"]["classifications"][0]["id"] = "Body governed by public law"
    pick = 0 if heavy else 1
    tender = r["tender"]
    tender["title"] = "%s (%s)" % (rng.choice(SERVICES), name)
    tender["description"] = "%s %s" % (FINDINGS_TEXT["theme"][pick], FINDINGS_TEXT["terms"][pick])
    tender.pop("awardCriteriaDetails", None)
    r["description"] = "Additional information: %s" % FINDINGS_TEXT["terms"][pick]
    for c in tender.get("awardCriteria", {}).get("criteria", []) + [
            c for lot in tender["lots"] for c in lot.get("awardCriteria", {}).get("criteria", [])]:
        c.pop("description", None)
        c.pop("numbers", None)
    for lot in tender["lots"]:
        lot["value"]["amount"] = money(rng.uniform(200_000, 4_000_000), 500)
        lot["description"] = "%s for %s. %s" % (rng.choice(SERVICES), name, FINDINGS_TEXT["terms"][pick])
        sv = 5 if heavy else 15
        price = rng.choice([30, 40, 50])
        crits = [{"type": "price", "name": "Price", "numbers": [{"number": price, "weight": "percentageExact"}]},
                 {"type": "quality", "name": "Quality", "numbers": [{"number": 100 - price - sv, "weight": "percentageExact"}]},
                 {"type": "quality", "name": "Social value and net zero", "numbers": [{"number": sv, "weight": "percentageExact"}]}]
        lot["awardCriteria"] = {"criteria": crits}
    tender["value"]["amount"] = sum(lot["value"]["amount"] for lot in tender["lots"])
    tender.pop("awardCriteria", None)
    return r


# ---------------------------------------------------------------------------------------------------------

def write_big_native(path, rng, target_bytes, fmt, index):
    """A tender spec of about target_bytes with as many lots as it takes; faults in some lots."""
    probe, _ = native_tender(random.Random(rng.random()), index, "none", lots=400, lot_fault_rate=0.2)
    per_lot = len((to_xml if fmt == "xml" else to_json)(probe)) / 400
    lots = max(2, int(target_bytes * 1.05 / per_lot))  # a little over the target rather than under it
    t, faults = native_tender(rng, index, "none", lots=lots, lot_fault_rate=0.2)
    text = to_xml(t) if fmt == "xml" else to_json(t)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return {"path": path, "bytes": len(text.encode()), "lots": lots, "faulty_lots": sum(1 for _ in faults)}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=20260420)
    ap.add_argument("--small", type=int, default=3000, help="number of small documents, half XML and half JSON")
    ap.add_argument("--large-mb", type=float, default=25, help="size of each of the four large documents")
    ap.add_argument("--ocds-mb", type=float, default=150, help="size of the OCDS JSON Lines file")
    ap.add_argument("--single-mb", type=float, default=100, help="size of the single huge document (0: none)")
    ap.add_argument("--findings-mb", type=float, default=0, help="size of each file of the findings corpus (0: none)")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    manifest = {"seed": a.seed, "small": [], "large": [], "ocds": None, "single": None}
    for sub in ("small/xml", "small/json", "large", "ocds", "single"):
        os.makedirs(os.path.join(a.out, sub), exist_ok=True)

    for i in range(a.small):
        fmt = "xml" if i % 2 == 0 else "json"
        fault = pick_fault(rng)
        t, faults = native_tender(rng, i, fault)
        comment = "Benchmark corpus document %d (generated, seed %d): %s." % (
            i, a.seed, "compliant" if not faults else "breaks " + ", ".join(faults))
        path = os.path.join(a.out, "small", fmt, "tender-%05d.%s" % (i, fmt))
        with open(path, "w", encoding="utf-8") as f:
            f.write(to_xml(t, comment) if fmt == "xml" else to_json(t, comment))
        manifest["small"].append({"path": os.path.relpath(path, a.out), "faults": faults})

    for k, fmt in enumerate(["xml", "xml", "json", "json"]):
        path = os.path.join(a.out, "large", "large-%d.%s" % (k + 1, fmt))
        info = write_big_native(path, rng, a.large_mb * 1e6, fmt, 90000 + k)
        info["path"] = os.path.relpath(path, a.out)
        manifest["large"].append(info)

    if a.single_mb > 0:
        path = os.path.join(a.out, "single", "huge.json")
        info = write_big_native(path, rng, a.single_mb * 1e6, "json", 99999)
        info["path"] = os.path.relpath(path, a.out)
        manifest["single"] = info

    buyers = ocds_buyers(rng)
    path = os.path.join(a.out, "ocds", "releases.jsonl")
    target, written, n = a.ocds_mb * 1e6, 0, 0
    with open(path, "w", encoding="utf-8") as f:
        while written < target:
            line = json.dumps(ocds_release(rng, n, buyers), separators=(",", ":"), ensure_ascii=False) + "\n"
            f.write(line)
            written += len(line.encode())
            n += 1
    manifest["ocds"] = {"path": os.path.relpath(path, a.out), "bytes": written, "releases": n}

    if a.findings_mb > 0:  # its own generator, so that the parts above stay the same documents with or without it
        os.makedirs(os.path.join(a.out, "findings"), exist_ok=True)
        manifest["findings"] = {}
        releases = None  # heavy.jsonl sets the count, clean.jsonl follows it line for line
        for kind in ("heavy", "clean"):
            frng = random.Random(a.seed + 17)
            fbuyers = ocds_buyers(frng)
            path = os.path.join(a.out, "findings", kind + ".jsonl")
            size, count = 0, 0
            with open(path, "w", encoding="utf-8") as f:
                while (size < a.findings_mb * 1e6) if releases is None else count < releases:
                    line = json.dumps(findings_release(frng, count, fbuyers, kind == "heavy"), separators=(",", ":"), ensure_ascii=False) + "\n"
                    f.write(line)
                    size += len(line.encode())
                    count += 1
            releases = count
            manifest["findings"][kind] = {"path": os.path.relpath(path, a.out), "bytes": size, "releases": count}

    with open(os.path.join(a.out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)
    print("corpus: %d small, %d large, %d OCDS releases (%.0f MB)%s" % (
        a.small, len(manifest["large"]), n, written / 1e6,
        ", single %.0f MB" % (manifest["single"]["bytes"] / 1e6) if manifest["single"] else ""))


if __name__ == "__main__":
    main()

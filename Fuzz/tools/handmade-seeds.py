#!/usr/bin/env python3
"""Writes the hand-made seeds of Fuzz/corpus: encodings, DTDs, directives, YAML and CSV edge cases.

Run it from anywhere; it rewrites only files whose names start with "hm-" (in corpus/, and two in regressions/). The other seeds are copies
of Samples/ and of small public fixtures. Kept so the binary seeds (UTF-16, UTF-32) can be read and remade.
"""
import os

FUZZ = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(target, name, data, kind="corpus"):
    folder = os.path.join(FUZZ, kind, target)
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(folder, "hm-" + name), "wb") as handle:
        handle.write(data)


TENDER_CDATA = """<tender xmlns="urn:tenderlint:tender-spec:1" id="ENC-1" above-threshold="true">
  <title><![CDATA[Caf\u00e9 & <canteen> \u00a3 \U0001F37D ]]]]><![CDATA[> services]]></title>
  <buyer sector="nhs" jurisdiction="england">NHS \u00c9cole Trust</buyer>
  <value amount="5000000" currency="GBP" vat="excluded" basis="total"/>
  <evaluation><criterion id="price" kind="price" weight="100"/></evaluation>
</tender>
"""

ENCODINGS = [
    ("utf16le", "utf-16-le", b"\xff\xfe", "UTF-16"),
    ("utf16be", "utf-16-be", b"\xfe\xff", "UTF-16"),
    ("utf32le", "utf-32-le", b"\xff\xfe\x00\x00", "UTF-32"),
    ("utf32be", "utf-32-be", b"\x00\x00\xfe\xff", "UTF-32"),
]


def xml_seeds():
    seeds = {}
    for short, codec, bom, declared in ENCODINGS:
        text = '<?xml version="1.0" encoding="%s"?>\n' % declared + TENDER_CDATA
        seeds["enc-%s-bom-cdata.xml" % short] = bom + text.encode(codec)
        seeds["enc-%s-nobom-cdata.xml" % short] = text.encode(codec)
    seeds["enc-utf8-bom.xml"] = b"\xef\xbb\xbf" + ('<?xml version="1.0" encoding="UTF-8"?>\n' + TENDER_CDATA).encode()
    seeds["enc-latin1.xml"] = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<tender xmlns="urn:tenderlint:tender-spec:1">'
                               '<title>Caf\u00e9 \u00a3</title></tender>\n').encode("latin-1")
    seeds["enc-cp1252.xml"] = ('<?xml version="1.0" encoding="windows-1252"?>\n<tender xmlns="urn:tenderlint:tender-spec:1">'
                               '<title>\u201cquoted\u201d \u20ac</title></tender>\n').encode("cp1252")
    seeds["enc-unknown-declared.xml"] = b'<?xml version="1.0" encoding="EBCDIC-US"?>\n<tender/>\n'
    seeds["enc-invalid-utf8.xml"] = b'<tender xmlns="urn:tenderlint:tender-spec:1"><title>bad \xc3\x28 byte</title></tender>'
    seeds["line-ends-cr.xml"] = b'<?xml version="1.0"?>\r<tender xmlns="urn:tenderlint:tender-spec:1">\r<title>CR only</title>\r\r</tender>\r'
    seeds["regression:dtd-entity.xml"] = b"""<?xml version="1.0"?>
<!DOCTYPE tender [
  <!ENTITY buyer "Fife Council">
  <!ENTITY % param "<!ENTITY inner 'x'>">
]>
<tender xmlns="urn:tenderlint:tender-spec:1"><buyer>&buyer;</buyer></tender>
"""
    seeds["dtd-attlist-defaults.xml"] = b"""<?xml version="1.0"?>
<!DOCTYPE tender [
  <!ELEMENT tender ANY>
  <!ATTLIST tender above-threshold CDATA "true" id ID #IMPLIED>
  <!ATTLIST criterion kind (price|quality|social-value) "quality" weight CDATA #FIXED "50">
  <!NOTATION png SYSTEM "image/png">
]>
<tender xmlns="urn:tenderlint:tender-spec:1" id="DTD-1">
  <evaluation><criterion id="a"/><criterion id="b" kind="price"/></evaluation>
</tender>
"""
    seeds["dtd-external.xml"] = b"""<?xml version="1.0"?>
<!DOCTYPE tender SYSTEM "file:///etc/passwd" [
  <!ENTITY xxe SYSTEM "file:///etc/hostname">
]>
<tender xmlns="urn:tenderlint:tender-spec:1"><title>&xxe;</title></tender>
"""
    seeds["regression:dtd-laughs-small.xml"] = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY a "lol">
  <!ENTITY b "&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;">
]>
<lolz>&c;</lolz>
"""
    seeds["pi-directives.xml"] = b"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="style.xsl"?>
<tender xmlns="urn:tenderlint:tender-spec:1" id="PI-1" above-threshold="true">
  <?tenderlint disable SV001, NZ001 -- market engagement showed an immature market?>
  <buyer sector="central-government" jurisdiction="england">Department for Fuzzing</buyer>
  <?tenderlint enable SV001?>
  <?tenderlint disable-next EV001 -- weights are set by the framework?>
  <?tenderlint disable-next social-value-minimum-weighting?>
  <evaluation>
    <?tenderlint disable-next-line SV01 -- typo in the directive and the rule?>
    <criterion id="price" kind="price" weight="60"/>
    <?tenderlint disable all -- wildcards are refused?>
    <?tenderlint enable?>
    <?tenderlnt disable-next SV001 -- a target that only looks like tenderlint?>
    <criterion id="quality" kind="quality" weight="30"/>
  </evaluation>
  <?tenderlint disable-next SV001 -- nothing follows?>
</tender>
<?tenderlint enable all?>
"""
    seeds["comment-directives.xml"] = """<?xml version="1.0" encoding="UTF-8"?>
<!-- tenderlint: disable-next SV001 - market engagement showed an immature market, see annex B -->
<tender xmlns="urn:tenderlint:tender-spec:1" id="C-1" above-threshold="true">
  <!-- tenderlint disable-next EV001 \u2014 an em dash reason -->
  <evaluation>
    <!-- tenderlint flagged this last year -->
    <!-- tenderlint: disable NZ001 -->
    <criterion id="price" kind="price" weight="70"/>
    <!-- tenderlint: enable NZ001 -->
  </evaluation>
</tender>
""".encode()
    seeds["comment-directive-reason-pi.xml"] = b"""<?xml version="1.0" encoding="UTF-8"?>
<tender xmlns="urn:tenderlint:tender-spec:1" id="C-2">
  <!-- tenderlint: disable-next SV001 - the reason quotes <?tenderlint enable?> and <?xml ?> -->
  <social-value><theme>fighting-climate-change</theme></social-value>
  <?tenderlint disable-next NZ001 -- a reason with <? inside, and <!-- too?>
  <net-zero/>
</tender>
"""
    seeds["malformed-mismatch.xml"] = b'<tender xmlns="urn:tenderlint:tender-spec:1"><title>open</buyer><!-- a -- b --></tender>'
    seeds["malformed-charref.xml"] = b'<tender xmlns="urn:tenderlint:tender-spec:1"><title>&#0;&#x1F;&#xD800;&amp;&unknown;</title></tender>'
    seeds["empty-bom-only.xml"] = b"\xef\xbb\xbf \r\n\t"
    return seeds


YAML_CONFIGS = {
    "config-minimal.yml": "profile: nhs-england\n",
    "config-rules.yml": """# docs/configuration.md style
profile: central-government-england
as-of: 2026-04-01
extends: [nhs-england, ./base.tenderlint.yml]
policies:
  ppn-06-20: on
  ppn-06-21: off
rules:
  SV001: warning
  social-value-minimum-weighting:
    severity: error
    minimum: 10%
    reason: board decision 2025-11
  EV001:
    - severity: off
      pointer: /tender/lots/0
      reason: framework call-off
  NZ001: { severity: info, path: "/ContractNotice/cac:ProcurementProjectLot[2]" }
catalogues:
  - catalogues/toms-2024.yaml
vocabulary:
  social-value:
    - community wealth building
overrides:
  - files: ["legacy/**/*.xml", "*.jsonl"]
    profile: local-government-wales
    rules:
      SV001: off
""",
    "config-mistakes.yml": """profle: nhs-englnd
rules:
  SV01: warn
  SV001:
    severity: 2
    minimun: ten
    pointer: tender/lots
    path: //x
  NZ001: {}
as-of: 2026-13-45
catalogues: notes.txt
overrides: {files: 3}
""",
    "config-anchors.yml": """defaults: &defaults
  severity: warning
  reason: shared
rules:
  SV001: *defaults
  NZ001:
    <<: *defaults
    severity: error
""",
    "config-alias-bomb-small.yml": """a: &a ["x", "x", "x"]
b: &b [*a, *a, *a]
c: &c [*b, *b, *b]
rules: {SV001: *c}
""",
    "config-yaml-oddities.yml": "%YAML 1.1\n---\n? [complex, key]\n: value\n!!binary aGVsbG8=: !custom tag\n\"quoted\\u00e9\": 'single''quote'\nblock: |\n  literal\n  text\nfolded: >-\n  folded\n  text\n...\n---\nsecond: document\n",
    "config-bom-tabs.yml": "\ufeffprofile:\tnhs-england\nrules:\n\t- bad indent\n",
}

CATALOGUE_CSV = {
    "catalogue.csv": '''code,title,theme,outcome,unit,retiredIn,replacedBy
NT1,Local people employed,tackling-economic-inequality,2,FTE,,
NT2,"Apprenticeships, level 2 and 3",Tackling economic inequality,2,weeks,,
NT3,Old measure,4,4,%,2025,NT1
L2,Hours,wellbeeing,,hours,,
V1,"Hours of ""volunteering""",5,,"hours
per year",,
''',
    "catalogue-aliases.csv": "Measure Code;Description;Theme;Units\r\nMAC 4.1;\"Quoted \"\"title\"\"\";equal-opportunity;GBP\r\n",
    "catalogue-bad-rows.csv": 'code,title,theme\nNT1,dup,1\nNT1,dup again,99\n,missing code,2\n"unterminated,title,3\nNT5,too,many,fields,here\n',
    "catalogue-bom-crlf.csv": "\ufeffref,name,theme\r\nA1,Alpha,fighting-climate-change\r\n\r\n",
}

CATALOGUE_YAML = {
    "catalogue.yaml": """tenderlintCatalogue: "1"
framework: my-council-toms
edition: "2025"
title: My council's TOMs
inForceFrom: 2025-04-01
illustrative: false
codePatterns: ["MC{n}"]
themes: [tackling-economic-inequality, fighting-climate-change]
outcomes:
  - id: "2"
    title: More local jobs
    theme: tackling-economic-inequality
measures:
  - code: MC1
    title: Local people employed
    theme: tackling-economic-inequality
    outcome: "2"
    unit: FTE
  - code: MC2
    title: Retired measure
    theme: fighting-climate-change
    retiredIn: "2024"
    replacedBy: MC1
""",
    "catalogue-anchors.yaml": """tenderlintCatalogue: "1"
framework: anchored
edition: "1"
measure: &m {code: A1, title: Alpha, theme: fighting-climate-change}
measures: [*m, {<<: *m, code: A2}]
""",
    "catalogue-alias-bomb-small.yaml": "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nmeasures: [*c, *c]\n",
    "catalogue.json": '{"tenderlintCatalogue":"1","framework":"json-toms","edition":"1","illustrative":true,'
                      '"measures":[{"code":"J1","title":"Json","theme":"equal-opportunity"}]}\n',
}


def json_seeds():
    return {
        "bom-dup-keys.json": b'\xef\xbb\xbf{"tenderSpec":"1","id":"A","id":"B","value":{"amount":1e400,"currency":"GBP"}}',
        "escapes.json": '{"title":"\\u00e9\\ud83c\\udf7d\\ud800 \\/ \\b\\f\\n\\r\\t","n":[-0,0.5e-3,1E+2,true,false,null]}'.encode(),
        "deep.json": b'{"a":' * 120 + b"1" + b"}" * 120,
        "utf16le.json": '{"tenderSpec":"1"}'.encode("utf-16-le"),
        "trailing-comma.json": b'{"tenderSpec":"1","buyer":{"name":"x",},}\n',
        "control-chars.json": b'{"title":"tab\there\x01\x1b[31m","\x00":1}',
    }


def jsonl_seeds():
    return {
        "lines.jsonl": b'{"ocid":"ocds-1","tender":{"id":"1"}}\n\n  \t\n{"ocid":"ocds-2"}\r\n{"ocid":\n[1,2]\n',
        "bom-cr.jsonl": b'\xef\xbb\xbf{"a":1}\r{"b":2}\n{"c":"\r"}',
        "utf16.jsonl": '{"a":1}\n{"b":2}\n'.encode("utf-16-le"),
    }


def doc_blocks(doc, languages):
    """The fenced code blocks of a page of docs/ in the given languages, in order."""
    with open(os.path.join(FUZZ, "..", "docs", doc), encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    blocks, current = [], None
    for line in lines:
        fence = line.strip()
        if current is None and fence.startswith("```") and fence[3:] in languages:
            current = []
        elif current is not None and fence == "```":
            blocks.append("\n".join(current) + "\n")
            current = None
        elif current is not None:
            current.append(line)
    return blocks


def main():
    for index, block in enumerate(doc_blocks("configuration.md", ["yaml"]), 1):
        write("FuzzConfiguration", "doc-configuration-%d.yml" % index, block)
    for index, block in enumerate(doc_blocks("catalogues.md", ["yaml", "json"]), 1):
        write("FuzzCatalogue", "doc-catalogues-%d.txt" % index, block)
    # The pipeline takes the seeds that reach the rules or the suppressions, to stay near 40 files.
    for name, data in xml_seeds().items():
        if name.startswith("regression:"):
            # Entity declarations leak libxml2's document (see regressions/known-open.txt): regressions until fixed.
            write("FuzzXMLReader", name.split(":", 1)[1], data, kind="regressions")
            continue
        write("FuzzXMLReader", name, data)
        if name.startswith(("enc-utf", "dtd-", "pi-", "comment-", "malformed-mismatch")):
            write("FuzzLintPipeline", name, data)
    for name, data in json_seeds().items():
        write("FuzzJSONReader", name, data)
        if name in ("bom-dup-keys.json", "control-chars.json"):
            write("FuzzLintPipeline", name, data)
    for name, data in jsonl_seeds().items():
        write("FuzzJSONLines", name, data)
    for name, text in YAML_CONFIGS.items():
        write("FuzzConfiguration", name, text)
    for name, text in list(CATALOGUE_CSV.items()) + list(CATALOGUE_YAML.items()):
        write("FuzzCatalogue", name, text)


if __name__ == "__main__":
    main()

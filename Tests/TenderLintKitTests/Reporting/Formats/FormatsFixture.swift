import Foundation
import Testing
import TenderLintKit

/// A small fixed run that every report format is checked against: three files, every severity,
/// secondary locations, fix-its, a multi-line range, a whole-file finding, Welsh text and an emoji
/// before a column, and paths with a space, a comma and a colon.
enum FormatsFixture {
    static let socialValue = RuleIdentity(id: "SV001", name: "social-value-weight")
    static let carbonPlan = RuleIdentity(id: "NZ001", name: "carbon-reduction-plan")

    static let tender = SourceFile(path: "tenders/2026/community-equipment.xml", text: """
        <tender>
          <buyer name="Bwrdd Iechyd — ŵ 👩‍⚕️" sectr="nhs"/>
          <lot id="2">
            <criterion id="price" kind="price" weight="40"/>
            <criterion id="social-value" kind="social-value" weight="8"/>
          </lot>
        </tender>

        """)

    static let release = SourceFile(path: "tenders/catering, phase 1.json", text: """
        {
          "tender": {
            "netZero": {
              "carbonReductionPlan": false
            }
          }
        }

        """)

    /// The location of the `occurrence`-th (1-based) appearance of `needle` in `source`.
    static func location(of needle: String, in source: SourceFile, occurrence: Int = 1) -> TenderLintKit.SourceLocation {
        let offset = source.offset(of: needle, occurrence: occurrence)
        return source.location(of: ByteRange(offset, offset + needle.utf8.count))
    }

    /// As the engine reports it: about the social value criterion of lot 2, judged at 8%.
    static let socialValueTooLow = {
        var diagnostic = socialValueTooLowAsLocated
        diagnostic.subjectIdentity = #"/tender/lot/criterion[@id="social-value"] in lot 2"#
        diagnostic.offendingValue = "8%"
        return diagnostic
    }()

    private static let socialValueTooLowAsLocated = Diagnostic(
        socialValue,
        .error,
        "social value carries 8% of the total score in lot 2; at least 10% is required",
        at: location(of: #"<criterion id="social-value" kind="social-value" weight="8"/>"#, in: tender),
        label: "8% of the total",
        secondary: [.init("price weighted here", at: location(of: #"weight="40""#, in: tender))],
        notes: ["counted: social-value (8%)"],
        help: ["raise social-value to 10 and lower another criterion by 2"],
        fixIts: [.init("set the weight to 10", .unsafe(because: "it changes how bids are scored"), replacing: location(of: "8", in: tender), with: "10")],
        documentPath: "/tender/lot/criterion[2]",
        policy: PolicyCitation("PPN 06/20", detail: "10% of the total score")
    )

    static let unknownAttribute = Diagnostic(
        ModelRule.unknownField,
        .warning,
        "unknown attribute 'sectr' on <buyer>",
        at: location(of: "sectr", in: tender),
        fixIts: [.init("did you mean 'sector'?", .safe, replacing: location(of: "sectr", in: tender), with: "sector")],
        documentPath: "/tender/buyer/@sectr"
    )

    static let missingPlan = Diagnostic(
        carbonPlan,
        .warning,
        "contracts worth £5m a year or more must ask for a Carbon Reduction Plan",
        at: location(of: "{\n      \"carbonReductionPlan\": false\n    }", in: release),
        documentPath: "/tender/netZero"
    )

    static let notATender = Diagnostic(
        ModelRule.notATenderDocument,
        .info,
        "the file holds no tender document; skipped",
        at: .wholeFile("notes/readme: draft.xml")
    )

    static let rules = [
        ReportedRule(
            id: "SV001",
            name: "social-value-weight",
            summary: "Social value carries at least 10% of the total score",
            explanation: RuleExplanation(whatItChecks: "PPN 06/20 asks for *at least* 10% of the total score."),
            defaultSeverity: .error,
            helpURI: "https://tenderlint.example/rules#sv001"
        ),
        ReportedRule(
            id: "NZ001",
            name: "carbon-reduction-plan",
            summary: "Large contracts ask for a Carbon Reduction Plan",
            explanation: RuleExplanation(whatItChecks: ""),
            defaultSeverity: .error,
            helpURI: "docs/rules.md#nz001"
        ),
        ReportedRule(
            id: "TL006",
            name: "unknown-field",
            summary: "Every element, attribute or key is one the format defines",
            explanation: RuleExplanation(whatItChecks: "A field the format does not define is ignored."),
            defaultSeverity: .warning
        ),
    ]

    /// TL003 is deliberately not among the rules: the reports must describe it anyway.
    static let result = LintResult(
        diagnostics: [notATender, missingPlan, socialValueTooLow, unknownAttribute].sorted(by: Diagnostic.presentationOrder),
        documentCount: 3,
        fileCount: 3,
        rules: rules,
        toolVersion: "0.1.0",
        suppressedCount: 2,
        baselinedCount: 1
    )

    static let empty = LintResult(diagnostics: [], documentCount: 0, fileCount: 0, rules: [], toolVersion: "0.1.0")

    /// Text that breaks naive reports: line ends, separators, quotes, markup, control characters, emoji.
    static let awkwardText = "line one\nline two\r\n100%, a: b, \"quoted\" 'single' <tag> & ]]> | *x* `y` [z]\u{0}\u{1B}[1m\u{7}\u{FFFE} 👩‍⚕️ ŵ"

    static func awkwardDiagnostic(severity: Severity = .error) -> Diagnostic {
        let source = SourceFile(path: "odd dir/a,b:c%d#e?.xml", text: "<a>\(awkwardText)</a>\n")
        var diagnostic = Diagnostic(
            RuleIdentity(id: "SV001", name: "social-value-weight"),
            severity,
            awkwardText,
            at: location(of: "👩‍⚕️", in: source),
            label: awkwardText,
            secondary: [.init(awkwardText, at: location(of: "<a>", in: source))],
            notes: [awkwardText],
            help: [awkwardText],
            fixIts: [.init(awkwardText, .safe, replacing: location(of: "ŵ", in: source), with: awkwardText)],
            documentPath: "/a/text()",
            policy: PolicyCitation(awkwardText, detail: awkwardText)
        )
        diagnostic.notes.append("plain note")
        return diagnostic
    }

    static let awkward = LintResult(diagnostics: [awkwardDiagnostic()], documentCount: 1, fileCount: 1, rules: [], toolVersion: "0.1.0")
}

/// Runs a Python 3 script with one input file and returns what it prints, for checks that need a
/// library the test target does not have: SARIF's draft-07 schema, and a strict XML 1.0 parser.
enum FormatsPython {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func run(_ script: String, input: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tenderlint-formats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let inputFile = directory.appendingPathComponent("input")
        let outputFile = directory.appendingPathComponent("stdout")
        let errorFile = directory.appendingPathComponent("stderr")
        try Data(input.utf8).write(to: inputFile)
        try Data().write(to: outputFile)
        try Data().write(to: errorFile)
        let output = try FileHandle(forWritingTo: outputFile)
        let errors = try FileHandle(forWritingTo: errorFile)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, inputFile.path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw Failure(description: "python3 could not be started: \(error)")
        }
        process.waitUntilExit()
        try output.close()
        try errors.close()
        let standardError = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            if process.terminationStatus == 3 {
                throw Failure(description: "Python's jsonschema package is not installed: run `pip install jsonschema`")
            }
            throw Failure(description: "python3 ended with status \(process.terminationStatus): \(standardError)")
        }
        return try String(contentsOf: outputFile, encoding: .utf8)
    }

    /// Parses XML with Python's expat (strict XML 1.0) and prints the tree as JSON:
    /// `{"tag", "attributes", "text", "children"}`.
    static let xmlToJSON = #"""
        import json, sys
        import xml.etree.ElementTree as ET
        def node(element):
            return {"tag": element.tag, "attributes": dict(element.attrib), "text": element.text or "",
                    "children": [node(child) for child in element]}
        with open(sys.argv[1], "rb") as f:
            root = ET.fromstring(f.read())
        print(json.dumps(node(root)))
        """#

    struct XMLNode: Decodable {
        var tag: String
        var attributes: [String: String]
        var text: String
        var children: [XMLNode]

        func all(_ tag: String) -> [XMLNode] {
            (self.tag == tag ? [self] : []) + children.flatMap { $0.all(tag) }
        }
    }

    static func parseXML(_ text: String) throws -> XMLNode {
        let json = try run(xmlToJSON, input: text)
        return try JSONDecoder().decode(XMLNode.self, from: Data(json.utf8))
    }
}

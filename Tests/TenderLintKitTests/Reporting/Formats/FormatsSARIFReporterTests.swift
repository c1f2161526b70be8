import Foundation
import Testing
@testable import TenderLintKit

@Suite("Formats: SARIF report")
struct FormatsSARIFReporterTests {
    static let schemaPath = SchemaFiles.packageRoot
        .deletingLastPathComponent()
        .appendingPathComponent("shared/schemas/sarif-schema-2.1.0.json").path

    /// Runs that between them have every severity, fix-its that replace, insert and delete,
    /// secondary locations, awkward text and paths, rules with and without help URIs, and empty runs.
    static var representativeRuns: [(String, String)] {
        var everySeverity = FormatsFixture.result
        everySeverity.diagnostics = Severity.allCases.map { FormatsFixture.awkwardDiagnostic(severity: $0) }
        var edits = FormatsFixture.socialValueTooLow
        let tender = FormatsFixture.tender
        let before = tender.offset(of: "<lot")
        let comma = FormatsFixture.location(of: " kind=\"price\"", in: tender)
        edits.fixIts = [
            .init("insert a comment", .safe, replacing: tender.location(of: .at(before)), with: "<!-- lot 2 -->"),
            .init("delete the kind", .safe, replacing: comma, with: ""),
        ]
        let withEdits = LintResult(diagnostics: [edits], documentCount: 1, fileCount: 1, rules: FormatsFixture.rules)
        let rulesOnly = LintResult(diagnostics: [], documentCount: 4, fileCount: 2, rules: FormatsFixture.rules)
        return [
            ("fixture", SARIFReporter().render(FormatsFixture.result)),
            ("fixture with informationUri", SARIFReporter(informationURI: "https://tenderlint.example").render(FormatsFixture.result)),
            ("awkward", SARIFReporter().render(FormatsFixture.awkward)),
            ("every severity", SARIFReporter().render(everySeverity)),
            ("insertions and deletions", SARIFReporter().render(withEdits)),
            ("no results", SARIFReporter().render(rulesOnly)),
            ("empty run", SARIFReporter().render(FormatsFixture.empty)),
        ]
    }

    /// Validates with Draft7Validator (the schema is draft-04 in form; jsonschema's draft-07 validator reads it).
    static let validateScript = #"""
        import json, sys
        try:
            from jsonschema import Draft7Validator, FormatChecker
        except ImportError:
            sys.exit(3)
        with open(sys.argv[1], encoding="utf-8") as f:
            request = json.load(f)
        with open(request["schema"], encoding="utf-8") as f:
            schema = json.load(f)
        Draft7Validator.check_schema(schema)
        validator = Draft7Validator(schema, format_checker=FormatChecker())
        out = []
        for document in request["documents"]:
            instance = json.loads(document["text"])
            errors = ["%s: %s" % ("/".join(str(p) for p in e.absolute_path), e.message) for e in validator.iter_errors(instance)]
            out.append({"name": document["name"], "errors": sorted(errors)})
        print(json.dumps(out))
        """#

    struct Outcome: Decodable {
        var name: String
        var errors: [String]
    }

    static func validate(_ documents: [(String, String)]) throws -> [Outcome] {
        let request: [String: Any] = [
            "schema": schemaPath,
            "documents": documents.map { ["name": $0.0, "text": $0.1] },
        ]
        let input = String(decoding: try JSONSerialization.data(withJSONObject: request), as: UTF8.self)
        let output = try FormatsPython.run(validateScript, input: input)
        return try JSONDecoder().decode([Outcome].self, from: Data(output.utf8))
    }

    @Test("validates against the official SARIF 2.1.0 schema for a representative set of runs",
          .enabled(if: SARIFSchema.available, SARIFSchema.unavailable))
    func validatesAgainstOfficialSchema() throws {
        let runs = Self.representativeRuns
        let outcomes = try Self.validate(runs)
        #expect(outcomes.map(\.name) == runs.map(\.0))
        for outcome in outcomes {
            #expect(outcome.errors.isEmpty, "\(outcome.name): \(outcome.errors)")
        }
    }

    @Test("the schema check rejects broken logs, so the validation above means something",
          .enabled(if: SARIFSchema.available, SARIFSchema.unavailable))
    func schemaRejectsBrokenLogs() throws {
        let good = SARIFReporter().render(FormatsFixture.result)
        let broken = [
            ("bad level", good.replacingOccurrences(of: #""level": "note""#, with: #""level": "info""#)),
            ("line 0", good.replacingOccurrences(of: #""startLine": 5"#, with: #""startLine": 0"#)),
            ("no tool", good.replacingOccurrences(of: #""tool":"#, with: #""tool0":"#)),
        ]
        for (outcome, (name, text)) in zip(try Self.validate(broken), broken) {
            #expect(text != good, "\(name) changed nothing")
            #expect(!outcome.errors.isEmpty, "\(name) was accepted")
        }
    }

    static func run(_ text: String) throws -> [String: Any] {
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect(log["$schema"] as? String == SARIFReporter.schemaURI)
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        return try #require(runs.first)
    }

    @Test("every result names its rule by id and index; rules not described in the result are added")
    func resultsPointAtTheirRules() throws {
        let run = try Self.run(SARIFReporter().render(FormatsFixture.result))
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "tenderlint")
        #expect(driver["version"] as? String == "0.1.0")
        #expect(driver["informationUri"] == nil)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == ["SV001", "NZ001", "TL006", "TL003"])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 4)
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
        #expect(results.map { $0["level"] as? String } == ["note", "warning", "error", "warning"])
        // An absolute help URI becomes helpUri; a relative one stays in the help text only.
        #expect(rules[0]["helpUri"] as? String == "https://tenderlint.example/rules#sv001")
        #expect(rules[1]["helpUri"] == nil)
        let help = try #require(rules[1]["help"] as? [String: String])
        #expect(help["text"]?.contains("docs/rules.md#nz001") == true)
        #expect(help["markdown"] != nil)
        #expect((rules[0]["defaultConfiguration"] as? [String: String])?["level"] == "error")
        #expect((rules[3]["defaultConfiguration"] as? [String: String])?["level"] == "note")
    }

    @Test("results carry full regions, related locations, fingerprints and fixes")
    func resultsCarryEverything() throws {
        let run = try Self.run(SARIFReporter().render(FormatsFixture.result))
        let results = try #require(run["results"] as? [[String: Any]])
        let sv = try #require(results.first { $0["ruleId"] as? String == "SV001" })
        let location = try #require((sv["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: String])?["uri"] == "tenders/2026/community-equipment.xml")
        #expect(location["region"] as? [String: Int] == ["startLine": 5, "startColumn": 5, "endLine": 5, "endColumn": 66])
        let related = try #require((sv["relatedLocations"] as? [[String: Any]])?.first)
        #expect((related["message"] as? [String: String])?["text"] == "price weighted here")
        #expect((related["physicalLocation"] as? [String: Any])?["region"] as? [String: Int] == ["startLine": 4, "startColumn": 40, "endLine": 4, "endColumn": 51])
        let fingerprints = try #require(sv["partialFingerprints"] as? [String: String])
        #expect(fingerprints[SARIFReporter.fingerprintKey] == DiagnosticFingerprint.hash(of: FormatsFixture.socialValueTooLow))
        #expect(fingerprints[SARIFReporter.lineHashKey]?.hasSuffix(":1") == true)
        let fix = try #require((sv["fixes"] as? [[String: Any]])?.first)
        #expect((fix["description"] as? [String: String])?["text"] == "set the weight to 10")
        let change = try #require((fix["artifactChanges"] as? [[String: Any]])?.first)
        let replacement = try #require((change["replacements"] as? [[String: Any]])?.first)
        #expect(replacement["deletedRegion"] as? [String: Int] == ["startLine": 5, "startColumn": 62, "endLine": 5, "endColumn": 63])
        #expect((replacement["insertedContent"] as? [String: String])?["text"] == "10")
        // The alert title is the message alone; notes, help and policy are in the Markdown and the properties.
        let message = try #require(sv["message"] as? [String: String])
        #expect(message["text"] == FormatsFixture.socialValueTooLow.message)
        #expect(message["markdown"]?.hasPrefix(FormatsFixture.socialValueTooLow.message + "\n\n- note: ") == true)
        let properties = try #require(sv["properties"] as? [String: Any])
        #expect(properties["documentPath"] as? String == "/tender/lot/criterion[2]")
        #expect(properties["notes"] as? [String] == FormatsFixture.socialValueTooLow.notes)
        #expect(properties["help"] as? [String] == FormatsFixture.socialValueTooLow.help)

        // A multi-line range keeps its end line and column.
        let nz = try #require(results.first { $0["ruleId"] as? String == "NZ001" })
        let nzLocation = try #require((nz["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect(nzLocation["region"] as? [String: Int] == ["startLine": 3, "startColumn": 16, "endLine": 5, "endColumn": 6])
        #expect((nzLocation["artifactLocation"] as? [String: String])?["uri"] == "tenders/catering%2C%20phase%201.json")
    }

    @Test("an empty run still has a tool, its rules and an empty results array")
    func emptyRun() throws {
        let run = try Self.run(SARIFReporter().render(FormatsFixture.empty))
        #expect((run["results"] as? [Any])?.isEmpty == true)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect((driver["rules"] as? [Any])?.isEmpty == true)
    }

    @Test("file paths become URI references: forward slashes, percent-encoded, absolute paths as file URIs",
          arguments: [
              ("tenders/a.xml", "tenders/a.xml"),
              ("./tenders/a.xml", "tenders/a.xml"),
              (#"tenders\2026\a.xml"#, "tenders/2026/a.xml"),
              ("odd dir/a,b:c%d#e?.xml", "odd%20dir/a%2Cb%3Ac%25d%23e%3F.xml"),
              ("a:b.xml", "a%3Ab.xml"),
              ("Cymraeg/ŵ 👩‍⚕️.xml", "Cymraeg/%C5%B5%20%F0%9F%91%A9%E2%80%8D%E2%9A%95%EF%B8%8F.xml"),
              ("/srv/tenders/a b.xml", "file:///srv/tenders/a%20b.xml"),
              (#"C:\tenders\a.xml"#, "file:///C:/tenders/a.xml"),
          ])
    func uriReferences(path: String, uri: String) {
        #expect(ReportPath.uriReference(path) == uri)
        // Only RFC 3986 characters, and decoding gives the path back.
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%")
        #expect(uri.unicodeScalars.allSatisfy { allowed.contains($0) })
        let decoded = uri.hasPrefix("file://") ? String(uri.dropFirst("file://".count)) : uri
        let expected = ReportPath.normalized(path)
        #expect(decoded.removingPercentEncoding == (expected.hasPrefix("/") ? expected : (uri.hasPrefix("file:///") ? "/" + expected : expected)))
    }

    @Test("informationUri appears only when it is an absolute URI")
    func informationURI() throws {
        let given = try Self.run(SARIFReporter(informationURI: "https://tenderlint.example").render(FormatsFixture.empty))
        #expect(((given["tool"] as? [String: Any])?["driver"] as? [String: Any])?["informationUri"] as? String == "https://tenderlint.example")
        let relative = try Self.run(SARIFReporter(informationURI: "docs/README.md").render(FormatsFixture.empty))
        #expect(((relative["tool"] as? [String: Any])?["driver"] as? [String: Any])?["informationUri"] == nil)
    }
}

/// The official SARIF schema sits in `../shared/schemas`; a clone without it skips the validation (CI has it).
enum SARIFSchema {
    static let available = FileManager.default.fileExists(atPath: FormatsSARIFReporterTests.schemaPath)
    static let unavailable: Comment = "needs ../shared/schemas/sarif-schema-2.1.0.json beside the package (CI has it)"
}

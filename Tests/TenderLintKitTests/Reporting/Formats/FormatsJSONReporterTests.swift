import Foundation
import Testing
@testable import TenderLintKit

@Suite("Formats: JSON report")
struct FormatsJSONReporterTests {
    static let schemaPath = SchemaFiles.packageRoot.appendingPathComponent("docs/schemas/tenderlint-report-1.schema.json").path
    static let documentation = SchemaFiles.packageRoot.appendingPathComponent("docs/json-report.md")

    @Test("renders the fixed run exactly (golden output)")
    func golden() {
        #expect(JSONReporter().render(FormatsFixture.result) == #"""
            {
              "version": "1",
              "tool": {
                "name": "tenderlint",
                "version": "0.1.0"
              },
              "diagnostics": [
                {
                  "ruleId": "TL003",
                  "name": "not-a-tender-document",
                  "severity": "info",
                  "message": "the file holds no tender document; skipped",
                  "file": "notes/readme: draft.xml",
                  "line": 1,
                  "column": 1,
                  "endLine": 1,
                  "endColumn": 1,
                  "documentPath": null,
                  "subject": "",
                  "label": null,
                  "notes": [],
                  "help": [],
                  "fixIts": [],
                  "secondaryLocations": [],
                  "policy": null,
                  "fingerprint": "cfa0a10acb19d870",
                  "identity": {
                    "subject": "",
                    "value": null
                  },
                  "omitted": 0
                },
                {
                  "ruleId": "TL006",
                  "name": "unknown-field",
                  "severity": "warning",
                  "message": "unknown attribute 'sectr' on <buyer>",
                  "file": "tenders/2026/community-equipment.xml",
                  "line": 2,
                  "column": 39,
                  "endLine": 2,
                  "endColumn": 44,
                  "documentPath": "/tender/buyer/@sectr",
                  "subject": "sectr",
                  "label": null,
                  "notes": [],
                  "help": [],
                  "fixIts": [
                    {
                      "summary": "did you mean 'sector'?",
                      "applicability": "safe",
                      "unsafeBecause": null,
                      "file": "tenders/2026/community-equipment.xml",
                      "line": 2,
                      "column": 39,
                      "endLine": 2,
                      "endColumn": 44,
                      "replacement": "sector",
                      "edits": [
                        {
                          "file": "tenders/2026/community-equipment.xml",
                          "line": 2,
                          "column": 39,
                          "endLine": 2,
                          "endColumn": 44,
                          "replacement": "sector"
                        }
                      ]
                    }
                  ],
                  "secondaryLocations": [],
                  "policy": null,
                  "fingerprint": "cb139ef00ff8e9c1",
                  "identity": {
                    "subject": "/tender/buyer/@sectr",
                    "value": "sectr"
                  },
                  "omitted": 0
                },
                {
                  "ruleId": "SV001",
                  "name": "social-value-weight",
                  "severity": "error",
                  "message": "social value carries 8% of the total score in lot 2; at least 10% is required",
                  "file": "tenders/2026/community-equipment.xml",
                  "line": 5,
                  "column": 5,
                  "endLine": 5,
                  "endColumn": 66,
                  "documentPath": "/tender/lot/criterion[2]",
                  "subject": "<criterion id=\"social-value\" kind=\"social-value\" weight=\"8\"/>",
                  "label": "8% of the total",
                  "notes": [
                    "counted: social-value (8%)"
                  ],
                  "help": [
                    "raise social-value to 10 and lower another criterion by 2"
                  ],
                  "fixIts": [
                    {
                      "summary": "set the weight to 10",
                      "applicability": "unsafe",
                      "unsafeBecause": "it changes how bids are scored",
                      "file": "tenders/2026/community-equipment.xml",
                      "line": 5,
                      "column": 62,
                      "endLine": 5,
                      "endColumn": 63,
                      "replacement": "10",
                      "edits": [
                        {
                          "file": "tenders/2026/community-equipment.xml",
                          "line": 5,
                          "column": 62,
                          "endLine": 5,
                          "endColumn": 63,
                          "replacement": "10"
                        }
                      ]
                    }
                  ],
                  "secondaryLocations": [
                    {
                      "message": "price weighted here",
                      "file": "tenders/2026/community-equipment.xml",
                      "line": 4,
                      "column": 40,
                      "endLine": 4,
                      "endColumn": 51
                    }
                  ],
                  "policy": {
                    "name": "PPN 06/20",
                    "detail": "10% of the total score"
                  },
                  "fingerprint": "09c7f1aa5c5620bc",
                  "identity": {
                    "subject": "/tender/lot/criterion[@id=\"social-value\"] in lot 2",
                    "value": "8%"
                  },
                  "omitted": 0
                },
                {
                  "ruleId": "NZ001",
                  "name": "carbon-reduction-plan",
                  "severity": "warning",
                  "message": "contracts worth £5m a year or more must ask for a Carbon Reduction Plan",
                  "file": "tenders/catering, phase 1.json",
                  "line": 3,
                  "column": 16,
                  "endLine": 5,
                  "endColumn": 6,
                  "documentPath": "/tender/netZero",
                  "subject": "{ \"carbonReductionPlan\": false }",
                  "label": null,
                  "notes": [],
                  "help": [],
                  "fixIts": [],
                  "secondaryLocations": [],
                  "policy": null,
                  "fingerprint": "cf18d8ac50c0aa84",
                  "identity": {
                    "subject": "/tender/netZero",
                    "value": "{ \"carbonReductionPlan\": false }"
                  },
                  "omitted": 0
                }
              ],
              "summary": {
                "total": 4,
                "bySeverity": {
                  "error": 1,
                  "warning": 2,
                  "info": 1
                },
                "documents": 3,
                "files": 3,
                "suppressed": 2,
                "baselined": 1,
                "omitted": 0
              }
            }

            """#)
    }

    @Test("round-trips through JSONSerialization with every field a diagnostic holds")
    func roundTrip() throws {
        let text = JSONReporter().render(FormatsFixture.result)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["version"] as? String == "1")
        let tool = try #require(root["tool"] as? [String: Any])
        #expect(tool["name"] as? String == "tenderlint")
        #expect(tool["version"] as? String == "0.1.0")

        let diagnostics = try #require(root["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { $0["ruleId"] as? String } == ["TL003", "TL006", "SV001", "NZ001"])
        let sv = try #require(diagnostics.first { $0["ruleId"] as? String == "SV001" })
        #expect(sv["name"] as? String == "social-value-weight")
        #expect(sv["severity"] as? String == "error")
        #expect(sv["message"] as? String == FormatsFixture.socialValueTooLow.message)
        #expect(sv["file"] as? String == "tenders/2026/community-equipment.xml")
        #expect(sv["line"] as? Int == 5)
        #expect(sv["column"] as? Int == 5)
        #expect(sv["endLine"] as? Int == 5)
        #expect(sv["endColumn"] as? Int == 66)
        #expect(sv["documentPath"] as? String == "/tender/lot/criterion[2]")
        #expect(sv["label"] as? String == "8% of the total")
        #expect(sv["notes"] as? [String] == ["counted: social-value (8%)"])
        #expect(sv["help"] as? [String] == ["raise social-value to 10 and lower another criterion by 2"])
        let fixIt = try #require((sv["fixIts"] as? [[String: Any]])?.first)
        #expect(fixIt["summary"] as? String == "set the weight to 10")
        #expect(fixIt["applicability"] as? String == "unsafe")
        #expect(fixIt["unsafeBecause"] as? String == "it changes how bids are scored")
        #expect(fixIt["replacement"] as? String == "10")
        #expect(fixIt["line"] as? Int == 5)
        #expect(fixIt["column"] as? Int == 62)
        #expect(fixIt["endColumn"] as? Int == 63)
        let secondary = try #require((sv["secondaryLocations"] as? [[String: Any]])?.first)
        #expect(secondary["message"] as? String == "price weighted here")
        #expect(secondary["line"] as? Int == 4)
        #expect(secondary["column"] as? Int == 40)
        let policy = try #require(sv["policy"] as? [String: Any])
        #expect(policy["name"] as? String == "PPN 06/20")
        #expect(policy["detail"] as? String == "10% of the total score")
        #expect(sv["fingerprint"] as? String == DiagnosticFingerprint.hash(of: FormatsFixture.socialValueTooLow))

        // Absent values are null, not missing.
        let whole = try #require(diagnostics.first)
        #expect(whole["documentPath"] is NSNull)
        #expect(whole["label"] is NSNull)
        #expect(whole["policy"] is NSNull)
        #expect((whole["fixIts"] as? [Any])?.isEmpty == true)

        // Columns count code points: "sectr" comes after Welsh text and a four-code-point emoji.
        let unknown = try #require(diagnostics.first { $0["ruleId"] as? String == "TL006" })
        #expect(unknown["column"] as? Int == 39)
        #expect(unknown["endColumn"] as? Int == 44)

        let summary = try #require(root["summary"] as? [String: Any])
        #expect(summary["total"] as? Int == 4)
        #expect(summary["bySeverity"] as? [String: Int] == ["error": 1, "warning": 2, "info": 1])
        #expect(summary["documents"] as? Int == 3)
        #expect(summary["files"] as? Int == 3)
        #expect(summary["suppressed"] as? Int == 2)
        #expect(summary["baselined"] as? Int == 1)
    }

    @Test("keeps awkward text intact: line ends, quotes, markup, control characters and emoji")
    func awkwardTextRoundTrips() throws {
        let text = JSONReporter().render(FormatsFixture.awkward)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let diagnostic = try #require((root["diagnostics"] as? [[String: Any]])?.first)
        let awkward = FormatsFixture.awkwardText
        #expect(diagnostic["message"] as? String == awkward)
        #expect(diagnostic["label"] as? String == awkward)
        #expect(diagnostic["file"] as? String == "odd dir/a,b:c%d#e?.xml")
        #expect((diagnostic["fixIts"] as? [[String: Any]])?.first?["replacement"] as? String == awkward)
        #expect((diagnostic["policy"] as? [String: Any])?["detail"] as? String == awkward)
        // No raw control character reaches the output; JSON escapes them.
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test("validates against docs/schemas/tenderlint-report-1.schema.json, as does the documented example")
    func validatesAgainstSchema() throws {
        let page = try String(contentsOf: Self.documentation, encoding: .utf8)
        let example = try #require(Self.firstJSONBlock(in: page), "docs/json-report.md has no ```json example")
        var everySeverity = FormatsFixture.result
        everySeverity.diagnostics = Severity.allCases.map { FormatsFixture.awkwardDiagnostic(severity: $0) }
        let documents: [(String, LintResult)] = [
            ("fixture", FormatsFixture.result),
            ("awkward", FormatsFixture.awkward),
            ("every severity", everySeverity),
            ("empty", FormatsFixture.empty),
        ]
        let outcome = try JSONSchemaValidation.validate(
            documents.map { JSONSchemaValidation.Document(name: $0.0, text: JSONReporter().render($0.1)) }
                + [JSONSchemaValidation.Document(name: "docs/json-report.md example", text: example)],
            against: Self.schemaPath
        )
        #expect(outcome.schemaErrors.isEmpty, "\(outcome.schemaErrors)")
        #expect(outcome.documents.count == documents.count + 1)
        for document in outcome.documents {
            #expect(document.errors.isEmpty, "\(document.name): \(document.errors)")
        }
    }

    @Test("the schema rejects a report that breaks it, so the validation above means something")
    func schemaRejectsBrokenReports() throws {
        let good = JSONReporter().render(FormatsFixture.result)
        let broken = [
            ("wrong version", good.replacingOccurrences(of: #""version": "1""#, with: #""version": "2""#)),
            ("unknown severity", good.replacingOccurrences(of: #""severity": "info""#, with: #""severity": "note""#)),
            ("column 0", good.replacingOccurrences(of: #""column": 39"#, with: #""column": 0"#)),
            ("undocumented key", good.replacingOccurrences(of: #""subject": "sectr","#, with: #""subject": "sectr", "extra": 1,"#)),
        ]
        let outcome = try JSONSchemaValidation.validate(
            broken.map { JSONSchemaValidation.Document(name: $0.0, text: $0.1) },
            against: Self.schemaPath
        )
        for (document, (name, text)) in zip(outcome.documents, broken) {
            #expect(text != good, "\(name) changed nothing")
            #expect(!document.errors.isEmpty, "\(name) was accepted")
        }
    }

    @Test("the documented example is current: it has exactly the keys a report made now has")
    func documentedExampleHasCurrentKeys() throws {
        let page = try String(contentsOf: Self.documentation, encoding: .utf8)
        let example = try #require(Self.firstJSONBlock(in: page))
        #expect(page.contains("`version` is `\"\(JSONReporter.schemaVersion)\"`"))
        func keys(_ value: Any) -> Set<String> {
            if let object = value as? [String: Any] {
                return Set(object.keys).union(object.values.flatMap { keys($0) })
            }
            if let array = value as? [Any] { return Set(array.flatMap { keys($0) }) }
            return []
        }
        let documented = keys(try JSONSerialization.jsonObject(with: Data(example.utf8)))
        let current = keys(try JSONSerialization.jsonObject(with: Data(JSONReporter().render(FormatsFixture.result).utf8)))
        #expect(documented == current)
    }

    /// The text of the first fenced ```json block.
    static func firstJSONBlock(in markdown: String) -> String? {
        guard let open = markdown.range(of: "```json\n"),
              let close = markdown.range(of: "\n```", range: open.upperBound..<markdown.endIndex) else { return nil }
        return String(markdown[open.upperBound..<close.lowerBound])
    }
}

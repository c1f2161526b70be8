import Foundation
import Testing
import TenderLintKit
import TenderLintRules

/// What docs/baseline.md promises, checked on real documents linted by the real rules: an entry follows what a
/// finding is about and the value it judged, whatever happens to the text around it.
@Suite("Baseline: findings matched by meaning")
struct BaselineMeaningTests {
    private static let packageRoot = PackageFolder.root

    private static func sample(_ name: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent("Samples").appendingPathComponent(name), encoding: .utf8)
    }

    /// The findings above info: the samples' catalogue is not loaded here, which TOM002 notes at info level.
    private static func lint(_ text: String, path: String) -> [Diagnostic] {
        Linter(engine: RuleEngine(ruleSet: BuiltInRules.ruleSet)).lint(SourceFile(path: path, text: text)).diagnostics
            .filter { $0.severity != .info }
    }

    /// The JSON text re-serialised one key per line, indented by four, keys sorted: every line and column moves.
    /// With `reversingCriteria`, the tender's criteria are listed in the opposite order too.
    private static func reformatted(_ json: String, reversingCriteria: Bool = false) throws -> String {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        if reversingCriteria {
            var evaluation = try #require(object["evaluation"] as? [String: Any])
            let criteria = try #require(evaluation["criteria"] as? [Any])
            evaluation["criteria"] = Array(criteria.reversed())
            object["evaluation"] = evaluation
        }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "  ", with: "    ")
    }

    private static func replacing(_ text: String, _ old: String, with new: String) throws -> String {
        #expect(text.contains(old), "the sample no longer holds \(old)")
        return text.replacingOccurrences(of: old, with: new)
    }

    // MARK: JSON: social value in ordinary one-key-per-line JSON

    private static let jsonPath = "tenders/wheelchair-services.json"

    private static func jsonBaseline() throws -> (Baseline, original: String) {
        let original = try reformatted(try sample("wheelchair-services.json"))
        let diagnostics = lint(original, path: jsonPath)
        #expect(diagnostics.map(\.ruleID) == ["SV001"])
        return (Baseline(diagnostics: diagnostics), original)
    }

    @Test("social value falling from 8% to 2% in one-key-per-line JSON is a new finding")
    func worseJSONValueIsNew() throws {
        let (baseline, original) = try Self.jsonBaseline()
        #expect(baseline.entries.first?.value == "8%")
        // Price takes up what social value gave up, so the weights still add up to 100.
        var worse = try Self.replacing(original, #""weight" : 8"#, with: #""weight" : 2"#)
        worse = try Self.replacing(worse, #""weight" : 40"#, with: #""weight" : 46"#)
        let outcome = baseline.apply(to: Self.lint(worse, path: Self.jsonPath), linted: [Self.jsonPath])
        #expect(outcome.new.map(\.ruleID) == ["SV001"])
        #expect(outcome.new.first?.offendingValue == "2%")
        #expect(outcome.baselined.isEmpty)
        #expect(outcome.stale.map(\.value) == ["8%"])
    }

    @Test("social value rising from 8% to 9%, still short, is a new finding too")
    func betterJSONValueIsNew() throws {
        let (baseline, original) = try Self.jsonBaseline()
        var better = try Self.replacing(original, #""weight" : 8"#, with: #""weight" : 9"#)
        better = try Self.replacing(better, #""weight" : 40"#, with: #""weight" : 39"#)
        let outcome = baseline.apply(to: Self.lint(better, path: Self.jsonPath), linted: [Self.jsonPath])
        #expect(outcome.new.map(\.offendingValue) == ["9%"])
        #expect(outcome.stale.count == 1)
    }

    @Test("re-indenting the JSON and reordering its criteria and keys leaves the finding baselined")
    func reformattedJSONStillMatches() throws {
        let original = try Self.sample("wheelchair-services.json")
        let baseline = Baseline(diagnostics: Self.lint(original, path: Self.jsonPath))
        // The sample writes several keys per line; the baseline was written from that text.
        let reordered = try Self.reformatted(original, reversingCriteria: true)
        #expect(reordered.range(of: "social-value")!.lowerBound < reordered.range(of: #""price""#)!.lowerBound)
        let diagnostics = Self.lint(reordered, path: "./tenders//wheelchair-services.json")
        #expect(diagnostics.map(\.ruleID) == ["SV001"], "the reordered document still has exactly the one finding")
        let outcome = baseline.apply(to: diagnostics, linted: [Self.jsonPath])
        #expect(outcome.new.isEmpty)
        #expect(outcome.baselined.map(\.ruleID) == ["SV001"])
        #expect(outcome.stale.isEmpty)
    }

    // MARK: XML: weights that do not add up

    private static let xmlPath = "tenders/pathology-consumables.xml"

    @Test("weights falling from 95% to 80% in XML are a new finding")
    func worseXMLSumIsNew() throws {
        let original = try Self.sample("pathology-consumables.xml")
        let baseline = Baseline(diagnostics: Self.lint(original, path: Self.xmlPath))
        #expect(baseline.entries.map(\.ruleID) == ["EV001"])
        #expect(baseline.entries.first?.value == "95%")
        let worse = try Self.replacing(original, #"weight="50""#, with: #"weight="35""#)
        let outcome = baseline.apply(to: Self.lint(worse, path: Self.xmlPath), linted: [Self.xmlPath])
        #expect(outcome.new.map(\.ruleID) == ["EV001"])
        #expect(outcome.new.first?.offendingValue == "80%")
        #expect(outcome.stale.count == 1)
    }

    @Test("reordering criteria, re-indenting and adding lines above leave XML findings baselined")
    func rearrangedXMLStillMatches() throws {
        let original = try Self.sample("pathology-consumables.xml")
        let baseline = Baseline(diagnostics: Self.lint(original, path: Self.xmlPath))
        let price = #"    <criterion id="price" kind="price" name="Price" weight="35"/>"# + "\n"
        var rearranged = try Self.replacing(original, price, with: "")
        rearranged = try Self.replacing(rearranged, "  </evaluation>", with: price + "  </evaluation>")
        rearranged = try Self.replacing(rearranged, "<evaluation", with: "<!-- reviewed -->\n\n<evaluation")
        rearranged = rearranged.replacingOccurrences(of: "\n    <", with: "\n\t\t<")
        let diagnostics = Self.lint(rearranged, path: Self.xmlPath)
        #expect(diagnostics.map(\.ruleID) == ["EV001"])
        let outcome = baseline.apply(to: diagnostics, linted: [Self.xmlPath])
        #expect(outcome.new.isEmpty)
        #expect(outcome.stale.isEmpty)
    }
}

@Suite("Baseline: what each rule records as its value")
struct BaselineValuesTests {
    private static let samples = PackageFolder.root.appendingPathComponent("Samples")

    /// Every finding of every sample, keyed by rule id.
    private static func sampleFindings() throws -> [String: [Diagnostic]] {
        let linter = Linter(engine: RuleEngine(ruleSet: BuiltInRules.ruleSet))
        let names = try FileManager.default.contentsOfDirectory(atPath: samples.path).filter { $0.hasSuffix(".xml") || $0.hasSuffix(".json") }
        var found: [String: [Diagnostic]] = [:]
        for name in names.sorted() {
            let text = try String(contentsOf: samples.appendingPathComponent(name), encoding: .utf8)
            for diagnostic in linter.lint(SourceFile(path: name, text: text)).diagnostics where diagnostic.severity != .info {
                found[diagnostic.ruleID, default: []].append(diagnostic)
            }
        }
        return found
    }

    @Test("shares and sums are values; findings about something missing have none (the table in docs/baseline.md)")
    func valuesAsDocumented() throws {
        let found = try Self.sampleFindings()
        for rule in ["SV001", "EV001"] {
            let values = try #require(found[rule]).map(\.offendingValue)
            #expect(values.allSatisfy { $0?.hasSuffix("%") == true }, "\(rule): \(values)")
        }
        for rule in ["EV002", "EV005", "EV006", "NZ005", "NZ006", "SV002", "TOM006"] {
            for finding in found[rule] ?? [] {
                #expect(finding.offendingValue == nil, "\(rule) in \(finding.path): \(finding.offendingValue ?? "")")
            }
        }
        #expect(found["NZ004"]?.first?.offendingValue == "2060")
        #expect(found["NZ003"]?.first?.offendingValue?.hasPrefix("missing ") == true)
        #expect(found["SV003"]?.first?.offendingValue?.hasPrefix("themes: ") == true)
        for finding in found.values.joined() {
            #expect(finding.subjectIdentity != nil, "\(finding.ruleID) in \(finding.path) has a subject")
            #expect(finding.subjectIdentity?.contains(/\[[0-9]+\]/) != true || finding.ruleID.hasPrefix("TL"),
                    "\(finding.ruleID) in \(finding.path) is named by position: \(finding.subjectIdentity ?? "")")
        }
    }

    @Test("renaming the criterion a finding is about makes it another finding")
    func renamedSubject() throws {
        let text = try String(contentsOf: Self.samples.appendingPathComponent("wheelchair-services.json"), encoding: .utf8)
        let linter = Linter(engine: RuleEngine(ruleSet: BuiltInRules.ruleSet))
        let baseline = Baseline(diagnostics: linter.lint(SourceFile(path: "w.json", text: text)).diagnostics)
        let renamed = text.replacingOccurrences(of: #""id": "social-value""#, with: #""id": "community""#)
        let outcome = baseline.apply(to: linter.lint(SourceFile(path: "w.json", text: renamed)).diagnostics)
        #expect(outcome.new.map(\.ruleID).contains("SV001"))
    }

    @Test("a finding on a list is named by the list, not its first item: themes reordered keep SV003 baselined")
    func findingOnAList() throws {
        let text = try String(contentsOf: Self.samples.appendingPathComponent("staff-bank.xml"), encoding: .utf8)
        let linter = Linter(engine: RuleEngine(ruleSet: BuiltInRules.ruleSet))
        let findings = linter.lint(SourceFile(path: "s.xml", text: text)).diagnostics.filter { $0.ruleID == "SV003" }
        #expect(findings.first?.subjectIdentity == "/tender/social-value")
        let first = "<theme>tackling-economic-inequality</theme>"
        let second = "<theme>equal-opportunity</theme>"
        #expect(text.contains(first) && text.contains(second))
        let swapped = text.replacingOccurrences(of: first, with: "@@").replacingOccurrences(of: second, with: first)
            .replacingOccurrences(of: "@@", with: second)
        let outcome = Baseline(diagnostics: findings).apply(to: linter.lint(SourceFile(path: "s.xml", text: swapped)).diagnostics
            .filter { $0.ruleID == "SV003" })
        #expect(outcome.new.isEmpty, "the same themes in another order are the same value")
        #expect(outcome.baselined.count == 1)
        #expect(outcome.stale.isEmpty)
    }

    @Test("a syntax error, found before the document has a tree, is matched by its document path and text")
    func syntaxFindings() throws {
        let linter = Linter(engine: RuleEngine(ruleSet: BuiltInRules.ruleSet))
        let broken = #"{"tenderSpec": "1", "evaluation": {"criteria": [1, 2,]}}"#
        let diagnostics = linter.lint(SourceFile(path: "d.json", text: broken)).diagnostics
        let error = try #require(diagnostics.first)
        #expect(error.subjectIdentity == nil)
        let baseline = Baseline(diagnostics: diagnostics)
        #expect(baseline.entries.first?.subject == error.documentPath)
        #expect(baseline.entries.first?.value == ",")
        let moved = linter.lint(SourceFile(path: "d.json", text: "\n\n  " + broken)).diagnostics
        #expect(baseline.apply(to: moved).new.isEmpty)
    }
}

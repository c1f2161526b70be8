import Foundation
import Testing
import TenderLintKit
import TenderLintRules

/// Every fix-it of every rule example (in XML and in JSON) and of every sample, applied: each fix, all its edits
/// at once, must leave a document that reads as well as it did (no syntax error where there was none, none
/// before the fixed place where there was one; no more invalid fields than before, less the one fixed) and in
/// which its finding is gone.
@Suite("Fix-its applied")
struct FixItsAppliedTests {
    /// The checks that say a document is not well formed.
    static let syntaxRules: Set<String> = ["TL001", "TL002", "TL004"]
    /// The checks that say a tender spec is not valid: a value, a field name, a field missing.
    static let validityRules: Set<String> = ["TL005", "TL006", "TL007"]

    /// What is wrong with each fix of `diagnostics` (found in `text`), applied and re-linted with `lint`; empty when
    /// every fix is complete.
    static func problems(of diagnostics: [Diagnostic], in text: String, lint: (String) throws -> [Diagnostic]) rethrows -> [String] {
        let bytes = Array(text.utf8)
        let wellFormed = !diagnostics.contains { syntaxRules.contains($0.ruleID) }
        var problems: [String] = []
        for diagnostic in diagnostics {
            for fix in diagnostic.fixIts {
                let name = "\(diagnostic.ruleID) at \(diagnostic.location.start), fix '\(fix.summary)'"
                guard let fixedBytes = fix.applied(to: bytes) else {
                    problems.append("\(name): its edits overlap or fall outside the document")
                    continue
                }
                let fixed = String(decoding: fixedBytes, as: UTF8.self)
                let after = try lint(fixed)
                // Where the fixed text ends, in the fixed document.
                let last = fix.edits[fix.edits.count - 1]
                let fixedEnd = last.location.start.offset + last.replacement.utf8.count + growth(of: fix.edits.dropLast())
                let syntax = after.filter { syntaxRules.contains($0.ruleID) }
                    .filter { wellFormed || $0.location.start.offset <= fixedEnd }
                if !syntax.isEmpty {
                    problems.append("\(name): the fixed document does not read: \(syntax.map { "\($0.location.start) \($0.message)" })\n\(fixed)")
                }
                let invalid = after.count { validityRules.contains($0.ruleID) }
                if invalid > diagnostics.count(where: { validityRules.contains($0.ruleID) }) - (validityRules.contains(diagnostic.ruleID) ? 1 : 0) {
                    problems.append("\(name): the fixed document is less valid: \(after.filter { validityRules.contains($0.ruleID) }.map { "\($0.location.start) \($0.message)" })\n\(fixed)")
                }
                // A finding may move to another node of what it is about (NZ003 from a plan's scopes to its
                // global="false"), so the rule must also find less than before.
                let before = diagnostics.count { $0.rule == diagnostic.rule }
                if after.contains(where: { isSameFinding($0, as: diagnostic, fix: fix) }) || after.count(where: { $0.rule == diagnostic.rule }) >= before {
                    problems.append("\(name): the finding is still there: \(after.filter { $0.rule == diagnostic.rule }.map { "\($0.location.start) \($0.message)" })\n\(fixed)")
                }
            }
        }
        return problems
    }

    /// Whether `later`, found in the fixed document, is `finding` again: the same rule on the same node, or, for a
    /// finding on no node (a syntax error), the same message at the same place once the edits are accounted for.
    static func isSameFinding(_ later: Diagnostic, as finding: Diagnostic, fix: Diagnostic.FixIt) -> Bool {
        guard later.rule == finding.rule else { return false }
        if let path = finding.documentPath { return later.documentPath == path }
        guard later.message == finding.message else { return false }
        let start = finding.location.start.offset
        let first = fix.edits[0].location.start.offset
        let last = fix.edits[fix.edits.count - 1].location.end.offset
        let growth = growth(of: fix.edits[...])
        if start < first { return later.location.start.offset == start }
        if start >= last { return later.location.start.offset == start + growth }
        return (first...(last + growth)).contains(later.location.start.offset)
    }

    /// How many bytes longer the edits make the document.
    static func growth(of edits: ArraySlice<Diagnostic.FixIt.Edit>) -> Int {
        edits.map { $0.replacement.utf8.count - ($0.location.end.offset - $0.location.start.offset) }.reduce(0, +)
    }

    static func record(_ problems: [String], at place: Testing.SourceLocation) {
        for problem in problems { Issue.record(Comment(rawValue: problem), sourceLocation: place) }
    }

    // MARK: Rule examples

    typealias Case = RuleExamplesTests.Case

    static let triggeringCases = RuleExamplesTests.cases.filter { $0.example.kind == .triggering }

    static func lintExample(_ testCase: Case, text: String, path: String) throws -> [Diagnostic] {
        let outcome = try RuleExamplesTests.runner.run(testCase.rule, example: testCase.example, text: text, markers: [], path: path)
        return outcome.diagnostics + outcome.otherDiagnostics
    }

    @Test("each fix-it of a rule example, applied, leaves a well-formed document without the finding, in XML and in JSON",
          arguments: triggeringCases)
    func ruleExample(_ testCase: Case) throws {
        let place = RuleExampleVariantsTests.place(of: testCase)
        let (xml, _) = RuleExampleRunner.removeMarkers(from: testCase.example.document)
        var spellings = [("example.xml", xml)]
        if let json = try? TenderSpecTranscriber().transcribe(xml: xml).json { spellings.append(("example.json", json)) }
        for (path, text) in spellings {
            let diagnostics = try Self.lintExample(testCase, text: text, path: path)
            let problems = try Self.problems(of: diagnostics, in: text) { try Self.lintExample(testCase, text: $0, path: path) }
            Self.record(problems.map { "\(path): \($0)" }, at: place)
        }
    }

    // MARK: Samples

    /// Every sample, the drafts included, relative to Samples/.
    static let samples: [String] = {
        let directory = SamplesRulesTests.samplesDirectory
        let top = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        let drafts = (try? FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("drafts").path)) ?? []
        return (top + drafts.map { "drafts/" + $0 }).filter { $0.hasSuffix(".xml") || $0.hasSuffix(".json") }.sorted()
    }()

    /// Lints as SamplesRulesTests does: every rule, the shipped catalogues, as of 2026-06-01.
    static func lintSample(_ text: String, path: String) -> [Diagnostic] {
        let settings = EngineSettings(today: CalendarDate(year: 2026, month: 6, day: 1)!, catalogues: BuiltInRules.shippedCatalogues)
        return Linter(engine: RuleEngine(ruleSet: BuiltInRules.ruleSet, settings: settings)).lint(SourceFile(path: path, text: text)).diagnostics
    }

    @Test("each fix-it of a sample, applied, leaves a document that reads as well as before, without the finding", arguments: samples)
    func sample(_ file: String) throws {
        let url = SamplesRulesTests.samplesDirectory.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        let diagnostics = Self.lintSample(text, path: file)
        let problems = Self.problems(of: diagnostics, in: text) { Self.lintSample($0, path: file) }
        Self.record(problems.map { "\(file): \($0)" }, at: #_sourceLocation)
    }

    @Test("the samples and the rule examples have fix-its to apply, of every kind")
    func fixItsAreExercised() throws {
        var rules: Set<String> = []
        for file in Self.samples {
            let text = try String(contentsOf: SamplesRulesTests.samplesDirectory.appendingPathComponent(file), encoding: .utf8)
            rules.formUnion(Self.lintSample(text, path: file).filter { !$0.fixIts.isEmpty }.map(\.ruleID))
        }
        for testCase in Self.triggeringCases {
            let (xml, _) = RuleExampleRunner.removeMarkers(from: testCase.example.document)
            rules.formUnion(try Self.lintExample(testCase, text: xml, path: "example.xml").filter { !$0.fixIts.isEmpty }.map(\.ruleID))
        }
        // A syntax error (the draft), and rules of each family that offer fixes.
        #expect(rules.isSuperset(of: ["TL002", "NZ003", "NZ004", "TOM002"]), "\(rules.sorted())")
    }
}

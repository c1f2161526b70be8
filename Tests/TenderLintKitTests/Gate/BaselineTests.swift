import Foundation
import Testing
import TenderLintKit

// MARK: - Helpers

private let socialValue = RuleIdentity(id: "SV001", name: "social-value-minimum-weight")
private let netZero = RuleIdentity(id: "NZ001", name: "carbon-reduction-plan-required")

/// A tender whose social value weight is `weight`, with `padding` extra lines above the criterion.
private func tender(weight: Int, padding: Int = 0, path: String = "tenders/a.xml") -> SourceFile {
    let extra = String(repeating: "  <!-- added later -->\n", count: padding)
    return SourceFile(path: path, text: """
        <Tender>
        \(extra)  <Criterion id="SV">
            <Weight>\(weight)</Weight>
          </Criterion>
        </Tender>

        """)
}

private let criterionSV = #"/Tender/Criterion[@id="SV"]"#

/// A diagnostic located at the `occurrence`th `needle` in `source`, about `subject` with the offending `value`,
/// as the engine reports it.
private func finding(_ rule: RuleIdentity = socialValue, _ message: String = "social value carries less than 10% of the total weight",
                     at needle: String, occurrence: Int = 1, in source: SourceFile, subject: String = criterionSV + "/Weight",
                     value: String? = nil, severity: Severity = .error) -> Diagnostic {
    let start = source.offset(of: needle, occurrence: occurrence)
    var diagnostic = Diagnostic(rule, severity, message, at: source.location(of: ByteRange(start, start + needle.utf8.count)))
    diagnostic.subjectIdentity = subject
    diagnostic.offendingValue = value
    return diagnostic
}

private func weightFinding(_ source: SourceFile, weight: Int) -> Diagnostic {
    finding(at: "<Weight>\(weight)</Weight>", in: source, value: "\(weight)")
}

/// Writes text to a fresh temporary file and returns its path.
private func temporaryFile(_ text: String, name: String = "baseline.json") throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tenderlint-baseline-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
}

// MARK: - Writing and reading

@Suite("Baseline: file format")
struct BaselineFileFormatTests {
    @Test("written then loaded gives the same entries, and writing again the same text")
    func roundTrip() throws {
        let a = tender(weight: 8)
        let b = tender(weight: 5, path: "./tenders\\b.xml")
        let diagnostics = [
            weightFinding(b, weight: 5),
            weightFinding(a, weight: 8),
            weightFinding(a, weight: 8),
            finding(netZero, "no carbon reduction plan is asked for", at: "<Criterion id=\"SV\">", in: a, subject: criterionSV, severity: .warning),
            finding(netZero, "a quote \" and a tab\there", at: "<Tender>", in: b, subject: "/Tender", severity: .warning),
        ]
        let written = Baseline(diagnostics: diagnostics)
        let text = written.serialized()
        let path = try temporaryFile(text)
        let loaded = try Baseline.load(path: path)

        #expect(loaded.entries == written.entries)
        #expect(loaded.path == path)
        #expect(loaded.serialized() == text)
        #expect(Baseline(diagnostics: diagnostics.reversed()).serialized() == text, "the order of findings must not matter")
        #expect(loaded.apply(to: diagnostics).new.isEmpty)
        #expect(loaded.apply(to: diagnostics).stale.isEmpty)
    }

    @Test("the file is versioned JSON, one entry per line, sorted by file, rule, subject and value")
    func format() {
        let a = tender(weight: 8)
        let b = tender(weight: 5, path: "./tenders\\b.xml")
        let baseline = Baseline(diagnostics: [
            weightFinding(b, weight: 5),
            weightFinding(a, weight: 8),
            weightFinding(a, weight: 8),
            finding(netZero, "no carbon reduction plan is asked for", at: "<Criterion id=\"SV\">", in: a, subject: criterionSV, severity: .warning),
        ])
        let lines = baseline.serialized().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "{")
        #expect(lines[1] == #"  "tenderlintBaseline": "2","#)
        #expect(lines[2].hasPrefix(#"  "$comment": "#))
        #expect(lines[3] == #"  "entries": ["#)
        #expect(lines[4] == #"    {"file": "tenders/a.xml", "ruleId": "NZ001", "subject": "/Tender/Criterion[@id=\"SV\"]", "value": null, "count": 1, "message": "no carbon reduction plan is asked for"},"#)
        #expect(lines[5] == #"    {"file": "tenders/a.xml", "ruleId": "SV001", "subject": "/Tender/Criterion[@id=\"SV\"]/Weight", "value": "8", "count": 2, "message": "social value carries less than 10% of the total weight"},"#)
        #expect(lines[6] == #"    {"file": "tenders/b.xml", "ruleId": "SV001", "subject": "/Tender/Criterion[@id=\"SV\"]/Weight", "value": "5", "count": 1, "message": "social value carries less than 10% of the total weight"}"#)
        #expect(Array(lines[7...]) == ["  ]", "}", ""])
        for key in ["\"line\"", "\"column\"", "\"date\"", "\"written\"", "\"documentPath\""] {
            #expect(!baseline.serialized().contains(key), "no line numbers, no dates")
        }
    }

    @Test("an empty baseline is still a baseline")
    func empty() throws {
        let text = Baseline(diagnostics: []).serialized()
        #expect(text.contains(#""entries": []"#))
        let loaded = try Baseline.load(SourceFile(path: "baseline.json", text: text))
        #expect(loaded.entries.isEmpty)
    }

    @Test("a hand-written entry needs only file, ruleId and subject; file paths and values' whitespace are normalised")
    func minimalEntry() throws {
        let baseline = try Baseline.load(SourceFile(path: "b.json", text: #"""
            {"tenderlintBaseline": "2", "entries": [
              {"file": "./tenders\\a.xml", "ruleId": "SV001", "subject": "/Tender/Criterion[@id=\"SV\"]"},
              {"file": "tenders/a.xml", "ruleId": "SV001", "subject": "/Tender/Criterion[@id=\"SV\"]/Weight", "value": "  8 "}
            ]}
            """#))
        #expect(baseline.entries == [
            Baseline.Entry(ruleID: "SV001", file: "tenders/a.xml", subject: criterionSV, value: nil, message: "", count: 1),
            Baseline.Entry(ruleID: "SV001", file: "tenders/a.xml", subject: criterionSV + "/Weight", value: "8", message: "", count: 1),
        ])
        let source = tender(weight: 8)
        let withValue = weightFinding(source, weight: 8)
        let withoutValue = finding(at: "<Criterion id=\"SV\">", in: source, subject: criterionSV)
        #expect(baseline.apply(to: [withValue, withoutValue]).new.isEmpty)
        var valueDropped = withValue
        valueDropped.offendingValue = nil
        #expect(baseline.apply(to: [valueDropped]).new.count == 1, "an entry with a value accepts only that value")
    }

    @Test("the baseline's own findings are never recorded")
    func ownFindingsNotRecorded() throws {
        let loaded = try Baseline.load(SourceFile(path: "b.json", text: """
            {"tenderlintBaseline": "2", "entries": [{"file": "gone.xml", "ruleId": "SV001", "subject": "x"}]}
            """))
        let stale = loaded.staleDiagnostics(for: loaded.apply(to: []))
        #expect(stale.count == 1)
        #expect(Baseline(diagnostics: stale).entries.isEmpty)
    }
}

// MARK: - Matching

@Suite("Baseline: matching")
struct BaselineMatchingTests {
    @Test("a finding still matches after lines are inserted above it")
    func survivesInsertedLines() {
        let before = tender(weight: 8)
        let after = tender(weight: 8, padding: 5)
        let old = weightFinding(before, weight: 8)
        let moved = weightFinding(after, weight: 8)
        #expect(old.location.start.line == 3)
        #expect(moved.location.start.line == 8)

        let outcome = Baseline(diagnostics: [old]).apply(to: [moved])
        #expect(outcome.new.isEmpty)
        #expect(outcome.baselined == [moved])
        #expect(outcome.stale.isEmpty)
    }

    @Test("a changed value is a new finding, and its old entry is stale")
    func changedValue() throws {
        let baseline = Baseline(diagnostics: [weightFinding(tender(weight: 8), weight: 8)])
        let changed = weightFinding(tender(weight: 9), weight: 9)

        let outcome = baseline.apply(to: [changed])
        #expect(outcome.new == [changed])
        #expect(outcome.baselined.isEmpty)
        let stale = try #require(outcome.stale.first)
        #expect(outcome.stale.count == 1)
        #expect(stale.ruleID == "SV001")
        #expect(stale.subject == criterionSV + "/Weight")
        #expect(stale.value == "8")
        #expect(stale.count == 1)
    }

    @Test("rule, file, subject and value each tell findings apart; the message, severity, line and document path do not")
    func identity() {
        let source = tender(weight: 8)
        let recorded = weightFinding(source, weight: 8)
        let baseline = Baseline(diagnostics: [recorded])

        var otherRule = recorded
        otherRule.rule = netZero
        var otherFile = recorded
        otherFile.location.path = "tenders/b.xml"
        var otherSubject = recorded
        otherSubject.subjectIdentity = #"/Tender/Criterion[@id="Q"]/Weight"#
        var otherValue = recorded
        otherValue.offendingValue = "2"
        #expect(baseline.apply(to: [otherRule]).new.count == 1)
        #expect(baseline.apply(to: [otherFile]).new.count == 1)
        #expect(baseline.apply(to: [otherSubject]).new.count == 1)
        #expect(baseline.apply(to: [otherValue]).new.count == 1)

        var moved = recorded
        moved.documentPath = "/Tender/Criterion[2]/Weight"
        moved.location.start.line += 40
        #expect(baseline.apply(to: [moved]).baselined == [moved], "positions play no part")

        var reworded = recorded
        reworded.message = "social value is weighted below the 10% minimum"
        reworded.severity = .warning
        #expect(baseline.apply(to: [reworded]).baselined == [reworded])
    }

    @Test("file names match whatever their ./ prefix and slashes")
    func fileNormalisation() {
        #expect(Baseline.normalizedFile("./tenders/a.xml") == "tenders/a.xml")
        #expect(Baseline.normalizedFile(".\\tenders\\a.xml") == "tenders/a.xml")
        #expect(Baseline.normalizedFile("tenders//./a.xml") == "tenders/a.xml")
        #expect(Baseline.normalizedFile("/abs/a.xml") == "/abs/a.xml")

        let written = weightFinding(tender(weight: 8, path: "./tenders/a.xml"), weight: 8)
        let found = weightFinding(tender(weight: 8, path: "tenders\\a.xml"), weight: 8)
        #expect(Baseline(diagnostics: [written]).apply(to: [found]).baselined == [found])
    }

    @Test("two identical findings in the baseline and three in the run: one is new")
    func countsMoreFound() throws {
        let source = SourceFile(path: "tenders/a.xml", text: """
            <Tender>
              <Weight>8</Weight>
              <Weight>8</Weight>
              <Weight>8</Weight>
            </Tender>
            """)
        let findings = (1...3).map { finding(at: "<Weight>8</Weight>", occurrence: $0, in: source, subject: "/Tender/Weight", value: "8") }
        let baseline = Baseline(diagnostics: Array(findings.prefix(2)))
        #expect(baseline.entries.count == 1)
        #expect(baseline.entries.first?.count == 2)

        let outcome = baseline.apply(to: findings.reversed())
        #expect(outcome.new == [findings[2]], "the last in presentation order is the new one")
        #expect(outcome.baselined == [findings[1], findings[0]], "both lists keep the order given")
        #expect(outcome.stale.isEmpty)
    }

    @Test("two identical findings in the baseline and one in the run: the entry is partly stale")
    func countsFewerFound() throws {
        let source = SourceFile(path: "tenders/a.xml", text: "<Tender>\n  <Weight>8</Weight>\n  <Weight>8</Weight>\n</Tender>\n")
        let findings = (1...2).map { finding(at: "<Weight>8</Weight>", occurrence: $0, in: source, subject: "/Tender/Weight", value: "8") }
        let baseline = Baseline(diagnostics: findings)

        let outcome = baseline.apply(to: [findings[0]])
        #expect(outcome.new.isEmpty)
        #expect(outcome.baselined == [findings[0]])
        let stale = try #require(outcome.stale.first)
        #expect(stale.count == 1, "the stale part of the entry")
        let diagnostic = try #require(baseline.staleDiagnostics(outcome.stale).first)
        #expect(diagnostic.message == "baseline entry for SV001 in tenders/a.xml accepts 2 findings but matches 1; 1 is gone — prune it with --prune-baseline")

        let pruned = baseline.pruned(keeping: outcome)
        #expect(pruned.entries.map(\.count) == [1])
        #expect(pruned.apply(to: [findings[0]]).stale.isEmpty)
    }
}

// MARK: - Stale entries and pruning

@Suite("Baseline: stale entries")
struct BaselineStaleTests {
    private static let file = #"""
        {
          "tenderlintBaseline": "2",
          "entries": [
            {"file": "tenders/a.xml", "ruleId": "SV001", "subject": "/Tender/Criterion[@id=\"SV\"]/Weight", "value": "8", "count": 1},
            {"file": "tenders/b.xml", "ruleId": "SV001", "subject": "/Tender/Criterion[@id=\"SV\"]/Weight", "value": "5", "count": 1}
          ]
        }

        """#

    @Test("an entry that matches nothing is reported at its line in the baseline file")
    func reported() throws {
        let baseline = try Baseline.load(SourceFile(path: ".tenderlint-baseline.json", text: Self.file))
        let stillThere = weightFinding(tender(weight: 5, path: "tenders/b.xml"), weight: 5)
        let outcome = baseline.apply(to: [stillThere])
        #expect(outcome.baselined == [stillThere])
        #expect(outcome.stale.map(\.file) == ["tenders/a.xml"])

        let diagnostics = baseline.staleDiagnostics(for: outcome)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(diagnostic.rule == BaselineRule.staleEntry)
        #expect(diagnostic.severity == .info)
        #expect(diagnostic.message == "baseline entry for SV001 in tenders/a.xml matches nothing; the finding is gone — prune it with --prune-baseline")
        #expect(diagnostic.path == ".tenderlint-baseline.json")
        #expect(diagnostic.location.start.line == 4)
        #expect(diagnostic.location.start.column == 5)
        #expect(diagnostic.documentPath == "/entries/0")
        #expect(diagnostic.notes.first == #"the entry is for /Tender/Criterion[@id="SV"]/Weight, with the value '8'"#)
    }

    @Test("a baseline built in memory reports stale entries against its file as a whole")
    func inMemory() throws {
        var baseline = Baseline(diagnostics: [weightFinding(tender(weight: 8), weight: 8)])
        baseline.path = "ci/baseline.json"
        let diagnostic = try #require(baseline.staleDiagnostics(for: baseline.apply(to: [])).first)
        #expect(diagnostic.path == "ci/baseline.json")
        #expect(diagnostic.location.start.line == 1)
        #expect(diagnostic.documentPath == nil)
    }

    @Test("pruning drops stale entries and keeps the rest, and the pruned file has nothing stale")
    func prune() throws {
        let baseline = try Baseline.load(SourceFile(path: "baseline.json", text: Self.file))
        let run = [weightFinding(tender(weight: 5, path: "tenders/b.xml"), weight: 5)]
        let pruned = baseline.pruned(keeping: baseline.apply(to: run))
        #expect(pruned.entries.map(\.file) == ["tenders/b.xml"])
        #expect(pruned.path == "baseline.json")

        let reloaded = try Baseline.load(SourceFile(path: "baseline.json", text: pruned.serialized()))
        let outcome = reloaded.apply(to: run)
        #expect(outcome.stale.isEmpty)
        #expect(outcome.new.isEmpty)
        #expect(reloaded.pruned(keeping: outcome).serialized() == pruned.serialized(), "pruning twice changes nothing")
    }

    @Test("a run over some files leaves the entries of the others alone: not stale, not pruned")
    func filesNotLinted() throws {
        let baseline = try Baseline.load(SourceFile(path: "baseline.json", text: Self.file))
        let run = [weightFinding(tender(weight: 5, path: "tenders/b.xml"), weight: 5)]
        let outcome = baseline.apply(to: run, linted: ["./tenders/b.xml"])
        #expect(outcome.baselined == run)
        #expect(outcome.stale.isEmpty, "tenders/a.xml was not linted, so its entry says nothing")
        #expect(baseline.pruned(keeping: outcome).entries.map(\.file) == ["tenders/a.xml", "tenders/b.xml"])

        let fixed = baseline.apply(to: [], linted: ["tenders/b.xml"])
        #expect(fixed.stale.map(\.file) == ["tenders/b.xml"], "a linted file's entry that matches nothing is stale")
        #expect(baseline.pruned(keeping: fixed).entries.map(\.file) == ["tenders/a.xml"])
    }

    @Test("pruning does not add new findings")
    func pruneAddsNothing() {
        let baseline = Baseline(diagnostics: [weightFinding(tender(weight: 8), weight: 8)])
        let changed = weightFinding(tender(weight: 9), weight: 9)
        let pruned = baseline.pruned(keeping: baseline.apply(to: [changed]))
        #expect(pruned.entries.isEmpty)
        #expect(pruned.apply(to: [changed]).new == [changed])
    }
}

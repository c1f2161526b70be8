/// JUnit XML as Jenkins (and GitLab's test reports) read it: one `<testsuite>` per file with findings,
/// one `<testcase>` per rule that found something in that file, failing with one `<failure>` whose
/// `type` is the rule id, whose `message` is the first finding's message (with how many more there
/// are) and whose text lists every finding of that rule in that file with its position, notes and help.
///
/// Every finding fails its test case, whatever its severity: which severities fail the build is the
/// exit status's business. A run with no findings writes one passing test case, so that a CI step that
/// insists on test results has one. No timings and no timestamps: the same result gives the same bytes.
public struct JUnitReporter: DiagnosticsReporter {
    public init() {}

    public func render(_ result: LintResult) -> String {
        let byFile = Dictionary(grouping: result.diagnostics, by: \.path)
        let paths = byFile.keys.sorted()
        var suites: [String] = []
        var totalCases = 0
        for path in paths {
            let findings = byFile[path] ?? []
            let byRule = Dictionary(grouping: findings, by: \.ruleID)
            let ruleIDs = byRule.keys.sorted()
            totalCases += ruleIDs.count
            var suite = "  <testsuite name=\"\(XMLEscaping.attribute(path))\" tests=\"\(ruleIDs.count)\" failures=\"\(ruleIDs.count)\" errors=\"0\" skipped=\"0\">\n"
            for ruleID in ruleIDs {
                suite += Self.testCase(path: path, findings: byRule[ruleID] ?? [])
            }
            suite += "  </testsuite>\n"
            suites.append(suite)
        }
        let failures = totalCases
        if suites.isEmpty {
            let name = RunSummary(diagnostics: [], documents: result.documentCount).line
            totalCases = 1
            suites.append("""
                  <testsuite name="tenderlint" tests="1" failures="0" errors="0" skipped="0">
                    <testcase name="\(XMLEscaping.attribute(name))" classname="tenderlint"/>
                  </testsuite>

                """)
        }
        return XMLEscaping.declaration + "\n"
            + "<testsuites name=\"tenderlint\" tests=\"\(totalCases)\" failures=\"\(failures)\" errors=\"0\">\n"
            + suites.joined()
            + "</testsuites>\n"
    }

    private static func testCase(path: String, findings: [Diagnostic]) -> String {
        guard let first = findings.first else { return "" }
        var message = first.message
        if findings.count > 1 {
            message += " (and \(findings.count - 1) more)"
        }
        let details = findings.map(Self.details).joined(separator: "\n")
        return "    <testcase name=\"\(XMLEscaping.attribute("\(first.ruleID) \(first.rule.name)"))\" classname=\"\(XMLEscaping.attribute(path))\">\n"
            + "      <failure message=\"\(XMLEscaping.attribute(message))\" type=\"\(XMLEscaping.attribute(first.ruleID))\">"
            + XMLEscaping.text(details)
            + "</failure>\n"
            + "    </testcase>\n"
    }

    /// One finding as the concise and text formats begin it, then what explains it.
    static func details(_ diagnostic: Diagnostic) -> String {
        let location = diagnostic.location
        var lines = ["\(location.path):\(location.start.line):\(location.start.column): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.ruleID)]"]
        if let documentPath = diagnostic.documentPath {
            lines.append("at: " + documentPath)
        }
        for label in diagnostic.secondary {
            lines.append("\(label.location.path):\(label.location.start.line):\(label.location.start.column): note: \(label.message)")
        }
        lines += diagnostic.notes.map { "note: " + $0 }
        lines += diagnostic.help.map { "help: " + $0 }
        lines += diagnostic.fixIts.map { "fix-it: " + $0.summary }
        if let policy = diagnostic.policy {
            lines.append("policy: " + policy.shortName + (policy.detail.map { " (\($0))" } ?? ""))
        }
        return lines.joined(separator: "\n")
    }
}

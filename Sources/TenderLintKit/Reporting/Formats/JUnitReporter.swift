/// JUnit XML as Jenkins (and GitLab's test reports) read it: one `<testsuite>` per file with findings and
/// one `<testcase>` per finding, named by its rule and position.
///
/// A finding at or above the failing level (the run's `--fail-on`) fails its test case with a `<failure>`
/// whose `type` is the rule id; one below it is `<skipped>`, its message saying its severity, so that
/// Jenkins marks the build unstable exactly when tenderlint fails it. Every text is bounded (`textLimit`,
/// `messageLimit`), and so is the number of test cases (`caseLimit`, failures kept first): the rest are
/// counted in one last test case. A run that fails for having more warnings than `--max-warnings` allows has a
/// failing test case saying so, so that the report fails when the run does. A run with no findings writes one
/// passing test case, so that a CI step
/// that insists on test results has one. No timings and no timestamps: the same result gives the same bytes.
public struct JUnitReporter: DiagnosticsReporter {
    /// Longest `<failure>` or `<system-out>` text, in bytes of UTF-8.
    public static let textLimit = 4_096
    /// Longest `message` attribute, in bytes of UTF-8.
    public static let messageLimit = 1_024
    /// Test cases per report by default.
    public static let defaultCaseLimit = 10_000

    /// Findings at or above it fail their test case; the others are skipped.
    public var failingLevel: Severity
    /// The most findings listed as test cases.
    public var caseLimit: Int
    /// The most warnings the run allows (`--max-warnings`); nil for no limit.
    public var maxWarnings: Int?

    public init(failingLevel: Severity = .error, caseLimit: Int = JUnitReporter.defaultCaseLimit, maxWarnings: Int? = nil) {
        self.failingLevel = failingLevel
        self.caseLimit = caseLimit
        self.maxWarnings = maxWarnings
    }

    public func render(_ result: LintResult) -> String {
        let listed = listedIndices(result.diagnostics)
        var byFile: [String: [Diagnostic]] = [:]
        for index in listed { byFile[result.diagnostics[index].path, default: []].append(result.diagnostics[index]) }
        var suites: [String] = []
        var tests = 0
        var failures = 0
        for path in byFile.keys.sorted() {
            let findings = byFile[path] ?? []
            let failing = findings.filter(fails).count
            tests += findings.count
            failures += failing
            var suite = "  <testsuite name=\"\(XMLEscaping.attribute(path))\" tests=\"\(findings.count)\" failures=\"\(failing)\" errors=\"0\" skipped=\"\(findings.count - failing)\">\n"
            var names: [String: Int] = [:]
            for finding in findings {
                var name = "\(finding.ruleID) \(finding.rule.name) at \(finding.location.start.line):\(finding.location.start.column)"
                let occurrence = names[name, default: 0] + 1
                names[name] = occurrence
                if occurrence > 1 { name += " (\(occurrence))" }
                suite += testCase(name: name, path: path, finding: finding)
            }
            suite += "  </testsuite>\n"
            suites.append(suite)
        }
        let unlisted = result.diagnostics.count - listed.count
        if unlisted > 0 {
            let unlistedFailing = result.diagnostics.filter(fails).count - listed.filter { fails(result.diagnostics[$0]) }.count
            tests += 1
            failures += unlistedFailing > 0 ? 1 : 0
            suites.append(omittedSuite(unlisted: unlisted, failing: unlistedFailing))
        }
        let warnings = result.diagnostics.count { $0.severity == .warning }
        if let maxWarnings, warnings > maxWarnings {
            tests += 1
            failures += 1
            suites.append(tooManyWarningsSuite(warnings: warnings, maximum: maxWarnings))
        }
        if suites.isEmpty {
            let name = RunSummary(diagnostics: [], documents: result.documentCount).line
            tests = 1
            suites.append("""
                  <testsuite name="tenderlint" tests="1" failures="0" errors="0" skipped="0">
                    <testcase name="\(XMLEscaping.attribute(name))" classname="tenderlint"/>
                  </testsuite>

                """)
        }
        return XMLEscaping.declaration + "\n"
            + "<testsuites name=\"tenderlint\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\">\n"
            + suites.joined()
            + "</testsuites>\n"
    }

    private func fails(_ diagnostic: Diagnostic) -> Bool { diagnostic.severity >= failingLevel }

    /// The findings listed, in report order: all of them within the limit, else failing ones first.
    private func listedIndices(_ diagnostics: [Diagnostic]) -> [Int] {
        guard diagnostics.count > caseLimit else { return Array(diagnostics.indices) }
        let failing = diagnostics.indices.filter { fails(diagnostics[$0]) }
        let others = diagnostics.indices.filter { !fails(diagnostics[$0]) }
        return (failing + others).prefix(max(0, caseLimit)).sorted()
    }

    private func testCase(name: String, path: String, finding: Diagnostic) -> String {
        let opening = "    <testcase name=\"\(XMLEscaping.attribute(name))\" classname=\"\(XMLEscaping.attribute(path))\">\n"
        let details = XMLEscaping.text(Self.bounded(Self.details(finding), limit: Self.textLimit))
        if fails(finding) {
            let message = Self.bounded(finding.message, limit: Self.messageLimit)
            return opening
                + "      <failure message=\"\(XMLEscaping.attribute(message))\" type=\"\(XMLEscaping.attribute(finding.ruleID))\">\(details)</failure>\n"
                + "    </testcase>\n"
        }
        let message = Self.bounded("\(finding.severity.rawValue): \(finding.message)", limit: Self.messageLimit)
        return opening
            + "      <skipped message=\"\(XMLEscaping.attribute(message))\"/>\n"
            + "      <system-out>\(details)</system-out>\n"
            + "    </testcase>\n"
    }

    private func omittedSuite(unlisted: Int, failing: Int) -> String {
        let name = "\(Prose.grouped(unlisted)) more findings not listed (\(Prose.grouped(failing)) at or above \(failingLevel.rawValue))"
        let outcome = failing > 0
            ? "      <failure message=\"\(XMLEscaping.attribute(name))\" type=\"tenderlint\">The report lists at most \(Prose.grouped(caseLimit)) findings, failures first; the JSON or SARIF report has them all.</failure>\n"
            : "      <skipped message=\"\(XMLEscaping.attribute(name))\"/>\n"
        return "  <testsuite name=\"tenderlint\" tests=\"1\" failures=\"\(failing > 0 ? 1 : 0)\" errors=\"0\" skipped=\"\(failing > 0 ? 0 : 1)\">\n"
            + "    <testcase name=\"\(XMLEscaping.attribute(name))\" classname=\"tenderlint\">\n"
            + outcome
            + "    </testcase>\n"
            + "  </testsuite>\n"
    }

    private func tooManyWarningsSuite(warnings: Int, maximum: Int) -> String {
        let name = "\(Prose.grouped(warnings)) warnings, more than the \(Prose.grouped(maximum)) --max-warnings allows"
        return "  <testsuite name=\"tenderlint\" tests=\"1\" failures=\"1\" errors=\"0\" skipped=\"0\">\n"
            + "    <testcase name=\"\(XMLEscaping.attribute(name))\" classname=\"tenderlint\">\n"
            + "      <failure message=\"\(XMLEscaping.attribute(name))\" type=\"max-warnings\">The run fails when it finds more warnings than --max-warnings allows.</failure>\n"
            + "    </testcase>\n"
            + "  </testsuite>\n"
    }

    /// At most `limit` bytes of UTF-8, whole characters, saying so when cut.
    static func bounded(_ text: String, limit: Int) -> String {
        guard text.utf8.count > limit else { return text }
        let marker = "… (cut at \(Prose.grouped(limit)) bytes)"
        return ReportText.prefix(text, utf8Budget: limit - marker.utf8.count) + marker
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
        lines += diagnostic.fixIts.map { "\($0.heading): " + $0.summary }
        if let policy = diagnostic.policy {
            lines.append("policy: " + policy.shortName + (policy.detail.map { " (\($0))" } ?? ""))
        }
        if diagnostic.omitted > 0 {
            lines.append("and \(Prose.grouped(diagnostic.omitted)) more of this rule in this document, not listed")
        }
        return lines.joined(separator: "\n")
    }
}

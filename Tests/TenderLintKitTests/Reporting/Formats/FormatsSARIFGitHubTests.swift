import Foundation
import Testing
@testable import TenderLintKit

/// SARIF within what GitHub code scanning takes (docs/ci.md): repository-relative paths, line hashes, a cap
/// per run, plain-text descriptions within 1,024 characters, the first sentence as the alert, help links,
/// suppressed and baselined findings marked, and one complete fix per fix-it.
@Suite("Formats: SARIF as GitHub code scanning takes it")
struct FormatsSARIFGitHubTests {
    static let root = RepositoryRoot("/srv/repo", relativeTo: "/")

    static func run(_ text: String) throws -> [String: Any] {
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return try #require((log["runs"] as? [[String: Any]])?.first)
    }

    static func results(_ text: String) throws -> [[String: Any]] {
        try #require(try run(text)["results"] as? [[String: Any]])
    }

    static func artifact(_ result: [String: Any]) -> [String: String]? {
        ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: String]
    }

    /// The fixture's finding, moved to `path` at `line`, with `severity`.
    static func finding(_ path: String, line: Int = 5, severity: Severity = .error, message: String? = nil) -> Diagnostic {
        var diagnostic = FormatsFixture.socialValueTooLow
        diagnostic.location.path = path
        diagnostic.location.start.line = line
        diagnostic.location.end.line = line
        diagnostic.secondary = []
        diagnostic.fixIts = []
        diagnostic.severity = severity
        if let message { diagnostic.message = message }
        return diagnostic
    }

    static func result(_ diagnostics: [Diagnostic]) -> LintResult {
        LintResult(diagnostics: diagnostics, documentCount: diagnostics.count, fileCount: 1, rules: FormatsFixture.rules, toolVersion: "0.1.0")
    }

    @Test("paths under the repository root are relative to %SRCROOT% from whatever folder the run started in; others are absolute file URIs")
    func pathsRelativeToTheRoot() throws {
        let reporter = SARIFReporter(sourceRoot: Self.root, workingDirectory: "/srv/repo/tenders")
        let text = reporter.render(Self.result([
            Self.finding("2026/a.xml"), Self.finding("./../b.xml"), Self.finding("/srv/other/c.xml"), Self.finding("/srv/repo/d e.xml"),
        ]))
        let artifacts = try Self.results(text).map(Self.artifact)
        #expect(artifacts == [
            ["uri": "tenders/2026/a.xml", "uriBaseId": "%SRCROOT%"],
            ["uri": "b.xml", "uriBaseId": "%SRCROOT%"],
            ["uri": "file:///srv/other/c.xml"],
            ["uri": "d%20e.xml", "uriBaseId": "%SRCROOT%"],
        ])
        let bases = try #require(try Self.run(text)["originalUriBaseIds"] as? [String: [String: String]])
        #expect(bases == ["%SRCROOT%": ["uri": "file:///srv/repo/"]])
    }

    @Test("the line hash follows what a finding is about, not its line; repeats count up in GitHub's hash:n form")
    func lineHashes() throws {
        let reporter = SARIFReporter(sourceRoot: Self.root, workingDirectory: "/srv/repo")
        func hash(_ diagnostics: [Diagnostic]) throws -> [String] {
            try Self.results(reporter.render(Self.result(diagnostics))).map {
                try #require(($0["partialFingerprints"] as? [String: String])?[SARIFReporter.lineHashKey])
            }
        }
        let here = try hash([Self.finding("a.xml", line: 5)])[0]
        #expect(here.wholeMatch(of: /[0-9a-f]{16}:1/) != nil)
        // Moved down ten lines, or named from another folder: the same hash.
        #expect(try hash([Self.finding("a.xml", line: 15)])[0] == here)
        #expect(SARIFReporter(sourceRoot: Self.root, workingDirectory: "/srv/repo/x").render(Self.result([Self.finding("../a.xml")]))
            .contains(here))
        // Another file, another subject or another value: another hash; another document path alone (the
        // criteria reordered) keeps it.
        #expect(try hash([Self.finding("b.xml")])[0] != here)
        var changed = Self.finding("a.xml")
        changed.offendingValue = "2%"
        #expect(try hash([changed])[0] != here)
        var renamed = Self.finding("a.xml")
        renamed.subjectIdentity = #"/tender/lot/criterion[@id="community"] in lot 2"#
        #expect(try hash([renamed])[0] != here)
        var reordered = Self.finding("a.xml")
        reordered.documentPath = "/tender/lot/criterion[1]"
        #expect(try hash([reordered])[0] == here)
        // Two findings on the same text: :1 and :2.
        let twice = try hash([Self.finding("a.xml", line: 5), Self.finding("a.xml", line: 9)])
        #expect(twice == [here, here.dropLast(2) + ":2"])
    }

    @Test("30,000 findings make one run within GitHub's limits: errors first, the rest counted in properties and a warning")
    func capsTheRun() throws {
        let severities: [Severity] = [.info, .warning, .error]
        let diagnostics = (0..<30_000).map { Self.finding("bulk.jsonl", line: $0 + 1, severity: severities[$0 % 3]) }
        let reporter = SARIFReporter(sourceRoot: Self.root, workingDirectory: "/srv/repo")
        let result = Self.result(diagnostics)
        let text = reporter.render(result)
        let run = try Self.run(text)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == SARIFReporter.defaultResultLimit)
        #expect(results.count <= SARIFReporter.gitHubResultLimit)
        #expect(results.allSatisfy { $0["level"] as? String == "error" })
        // Kept in report order.
        let lines = try results.map { result -> Int in
            let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            return try #require((location["region"] as? [String: Int])?["startLine"])
        }
        #expect(lines == lines.sorted())
        let properties = try #require(run["properties"] as? [String: Any])
        #expect(properties["results"] as? Int == 30_000)
        #expect(properties["resultsOmitted"] as? Int == 25_000)
        #expect(properties["resultLimit"] as? Int == 5_000)
        #expect(reporter.omittedResultCount(result) == 25_000)
        let notification = try #require(((run["invocations"] as? [[String: Any]])?.first?["toolExecutionNotifications"] as? [[String: Any]])?.first)
        #expect(notification["level"] as? String == "warning")
        #expect((notification["message"] as? [String: String])?["text"]?.contains("5,000 of 30,000 results") == true)

        let unlimited = SARIFReporter(resultLimit: nil)
        let everything = try Self.run(unlimited.render(result))
        #expect((everything["results"] as? [Any])?.count == 30_000)
        #expect(everything["invocations"] == nil)
        #expect(unlimited.omittedResultCount(result) == 0)

        if SARIFSchema.available {
            let outcomes = try FormatsSARIFReporterTests.validate([("30,000 findings", text)])
            #expect(outcomes.first?.errors == [], "\(outcomes)")
        }
    }

    /// A rule whose explanation is long and full of Markdown, as most of the built-in rules' are.
    static let longRule = ReportedRule(
        id: "SV001", name: "social-value-weight", summary: "Social value carries **at least** `10%`",
        explanation: RuleExplanation(
            whatItChecks: String(repeating: "Buyers give social value **at least 10%** under `PPN 06/20`; see [the note](https://example.org/n). ", count: 40),
            why: "`PPN 06/20` asks for it.",
            notThisRulesFinding: "A lot with no social value criterion (**SV002**)."),
        defaultSeverity: .error
    )

    @Test("rule descriptions are plain text within 1,024 characters, the Markdown beside them and the whole explanation, section by section, in help")
    func descriptions() throws {
        var result = Self.result([Self.finding("a.xml")])
        result.rules = [Self.longRule]
        let run = try Self.run(SARIFReporter().render(result))
        let rule = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any]).flatMap { $0["rules"] as? [[String: Any]] }?.first)
        for key in ["shortDescription", "fullDescription"] {
            let description = try #require(rule[key] as? [String: String])
            let text = try #require(description["text"])
            #expect(text.count <= SARIFReporter.descriptionLimit && text.utf8.count <= SARIFReporter.descriptionLimit)
            #expect(!text.contains("**") && !text.contains("`") && !text.contains("]("), "\(key): \(text)")
            #expect((description["markdown"]?.utf8.count ?? 0) <= SARIFReporter.descriptionLimit)
            #expect(description["markdown"]?.contains("**") == true)
        }
        #expect((rule["fullDescription"] as? [String: String])?["text"]?.hasSuffix("…") == true)
        let help = try #require(rule["help"] as? [String: String])
        for section in Self.longRule.explanation.sections {
            #expect(help["markdown"]?.contains("### \(section.title)\n\n\(section.markdown)") == true, "\(section.title)")
            #expect(help["text"]?.contains("\n\(section.title)\n") == true, "\(section.title)")
        }
        #expect(help["text"]?.contains("`") == false)
        #expect(help["text"]?.contains("#") == false)
    }

    @Test("Markdown is taken out of plain text: code spans, strong, emphasis and links; arithmetic and names stay", arguments: [
        ("**100%** of `weight`", "100% of weight"),
        ("*at least* 10%", "at least 10%"),
        ("see [docs/rules.md](https://example.org/rules.md#sv001)", "see docs/rules.md"),
        ("20% × 60% and 5 * 3 = 15", "20% × 60% and 5 * 3 = 15"),
        ("UK_CA_TYPE and a_b_c", "UK_CA_TYPE and a_b_c"),
        ("an [unclosed bracket and a lone *", "an [unclosed bracket and a lone *"),
    ])
    func plainText(markdown: String, plain: String) {
        #expect(ReportText.plain(markdown) == plain)
    }

    @Test("the alert text is the message's first sentence; the rest goes to the Markdown", arguments: [
        ("weights add up to 95%; they must add up to 100%", "weights add up to 95%; they must add up to 100%"),
        ("The weights add up to 95%. Raise one of them.", "The weights add up to 95%."),
        ("a contract of £5.5m under s.23, e.g. this one", "a contract of £5.5m under s.23, e.g. this one"),
        ("first line\nsecond line", "first line"),
    ])
    func alertText(message: String, title: String) throws {
        let text = SARIFReporter().render(Self.result([Self.finding("a.xml", message: message)]))
        let result = try #require(try Self.results(text).first)
        let shown = try #require(result["message"] as? [String: String])
        #expect(shown["text"] == title)
        #expect(shown["markdown"]?.hasPrefix(message) == true)
    }

    @Test("helpUri links each rule to its section of the rules page; a rule with its own link keeps it")
    func helpLinks() throws {
        var result = Self.result([Self.finding("a.xml")])
        result.rules = [Self.longRule, FormatsFixture.rules[1]]
        let page = "https://github.com/acme/tenders/blob/HEAD/docs/rules.md"
        let run = try Self.run(SARIFReporter(rulesPageURL: page).render(result))
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any]).flatMap { $0["rules"] as? [[String: Any]] })
        #expect(rules.map { $0["helpUri"] as? String } == [page + "#sv001-social-value-weight", nil])
        // Without a page, no link is invented.
        let plain = try Self.run(SARIFReporter().render(result))
        let unlinked = try #require(((plain["tool"] as? [String: Any])?["driver"] as? [String: Any]).flatMap { $0["rules"] as? [[String: Any]] })
        #expect(unlinked.allSatisfy { $0["helpUri"] == nil })
    }

    @Test("the anchors helpUri uses are the ones GitHub gives the headings of docs/rules.md")
    func anchorsMatchTheRulesPage() throws {
        let page = SchemaFiles.packageRoot.appendingPathComponent("docs/rules.md")
        let text = try String(contentsOf: page, encoding: .utf8)
        var checked = 0
        for line in text.split(separator: "\n") {
            guard let match = line.wholeMatch(of: /#{2,3} ([A-Z]+[0-9]+) ([a-z0-9-]+)/) else { continue }
            // GitHub's slug: lower case, spaces to hyphens, other punctuation dropped.
            let slug = String(line.drop { $0 == "#" }.dropFirst()).lowercased().replacingOccurrences(of: " ", with: "-")
            #expect(RuleDocumentation.anchor(RuleIdentity(id: String(match.1), name: String(match.2))) == slug)
            checked += 1
        }
        #expect(checked > 20)
    }

    /// The fixture with one finding suppressed in the document, one by a sidecar, and one baselined.
    static var gated: LintResult {
        var result = Self.result([Self.finding("a.xml", line: 3)])
        result.suppressed = [
            SuppressedFinding(Self.finding("a.xml", line: 1, severity: .warning), reason: "agreed with the buyer", inSource: true),
            SuppressedFinding(Self.finding("b.xml", line: 2), reason: "framework call-off", inSource: false),
        ]
        result.baselined = [Self.finding("a.xml", line: 7)]
        result.suppressedCount = 2
        result.baselinedCount = 1
        result.comparedWithBaseline = true
        return result
    }

    @Test("suppressed findings are listed with their suppression and reason, baselined ones as unchanged, the rest as new")
    func suppressedAndBaselined() throws {
        let results = try Self.results(SARIFReporter(sourceRoot: Self.root, workingDirectory: "/srv/repo").render(Self.gated))
        #expect(results.map { Self.artifact($0)?["uri"] } == ["a.xml", "a.xml", "a.xml", "b.xml"])
        let suppressions = results.map { ($0["suppressions"] as? [[String: String]])?.first }
        #expect(suppressions[0] == ["kind": "inSource", "status": "accepted", "justification": "agreed with the buyer"])
        #expect(suppressions[3] == ["kind": "external", "status": "accepted", "justification": "framework call-off"])
        #expect(suppressions[1] == nil && suppressions[2] == nil)
        #expect(results.map { $0["baselineState"] as? String } == [nil, "new", "unchanged", nil])
        // Without a baseline, no result claims a baseline state.
        let plain = try Self.results(SARIFReporter().render(Self.result([Self.finding("a.xml")])))
        #expect(plain.allSatisfy { $0["baselineState"] == nil && $0["suppressions"] == nil })
    }

    @Test("a fix holds every edit it makes, each file's replacements together")
    func oneCompleteFix() throws {
        let tender = FormatsFixture.tender
        let release = FormatsFixture.release
        let fix = SARIFReporter().fix("set both weights", edits: [
            (FormatsFixture.location(of: "40", in: tender), "30"),
            (FormatsFixture.location(of: "false", in: release), "true"),
            (FormatsFixture.location(of: "8", in: tender), "18"),
        ], applicability: .safe)
        let data = Data(JSONWriter.write(fix).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let changes = try #require(object["artifactChanges"] as? [[String: Any]])
        #expect(changes.map { ($0["artifactLocation"] as? [String: String])?["uri"] } == ["tenders/2026/community-equipment.xml", "tenders/catering%2C%20phase%201.json"])
        let inserted = (changes[0]["replacements"] as? [[String: Any]])?.map { ($0["insertedContent"] as? [String: String])?["text"] }
        #expect(inserted == ["30", "18"])
    }

    @Test("validates against the official schema with a root, suppressions, baseline states, a cap and long descriptions",
          .enabled(if: SARIFSchema.available, SARIFSchema.unavailable))
    func validates() throws {
        var long = Self.result([Self.finding("a.xml")])
        long.rules = [Self.longRule]
        let runs = [
            ("gated", SARIFReporter(sourceRoot: Self.root, workingDirectory: "/srv/repo").render(Self.gated)),
            ("capped", SARIFReporter(sourceRoot: Self.root, workingDirectory: "/srv/repo/x", resultLimit: 2).render(Self.gated)),
            ("long descriptions", SARIFReporter(rulesPageURL: "https://example.org/rules.md").render(long)),
        ]
        for outcome in try FormatsSARIFReporterTests.validate(runs) {
            #expect(outcome.errors.isEmpty, "\(outcome.name): \(outcome.errors)")
        }
    }
}

import Foundation
import TenderLintKit
import Testing

/// Rules shaped like the built-in ones the configuration tests name (the Kit cannot see the rule set).
enum ConfigurationTestRules {
    static let rules: [Rule] = [
        Rule("SV001", "social-value-minimum-weighting") {
            Summary("Social value carries at least the minimum share")
            Severity(.error)
            Enforces(TestPolicies.centralNew, TestPolicies.unconfirmed)
            Parameter(.percent("minimumShare", default: 10, "Minimum share"))
            Check { _ in }
        },
        Rule("NZ004", "net-zero-target-year") {
            Summary("The net zero year is no later than allowed")
            Severity(.error)
            Parameter(.year("latestYear", default: 2050, "Latest year"))
            Parameter(.date("evergreenFrom", default: CalendarDate(year: 2030, month: 1, day: 1)!, "From"))
            Parameter(RuleParameter("strict", default: .flag(false), "Strict"))
            Parameter(.pounds("fromPerAnnum", default: 10_000, "From"))
            Check { _ in }
        },
        Rule("TOM007", "nhs-london-theme") {
            Summary("Measures are under the NHS London themes")
            Severity(.warning)
            Check { _ in }
        },
    ]

    static let known = KnownRules(rules: rules, checks: [RuleIdentity(id: "TL003", name: "not-a-tender-document")])
}

/// A folder of files for one test, removed afterwards.
final class ConfigurationScratch {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("tenderlint-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// A folder that is a repository root (it holds `.git`), with `config` as its `.tenderlint.yml` if given.
    static func repository(_ config: String? = nil) throws -> ConfigurationScratch {
        let scratch = try ConfigurationScratch()
        try scratch.makeDirectory(".git")
        if let config { try scratch.write(".tenderlint.yml", config) }
        return scratch
    }

    @discardableResult
    func write(_ relativePath: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    func makeDirectory(_ relativePath: String) throws {
        try FileManager.default.createDirectory(at: url.appendingPathComponent(relativePath), withIntermediateDirectories: true)
    }

    func resolver(config: String? = nil) -> ConfigurationResolver {
        ConfigurationResolver(explicitPath: config, knownRules: ConfigurationTestRules.known, workingDirectory: path)
    }

    /// The error resolving `document` must throw; a document that resolves fails the test.
    func error(resolving document: String, config: String? = nil,
               sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> ConfigurationError {
        try #require(throws: ConfigurationError.self, sourceLocation: sourceLocation) {
            try self.resolver(config: config).settings(for: document)
        }
    }
}

extension Diagnostic {
    /// `line:column`, for comparing positions in tests.
    var configPosition: String { "\(location.start.line):\(location.start.column)" }
}

import Foundation
import Testing

/// The browser tests of Tests/Browser (pytest driving Debian's Chromium through Playwright, with axe-core), run
/// against the built binary so that the README's `swift test` runs them.
@Suite("The HTML report and the web checker, in a real browser")
struct BrowserTests {
    typealias Shell = DocumentationShell

    /// Set by .ci/run: CI installs the browser, so there a missing one is a failure, not a reason to skip.
    static let required = !(ProcessInfo.processInfo.environment["TENDERLINT_REQUIRE_BROWSER"] ?? "").isEmpty

    /// What this machine lacks to run the browser tests, or nil.
    static let missing: String? = {
        if !Shell.available("command -v python3") { return "python3 is not installed" }
        if !Shell.available("python3 -c 'import playwright, axe_playwright_python, pytest'") {
            return "Python's playwright, axe-playwright-python or pytest is not installed (pip install playwright axe-playwright-python pytest)"
        }
        if !Shell.available("command -v chromium") { return "no chromium on PATH (Debian: apt-get install chromium)" }
        return nil
    }()

    static let skipReason = Comment(rawValue: "browser tests skipped: \(missing ?? ""); .ci/run installs them and sets TENDERLINT_REQUIRE_BROWSER")

    /// The files under Tests/Browser, to check the run wrote none there (its output goes to .build/browser/).
    static func testFiles() throws -> [String] {
        let folder = Shell.packageRoot.appendingPathComponent("Tests/Browser")
        return (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).sorted()
    }

    @Test("pytest Tests/Browser passes against the built tenderlint: the report's chart, findings, keyboard, axe-core, a hostile name, print, and serve",
          .disabled(if: !required && missing != nil, skipReason))
    func pytestPasses() throws {
        if let missing = Self.missing {
            Issue.record("TENDERLINT_REQUIRE_BROWSER is set, but \(missing)")
            return
        }
        let before = try Self.testFiles()
        var environment = ProcessInfo.processInfo.environment
        environment["TENDERLINT_BINARY"] = TenderlintProcess.binary.path
        environment["PYTHONDONTWRITEBYTECODE"] = "1"
        let outcome = try TenderlintProcess.launch(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-m", "pytest", "Tests/Browser", "-q"],
                                                   in: Shell.packageRoot, environment: environment)
        #expect(outcome.status == 0, "python3 -m pytest Tests/Browser -q exited \(outcome.status):\n\(outcome.standardOutput)\(outcome.standardError)")
        #expect(outcome.standardOutput.contains(" passed"), "pytest ran no browser test:\n\(outcome.standardOutput)")
        #expect(try Self.testFiles() == before, "the browser tests wrote files into Tests/Browser")
    }
}

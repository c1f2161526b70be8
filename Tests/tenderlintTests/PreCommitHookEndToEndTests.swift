import Foundation
import Testing

/// `.pre-commit-hooks.yaml`, run by pre-commit itself as a user of the repository would.
@Suite("The pre-commit hook, run by pre-commit")
struct PreCommitHookEndToEndTests {
    typealias Shell = DocumentationShell

    /// The dependencies' clones SwiftPM made for this build: pre-commit's release build of the package is
    /// pointed at them (as mirrors), so that it reaches no network.
    static let checkouts = Shell.packageRoot.appendingPathComponent(".build/checkouts")

    static var runnable: Bool {
        Shell.available("command -v pre-commit && command -v git")
            && FileManager.default.fileExists(atPath: checkouts.appendingPathComponent("swift-argument-parser/.git").path)
            && FileManager.default.fileExists(atPath: checkouts.appendingPathComponent("Yams/.git").path)
    }

    /// One test, as pre-commit builds the package in release mode in its cache (minutes), once.
    @Test("pre-commit try-repo builds the hook and runs it on staged names with spaces: it fails on a failing tender, passes on a clean one and skips an excluded one",
          .enabled(if: runnable, "needs pre-commit and git (.ci/run installs pre-commit) and SwiftPM's clones of the dependencies in .build/checkouts"))
    func tryRepo() throws {
        let scratch = try ScratchDirectory()
        let mirrors = """
            {"object": [{"mirror": "\(Self.checkouts.path)/swift-argument-parser", "original": "https://github.com/apple/swift-argument-parser"},
                        {"mirror": "\(Self.checkouts.path)/Yams", "original": "https://github.com/jpsim/Yams"}], "version": 1}
            """
        try scratch.write("home/.swiftpm/configuration/mirrors.json", mirrors)
        let samples = Shell.packageRoot.appendingPathComponent("Samples")
        try scratch.write("repo/failing tender.json", bytes: Array(try Data(contentsOf: samples.appendingPathComponent("wheelchair-services.json"))))
        try scratch.write("repo/clean tender.xml", bytes: Array(try Data(contentsOf: samples.appendingPathComponent("community-equipment.xml"))))
        try scratch.write("repo/node_modules/pkg/package.json", "{ broken")
        try scratch.write("repo/.gitignore", "node_modules/\n")
        let environment = [
            "HOME": scratch.url.appendingPathComponent("home").path, "PRE_COMMIT_HOME": scratch.url.appendingPathComponent("cache").path,
            "GIT_AUTHOR_NAME": "tenderlint tests", "GIT_AUTHOR_EMAIL": "tests@example.org",
            "GIT_COMMITTER_NAME": "tenderlint tests", "GIT_COMMITTER_EMAIL": "tests@example.org",
            // Any attempt to reach the network (a mirror not taken) fails at once instead of fetching.
            "http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9",
            "HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9", "ALL_PROXY": "http://127.0.0.1:9",
        ]
        let repository = scratch.url.appendingPathComponent("repo")
        let setUp = try Shell.run("git init -q && git add . && git add -f node_modules/pkg/package.json", in: repository, environment: environment)
        #expect(setUp.status == 0, "\(setUp.standardError)")
        let root = Shell.packageRoot.path
        let failing = try Shell.run("pre-commit try-repo '\(root)' tenderlint --files 'failing tender.json' 'clean tender.xml'", in: repository, environment: environment)
        #expect(failing.status == 1, "\(failing.standardOutput)\(failing.standardError)")
        #expect(failing.standardOutput.contains("failing tender.json:26:7: error: net zero and social value carries 8% of the total score"))
        #expect(!failing.standardOutput.contains("clean tender.xml:"))
        let clean = try Shell.run("pre-commit try-repo '\(root)' tenderlint --files 'clean tender.xml' node_modules/pkg/package.json", in: repository, environment: environment)
        #expect(clean.status == 0, "\(clean.standardOutput)\(clean.standardError)")
        #expect(clean.standardOutput.contains("tenderlint") && clean.standardOutput.contains("Passed"))
    }
}

import Foundation
import Testing
import TenderLintKit

/// A run over `folder`'s documents that writes only to files, with no engine: a malformed document is its one
/// kind of finding (an error).
private func run(in folder: RunFolder, formats: [String], environment: [String: String] = [:],
                 configure: (inout LintRun) -> Void = { _ in }) throws -> LintRun {
    var linter = Linter()
    linter.jobs = 2
    var run = LintRun(linter: linter, paths: [folder.path("docs")], plan: try OutputPlan(formats: formats, outputs: []), rules: [])
    run.environment = environment
    run.workingDirectory = folder.url.path
    run.outputIsTerminal = false
    configure(&run)
    return run
}

@Suite("A lint run: the gate, the baseline and the reports")
struct LintRunTests {
    @Test("fails on an error and writes it into the report file")
    func failsOnAnError() throws {
        let folder = try RunFolder(documents: ["broken.json": "{"])
        let status = try run(in: folder, formats: ["json:\(folder.path("report.json"))"]).run()
        #expect(status == 1)
        #expect(try folder.read("report.json").contains("broken.json"))
    }

    @Test("writes text as it goes, ending with the summary line", arguments: ["text", "concise"])
    func streamsText(format: String) throws {
        let folder = try RunFolder(documents: ["broken.json": "{", "other.json": "{}"])
        #expect(try run(in: folder, formats: ["\(format):\(folder.path("report.txt"))"]).run() == 1)
        let report = try folder.read("report.txt")
        #expect(report.contains("broken.json:1:2: error:"))
        #expect(report.hasSuffix("1 error, 1 info in 2 documents\n"))
    }

    @Test("passes on findings a recorded baseline holds, and fails on a new one")
    func baselineGate() throws {
        let folder = try RunFolder(documents: ["broken.json": "{"])
        let baseline = folder.path("baseline.json")
        let report = "json:\(folder.path("report.json"))"

        #expect(try run(in: folder, formats: [report]) { $0.writeBaselinePath = baseline }.run() == 0)
        #expect(folder.exists("baseline.json"))
        #expect(try run(in: folder, formats: [report]) { $0.baselinePath = baseline }.run() == 0)

        try folder.write("docs/also-broken.json", "[")
        #expect(try run(in: folder, formats: [report]) { $0.baselinePath = baseline }.run() == 1)
        #expect(try folder.read("report.json").contains("also-broken.json"))
    }

    @Test("stopped by a baseline it cannot use, still writes the problem into its reports")
    func stoppedRunWritesReports() throws {
        let folder = try RunFolder(documents: ["broken.json": "{"])
        try folder.write("empty-baseline.json", "")
        let lint = try run(in: folder, formats: ["json:\(folder.path("report.json"))", "junit:\(folder.path("report.xml"))"]) {
            $0.baselinePath = folder.path("empty-baseline.json")
        }
        #expect(throws: RunFailure.reported) { try lint.run() }
        // The baseline's own problem, at its place; the document's finding was never judged.
        #expect(try folder.read("report.json").contains("empty-baseline.json"))
        #expect(try !folder.read("report.json").contains("broken.json"))
        #expect(try folder.read("report.xml").contains("empty-baseline.json"))
    }

    @Test("refuses to write a report over a document it lints, leaving the document as it was")
    func refusesReportOverInput() throws {
        let folder = try RunFolder(documents: ["broken.json": "{"])
        let lint = try run(in: folder, formats: ["json:\(folder.path("docs/broken.json"))"])
        #expect(throws: RunFailure.reported) { try lint.run() }
        #expect(try folder.read("docs/broken.json") == "{")
    }

    @Test("refuses a maximum of warnings below zero once the documents are found")
    func refusesNegativeMaximum() throws {
        let folder = try RunFolder(documents: ["good.json": "{}"])
        let lint = try run(in: folder, formats: ["json:\(folder.path("report.json"))"]) { $0.policy.maxWarnings = -2 }
        #expect(throws: RunFailure.invalidArgument("--max-warnings takes a number of warnings from 0 up, or -1 for no limit")) {
            try lint.run()
        }
    }

    @Test("refuses to prune without a baseline, whether it gathers every finding or streams them",
          arguments: ["json", "text"])
    func refusesPruneWithoutBaseline(format: String) throws {
        let folder = try RunFolder(documents: ["good.json": "{}"])
        let lint = try run(in: folder, formats: ["\(format):\(folder.path("report"))"]) { $0.pruneBaseline = true }
        #expect(throws: RunFailure.invalidArgument("--prune-baseline needs --baseline FILE")) { try lint.run() }
    }

    @Test("stops, having said why, on a path that cannot be read")
    func stopsOnMissingPath() throws {
        let folder = try RunFolder()
        let lint = try run(in: folder, formats: ["json:\(folder.path("report.json"))"])
        #expect(throws: RunFailure.reported) { try lint.run() }
        #expect(!folder.exists("report.json"))
    }

    @Test("adds its findings to the GitHub job summary when it writes the github format")
    func appendsJobSummary() throws {
        let folder = try RunFolder(documents: ["broken.json": "{"])
        try folder.write("summary.md", "earlier step\n")
        let environment = ["GITHUB_STEP_SUMMARY": folder.path("summary.md")]
        #expect(try run(in: folder, formats: ["github:\(folder.path("annotations.txt"))"], environment: environment).run() == 1)
        let summary = try folder.read("summary.md")
        #expect(summary.hasPrefix("earlier step\n"))
        #expect(summary.count > "earlier step\n".count)
    }

    @Test("leaves the job summary alone when it writes no github format")
    func noJobSummaryWithoutGitHub() throws {
        let folder = try RunFolder(documents: ["broken.json": "{"])
        try folder.write("summary.md", "earlier step\n")
        let environment = ["GITHUB_STEP_SUMMARY": folder.path("summary.md")]
        _ = try run(in: folder, formats: ["json:\(folder.path("report.json"))"], environment: environment).run()
        #expect(try folder.read("summary.md") == "earlier step\n")
    }
}

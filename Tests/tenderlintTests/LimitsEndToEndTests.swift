import Foundation
import Testing

/// A test of something that used to hang must fail, not hang.
private func run(_ arguments: [String], in directory: URL) throws -> TenderlintProcess.Outcome {
    try TenderlintProcess.run(arguments, in: directory, deadline: 20)
}

/// Nine lines of nested aliases, 9^9 values once expanded: the fuzz regression input that hung the configuration loader.
private let bomb: String = {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/regressions/FuzzConfiguration/yaml-alias-bomb.yml")
    return (try? String(contentsOf: file, encoding: .utf8)) ?? ""
}()

private let tender = """
    {"tenderSpec": "1", "title": "t"}
    """

@Suite("Limits and hostile configuration, run as a program")
struct LimitsEndToEndTests {
    @Test("lint with an alias-bomb .tenderlint.yml stops at once with the alias's position and exit status 2")
    func lintRefusesAnAliasBombConfiguration() throws {
        let scratch = try ScratchDirectory()
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try scratch.write(".tenderlint.yml", bomb)
        try scratch.write("a.json", tender)
        let outcome = try run(["lint", "--format", "concise", "a.json"], in: scratch.url)
        #expect(outcome.status == 2)
        #expect(outcome.standardError.hasPrefix(".tenderlint.yml:2:10: error: aliases (*a0) are not allowed in a configuration file; write the value out [TL012]"))
    }

    @Test("config print with an alias-bomb configuration stops at once with exit status 2")
    func configPrintRefusesAnAliasBomb() throws {
        let scratch = try ScratchDirectory()
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try scratch.write(".tenderlint.yml", bomb)
        try scratch.write("a.json", tender)
        let outcome = try run(["config", "print", "a.json"], in: scratch.url)
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains(".tenderlint.yml:2:10: error: aliases (*a0)"))
    }

    @Test("a --catalogue that is an alias bomb stops at once with the alias's position and exit status 2")
    func catalogueAliasBomb() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("bomb.yaml", bomb)
        try scratch.write("a.json", tender)
        let outcome = try run(["lint", "--no-config", "--catalogue", "bomb.yaml", "a.json"], in: scratch.url)
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("bomb.yaml:2:10: error: aliases (*a0) are not allowed in a YAML catalogue"))
    }

    @Test("limits: in .tenderlint.yml changes the findings listed per rule, and config print shows where it came from")
    func limitsFromConfiguration() throws {
        let scratch = try ScratchDirectory()
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try scratch.write(".tenderlint.yml", "limits:\n  findings-per-rule: 3\n")
        let keys = (0..<10).map { "\"bogus\($0)\": 1" }.joined(separator: ", ")
        try scratch.write("a.json", "{\"tenderSpec\": \"1\", \(keys)}")
        let printed = try run(["config", "print", "a.json"], in: scratch.url)
        #expect(printed.status == 0)
        #expect(printed.standardOutput.contains("  findings-per-rule: 3  # from .tenderlint.yml:2"))
        #expect(printed.standardOutput.contains("  nodes: 5000000  # default"))
        let linted = try run(["lint", "--format", "json", "a.json"], in: scratch.url)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(linted.standardOutput.utf8)) as? [String: Any])
        let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
        let unknown = diagnostics.filter { $0["ruleId"] as? String == "TL006" }
        #expect(unknown.count == 3)
        #expect(unknown.map { $0["omitted"] as? Int } == [0, 0, 7])
        let summary = try #require(report["summary"] as? [String: Any])
        #expect(summary["omitted"] as? Int == 7)
    }
}

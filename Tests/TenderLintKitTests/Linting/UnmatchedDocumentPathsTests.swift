import Foundation
import Testing
import TenderLintKit

/// A configuration's severity limited to a document path that names nothing in the document is reported,
/// instead of being ignored without a word.
@Suite("Configured document paths that name nothing")
struct UnmatchedDocumentPathsTests {
    static let document = """
        {"tenderSpec": "1", "id": "T",
         "lots": [{"id": "a", "evaluation": {"criteria": []}}, {"id": "b", "evaluation": {"criteria": []}}]}
        """

    /// The TL010 findings of linting `doc.json` under a configuration whose override sets SV001 off at `pointer`.
    private func unmatched(_ pointer: String, document: String = Self.document) throws -> [Diagnostic] {
        let scratch = try ConfigurationScratch()
        try scratch.write(".tenderlint.yml", """
            overrides:
              - files: ["*.json"]
                rules:
                  SV001:
                    severity: off
                    pointer: \(pointer)
                    reason: a call-off
            """)
        let path = try scratch.write("doc.json", document)
        let settings = try scratch.resolver().settings(for: path)
        return try Linter().lint(path: path, settings: settings).diagnostics.filter { $0.rule.id == "TL010" }
    }

    @Test("a pointer that names nothing in the document is a warning at its line in the configuration, with a did-you-mean")
    func namesNothing() throws {
        let found = try unmatched("/tender/lots/1")
        let warning = try #require(found.first)
        #expect(found.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.location.path.hasSuffix(".tenderlint.yml"))
        #expect(warning.location.start.line == 6)
        #expect(warning.message.contains("/tender/lots/1"))
        #expect(warning.message.contains("doc.json"))

        let misspelt = try #require(try unmatched("/lost/1").first)
        #expect(misspelt.message.contains("did you mean '/lots/1'?"))
    }

    @Test("a pointer to a node, under a node, with a wildcard step, or to a missing member of a node is not reported")
    func namesSomething() throws {
        for pointer in ["/lots/1", "/lots/1/evaluation/criteria", "/lots/*/evaluation", "/lots/1/socialValue"] {
            #expect(try unmatched(pointer).isEmpty, "\(pointer) names a place in the document")
        }
    }
}

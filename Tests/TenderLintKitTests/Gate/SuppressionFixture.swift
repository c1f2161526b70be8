import Foundation
import Testing
@testable import TenderLintKit

/// Shared by the suppression tests: rules, documents and findings placed at a piece of text.
enum SuppressionFixture {
    static let sv001 = RuleIdentity(id: "SV001", name: "social-value-minimum-weighting")
    static let sv002 = RuleIdentity(id: "SV002", name: "social-value-themes")
    static let nz001 = RuleIdentity(id: "NZ001", name: "carbon-reduction-plan")
    static let known = [sv001, sv002, nz001]

    static func tree(_ text: String, path: String = "tenders/a.xml") throws -> LocatedTree {
        let result = XMLReader().read(SourceFile(path: path, text: text))
        #expect(result.diagnostics.isEmpty, "the test document must be well formed: \(result.diagnostics.map(\.message))")
        return try #require(result.documents.first)
    }

    /// A finding located at the `occurrence`th `needle` of the document, as a rule reports it.
    static func finding(_ rule: RuleIdentity = sv001, at needle: String, occurrence: Int = 1, in source: SourceFile,
                        documentPath: String? = nil) -> Diagnostic {
        let start = source.offset(of: needle, occurrence: occurrence)
        return Diagnostic(rule, .error, "finding at \(needle)", at: source.location(of: ByteRange(start, start + needle.utf8.count)),
                          documentPath: documentPath)
    }

    /// Scans, applies, and returns everything in one go.
    static func run(_ tree: LocatedTree, _ diagnostics: [Diagnostic], known: [RuleIdentity]? = SuppressionFixture.known)
        -> (scan: [Diagnostic], outcome: SuppressionOutcome, suppressions: [Suppression])
    {
        let scanned = SuppressionScanner().scan(tree)
        return (scanned.diagnostics, applySuppressions(scanned.suppressions, to: diagnostics, knownRules: known), scanned.suppressions)
    }

    static func content(_ text: String, in source: SourceFile) -> Diagnostic { content(sv001, text, in: source) }

    /// A finding at an element's text content, written `>text<` in the document.
    static func content(_ rule: RuleIdentity, _ text: String, in source: SourceFile) -> Diagnostic {
        let start = source.offset(of: ">\(text)<") + 1
        return Diagnostic(rule, .error, "finding at \(text)", at: source.location(of: ByteRange(start, start + text.utf8.count)))
    }

    static func position(_ diagnostic: Diagnostic) -> String { "\(diagnostic.location.start)" }
    static func position(_ location: TenderLintKit.SourceLocation) -> String { "\(location.start)" }
}

import Foundation
import TenderLintKit
import Testing

/// The tender-spec schemas (docs/schemas) are valid schemas, every sample in Samples/ (except the
/// deliberately malformed drafts) validates against them, and the common mistakes do not.
@Suite("Tender spec schemas: XSD and JSON Schema")
struct TenderSpecSchemaTests {
    /// Every value of the closed lists tenderlint reads, each list padded to the longest by repeating its first value.
    static var readableValues: [(sector: String, jurisdiction: String, regime: String, exceptionKind: String)] {
        let sectors = BuyerKind.allCases.map(\.rawValue)
        let jurisdictions = Jurisdiction.allCases.map(\.rawValue)
        let regimes = Regime.allCases.map(\.rawValue)
        let kinds = DeclaredException.Kind.allCases.map(\.rawValue)
        let count = [sectors.count, jurisdictions.count, regimes.count, kinds.count].max() ?? 0
        func value(_ list: [String], _ index: Int) -> String { index < list.count ? list[index] : list[0] }
        return (0..<count).map { (value(sectors, $0), value(jurisdictions, $0), value(regimes, $0), value(kinds, $0)) }
    }

    // MARK: The reference page

    /// The fenced blocks of docs/tender-spec.md in this language that are complete tenders.
    static func completeExamples(_ language: String) throws -> [String] {
        let page = try String(contentsOf: SchemaFiles.packageRoot.appendingPathComponent("docs/tender-spec.md"), encoding: .utf8)
        var examples: [String] = []
        var current: [Substring]?
        for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line == "```\(language)" {
                current = []
            } else if current != nil, line == "```" {
                let text = current!.joined(separator: "\n")
                if text.contains("urn:tenderlint:tender-spec:1") || text.contains("\"tenderSpec\"") { examples.append(text) }
                current = nil
            } else if current != nil {
                current!.append(line)
            }
        }
        return examples
    }

    @Test("the complete examples in docs/tender-spec.md are valid")
    func referencePageExamples() throws {
        let xml = try Self.completeExamples("xml")
        let json = try Self.completeExamples("json")
        #expect(!xml.isEmpty && !json.isEmpty, "docs/tender-spec.md has no complete XML or JSON example")
        for (index, example) in xml.enumerated() {
            let result = Self.validateXML(example, name: "docs/tender-spec.md XML example \(index + 1)")
            #expect(result.isValid, "XML example \(index + 1): \(result.schemaProblems + result.documentProblems)")
        }
        let outcome = try Self.validateJSON(json.enumerated().map {
            JSONSchemaValidation.Document(name: "JSON example \($0.offset + 1)", text: $0.element)
        })
        for document in outcome.documents {
            #expect(document.errors.isEmpty, "\(document.name): \(document.errors)")
        }
    }

    @Test("the malformed draft stays malformed and out of the schema checks")
    func draftsAreSkipped() {
        #expect(!SchemaFiles.samples(withExtension: "json").contains { $0.hasPrefix("drafts/") })
        let draft = SchemaFiles.samples.appendingPathComponent("drafts/unfinished-draft.json")
        #expect(FileManager.default.fileExists(atPath: draft.path))
    }
}

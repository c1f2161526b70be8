import Foundation
import Testing
@testable import TenderLintKit

/// Reading eForms notices in tests: the shared fixtures as published, and small notices written inline.
enum EFormsTesting {
    struct Reading {
        var source: SourceFile
        var tree: LocatedTree
        var result: AdapterResult

        var tender: Tender {
            get throws { try #require(result.tenders.first) }
        }

        var diagnostics: [Diagnostic] { result.diagnostics }

        /// The criteria of the first lot, in document order.
        var criteria: [Criterion] {
            get throws { try tender.lots.first.map(\.evaluation.criteria) ?? [] }
        }

        /// The 1-based line and column where `needle` starts, to compare with origins.
        func position(of needle: String, occurrence: Int = 1) -> SourcePosition {
            source.position(at: source.offset(of: needle, occurrence: occurrence))
        }
    }

    static func read(_ source: SourceFile, vocabulary: Vocabulary = .english) throws -> Reading {
        let read = XMLReader().read(source)
        #expect(read.diagnostics.isEmpty, "the XML reader complained: \(read.diagnostics.map(\.message))")
        let tree = try #require(read.documents.first)
        let adapter = EFormsAdapter()
        #expect(adapter.recognises(tree))
        return Reading(source: source, tree: tree, result: adapter.tenders(in: tree, vocabulary: vocabulary))
    }

    static func fixture(_ name: String) throws -> Reading {
        try read(Fixtures.real(name))
    }

    static func sdkExample(_ name: String) throws -> Reading {
        try read(Fixtures.eFormsSDK(name))
    }

    static func inline(_ text: String, path: String = "notice.xml") throws -> Reading {
        try read(SourceFile(path: path, text: text))
    }

    // MARK: Writing small notices

    static let namespaces = """
        xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" \
        xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" \
        xmlns:ext="urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2" \
        xmlns:efext="http://data.europa.eu/p27/eforms-ubl-extensions/1" \
        xmlns:efac="http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1" \
        xmlns:efbc="http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1"
        """

    /// A contract notice (or another notice type) around the given content.
    static func notice(_ body: String, type: String = "ContractNotice") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <\(type) xmlns="urn:oasis:names:specification:ubl:schema:xsd:\(type)-2" \(namespaces)>
        <cbc:ID schemeName="notice-id">N-1</cbc:ID>
        <cbc:ContractFolderID>F-1</cbc:ContractFolderID>
        <cbc:IssueDate>2026-03-02+01:00</cbc:IssueDate>
        \(body)
        </\(type)>
        """
    }

    /// A lot with the given criteria, procurement project content and tendering terms content.
    static func lot(_ id: String = "LOT-0001", scheme: String = "Lot", criteria: [String] = [], project: String = "", terms: String = "") -> String {
        let awarding = criteria.isEmpty ? "" : """
            <cac:AwardingTerms><cac:AwardingCriterion>
            \(criteria.joined(separator: "\n"))
            </cac:AwardingCriterion></cac:AwardingTerms>
            """
        return """
            <cac:ProcurementProjectLot>
            <cbc:ID schemeName="\(scheme)">\(id)</cbc:ID>
            <cac:TenderingTerms>
            \(terms)
            \(awarding)
            </cac:TenderingTerms>
            <cac:ProcurementProject>
            <cbc:Name>Lot \(id)</cbc:Name>
            \(project)
            </cac:ProcurementProject>
            </cac:ProcurementProjectLot>
            """
    }

    /// A subordinate awarding criterion, with its `number-weight` parameter when `code` is given.
    static func criterion(
        type: String? = "quality", name: String? = nil, description: String? = nil,
        code: String? = nil, number: String? = nil, list: String = "number-weight", extra: String = ""
    ) -> String {
        var parameter = ""
        if let code {
            let numeric = number.map { "<efbc:ParameterNumeric>\($0)</efbc:ParameterNumeric>" } ?? ""
            parameter = """
                <ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent><efext:EformsExtension>
                \(extra)
                <efac:AwardCriterionParameter>
                <efbc:ParameterCode listName="\(list)">\(code)</efbc:ParameterCode>
                \(numeric)
                </efac:AwardCriterionParameter>
                </efext:EformsExtension></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>
                """
        }
        let typeCode = type.map { #"<cbc:AwardingCriterionTypeCode listName="award-criterion-type">\#($0)</cbc:AwardingCriterionTypeCode>"# } ?? ""
        return """
            <cac:SubordinateAwardingCriterion>
            \(parameter)
            \(typeCode)
            \(name.map { "<cbc:Name>\($0)</cbc:Name>" } ?? "")
            \(description.map { "<cbc:Description>\($0)</cbc:Description>" } ?? "")
            </cac:SubordinateAwardingCriterion>
            """
    }

    /// A procurement project's `ProcurementAdditionalType` code.
    static func additionalType(_ list: String, _ code: String) -> String {
        #"<cac:ProcurementAdditionalType><cbc:ProcurementTypeCode listName="\#(list)">\#(code)</cbc:ProcurementTypeCode></cac:ProcurementAdditionalType>"#
    }
}

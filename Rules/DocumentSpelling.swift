import Foundation
import TenderLintKit

/// How a fix or a help line is written in the document's own syntax: tender-spec XML or JSON, or, for a
/// published notice (OCDS, eForms), in words. The one place rules learn the syntax (from `Tender.syntax`) and
/// spell a field: each family's help lines are spelt here and in its `DocumentSpelling+<Family>.swift`, never
/// in a rule, so that two rules never spell the same thing two ways.
enum DocumentSpelling {
    case xml
    case json
    /// OCDS or eForms: a published notice, where a requirement is stated in words.
    case notice

    init(_ tender: Tender) {
        if tender.format != .tenderSpec {
            self = .notice
        } else {
            self = tender.syntax == .json ? .json : .xml
        }
    }

    /// `weight="10"` or `"weight": 10`; nil for a published notice.
    func weight(_ value: Decimal) -> String? {
        switch self {
        case .xml: "weight=\"\(Arithmetic.plain(value))\""
        case .json: "\"weight\": \(Arithmetic.plain(value))"
        case .notice: nil
        }
    }

    /// `weight-unit="fraction"` or `"weightUnit": "fraction"`; nil for a published notice.
    var fractionUnit: String? {
        switch self {
        case .xml: "weight-unit=\"fraction\""
        case .json: "\"weightUnit\": \"fraction\""
        case .notice: nil
        }
    }

    /// Emission scopes as the field takes them: `["scope-1", "scope-2"]` in JSON, `scope-1 scope-2` in XML.
    func scopes(_ scopes: [EmissionScope]) -> String {
        switch self {
        case .json: "[" + scopes.map { "\"\($0.rawValue)\"" }.joined(separator: ", ") + "]"
        case .xml, .notice: scopes.map(\.rawValue).joined(separator: " ")
        }
    }

    /// A field to add after another of the same element: ` name="value"` in XML, `, "name": value` in JSON
    /// (`value` as JSON writes it).
    func field(xml: String, json: String, value: String) -> String {
        switch self {
        case .json: ", \"\(json)\": \(value)"
        case .xml, .notice: " \(xml)=\"\(value)\""
        }
    }
}

extension RuleContext {
    /// How a fix or help line is written in this document.
    var spelling: DocumentSpelling { DocumentSpelling(tender) }
}

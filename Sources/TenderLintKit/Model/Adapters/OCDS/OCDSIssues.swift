import Foundation

/// Collects the TL005 findings made while reading one OCDS document.
///
/// A class so that the readers of one document can share it; each `tenders(in:)` call makes its own,
/// so it never crosses a concurrency boundary. Findings are kept once: criteria stated at tender level
/// are read again for every lot they apply to, and must not be reported once per lot.
final class OCDSIssues {
    private(set) var diagnostics: [Diagnostic] = []
    private var seen: Set<Diagnostic> = []

    /// A value that cannot be read as what its field needs, pointed at the value itself.
    func invalidValue(_ message: String, at node: Node, severity: Severity = .error, label: String? = nil,
                      notes: [String] = [], help: [String] = []) {
        let diagnostic = Diagnostic(
            ModelRule.invalidValue, severity, message, at: node.ocdsValueOrigin.location, label: label,
            notes: notes, help: help
        ).identified(by: node)
        guard seen.insert(diagnostic).inserted else { return }
        diagnostics.append(diagnostic)
    }

    /// Findings made by another reader of the document, such as its applicability signals.
    func add(_ more: [Diagnostic]) {
        for diagnostic in more where seen.insert(diagnostic).inserted { diagnostics.append(diagnostic) }
    }

    /// Text for messages: a value as written, shortened when long.
    static func quoted(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count > 60 ? "'\(flat.prefix(57))…'" : "'\(flat)'"
    }

    /// Text for messages: what a node holds, as written in the file.
    static func written(_ node: Node) -> String {
        switch node.kind {
        case .string: quoted(node.value ?? "")
        case .number, .bool: Prose.shortened(node.value ?? node.tree.source.text(in: node.range), limit: 40)
        case .null: "null"
        case .object: "an object"
        case .array: "an array"
        default: "'\(Prose.shortened(node.tree.source.text(in: node.range)))'"
        }
    }
}

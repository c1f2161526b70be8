import Foundation

/// Document paths: how a diagnostic names a node independently of line numbers.
///
/// JSON uses JSON Pointer (`/tender/lots/1/awardCriteria`); XML uses an XPath
/// with the prefixes as written and a position only where a name repeats
/// among siblings (`/ContractNotice/cac:ProcurementProjectLot[2]/cac:TenderingTerms`).
public enum DocumentPath {
    public static func of(_ node: Node) -> String {
        joined(from: node, segment: segment(of:))
    }

    /// The segments of `node` and its ancestors, root first, joined: a path of any kind.
    static func joined(from node: Node, segment: (Node) -> String) -> String {
        var segments: [String] = []
        var current: Node? = node
        while let step = current {
            segments.append(segment(step))
            current = step.parent
        }
        return segments.reversed().joined()
    }

    private static func segment(of node: Node) -> String {
        switch node.kind {
        case .object, .array, .string, .number, .bool, .null:
            if let key = node.key { return "/" + escapePointerToken(key) }
            if let index = node.arrayIndex { return "/\(index)" }
            return ""
        case .element:
            return "/" + (node.qualifiedName ?? "") + position(of: node)
        case .attribute:
            return "/@" + (node.qualifiedName ?? "")
        case .text:
            return "/text()" + position(of: node)
        case .comment:
            return "/comment()" + position(of: node)
        case .processingInstruction:
            return "/processing-instruction(\(node.name ?? ""))" + position(of: node)
        }
    }

    /// `[n]` when the parent has other children of the same step, else nothing.
    private static func position(of node: Node) -> String {
        let position = node.tree.siblingPositions.position(of: node.index, in: node.tree)
        return position > 0 ? "[\(position)]" : ""
    }

    /// RFC 6901: `~` becomes `~0` and `/` becomes `~1`.
    public static func escapePointerToken(_ token: String) -> String {
        guard token.contains("~") || token.contains("/") else { return token }
        return token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
}

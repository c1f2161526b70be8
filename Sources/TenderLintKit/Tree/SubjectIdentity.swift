import Foundation

/// What a finding is about, named so that it survives harmless edits: the path from the root with every repeated
/// step named by what identifies it (its `id`, `cbc:ID`, name or title) instead of its position.
///
/// `/tender/lots[id="2"]/evaluation/criteria[id="social-value"]` stays the same when the document is re-indented,
/// when text is inserted above it and when lots or criteria are reordered; a document path
/// (`/tender/lots/1/evaluation/criteria/2`) does not. Baselines match on it (docs/baseline.md). A step with nothing
/// to identify it keeps its position; a step whose identifier its siblings share gets a position among them.
public enum SubjectIdentity {
    public static func of(_ node: Node) -> String {
        DocumentPath.joined(from: node, segment: segment(of:))
    }

    /// The text a scalar node holds, whitespace runs collapsed and cut at `valueLimit` characters: a JSON string,
    /// number, boolean or null; an XML attribute; an XML element holding text and no elements. Nil for
    /// containers, whose findings state their value themselves (a share, a sum).
    public static func value(of node: Node) -> String? {
        switch node.kind {
        case .string, .number, .bool, .attribute, .text:
            return node.value.map(normalized)
        case .null:
            return "null"
        case .element:
            // An empty element (`<criterion id="x"/>`) holds its values in attributes: it is no scalar.
            guard node.elements.isEmpty else { return nil }
            let text = normalized(node.text)
            return text.isEmpty ? nil : text
        case .object, .array, .comment, .processingInstruction:
            return nil
        }
    }

    /// The most characters of an identifier or a value kept: enough to tell values apart, bounded for huge text.
    public static let valueLimit = 200

    /// Runs of whitespace collapsed to one space, none at either end, cut at `valueLimit` characters.
    public static func normalized(_ text: String) -> String {
        Prose.shortened(text, limit: valueLimit)
    }

    private static func segment(of node: Node) -> String {
        switch node.kind {
        case .object, .array, .string, .number, .bool, .null:
            if let key = node.key { return "/" + DocumentPath.escapePointerToken(key) }
            if node.arrayIndex != nil { return node.tree.identityPredicates.predicate(of: node) }
            return ""
        case .element:
            let name = "/" + (node.qualifiedName ?? "")
            let repeated = node.tree.siblingPositions.position(of: node.index, in: node.tree) > 0
            return repeated ? name + node.tree.identityPredicates.predicate(of: node) : name
        case .attribute:
            return "/@" + (node.qualifiedName ?? "")
        case .text, .comment, .processingInstruction:
            // Not repeated steps anyone reorders; the document path's segment names them well enough.
            let path = DocumentPath.of(node)
            return String(path[(path.lastIndex(of: "/") ?? path.startIndex)...])
        }
    }

    // MARK: Identifiers

    /// JSON members that identify an object among its siblings, the most specific first.
    static let jsonIdentifierKeys = ["id", "name", "title", "code", "description"]
    /// XML attributes that identify an element among same-named siblings.
    static let xmlIdentifierAttributes = ["id", "ID", "name", "code"]
    /// Local names of child elements that identify an element (eForms and UBL: `cbc:ID`, `cbc:Name`).
    static let xmlIdentifierElements = ["ID", "Id", "id", "Name", "name", "Title", "title", "Description", "description"]

    /// What identifies a repeated node among its siblings, as `key="value"`; nil when nothing does.
    static func identifier(of node: Node) -> String? {
        switch node.kind {
        case .object:
            for key in jsonIdentifierKeys {
                if let member = node[key: key], let text = scalarText(member) { return "\(key)=\(quoted(text))" }
            }
            return nil
        case .string, .number, .bool:
            return node.value.map { ".=\(quoted(normalized($0)))" }
        case .element:
            for name in xmlIdentifierAttributes {
                if let attribute = node.attribute(name), let text = attribute.value, !text.isEmpty {
                    return "@\(name)=\(quoted(normalized(text)))"
                }
            }
            for name in xmlIdentifierElements {
                if let child = node.element(name), child.elements.isEmpty {
                    let text = normalized(child.text)
                    if !text.isEmpty { return "\(child.qualifiedName ?? name)=\(quoted(text))" }
                }
            }
            // A repeated element of text alone (`<theme>wellbeing</theme>`) is named by its text.
            guard node.elements.isEmpty else { return nil }
            let text = normalized(node.text)
            return text.isEmpty ? nil : ".=\(quoted(text))"
        default:
            return nil
        }
    }

    private static func scalarText(_ node: Node) -> String? {
        guard node.kind == .string || node.kind == .number, let value = node.value else { return nil }
        let text = normalized(value)
        return text.isEmpty ? nil : text
    }

    private static func quoted(_ text: String) -> String {
        guard text.contains(where: { $0 == "\"" || $0 == "\\" }) else { return "\"\(text)\"" }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

/// The predicate that names each repeated child of a parent, worked out for all of a parent's children the first
/// time one of them is asked for: a finding's identity costs one pass over its siblings, however many findings
/// share them, and a tree with no findings pays nothing.
final class IdentityPredicates: @unchecked Sendable {
    private let lock = NSLock()
    private var byParent: [Int32: [Int32: String]] = [:]

    func predicate(of node: Node) -> String {
        let parent = node.tree.records[node.index].parent
        lock.lock()
        defer { lock.unlock() }
        if byParent[parent] == nil { byParent[parent] = Self.compute(parent: parent, tree: node.tree) }
        return byParent[parent]?[Int32(node.index)] ?? ""
    }

    /// Each child's predicate: `[id="x"]` when its identifier is its own among the siblings of its step,
    /// `[id="x"][2]` for the second of several sharing one, `[3]` (its position) when nothing identifies it.
    private static func compute(parent: Int32, tree: LocatedTree) -> [Int32: String] {
        struct Step: Hashable {
            var kind: NodeKind
            var name: String?
            var prefix: String?
        }
        guard parent >= 0 else { return [:] }
        var identifiers: [(child: Int32, step: Step, identifier: String?)] = []
        var shared: [Step: [String: Int]] = [:]
        for child in ChildIndexes(of: Int(parent), in: tree) where tree.records[child].kind != .attribute {
            let record = tree.records[child]
            let node = Node(tree: tree, index: child)
            let step = Step(kind: record.kind.isJSONValue ? .null : record.kind, name: node.key == nil ? record.name : nil,
                            prefix: tree.qualifier(record.qualifier)?.prefix)
            let identifier = SubjectIdentity.identifier(of: node)
            identifiers.append((Int32(child), step, identifier))
            if let identifier { shared[step, default: [:]][identifier, default: 0] += 1 }
        }
        var predicates: [Int32: String] = [:]
        var seen: [Step: [String: Int]] = [:]
        var positions: [Step: Int] = [:]
        for (child, step, identifier) in identifiers {
            let position = (positions[step] ?? 0) + 1
            positions[step] = position
            guard let identifier else {
                predicates[child] = "[\(position)]"
                continue
            }
            let occurrence = (seen[step]?[identifier] ?? 0) + 1
            seen[step, default: [:]][identifier] = occurrence
            let isShared = (shared[step]?[identifier] ?? 0) > 1
            predicates[child] = isShared ? "[\(identifier)][\(occurrence)]" : "[\(identifier)]"
        }
        return predicates
    }
}

extension Diagnostic {
    /// The diagnostic about `node`: its document path, its subject identity and, for a scalar, its value.
    public func identified(by node: Node?) -> Diagnostic {
        guard let node else { return self }
        var diagnostic = self
        diagnostic.documentPath = node.path
        diagnostic.subjectIdentity = SubjectIdentity.of(node)
        diagnostic.offendingValue = SubjectIdentity.value(of: node)
        return diagnostic
    }
}

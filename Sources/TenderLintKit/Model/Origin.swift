/// Where a model value was read: the tree node and the exact bytes to underline.
///
/// Holding the node keeps the document's tree alive as long as the model;
/// both are dropped together once the document's rules have run.
public struct Origin: Sendable, Hashable {
    public var node: Node
    /// What a diagnostic should point at: an attribute's value, a key and its value, an element's start tag.
    public var range: ByteRange

    public init(node: Node, range: ByteRange) {
        self.node = node
        self.range = range
    }

    /// The node itself, pointed at as a whole: a JSON member from key to value, an XML element's start tag,
    /// an XML attribute's value.
    public init(_ node: Node) {
        self.node = node
        switch node.kind {
        case .element, .attribute:
            self.range = node.valueRange
        case .object, .array:
            // A JSON object spans many lines; its first line (key and opening bracket) is what a reader looks for.
            self.range = node.tree.source.clippedToFirstLine(node.memberRange)
        default:
            self.range = node.memberRange
        }
    }

    /// JSON Pointer or indexed XPath of the node.
    public var path: String { node.path }
    public var source: SourceFile { node.tree.source }
    public var location: SourceLocation { source.location(of: range) }
    /// The line the value starts on, without quoting it: evidence and digests name lines for every document.
    public var line: Int { source.line(containing: range.lowerBound) }
}

// What a value knows of the field it was read from and the element around it, so that rules and their fixes
// never walk the tree or test the syntax themselves.
extension Origin {
    /// The whole field the value was read from: an XML attribute's value, a JSON member from its key (a list's
    /// member for one of its items), an element's text. Readers locate some values more narrowly (one word of
    /// `scopes`, a JSON value without its key).
    public var field: Origin {
        if node.kind != .attribute, let list = node.parent, list.kind == .array { return Origin(list) }
        return Origin(node)
    }

    /// The exact text of the field's value, for a fix to replace: an attribute's value inside its quotes, a JSON
    /// value (the whole list for one of its items).
    public var fieldValue: Origin {
        if node.kind == .attribute { return Origin(node: node, range: node.valueRange) }
        if let list = node.parent, list.kind == .array { return Origin(node: list, range: list.range) }
        return Origin(node: node, range: node.range)
    }

    /// The empty place just after the field, where another field of the same element (JSON object) can be
    /// added: after an attribute, or after a JSON member's value (the whole list for one of its items).
    public var afterField: Origin {
        var field = node
        if node.kind != .attribute, let list = node.parent, list.kind == .array { field = list }
        return Origin(node: field, range: .at(field.range.upperBound))
    }

    /// The element a value is the text of (`<theme>` for its text); the value itself when it is not text.
    public var element: Origin {
        guard node.kind == .text, let element = node.parent else { return self }
        return Origin(element)
    }

    /// What the value is written in: its element's parent element, or the JSON object or list that holds it.
    public var container: Origin? { node.parent.map(Origin.init) }

    /// `text` written as this value is written, so that it reads back as `text`: escaped in an XML attribute,
    /// quoted in a JSON string, as it is elsewhere.
    public func written(_ text: String) -> String {
        switch node.kind {
        case .attribute: Self.xmlAttributeText(text)
        case .string, .number, .bool, .null: JSONWriter.quoted(text)
        default: text
        }
    }

    private static func xmlAttributeText(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case "\"": output += "&quot;"
            default: output.append(character)
            }
        }
        return output
    }
}

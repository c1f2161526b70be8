/// One object of a tender spec, read the same way whether it is an XML element or a JSON object.
///
/// The two spellings differ only in naming (`procurement-start` as an
/// attribute, `procurementStart` as a key) and in how lists are written
/// (repeated elements, arrays), so every accessor takes both names.
struct SpecObject {
    let node: Node

    var isXML: Bool { node.tree.format == .xml }

    /// A scalar field: an XML attribute, or a JSON member that is not an object or array.
    func scalar(xml: String, json: String) -> Node? {
        if isXML { return node.attribute(xml) }
        return node[key: json]
    }

    /// Text of a field written as a child element in XML (`<title>`) and as a key in JSON.
    func text(xml: String, json: String) -> Node? {
        if isXML { return node.element(xml, namespace: TenderSpecAdapter.namespace) }
        return node[key: json]
    }

    /// A nested object: a child element in XML, an object member in JSON.
    func object(xml: String, json: String) -> SpecObject? {
        if isXML { return node.element(xml, namespace: TenderSpecAdapter.namespace).map(SpecObject.init) }
        guard let member = node[key: json], member.kind == .object else { return nil }
        return SpecObject(node: member)
    }

    /// The member node of a JSON key or XML child element, whatever its kind, to report a wrong kind.
    func member(xml: String, json: String) -> Node? {
        if isXML { return node.element(xml, namespace: TenderSpecAdapter.namespace) }
        return node[key: json]
    }

    /// A list: repeated child elements named `xml` in XML, the array under `json` in JSON.
    func list(xml: String, json: String) -> [Node] {
        if isXML { return node.elements(named: xml, namespace: TenderSpecAdapter.namespace) }
        guard let array = node[key: json], array.kind == .array else { return [] }
        return array.children
    }

    /// Calls `body` with each field written on this object, for the unknown-field check: attributes (in no
    /// namespace) and child elements, or keys; no array is built, since nearly every field is known.
    func forEachWrittenField(_ body: (String, Node) -> Void) {
        if isXML {
            // A tree keeps an element's attributes before its content, so this is attributes, then elements.
            node.forEachChild { child in
                switch child.kind {
                case .attribute where child.namespaceURI == nil: body(child.name ?? "", child)
                case .element: body(child.namespaceURI == TenderSpecAdapter.namespace ? child.name ?? "" : child.qualifiedName ?? "", child)
                default: break
                }
            }
            return
        }
        node.forEachChild { child in if child.kind != .attribute, let key = child.key { body(key, child) } }
    }

    /// The text of an XML element (its own text) with an origin on the text, for `<buyer>Name</buyer>`.
    var ownText: Located<String>? {
        guard isXML else { return nil }
        let text = node.text.trimmingWhitespace
        guard !text.isEmpty else { return nil }
        let textNode = node.children.first { $0.kind == .text }
        return Located(text, at: textNode.map { Origin(node: $0, range: $0.range) } ?? Origin(node))
    }
}

extension String {
    var trimmingWhitespace: String {
        // Ends that are ASCII decide by byte: an ASCII scalar at either end is a character of its own there
        // (a whitespace scalar cannot join it), and it is whitespace only if it is a tab, a line break or a space.
        let utf8 = self.utf8
        guard let first = utf8.first, let last = utf8.last else { return self }
        if first < 0x80, last < 0x80 {
            if !first.isASCIIWhitespace, !last.isASCIIWhitespace { return self }
            var lower = utf8.startIndex
            var upper = utf8.endIndex
            while lower < upper, utf8[lower].isASCIIWhitespace { lower = utf8.index(after: lower) }
            while lower < upper, utf8[utf8.index(before: upper)].isASCIIWhitespace { upper = utf8.index(before: upper) }
            if lower == upper { return "" }
            if utf8[lower] < 0x80, utf8[utf8.index(before: upper)] < 0x80 { return String(self[lower..<upper]) }
        }
        return trimmingUnicodeWhitespace
    }

    /// Trims whole characters by `Character.isWhitespace` (U+00A0, U+2028 and the rest included).
    private var trimmingUnicodeWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}

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
        if isXML { return node.elements.filter { $0.name == xml && $0.namespaceURI == TenderSpecAdapter.namespace } }
        guard let array = node[key: json], array.kind == .array else { return [] }
        return array.children
    }

    /// The fields written on this object, for the unknown-field check: attributes and child elements, or keys.
    var writtenFields: [(name: String, node: Node)] {
        if isXML {
            let attributes = node.attributes.filter { $0.namespaceURI == nil }.map { ($0.name ?? "", $0) }
            let elements = node.elements.map { ($0.namespaceURI == TenderSpecAdapter.namespace ? $0.name ?? "" : $0.qualifiedName ?? "", $0) }
            return attributes + elements
        }
        return node.children.compactMap { child in child.key.map { ($0, child) } }
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
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}

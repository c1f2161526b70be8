/// Writes a tender spec given in XML as the same tender spec in JSON, and says where each place in the XML
/// went: so that a rule's example, written in XML, can be run again in its other spelling.
///
/// The names follow docs/tender-spec.md and docs/schemas/tender-spec-1.schema.json: `procurement-start`
/// becomes `procurementStart`, repeated `<lot>`s become `lots`, `<criterion>` children `criteria`, `<measure>`s
/// `measures`, `<theme>`s a `themes` array of strings, the text of `<buyer>` `name`, of `<exception>` (in
/// `<social-value>` and in `<net-zero>`) `justification` and of `<community-benefits>` `statement`; `scopes` and
/// `reserved-for` become arrays. Weights, points, orders, amounts, months, targets and net-zero years are JSON
/// numbers when they are plain decimals and strings otherwise ("40%", "10-20"); `true` and `false` (and `1` and
/// `0`) become booleans. Comments and processing instructions are dropped. Anything the format does not define
/// is refused, naming it and its position, rather than lost.
///
/// Places map as the runner reads markers (see `RuleExampleRunner.node(at:)` and `Origin`):
/// - the start of an element that becomes a JSON member (`<buyer>`, `<evaluation>`, `<title>`) maps to the
///   start of the member's key, and one that becomes an array entry (`<lot>`, `<criterion>`, `<theme>`) to the
///   entry's first character (`{` or `"`): the element as a whole in both spellings;
/// - the start of an attribute's name (the field as a whole: in XML its value, as `Origin` puts it) maps to the
///   start of the JSON member's key (the member as a whole, as `Origin` puts it); the start of an attribute's
///   value, inside its quotes, maps to the start of the JSON value (where a model value read from it is
///   located); for a list attribute, the start of each word maps to the matching array entry. In XML both
///   land on the same column, so where the marker goes says which the rule reports: the field or its value;
/// - the start of an element's text (or its first non-blank character) maps to the start of the JSON string.
public struct TenderSpecTranscriber: Sendable {
    /// The JSON text and, in the order given, the offsets the XML offsets map to.
    public struct Transcript: Sendable {
        public var json: String
        public var markers: [Int]
    }

    /// XML the transcriber cannot carry over faithfully, with where it is.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public init() {}

    /// Transcribes a tender-spec XML document; `markers` are byte offsets into `xml`.
    public func transcribe(xml: String, markers: [Int] = []) throws(Failure) -> Transcript {
        let source = SourceFile(path: "example.xml", text: xml)
        let result = XMLReader().read(source)
        if let problem = result.diagnostics.first {
            throw Failure(message: "the XML cannot be read: \(problem.location.start): \(problem.message)")
        }
        guard let tree = result.documents.first, let root = tree.root else {
            throw Failure(message: "the XML has no document element")
        }
        guard root.name == "tender", root.namespaceURI == TenderSpecAdapter.namespace else {
            throw Failure(message: "the document element is <\(root.qualifiedName ?? "")>, not a tender spec's <tender> in \(TenderSpecAdapter.namespace)")
        }
        let builder = Builder(source: tree.source)
        var body = try builder.object(root, schema: .named(.tender))
        body.members.insert(Member(key: "tenderSpec", value: .string(TenderSpecAdapter.version)), at: 0)
        let item = Item(value: .object(body.members), anchors: builder.anchors(of: root))
        var writer = Writer()
        writer.write(item)
        writer.output.append("\n")
        var mapped: [Int] = []
        for offset in markers {
            guard let target = writer.targets[offset] else {
                let position = source.position(at: offset)
                throw Failure(message: "the marker at \(position) (\(context(of: offset, in: source))) is not at the start of an element, an attribute or an element's text, so it has no place in JSON")
            }
            mapped.append(target)
        }
        return Transcript(json: writer.output, markers: mapped)
    }

    private func context(of offset: Int, in source: SourceFile) -> String {
        let line = source.contentRange(ofLine: source.line(containing: offset))
        let before = source.text(in: ByteRange(line.lowerBound, offset))
        let after = source.text(in: ByteRange(offset, line.upperBound))
        return "'" + before.trimmingWhitespace.suffix(20) + "↓" + after.prefix(30) + "'"
    }
}

// MARK: - Building the JSON value

extension TenderSpecTranscriber {
    indirect enum Value {
        case string(String)
        case number(String)
        case bool(Bool)
        case array([Item])
        case object([Member])
    }

    /// A member: XML offsets landing on its key, and on its value.
    struct Member {
        var key: String
        var value: Value
        var keyAnchors: [Int] = []
        var valueAnchors: [Int] = []
    }

    /// An array entry or the top-level value: XML offsets landing on its first character.
    struct Item {
        var value: Value
        var anchors: [Int] = []
    }

    struct ObjectBody {
        var members: [Member]
    }

    struct Builder {
        let source: SourceFile
        static let schemaInstance = "http://www.w3.org/2001/XMLSchema-instance"

        func failure(_ node: Node, _ message: String) -> Failure {
            let position = source.position(at: node.nameRange?.lowerBound ?? node.range.lowerBound)
            return Failure(message: "\(position) (\(node.path)): \(message); the transcriber only carries the tender-spec format over to JSON")
        }

        /// Offsets that mean "this element": its `<`.
        func anchors(of element: Node) -> [Int] { [element.range.lowerBound] }

        /// Offsets that mean "this element's text": where each text run starts, and its first non-blank byte.
        func textAnchors(of element: Node) -> [Int] {
            var offsets: [Int] = []
            for text in element.children where text.kind == .text {
                offsets.append(text.range.lowerBound)
                let bytes = source.bytes
                var index = text.valueRange.lowerBound
                while index < text.range.upperBound, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
                offsets.append(index)
            }
            return offsets
        }

        func object(_ element: Node, schema: Schema) throws(Failure) -> ObjectBody {
            var members: [Member] = []
            for attribute in element.attributes {
                if let namespace = attribute.namespaceURI {
                    // xsi:schemaLocation and the like say where a schema is; they are not the tender.
                    if namespace == Self.schemaInstance { continue }
                    throw failure(attribute, "the attribute '\(attribute.qualifiedName ?? "")' is in a namespace the format does not use")
                }
                let name = attribute.name ?? ""
                guard let scalar = schema.attributes[name] else {
                    throw failure(attribute, "<\(element.name ?? "")> has no attribute '\(name)' in the tender-spec format")
                }
                members.append(self.attribute(attribute, as: scalar))
            }
            if let textKey = schema.textKey {
                let text = element.text.trimmingWhitespace
                if !text.isEmpty {
                    members.append(Member(key: textKey, value: .string(text), valueAnchors: textAnchors(of: element)))
                }
            }
            var listIndex: [String: Int] = [:]
            for child in element.children {
                switch child.kind {
                case .comment, .processingInstruction:
                    continue
                case .text:
                    if schema.textKey == nil {
                        throw failure(child, "<\(element.name ?? "")> holds text '\(child.value?.trimmingWhitespace.prefix(40) ?? "")', which the format does not define")
                    }
                case .element:
                    guard child.namespaceURI == TenderSpecAdapter.namespace else {
                        throw failure(child, "<\(child.qualifiedName ?? "")> is not in the tender-spec namespace \(TenderSpecAdapter.namespace)")
                    }
                    let name = child.name ?? ""
                    guard let kind = schema.children[name] else {
                        throw failure(child, "<\(element.name ?? "")> has no child element <\(name)> in the tender-spec format")
                    }
                    if kind.isList {
                        let item = try self.item(child, kind)
                        if let index = listIndex[kind.key], case .array(var items) = members[index].value {
                            items.append(item)
                            members[index].value = .array(items)
                        } else {
                            listIndex[kind.key] = members.count
                            members.append(Member(key: kind.key, value: .array([item])))
                        }
                    } else {
                        guard !members.contains(where: { $0.key == kind.key }) else {
                            throw failure(child, "<\(name)> appears twice in <\(element.name ?? "")>; JSON cannot give a key twice")
                        }
                        members.append(try member(child, kind))
                    }
                default:
                    throw failure(child, "a node the XML reader should not give (\(child.kind))")
                }
            }
            return ObjectBody(members: members)
        }

        private func scalarValue(_ text: String, as scalar: Scalar) -> Value {
            switch scalar {
            case .string, .list: return .string(text)
            case .number: return TenderSpecTranscriber.isPlainDecimal(text) ? .number(text) : .string(text)
            case .bool:
                switch text {
                case "true", "1": return .bool(true)
                case "false", "0": return .bool(false)
                default: return .string(text)
                }
            }
        }

        private func attribute(_ attribute: Node, as scalar: Scalar) -> Member {
            let key = TenderSpecTranscriber.camelCase(attribute.name ?? "")
            let text = attribute.value ?? ""
            // Before the name: the field as a whole, a JSON member from its key. Inside the quotes: the value.
            let name = [attribute.nameRange?.lowerBound ?? attribute.range.lowerBound]
            let value = attribute.valueRange.lowerBound
            guard case .list = scalar else {
                return Member(key: key, value: scalarValue(text, as: scalar), keyAnchors: name, valueAnchors: [value])
            }
            // Words as the reader splits them: on single spaces, each located where it starts.
            var items: [Item] = []
            var offset = value
            for word in text.split(separator: " ", omittingEmptySubsequences: false) {
                if !word.isEmpty { items.append(Item(value: .string(String(word)), anchors: [offset])) }
                offset += word.utf8.count + 1
            }
            return Member(key: key, value: .array(items), keyAnchors: name, valueAnchors: items.isEmpty ? [value] : [])
        }

        private func member(_ element: Node, _ kind: Child) throws(Failure) -> Member {
            switch kind {
            case .object(let key, let schema):
                return Member(key: key, value: .object(try object(element, schema: .named(schema)).members), keyAnchors: anchors(of: element))
            case .text(let key):
                try requireTextOnly(element)
                return Member(key: key, value: .string(element.text.trimmingWhitespace),
                              keyAnchors: anchors(of: element), valueAnchors: textAnchors(of: element))
            case .objects, .texts:
                preconditionFailure("lists are collected by object(_:schema:)")
            }
        }

        private func item(_ element: Node, _ kind: Child) throws(Failure) -> Item {
            switch kind {
            case .objects(_, let schema):
                return Item(value: .object(try object(element, schema: .named(schema)).members), anchors: anchors(of: element))
            case .texts:
                try requireTextOnly(element)
                return Item(value: .string(element.text.trimmingWhitespace), anchors: anchors(of: element) + textAnchors(of: element))
            case .object, .text:
                preconditionFailure("single children are members")
            }
        }

        private func requireTextOnly(_ element: Node) throws(Failure) {
            if let attribute = element.attributes.first(where: { $0.namespaceURI != Self.schemaInstance }) {
                throw failure(attribute, "<\(element.name ?? "")> takes no attributes in the tender-spec format")
            }
            if let child = element.elements.first {
                throw failure(child, "<\(element.name ?? "")> holds only text in the tender-spec format, not <\(child.qualifiedName ?? "")>")
            }
        }
    }
}

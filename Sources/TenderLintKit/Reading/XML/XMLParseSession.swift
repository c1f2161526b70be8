import CLibXML2

/// The state of one libxml2 SAX parse: turns events into a `TreeBuilder`'s nodes with exact ranges.
///
/// libxml2 reports what it parsed but not where. The session asks the parser
/// how far it has read when each event arrives and works back to the
/// construct's first byte in its own copy of the text.
final class XMLParseSession {
    struct OpenElement {
        var node: Int32
        /// The name as written in the start tag, `prefix:name` or `name`.
        var nameRange: ByteRange
        var startTag: ByteRange
        var isEmptyElement: Bool
    }

    /// A prefix and namespace URI as libxml2 hands them over: pointers into its dictionary of names, which
    /// holds each distinct string once for the whole parse, so equal pointers are equal strings.
    struct QualifierKey: Hashable {
        var prefix: UnsafePointer<xmlChar>?
        var namespaceURI: UnsafePointer<xmlChar>?
    }

    let source: SourceFile
    let bytes: UnsafeBufferPointer<UInt8>
    var builder: TreeBuilder
    var context: xmlParserCtxtPtr?
    var openElements: [OpenElement] = []
    /// End of the last markup (tag, comment, PI, CDATA); text runs from here to the next markup.
    var lastMarkupEnd = 0
    /// Text met since the last markup; libxml2 reports one run in several pieces.
    var pendingText: String?
    /// Whitespace met since the last markup while `pendingText` is nil.
    private var pendingLayout: [UInt8] = []
    /// The tree's qualifier index for each prefix and namespace met, so that neither is made a `String` and
    /// hashed again for every element and attribute.
    private var qualifiers: [QualifierKey: Int32] = [:]
    /// Problems met, in order. Reading stops at the first fatal one.
    private(set) var diagnostics: [Diagnostic] = []
    /// For each diagnostic, the element open when it was met (0 for none), to name it by document path.
    private(set) var diagnosticElements: [Int32] = []
    /// Set once a fatal problem is reported: nothing after it is trustworthy.
    var fatalReported = false
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    init(source: SourceFile, bytes: UnsafeBufferPointer<UInt8>, limits: DocumentLimits = .none) {
        self.source = source
        self.bytes = bytes
        self.builder = TreeBuilder(documentRange: ByteRange(0, bytes.count), limits: limits)
    }

    /// How many bytes libxml2 has read so far.
    var offset: Int {
        guard let input = context?.pointee.input, let cur = input.pointee.cur, let base = input.pointee.base else { return 0 }
        return min(bytes.count, Int(input.pointee.consumed) + (cur - base))
    }

    // MARK: Locating constructs

    /// Index of the last `<` before `offset`: in a well-formed tag no other `<` can occur.
    func tagStart(before offset: Int) -> Int {
        var index = min(offset, bytes.count) - 1
        while index > 0, bytes[index] != UInt8(ascii: "<") { index -= 1 }
        return max(index, 0)
    }

    /// Index of the last occurrence of `marker` that starts before `offset`, not before `floor`.
    func lastOccurrence(of marker: StaticString, before offset: Int, notBefore floor: Int = 0) -> Int {
        let count = marker.utf8CodeUnitCount
        let start = marker.utf8Start
        var index = min(offset, bytes.count) - count
        while index >= floor {
            var matches = true
            for k in 0..<count where bytes[index + k] != start[k] {
                matches = false
                break
            }
            if matches { return index }
            index -= 1
        }
        return max(floor, 0)
    }

    // MARK: Events

    /// `attributes` is libxml2's array of five pointers per attribute: local name, prefix, URI, value start, value end.
    func startElement(
        localName: String, prefix: UnsafePointer<xmlChar>?, namespaceURI: UnsafePointer<xmlChar>?,
        attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int, defaulted: Int
    ) {
        let start = tagStart(before: offset + 1)
        closeText(at: start)
        let tag = StartTagLexer.scan(bytes, from: start)
        let startTag = ByteRange.between(start, tag.end)
        let node = builder.append(
            .element, name: localName, range: startTag, nameRange: tag.nameRange, valueRange: startTag,
            qualifier: qualifier(prefix: prefix, namespaceURI: namespaceURI)
        )
        builder.push(node)
        if let attributes, count > 0 {
            let located = tag.attributes.filter { !$0.isNamespaceDeclaration }
            let written = count - defaulted
            for index in 0..<count {
                let base = index * 5
                let attributeName = XMLSAXCallbacks.string(attributes[base]) ?? ""
                let attributePrefix = attributes[base + 1]
                let qualified = attributePrefix.map { "\(String(cString: $0)):\(attributeName)" } ?? attributeName
                // libxml2 lists written attributes in document order, then defaults from the DOCTYPE.
                let match: StartTagLexer.Attribute? = if index < written, index < located.count, located[index].qualifiedName == qualified {
                    located[index]
                } else {
                    located.first { $0.qualifiedName == qualified }
                }
                builder.append(
                    .attribute, name: attributeName,
                    value: Self.attributeValue(from: attributes[base + 3], to: attributes[base + 4]),
                    range: match?.range ?? tag.nameRange, nameRange: match?.nameRange ?? tag.nameRange,
                    valueRange: match?.valueRange ?? tag.nameRange,
                    qualifier: qualifier(prefix: attributePrefix, namespaceURI: attributes[base + 2])
                )
            }
        }
        // A full tree ends the parse; XMLReader reports it (TL018) at the node refused.
        if builder.isFull, let context { xmlStopParser(context) }
        openElements.append(OpenElement(node: node, nameRange: tag.nameRange, startTag: startTag, isEmptyElement: tag.isEmptyElement))
        lastMarkupEnd = tag.end
    }

    private func qualifier(prefix: UnsafePointer<xmlChar>?, namespaceURI: UnsafePointer<xmlChar>?) -> Int32 {
        guard prefix != nil || namespaceURI != nil else { return -1 }
        let key = QualifierKey(prefix: prefix, namespaceURI: namespaceURI)
        if let index = qualifiers[key] { return index }
        let index = builder.qualifier(prefix: XMLSAXCallbacks.string(prefix), namespaceURI: XMLSAXCallbacks.string(namespaceURI))
        qualifiers[key] = index
        return index
    }

    /// An open element's name as its start tag writes it (the text is UTF-8, and the tag well formed).
    func qualifiedName(of element: OpenElement) -> String {
        String(decoding: bytes[element.nameRange.lowerBound..<element.nameRange.upperBound], as: UTF8.self)
    }

    private static func attributeValue(from start: UnsafePointer<xmlChar>?, to end: UnsafePointer<xmlChar>?) -> String {
        guard let start, let end, end > start else { return "" }
        let bytes = UnsafeBufferPointer(start: start, count: end - start)
        // Without entity substitution libxml2 hands back '&amp;' as '&#38;' so a tree can keep it; we want the text.
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        let marker = Array("&#38;".utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&"), index + marker.count <= bytes.count,
               bytes[index..<(index + marker.count)].elementsEqual(marker) {
                decoded.append(UInt8(ascii: "&"))
                index += marker.count
            } else {
                decoded.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    func endElement() {
        guard let element = openElements.popLast() else { return }
        let end: Int
        if element.isEmptyElement {
            end = element.startTag.upperBound
        } else {
            end = offset
            closeText(at: tagStart(before: end))
        }
        builder.pop(end: end)
        lastMarkupEnd = end
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>) {
        guard !openElements.isEmpty else { return }
        // Appending in place keeps a long text run delivered in many pieces linear.
        if pendingText != nil {
            pendingText!.append(String(decoding: text, as: UTF8.self))
            return
        }
        // Layout between tags is most of the text met: it is kept as bytes, and becomes a string only if
        // the run turns out to hold more than whitespace.
        guard !Self.isLayout(text) else {
            pendingLayout.append(contentsOf: text)
            return
        }
        pendingLayout.append(contentsOf: text)
        pendingText = String(decoding: pendingLayout, as: UTF8.self)
        pendingLayout.removeAll(keepingCapacity: true)
    }

    private static func isLayout(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        text.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    /// Ends the text run (if any) where the next markup starts. Whitespace-only runs are dropped:
    /// they are layout, and keeping them would double the size of a typical tree.
    func closeText(at markupStart: Int) {
        pendingLayout.removeAll(keepingCapacity: true)
        // A run becomes `pendingText` only once it holds more than layout, so it needs no second look.
        guard let text = pendingText else { return }
        pendingText = nil
        let range = ByteRange.between(min(lastMarkupEnd, markupStart), markupStart)
        builder.append(.text, value: text, range: range)
    }

    func cdata(_ text: String) {
        let end = offset
        let start = lastOccurrence(of: "<![CDATA[", before: end, notBefore: lastMarkupEnd)
        closeText(at: start)
        builder.append(.text, value: text, range: .between(start, end), valueRange: .between(min(start + 9, end), max(start + 9, end - 3)))
        lastMarkupEnd = max(start, end)
    }

    func comment(_ text: String) {
        let end = offset
        let start = lastOccurrence(of: "<!--", before: end)
        closeText(at: start)
        builder.append(.comment, value: text, range: .between(start, end), valueRange: .between(min(start + 4, end), max(start + 4, end - 3)))
        lastMarkupEnd = max(lastMarkupEnd, end)
    }

    func processingInstruction(target: String, data: String?) {
        let end = offset
        let start = processingInstructionStart(target: target, before: end)
        closeText(at: start)
        let nameEnd = min(start + 2 + target.utf8.count, end)
        builder.append(
            .processingInstruction, name: target, value: data ?? "",
            range: .between(start, end), nameRange: .between(min(start + 2, nameEnd), nameEnd)
        )
        lastMarkupEnd = max(lastMarkupEnd, end)
    }

    /// Where a processing instruction starts. Its data may itself contain `<?`, so the search runs forward
    /// from the end of the last markup: text between markup cannot hold a `<`, so the first `<?target`
    /// there is this one.
    private func processingInstructionStart(target: String, before end: Int) -> Int {
        let opening = [UInt8(ascii: "<"), UInt8(ascii: "?")] + Array(target.utf8)
        var index = min(lastMarkupEnd, end)
        while index + opening.count <= end {
            if bytes[index] == opening[0], opening.indices.allSatisfy({ bytes[index + $0] == opening[$0] }) {
                let next = index + opening.count < end ? bytes[index + opening.count] : UInt8(ascii: "?")
                if next == UInt8(ascii: "?") || next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D { return index }
            }
            index += 1
        }
        return lastOccurrence(of: "<?", before: end)
    }

    func record(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
        diagnosticElements.append(openElements.last?.node ?? 0)
    }

    func stop(with diagnostic: Diagnostic) {
        record(diagnostic)
        fatalReported = true
        if let context { xmlStopParser(context) }
    }
}

import CLibXML2

/// The state of one libxml2 SAX parse: turns events into a `TreeBuilder`'s nodes with exact ranges.
///
/// libxml2 reports what it parsed but not where. The session asks the parser
/// how far it has read when each event arrives and works back to the
/// construct's first byte in its own copy of the text.
final class XMLParseSession {
    struct OpenElement {
        var node: Int32
        var qualifiedName: String
        var startTag: ByteRange
        var isEmptyElement: Bool
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
    /// Problems met, in order. Reading stops at the first fatal one.
    var diagnostics: [Diagnostic] = []
    /// Set once a fatal problem is reported: nothing after it is trustworthy.
    var fatalReported = false
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    init(source: SourceFile, bytes: UnsafeBufferPointer<UInt8>) {
        self.source = source
        self.bytes = bytes
        self.builder = TreeBuilder(documentRange: ByteRange(0, bytes.count))
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

    func startElement(localName: String, prefix: String?, namespaceURI: String?, attributes: [(localName: String, prefix: String?, uri: String?, value: String)], defaulted: Int) {
        let start = tagStart(before: offset + 1)
        closeText(at: start)
        let tag = StartTagLexer.scan(bytes, from: start)
        let elementStart = start
        let node = builder.append(
            .element, name: localName, prefix: prefix, namespaceURI: namespaceURI,
            range: ByteRange(elementStart, tag.end), nameRange: tag.nameRange, valueRange: ByteRange(elementStart, tag.end)
        )
        builder.push(node)
        let located = tag.attributes.filter { !$0.isNamespaceDeclaration }
        let written = attributes.count - defaulted
        for (index, attribute) in attributes.enumerated() {
            let qualified = attribute.prefix.map { "\($0):\(attribute.localName)" } ?? attribute.localName
            // libxml2 lists written attributes in document order, then defaults from the DOCTYPE.
            let match: StartTagLexer.Attribute? = if index < written, index < located.count, located[index].qualifiedName == qualified {
                located[index]
            } else {
                located.first { $0.qualifiedName == qualified }
            }
            builder.append(
                .attribute, name: attribute.localName, prefix: attribute.prefix, namespaceURI: attribute.uri,
                value: attribute.value,
                range: match?.range ?? tag.nameRange, nameRange: match?.nameRange ?? tag.nameRange,
                valueRange: match?.valueRange ?? tag.nameRange
            )
        }
        let qualifiedName = prefix.map { "\($0):\(localName)" } ?? localName
        openElements.append(OpenElement(node: node, qualifiedName: qualifiedName, startTag: ByteRange(elementStart, tag.end), isEmptyElement: tag.isEmptyElement))
        lastMarkupEnd = tag.end
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

    func characters(_ text: String) {
        guard !openElements.isEmpty else { return }
        pendingText = (pendingText ?? "") + text
    }

    /// Ends the text run (if any) where the next markup starts. Whitespace-only runs are dropped:
    /// they are layout, and keeping them would double the size of a typical tree.
    func closeText(at markupStart: Int) {
        guard let text = pendingText else { return }
        pendingText = nil
        guard !text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return }
        let range = ByteRange(min(lastMarkupEnd, markupStart), markupStart)
        builder.append(.text, value: text, range: range)
    }

    func cdata(_ text: String) {
        let end = offset
        let start = lastOccurrence(of: "<![CDATA[", before: end, notBefore: lastMarkupEnd)
        closeText(at: start)
        builder.append(.text, value: text, range: ByteRange(start, end), valueRange: ByteRange(min(start + 9, end), max(start + 9, end - 3)))
        lastMarkupEnd = end
    }

    func comment(_ text: String) {
        let end = offset
        let start = lastOccurrence(of: "<!--", before: end)
        closeText(at: start)
        builder.append(.comment, value: text, range: ByteRange(start, end), valueRange: ByteRange(min(start + 4, end), max(start + 4, end - 3)))
        lastMarkupEnd = max(lastMarkupEnd, end)
    }

    func processingInstruction(target: String, data: String?) {
        let end = offset
        let start = lastOccurrence(of: "<?", before: end)
        closeText(at: start)
        let nameEnd = min(start + 2 + target.utf8.count, end)
        builder.append(
            .processingInstruction, name: target, value: data ?? "",
            range: ByteRange(start, end), nameRange: ByteRange(min(start + 2, nameEnd), nameEnd)
        )
        lastMarkupEnd = max(lastMarkupEnd, end)
    }

    func stop(with diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
        fatalReported = true
        if let context { xmlStopParser(context) }
    }
}

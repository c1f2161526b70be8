import CLibXML2

/// Reads XML with libxml2 into a `LocatedTree`, safely.
///
/// Safe by construction: the network is off, no DTD is loaded, and a document
/// that declares an entity is refused at the declaration, so neither an
/// external entity (`file:///etc/passwd`) nor an expanding one ("billion
/// laughs") is ever expanded. Every external load is refused as well.
public struct XMLReader: Sendable {
    /// The byte and node limits of one document; only `maximumBytes` and `maximumNodes` concern the reader.
    public var limits: DocumentLimits

    public init(limits: DocumentLimits = DocumentLimits()) {
        self.limits = limits
    }

    public func read(_ file: SourceFile) -> ReadResult {
        if file.bytes.count > limits.maximumBytes {
            return ReadResult(diagnostics: [limits.tooManyBytes(file.bytes.count, at: .wholeFile(file.path))], documentCount: 1)
        }
        let source: SourceFile
        switch XMLEncoding.toUTF8(file) {
        case .utf8(let converted):
            source = converted
        case .problem(let message, let range, let help):
            let diagnostic = Diagnostic(ReaderRule.xmlWellFormed, .error, message, at: file.location(of: range), help: [help])
            return ReadResult(diagnostics: [diagnostic], documentCount: 1)
        }
        if isBlank(source.bytes) {
            let diagnostic = Diagnostic(
                ReaderRule.xmlWellFormed, .error, "the file is empty: expected an XML document",
                at: source.location(of: .at(source.hasByteOrderMark ? 3 : 0)),
                help: ["write the tender specification, or remove the file from the linted paths"]
            )
            return ReadResult(diagnostics: [diagnostic], documentCount: 1)
        }
        guard source.bytes.count < Int(Int32.max) else {
            let diagnostic = Diagnostic(ReaderRule.xmlWellFormed, .error, "the file is larger than 2 GB, the most libxml2 reads in one piece", at: .wholeFile(source.path))
            return ReadResult(diagnostics: [diagnostic], documentCount: 1)
        }
        return source.bytes.withUnsafeBufferPointer { buffer in
            parse(source, buffer)
        }
    }

    private func isBlank(_ bytes: [UInt8]) -> Bool {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        return body.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    private func parse(_ source: SourceFile, _ buffer: UnsafeBufferPointer<UInt8>) -> ReadResult {
        if let crowded = XMLAttributeScan.firstCrowdedTag(in: buffer, limit: DocumentLimits.maximumAttributesPerElement) {
            let diagnostic = limits.tooManyAttributes(crowded.count, at: source.location(of: ByteRange(crowded.start, crowded.nameEnd)))
            return ReadResult(diagnostics: [diagnostic], documentCount: 1)
        }
        XMLReader.configureLibXML2
        let session = XMLParseSession(source: source, bytes: buffer, limits: limits)
        let base = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
        guard let context = xmlCreateMemoryParserCtxt(base, Int32(buffer.count)) else {
            let diagnostic = Diagnostic(ReaderRule.xmlWellFormed, .error, "libxml2 could not start a parser (out of memory?)", at: .wholeFile(source.path))
            return ReadResult(diagnostics: [diagnostic], documentCount: 1)
        }
        defer {
            // libxml2 makes a document to hold the declarations of an internal subset even for a SAX parse,
            // and leaves it to the caller.
            if let document = context.pointee.myDoc { xmlFreeDoc(document) }
            context.pointee.myDoc = nil
            xmlFreeParserCtxt(context)
        }
        session.context = context
        context.pointee.sax.pointee = XMLSAXCallbacks.makeHandler()
        let retained = Unmanaged.passRetained(session)
        defer { retained.release() }
        context.pointee.userData = retained.toOpaque()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        xmlCtxtUseOptions(context, options)
        xmlParseDocument(context)
        session.context = nil

        // The tree is finished even after an error, so diagnostics can name the element by its path.
        let tree = session.builder.finish(source: source, format: .xml, range: ByteRange(0, buffer.count))
        var diagnostics = session.diagnostics
        for (index, element) in session.diagnosticElements.enumerated() where element > 0 {
            diagnostics[index] = diagnostics[index].identified(by: Node(tree: tree, index: Int(element)))
        }
        if let refused = session.builder.refusedNode {
            // Reading stopped at the node limit: what was read is not the document, so nothing is checked.
            diagnostics.append(limits.tooManyNodes(at: source.location(of: refused)))
            return ReadResult(diagnostics: diagnostics, documentCount: 1)
        }
        if session.hasErrors {
            return ReadResult(diagnostics: diagnostics, documentCount: 1)
        }
        return ReadResult(documents: [tree], diagnostics: diagnostics, documentCount: 1)
    }

    /// Process-wide libxml2 set-up, done once: initialise, and refuse every external load.
    private static let configureLibXML2: Void = {
        xmlInitParser()
        xmlSetExternalEntityLoader { _, _, _ in nil }
    }()
}

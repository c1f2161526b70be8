import CLibXML2

/// The C callbacks libxml2 calls while parsing; each hands its event to the `XMLParseSession`.
enum XMLSAXCallbacks {
    static func makeHandler() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = XML_SAX2_MAGIC
        handler.startElementNs = { context, localName, prefix, uri, _, _, attributeCount, defaultedCount, attributes in
            XMLSAXCallbacks.session(context).startElement(
                localName: XMLSAXCallbacks.string(localName) ?? "", prefix: XMLSAXCallbacks.string(prefix),
                namespaceURI: XMLSAXCallbacks.string(uri),
                attributes: attributes, count: Int(attributeCount), defaulted: Int(defaultedCount)
            )
        }
        handler.endElementNs = { context, _, _, _ in
            XMLSAXCallbacks.session(context).endElement()
        }
        let characters: charactersSAXFunc = { context, text, length in
            guard let text, length > 0 else { return }
            XMLSAXCallbacks.session(context).characters(String(decoding: UnsafeBufferPointer(start: text, count: Int(length)), as: UTF8.self))
        }
        handler.characters = characters
        handler.ignorableWhitespace = characters
        handler.cdataBlock = { context, text, length in
            let value = text.map { String(decoding: UnsafeBufferPointer(start: $0, count: Int(length)), as: UTF8.self) } ?? ""
            XMLSAXCallbacks.session(context).cdata(value)
        }
        handler.comment = { context, text in
            XMLSAXCallbacks.session(context).comment(XMLSAXCallbacks.string(text) ?? "")
        }
        handler.processingInstruction = { context, target, data in
            XMLSAXCallbacks.session(context).processingInstruction(target: XMLSAXCallbacks.string(target) ?? "", data: XMLSAXCallbacks.string(data))
        }
        // Only the five predefined entities exist; everything else is undefined.
        handler.getEntity = { _, name in
            xmlGetPredefinedEntity(name)
        }
        handler.entityDecl = { context, name, _, _, _, _ in
            XMLSAXCallbacks.refuseEntityDeclaration(XMLSAXCallbacks.session(context), name: XMLSAXCallbacks.string(name) ?? "")
        }
        handler.serror = { context, error in
            guard let error else { return }
            XMLSAXCallbacks.session(context).report(error.pointee)
        }
        return handler
    }

    static func session(_ context: UnsafeMutableRawPointer?) -> XMLParseSession {
        Unmanaged<XMLParseSession>.fromOpaque(context!).takeUnretainedValue()
    }

    static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func refuseEntityDeclaration(_ session: XMLParseSession, name: String) {
        let end = session.offset
        let start = session.lastOccurrence(of: "<!ENTITY", before: end)
        let diagnostic = Diagnostic(
            ReaderRule.xmlWellFormed, .error,
            "this document declares the entity '\(name)'; tenderlint does not read entity declarations",
            at: session.source.location(of: ByteRange(start, max(start, end))),
            notes: ["entities can pull in local files or the network, or grow without limit (\"billion laughs\"), so tenderlint stops reading here"],
            help: ["remove the entity declarations and write the text out in full; &amp; &lt; &gt; &quot; &apos; and character references such as &#163; still work"]
        )
        session.stop(with: diagnostic)
    }
}

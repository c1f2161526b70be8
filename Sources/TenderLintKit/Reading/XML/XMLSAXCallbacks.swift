import CLibXML2

/// The C callbacks libxml2 calls while parsing; each hands its event to the `XMLParseSession`.
enum XMLSAXCallbacks {
    static func makeHandler() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = XML_SAX2_MAGIC
        handler.startElementNs = { context, localName, prefix, uri, _, _, attributeCount, defaultedCount, attributes in
            XMLSAXCallbacks.session(context).startElement(
                localName: XMLSAXCallbacks.string(localName) ?? "", prefix: prefix, namespaceURI: uri,
                attributes: attributes, count: Int(attributeCount), defaulted: Int(defaultedCount)
            )
        }
        handler.endElementNs = { context, _, _, _ in
            XMLSAXCallbacks.session(context).endElement()
        }
        let characters: charactersSAXFunc = { context, text, length in
            guard let text, length > 0 else { return }
            XMLSAXCallbacks.session(context).characters(UnsafeBufferPointer(start: text, count: Int(length)))
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
        handler.attributeDecl = { context, element, attribute, _, _, defaultValue, enumeration in
            // The handler owns the enumeration of allowed values libxml2 hands over.
            if let enumeration { xmlFreeEnumeration(enumeration) }
            guard defaultValue != nil else { return }
            XMLSAXCallbacks.refuseAttributeDefault(
                XMLSAXCallbacks.session(context),
                element: XMLSAXCallbacks.string(element) ?? "", attribute: XMLSAXCallbacks.string(attribute) ?? ""
            )
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
        refuse(
            "<!ENTITY", in: session,
            "this document declares the entity '\(name)'; tenderlint does not read entity declarations",
            note: "entities can pull in local files or the network, or grow without limit (\"billion laughs\"), so tenderlint stops reading here",
            help: "remove the entity declarations and write the text out in full; &amp; &lt; &gt; &quot; &apos; and character references such as &#163; still work"
        )
    }

    /// A default in an `<!ATTLIST>` declaration adds attributes the tender never shows: a weight, a kind,
    /// even the namespace could come from a declaration nobody reads, so it is refused like an entity.
    private static func refuseAttributeDefault(_ session: XMLParseSession, element: String, attribute: String) {
        refuse(
            "<!ATTLIST", in: session,
            "this document declares a default value for the attribute '\(attribute)' of <\(element)>; tenderlint does not read attribute declarations",
            note: "a declared default would add an attribute the document's text does not show, so a weight, a kind or a namespace could be decided by a declaration nobody reads; tenderlint stops reading here",
            help: "remove the <!ATTLIST> declaration and write the attribute on the elements that need it"
        )
    }

    /// Stops the parse at the declaration just read, which starts with `keyword`.
    private static func refuse(_ keyword: StaticString, in session: XMLParseSession, _ message: String, note: String, help: String) {
        let end = session.offset
        let start = session.lastOccurrence(of: keyword, before: end)
        session.stop(with: Diagnostic(
            ReaderRule.xmlWellFormed, .error, message,
            at: session.source.location(of: .between(start, end)), notes: [note], help: [help]
        ))
    }
}

import CLibXML2
import Foundation

/// Turns libxml2's errors into diagnostics a buyer can act on, at exact positions.
extension XMLParseSession {
    /// After this many errors in one document, stop: the rest is noise.
    static let errorLimit = 20

    func report(_ error: xmlError) {
        let code = Int(error.code)
        guard code != Int(XML_ERR_USER_STOP.rawValue) else { return }
        // libxml2 keeps reporting after xmlStopParser in a few paths; the first fatal error is the one that counts.
        guard !fatalReported else { return }
        let severity: Severity = error.level == XML_ERR_WARNING ? .warning : .error
        record(translate(error, code: code, severity: severity))
        if error.level == XML_ERR_FATAL {
            fatalReported = true
            if let context { xmlStopParser(context) }
        } else if diagnostics.count >= Self.errorLimit, let context {
            xmlStopParser(context)
        }
    }

    private func translate(_ error: xmlError, code: Int, severity: Severity) -> Diagnostic {
        let here = offset
        let rule = ReaderRule.xmlWellFormed
        switch code {
        case Int(XML_ERR_TAG_NAME_MISMATCH.rawValue):
            return mismatchedEndTag(endingAt: here)
        case Int(XML_ERR_TAG_NOT_FINISHED.rawValue):
            return unclosedElement()
        case Int(XML_ERR_DOCUMENT_END.rawValue):
            return Diagnostic(
                rule, severity, "unexpected content after the end of the document element",
                at: source.location(of: .between(here, min(here + 1, bytes.count))),
                help: ["an XML document has exactly one outermost element; move this inside it or delete it"]
            )
        case Int(XML_ERR_UNDECLARED_ENTITY.rawValue), Int(XML_WAR_UNDECLARED_ENTITY.rawValue):
            let start = lastOccurrence(of: "&", before: here)
            let name = XMLSAXCallbacks.string(error.str1.map { UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self) }) ?? "?"
            return Diagnostic(
                rule, .error, "the entity '&\(name);' is not defined",
                at: source.location(of: ByteRange(start, max(start, here))),
                help: ["XML defines only &amp; &lt; &gt; &quot; and &apos;; write the character itself or a character reference such as &#163;"]
            )
        default:
            break
        }
        let message = Self.plainMessage(error)
        if message.hasPrefix("xmlParseCharRef") {
            let start = lastOccurrence(of: "&#", before: here)
            return Diagnostic(
                rule, .error, "this character reference names a character XML does not allow",
                at: source.location(of: .between(start, here)),
                notes: ["XML allows tab, line feed, carriage return and the characters from &#x20; up, except the surrogates &#xD800;–&#xDFFF; and &#xFFFE; &#xFFFF;, up to &#x10FFFF;"],
                help: ["delete the reference, or write the character it was meant to be"]
            )
        }
        if message.hasPrefix("excessive depth in document") {
            return Diagnostic(
                rule, .error, "elements are nested more than 256 levels deep; tenderlint stops reading here",
                at: source.location(of: .between(tagStart(before: here + 1), here)),
                notes: ["no tender needs this depth; it is the shape of a document built to exhaust a parser"]
            )
        }
        let end = min(here + 1, bytes.count)
        return Diagnostic(rule, severity, message, at: source.location(of: ByteRange(min(here, end), end)))
    }

    private func mismatchedEndTag(endingAt end: Int) -> Diagnostic {
        let start = tagStart(before: end)
        var nameStart = min(start + 2, end)
        var nameEnd = nameStart
        while nameEnd < end, ![UInt8(ascii: ">"), 0x20, 0x09, 0x0A, 0x0D].contains(bytes[nameEnd]) { nameEnd += 1 }
        if nameStart > nameEnd { nameStart = nameEnd }
        let written = source.text(in: ByteRange(nameStart, nameEnd))
        guard let open = openElements.last else {
            return Diagnostic(ReaderRule.xmlWellFormed, .error, "end tag </\(written)> has no matching start tag", at: source.location(of: .between(start, end)))
        }
        return Diagnostic(
            ReaderRule.xmlWellFormed, .error,
            "end tag </\(written)> does not match the start tag <\(qualifiedName(of: open))>",
            at: source.location(of: .between(start, end)),
            label: "expected </\(qualifiedName(of: open))>",
            secondary: [Diagnostic.Label("<\(qualifiedName(of: open))> starts here", at: source.location(of: open.startTag))],
            help: ["close <\(qualifiedName(of: open))> before this point, or correct the name of this end tag"],
            fixIts: [Diagnostic.FixIt(
                "rename the end tag to </\(qualifiedName(of: open))>",
                .unsafe(because: "the start tag may be the misspelt one, or an element left unclosed"),
                replacing: source.location(of: ByteRange(nameStart, nameEnd)), with: qualifiedName(of: open)
            )]
        )
    }

    private func unclosedElement() -> Diagnostic {
        let end = bytes.count
        guard let open = openElements.last else {
            return Diagnostic(ReaderRule.xmlWellFormed, .error, "the file ends in the middle of the document", at: source.location(of: .at(end)))
        }
        let names = openElements.reversed().map { "</\(qualifiedName(of: $0))>" }.joined(separator: " ")
        return Diagnostic(
            ReaderRule.xmlWellFormed, .error,
            "the file ends before <\(qualifiedName(of: open))> is closed",
            at: source.location(of: .at(end)),
            secondary: [Diagnostic.Label("<\(qualifiedName(of: open))> starts here", at: source.location(of: open.startTag))],
            notes: ["the file may have been cut short when it was saved or copied"],
            help: ["the document still needs \(names)"]
        )
    }

    /// libxml2's message, trimmed and without its capital letter, so it reads like the other diagnostics.
    static func plainMessage(_ error: xmlError) -> String {
        var message = error.message.map { String(cString: $0) } ?? "the document is not well-formed XML"
        message = message.trimmingCharacters(in: .whitespacesAndNewlines)
        if let first = message.first, first.isUppercase, !(message.dropFirst().first?.isUppercase ?? false) {
            message = first.lowercased() + message.dropFirst()
        }
        return message
    }
}

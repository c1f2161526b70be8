import Testing
import TenderLintKit

/// What the JSON reader's suites share: reading a text or bytes, and the one diagnostic of a document that must not read.
protocol JSONReaderTesting {}

extension JSONReaderTesting {
    func source(_ text: String) -> SourceFile { SourceFile(path: "tender.json", text: text) }

    func read(_ text: String, maximumDepth: Int = JSONReader.defaultMaximumDepth) -> ReadResult {
        JSONReader(maximumDepth: maximumDepth).read(source(text))
    }

    func read(bytes: [UInt8]) -> ReadResult {
        JSONReader().read(SourceFile(path: "tender.json", bytes: bytes))
    }

    /// The root of a document that must read without any diagnostic.
    func readRoot(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Node? {
        let result = read(text)
        #expect(result.diagnostics.isEmpty, "unexpected: \(result.diagnostics.map(\.message))", sourceLocation: sourceLocation)
        #expect(result.documents.count == 1, sourceLocation: sourceLocation)
        return result.documents.first?.root
    }

    /// The one diagnostic of a document that must not read; also checks that no tree comes back.
    func failure(_ result: ReadResult, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
        #expect(result.diagnostics.count == 1, "diagnostics: \(result.diagnostics.map(\.message))", sourceLocation: sourceLocation)
        #expect(result.documents.isEmpty, sourceLocation: sourceLocation)
        #expect(result.documentCount == 1, sourceLocation: sourceLocation)
        guard let diagnostic = result.diagnostics.first else { return nil }
        #expect(diagnostic.rule == ReaderRule.jsonWellFormed, sourceLocation: sourceLocation)
        #expect(diagnostic.severity == .error, sourceLocation: sourceLocation)
        return diagnostic
    }

    func failure(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
        failure(read(text), sourceLocation: sourceLocation)
    }

    /// Every character of a message can be shown on a terminal: no raw control characters.
    func isPrintable(_ message: String) -> Bool {
        message.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value) && $0 != "\u{FFFD}" }
    }
}

extension Node {
    /// `line:column` where the node's value starts.
    var start: String { location.start.description }
    /// `line:column` where the node's key starts, with its quote.
    var keyStart: String? { nameRange.map { tree.source.position(at: $0.lowerBound).description } }
    var sourceText: String { tree.source.text(in: range) }
    func child(_ path: String...) -> Node? {
        var node: Node? = self
        for step in path {
            if let index = Int(step) { node = node?.children.first { $0.arrayIndex == index } } else { node = node?[key: step] }
        }
        return node
    }
}

extension Diagnostic {
    /// `line:column` of the primary location.
    var at: String { location.start.description }
}

extension DocumentKind {
    /// The kind of a document held in memory (standard input, an upload): by its name's extension, else by its
    /// content: `<` starts XML; otherwise JSON, or JSON Lines when the first line is a whole JSON value and more
    /// follows (which no JSON document can be).
    init(of bytes: [UInt8], named name: String?, limits: DocumentLimits) {
        if let name, let kind = DocumentKind(path: name) {
            self = kind
            return
        }
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        guard start < bytes.count else { self = .json; return }
        if bytes[start] == UInt8(ascii: "<") { self = .xml; return }
        guard let end = bytes[start...].firstIndex(of: 0x0A),
              bytes[end...].contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { self = .json; return }
        let firstLine = SourceFile(path: name ?? StandardInput.argument, bytes: Array(bytes[..<end]))
        let read = JSONReader(limits: limits).read(firstLine)
        self = read.documents.count == 1 && !read.diagnostics.contains { $0.severity == .error } ? .jsonLines : .json
    }
}

/// One document of a run as the report shows it: its findings and the digests of the tenders it holds. A JSON
/// Lines file is a document per line; any other file is one document.
struct HTMLDocumentGroup {
    var path: String
    /// The line a JSON Lines document is on; nil for a whole file.
    var line: Int?
    var diagnostics: [Diagnostic] = []
    var digests: [TenderDigest] = []

    var displayPath: String { line.map { "\(path), line \($0)" } ?? path }
    var counts: SeverityCounts { SeverityCounts(diagnostics) }
    var passes: Bool { !diagnostics.contains { $0.severity == .error } }

    /// The documents of a run in path order (and line order within a JSON Lines file), findings in presentation order.
    static func group(_ diagnostics: [Diagnostic], digests: [TenderDigest]) -> [HTMLDocumentGroup] {
        var groups: [Key: HTMLDocumentGroup] = [:]
        func key(path: String, line: Int?) -> Key {
            Key(path: path, line: DocumentKind(path: path) == .jsonLines ? line : nil)
        }
        for digest in digests {
            let key = key(path: digest.path, line: digest.line)
            groups[key, default: HTMLDocumentGroup(path: key.path, line: key.line)].digests.append(digest)
        }
        for diagnostic in diagnostics {
            // A finding about the file as a whole has no source lines to quote.
            let line = diagnostic.location.excerpt.lines.isEmpty ? nil : diagnostic.location.start.line
            let key = key(path: diagnostic.path, line: line)
            groups[key, default: HTMLDocumentGroup(path: key.path, line: key.line)].diagnostics.append(diagnostic)
        }
        return groups.sorted { $0.key < $1.key }.map(\.value)
    }

    struct Key: Hashable, Comparable {
        var path: String
        var line: Int?

        static func < (lhs: Key, rhs: Key) -> Bool {
            lhs.path != rhs.path ? lhs.path < rhs.path : (lhs.line ?? 0) < (rhs.line ?? 0)
        }
    }
}

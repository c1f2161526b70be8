import Foundation

/// A configuration's severity limited to a document path (`pointer:` or `path:`) that names nothing in the
/// document it is applied to would change nothing, without a word: a misspelt or stale pointer then looks
/// like a working exception. Each is reported as TL010 (unused-suppression, the check that says an exception
/// applied to nothing) at the pointer's line in the configuration.
enum UnmatchedDocumentPaths {
    /// The warnings for `settings`' document paths that name nothing in `tree`. A path to a missing member of
    /// a node the document has is accepted, since a missing-field finding points there (as in sidecars).
    static func diagnostics(_ settings: FileSettings, in tree: LocatedTree) -> [Diagnostic] {
        guard !settings.scopedSeverities.isEmpty else { return [] }
        let paths = tree.allNodes.map(\.path)
        var reported: Set<ConfigurationOrigin> = []
        var diagnostics: [Diagnostic] = []
        for scoped in settings.scopedSeverities where !reported.contains(scoped.scope.origin) {
            let scope = scoped.scope.value
            guard !names(scope, among: paths) else { continue }
            reported.insert(scoped.scope.origin)
            diagnostics.append(diagnostic(for: scoped, in: tree, file: settings.file))
        }
        return diagnostics
    }

    private static func names(_ scope: DocumentPathScope, among paths: [String]) -> Bool {
        if paths.contains(where: scope.contains) { return true }
        guard let slash = scope.prefix.lastIndex(of: "/"), slash != scope.prefix.startIndex else { return true }
        let parent = DocumentPathScope(scope.kind, String(scope.prefix[..<slash]))
        return paths.contains(where: parent.contains)
    }

    private static func diagnostic(for scoped: FileSettings.ScopedSeverity, in tree: LocatedTree, file: String) -> Diagnostic {
        let scope = scoped.scope.value
        var message = "the \(scope.kind.rawValue) \(scope.prefix) that sets \(scoped.ruleID)'s severity names nothing in \(file), so it changes nothing there"
        var fixIts: [Diagnostic.FixIt] = []
        let origin = scoped.scope.origin
        let source = try? SourceFile.read(path: origin.path)
        let range = source.flatMap { source in valueRange(of: scope.prefix, onLine: origin.line, in: source) }
        if !scope.prefix.contains("*"), let missing = SidecarReader.firstMissing(scope.prefix, in: tree) {
            var segments = scope.prefix.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
            if let nearest = Spelling.nearest(to: segments[missing.index], among: Set(missing.candidates)) {
                segments[missing.index] = nearest
                let fixed = "/" + segments.joined(separator: "/")
                message += "; did you mean '\(fixed)'?"
                if let source, let range { fixIts = [Diagnostic.FixIt("write '\(fixed)'", .safe, replacing: source.location(of: range), with: fixed)] }
            }
        }
        let location = source.map { source in source.location(of: range ?? source.contentRange(ofLine: origin.line)) }
            ?? SourceLocation(path: origin.path, start: SourcePosition(line: origin.line, column: origin.column, offset: 0),
                              end: SourcePosition(line: origin.line, column: origin.column, offset: 0), excerpt: SourceExcerpt(lines: []))
        return Diagnostic(
            SuppressionRule.unused, .warning, message, at: location, label: "not in the document",
            notes: ["document paths are written as tenderlint prints them in diagnostics (the json and sarif reports give each finding's): JSON Pointer for JSON, indexed XPath for XML"],
            fixIts: fixIts
        )
    }

    /// The pointer's text on its line in the configuration, for the caret.
    private static func valueRange(of prefix: String, onLine line: Int, in source: SourceFile) -> ByteRange? {
        guard line >= source.firstLine, line <= source.lastLine else { return nil }
        let lineRange = source.contentRange(ofLine: line)
        let text = source.text(in: lineRange)
        guard let found = text.range(of: prefix) else { return nil }
        let start = lineRange.lowerBound + text.utf8.distance(from: text.startIndex, to: found.lowerBound)
        return ByteRange(start, start + prefix.utf8.count)
    }
}

import Foundation

extension Linter {
    /// Lints the document on standard input, as the file it is named after would be linted: read whole up to
    /// the document-size limit (TL018 past it), its kind from its name or its content.
    func lint(_ input: StandardInput, settings: FileSettings?) throws(PathError) -> LintReport {
        switch try input.read(limit: limits.maximumBytes) {
        case .tooLarge(let size):
            let refused = [limits.tooManyBytes(size, at: .wholeFile(input.displayName))]
            return LintReport(diagnostics: settings?.applying(to: refused) ?? refused, documentCount: 1, fileCount: 1)
        case .bytes(let bytes):
            return lint(SourceFile(path: input.displayName, bytes: bytes), kind: input.kind(of: bytes, limits: limits), settings: settings)
        }
    }
}

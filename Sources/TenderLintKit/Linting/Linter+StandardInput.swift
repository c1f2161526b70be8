import Foundation

extension Linter {
    /// Lints the document on standard input, as the file it is named after would be linted: read whole up to
    /// the document-size limit (TL018 past it), its kind from its name or its content.
    func lint(_ input: StandardInput, settings: FileSettings?) throws(PathError) -> LintReport {
        switch try input.read(limit: limits.maximumBytes) {
        case .tooLarge(let size): refused(size: size, named: input.displayName, settings: settings)
        case .bytes(let bytes): lint(inMemory: bytes, named: input.displayName, kindName: input.name, settings: settings)
        }
    }

    /// A document held in memory, its kind from `kindName`'s extension, else from its content.
    func lint(inMemory bytes: [UInt8], named name: String, kindName: String?, settings: FileSettings?) -> LintReport {
        lint(SourceFile(path: name, bytes: bytes, detail: locationDetail), kind: DocumentKind(of: bytes, named: kindName, limits: limits), settings: settings)
    }

    /// A document past the size limit: one TL018, at the level the file's configuration gives it.
    func refused(size: Int, named name: String, settings: FileSettings?) -> LintReport {
        let refused = [limits.tooManyBytes(size, at: .wholeFile(name))]
        return LintReport(diagnostics: settings?.applying(to: refused) ?? refused, documentCount: 1, fileCount: 1)
    }
}

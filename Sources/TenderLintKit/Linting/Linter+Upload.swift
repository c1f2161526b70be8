import Foundation

extension Linter {
    /// Lints a document that arrived in memory (an upload to `tenderlint serve`) as the file it is named after
    /// would be linted: that file's configuration (found from `name`, or `--config`) and the command line's
    /// rule selection, its kind from the name's extension, else from the content, as standard input's is;
    /// past the document-size limit it is TL018. Throws when the configuration is invalid.
    public func lint(bytes: [UInt8], named name: String) throws(ConfigurationError) -> LintReport {
        let settings = try settings(for: name)
        let linter = try configured(by: settings)
        guard bytes.count <= linter.limits.maximumBytes else { return linter.refused(size: bytes.count, named: name, settings: settings) }
        return linter.lint(inMemory: bytes, named: name, kindName: name, settings: settings)
    }
}

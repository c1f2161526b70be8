extension DocumentFixer {
    /// The fixer for the file at `path`, linting each version of it as a normal run would: the file's
    /// configuration, catalogues and suppressions applied. Throws `ConfigurationError` for an invalid
    /// configuration.
    public init(request: FixRequest, linter: Linter, path: String) throws {
        let settings = try linter.settings(for: path)
        let configured = try linter.configured(by: settings)
        self.init(request: request) { configured.lint($0, settings: settings).diagnostics }
    }
}

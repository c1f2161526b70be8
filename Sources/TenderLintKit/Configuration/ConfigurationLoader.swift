import Foundation

/// Reads one `.tenderlint.yml` and checks every key and value, reporting each problem (TL012) at its line
/// and column with a did-you-mean where one is close. `extends` are checked to exist, not followed: that
/// is `ConfigurationResolver`'s job.
public struct ConfigurationLoader: Sendable {
    public var knownRules: KnownRules
    /// Paths in diagnostics and provenance are shown relative to it.
    public var workingDirectory: String

    public init(knownRules: KnownRules, workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.knownRules = knownRules
        self.workingDirectory = ConfigurationPaths.standardise(workingDirectory)
    }

    /// The keys a configuration's top level may have.
    public static let topLevelKeys = ["profile", "extends", "as-of", "policies", "rules", "catalogues", "overrides", "vocabulary", "limits",
                                       "exclude", "extend-exclude"]
    /// The keys an entry of `overrides` may have.
    public static let overrideKeys = ["files", "profile", "as-of", "policies", "rules"]
    /// The keys a rule's map may have besides its parameters.
    public static let ruleKeys = ["severity", "pointer", "path", "reason"]

    /// Reads and checks a file.
    public func load(path: String) throws(ConfigurationError) -> Configuration {
        let absolute = ConfigurationPaths.absolute(path, base: workingDirectory)
        let display = path.hasPrefix("/") ? ConfigurationPaths.display(absolute, workingDirectory: workingDirectory) : path
        let source: SourceFile
        do {
            source = try SourceFile.read(path: absolute)
        } catch {
            throw ConfigurationError(path: display, message: "the configuration file cannot be read: \(error.reason)")
        }
        return try load(SourceFile(path: display, bytes: source.bytes), absolutePath: absolute)
    }

    /// Checks a file already in memory; `absolutePath` (by default the source's path made absolute) is what
    /// relative paths in it are relative to.
    public func load(_ source: SourceFile, absolutePath: String? = nil) throws(ConfigurationError) -> Configuration {
        let absolute = absolutePath.map(ConfigurationPaths.standardise) ?? ConfigurationPaths.absolute(source.path, base: workingDirectory)
        var decoder = ConfigurationDecoder(source: source, absolutePath: absolute, known: knownRules, workingDirectory: workingDirectory)
        let root: Node
        switch YAMLReader().read(source, as: "a configuration file") {
        case .failure(let error):
            throw ConfigurationError([error.diagnostic(ConfigurationRule.invalidConfiguration, in: source)])
        case .success(let tree):
            guard let node = tree?.root else { return Configuration(path: source.path, absolutePath: absolute) }
            root = node
        }
        let configuration = decoder.decode(root)
        guard decoder.diagnostics.isEmpty else { throw ConfigurationError(decoder.diagnostics) }
        return configuration
    }
}

// MARK: - Did-you-mean

enum ConfigurationSpelling {
    /// The candidate a word was probably meant to be: a small edit away, or the only one it starts (or is a
    /// start of). Case and `_`/`-` are ignored.
    static func suggestion(for word: String, among candidates: [String]) -> String? {
        let normalised = word.replacingOccurrences(of: "_", with: "-")
        if let close = EditDistance.suggestions(for: normalised, among: candidates).first { return close }
        let lowered = normalised.lowercased()
        guard lowered.count >= 3 else { return nil }
        let prefixed = candidates.filter { $0.lowercased().hasPrefix(lowered) || lowered.hasPrefix($0.lowercased()) }
        if prefixed.count == 1 { return prefixed[0] }
        // The same first word: `central-govt` for `central-government`.
        let firstWord = lowered.split(whereSeparator: { $0 == "-" }).first.map(String.init) ?? lowered
        guard firstWord.count >= 3, firstWord != lowered else { return nil }
        let sameStart = candidates.filter { $0.lowercased().split(separator: "-").first.map(String.init) == firstWord }
        return sameStart.count == 1 ? sameStart[0] : nil
    }

    /// A severity as other tools write it: `warn`, `0`, `false`, `disabled`.
    static func severity(for word: String) -> RuleSeverity? {
        switch word.lowercased() {
        case "0", "false", "no", "none", "disable", "disabled", "ignore", "ignored", "silent": .off
        case "1", "warn", "warnings": .warning
        case "2", "err", "errors", "fatal", "fail": .error
        case "information", "note", "notice", "hint": .info
        default: suggestion(for: word, among: RuleSeverity.allCases.map(\.rawValue)).flatMap(RuleSeverity.init(rawValue:))
        }
    }
}

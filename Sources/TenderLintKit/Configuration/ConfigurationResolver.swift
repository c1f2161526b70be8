import Foundation

/// Finds the configuration for each document and works out the settings it gets.
///
/// Discovery: the `.tenderlint.yml` nearest to the document, looking in its folder and then each parent,
/// stopping at the repository root (a folder holding `.git`) or the filesystem root; `--config FILE`
/// (`explicitPath`) replaces discovery. Each folder is looked up, and each configuration read, once.
///
/// Precedence, lowest first: the rules' defaults; the bases in `extends` (in order, each with its own
/// bases and overrides); the file's top level; its `overrides` that match the document, in order. For a
/// diagnostic, a severity limited to a document path beats the file's. Command-line options beat all
/// (`FileSettings.applied(to:)` keeps what is already set).
public final class ConfigurationResolver: @unchecked Sendable {
    /// `--config`, as given; nil to discover.
    public let explicitPath: String?
    public let loader: ConfigurationLoader
    public var workingDirectory: String { loader.workingDirectory }

    /// A configuration with its bases followed: everything that can apply, in the order it applies.
    struct Flattened {
        struct Layer {
            var settings: ConfigurationLayer
            /// Nil for a file's top level, which applies to every document.
            var override: ConfigurationOverride?
        }

        /// Display paths: the file, then its bases in the order they are applied.
        var files: [String]
        var layers: [Layer]
        /// The last `exclude` along the chain of bases (nil: the defaults), then every `extend-exclude`.
        var exclude: [ConfigurationExclusion]?
        var extendExclude: [ConfigurationExclusion] = []
    }

    private let lock = NSLock()
    /// Absolute folder → the absolute path of the configuration that applies there, or nil for none.
    private var discovered: [String: String?] = [:]
    private var flattened: [String: Result<Flattened, ConfigurationError>] = [:]
    private let defaultSeverities: [String: Severity]

    /// - Parameters:
    ///   - explicitPath: `--config FILE`, relative to the working directory; nil to discover.
    ///   - knownRules: the rules and checks a configuration may name (the Kit cannot see the rule set).
    public init(explicitPath: String?, knownRules: KnownRules,
                workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.explicitPath = explicitPath
        self.loader = ConfigurationLoader(knownRules: knownRules, workingDirectory: workingDirectory)
        var defaults: [String: Severity] = [:]
        for entry in knownRules.entries {
            if let severity = entry.defaultSeverity { defaults[entry.identity.id] = severity }
        }
        self.defaultSeverities = defaults
    }

    /// Reads and checks the `--config` file (and its bases) now, so that a bad one stops the run even when
    /// there is nothing to lint. Does nothing without one.
    public func validateExplicitConfiguration() throws(ConfigurationError) {
        guard let path = try explicitConfigurationPath() else { return }
        _ = try lockedFlattened(path)
    }

    /// The absolute path of the configuration that applies to a document, or nil when none does.
    public func configurationPath(for file: String) throws(ConfigurationError) -> String? {
        if let explicit = try explicitConfigurationPath() { return explicit }
        let absolute = ConfigurationPaths.absolute(file, base: workingDirectory)
        let folder = (absolute as NSString).deletingLastPathComponent
        lock.lock()
        defer { lock.unlock() }
        return discover(from: folder)
    }

    /// The settings a document gets. Throws when the configuration that applies (or one of its bases) is invalid.
    public func settings(for file: String) throws(ConfigurationError) -> FileSettings {
        var settings = FileSettings(file: file, defaultSeverities: defaultSeverities)
        guard let path = try configurationPath(for: file) else { return settings }
        let configuration = try lockedFlattened(path)
        let absolute = ConfigurationPaths.absolute(file, base: workingDirectory)
        settings.configurationFiles = configuration.files
        for layer in configuration.layers {
            if let override = layer.override, !override.matches(absolutePath: absolute) { continue }
            Self.apply(layer.settings, to: &settings)
        }
        return settings
    }

    /// What the configuration that applies in a folder (absolute) leaves out: its `exclude` (or nil for the
    /// defaults) and its `extend-exclude`, each with its bases'. Nil when no configuration applies.
    public func exclusions(inFolder folder: String) throws(ConfigurationError)
        -> (exclude: [ConfigurationExclusion]?, extendExclude: [ConfigurationExclusion])? {
        let path: String?
        if let explicit = try explicitConfigurationPath() {
            path = explicit
        } else {
            lock.lock()
            path = discover(from: ConfigurationPaths.absolute(folder, base: workingDirectory))
            lock.unlock()
        }
        guard let path else { return nil }
        let configuration = try lockedFlattened(path)
        return (configuration.exclude, configuration.extendExclude)
    }

    // MARK: Discovery

    private func explicitConfigurationPath() throws(ConfigurationError) -> String? {
        guard let explicitPath else { return nil }
        let absolute = ConfigurationPaths.absolute(explicitPath, base: workingDirectory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
            throw ConfigurationError(path: explicitPath, message: "the configuration file given with --config does not exist")
        }
        if isDirectory.boolValue {
            throw ConfigurationError(path: explicitPath, message: "--config takes a configuration file, not a folder",
                                     help: ["give the file itself, such as \((explicitPath as NSString).appendingPathComponent(Configuration.fileName))"])
        }
        return absolute
    }

    /// Walks up from a folder; every folder passed on the way is remembered with the answer. Call with the lock held.
    private func discover(from folder: String) -> String? {
        var visited: [String] = []
        var current = folder
        var found: String?
        while true {
            if let cached = discovered[current] {
                found = cached
                break
            }
            visited.append(current)
            let candidate = (current as NSString).appendingPathComponent(Configuration.fileName)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue {
                found = candidate
                break
            }
            if ConfigurationPaths.isRepositoryRoot(current) || current == "/" {
                break
            }
            current = (current as NSString).deletingLastPathComponent
        }
        for folder in visited { discovered[folder] = .some(found) }
        return found
    }

    // MARK: Extends

    private func lockedFlattened(_ path: String) throws(ConfigurationError) -> Flattened {
        lock.lock()
        defer { lock.unlock() }
        return try flatten(path, chain: [])
    }

    /// A file with its bases followed. `chain` holds the files extending it, outermost first, each with the
    /// `extends` entry that leads on. Call with the lock held.
    private func flatten(_ path: String, chain: [(file: String, entry: ConfigurationExtension)]) throws(ConfigurationError) -> Flattened {
        if let cached = flattened[path] { return try cached.get() }
        let result: Result<Flattened, ConfigurationError>
        do {
            result = .success(try load(path, chain: chain))
        } catch {
            result = .failure(error)
        }
        flattened[path] = result
        return try result.get()
    }

    private func load(_ path: String, chain: [(file: String, entry: ConfigurationExtension)]) throws(ConfigurationError) -> Flattened {
        let configuration = try loader.load(path: path)
        var files = [configuration.path]
        var layers: [Flattened.Layer] = []
        var exclude: [ConfigurationExclusion]?
        var extendExclude: [ConfigurationExclusion] = []
        for entry in configuration.extends {
            switch entry.base {
            case .profile(let profile):
                layers.append(Flattened.Layer(settings: ConfigurationLayer(profile: Sourced(profile, from: entry.origin)), override: nil))
            case .file(let base):
                if base == path || chain.contains(where: { $0.file == base }) {
                    throw cycle(closedBy: entry, in: configuration, chain: chain)
                }
                let flattened = try flatten(base, chain: chain + [(path, entry)])
                files += flattened.files.filter { !files.contains($0) }
                layers += flattened.layers
                exclude = flattened.exclude ?? exclude
                extendExclude += flattened.extendExclude
            }
        }
        layers.append(Flattened.Layer(settings: configuration.settings, override: nil))
        layers += configuration.overrides.map { Flattened.Layer(settings: $0.settings, override: $0) }
        let directory = configuration.directory
        if let own = configuration.exclude { exclude = own.map { ConfigurationExclusion(glob: $0, directory: directory) } }
        extendExclude += configuration.extendExclude.map { ConfigurationExclusion(glob: $0, directory: directory) }
        return Flattened(files: files, layers: layers, exclude: exclude, extendExclude: extendExclude)
    }

    private func cycle(closedBy entry: ConfigurationExtension, in configuration: Configuration,
                       chain: [(file: String, entry: ConfigurationExtension)]) -> ConfigurationError {
        guard case .file(let target) = entry.base else { return ConfigurationError([]) }
        let start = chain.firstIndex { $0.file == target } ?? chain.count
        let loop = chain[start...].map(\.entry.origin.path) + [configuration.path, chain[start...].first?.entry.origin.path ?? configuration.path]
        let secondary = chain[start...].map { Diagnostic.Label("which extends this", at: $0.entry.location) }
        return ConfigurationError([Diagnostic(
            ConfigurationRule.invalidConfiguration, .error,
            "'extends' makes a cycle: " + loop.joined(separator: " → "),
            at: entry.location, label: "leads back to \(ConfigurationPaths.display(target, workingDirectory: workingDirectory))",
            secondary: secondary,
            help: ["remove one of the 'extends' entries so that no file extends itself, directly or through others"]
        )])
    }

    // MARK: Applying

    private static func apply(_ layer: ConfigurationLayer, to settings: inout FileSettings) {
        if let profile = layer.profile { settings.profile = profile }
        settings.policies.merge(layer.policies) { _, later in later }
        if let asOf = layer.asOf { settings.asOf = asOf }
        for catalogue in layer.catalogues where !settings.catalogues.contains(where: { $0.value == catalogue.value }) {
            settings.catalogues.append(catalogue)
        }
        for rule in layer.rules {
            if let scope = rule.scope {
                if let severity = rule.severity {
                    settings.scopedSeverities.append(FileSettings.ScopedSeverity(ruleID: rule.ruleID, scope: scope, severity: severity,
                                                                                 reason: rule.reason))
                }
                continue
            }
            var current = settings.rules[rule.ruleID] ?? FileSettings.RuleSettings()
            if let severity = rule.severity {
                current.severity = severity
                current.reason = rule.reason
            } else if let reason = rule.reason {
                current.reason = reason
            }
            current.parameters.merge(rule.parameters) { _, later in later }
            settings.rules[rule.ruleID] = current
        }
        settings.limits.merge(layer.limits) { _, later in later }
        for (category, phrases) in layer.vocabulary {
            var existing = settings.vocabulary[category] ?? []
            for phrase in phrases where !existing.contains(where: { $0.value.lowercased() == phrase.value.lowercased() }) {
                existing.append(phrase)
            }
            settings.vocabulary[category] = existing
        }
    }
}

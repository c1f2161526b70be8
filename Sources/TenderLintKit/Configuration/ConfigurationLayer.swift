import Foundation

/// The settings a file's top level, or one override, makes.
public struct ConfigurationLayer: Sendable {
    public var profile: Sourced<Profile>?
    /// Policies turned on (unconfirmed ones) or off, by id.
    public var policies: [String: Sourced<Bool>] = [:]
    public var asOf: Sourced<CalendarDate>?
    /// Display paths of catalogue files (top level only).
    public var catalogues: [Sourced<String>]
    /// In the order written.
    public var rules: [RuleConfiguration]
    /// Phrases to add, per category (top level only).
    public var vocabulary: [Vocabulary.Category: [Sourced<String>]]
    /// Per-document limits set, by key (`document-bytes`, `nodes`, `findings-per-rule`; top level only).
    public var limits: [DocumentLimitKey: Sourced<Int>] = [:]

    public init(profile: Sourced<Profile>? = nil, asOf: Sourced<CalendarDate>? = nil, catalogues: [Sourced<String>] = [],
                rules: [RuleConfiguration] = [], vocabulary: [Vocabulary.Category: [Sourced<String>]] = [:]) {
        self.profile = profile
        self.asOf = asOf
        self.catalogues = catalogues
        self.rules = rules
        self.vocabulary = vocabulary
    }
}

/// Settings for the files that match any of some globs.
public struct ConfigurationOverride: Sendable {
    /// Relative to `directory`.
    public var files: [Sourced<GlobPattern>]
    /// The absolute directory of the configuration file that declares the override: globs are relative to it.
    public var directory: String
    public var origin: ConfigurationOrigin
    public var settings: ConfigurationLayer

    public init(files: [Sourced<GlobPattern>], directory: String, origin: ConfigurationOrigin, settings: ConfigurationLayer) {
        self.files = files
        self.directory = directory
        self.origin = origin
        self.settings = settings
    }

    /// Whether the override applies to a file, given as an absolute path.
    public func matches(absolutePath: String) -> Bool {
        let relative = ConfigurationPaths.relative(absolutePath, to: directory)
        return files.contains { $0.value.matches(relative) }
    }
}

/// What an `extends:` entry names.
public enum ConfigurationBase: Hashable, Sendable {
    /// A built-in profile: as if the file said `profile:` there.
    case profile(Profile)
    /// Another configuration file, by absolute path.
    case file(String)
}

/// One entry of `extends:`, with where it is written (to report a cycle there).
public struct ConfigurationExtension: Sendable {
    public var base: ConfigurationBase
    public var origin: ConfigurationOrigin
    public var location: SourceLocation

    public init(base: ConfigurationBase, origin: ConfigurationOrigin, location: SourceLocation) {
        self.base = base
        self.origin = origin
        self.location = location
    }
}

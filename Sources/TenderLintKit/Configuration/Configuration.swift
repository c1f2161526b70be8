import Foundation

/// Why a configuration cannot be used: every problem found, each at its line and column in the file
/// that has it. A run that gets one stops with exit status 2.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted(by: Diagnostic.presentationOrder)
    }

    /// A problem with no place in a file, such as a `--config` file that does not exist.
    public init(path: String, message: String, help: [String] = []) {
        self.init([Diagnostic(ConfigurationRule.invalidConfiguration, .error, message, at: .wholeFile(path), help: help)])
    }

    /// One line per problem: `path:line:column: message`.
    public var description: String {
        diagnostics.map { "\($0.path):\($0.location.start.line):\($0.location.start.column): \($0.message)" }
            .joined(separator: "\n")
    }
}

/// Where a configured value was written: a file, line and column.
public struct ConfigurationOrigin: Hashable, Sendable, CustomStringConvertible {
    /// The configuration file's path for display (relative to the working directory when under it).
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `.tenderlint.yml:12`.
    public var description: String { "\(path):\(line)" }
}

/// A configured value with the place that set it.
public struct Sourced<Value> {
    public var value: Value
    public var origin: ConfigurationOrigin

    public init(_ value: Value, from origin: ConfigurationOrigin) {
        self.value = value
        self.origin = origin
    }
}

extension Sourced: Sendable where Value: Sendable {}
extension Sourced: Equatable where Value: Equatable {}
extension Sourced: Hashable where Value: Hashable {}

/// A severity as a configuration writes it: a `Severity`, or `off`.
public enum RuleSeverity: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case off
    case info
    case warning
    case error

    /// Nil for `off`.
    public var severity: Severity? {
        switch self {
        case .off: nil
        case .info: .info
        case .warning: .warning
        case .error: .error
        }
    }

    public init(_ severity: Severity) {
        switch severity {
        case .info: self = .info
        case .warning: self = .warning
        case .error: self = .error
        }
    }

    public var description: String { rawValue }
}

/// The rules and checks a configuration may name: the Kit cannot see the rule set, so the caller gives it.
public struct KnownRules: Sendable {
    /// What a configuration can set for one id.
    public struct Entry: Sendable {
        public var identity: RuleIdentity
        /// The rule's own severity; nil for a reader or model check, whose findings choose their own.
        public var defaultSeverity: Severity?
        public var parameters: [RuleParameter]
    }

    /// In id order.
    public let entries: [Entry]
    /// The policies `policies:` may turn on or off: by default, those the rules enforce.
    public let policies: [Policy]

    /// Rules (with their parameters and severities) and other checks that can be turned off or re-levelled
    /// (TL001–TL008: severity only). An identity listed in both counts once, as the rule.
    public init(rules: [Rule], checks: [RuleIdentity] = [], policies: [Policy]? = nil) {
        var known: [Policy] = []
        for policy in policies ?? rules.flatMap(\.policies) where !known.contains(policy) { known.append(policy) }
        self.policies = known
        var entries = rules.map { Entry(identity: $0.identity, defaultSeverity: $0.severity, parameters: $0.parameters) }
        var ids = Set(entries.map(\.identity.id))
        for check in checks where ids.insert(check.id).inserted {
            entries.append(Entry(identity: check, defaultSeverity: nil, parameters: []))
        }
        self.entries = entries.sorted { $0.identity.id < $1.identity.id }
    }

    /// A rule by its id or its name, ignoring case.
    public func entry(_ key: String) -> Entry? {
        let lowered = key.lowercased()
        return entries.first { $0.identity.id.lowercased() == lowered || $0.identity.name.lowercased() == lowered }
    }

    public func entry(id: String) -> Entry? { entries.first { $0.identity.id == id } }

    /// Every id and name, for did-you-mean.
    var spellings: [String] { entries.map(\.identity.id) + entries.map(\.identity.name) }
}

/// A JSON Pointer or XPath prefix that limits a severity change to part of a document.
public struct DocumentPathScope: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable {
        /// `pointer:` — a JSON Pointer (RFC 6901), for JSON documents.
        case pointer
        /// `path:` — an XPath as tenderlint writes document paths, for XML documents.
        case path
    }

    public var kind: Kind
    /// As written: `/tender/lots/0`, `/ContractNotice/cac:ProcurementProjectLot[2]`.
    public var prefix: String

    public init(_ kind: Kind, _ prefix: String) {
        self.kind = kind
        self.prefix = prefix
    }

    public var description: String { "\(kind.rawValue) \(prefix)" }

    /// Whether a diagnostic's document path is the prefix or lies beneath it. Steps match whole: `/lots/1`
    /// does not cover `/lots/10`. A step `*` matches any one step. In an XPath a step without a position
    /// covers every position (`cac:Lot` covers `cac:Lot[2]`), and `[1]` covers a step written without one.
    public func contains(_ documentPath: String) -> Bool {
        if prefix.isEmpty || prefix == "/" && kind == .path { return documentPath.hasPrefix("/") || documentPath.isEmpty }
        let wanted = Self.steps(prefix)
        let actual = Self.steps(documentPath)
        guard actual.count >= wanted.count else { return false }
        for (pattern, step) in zip(wanted, actual) where !matches(pattern, step) { return false }
        return true
    }

    private func matches(_ pattern: Substring, _ step: Substring) -> Bool {
        if pattern == "*" || pattern == step { return true }
        guard kind == .path else { return false }
        let (patternName, patternIndex) = Self.split(pattern)
        let (stepName, stepIndex) = Self.split(step)
        guard patternName == stepName || patternName == "*" else { return false }
        switch (patternIndex, stepIndex) {
        case (nil, _): return true
        case (let wanted?, nil): return wanted == 1
        case (let wanted?, let actual?): return wanted == actual
        }
    }

    private static func steps(_ path: String) -> [Substring] {
        Array(path.split(separator: "/", omittingEmptySubsequences: false).dropFirst())
    }

    /// `cac:Lot[2]` → (`cac:Lot`, 2).
    private static func split(_ step: Substring) -> (Substring, Int?) {
        guard step.hasSuffix("]"), let open = step.lastIndex(of: "["),
              let index = Int(step[step.index(after: open)..<step.index(before: step.endIndex)]) else { return (step, nil) }
        return (step[..<open], index)
    }
}

/// What one configuration file says about one rule.
public struct RuleConfiguration: Sendable {
    /// The canonical id, whichever of id or name the file used.
    public var ruleID: String
    /// Where the rule's key is.
    public var origin: ConfigurationOrigin
    public var severity: Sourced<RuleSeverity>?
    public var parameters: [String: Sourced<ParameterValue>]
    /// When set, the severity applies only to that part of a document, and there are no parameters.
    public var scope: Sourced<DocumentPathScope>?
    /// Why, in the user's words: required reading for an auditor when a rule is turned off.
    public var reason: Sourced<String>?

    public init(ruleID: String, origin: ConfigurationOrigin, severity: Sourced<RuleSeverity>? = nil,
                parameters: [String: Sourced<ParameterValue>] = [:], scope: Sourced<DocumentPathScope>? = nil,
                reason: Sourced<String>? = nil) {
        self.ruleID = ruleID
        self.origin = origin
        self.severity = severity
        self.parameters = parameters
        self.scope = scope
        self.reason = reason
    }
}

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

/// One configuration file, parsed and validated; `extends` are not yet followed (see `ConfigurationResolver`).
public struct Configuration: Sendable {
    /// The file's path for display.
    public var path: String
    /// Its absolute, standardised path.
    public var absolutePath: String
    /// In the order written; later bases take precedence over earlier ones, and the file over all of them.
    public var extends: [ConfigurationExtension]
    public var settings: ConfigurationLayer
    /// In the order written; later overrides take precedence.
    public var overrides: [ConfigurationOverride]

    public init(path: String, absolutePath: String, extends: [ConfigurationExtension] = [],
                settings: ConfigurationLayer = ConfigurationLayer(), overrides: [ConfigurationOverride] = []) {
        self.path = path
        self.absolutePath = absolutePath
        self.extends = extends
        self.settings = settings
        self.overrides = overrides
    }

    /// The directory the file's relative paths are relative to.
    public var directory: String { (absolutePath as NSString).deletingLastPathComponent }

    /// The file name discovery looks for.
    public static let fileName = ".tenderlint.yml"

    /// What `tenderlint init` writes: every key explained, nothing that changes tenderlint's defaults. Each
    /// example is commented whole, key included, so that taking the '# ' off its lines gives working YAML.
    public static let starter = """
        # tenderlint configuration. Every key is described in docs/configuration.md.
        #
        # tenderlint uses the .tenderlint.yml nearest to each document it checks, looking in the document's
        # folder and then each parent up to the repository root (the folder holding .git).
        # 'tenderlint config print FILE' shows the settings a document gets and where each came from.
        # Nothing below is in force: to use an example, take the '# ' off the start of each of its lines.

        # Who the buyer is, when the documents do not say: a kind of body and its nation, such as
        # nhs-england, central-government, welsh-government, nhs-wales or local-government-scotland
        # ('tenderlint lint --help' lists them all). Leave it out to let each document say; a buyer a document
        # does not identify is bound by no policy (TL015), never assumed to be an NHS England body.
        # profile: nhs-england

        # Policies to turn on or off by id (docs/policies.md). Unconfirmed ones are off unless turned on.
        # policies:
        #   ppn-026: on
        #   nhs-nzc-below-threshold-2026: on

        # Start from a built-in profile, or from another configuration file given as a path relative to
        # this one (such as ../.tenderlint.yml); what this file says takes precedence.
        # extends: central-government

        # Judge every document as of this date (YYYY-MM-DD) instead of its own publication dates.
        # as-of: 2026-04-01

        # Catalogues of TOMs measures to check measure codes against, relative to this file
        # (docs/catalogues.md). They take the place of the shipped catalogues of the same framework.
        # catalogues:
        #   - catalogues/our-toms-2025.json

        # Rules by id or name ('tenderlint rules' lists them): off, info, warning or error, or a map with a
        # severity and the rule's parameters ('tenderlint explain SV001' lists those). Give a reason when
        # you turn a rule off: procurement is audited.
        # rules:
        #   SV001:
        #     minimumShare: 15%
        #   net-zero-target-year:
        #     severity: warning
        #     latestYear: 2045
        #   TOM007:
        #     severity: off
        #     reason: we do not use the NHS London TOMs

        # Settings for some files only, applied in order (a later entry wins). Globs are relative to the
        # folder of this file; * and ? stay within a folder, ** crosses folders, and a pattern without /
        # matches a file name at any depth. A rule can be limited to part of a document with a JSON
        # Pointer (pointer:) or an XPath (path:), written as tenderlint prints document paths.
        # overrides:
        #   - files: ["archive/**"]
        #     as-of: 2023-01-01
        #   - files: ["frameworks/*.json"]
        #     rules:
        #       SV001:
        #         severity: off
        #         pointer: /lots/2
        #         reason: lot 3 is a call-off under an existing framework; see annex B

        # Phrases that mark text as social value or net zero in OCDS and eForms documents, which have no
        # field for them: added to tenderlint's own. Categories: social-value, net-zero,
        # carbon-reduction-plan, net-zero-commitment, evergreen.
        # vocabulary:
        #   social-value: ["community pledge"]
        #   net-zero: ["carbon literacy"]

        # What one document may cost (docs/limits.md): its size, the nodes read from it, and the findings of
        # one rule listed for it (the rest are counted on the last one listed). These are the defaults.
        # limits:
        #   document-bytes: 268435456
        #   nodes: 5000000
        #   findings-per-rule: 100

        """
}

/// The settings one document gets: the nearest configuration with its bases and the overrides that
/// match it, each value with the place that set it.
public struct FileSettings: Sendable {
    /// What a configuration says about one rule for a whole file.
    public struct RuleSettings: Sendable {
        /// Nil leaves the rule's own severity; `off` disables it.
        public var severity: Sourced<RuleSeverity>?
        public var parameters: [String: Sourced<ParameterValue>]
        public var reason: Sourced<String>?

        public init(severity: Sourced<RuleSeverity>? = nil, parameters: [String: Sourced<ParameterValue>] = [:],
                    reason: Sourced<String>? = nil) {
            self.severity = severity
            self.parameters = parameters
            self.reason = reason
        }
    }

    /// A severity change for one rule in part of a document.
    public struct ScopedSeverity: Sendable {
        public var ruleID: String
        public var scope: Sourced<DocumentPathScope>
        public var severity: Sourced<RuleSeverity>
        public var reason: Sourced<String>?

        public init(ruleID: String, scope: Sourced<DocumentPathScope>, severity: Sourced<RuleSeverity>, reason: Sourced<String>? = nil) {
            self.ruleID = ruleID
            self.scope = scope
            self.severity = severity
            self.reason = reason
        }
    }

    /// The document, as given.
    public var file: String
    /// The configuration files that apply, the one found (or given) first, then its bases in the order
    /// they were applied. Empty when none applies.
    public var configurationFiles: [String]
    public var profile: Sourced<Profile>?
    /// Policies turned on (unconfirmed ones) or off, by id.
    public var policies: [String: Sourced<Bool>] = [:]
    public var asOf: Sourced<CalendarDate>?
    /// Catalogue files, display paths, in order.
    public var catalogues: [Sourced<String>]
    /// By rule id.
    public var rules: [String: RuleSettings]
    /// In the order applied; the last that matches a diagnostic wins.
    public var scopedSeverities: [ScopedSeverity]
    /// Phrases added per category.
    public var vocabulary: [Vocabulary.Category: [Sourced<String>]]
    /// The rules' own severities, by id, so that a finding a rule reports at a milder level stays milder.
    public var defaultSeverities: [String: Severity]
    /// Per-document limits set, by key; the rest keep their defaults.
    public var limits: [DocumentLimitKey: Sourced<Int>] = [:]

    public init(file: String, configurationFiles: [String] = [], profile: Sourced<Profile>? = nil, asOf: Sourced<CalendarDate>? = nil,
                catalogues: [Sourced<String>] = [], rules: [String: RuleSettings] = [:], scopedSeverities: [ScopedSeverity] = [],
                vocabulary: [Vocabulary.Category: [Sourced<String>]] = [:], defaultSeverities: [String: Severity] = [:]) {
        self.file = file
        self.configurationFiles = configurationFiles
        self.profile = profile
        self.asOf = asOf
        self.catalogues = catalogues
        self.rules = rules
        self.scopedSeverities = scopedSeverities
        self.vocabulary = vocabulary
        self.defaultSeverities = defaultSeverities
    }

    // MARK: For the engine

    /// The configured severity of a rule for the whole file; nil when the configuration does not say.
    public func severity(of ruleID: String) -> RuleSeverity? { rules[ruleID]?.severity?.value }

    /// Whether a rule needs to run: not when it is off for the whole file and no document path turns it back on.
    public func runs(_ ruleID: String) -> Bool {
        guard severity(of: ruleID) == .off else { return true }
        return scopedSeverities.contains { $0.ruleID == ruleID && $0.severity.value != .off }
    }

    /// Parameter values by rule id and parameter name, as `EngineSettings.parameters` takes them.
    public var parameterValues: [String: [String: ParameterValue]] {
        rules.compactMapValues { rule in rule.parameters.isEmpty ? nil : rule.parameters.mapValues(\.value) }
    }

    /// The engine settings with the configuration filled in: a profile or date already set (from the command
    /// line) is kept; parameters are added. Catalogues are left to the caller, which loads `catalogues`.
    public func applied(to settings: EngineSettings) -> EngineSettings {
        var result = settings
        if result.profile == nil, let profile {
            result.profile = profile.value
            result.profileSetter = "profile: \(profile.value.rawValue) in \(profile.origin)"
        }
        for (id, on) in policies where result.policySwitches[id] == nil { result.policySwitches[id] = on.value }
        result.asOf = settings.asOf ?? asOf?.value
        for (rule, values) in parameterValues {
            result.parameters[rule, default: [:]].merge(values) { _, configured in configured }
        }
        return result
    }

    /// `base` with the limits this configuration sets.
    public func limits(over base: DocumentLimits) -> DocumentLimits {
        var result = base
        for (key, value) in limits { result[key] = value.value }
        return result
    }

    /// The vocabulary with the configured phrases, all strong, put before the base's own in each category.
    public func vocabulary(extending base: Vocabulary = .builtIn) -> Vocabulary {
        base.adding(vocabulary.mapValues { $0.map { VocabularyPhrase($0.value, strength: .strong) } })
    }

    // MARK: For diagnostics

    /// The document-path change that applies to a diagnostic, if any: the last one that matches.
    public func scopedSeverity(for diagnostic: Diagnostic) -> ScopedSeverity? {
        guard let path = diagnostic.documentPath else { return nil }
        return scopedSeverities.last { $0.ruleID == diagnostic.rule.id && $0.scope.value.contains(path) }
    }

    /// A diagnostic's severity under the configuration; nil when it is turned off. A document-path change
    /// beats the file's; a finding its rule reports below the rule's own severity stays at most as severe.
    public func severity(of diagnostic: Diagnostic) -> Severity? {
        guard let configured = scopedSeverity(for: diagnostic)?.severity.value ?? severity(of: diagnostic.rule.id) else {
            return diagnostic.severity
        }
        guard let severity = configured.severity else { return nil }
        if let own = defaultSeverities[diagnostic.rule.id], diagnostic.severity < own {
            return min(diagnostic.severity, severity)
        }
        return severity
    }

    /// The diagnostics with configured severities, those turned off removed.
    public func applying(to diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.compactMap { diagnostic in
            guard let severity = severity(of: diagnostic) else { return nil }
            var changed = diagnostic
            changed.severity = severity
            return changed
        }
    }
}

/// Path arithmetic for configurations: absolute, standardised paths and paths relative to a folder.
public enum ConfigurationPaths {
    /// An absolute, standardised path (no `.` or `..` steps, no trailing slash); symbolic links are kept.
    public static func absolute(_ path: String, base: String) -> String {
        let joined = path.hasPrefix("/") ? path : (base as NSString).appendingPathComponent(path)
        return standardise(joined)
    }

    static func standardise(_ path: String) -> String {
        var steps: [Substring] = []
        for step in path.split(separator: "/") {
            switch step {
            case ".": continue
            case "..": if !steps.isEmpty { steps.removeLast() }
            default: steps.append(step)
            }
        }
        return "/" + steps.joined(separator: "/")
    }

    /// `path` relative to `directory`, with `..` steps when it is outside. Both absolute and standardised.
    public static func relative(_ path: String, to directory: String) -> String {
        let target = path.split(separator: "/")
        let base = directory.split(separator: "/")
        var common = 0
        while common < target.count, common < base.count, target[common] == base[common] { common += 1 }
        let ups = Array(repeating: "..", count: base.count - common)
        return (ups + target[common...].map(String.init)).joined(separator: "/")
    }

    /// How to show a path: relative to the working directory when under it, else absolute.
    public static func display(_ absolutePath: String, workingDirectory: String) -> String {
        let base = standardise(workingDirectory)
        if base == "/" { return String(absolutePath.dropFirst()) }
        if absolutePath.hasPrefix(base + "/") { return String(absolutePath.dropFirst(base.count + 1)) }
        return absolutePath
    }
}

/// A key of the `limits` section: one per-document limit (docs/limits.md).
public enum DocumentLimitKey: String, Sendable, CaseIterable, Hashable {
    case documentBytes = "document-bytes"
    case nodes
    case findingsPerRule = "findings-per-rule"

    /// The default, for `config print`.
    public var defaultValue: Int {
        switch self {
        case .documentBytes: DocumentLimits.defaultMaximumBytes
        case .nodes: DocumentLimits.defaultMaximumNodes
        case .findingsPerRule: DocumentLimits.defaultFindingsPerRule
        }
    }

    /// The smallest value that makes sense.
    public var minimum: Int { 1 }
}

extension DocumentLimits {
    /// A limit by its configuration key.
    public subscript(key: DocumentLimitKey) -> Int {
        get {
            switch key {
            case .documentBytes: maximumBytes
            case .nodes: maximumNodes
            case .findingsPerRule: findingsPerRule
            }
        }
        set {
            switch key {
            case .documentBytes: maximumBytes = newValue
            case .nodes: maximumNodes = newValue
            case .findingsPerRule: findingsPerRule = newValue
            }
        }
    }
}

import Foundation

/// The settings one document gets: the nearest configuration with its bases and the overrides that
/// match it, each value with the place that set it.
public struct FileSettings: Sendable {
    /// What a configuration says about one rule for a whole file.
    public struct RuleSettings: Sendable {
        /// Nil leaves the rule's own severity; `off` disables it.
        public var severity: Sourced<RuleSeverity>?
        public var parameters: [String: Sourced<ParameterValue>]
        public var reason: Sourced<String>?
        /// The command line's word on whether the rule runs (`--select`, `--ignore`), which beats the
        /// configuration's: off turns it off everywhere; on undoes an `off` and keeps any other severity.
        public var selection: RuleSelection.Choice?

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
    /// The rule options given on the command line, as `config print` shows them; nil when none were.
    public var selectionSummary: String?

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

    /// The configured severity of a rule for the whole file; nil when the configuration does not say (or the
    /// command line runs a rule it turned off, which then reports at its own severity).
    public func severity(of ruleID: String) -> RuleSeverity? {
        let configured = rules[ruleID]?.severity?.value
        switch rules[ruleID]?.selection?.runs {
        case false?: return .off
        case true?: return configured == .off ? nil : configured
        case nil: return configured
        }
    }

    /// Whether a rule needs to run: not when it is off for the whole file and no document path turns it back on
    /// (nor when the command line turns it off, which no document path undoes).
    public func runs(_ ruleID: String) -> Bool {
        guard severity(of: ruleID) == .off else { return true }
        if rules[ruleID]?.selection?.runs == false { return false }
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
        guard let path = diagnostic.documentPath, rules[diagnostic.rule.id]?.selection?.runs != false else { return nil }
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

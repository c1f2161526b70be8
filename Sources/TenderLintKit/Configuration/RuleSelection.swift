import Foundation

/// The rules chosen on the command line for one run (`--select`, `--extend-select`, `--ignore`), as ruff chooses
/// them: `--select` replaces the rules the configuration runs, `--extend-select` adds to them, `--ignore` takes
/// away, and where a selection and an ignore both match a rule the more specific wins (a tie goes to `--ignore`).
/// The checks without which a document or the run cannot be read at all are always on (`alwaysOn`).
public struct RuleSelection: Sendable {
    /// Why the command line runs a rule or not, for `config print`: the option and the selector that decided.
    public struct Choice: Sendable, Hashable, CustomStringConvertible {
        public var runs: Bool
        /// `--select`, `--extend-select` or `--ignore`.
        public var option: String
        /// The selector as written; nil for a rule left out by `--select`.
        public var selector: String?

        public var description: String {
            guard let selector else { return "not in \(option)" }
            return "\(option) \(selector)"
        }
    }

    /// The command line's word on each rule it decides, by id; the configuration decides the others.
    public let choices: [String: Choice]
    /// The options as given, for the header of `config print`.
    public let summary: String

    /// The checks a selection never turns off: those of reading a document (a document that cannot be read
    /// cannot be checked: TL001 malformed XML, TL002 malformed JSON, TL004 a duplicate key, TL018 too large), a
    /// catalogue that cannot be read (TL008), and those about the run that no configuration can level either
    /// (TL012–TL014).
    public static let alwaysOn: Set<String> = Set(ReaderRule.all.map(\.id) + CatalogueRule.all.map(\.id)
        + BuiltInChecks.all.filter { $0.unconfigurableBecause != nil }.map(\.identity.id))

    /// Each list holds the option's values as given, each value a comma-separated list of selectors.
    /// `select` is nil when `--select` was not given. Throws a usage error for a selector that names nothing,
    /// or an `--ignore` of one check that is always on.
    public init(select: [String]?, extendSelect: [String] = [], ignore: [String] = [], known: KnownRules) throws(RuleSelectionError) {
        let selected = try Self.parse(select ?? [], option: "--select", known: known)
        let extended = try Self.parse(extendSelect, option: "--extend-select", known: known)
        let ignored = try Self.parse(ignore, option: "--ignore", known: known)
        for selector in ignored {
            if case .rule(let id) = selector.kind, Self.alwaysOn.contains(id) {
                throw RuleSelectionError("--ignore \(selector.written): \(id) is always reported, since a document or run it stops cannot be checked at all; it cannot be ignored")
            }
        }
        var choices: [String: Choice] = [:]
        for entry in known.entries where !Self.alwaysOn.contains(entry.identity.id) {
            let id = entry.identity.id
            let including = (selected.map { ($0, "--select") } + extended.map { ($0, "--extend-select") }).filter { $0.0.matches(id) }
            let bestInclude = including.max { $0.0.specificity < $1.0.specificity }
            let bestIgnore = ignored.filter { $0.matches(id) }.max { $0.specificity < $1.specificity }
            if let bestIgnore, bestIgnore.specificity >= bestInclude?.0.specificity ?? 0 {
                choices[id] = Choice(runs: false, option: "--ignore", selector: bestIgnore.written)
            } else if let bestInclude {
                choices[id] = Choice(runs: true, option: bestInclude.1, selector: bestInclude.0.written)
            } else if select != nil {
                choices[id] = Choice(runs: false, option: "--select", selector: nil)
            }
        }
        self.choices = choices
        var words: [String] = []
        if select != nil { words.append("--select " + selected.map(\.written).joined(separator: ",")) }
        if !extended.isEmpty { words.append("--extend-select " + extended.map(\.written).joined(separator: ",")) }
        if !ignored.isEmpty { words.append("--ignore " + ignored.map(\.written).joined(separator: ",")) }
        self.summary = words.joined(separator: " ")
    }

    /// Whether the options decide anything (none given: the configuration alone decides).
    public var isEmpty: Bool { choices.isEmpty }

    /// A file's settings with the command line's choices on top.
    public func applied(to settings: FileSettings) -> FileSettings {
        var result = settings
        for (id, choice) in choices {
            result.rules[id, default: FileSettings.RuleSettings()].selection = choice
        }
        result.selectionSummary = summary
        return result
    }

    private static func parse(_ values: [String], option: String, known: KnownRules) throws(RuleSelectionError) -> [RuleSelector] {
        var selectors: [RuleSelector] = []
        for value in values {
            let words = value.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            for word in words {
                guard !word.isEmpty else {
                    throw RuleSelectionError("\(option) '\(value)' has an empty selector; write ids, prefixes or names separated by commas, such as SV001,NZ")
                }
                guard let selector = RuleSelector(word, known: known) else {
                    let suggestions = RuleSelector.suggestions(for: word, known: known)
                    let hint = suggestions.isEmpty
                        ? "; 'tenderlint rules' lists every id and name"
                        : "; did you mean \(suggestions.prefix(3).map { "'\($0)'" }.joined(separator: " or "))?"
                    throw RuleSelectionError("\(option) \(word): no rule has this id or name, and no id starts with it\(hint)")
                }
                selectors.append(selector)
            }
        }
        return selectors
    }
}

/// A selector that names nothing: a usage error.
public struct RuleSelectionError: Error, Sendable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

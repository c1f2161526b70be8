import Foundation

/// One word of `--select`, `--extend-select` or `--ignore`: `ALL`, a rule's id or name, or the start of ids
/// (`SV`, `NZ00`, `TOM`), ignoring case.
public struct RuleSelector: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        case all
        case prefix(String)
        /// An id, whichever of id or name was written.
        case rule(String)
    }

    public let kind: Kind
    /// As written, for messages and `config print`.
    public let written: String

    /// Nil when the word names no rule and starts no id.
    public init?(_ word: String, known: KnownRules) {
        let trimmed = word.trimmingCharacters(in: .whitespaces)
        written = trimmed
        if trimmed.uppercased() == "ALL" {
            kind = .all
        } else if let entry = known.entry(trimmed) {
            kind = .rule(entry.identity.id)
        } else if !trimmed.isEmpty, known.entries.contains(where: { $0.identity.id.uppercased().hasPrefix(trimmed.uppercased()) }) {
            kind = .prefix(trimmed.uppercased())
        } else {
            return nil
        }
    }

    /// How specific the selector is: where `--select` and `--ignore` both match a rule, the more specific wins,
    /// as in ruff (a longer prefix beats a shorter one; a whole id beats any prefix).
    public var specificity: Int {
        switch kind {
        case .all: 0
        case .prefix(let prefix): prefix.count
        case .rule: Int.max
        }
    }

    public func matches(_ id: String) -> Bool {
        switch kind {
        case .all: true
        case .prefix(let prefix): id.uppercased().hasPrefix(prefix)
        case .rule(let rule): rule == id
        }
    }

    public var description: String { written }

    /// Did-you-mean for a word that selects nothing: the closest ids, names or families (`SV`, `TOM`).
    public static func suggestions(for word: String, known: KnownRules) -> [String] {
        let ids = known.entries.map(\.identity.id)
        var families: [String] = []
        for id in ids {
            let family = String(id.prefix { $0.isLetter })
            if !families.contains(family) { families.append(family) }
        }
        return EditDistance.suggestions(for: word, among: families + ids + known.entries.map(\.identity.name))
    }
}

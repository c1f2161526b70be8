extension Diagnostic {
    /// A mechanical fix that resolves the diagnostic: one or more edits, applied together, that leave a valid
    /// document without the finding (renaming an XML element changes its start and end tags).
    public struct FixIt: Hashable, Sendable {
        /// Replace the located text.
        public struct Edit: Hashable, Sendable {
            public var location: SourceLocation
            /// The new text; empty to delete.
            public var replacement: String

            public init(replacing location: SourceLocation, with replacement: String) {
                self.location = location
                self.replacement = replacement
            }
        }

        /// Whether `--fix` may apply the fix unasked, as ruff's: safe is mechanical and certain (a misspelling
        /// with one close match, a syntax slip); unsafe changes what the tender asks or scores, so a buyer decides.
        public enum Applicability: Hashable, Sendable {
            case safe
            /// Why a buyer must decide, in a few words ("it changes the year suppliers must reach net zero by").
            case unsafe(because: String)

            public var isSafe: Bool { self == .safe }
            /// "safe" or "unsafe", as reports name it.
            public var name: String { isSafe ? "safe" : "unsafe" }
            /// Why the fix is unsafe; nil when it is safe.
            public var reason: String? {
                if case .unsafe(let reason) = self { reason } else { nil }
            }

            /// A did-you-mean's fix: safe when `suggestion` is the only candidate as close to `word`, since
            /// otherwise tenderlint would be choosing between equally likely names.
            public static func spelling(_ word: String, suggestion: String, among candidates: Set<String>) -> Self {
                Spelling.isOnlyNearest(suggestion, to: word, among: candidates)
                    ? .safe : .unsafe(because: "other names are as close to '\(word)'")
            }
        }

        /// In document order; they never overlap.
        public private(set) var edits: [Edit]
        /// What the fix does, in a few words ("remove the comma").
        public var summary: String
        public var applicability: Applicability

        public init(_ summary: String, _ applicability: Applicability, replacing location: SourceLocation, with replacement: String) {
            self.init(summary, applicability, edits: [Edit(replacing: location, with: replacement)])
        }

        /// A fix of several edits; at least one, none overlapping another.
        public init(_ summary: String, _ applicability: Applicability, edits: [Edit]) {
            precondition(!edits.isEmpty, "a fix-it needs an edit")
            self.summary = summary
            self.applicability = applicability
            self.edits = edits.sorted { ($0.location.start.offset, $0.location.end.offset) < ($1.location.start.offset, $1.location.end.offset) }
        }

        /// The first edit's place, for renderers that show one.
        public var location: SourceLocation { edits[0].location }
        /// The first edit's text.
        public var replacement: String { edits[0].replacement }
        /// How reports introduce the fix: "fix-it", or "fix-it (unsafe: why)".
        public var heading: String { applicability.reason.map { "fix-it (unsafe: \($0))" } ?? "fix-it" }
    }
}

extension Diagnostic.FixIt {
    /// The document's bytes with every edit applied, by byte offset; nil when an edit falls outside them or
    /// overlaps another. Edits that touch (one ends where the next starts) are both applied.
    public func applied(to bytes: [UInt8]) -> [UInt8]? {
        var result: [UInt8] = []
        var copied = 0
        for edit in edits {
            let lower = edit.location.start.offset, upper = edit.location.end.offset
            guard lower >= copied, lower <= upper, upper <= bytes.count else { return nil }
            result += bytes[copied..<lower]
            result += Array(edit.replacement.utf8)
            copied = upper
        }
        return result + bytes[copied...]
    }
}

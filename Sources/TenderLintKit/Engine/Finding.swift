/// What a rule reports: a message and where, with what explains and fixes it. The engine turns it into a
/// `Diagnostic` with the rule's id, severity, policy citation and the evaluation note.
public struct Finding: Sendable {
    public var message: String
    /// Where the diagnostic lands; nil puts it on the lot, or on the tender.
    public var origin: Origin?
    public var label: String?
    public var secondary: [(message: String, origin: Origin)]
    public var notes: [String]
    public var help: [String]
    /// Each a complete fix: its edits are applied together.
    public var fixIts: [(summary: String, applicability: Diagnostic.FixIt.Applicability, edits: [FixItEdit])]
    /// A severity other than the rule's default, for findings that are advice (NZ004 under the NHS profile).
    public var severity: Severity?
    /// The policy the finding enforces, where the rule enforces several that bind; nil for the most recent.
    public var policy: Policy?
    /// Why the rule could not judge the lot, when the finding says so rather than reporting a fault (a stable
    /// kebab-case id, as a `LotCondition`'s): an audit counts the lot as not evaluable, not as failing.
    public var notEvaluableBecause: String?
    /// The offending value, where it is not the text the finding points at: a share, a sum, the codes missing.
    public var value: String?
    /// What the finding is about, where it is not the place it points at (a list the finding judges as a whole,
    /// pointed at by its first item): what a baseline names it by.
    public var about: Origin?
    /// The index of the lot the finding was made on, when a per-lot check made it.
    var lot: Int?

    public init(message: String, origin: Origin? = nil) {
        self.message = message
        self.origin = origin
        self.secondary = []
        self.notes = []
        self.help = []
        self.fixIts = []
    }
}

/// One part of a finding, written as a line of the rule: `Message(…)`, `At(…)`, `Note(…)`, `Help(…)`.
public enum FindingPart: Sendable {
    case message(String)
    case at(Origin?)
    case label(String)
    case secondary(String, Origin?)
    case note(String)
    case help(String)
    case fixIt(String, Diagnostic.FixIt.Applicability, [FixItEdit])
    case severity(Severity)
    case under(Policy)
    case notEvaluable(String)
    case value(String)
    case about(Origin?)
}

public func Message(_ text: String) -> FindingPart { .message(text) }
/// Where the finding lands. A nil origin (a value the model derived) leaves it on the lot or tender.
public func At(_ origin: Origin?) -> FindingPart { .at(origin) }
public func At<Value>(_ located: Located<Value>?) -> FindingPart { .at(located?.origin) }
/// What the caret line says.
public func Label(_ text: String) -> FindingPart { .label(text) }
/// Another place that explains this one.
public func Secondary(_ text: String, at origin: Origin?) -> FindingPart { .secondary(text, origin) }
public func Note(_ text: String) -> FindingPart { .note(text) }
public func Help(_ text: String) -> FindingPart { .help(text) }
/// One edit of a fix-it: replace the text at `origin` (nil when the text to replace was not located).
public struct FixItEdit: Sendable {
    public var origin: Origin?
    public var replacement: String
}

/// Replace the text at `origin`: one edit of a fix-it of several.
public func Replace(_ origin: Origin?, with replacement: String) -> FixItEdit { FixItEdit(origin: origin, replacement: replacement) }

/// An edit that resolves the finding: replace the text at `origin`. `.safe` only when the fix is mechanical and
/// certain; a fix that changes what the tender asks or scores is `.unsafe(because:)`, saying why a buyer decides.
public func FixIt(_ summary: String, _ applicability: Diagnostic.FixIt.Applicability, replacing origin: Origin?, with replacement: String) -> FindingPart {
    .fixIt(summary, applicability, [Replace(origin, with: replacement)])
}

/// Edits that together resolve the finding, applied as one fix. A fix with an edit whose place is unknown would
/// be incomplete, so it is left out; so is a fix of no edits.
public func FixIt(_ summary: String, _ applicability: Diagnostic.FixIt.Applicability, _ edits: [FixItEdit]) -> FindingPart {
    .fixIt(summary, applicability, edits)
}
/// The value the finding judged, where it is not the text the finding points at (a share worked out through
/// nesting, the sum of a group's weights): a baseline accepts the finding only while this value stays the same.
public func OffendingValue(_ value: some CustomStringConvertible) -> FindingPart { .value(value.description) }
/// What the finding is about, where it points at a part of it: `About(themes)` for a finding on the list of
/// themes that points at the first. A baseline names the finding by it, so adding an item before the first
/// does not make the finding new.
public func About(_ origin: Origin?) -> FindingPart { .about(origin) }
public func SeverityOverride(_ severity: Severity) -> FindingPart { .severity(severity) }
/// The policy the finding enforces, where it is not the rule's most recent one that binds.
public func Under(_ policy: Policy) -> FindingPart { .under(policy) }
/// The finding says the rule cannot judge the lot, and why (a kebab-case id): a warning, counted by an audit as
/// not evaluable rather than failing. For what only the check can find out; what a lot plainly lacks is a `Needs`.
public func CannotEvaluate(because reason: String) -> FindingPart { .notEvaluable(reason) }

@resultBuilder
public enum FindingBuilder {
    public static func buildExpression(_ part: FindingPart) -> [FindingPart] { [part] }
    public static func buildExpression(_ parts: [FindingPart]) -> [FindingPart] { parts }
    public static func buildPartialBlock(first: [FindingPart]) -> [FindingPart] { first }
    public static func buildPartialBlock(accumulated: [FindingPart], next: [FindingPart]) -> [FindingPart] { accumulated + next }
    public static func buildBlock() -> [FindingPart] { [] }
    public static func buildOptional(_ parts: [FindingPart]?) -> [FindingPart] { parts ?? [] }
    public static func buildEither(first: [FindingPart]) -> [FindingPart] { first }
    public static func buildEither(second: [FindingPart]) -> [FindingPart] { second }
    public static func buildArray(_ parts: [[FindingPart]]) -> [FindingPart] { parts.flatMap { $0 } }
}

extension Finding {
    init(parts: [FindingPart]) {
        self.init(message: "")
        for part in parts {
            switch part {
            case .message(let text): message = text
            case .at(let origin): if let origin { self.origin = origin }
            case .label(let text): label = text
            case .secondary(let text, let origin): if let origin { secondary.append((text, origin)) }
            case .note(let text): notes.append(text)
            case .help(let text): help.append(text)
            case .fixIt(let summary, let applicability, let edits):
                if !edits.isEmpty, edits.allSatisfy({ $0.origin != nil }) { fixIts.append((summary, applicability, edits)) }
            case .severity(let value): severity = value
            case .under(let value): policy = value
            case .value(let text): value = SubjectIdentity.normalized(text)
            case .about(let origin): if let origin { about = origin }
            case .notEvaluable(let reason):
                notEvaluableBecause = reason
                if severity == nil { severity = .warning }
            }
        }
    }
}

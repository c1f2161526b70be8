/// An example that is part of a rule and is its test, as in SwiftLint.
///
/// The document is tenderlint's tender spec in XML. A triggering example marks with `↓` the exact place
/// each diagnostic must land; a non-triggering one must produce nothing. Where the marker stands says
/// what the diagnostic points at, which matters when the example is re-run in JSON:
/// - `↓<criterion …>`: the element (its start tag; in JSON, its member key or array entry);
/// - `↓weight="8"`: the field as a whole (in XML its value; in JSON the member from its key);
/// - `weight="↓8"`: the value alone (in XML and JSON, the value), as `At(criterion.weight)` reports it.
///
/// A document that does not start with `<tender` is wrapped in a tender of an NHS body in England, above the
/// procurement threshold, published on 2026-06-01 (see `document`); `profile:` judges it as another buyer.
public struct RuleExample: Sendable {
    public enum Kind: String, Sendable {
        case triggering
        case nonTriggering = "non-triggering"
    }

    public static let marker: Character = "↓"

    public let kind: Kind
    /// As the rule author wrote it, markers included.
    public let text: String
    /// Run as if the buyer were this one, whatever the document says.
    public let profile: Profile?
    /// Run as of this date instead of the document's.
    public let asOf: CalendarDate?
    /// Parameters other than the defaults.
    public let parameters: [String: ParameterValue]
    /// Policies turned on or off, by id, as `policies:` in a configuration does.
    public let policies: [String: Bool]
    /// Where the example is written, for test failures.
    public let fileID: String
    public let line: Int

    public init(_ kind: Kind, _ text: String, profile: Profile? = nil, asOf: CalendarDate? = nil,
                parameters: [String: ParameterValue] = [:], policies: [String: Bool] = [:], fileID: String, line: Int) {
        self.kind = kind
        self.text = text
        self.profile = profile
        self.asOf = asOf
        self.parameters = parameters
        self.policies = policies
        self.fileID = fileID
        self.line = line
    }

    /// The example as a whole tender-spec document, markers included.
    public var document: String {
        let trimmed = text.drop { $0.isWhitespace || $0 == RuleExample.marker }
        if trimmed.hasPrefix("<tender") || trimmed.hasPrefix("<?xml") { return text }
        let body = text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
        return """
            <tender xmlns="\(TenderSpecAdapter.namespace)" id="EXAMPLE" above-threshold="true">
              <buyer sector="nhs" jurisdiction="england">Example NHS Trust</buyer>
              <dates publication="2026-06-01"/>
            \(body)
            </tender>
            """
    }
}

/// A document the rule must report, with `↓` where each diagnostic lands.
public func Triggering(_ text: String, profile: Profile? = nil, asOf: String? = nil, parameters: [String: ParameterValue] = [:],
                       policies: [String: Bool] = [:], fileID: String = #fileID, line: Int = #line) -> RuleExample {
    RuleExample(.triggering, text, profile: profile, asOf: asOf.flatMap(CalendarDate.init(iso:)), parameters: parameters,
                policies: policies, fileID: fileID, line: line)
}

/// A document the rule must leave alone.
public func NonTriggering(_ text: String, profile: Profile? = nil, asOf: String? = nil, parameters: [String: ParameterValue] = [:],
                          policies: [String: Bool] = [:], fileID: String = #fileID, line: Int = #line) -> RuleExample {
    RuleExample(.nonTriggering, text, profile: profile, asOf: asOf.flatMap(CalendarDate.init(iso:)), parameters: parameters,
                policies: policies, fileID: fileID, line: line)
}

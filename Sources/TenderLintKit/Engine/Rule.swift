/// A rule: everything a user or a test needs about one check, in one value.
///
/// ```swift
/// let socialValueMinimumWeighting = Rule("SV001", "social-value-minimum-weighting") {
///     Summary("Social value carries at least the minimum share of the total score")
///     Severity(.error)
///     WhatItChecks("Each lot's social value share of the total score against the minimum, …")
///     Why("Buyers bound by a social value policy must give social value at least 10% …")
///     NotThisRulesFinding("A lot with no social value criterion at all (SV002); …")
///     Enforces(.nhsNetZeroAndSocialValue, .ppn0620, .ppn002)
///     Parameter(minimumShare)
///     AppliesOnlyWhen(.socialValueCriterion)
///     ForEachLot { lot, rule in … rule.require(share >= rule[minimumShare]) { Message(…); Help(…) } }
///     Examples { Triggering(…); NonTriggering(…) }
/// }
/// ```
///
/// The engine decides which of the policies a rule enforces bind a tender (whom each binds, from when) and runs
/// the check only where one does; it also runs it only on the lots that meet the rule's conditions. A rule that
/// enforces no policy is arithmetic that applies to every tender.
public struct Rule: Sendable {
    public typealias Check = @Sendable (RuleContext) throws -> Void

    public let identity: RuleIdentity
    public let severity: Severity
    public let summary: String
    /// What it checks, why (the policy), and what is not its finding.
    public let explanation: RuleExplanation
    /// The policies it enforces: it runs on a tender only where one of them binds. Empty for a rule that applies
    /// to every tender.
    public let policies: [Policy]
    public let parameters: [RuleParameter]
    public let examples: [RuleExample]
    /// What the rule needs of a lot, in order: the engine runs the check only on lots that meet them all, and an
    /// audit counts the others as not applicable or not evaluable.
    public let conditions: [Condition]
    let checks: [Check]
    /// The minimum share the rule holds a lot to, for charts (`ChartsMinimum`); nil for most rules.
    let minimumLine: MinimumLine?

    public var id: String { identity.id }
    public var name: String { identity.name }

    public init(_ id: String, _ name: String, @RuleBuilder _ body: () -> [RulePart]) {
        identity = RuleIdentity(id: id, name: name)
        var severity = Severity.error
        var summary = ""
        var explanation = RuleExplanation(whatItChecks: "")
        var policies: [Policy] = []
        var parameters: [RuleParameter] = []
        var examples: [RuleExample] = []
        var conditions: [Condition] = []
        var checks: [Check] = []
        var minimumLine: MinimumLine?
        for part in body() {
            switch part {
            case .summary(let text): summary = text
            case .severity(let value): severity = value
            case .whatItChecks(let text): explanation.whatItChecks = text
            case .why(let text): explanation.why = text
            case .notThisRulesFinding(let text): explanation.notThisRulesFinding = text
            case .enforces(let list): policies += list
            case .parameter(let parameter): parameters.append(parameter)
            case .check(let check): checks.append(check)
            case .examples(let list): examples += list
            case .conditions(let list): conditions += list
            case .chartsMinimum(let line): minimumLine = line
            }
        }
        self.severity = severity
        self.summary = summary
        self.explanation = explanation
        self.policies = policies
        self.parameters = parameters
        self.examples = examples
        self.conditions = conditions
        self.checks = checks
        self.minimumLine = minimumLine
    }

    /// Whether the rule has anything to check.
    var hasChecks: Bool { !checks.isEmpty }

    func run(in context: RuleContext) throws {
        for check in checks { try check(context) }
    }
}

/// One line of a rule's description.
public enum RulePart: Sendable {
    case summary(String)
    case severity(Severity)
    case whatItChecks(String)
    case why(String)
    case notThisRulesFinding(String)
    case enforces([Policy])
    case parameter(RuleParameter)
    case check(Rule.Check)
    case examples([RuleExample])
    case conditions([Rule.Condition])
    case chartsMinimum(Rule.MinimumLine)
}

public func Summary(_ text: String) -> RulePart { .summary(text) }
/// The explanation's first section (Markdown): what the rule looks at and when it reports.
public func WhatItChecks(_ markdown: String) -> RulePart { .whatItChecks(markdown) }
/// The explanation's second section (Markdown): the policy behind the rule and whom it binds, from when.
public func Why(_ markdown: String) -> RulePart { .why(markdown) }
/// The explanation's last section (Markdown): near misses that other rules (or nothing) report, and why.
public func NotThisRulesFinding(_ markdown: String) -> RulePart { .notThisRulesFinding(markdown) }
public func Enforces(_ policies: Policy...) -> RulePart { .enforces(policies) }
public func Parameter(_ parameter: RuleParameter) -> RulePart { .parameter(parameter) }
/// A check of the whole tender; it judges `rule.lots`, the lots that meet the rule's conditions.
public func Check(_ body: @escaping Rule.Check) -> RulePart { .check(body) }
/// A check of each lot that meets the rule's conditions (a tender without lots has one).
public func ForEachLot(_ body: @escaping @Sendable (Lot, RuleContext) throws -> Void) -> RulePart {
    .check { context in
        // Findings made while a lot is checked belong to that lot, whatever their origin.
        defer { context.currentLot = nil }
        for (lot, index) in zip(context.lots, context.lotIndices) {
            context.currentLot = index
            try body(lot, context)
        }
    }
}
public func Examples(@ExampleBuilder _ body: () -> [RuleExample]) -> RulePart { .examples(body()) }

extension Severity {
    /// Lets a rule say `Severity(.warning)`.
    public init(_ severity: Severity) { self = severity }
}

@resultBuilder
public enum RuleBuilder {
    public static func buildExpression(_ part: RulePart) -> [RulePart] { [part] }
    public static func buildExpression(_ severity: Severity) -> [RulePart] { [.severity(severity)] }
    public static func buildExpression(_ parts: [RulePart]) -> [RulePart] { parts }
    public static func buildPartialBlock(first: [RulePart]) -> [RulePart] { first }
    public static func buildPartialBlock(accumulated: [RulePart], next: [RulePart]) -> [RulePart] { accumulated + next }
    public static func buildOptional(_ parts: [RulePart]?) -> [RulePart] { parts ?? [] }
    public static func buildEither(first: [RulePart]) -> [RulePart] { first }
    public static func buildEither(second: [RulePart]) -> [RulePart] { second }
    public static func buildArray(_ parts: [[RulePart]]) -> [RulePart] { parts.flatMap { $0 } }
}

@resultBuilder
public enum ExampleBuilder {
    public static func buildExpression(_ example: RuleExample) -> [RuleExample] { [example] }
    public static func buildPartialBlock(first: [RuleExample]) -> [RuleExample] { first }
    public static func buildPartialBlock(accumulated: [RuleExample], next: [RuleExample]) -> [RuleExample] { accumulated + next }
    public static func buildOptional(_ examples: [RuleExample]?) -> [RuleExample] { examples ?? [] }
    public static func buildEither(first: [RuleExample]) -> [RuleExample] { first }
    public static func buildEither(second: [RuleExample]) -> [RuleExample] { second }
    public static func buildArray(_ examples: [[RuleExample]]) -> [RuleExample] { examples.flatMap { $0 } }
}

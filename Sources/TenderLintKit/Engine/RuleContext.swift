import Foundation

/// What a rule's check sees of one tender: the model, the day it is judged as of, the policies that bind it, the
/// lots the rule's conditions let it judge, its parameters and the catalogues; and where it reports findings.
/// Checks are pure functions of these.
public final class RuleContext {
    public let judgement: TenderJudgement
    public let catalogues: CatalogueSet
    let rule: Rule
    let parameters: [String: ParameterValue]
    /// The rule's policies that bind the tender on the evaluation date, the most recent first. Empty for a rule
    /// that enforces none (arithmetic that applies to every tender).
    public let policies: [Policy]
    /// The lots the rule judges: those that meet its conditions. The engine runs a check only when there is one.
    public internal(set) var lots: [Lot] = []
    /// The index in the tender of each of `lots`.
    var lotIndices: [Int] = []
    private(set) var findings: [Finding] = []
    /// The index of the lot a `ForEachLot` check is on; its findings are that lot's.
    var currentLot: Int?
    /// Parameters read that the rule does not declare: a fault in the rule, reported as an internal error.
    private(set) var undeclaredParameters: [String] = []
    /// What the rules checking this tender have worked out for all of them.
    private let shared: TenderMemo

    init(judgement: TenderJudgement, catalogues: CatalogueSet, rule: Rule, parameters: [String: ParameterValue],
         policies: [Policy], shared: TenderMemo = TenderMemo()) {
        self.judgement = judgement
        self.catalogues = catalogues
        self.rule = rule
        self.parameters = parameters
        self.policies = policies
        self.shared = shared
    }

    public var tender: Tender { judgement.tender }
    public var evaluationDate: EvaluationDate { judgement.date }
    public var date: CalendarDate { judgement.date.date }
    /// Who the buyer is and how it buys, settled: what the policies were judged by.
    public var applicability: Applicability { judgement.applicability }

    /// A value that depends on the tender alone, worked out by the first rule that asks and shared with the
    /// rules after it (such as every TOMs measure of the tender, which seven rules go through).
    /// `key` names the value (with what it depends on, such as the lot); the same key must always give the same type.
    public func memoized<Value>(_ key: AnyHashable, _ compute: () -> Value) -> Value {
        // Look the key up before casting: a missing entry cast to an optional `Value` would pass for a stored nil.
        if let stored = shared.values[key], let value = stored as? Value { return value }
        let value = compute()
        shared.values[key] = value
        return value
    }

    // MARK: Reporting

    /// Reports a finding.
    public func report(@FindingBuilder _ parts: () -> [FindingPart]) {
        var finding = Finding(parts: parts())
        finding.lot = currentLot
        findings.append(finding)
    }

    /// Reports a finding unless the condition holds: `require(share >= minimum) { Message(…) }`.
    public func require(_ condition: Bool, @FindingBuilder otherwise parts: () -> [FindingPart]) {
        if !condition { report(parts) }
    }

    // MARK: Policies

    /// Whether a policy binds the tender on the evaluation date.
    public func binds(_ policy: Policy) -> Bool { policies.contains(policy) }

    /// Whether a policy binds a lot: as for the tender, except that with the rule's `smallSupplierGrace` on, a
    /// lot reserved for SMEs or VCSEs is judged that many years earlier on a milestone with a grace period.
    public func binds(_ policy: Policy, for lot: Lot) -> Bool {
        guard hasGrace(policy, for: lot) else { return binds(policy) }
        guard judgement.binding(policy).bindsBuyer else { return false }
        return policy.applies(on: date.adding(years: -policy.graceYearsForSmallSuppliers))
    }

    /// Whether a policy that is off (unconfirmed, not turned on) would bind the tender if it were on: for a note
    /// that says what it would change.
    public func wouldBind(_ policy: Policy) -> Bool {
        PolicyBinding(policy, applicability: applicability, buyerName: nil, date: evaluationDate, isOn: true).verdict == .binds
    }

    /// Whether a lot's small-supplier grace period puts off a policy that binds the tender today.
    public func graceDefers(_ policy: Policy, for lot: Lot) -> Bool {
        binds(policy) && !binds(policy, for: lot)
    }

    /// The note that says so, for findings on reserved lots.
    public func graceNote(_ policy: Policy, for lot: Lot) -> String {
        "\(lot.label) is reserved for SMEs or VCSEs and the smallSupplierGrace parameter is on, so \(policy.shortName) applies to it \(policy.graceYearsForSmallSuppliers) years later, from \(policy.appliesFrom.adding(years: policy.graceYearsForSmallSuppliers))"
    }

    private func hasGrace(_ policy: Policy, for lot: Lot) -> Bool {
        policy.graceYearsForSmallSuppliers > 0 && !lot.reservedFor.isEmpty && self[.smallSupplierGrace]
    }

    // MARK: Parameters

    /// A parameter's value: the run's, else the default. A parameter the rule does not declare gives its
    /// default and is reported as a fault in the rule.
    public subscript<Value>(key: ParameterKey<Value>) -> Value {
        guard rule.parameters.contains(where: { $0.name == key.name }) else {
            if !undeclaredParameters.contains(key.name) { undeclaredParameters.append(key.name) }
            return key.defaultValue
        }
        return parameters[key.name].flatMap(key.read) ?? key.defaultValue
    }
}

/// A rule that cannot run as written; the engine reports it as an internal error and goes on.
public enum RuleError: Error, Sendable, CustomStringConvertible {
    case undeclaredParameters([String], rule: String)
    case failed(String)

    public var description: String {
        switch self {
        case .undeclaredParameters(let names, let rule):
            "rule \(rule) reads \(names.count == 1 ? "a parameter" : "parameters") it does not declare: \(names.joined(separator: ", "))"
        case .failed(let reason): reason
        }
    }
}

/// Values shared by the rules checking one tender. The rules of a tender run one after another on one thread.
final class TenderMemo {
    var values: [AnyHashable: Any] = [:]
}

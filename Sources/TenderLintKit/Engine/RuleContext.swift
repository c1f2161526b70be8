import Foundation

/// What a rule's check sees of one tender: the model, the profile, the evaluation date, its parameters
/// and the catalogues; and where it reports findings. Checks are pure functions of these.
public final class RuleContext {
    public let tender: Tender
    public let profile: Profile
    public let evaluationDate: EvaluationDate
    public let catalogues: CatalogueSet
    let rule: RuleIdentity
    let parameters: [String: ParameterValue]
    private(set) var findings: [Finding] = []
    /// The index of the lot a `ForEachLot` check is on; its findings are that lot's.
    var currentLot: Int?
    /// What the rules checking this tender have worked out for all of them.
    private let shared: TenderMemo

    init(tender: Tender, profile: Profile, evaluationDate: EvaluationDate, catalogues: CatalogueSet,
         rule: RuleIdentity, parameters: [String: ParameterValue], shared: TenderMemo = TenderMemo()) {
        self.tender = tender
        self.profile = profile
        self.evaluationDate = evaluationDate
        self.catalogues = catalogues
        self.rule = rule
        self.parameters = parameters
        self.shared = shared
    }

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

    public var date: CalendarDate { evaluationDate.date }

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

    // MARK: Policies in force

    /// Whether a policy applies on the evaluation date, under this profile. For a lot reserved for SMEs or
    /// VCSEs, milestones with a grace period apply that many years later.
    public func isInForce(_ policy: Policy, for lot: Lot? = nil) -> Bool {
        guard policy.profile == profile else { return false }
        if let lot, hasGrace(policy, for: lot) {
            return date >= policy.inForceFrom.adding(years: policy.graceYearsForSmallSuppliers)
                && (policy.supersededOn.map { date < $0 } ?? true)
        }
        return policy.isInForce(on: date)
    }

    /// Whether a lot's small-supplier grace period puts off a policy that would otherwise apply today.
    public func graceDefers(_ policy: Policy, for lot: Lot) -> Bool {
        policy.profile == profile && policy.isInForce(on: date) && !isInForce(policy, for: lot)
    }

    /// The note that says so, for findings on reserved lots.
    public func graceNote(_ policy: Policy, for lot: Lot) -> String {
        "\(lot.label) is reserved for SMEs or VCSEs, so \(policy.shortName) applies to it \(policy.graceYearsForSmallSuppliers) years later, from \(policy.inForceFrom.adding(years: policy.graceYearsForSmallSuppliers))"
    }

    private func hasGrace(_ policy: Policy, for lot: Lot) -> Bool {
        policy.graceYearsForSmallSuppliers > 0 && !lot.reservedFor.isEmpty
    }

    // MARK: Parameters

    public func percent(_ name: String) throws -> Decimal {
        guard case .percent(let value)? = parameters[name] else { throw RuleError.missingParameter(name, rule: rule.id) }
        return value
    }

    public func pounds(_ name: String) throws -> Decimal {
        guard case .pounds(let value)? = parameters[name] else { throw RuleError.missingParameter(name, rule: rule.id) }
        return value
    }

    public func number(_ name: String) throws -> Decimal {
        guard case .number(let value)? = parameters[name] else { throw RuleError.missingParameter(name, rule: rule.id) }
        return value
    }

    public func year(_ name: String) throws -> Int {
        guard case .year(let value)? = parameters[name] else { throw RuleError.missingParameter(name, rule: rule.id) }
        return value
    }

    public func date(_ name: String) throws -> CalendarDate {
        guard case .date(let value)? = parameters[name] else { throw RuleError.missingParameter(name, rule: rule.id) }
        return value
    }

    public func flag(_ name: String) throws -> Bool {
        guard case .flag(let value)? = parameters[name] else { throw RuleError.missingParameter(name, rule: rule.id) }
        return value
    }
}

/// A rule that cannot run as written; the engine reports it as an internal error and goes on.
public enum RuleError: Error, Sendable, CustomStringConvertible {
    case missingParameter(String, rule: String)
    case failed(String)

    public var description: String {
        switch self {
        case .missingParameter(let name, let rule): "rule \(rule) reads a parameter '\(name)' it does not declare"
        case .failed(let reason): reason
        }
    }
}

/// Values shared by the rules checking one tender. The rules of a tender run one after another on one thread.
final class TenderMemo {
    var values: [AnyHashable: Any] = [:]
}

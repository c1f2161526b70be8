import Foundation

/// A tender as the engine judges it: the day it is judged as of, its applicability with the profile applied and
/// what follows from that day, and, asked once per policy, whether each policy binds it.
///
/// One per tender, shared by the rules that check it, which may run on several threads (a tender with many lots).
public final class TenderJudgement: @unchecked Sendable {
    public let tender: Tender
    public let date: EvaluationDate
    /// The facts the policies are judged by: the document's, with `--profile` or `profile:` applied and settled.
    public let applicability: Applicability
    /// Unconfirmed policies turned on, and others turned off, by configuration.
    let policySwitches: [String: Bool]
    private let lock = NSLock()
    private var bindings: [String: PolicyBinding] = [:]

    public init(_ tender: Tender, settings: EngineSettings) {
        self.tender = tender
        let date = EvaluationDate.choose(for: tender, asOf: settings.asOf, today: settings.today)
        var applicability = tender.applicability
        if let profile = settings.profile {
            applicability = profile.applied(to: applicability, setBy: settings.profileSetter ?? "--profile \(profile.rawValue)")
        }
        let settled = applicability.settled(commencedOn: date.date, dateSource: date.source.rawValue, dateOrigin: date.origin)
        self.applicability = settled
        self.date = date.capped(byRegime: settled.regime)
        self.policySwitches = settings.policySwitches
    }

    /// Whether a policy is on: unconfirmed ones are off unless turned on.
    public func isOn(_ policy: Policy) -> Bool {
        policySwitches[policy.id] ?? (policy.status != .unconfirmed)
    }

    /// Whether the policy binds this tender, and why.
    public func binding(_ policy: Policy) -> PolicyBinding {
        lock.withLock {
            if let known = bindings[policy.id] { return known }
            let binding = PolicyBinding(policy, applicability: applicability, buyerName: tender.buyer.name?.value, date: date, isOn: isOn(policy))
            bindings[policy.id] = binding
            return binding
        }
    }

    /// Whether the document is at a stage whose evaluation design can be judged (unknown stages are judged).
    public var judgesEvaluationDesign: Bool { applicability.stage.value?.hasEvaluationDesign ?? true }
}

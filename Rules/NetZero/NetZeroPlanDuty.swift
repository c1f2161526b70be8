import Foundation
import TenderLintKit

/// Why a lot must ask for a Carbon Reduction Plan, under which policy.
struct PlanDuty: Sendable {
    enum Reason: Sendable {
        /// Its value a year reaches the threshold (`inclusive`: £5m itself counts).
        case value(AnnualValue, threshold: Decimal, inclusive: Bool)
        /// It is a new NHS framework, whatever its value.
        case framework(Located<Bool>)
    }

    var policy: Policy
    var reason: Reason
    var notes: [String] = []

    /// "contracts worth £5,000,000 a year or more (excluding VAT)", or the framework rule.
    var requirementWords: String {
        switch reason {
        case .value(_, let threshold, let inclusive):
            let amount = NetZeroMoney.pounds(threshold)
            let worth = inclusive ? "worth \(amount) a year or more" : "worth more than \(amount) a year"
            switch policy {
            case .nhsCarbonReductionPlan2023, .nhsCarbonReductionPlan2024, .nhsCarbonReductionPlan2027: return "NHS contracts \(worth) (excluding VAT)"
            case .ppn006, .wppn006: return "contracts \(worth) including VAT"
            case .wppn0621: return "Welsh Government contracts \(worth)"
            default: return "contracts \(worth)"
            }
        case .framework:
            return "every new NHS framework, whatever its value,"
        }
    }
}

struct PlanDutySettings: Sendable {
    var threshold: Decimal
    var vatRate: Decimal
    var frameworkValueAsCallOff: Bool
    /// The NHS's April 2027 value tier (unconfirmed).
    var nhs2027Threshold: Decimal
}

extension RuleContext {
    /// The policy that asks this lot for a Carbon Reduction Plan on the evaluation date, if any: the most recent
    /// that binds the lot (with small-supplier grace where turned on) and whose threshold its value reaches.
    /// A justified exception that the policy allows (not relevant or not proportionate) lifts the duty.
    func planDuty(for lot: Lot, _ settings: PlanDutySettings) -> PlanDuty? {
        let threshold = settings.threshold
        let exception = justifiedPlanException(for: lot)
        func allowsException(_ policy: Policy) -> Bool { exception.map { policy.exceptions.contains($0.kind.value) } ?? false }
        let nhsValue = annualValue(of: lot, basis: .excluding, vatRate: settings.vatRate)
        if binds(.nhsCarbonReductionPlan2027, for: lot) {
            guard let nhsValue, nhsValue.amount >= settings.nhs2027Threshold else { return nil }
            var duty = PlanDuty(policy: .nhsCarbonReductionPlan2027, reason: .value(nhsValue, threshold: settings.nhs2027Threshold, inclusive: true))
            duty.notes.append("the April 2027 requirements' value tiers are not yet confirmed: the nhs2027ThresholdPerAnnum parameter (\(NetZeroMoney.pounds(settings.nhs2027Threshold)) a year) stands in for them")
            return duty
        }
        if binds(.nhsCarbonReductionPlan2024, for: lot) {
            if let nhsValue, nhsValue.amount >= threshold {
                return PlanDuty(policy: .nhsCarbonReductionPlan2024, reason: .value(nhsValue, threshold: threshold, inclusive: true))
            }
            if let flag = frameworkFlag, !allowsException(.nhsCarbonReductionPlan2024) {
                return PlanDuty(policy: .nhsCarbonReductionPlan2024, reason: .framework(flag))
            }
            return nil
        }
        if binds(.nhsCarbonReductionPlan2023, for: lot) {
            guard let nhsValue, nhsValue.amount > threshold else { return nil }
            var duty = PlanDuty(policy: .nhsCarbonReductionPlan2023, reason: .value(nhsValue, threshold: threshold, inclusive: false))
            // Grace put off the April 2024 milestone for this lot: the finding rests on the April 2023 one.
            if graceDefers(.nhsCarbonReductionPlan2024, for: lot) { duty.notes.append(graceNote(.nhsCarbonReductionPlan2024, for: lot)) }
            return duty
        }
        if binds(.ppn006) || binds(.wppn006) {
            let policy: Policy = binds(.ppn006) ? .ppn006 : .wppn006
            if frameworkFlag != nil, !settings.frameworkValueAsCallOff { return nil }
            guard !allowsException(policy), let value = annualValue(of: lot, basis: .including, vatRate: settings.vatRate) else { return nil }
            let inclusive = policy == .wppn006
            guard inclusive ? value.amount >= threshold : value.amount > threshold else { return nil }
            var duty = PlanDuty(policy: policy, reason: .value(value, threshold: threshold, inclusive: inclusive))
            if frameworkFlag != nil {
                if let evidence = tender.frameworkEvidence { duty.notes.append(evidence.description) }
                duty.notes.append("\(policy.shortName) asks a framework for a plan where a call-off contract could be worth more than \(NetZeroMoney.pounds(threshold)) a year; the framework's own value a year was taken as its largest call-off (the frameworkValueAsCallOff parameter)")
            }
            return duty
        }
        if binds(.ppn0621) || binds(.wppn0621) {
            let policy: Policy = binds(.ppn0621) ? .ppn0621 : .wppn0621
            guard let value = annualValue(of: lot, basis: .asStated, vatRate: settings.vatRate) else { return nil }
            let inclusive = policy == .wppn0621
            guard inclusive ? value.amount >= threshold : value.amount > threshold else { return nil }
            return PlanDuty(policy: policy, reason: .value(value, threshold: threshold, inclusive: inclusive))
        }
        return nil
    }

    /// The exception to the Carbon Reduction Plan the terms of a lot declare, where it has a justification.
    func justifiedPlanException(for lot: Lot) -> DeclaredException? {
        guard let exception = tender.netZero(of: lot).exception, !exception.justificationText.isEmpty else { return nil }
        return exception
    }
}

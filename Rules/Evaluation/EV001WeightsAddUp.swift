import Foundation
import TenderLintKit

extension EvaluationRules {
    static let weightsAddUp = Rule("EV001", "weights-add-up") {
        Summary("Sibling weights add up to 100% (or 1 for fractions)")
        Severity(.error)
        WhatItChecks("""
            Weights are shares of their parent: at the top of an evaluation, shares of the total score; under a \
            criterion, shares of that criterion. The rule checks that each group of siblings adds up to **100%** \
            (or **1** when written as fractions), at every level and in every lot.

            A small difference is allowed for rounding (the parameter `tolerance`, 0.5 percentage points per \
            level by default), so thirds written as 33.3 + 33.3 + 33.3 pass; eForms itself allows ±1 point per \
            criterion. Criteria weighted only by an order of importance or a formula (price per quality point) \
            are left out of the sum.

            Siblings written in different units (percentages beside fractions or points) are reported as such: \
            they cannot be added up at all.
            """)
        Why("""
            No policy sets this rule; arithmetic does. If the weights of a group do not add up, no bidder's score \
            means what the tender says, and the share social value carries (SV001: at least 10% of the total \
            under PPN 06/20, PPN 002 and the NHS net zero and social value guidance) cannot be trusted.
            """)
        NotThisRulesFinding("""
            Groups with a weight range (EV004); groups where a criterion has no weight beside weighted ones \
            (EV002); a group where no criterion has a weight at all (EV005, under the Procurement Act 2023); \
            weights that cannot be read as numbers, such as "ten" (TL005). Points: no rule adds them up, since \
            they are relative, whatever they add up to.
            """)
        Parameter(toleranceParameter)
        Needs(.numericWeights)
        ForEachLot { lot, rule in
            let tolerance = rule[toleranceParameter]
            for group in lot.siblingGroups {
                let units = group.numericUnits
                guard let unit = units.first else { continue }
                if units.count > 1 {
                    reportMixedUnits(group, units: units, rule: rule)
                    continue
                }
                let weights = group.numericWeights
                guard unit != .points, !group.hasUnweighted, !weights.contains(where: { $0.weight.isRange }) else { continue }
                let values = weights.map { $0.weight.bounds?.minimum ?? 0 }
                guard Arithmetic.sum(of: values, unit: unit, isFurtherFromWholeThan: tolerance) else { continue }
                let sum = values.reduce(Decimal(0), +)
                reportSum(group, sum: sum, unit: unit, tolerance: tolerance, rule: rule)
            }
        }
        weightsAddUpExamples
    }
}

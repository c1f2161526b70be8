import Foundation
import TenderLintKit

/// EV004: weight ranges that run downwards, or whose minima or maxima leave no way to add up to the whole.
extension EvaluationRules {
    static let inconsistentWeightRanges = Rule("EV004", "inconsistent-weight-ranges") {
        Summary("Weight ranges are consistent: minimum below maximum, and siblings can add up to 100%")
        Severity(.error)
        WhatItChecks("""
            A weight may be given as a range (`10-20`: between 10% and 20% of its parent), as UK notices often \
            do. A range is inconsistent when its **minimum is above its maximum**, and a group of siblings is \
            when their **minima add up to more than 100%** (or 1, for fractions) or their **maxima to less**. \
            Exact weights count as both minimum and maximum; a small difference is allowed for rounding (the \
            parameter `tolerance`, 0.5 percentage points by default).

            Points ranges are checked for order only: points are relative. The maxima are not checked where a \
            sibling has no weight, since it could take up the rest.
            """)
        Why("""
            No policy sets this rule. When no choice of weights within the ranges adds up to the whole, the \
            tender cannot be scored as published. The weights also feed the share of the total score the social \
            value policies set a minimum for (PPN 06/20, PPN 002, NHS net zero and social value guidance).
            """)
        NotThisRulesFinding("""
            Exact weights that do not add up, and siblings in mixed units (EV001); a sibling with no weight \
            (EV002); a social value range too low for the minimum (SV001 counts a range at its minimum).
            """)
        Parameter(toleranceParameter)
        Needs(.numericWeights)
        ForEachLot { lot, rule in
            let tolerance = rule[toleranceParameter]
            for group in lot.siblingGroups {
                let weights = group.numericWeights
                let inverted = weights.filter { ($0.weight.bounds?.minimum ?? 0) > ($0.weight.bounds?.maximum ?? 0) }
                for (criterion, weight) in inverted {
                    let (low, high) = weight.bounds!
                    rule.report {
                        Message("the weight range of \(criterion.label) in \(lot.label) runs from \(Arithmetic.plain(low)) down to \(Arithmetic.plain(high)): its minimum is above its maximum")
                        At(criterion.weight?.origin ?? criterion.origin)
                        OffendingValue("\(Arithmetic.plain(low))-\(Arithmetic.plain(high))")
                        Label("minimum above maximum")
                        Help("write the smaller number first: \(Arithmetic.plain(high))-\(Arithmetic.plain(low))")
                    }
                }
                let units = group.numericUnits
                guard inverted.isEmpty, units.count == 1, let unit = units.first, unit != .points,
                      weights.contains(where: { $0.weight.isRange }) else { continue }
                let bounds = weights.map { $0.weight.bounds ?? (0, 0) }
                if Arithmetic.rangesReachWhole(bounds, unit: unit, tolerance: tolerance, checkingMaxima: !group.hasUnweighted) == true { continue }
                let minima = weights.reduce(Decimal(0)) { $0 + ($1.weight.bounds?.minimum ?? 0) }
                let maxima = weights.reduce(Decimal(0)) { $0 + ($1.weight.bounds?.maximum ?? 0) }
                let whole = Arithmetic.whole(unit)
                let allowed = Arithmetic.tolerance(tolerance, unit: unit)
                let sums = "\(group.weightList) = \(Arithmetic.amount(minima, maxima, unit: unit))"
                if minima > whole + allowed {
                    let excess = Arithmetic.amount(minima - whole, unit: unit == .percentage ? .points : unit)
                    rule.report {
                        Message("\(group.weightsPhrase("lowest")) add up to \(Arithmetic.amount(minima, unit: unit)), more than \(Arithmetic.amount(whole, unit: unit)): no choice within the ranges adds up to \(Arithmetic.amount(whole, unit: unit))")
                        At(group.origin)
                        OffendingValue(sums)
                        Label("minima add up to \(Arithmetic.amount(minima, unit: unit))")
                        Note(sums)
                        Help("lower the minimum of one or more ranges by \(excess) in all")
                    }
                } else if !group.hasUnweighted, maxima < whole - allowed {
                    let shortfall = Arithmetic.amount(whole - maxima, unit: unit == .percentage ? .points : unit)
                    rule.report {
                        Message("\(group.weightsPhrase("highest")) add up to \(Arithmetic.amount(maxima, unit: unit)), less than \(Arithmetic.amount(whole, unit: unit)): no choice within the ranges adds up to \(Arithmetic.amount(whole, unit: unit))")
                        At(group.origin)
                        OffendingValue(sums)
                        Label("maxima add up to \(Arithmetic.amount(maxima, unit: unit))")
                        Note(sums)
                        Help("raise the maximum of one or more ranges by \(shortfall) in all")
                    }
                }
            }
        }
        Examples {
            Triggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  <criterion id="quality" kind="quality" weight="40-50"/>
                  <criterion id="social-value" kind="social-value" weight="↓20-10"/>
                </evaluation>
                """)
            // Minima 45 + 50 + 10 = 105.
            Triggering("""
                ↓<evaluation>
                  <criterion id="price" kind="price" weight="45-55"/>
                  <criterion id="quality" kind="quality" weight="50-60"/>
                  <criterion id="social-value" kind="social-value" weight="10"/>
                </evaluation>
                """)
            // Maxima 35 + 45 + 10 = 90.
            Triggering("""
                ↓<evaluation>
                  <criterion id="price" kind="price" weight="30-35"/>
                  <criterion id="quality" kind="quality" weight="40-45"/>
                  <criterion id="social-value" kind="social-value" weight="10"/>
                </evaluation>
                """)
            // Nested, and in fractions: 0.6 + 0.5 = 1.1 at the least.
            Triggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40"/>
                  ↓<criterion id="quality" kind="quality" weight="60">
                    <criterion id="delivery" kind="quality" weight="0.6-0.7" weight-unit="fraction"/>
                    <criterion id="social-value" kind="social-value" weight="0.5" weight-unit="fraction"/>
                  </criterion>
                </evaluation>
                """)
            // Points are relative, but a range still runs upwards.
            Triggering("""
                <evaluation>
                  <criterion id="price" kind="price" points="40"/>
                  <criterion id="quality" kind="quality" points="↓60-50"/>
                  <criterion id="social-value" kind="social-value" points="10"/>
                </evaluation>
                """)
            // Minima 30 + 50 + 10 = 90 and maxima 40 + 60 + 15 = 115: 100 lies between.
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="30-40"/>
                  <criterion id="quality" kind="quality" weight="50-60"/>
                  <criterion id="social-value" kind="social-value" weight="10-15"/>
                </evaluation>
                """)
            // Minima exactly 100.
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="40-50"/>
                  <criterion id="quality" kind="quality" weight="50"/>
                  <criterion id="social-value" kind="social-value" weight="10"/>
                </evaluation>
                """)
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" points="30-40"/>
                  <criterion id="quality" kind="quality" points="50-60"/>
                  <criterion id="social-value" kind="social-value" points="15"/>
                </evaluation>
                """)
            // Exact weights that do not add up are EV001's finding; here there is no range.
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="35"/>
                  <criterion id="quality" kind="quality" weight="50"/>
                  <criterion id="social-value" kind="social-value" weight="10"/>
                </evaluation>
                """)
            // A sibling without a weight could take up the rest: the maxima are not checked.
            NonTriggering("""
                <evaluation>
                  <criterion id="price" kind="price" weight="30-35"/>
                  <criterion id="quality" kind="quality"/>
                  <criterion id="social-value" kind="social-value" weight="10"/>
                </evaluation>
                """)
        }
    }
}

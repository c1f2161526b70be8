import Foundation
import TenderLintKit

extension NetZeroRules {
    static let latestYear = ParameterKey.year("latestYear", default: 2050, "The latest net zero year a Carbon Reduction Plan may commit to")
    static let nhsEncouragedYear = ParameterKey.year(
        "nhsEncouragedYear", default: 2045,
        "The year the NHS encourages suppliers to reach net zero by; later years are reported as information for NHS bodies in England")

    static let netZeroTargetYear = Rule("NZ004", "net-zero-target-year") {
        Summary("The net zero year asked of suppliers is 2050 at the latest (the NHS encourages 2045)")
        Severity(.error)
        WhatItChecks("""
            The year by which a Carbon Reduction Plan asked for commits the supplier to net zero (`net-zero-by`): a \
            year later than `latestYear` (**2050**) is an error. For NHS bodies in England a year later than \
            `nhsEncouragedYear` (**2045**) is reported as information. Both years are parameters.
            """)
        Why("""
            A Carbon Reduction Plan commits the supplier to net zero by **2050 at the latest** (PPN 06/21, PPN 006 \
            and the NHS Net Zero Supplier Roadmap).

            For NHS bodies in England, from 1 April 2023 (the first NHS plan requirements), 2050 still meets the \
            minimum, but the NHS aims for net zero by **2045** for the emissions it can influence (its supply \
            chain) and encourages suppliers to match it.
            """)
        NotThisRulesFinding("""
            A tender that asks for no plan where one is due (NZ001) or recommended (NZ007, as information); a plan \
            that leaves out emissions policy requires (NZ003). A plan that states no net zero year: no rule, as there is no year to judge.
            """)
        Enforces(.ppn0621, .ppn006, .nhsCarbonReductionPlan2023, .nhsCarbonReductionPlan2024, .nhsCarbonReductionPlan2027, .wppn0621, .wppn006)
        Parameter(latestYear)
        Parameter(nhsEncouragedYear)
        AppliesOnlyWhen(.planAsked)
        Needs(.planNetZeroYear)
        Check { rule in
            let latest = rule[latestYear]
            let encouraged = rule[nhsEncouragedYear]
            let nhs = rule.policies.contains { $0.pack == .nhsEngland }
            for group in rule.termsGroups {
                guard let plan = group.terms.carbonReductionPlan, plan.required.value, let year = plan.netZeroBy else { continue }
                let lot = group.lots[0]
                let which = group.isLotsOwn && !lot.isImplicit ? "the Carbon Reduction Plan asked for in \(lot.label)" : "the Carbon Reduction Plan asked for"
                let better = nhs ? encouraged : latest
                if year.value > latest {
                    rule.report {
                        Message("\(which) sets net zero by \(year.value), later than \(latest), the latest year a plan may commit to")
                        At(year.origin?.field)
                        Label("later than \(latest)")
                        if nhs { Note("the NHS encourages \(encouraged): its own target for the emissions of its supply chain") }
                        Help("ask for net zero by \(better)")
                        FixIt("ask for net zero by \(better)", .unsafe(because: "it changes the year suppliers must reach net zero by"), replacing: year.origin?.fieldValue, with: String(better))
                    }
                } else if nhs, year.value > encouraged {
                    rule.report {
                        Message("\(which) sets net zero by \(year.value); the NHS encourages \(encouraged)")
                        At(year.origin?.field)
                        Label("later than \(encouraged)")
                        SeverityOverride(.info)
                        Note("a plan may commit to any year up to \(latest), so \(year.value) meets the minimum; the NHS aims for net zero by \(encouraged) for the emissions it can influence and encourages suppliers to match it")
                        Help("ask for net zero by \(encouraged)")
                        FixIt("ask for net zero by \(encouraged)", .unsafe(because: "it changes the year suppliers must reach net zero by"), replacing: year.origin?.fieldValue, with: String(encouraged))
                    }
                }
            }
        }
        Examples {
            Triggering("""
                <net-zero><carbon-reduction-plan required="true" scopes="1 2 3" ↓net-zero-by="2055"/></net-zero>
                \(evaluation)
                """)
            // Information for an NHS body in England.
            Triggering("""
                <net-zero><carbon-reduction-plan required="true" scopes="1 2 3" ↓net-zero-by="2050"/></net-zero>
                \(evaluation)
                """)
            NonTriggering("""
                <net-zero><carbon-reduction-plan required="true" scopes="1 2 3" net-zero-by="2045"/></net-zero>
                \(evaluation)
                """)
            NonTriggering("""
                <net-zero><carbon-reduction-plan required="true" scopes="1 2 3" net-zero-by="2050"/></net-zero>
                \(evaluation)
                """, profile: .centralGovernment)
            Triggering("""
                <net-zero><carbon-reduction-plan required="true" scopes="1 2 3" ↓net-zero-by="2051"/></net-zero>
                \(evaluation)
                """, profile: .centralGovernment)
            NonTriggering("""
                <net-zero><carbon-reduction-plan required="true" scopes="1 2 3" net-zero-by="2050"/></net-zero>
                \(evaluation)
                """, parameters: [nhsEncouragedYear.name: .year(2050)])
            // The NHS has encouraged 2045 since its first plan requirements, in April 2023; before them, no NHS plan policy applied.
            Triggering("""
                <net-zero><carbon-reduction-plan required="true" scopes="1 2 3" ↓net-zero-by="2050"/></net-zero>
                \(evaluation)
                """, asOf: "2023-04-01")
            NonTriggering("""
                <net-zero><carbon-reduction-plan required="true" scopes="1 2 3" net-zero-by="2050"/></net-zero>
                \(evaluation)
                """, asOf: "2023-03-31")
            NonTriggering("""
                <net-zero><carbon-reduction-plan required="false" net-zero-by="2060"/></net-zero>
                \(evaluation)
                """)
            Triggering("""
                <lot id="1">
                  <net-zero><carbon-reduction-plan required="true" scopes="1 2 3" net-zero-by="2045"/></net-zero>
                  \(evaluation)
                </lot>
                <lot id="2">
                  <net-zero><carbon-reduction-plan required="true" scopes="1 2 3" ↓net-zero-by="2060"/></net-zero>
                  \(evaluation)
                </lot>
                """)
        }
    }
}

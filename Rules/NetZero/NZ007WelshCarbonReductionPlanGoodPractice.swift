import Foundation
import TenderLintKit

/// NZ007: a Carbon Reduction Plan as good practice for Welsh public bodies other than the Welsh Government.
extension NetZeroRules {
    static let welshPlanGoodPractice = Rule("NZ007", "welsh-carbon-reduction-plan-good-practice") {
        Summary("A Welsh public body's contract of £5m a year or more asks for a Carbon Reduction Plan, as good practice")
        Severity(.info)
        WhatItChecks("""
            Where a Welsh public body other than the Welsh Government (NHS Wales, local authorities, other Welsh \
            public bodies) has a contract worth `crpThresholdPerAnnum` (£5m) a year or more, as stated, and asks \
            for no Carbon Reduction Plan, this rule says so, as information. Nothing fails.
            """)
        Why("""
            WPPN 06/21 (from 1 April 2022, then WPPN 006) makes a Carbon Reduction Plan **mandatory** for Welsh \
            Government contracts of £5m or more, and **recommends** it to the rest of the Welsh public sector. For \
            them it is good practice, not a duty.
            """)
        NotThisRulesFinding("""
            A Welsh Government contract of £5m a year or more that asks for no plan: a duty, so NZ001's finding, \
            as an error. A contract worth less than £5m a year: no rule, as nothing is recommended there. A buyer \
            the document does not identify (TL015).
            """)
        Enforces(.walesCarbonReductionPlanGoodPractice)
        Parameter(crpThresholdPerAnnum)
        Needs(.valueOrPlanAsked)
        ForEachLot { lot, rule in
            let terms = rule.tender.netZero(of: lot)
            guard terms.carbonReductionPlan?.required.value != true,
                  let value = rule.annualValue(of: lot, basis: .asStated, vatRate: 0),
                  value.amount >= rule[crpThresholdPerAnnum] else { return }
            rule.report {
                Message("\(lot.label) is worth \(value.inWords) and does not ask for a Carbon Reduction Plan; WPPN 06/21 and WPPN 006 recommend one to Welsh public bodies other than the Welsh Government for contracts of \(NetZeroMoney.pounds(rule[crpThresholdPerAnnum])) or more")
                At(value.origin)
                Label(value.label)
                value.notes.map(Note)
                Note("for the Welsh Government a plan is mandatory (WPPN 06/21, then WPPN 006); for other Welsh public bodies it is good practice")
                Help(rule.spelling.planHelp(for: .walesCarbonReductionPlanGoodPractice, full: false, lot: lot, tender: rule.tender,
                                                          existing: terms.carbonReductionPlan != nil))
            }
        }
        Examples {
            Triggering("""
                <tender xmlns="urn:tenderlint:tender-spec:1" id="EXAMPLE" above-threshold="true">
                  <buyer sector="nhs" jurisdiction="wales">Example University Health Board</buyer>
                  <dates publication="2026-06-01"/>
                  <value ↓amount="24000000" currency="GBP" vat="excluded"/>
                  <duration months="48"/>
                  \(evaluation)
                </tender>
                """)
            NonTriggering("""
                <tender xmlns="urn:tenderlint:tender-spec:1" id="EXAMPLE" above-threshold="true">
                  <buyer sector="nhs" jurisdiction="wales">Example University Health Board</buyer>
                  <dates publication="2026-06-01"/>
                  <value amount="24000000" currency="GBP" vat="excluded"/>
                  <duration months="48"/>
                  <net-zero><carbon-reduction-plan required="true" standard="ppn-006" scopes="1 2 3" net-zero-by="2050"/></net-zero>
                  \(evaluation)
                </tender>
                """)
            NonTriggering("""
                <tender xmlns="urn:tenderlint:tender-spec:1" id="EXAMPLE" above-threshold="true">
                  <buyer sector="local-government" jurisdiction="wales">Example County Borough Council</buyer>
                  <dates publication="2026-06-01"/>
                  <value amount="4000000" currency="GBP" vat="excluded"/>
                  <duration months="48"/>
                  \(evaluation)
                </tender>
                """)
            // For the Welsh Government the plan is a duty: NZ001's finding, not this one's.
            NonTriggering("""
                <tender xmlns="urn:tenderlint:tender-spec:1" id="EXAMPLE" above-threshold="true">
                  <buyer sector="devolved-government" jurisdiction="wales">Welsh Government</buyer>
                  <dates publication="2026-06-01"/>
                  <value amount="24000000" currency="GBP" vat="excluded"/>
                  <duration months="48"/>
                  \(evaluation)
                </tender>
                """)
        }
    }
}

import Foundation
import TenderLintKit

extension NetZeroRules {
    static let evergreenAssessmentRequired = Rule("NZ006", "evergreen-assessment-required") {
        Summary("From 2030, NHS tenders qualify suppliers through progress reports and the Evergreen assessment")
        Severity(.error)
        WhatItChecks("""
            Whether an NHS tender makes qualification depend on published progress reports and the **Evergreen \
            Sustainable Supplier Assessment**: `<evergreen-assessment required="true"/>` in `<net-zero>` (in OCDS \
            and eForms notices, a mention of the Evergreen assessment).

            It applies from the `evergreenFrom` parameter, **1 January 2030** by default. As for NZ005, contracts \
            known to be worth less than `fromPerAnnum` (£10,000 a year) are left alone: tenderlint's reading, set \
            it to £0 to check every contract.
            """)
        Why("""
            From **2030** the NHS Net Zero Supplier Roadmap lets suppliers to NHS bodies in England qualify only if \
            they show progress through published progress reports and continued emissions reporting through the \
            Evergreen assessment. The roadmap gives the year, not the month: 1 January is tenderlint's reading, \
            which is **unconfirmed**. The SME and VCSE grace period does not extend to this milestone.
            """)
        NotThisRulesFinding("""
            Public reporting of targets and emissions, from 1 April 2027 (NZ005); no Carbon Reduction Plan asked \
            for where one is due (NZ001), or one that leaves out emissions (NZ003). A contract known to be worth \
            less than £10,000 a year: no rule, by default.
            """)
        Enforces(.nhsEvergreen2030)
        Parameter(evergreenFrom)
        Parameter(fromPerAnnum)
        AppliesOnlyWhen(.evergreenDate, .notKnownToBeSmall)
        Check { rule in
            let from = rule[evergreenFrom]
            let spelling = rule.spelling
            for group in rule.termsGroups {
                let requirement = group.terms.evergreenAssessment
                guard requirement?.required.value != true else { continue }
                let (subject, plural) = TermsGroup.subject(group.lots)
                rule.report {
                    Message("\(subject) \(plural ? "do" : "does") not make qualification depend on published progress reports and the Evergreen Sustainable Supplier Assessment")
                    At(NetZeroPlace.missingRequirement(requirement, in: group, of: rule.tender))
                    Label(requirement == nil ? "no Evergreen assessment required" : "not required")
                    Note("from 2030 the NHS Net Zero Supplier Roadmap qualifies only suppliers who show progress through published progress reports and the Evergreen Sustainable Supplier Assessment (taken from \(from), the evergreenFrom parameter: the roadmap gives no month)")
                    Help(spelling.requirementHelp(
                        xml: "evergreen-assessment", json: "evergreenAssessment",
                        after: ["carbon-reduction-plan", "net-zero-commitment"],
                        words: "the Evergreen Sustainable Supplier Assessment", lot: group.isLotsOwn ? group.lots[0] : nil, tender: rule.tender,
                        existing: requirement != nil))
                    if let requirement {
                        FixIt("require the Evergreen assessment", .unsafe(because: "it changes what the tender asks of suppliers"), replacing: requirement.required.origin?.fieldValue, with: "true")
                    }
                }
            }
        }
        Examples {
            Triggering("""
                ↓<net-zero>
                  <carbon-reduction-plan required="true" scopes="1 2 3" global="true" net-zero-by="2045"/>
                  <public-reporting required="true"/>
                </net-zero>
                \(evaluation)
                """, asOf: "2030-01-01")
            NonTriggering("""
                <net-zero>
                  <carbon-reduction-plan required="true" scopes="1 2 3" global="true" net-zero-by="2045"/>
                  <public-reporting required="true"/>
                </net-zero>
                \(evaluation)
                """, asOf: "2029-12-31")
            NonTriggering("""
                <net-zero>
                  <carbon-reduction-plan required="true" scopes="1 2 3" global="true" net-zero-by="2045"/>
                  <evergreen-assessment required="true"/>
                  <public-reporting required="true"/>
                </net-zero>
                \(evaluation)
                """, asOf: "2030-01-01")
            Triggering("""
                <net-zero>
                  <net-zero-commitment required="true"/>
                  <evergreen-assessment ↓required="false"/>
                </net-zero>
                \(evaluation)
                """, asOf: "2030-06-01")
            // No grace period on this milestone.
            Triggering("""
                <lot id="1" reserved-for="sme vcse">
                  ↓<net-zero><net-zero-commitment required="true"/></net-zero>
                  \(evaluation)
                </lot>
                """, asOf: "2030-01-01")
            NonTriggering("""
                <net-zero><net-zero-commitment required="true"/></net-zero>
                \(evaluation)
                """, asOf: "2030-06-01", parameters: [evergreenFrom.name: .date(CalendarDate(year: 2030, month: 7, day: 1)!)])
            NonTriggering("""
                <net-zero><net-zero-commitment required="true"/></net-zero>
                \(evaluation)
                """, profile: .centralGovernment, asOf: "2030-06-01")
        }
    }
}

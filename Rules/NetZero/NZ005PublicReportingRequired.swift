import Foundation
import TenderLintKit

extension NetZeroRules {
    static let publicReportingRequired = Rule("NZ005", "public-reporting-required") {
        Summary("From April 2027, NHS tenders require suppliers to report their targets and emissions publicly")
        Severity(.error)
        WhatItChecks("""
            Whether an NHS tender requires suppliers to report their net zero targets and emissions publicly: \
            `<public-reporting required="true"/>` in `<net-zero>`. OCDS and eForms notices have no field for this \
            requirement, so they are reported unless the tender spec says it.

            Contracts known to be worth less than `fromPerAnnum` (£10,000 a year, where the NHS asks for nothing \
            else on net zero either) are left alone: set it to £0 to check every contract. With \
            `smallSupplierGrace` turned on (unconfirmed), lots reserved for SMEs or VCSEs get two more years: from \
            1 April 2029.
            """)
        Why("""
            From **1 April 2027** the NHS Net Zero Supplier Roadmap asks **all suppliers** to NHS bodies in England \
            to report their net zero targets and emissions publicly (and to publish a Carbon Reduction Plan for \
            global emissions). The lower bound of £10,000 a year is tenderlint's reading, not the roadmap's words.
            """)
        NotThisRulesFinding("""
            A Carbon Reduction Plan that does not cover global emissions, or all of Scope 1, 2 and 3 (NZ003); no \
            plan asked for where one is due (NZ001); from 2030, qualification through progress reports and the \
            Evergreen assessment (NZ006). A contract known to be worth less than £10,000 a year: no rule, by \
            default.
            """)
        Enforces(.nhsCarbonReductionPlan2027)
        Parameter(fromPerAnnum)
        Parameter(.smallSupplierGrace)
        AppliesOnlyWhen(.reportingMilestone, .notKnownToBeSmall)
        Check { rule in
            let spelling = rule.spelling
            for group in rule.termsGroups {
                let requirement = group.terms.publicReporting
                guard requirement?.required.value != true else { continue }
                let deferred = rule.tender.lots.filter { rule.graceDefers(.nhsCarbonReductionPlan2027, for: $0) }
                let (subject, plural) = TermsGroup.subject(group.lots)
                rule.report {
                    Message("\(subject) \(plural ? "do" : "does") not require suppliers to report their net zero targets and emissions publicly")
                    At(NetZeroPlace.missingRequirement(requirement, in: group, of: rule.tender))
                    Label(requirement == nil ? "no public reporting required" : "not required")
                    Note("from 1 April 2027 the NHS Net Zero Supplier Roadmap asks all suppliers to report their targets and emissions publicly")
                    deferred.map { Note(rule.graceNote(.nhsCarbonReductionPlan2027, for: $0)) }
                    Help(spelling.requirementHelp(
                        xml: "public-reporting", json: "publicReporting",
                        after: ["carbon-reduction-plan", "net-zero-commitment", "evergreen-assessment"],
                        words: "public reporting of targets and emissions", lot: group.isLotsOwn ? group.lots[0] : nil, tender: rule.tender,
                        existing: requirement != nil))
                    if let requirement {
                        FixIt("require public reporting", .unsafe(because: "it changes what the tender asks of suppliers"), replacing: requirement.required.origin?.fieldValue, with: "true")
                    }
                }
            }
        }
        Examples {
            Triggering("""
                ↓<net-zero>
                  <carbon-reduction-plan required="true" scopes="1 2 3" global="true" net-zero-by="2045"/>
                </net-zero>
                \(evaluation)
                """, asOf: "2027-04-01")
            NonTriggering("""
                <net-zero>
                  <carbon-reduction-plan required="true" scopes="1 2 3" global="true" net-zero-by="2045"/>
                </net-zero>
                \(evaluation)
                """, asOf: "2027-03-31")
            NonTriggering("""
                <net-zero>
                  <carbon-reduction-plan required="true" scopes="1 2 3" global="true" net-zero-by="2045"/>
                  <public-reporting required="true"/>
                </net-zero>
                \(evaluation)
                """, asOf: "2027-04-01")
            Triggering("""
                <net-zero>
                  <net-zero-commitment required="true"/>
                  <public-reporting ↓required="false"/>
                </net-zero>
                \(evaluation)
                """, asOf: "2027-04-01")
            // No <net-zero> at all: on the tender.
            Triggering("""
                ↓<tender xmlns="urn:tenderlint:tender-spec:1" id="EXAMPLE" above-threshold="true">
                  <buyer sector="nhs" jurisdiction="england">Example NHS Trust</buyer>
                  <dates publication="2027-06-01"/>
                  \(evaluation)
                </tender>
                """)
            NonTriggering("""
                <value amount="5000" currency="GBP" vat="excluded" basis="per-annum"/>
                \(evaluation)
                """, asOf: "2027-06-01")
            NonTriggering("""
                <net-zero><net-zero-commitment required="true"/></net-zero>
                \(evaluation)
                """, profile: .centralGovernment, asOf: "2027-06-01")
            // Lots that share the tender's terms: one finding.
            Triggering("""
                ↓<net-zero><net-zero-commitment required="true"/></net-zero>
                <lot id="1">\(evaluation)</lot>
                <lot id="2">\(evaluation)</lot>
                """, asOf: "2027-06-01")
            // Reserved lots are checked like any other...
            Triggering("""
                <lot id="1" reserved-for="sme">
                  ↓<net-zero><net-zero-commitment required="true"/></net-zero>
                  \(evaluation)
                </lot>
                """, asOf: "2027-06-01")
            // ...and, with the unconfirmed grace turned on, from April 2029.
            NonTriggering("""
                <lot id="1" reserved-for="sme">
                  <net-zero><net-zero-commitment required="true"/></net-zero>
                  \(evaluation)
                </lot>
                """, asOf: "2029-03-31", parameters: withGrace)
            Triggering("""
                <lot id="1" reserved-for="sme">
                  ↓<net-zero><net-zero-commitment required="true"/></net-zero>
                  \(evaluation)
                </lot>
                """, asOf: "2029-04-01", parameters: withGrace)
        }
    }
}

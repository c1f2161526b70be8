import Foundation
import TenderLintKit

/// NZ005 and NZ006: the NHS roadmap's later milestones, public reporting (2027) and Evergreen qualification (2030).
extension NetZeroRules {
    // MARK: NZ005

    static let publicReportingRequired = Rule("NZ005", "public-reporting-required") {
        Summary("From April 2027, NHS tenders require suppliers to report their targets and emissions publicly")
        Severity(.error)
        Explanation("""
            From **1 April 2027** the NHS Net Zero Supplier Roadmap asks **all suppliers** to report their net \
            zero targets and emissions publicly (and to publish a Carbon Reduction Plan for global emissions: see \
            NZ003). Say so in the tender: `<public-reporting required="true"/>` in `<net-zero>`.

            With `smallSupplierGrace` turned on (unconfirmed), lots reserved for SMEs or VCSEs get two more years: \
            from 1 April 2029.

            The roadmap says *all* suppliers; tenderlint leaves alone contracts known to be worth less than \
            `fromPerAnnum` (£10,000 a year, where the NHS asks for nothing else on net zero either). That lower \
            bound is tenderlint's reading, not the roadmap's words: set it to £0 to check every contract. OCDS and \
            eForms notices have no field for this requirement, so they are reported unless the tender spec says it.
            """)
        Enforces(.nhsCarbonReductionPlan2027)
        Parameter(fromPerAnnum)
        Parameter(.smallSupplierGrace)
        AppliesOnlyWhen(.reportingMilestone, .notKnownToBeSmall)
        Check { rule in
            let spelling = NetZeroSpelling(rule.tender)
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
                        FixIt("require public reporting", replacing: NetZeroPlace.fieldValue(requirement.required.origin), with: "true")
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

    // MARK: NZ006

    static let evergreenAssessmentRequired = Rule("NZ006", "evergreen-assessment-required") {
        Summary("From 2030, NHS tenders qualify suppliers through progress reports and the Evergreen assessment")
        Severity(.error)
        Explanation("""
            From **2030** the NHS Net Zero Supplier Roadmap lets suppliers qualify only if they show progress \
            through published progress reports and continued emissions reporting through the **Evergreen \
            Sustainable Supplier Assessment**. Say so in the tender: `<evergreen-assessment required="true"/>` in \
            `<net-zero>` (in OCDS and eForms notices, a mention of the Evergreen assessment).

            The roadmap gives the year, not the month: tenderlint takes **1 January 2030** (the `evergreenFrom` \
            parameter), which is unconfirmed. The SME and VCSE grace period does not extend to this milestone. As \
            for NZ005, contracts known to be worth less than `fromPerAnnum` (£10,000 a year) are left alone: \
            tenderlint's reading, set it to £0 to check every contract.
            """)
        Enforces(.nhsEvergreen2030)
        Parameter(evergreenFrom)
        Parameter(fromPerAnnum)
        AppliesOnlyWhen(.evergreenDate, .notKnownToBeSmall)
        Check { rule in
            let from = rule[evergreenFrom]
            let spelling = NetZeroSpelling(rule.tender)
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
                        FixIt("require the Evergreen assessment", replacing: NetZeroPlace.fieldValue(requirement.required.origin), with: "true")
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

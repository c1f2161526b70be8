import Foundation
import TenderLintKit

/// NZ002: the NHS Net Zero Commitment for contracts from £10k to £5m a year.
extension NetZeroRules {
    static let netZeroCommitmentRequired = Rule("NZ002", "net-zero-commitment-required") {
        Summary("An NHS contract worth £10k to £5m a year asks suppliers for a Net Zero Commitment")
        Severity(.error)
        WhatItChecks("""
            Whether each lot of an NHS contract worth **£10,000 to under £5m a year, excluding VAT** (the \
            `commitmentFromPerAnnum` and `crpThresholdPerAnnum` parameters) asks suppliers for a **Net Zero \
            Commitment**: a shorter, published commitment to net zero. A full Carbon Reduction Plan asked for \
            instead also meets it.

            The value a year is worked out as for NZ001 (total over duration; VAT at `vatRate` where the tender \
            states it including VAT; values not in pounds are not checked). Frameworks are left alone. A \
            procurement below the procurement threshold, or one whose notice does not say, is not judged by \
            default.

            With `smallSupplierGrace` turned on (unconfirmed), lots reserved for SMEs or VCSEs get two more years.
            """)
        Why("""
            From **1 April 2024** the NHS Net Zero Supplier Roadmap asks suppliers on contracts of NHS bodies in \
            England worth **£10,000 to £5m a year, excluding VAT**, for a Net Zero Commitment. It is a pass/fail \
            selection requirement, on top of the 10% net zero and social value weighting.

            Until 1 April 2026 the commitment applies only to procurements **above the procurement threshold**. Its \
            extension below the threshold from 1 April 2026 was announced subject to review (**unconfirmed**): that \
            policy (`nhs-nzc-below-threshold-2026`) is off unless a configuration turns it on. From **1 April \
            2027** no new procurement needs a commitment: the 2027 requirements replace it.

            At £5m a year and above, and for every new framework, a full Carbon Reduction Plan is due instead.
            """)
        NotThisRulesFinding("""
            A contract worth £5m a year or more, or a new NHS framework, which needs a full Carbon Reduction Plan \
            (NZ001); what a plan asked for covers and its net zero year (NZ003, NZ004); from 1 April 2027, public \
            reporting (NZ005). A contract worth less than £10,000 a year: no rule, as the NHS asks for nothing on \
            net zero there. Buyers other than NHS bodies in England: no rule, as the roadmap binds only them.
            """)
        Enforces(.nhsNetZeroCommitment2024, .nhsNetZeroCommitmentBelowThreshold)
        Parameter(commitmentFromPerAnnum)
        Parameter(crpThresholdPerAnnum)
        Parameter(vatRate)
        Parameter(.smallSupplierGrace)
        AppliesOnlyWhen(.commitmentMilestone, .notAFramework)
        Needs(.valueOrCommitmentAsked)
        AppliesOnlyWhen(.valueInCommitmentBand)
        ForEachLot { lot, rule in
            let terms = rule.tender.netZero(of: lot)
            guard !rule.asksForCommitmentOrPlan(lot),
                  let value = rule.annualValue(of: lot, basis: .excluding, vatRate: rule[vatRate]) else { return }
            let from = rule[commitmentFromPerAnnum]
            let below = rule[crpThresholdPerAnnum]
            rule.report {
                Message("contracts worth from \(NetZeroMoney.pounds(from)) to under \(NetZeroMoney.pounds(below)) a year (excluding VAT) must ask for a Net Zero Commitment or a Carbon Reduction Plan; \(lot.label) is worth \(value.inWords) and asks for neither")
                At(value.origin)
                Label(value.label)
                if let commitment = terms.netZeroCommitment, let origin = commitment.required.origin?.field {
                    Secondary("the Net Zero Commitment is not required here", at: origin)
                }
                if let plan = terms.carbonReductionPlan, let origin = plan.required.origin?.field {
                    Secondary("the Carbon Reduction Plan is not required here", at: origin)
                }
                value.notes.map(Note)
                Help(rule.spelling.requirementHelp(
                    xml: "net-zero-commitment", json: "netZeroCommitment", after: ["carbon-reduction-plan"],
                    words: "a Net Zero Commitment from bidders", lot: lot, tender: rule.tender, existing: terms.netZeroCommitment != nil))
                if let commitment = terms.netZeroCommitment {
                    FixIt("ask for a Net Zero Commitment", .unsafe(because: "it changes what the tender asks of suppliers"), replacing: commitment.required.origin?.fieldValue, with: "true")
                }
            }
        }
        Examples {
            // £3,000,000 over 36 months is £1,000,000 a year.
            Triggering("""
                <value ↓amount="3000000" currency="GBP" vat="excluded"/>
                <duration months="36"/>
                \(evaluation)
                """)
            Triggering("""
                <value ↓amount="10000" currency="GBP" vat="excluded" basis="per-annum"/>
                \(evaluation)
                """)
            NonTriggering("""
                <value amount="9999.99" currency="GBP" vat="excluded" basis="per-annum"/>
                \(evaluation)
                """)
            NonTriggering("""
                <value amount="4999999" currency="GBP" vat="excluded" basis="per-annum"/>
                <net-zero><net-zero-commitment required="true"/></net-zero>
                \(evaluation)
                """)
            // A full plan is more than enough.
            NonTriggering("""
                <value amount="3000000" currency="GBP" vat="excluded"/>
                <duration months="36"/>
                <net-zero><carbon-reduction-plan required="true" scopes="1 2 3" net-zero-by="2045"/></net-zero>
                \(evaluation)
                """)
            // At £5m a year a full plan is due: NZ001's finding.
            NonTriggering("""
                <value amount="5000000" currency="GBP" vat="excluded" basis="per-annum"/>
                \(evaluation)
                """)
            Triggering("""
                <value ↓amount="3000000" currency="GBP" vat="excluded"/>
                <duration months="36"/>
                <net-zero><net-zero-commitment required="false"/></net-zero>
                \(evaluation)
                """)
            // £1,200,000 including VAT is £1,000,000 excluding VAT.
            Triggering("""
                <value ↓amount="1200000" currency="GBP" vat="included" basis="per-annum"/>
                \(evaluation)
                """)
            // £6,000,000 including VAT is £5,000,000 excluding VAT: a full plan (NZ001).
            NonTriggering("""
                <value amount="6000000" currency="GBP" vat="included" basis="per-annum"/>
                \(evaluation)
                """)
            NonTriggering("""
                <value amount="1000000" currency="GBP" vat="excluded" basis="per-annum"/>
                \(evaluation)
                """, asOf: "2024-03-31")
            Triggering("""
                <value ↓amount="1000000" currency="GBP" vat="excluded" basis="per-annum"/>
                \(evaluation)
                """, asOf: "2024-04-01")
            NonTriggering("""
                <value amount="1000000" currency="GBP" vat="excluded" basis="per-annum"/>
                \(evaluation)
                """, profile: .centralGovernment)
            // Reserved for SMEs and VCSEs, with the unconfirmed grace turned on: due from April 2026.
            NonTriggering("""
                <lot id="2" reserved-for="sme vcse">
                  <value amount="900000" currency="GBP" vat="excluded" basis="per-annum"/>
                  \(evaluation)
                </lot>
                """, asOf: "2026-03-31", parameters: withGrace)
            Triggering("""
                <lot id="2" reserved-for="sme vcse">
                  <value ↓amount="900000" currency="GBP" vat="excluded" basis="per-annum"/>
                  \(evaluation)
                </lot>
                """, asOf: "2026-04-01", parameters: withGrace)
            // Below the procurement threshold: the commitment applies only above it, unless the unconfirmed
            // extension below the threshold (from April 2026) is turned on.
            NonTriggering("""
                <tender xmlns="urn:tenderlint:tender-spec:1" id="EXAMPLE" above-threshold="false">
                  <buyer sector="nhs" jurisdiction="england">Example NHS Trust</buyer>
                  <dates publication="2026-06-01"/>
                  <value amount="150000" currency="GBP" vat="excluded" basis="per-annum"/>
                  \(evaluation)
                </tender>
                """)
            Triggering("""
                <tender xmlns="urn:tenderlint:tender-spec:1" id="EXAMPLE" above-threshold="false">
                  <buyer sector="nhs" jurisdiction="england">Example NHS Trust</buyer>
                  <dates publication="2026-06-01"/>
                  <value ↓amount="150000" currency="GBP" vat="excluded" basis="per-annum"/>
                  \(evaluation)
                </tender>
                """, policies: [Policy.nhsNetZeroCommitmentBelowThreshold.id: true])
            // From April 2027 no new procurement needs a commitment.
            NonTriggering("""
                <value amount="1000000" currency="GBP" vat="excluded" basis="per-annum"/>
                \(evaluation)
                """, asOf: "2027-04-01")
            // A framework needs a full plan (NZ001), not a commitment.
            NonTriggering("""
                <tender xmlns="urn:tenderlint:tender-spec:1" id="EXAMPLE" above-threshold="true" framework="true">
                  <buyer sector="nhs" jurisdiction="england">Example NHS Trust</buyer>
                  <dates publication="2026-06-01"/>
                  <value amount="1000000" currency="GBP" vat="excluded" basis="per-annum"/>
                  \(evaluation)
                </tender>
                """)
            NonTriggering("""
                <value amount="1000000" currency="USD" vat="excluded" basis="per-annum"/>
                \(evaluation)
                """)
        }
    }
}

import TenderLintKit

// NZ001's examples, beside the rule because they are long.
extension NetZeroRules {
    static let carbonReductionPlanRequiredExamples = Examples {
        // £31,000,000 over 60 months is £6,200,000 a year.
        Triggering("""
            <value ↓amount="31000000" currency="GBP" vat="excluded"/>
            <duration months="60"/>
            <net-zero><net-zero-commitment required="true"/></net-zero>
            \(evaluation)
            """)
        // Exactly £5m a year: from April 2024 the NHS asks at the threshold itself.
        Triggering("""
            <value ↓amount="5000000" currency="GBP" vat="excluded" basis="per-annum"/>
            \(evaluation)
            """)
        // Before April 2024 the NHS asked only above £5m a year.
        NonTriggering("""
            <value amount="5000000" currency="GBP" vat="excluded" basis="per-annum"/>
            \(evaluation)
            """, asOf: "2024-03-31")
        Triggering("""
            <value ↓amount="5000001" currency="GBP" vat="excluded" basis="per-annum"/>
            \(evaluation)
            """, asOf: "2023-04-01")
        NonTriggering("""
            <value amount="9000000" currency="GBP" vat="excluded" basis="per-annum"/>
            \(evaluation)
            """, asOf: "2023-03-31")
        // £24,000,000 over 60 months is £4,800,000 a year.
        NonTriggering("""
            <value amount="24000000" currency="GBP" vat="excluded"/>
            <duration start="2026-07-01" end="2031-06-30"/>
            <net-zero><net-zero-commitment required="true"/></net-zero>
            \(evaluation)
            """)
        NonTriggering("""
            <value amount="31000000" currency="GBP" vat="excluded"/>
            <duration months="60"/>
            <net-zero><carbon-reduction-plan required="true" standard="nhs" scopes="1 2 3-upstream-transportation 3-waste 3-business-travel 3-employee-commuting 3-downstream-transportation" net-zero-by="2045"/></net-zero>
            \(evaluation)
            """)
        Triggering("""
            <value ↓amount="31000000" currency="GBP" vat="excluded"/>
            <duration months="60"/>
            <net-zero><carbon-reduction-plan required="false"/></net-zero>
            \(evaluation)
            """)
        // £6,000,000 a year including VAT is £5,000,000 excluding VAT at 20%: at the NHS threshold.
        Triggering("""
            <value ↓amount="6000000" currency="GBP" vat="included" basis="per-annum"/>
            \(evaluation)
            """)
        // £5,400,000 including VAT is £4,500,000 excluding VAT: under the NHS threshold...
        NonTriggering("""
            <value amount="5400000" currency="GBP" vat="included" basis="per-annum"/>
            <net-zero><net-zero-commitment required="true"/></net-zero>
            \(evaluation)
            """)
        // ...unless the service is exempt from VAT.
        Triggering("""
            <value ↓amount="5400000" currency="GBP" vat="included" basis="per-annum"/>
            <net-zero><net-zero-commitment required="true"/></net-zero>
            \(evaluation)
            """, parameters: [vatRate.name: .percent(0)])
        // A new NHS framework needs a plan whatever its value, from April 2024.
        Triggering("""
            <tender xmlns="urn:tenderlint:tender-spec:1" id="EXAMPLE" above-threshold="true" ↓framework="true">
              <buyer sector="nhs" jurisdiction="england">Example NHS Trust</buyer>
              <dates publication="2026-06-01"/>
              <value amount="100000" currency="GBP" vat="excluded" basis="per-annum"/>
              <net-zero><net-zero-commitment required="true"/></net-zero>
              \(evaluation)
            </tender>
            """)
        NonTriggering("""
            <tender xmlns="urn:tenderlint:tender-spec:1" id="EXAMPLE" above-threshold="true" framework="true">
              <buyer sector="nhs" jurisdiction="england">Example NHS Trust</buyer>
              <dates publication="2024-03-31"/>
              <value amount="100000" currency="GBP" vat="excluded" basis="per-annum"/>
              \(evaluation)
            </tender>
            """)
        // Each lot on its own: lot 1 asks for a plan, lot 2 does not.
        Triggering("""
            <lot id="1">
              <value amount="30000000" currency="GBP" vat="excluded"/>
              <duration months="48"/>
              <net-zero><carbon-reduction-plan required="true" standard="nhs" scopes="1 2 3" net-zero-by="2045"/></net-zero>
              \(evaluation)
            </lot>
            <lot id="2">
              <value ↓amount="21000000" currency="GBP" vat="excluded"/>
              <duration months="48"/>
              <net-zero><net-zero-commitment required="true"/></net-zero>
              \(evaluation)
            </lot>
            """)
        // A lot reserved for SMEs is checked like any other: the grace period is unconfirmed, off by default...
        Triggering("""
            <lot id="1" reserved-for="sme">
              <value ↓amount="6000000" currency="GBP" vat="excluded" basis="per-annum"/>
              \(evaluation)
            </lot>
            """, asOf: "2024-06-01")
        // ...and with it on, the April 2023 milestone applies from April 2025, April 2024's from April 2026.
        NonTriggering("""
            <lot id="1" reserved-for="sme">
              <value amount="6000000" currency="GBP" vat="excluded" basis="per-annum"/>
              \(evaluation)
            </lot>
            """, asOf: "2025-03-31", parameters: withGrace)
        Triggering("""
            <lot id="1" reserved-for="sme">
              <value ↓amount="6000000" currency="GBP" vat="excluded" basis="per-annum"/>
              \(evaluation)
            </lot>
            """, asOf: "2025-04-01", parameters: withGrace)
        NonTriggering("""
            <lot id="1" reserved-for="vcse">
              <value amount="5000000" currency="GBP" vat="excluded" basis="per-annum"/>
              \(evaluation)
            </lot>
            """, asOf: "2026-03-31", parameters: withGrace)
        Triggering("""
            <lot id="1" reserved-for="vcse">
              <value ↓amount="5000000" currency="GBP" vat="excluded" basis="per-annum"/>
              \(evaluation)
            </lot>
            """, asOf: "2026-04-01", parameters: withGrace)
        // PPN 006: more than £5m a year including VAT. £4,500,000 excluding VAT is £5,400,000 including it.
        Triggering("""
            <value ↓amount="4500000" currency="GBP" vat="excluded" basis="per-annum"/>
            \(evaluation)
            """, profile: .centralGovernment)
        NonTriggering("""
            <value amount="5000000" currency="GBP" vat="included" basis="per-annum"/>
            \(evaluation)
            """, profile: .centralGovernment)
        // PPN 006, procurements from 24 February 2025; PPN 06/21 before, from 30 September 2021, on the value as stated.
        Triggering("""
            <value ↓amount="5000001" currency="GBP" vat="excluded" basis="per-annum"/>
            \(evaluation)
            """, profile: .centralGovernment, asOf: "2021-09-30")
        NonTriggering("""
            <value amount="5000000" currency="GBP" vat="excluded" basis="per-annum"/>
            \(evaluation)
            """, profile: .centralGovernment, asOf: "2025-02-23")
        Triggering("""
            <value ↓amount="5000000" currency="GBP" vat="excluded" basis="per-annum"/>
            \(evaluation)
            """, profile: .centralGovernment, asOf: "2025-02-24")
        NonTriggering("""
            <value amount="9000000" currency="GBP" vat="excluded" basis="per-annum"/>
            \(evaluation)
            """, profile: .centralGovernment, asOf: "2021-09-29")
        // A PPN 006 framework only where a call-off could be over £5m a year: the buyer may leave that to judgement.
        NonTriggering("""
            <tender xmlns="urn:tenderlint:tender-spec:1" id="EXAMPLE" above-threshold="true" framework="true">
              <buyer sector="central-government" jurisdiction="england">Example Department</buyer>
              <dates publication="2026-06-01"/>
              <value amount="60000000" currency="GBP" vat="included"/>
              <duration months="48"/>
              \(evaluation)
            </tender>
            """, parameters: [frameworkValueAsCallOff.name: .flag(false)])
        // PPN 006 lifts the plan where it "would not be relevant or proportionate", declared and justified...
        NonTriggering("""
            <value amount="9000000" currency="GBP" vat="included" basis="per-annum"/>
            <net-zero><exception kind="not-relevant-or-proportionate">A one-off purchase of \
            laboratory reagents from the only licensed maker: the supplier's emissions are not relevant to it.</exception></net-zero>
            \(evaluation)
            """, profile: .centralGovernment)
        // ...but an exception with no justification lifts nothing.
        Triggering("""
            <value ↓amount="9000000" currency="GBP" vat="included" basis="per-annum"/>
            <net-zero><exception kind="not-relevant-or-proportionate"></exception></net-zero>
            \(evaluation)
            """, profile: .centralGovernment)
        // An exception PPN 006 does not know (the immature-market one belongs to social value) lifts nothing either.
        Triggering("""
            <value ↓amount="9000000" currency="GBP" vat="included" basis="per-annum"/>
            <net-zero><exception kind="immature-market">No supplier in this market has a plan yet.</exception></net-zero>
            \(evaluation)
            """, profile: .centralGovernment)
        // A new NHS framework may declare the same exception, justified.
        NonTriggering("""
            <tender xmlns="urn:tenderlint:tender-spec:1" id="EXAMPLE" above-threshold="true" framework="true">
              <buyer sector="nhs" jurisdiction="england">Example NHS Trust</buyer>
              <dates publication="2026-06-01"/>
              <value amount="100000" currency="GBP" vat="excluded" basis="per-annum"/>
              <net-zero><net-zero-commitment required="true"/><exception kind="not-relevant-or-proportionate">A framework \
            for the occasional hire of a sign-language interpreter: a plan would not be proportionate.</exception></net-zero>
              \(evaluation)
            </tender>
            """)
        Triggering("""
            <tender xmlns="urn:tenderlint:tender-spec:1" id="EXAMPLE" above-threshold="true" ↓framework="true">
              <buyer sector="nhs" jurisdiction="england">Example NHS Trust</buyer>
              <dates publication="2026-06-01"/>
              <value amount="100000" currency="GBP" vat="excluded" basis="per-annum"/>
              <net-zero><net-zero-commitment required="true"/><exception kind="not-relevant-or-proportionate"/></net-zero>
              \(evaluation)
            </tender>
            """)
        // Not in pounds: no exchange rate is assumed.
        NonTriggering("""
            <value amount="9000000" currency="EUR" vat="excluded" basis="per-annum"/>
            \(evaluation)
            """)
        // A total without a duration cannot be put per year.
        NonTriggering("""
            <value amount="31000000" currency="GBP" vat="excluded"/>
            \(evaluation)
            """)
    }
}

import Foundation
import TenderLintKit

/// Net zero rules: Carbon Reduction Plans, Net Zero Commitments and the NHS supplier roadmap (NZ001–NZ007).
///
/// Grace periods: an earlier NHS page promised lots reserved for SMEs or VCSEs two more years on the roadmap's
/// April 2023, April 2024 and April 2027 milestones; the current page does not. The grace is therefore off unless
/// a rule's `smallSupplierGrace` parameter turns it on. Where it lifts a requirement altogether the rules say
/// nothing about that lot; where it only softens one (an earlier milestone still applies, so less is asked) the
/// finding says so in a note.
public enum NetZeroRules {
    public static let all: [Rule] = [
        carbonReductionPlanRequired, netZeroCommitmentRequired, carbonReductionPlanScope,
        netZeroTargetYear, publicReportingRequired, evergreenAssessmentRequired, welshPlanGoodPractice,
    ]

    /// The policies that ask for a Carbon Reduction Plan.
    static let planPolicies: [Policy] = [
        .ppn0621, .ppn006, .nhsCarbonReductionPlan2023, .nhsCarbonReductionPlan2024, .nhsCarbonReductionPlan2027, .wppn0621, .wppn006,
    ]

    static let crpThresholdPerAnnum = ParameterKey.pounds(
        "crpThresholdPerAnnum", default: 5_000_000,
        "The value a year from which a Carbon Reduction Plan is due (NHS: excluding VAT, from 2024 at the threshold itself; PPN 006: including VAT)")
    static let nhs2027ThresholdPerAnnum = ParameterKey.pounds(
        "nhs2027ThresholdPerAnnum", default: 5_000_000,
        "From April 2027, the value a year (excluding VAT) from which the NHS asks for a plan: its value tiers are not yet confirmed")
    static let frameworkValueAsCallOff = ParameterKey.flag(
        "frameworkValueAsCallOff", default: true,
        "Under PPN 006, take a framework's own value a year as its largest call-off; false leaves frameworks under PPN 006 unchecked")
    static let commitmentFromPerAnnum = ParameterKey.pounds(
        "commitmentFromPerAnnum", default: 10_000, "The value a year, excluding VAT, from which a Net Zero Commitment is due")
    static let fromPerAnnum = ParameterKey.pounds(
        "fromPerAnnum", default: 10_000, "Contracts known to be worth less than this a year are not checked (tenderlint's reading)")
    static let evergreenFrom = ParameterKey.date(
        "evergreenFrom", default: CalendarDate(year: 2030, month: 1, day: 1)!,
        "The day from which the Evergreen assessment is required (the roadmap says 2030 without a month)")

    /// A minimal evaluation, so that the examples are complete tenders.
    static let evaluation = #"<evaluation><criterion id="price" kind="price" weight="90"/><criterion id="social-value" kind="social-value" weight="10"/></evaluation>"#

    /// Example parameters that turn the small-supplier grace period on.
    static let withGrace: [String: ParameterValue] = [ParameterKey<Bool>.smallSupplierGrace.name: .flag(true)]

    static let vatRate = ParameterKey.percent(
        "vatRate", default: 20,
        "The VAT rate used to put a value on a threshold's VAT basis: the NHS thresholds exclude VAT, PPN 006's includes it. Set 0% for services exempt from VAT.")

    // MARK: NZ001

    static let carbonReductionPlanRequired = Rule("NZ001", "carbon-reduction-plan-required") {
        Summary("A contract worth £5m a year or more, or a new NHS framework, asks suppliers for a Carbon Reduction Plan")
        Severity(.error)
        Explanation("""
            A **Carbon Reduction Plan** (CRP) is a supplier's published, director-approved plan: its current \
            emissions (Scope 1, Scope 2 and five Scope 3 categories) and its commitment to net zero. Bidders must \
            provide one when:

            - **NHS**, from 1 April 2023 (NHS Net Zero Supplier Roadmap): contracts worth **more than £5m a year, \
            excluding VAT**;
            - **NHS**, from 1 April 2024: contracts worth **£5m a year or more**, excluding VAT, and **every new \
            framework, whatever its value**;
            - **central government**, PPN 06/21, for procurements advertised from 30 September 2021: contracts \
            worth **more than £5m a year** (PPN 06/21 does not say whether VAT is included, so the value is taken \
            as the tender states it); frameworks of similar value too;
            - **central government**, PPN 006, for procurements commenced from 24 February 2025: contracts worth \
            **more than £5m a year including VAT**; a framework only where a call-off contract could be worth more \
            than £5m a year; not where a plan "would not be relevant … or proportionate" and the tender declares \
            and justifies that exception (`<net-zero><exception kind="not-relevant-or-proportionate">why</exception>`);
            - **NHS**, from 1 April 2027: the requirements for suppliers' global emissions replace the 2024 ones; \
            their value tiers are not yet confirmed, so the plan is asked at `nhs2027ThresholdPerAnnum` (£5m a year) \
            and above;
            - **the Welsh Government**, WPPN 06/21 from 1 April 2022 then WPPN 006: contracts of **£5m a year or \
            more** (tenderlint reads the £5m as a year's value, as PPN 06/21 does). For other Welsh public bodies a \
            plan is good practice, not a duty: NZ007 says so as information.

            These bind only the buyers they name: NHS bodies in England (not NHS Wales or NHS Scotland), UK \
            central government wherever it is, the Welsh Government. A buyer the document does not identify is \
            not checked (TL015). A new NHS framework whose plan "would not be relevant or proportionate" may say \
            so with the same exception.

            tenderlint works out the value a year from the total and the duration (£31,000,000 over 60 months is \
            £6,200,000 a year; dates are counted in days, as calendar years and the days left over; a contract of a \
            year or less is judged on its total) and checks each lot on its own. Where the tender states VAT on the other basis \
            from the threshold's, the value is converted at the `vatRate` parameter (20%; set 0% for services \
            exempt from VAT) and a note shows the sum; where it does not say, the value is compared as stated and \
            a note says so. A tender gives no call-off values, so under PPN 006 a framework's own value a year \
            stands in for its largest call-off (`frameworkValueAsCallOff`; this reading is tenderlint's).

            Values in another currency than pounds are **not converted**: no exchange rate is assumed, so the \
            threshold is not checked for them (a new NHS framework still needs a plan whatever its value). Nor \
            can it be checked for a total without a duration: give a duration.

            An earlier NHS page promised lots reserved for SMEs or VCSEs two more years on the NHS milestones; the \
            current one does not, so that grace is off unless `smallSupplierGrace` is turned on (then such a lot \
            needs a plan above £5m a year from 1 April 2025, and at £5m or as a framework from 1 April 2026).

            The plan counts when it is asked for as required: `<carbon-reduction-plan required="true"/>` in the \
            tender's or the lot's `<net-zero>` (in OCDS and eForms notices, a mention of a Carbon Reduction Plan \
            or of PPN 06/21 or PPN 006).
            """)
        Enforces(.ppn0621, .ppn006, .nhsCarbonReductionPlan2023, .nhsCarbonReductionPlan2024, .nhsCarbonReductionPlan2027, .wppn0621, .wppn006)
        Parameter(crpThresholdPerAnnum)
        Parameter(nhs2027ThresholdPerAnnum)
        Parameter(vatRate)
        Parameter(frameworkValueAsCallOff)
        Parameter(.smallSupplierGrace)
        Needs(.valueOrPlanAsked)
        Check { rule in
            let spelling = NetZeroSpelling(rule.tender)
            var frameworkLots: [(lot: Lot, duty: PlanDuty, flag: Located<Bool>)] = []
            var wholeFrameworkLots: [(lot: Lot, duty: PlanDuty, value: AnnualValue)] = []
            for lot in rule.lots {
                let plan = rule.tender.netZero(of: lot).carbonReductionPlan
                guard plan?.required.value != true, let duty = rule.planDuty(for: lot, rule.planDutySettings) else { continue }
                let full = rule.binds(.nhsCarbonReductionPlan2027, for: lot)
                switch duty.reason {
                case .value(let value, _, _) where value.isFrameworkWhole:
                    wholeFrameworkLots.append((lot, duty, value))
                case .value(let value, _, _):
                    rule.report {
                        Message("\(duty.requirementWords) must ask for a Carbon Reduction Plan; \(lot.label) is worth \(value.inWords) and does not ask for one")
                        Under(duty.policy)
                        At(value.origin)
                        Label(value.label)
                        if let plan, let origin = NetZeroPlace.field(plan.required.origin) {
                            Secondary("the plan is not required here", at: origin)
                        }
                        value.notes.map(Note)
                        duty.notes.map(Note)
                        Help(spelling.planHelp(for: duty.policy, full: full, lot: lot, tender: rule.tender, existing: plan != nil))
                        if let plan {
                            FixIt("ask for the plan", replacing: NetZeroPlace.fieldValue(plan.required.origin), with: "true")
                        }
                    }
                case .framework(let flag):
                    frameworkLots.append((lot, duty, flag))
                }
            }
            // Lots that take the framework's value are one finding on that value.
            if let first = wholeFrameworkLots.first {
                let (subject, plural) = TermsGroup.subject(wholeFrameworkLots.map(\.lot))
                rule.report {
                    Message("\(first.duty.requirementWords) must ask for a Carbon Reduction Plan; this framework is worth \(first.value.inWords), and \(subject) \(plural ? "ask" : "asks") for none")
                    Under(first.duty.policy)
                    At(first.value.origin)
                    Label(first.value.label)
                    first.value.notes.filter { !$0.contains("states no value of its own") }.map(Note)
                    Note("\(subject) \(plural ? "state" : "states") no value of \(plural ? "their" : "its") own, so the framework's value was taken: a framework's value is what may be called off under it")
                    first.duty.notes.map(Note)
                    Help(spelling.planHelp(for: first.duty.policy, full: rule.binds(.nhsCarbonReductionPlan2027, for: first.lot), lot: nil,
                                           tender: rule.tender, existing: rule.tender.netZero.carbonReductionPlan != nil))
                }
            }
            // Every lot of a framework is one finding on framework="true".
            guard let first = frameworkLots.first else { return }
            let lots = frameworkLots.map(\.lot)
            let subject = lots.count == 1 && lots[0].isImplicit
                ? "the tender is a framework and does not ask for one"
                : {
                    let (text, plural) = TermsGroup.subject(lots)
                    return "\(text) of this framework \(plural ? "do" : "does") not ask for one"
                }()
            // One help line per place to add the plan: each lot's own <net-zero>, or the tender's the others share.
            var helps: [String] = []
            for lot in lots {
                let help = spelling.planHelp(
                    for: first.duty.policy, full: rule.binds(.nhsCarbonReductionPlan2027, for: lot),
                    lot: lot.netZero != nil || lots.count == 1 ? lot : nil, tender: rule.tender,
                    existing: rule.tender.netZero(of: lot).carbonReductionPlan != nil)
                if !helps.contains(help) { helps.append(help) }
            }
            rule.report {
                Message("\(first.duty.requirementWords) must ask for a Carbon Reduction Plan; \(subject)")
                Under(first.duty.policy)
                At(NetZeroPlace.field(first.flag.origin))
                Label("a new framework")
                if let evidence = rule.tender.frameworkEvidence { Note(evidence.description) }
                Note("from 1 April 2024 the NHS Net Zero Supplier Roadmap asks for a full Carbon Reduction Plan on every new framework, whatever its value")
                // Reserved lots of the framework that the grace period leaves out of the finding, for now.
                rule.tender.lots.filter { rule.graceDefers(.nhsCarbonReductionPlan2024, for: $0) }.map { Note(rule.graceNote(.nhsCarbonReductionPlan2024, for: $0)) }
                if let exception = rule.tender.netZero.exception, exception.justificationText.isEmpty {
                    Note("the \(exception.kind.value.rawValue) exception declared has no justification, so it does not lift the requirement")
                }
                helps.map(Help)
            }
        }
        Examples {
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
}

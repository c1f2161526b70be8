import Foundation
import TenderLintKit

/// Net zero rules: Carbon Reduction Plans, Net Zero Commitments and the NHS supplier roadmap (NZ001–NZ006).
///
/// Grace periods: lots reserved for SMEs or VCSEs get two more years on the NHS roadmap's April 2023, April 2024
/// and April 2027 milestones. Where the grace period lifts a requirement altogether the rules say nothing about
/// that lot; where it only softens one (an earlier milestone still applies, so less is asked) the finding says so
/// in a note.
public enum NetZeroRules {
    public static let all: [Rule] = [
        carbonReductionPlanRequired, netZeroCommitmentRequired, carbonReductionPlanScope,
        netZeroTargetYear, publicReportingRequired, evergreenAssessmentRequired,
    ]

    /// A minimal evaluation, so that the examples are complete tenders.
    static let evaluation = #"<evaluation><criterion id="price" kind="price" weight="90"/><criterion id="social-value" kind="social-value" weight="10"/></evaluation>"#

    static let vatRate = RuleParameter.percent(
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
            than £5m a year.

            tenderlint works out the value a year from the total and the duration (£31,000,000 over 60 months is \
            £6,200,000 a year) and checks each lot on its own. Where the tender states VAT on the other basis \
            from the threshold's, the value is converted at the `vatRate` parameter (20%; set 0% for services \
            exempt from VAT) and a note shows the sum; where it does not say, the value is compared as stated and \
            a note says so. A tender gives no call-off values, so under PPN 006 a framework's own value a year \
            stands in for its largest call-off (`frameworkValueAsCallOff`; this reading is tenderlint's).

            Values in another currency than pounds are **not converted**: no exchange rate is assumed, so the \
            threshold is not checked for them (a new NHS framework still needs a plan whatever its value). Nor \
            can it be checked for a total without a duration: give a duration.

            Lots reserved for SMEs or VCSEs get two more years on the NHS milestones: such a lot needs a plan \
            above £5m a year from 1 April 2025, and at £5m or as a framework from 1 April 2026.

            The plan counts when it is asked for as required: `<carbon-reduction-plan required="true"/>` in the \
            tender's or the lot's `<net-zero>` (in OCDS and eForms notices, a mention of a Carbon Reduction Plan \
            or of PPN 06/21 or PPN 006).
            """)
        Enforces(.ppn0621, .ppn006, .nhsRoadmap2023, .nhsRoadmap2024)
        Parameter(.pounds("crpThresholdPerAnnum", default: 5_000_000, "The value a year from which a Carbon Reduction Plan is due (NHS: excluding VAT, from 2024 at the threshold itself; PPN 006: including VAT)"))
        Parameter(vatRate)
        Parameter(RuleParameter(
            "frameworkValueAsCallOff", default: .flag(true),
            "Under PPN 006, take a framework's own value a year as its largest call-off; false leaves frameworks under PPN 006 unchecked"))
        Check { rule in
            let settings = PlanDutySettings(
                threshold: try rule.pounds("crpThresholdPerAnnum"), vatRate: try rule.percent("vatRate"),
                frameworkValueAsCallOff: try rule.flag("frameworkValueAsCallOff"))
            let spelling = NetZeroSpelling(rule.tender)
            var frameworkLots: [(lot: Lot, duty: PlanDuty, flag: Located<Bool>)] = []
            for lot in rule.tender.lots {
                let plan = rule.tender.netZero(of: lot).carbonReductionPlan
                guard plan?.required.value != true, let duty = rule.planDuty(for: lot, settings) else { continue }
                let full = rule.isInForce(.nhsRoadmap2027, for: lot)
                switch duty.reason {
                case .value(let value, _, _):
                    rule.report {
                        Message("\(duty.requirementWords) must ask for a Carbon Reduction Plan; \(lot.label) is worth \(value.inWords) and does not ask for one")
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
                    for: first.duty.policy, full: rule.isInForce(.nhsRoadmap2027, for: lot),
                    lot: lot.netZero != nil || lots.count == 1 ? lot : nil, tender: rule.tender,
                    existing: rule.tender.netZero(of: lot).carbonReductionPlan != nil)
                if !helps.contains(help) { helps.append(help) }
            }
            rule.report {
                Message("\(first.duty.requirementWords) must ask for a Carbon Reduction Plan; \(subject)")
                At(NetZeroPlace.field(first.flag.origin))
                Label("a new framework")
                Note("from 1 April 2024 the NHS Net Zero Supplier Roadmap asks for a full Carbon Reduction Plan on every new framework, whatever its value")
                // Reserved lots of the framework that the grace period leaves out of the finding, for now.
                rule.tender.lots.filter { rule.graceDefers(.nhsRoadmap2024, for: $0) }.map { Note(rule.graceNote(.nhsRoadmap2024, for: $0)) }
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
                """, parameters: ["vatRate": .percent(0)])
            // A new NHS framework needs a plan whatever its value, from April 2024.
            Triggering("""
                <tender xmlns="urn:tenderlint:tender-spec:1" id="EXAMPLE" ↓framework="true">
                  <buyer sector="nhs">Example NHS Trust</buyer>
                  <dates publication="2026-06-01"/>
                  <value amount="100000" currency="GBP" vat="excluded" basis="per-annum"/>
                  <net-zero><net-zero-commitment required="true"/></net-zero>
                  \(evaluation)
                </tender>
                """)
            NonTriggering("""
                <tender xmlns="urn:tenderlint:tender-spec:1" id="EXAMPLE" framework="true">
                  <buyer sector="nhs">Example NHS Trust</buyer>
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
            // A lot reserved for SMEs: the April 2023 milestone applies from April 2025, April 2024's from April 2026.
            NonTriggering("""
                <lot id="1" reserved-for="sme">
                  <value amount="6000000" currency="GBP" vat="excluded" basis="per-annum"/>
                  \(evaluation)
                </lot>
                """, asOf: "2025-03-31")
            Triggering("""
                <lot id="1" reserved-for="sme">
                  <value ↓amount="6000000" currency="GBP" vat="excluded" basis="per-annum"/>
                  \(evaluation)
                </lot>
                """, asOf: "2025-04-01")
            NonTriggering("""
                <lot id="1" reserved-for="vcse">
                  <value amount="5000000" currency="GBP" vat="excluded" basis="per-annum"/>
                  \(evaluation)
                </lot>
                """, asOf: "2026-03-31")
            Triggering("""
                <lot id="1" reserved-for="vcse">
                  <value ↓amount="5000000" currency="GBP" vat="excluded" basis="per-annum"/>
                  \(evaluation)
                </lot>
                """, asOf: "2026-04-01")
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
                <tender xmlns="urn:tenderlint:tender-spec:1" id="EXAMPLE" framework="true">
                  <buyer sector="central-government">Example Department</buyer>
                  <dates publication="2026-06-01"/>
                  <value amount="60000000" currency="GBP" vat="included"/>
                  <duration months="48"/>
                  \(evaluation)
                </tender>
                """, parameters: ["frameworkValueAsCallOff": .flag(false)])
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

    // MARK: NZ002

    static let netZeroCommitmentRequired = Rule("NZ002", "net-zero-commitment-required") {
        Summary("An NHS contract worth £10k to £5m a year asks suppliers for a Net Zero Commitment")
        Severity(.error)
        Explanation("""
            From **1 April 2024** the NHS Net Zero Supplier Roadmap asks suppliers on contracts worth **£10,000 to \
            £5m a year, excluding VAT**, for a **Net Zero Commitment**: a shorter, published commitment to net zero. \
            It is a pass/fail selection requirement, on top of the 10% net zero and social value weighting. A full \
            Carbon Reduction Plan asked for instead also meets it.

            At £5m a year and above, and for every new framework, a full Carbon Reduction Plan is due instead: that \
            is NZ001's finding, so this rule leaves frameworks alone. The value a year is worked out as for NZ001 \
            (total over duration; VAT at `vatRate` where the tender states it including VAT; values not in pounds \
            are not checked).

            Lots reserved for SMEs or VCSEs get two more years: the commitment is due from 1 April 2026.
            """)
        Enforces(.nhsRoadmap2024)
        AppliesTo(.nhsEngland)
        Parameter(.pounds("commitmentFromPerAnnum", default: 10_000, "The value a year, excluding VAT, from which a Net Zero Commitment is due"))
        Parameter(.pounds("crpThresholdPerAnnum", default: 5_000_000, "The value a year, excluding VAT, from which a full Carbon Reduction Plan is due instead (NZ001)"))
        Parameter(vatRate)
        ForEachLot { lot, rule in
            guard rule.isInForce(.nhsRoadmap2024, for: lot), rule.frameworkFlag == nil else { return }
            let terms = rule.tender.netZero(of: lot)
            guard terms.netZeroCommitment?.required.value != true, terms.carbonReductionPlan?.required.value != true else { return }
            let from = try rule.pounds("commitmentFromPerAnnum")
            let below = try rule.pounds("crpThresholdPerAnnum")
            guard let value = rule.annualValue(of: lot, basis: .excluding, vatRate: try rule.percent("vatRate")),
                  value.amount >= from, value.amount < below else { return }
            rule.report {
                Message("contracts worth from \(NetZeroMoney.pounds(from)) to under \(NetZeroMoney.pounds(below)) a year (excluding VAT) must ask for a Net Zero Commitment or a Carbon Reduction Plan; \(lot.label) is worth \(value.inWords) and asks for neither")
                At(value.origin)
                Label(value.label)
                if let commitment = terms.netZeroCommitment, let origin = NetZeroPlace.field(commitment.required.origin) {
                    Secondary("the Net Zero Commitment is not required here", at: origin)
                }
                if let plan = terms.carbonReductionPlan, let origin = NetZeroPlace.field(plan.required.origin) {
                    Secondary("the Carbon Reduction Plan is not required here", at: origin)
                }
                value.notes.map(Note)
                Help(NetZeroSpelling(rule.tender).requirementHelp(
                    xml: "net-zero-commitment", json: "netZeroCommitment", after: ["carbon-reduction-plan"],
                    words: "a Net Zero Commitment from bidders", lot: lot, tender: rule.tender, existing: terms.netZeroCommitment != nil))
                if let commitment = terms.netZeroCommitment {
                    FixIt("ask for a Net Zero Commitment", replacing: NetZeroPlace.fieldValue(commitment.required.origin), with: "true")
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
            // Reserved for SMEs and VCSEs: due from April 2026.
            NonTriggering("""
                <lot id="2" reserved-for="sme vcse">
                  <value amount="900000" currency="GBP" vat="excluded" basis="per-annum"/>
                  \(evaluation)
                </lot>
                """, asOf: "2026-03-31")
            Triggering("""
                <lot id="2" reserved-for="sme vcse">
                  <value ↓amount="900000" currency="GBP" vat="excluded" basis="per-annum"/>
                  \(evaluation)
                </lot>
                """, asOf: "2026-04-01")
            // A framework needs a full plan (NZ001), not a commitment.
            NonTriggering("""
                <tender xmlns="urn:tenderlint:tender-spec:1" id="EXAMPLE" framework="true">
                  <buyer sector="nhs">Example NHS Trust</buyer>
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

    // MARK: NZ003

    static let carbonReductionPlanScope = Rule("NZ003", "carbon-reduction-plan-scope") {
        Summary("The Carbon Reduction Plan asked for covers the emissions policy requires")
        Severity(.error)
        Explanation("""
            A Carbon Reduction Plan must report **Scope 1** (direct emissions), **Scope 2** (purchased energy) and \
            five **Scope 3** categories: upstream transportation and distribution, waste generated in operations, \
            business travel, employee commuting, and downstream transportation and distribution (PPN 06/21 from \
            30 September 2021 and PPN 006 from 24 February 2025 for central government; the NHS Net Zero Supplier \
            Roadmap from 1 April 2023). `scopes="3"` (all of Scope 3) covers the five.

            From **1 April 2027** the NHS asks for more: a plan covering **all of Scope 1, 2 and 3**, for \
            **global** emissions rather than UK operations only (`scopes="1 2 3" global="true"`). Lots reserved \
            for SMEs or VCSEs get two more years on this: until 1 April 2029 the five categories still do, and the \
            finding says so.

            A plan that names a standard (`ppn-06-21`, `ppn-006`, `nhs`) but no scopes is taken to cover what \
            that standard names, which is not all of Scope 3. A plan recognised in the words of an OCDS or eForms \
            notice says nothing of its scopes, so this rule leaves it alone.
            """)
        Enforces(.ppn0621, .ppn006, .nhsRoadmap2023, .nhsRoadmap2024, .nhsRoadmap2027)
        Check { rule in
            guard rule.hasPlanPolicyInForce else { return }
            let spelling = NetZeroSpelling(rule.tender)
            for group in rule.termsGroups {
                guard let plan = group.terms.carbonReductionPlan, plan.required.value else { continue }
                if plan.scopes.isEmpty, plan.recognition != nil { continue }
                let full = rule.profile == .nhsEngland && group.lots.contains { rule.isInForce(.nhsRoadmap2027, for: $0) }
                let required = full ? NetZeroText.allScopes : NetZeroText.ppn0621Scopes
                let stated = Set(plan.scopes.map(\.value))
                var covered = stated
                if plan.scopes.isEmpty, plan.standard != nil { covered.formUnion(NetZeroText.ppn0621Scopes) }
                if covered.contains(.scope3) { covered.formUnion(EmissionScope.ppn0621Scope3) }
                let missing = required.filter { !covered.contains($0) }
                let needsGlobal = full && plan.global?.value != true
                guard !missing.isEmpty || needsGlobal else { continue }

                let lot = group.lots[0]
                let which = group.isLotsOwn && !lot.isImplicit ? "the Carbon Reduction Plan asked for in \(lot.label)" : "the Carbon Reduction Plan asked for"
                let says = plan.scopes.isEmpty && plan.standard == nil
                let gaps = missing.map(\.title) + (needsGlobal ? ["global emissions"] : [])
                let scopesField = NetZeroPlace.field(plan.scopes.first?.origin)
                let place = missing.isEmpty ? (NetZeroPlace.field(plan.global?.origin) ?? plan.origin) : (scopesField ?? plan.origin)
                let fixed = full ? NetZeroText.allScopes : stated.union(missing).sorted()
                let deferred = full ? [] : group.lots.filter { rule.graceDefers(.nhsRoadmap2027, for: $0) }
                rule.report {
                    if says {
                        Message("\(which) does not say which emissions it must report: \(NetZeroText.list(required.map(\.title) + (needsGlobal ? ["global emissions"] : []), "and"))")
                    } else {
                        Message("\(which) does not cover \(NetZeroText.list(gaps, "or"))")
                    }
                    At(place)
                    Label(says ? "no scopes given" : missing.isEmpty ? "global emissions not covered" : "missing " + NetZeroText.list(missing.map(\.title), "and"))
                    if full {
                        Note("from 1 April 2027 the NHS Net Zero Supplier Roadmap asks for plans covering all of Scope 1, 2 and 3, for global emissions, not only UK operations")
                    } else {
                        Note("\(rule.profile == .nhsEngland ? "the NHS Net Zero Supplier Roadmap, like PPN 06/21," : "PPN 06/21 and PPN 006") \(rule.profile == .nhsEngland ? "asks" : "ask") for Scope 1, Scope 2 and five Scope 3 categories: \(NetZeroText.list(EmissionScope.ppn0621Scope3.map(\.title), "and"))")
                    }
                    deferred.map { Note(rule.graceNote(.nhsRoadmap2027, for: $0)) }
                    if !missing.isEmpty {
                        switch spelling {
                        case .xml: Help("ask for scopes=\"\(spelling.scopes(fixed))\"")
                        case .json: Help("ask for \"scopes\": \(spelling.scopes(fixed))")
                        case .notice: Help("ask in the notice for a plan covering " + NetZeroText.list(fixed.map(\.title), "and"))
                        }
                        if spelling != .notice, scopesField != nil {
                            FixIt(full ? "ask for all of Scope 1, 2 and 3" : "add " + NetZeroText.list(missing.map(\.rawValue), "and"), replacing: NetZeroPlace.fieldValue(plan.scopes.first?.origin), with: spelling.scopes(fixed))
                        }
                    }
                    if needsGlobal {
                        switch spelling {
                        case .xml: Help("ask for global=\"true\" on <carbon-reduction-plan>")
                        case .json: Help("ask for \"global\": true in \"carbonReductionPlan\"")
                        case .notice: Help("ask in the notice for a plan covering global emissions")
                        }
                        if let global = plan.global {
                            FixIt("cover global emissions", replacing: NetZeroPlace.fieldValue(global.origin), with: "true")
                        }
                    }
                }
            }
        }
        Examples {
            Triggering("""
                <net-zero>
                  <carbon-reduction-plan required="true" ↓scopes="1 2 3-upstream-transportation 3-waste 3-downstream-transportation" net-zero-by="2045"/>
                </net-zero>
                \(evaluation)
                """)
            NonTriggering("""
                <net-zero>
                  <carbon-reduction-plan required="true" scopes="1 2 3-upstream-transportation 3-waste 3-business-travel 3-employee-commuting 3-downstream-transportation" net-zero-by="2045"/>
                </net-zero>
                \(evaluation)
                """)
            // All of Scope 3 covers the five categories.
            NonTriggering("""
                <net-zero><carbon-reduction-plan required="true" scopes="1 2 3"/></net-zero>
                \(evaluation)
                """)
            Triggering("""
                <net-zero>↓<carbon-reduction-plan required="true" net-zero-by="2045"/></net-zero>
                \(evaluation)
                """)
            // A standard names the five categories.
            NonTriggering("""
                <net-zero><carbon-reduction-plan required="true" standard="nhs" net-zero-by="2045"/></net-zero>
                \(evaluation)
                """)
            NonTriggering("""
                <net-zero><carbon-reduction-plan required="false"/></net-zero>
                \(evaluation)
                """)
            // From April 2027 the NHS asks for all of Scope 3 and global emissions.
            Triggering("""
                <net-zero>
                  <carbon-reduction-plan required="true" ↓scopes="1 2 3-upstream-transportation 3-waste 3-business-travel 3-employee-commuting 3-downstream-transportation" global="false"/>
                </net-zero>
                \(evaluation)
                """, asOf: "2027-04-01")
            NonTriggering("""
                <net-zero>
                  <carbon-reduction-plan required="true" scopes="1 2 3-upstream-transportation 3-waste 3-business-travel 3-employee-commuting 3-downstream-transportation" global="false"/>
                </net-zero>
                \(evaluation)
                """, asOf: "2027-03-31")
            Triggering("""
                <net-zero><carbon-reduction-plan required="true" scopes="1 2 3" ↓global="false"/></net-zero>
                \(evaluation)
                """, asOf: "2027-04-01")
            Triggering("""
                <net-zero>↓<carbon-reduction-plan required="true" scopes="1 2 3"/></net-zero>
                \(evaluation)
                """, asOf: "2027-04-01")
            NonTriggering("""
                <net-zero><carbon-reduction-plan required="true" scopes="1 2 3" global="true"/></net-zero>
                \(evaluation)
                """, asOf: "2027-04-01")
            NonTriggering("""
                <net-zero><carbon-reduction-plan required="true" scopes="1 2 3-upstream-transportation 3-waste 3-business-travel 3-employee-commuting 3-downstream-transportation"/></net-zero>
                \(evaluation)
                """, profile: .centralGovernment, asOf: "2027-04-01")
            // Reserved lots: the five categories still do until April 2029.
            NonTriggering("""
                <lot id="1" reserved-for="vcse">
                  <net-zero><carbon-reduction-plan required="true" scopes="1 2 3-upstream-transportation 3-waste 3-business-travel 3-employee-commuting 3-downstream-transportation"/></net-zero>
                  \(evaluation)
                </lot>
                """, asOf: "2029-03-31")
            Triggering("""
                <lot id="1" reserved-for="vcse">
                  <net-zero><carbon-reduction-plan required="true" ↓scopes="1 2 3-upstream-transportation 3-waste 3-business-travel 3-employee-commuting 3-downstream-transportation"/></net-zero>
                  \(evaluation)
                </lot>
                """, asOf: "2029-04-01")
            Triggering("""
                <lot id="1" reserved-for="sme">
                  <net-zero><carbon-reduction-plan required="true" ↓scopes="1 2 3-upstream-transportation 3-business-travel 3-employee-commuting 3-downstream-transportation"/></net-zero>
                  \(evaluation)
                </lot>
                """, asOf: "2027-05-01")
            // Before any plan policy applied.
            NonTriggering("""
                <net-zero><carbon-reduction-plan required="true" scopes="1 2"/></net-zero>
                \(evaluation)
                """, asOf: "2021-06-01")
        }
    }

    // MARK: NZ004

    static let netZeroTargetYear = Rule("NZ004", "net-zero-target-year") {
        Summary("The net zero year asked of suppliers is 2050 at the latest (the NHS encourages 2045)")
        Severity(.error)
        Explanation("""
            A Carbon Reduction Plan commits the supplier to net zero by **2050 at the latest** (PPN 06/21, PPN 006 \
            and the NHS Net Zero Supplier Roadmap): a later year is an error.

            Under the NHS profile, from 1 April 2024, a year later than **2045** is reported as information: 2050 \
            still meets the minimum, but the NHS aims for net zero by 2045 for the emissions it can influence (its \
            supply chain) and encourages suppliers to match it. Both years are parameters.
            """)
        Enforces(.ppn0621, .ppn006, .nhsRoadmap2023, .nhsRoadmap2024)
        Parameter(.year("latestYear", default: 2050, "The latest net zero year a Carbon Reduction Plan may commit to"))
        Parameter(.year("nhsEncouragedYear", default: 2045, "The year the NHS encourages suppliers to reach net zero by; later years are reported as information under the NHS profile"))
        Check { rule in
            guard rule.hasPlanPolicyInForce else { return }
            let latest = try rule.year("latestYear")
            let encouraged = try rule.year("nhsEncouragedYear")
            let nhs = rule.profile == .nhsEngland
            for group in rule.termsGroups {
                guard let plan = group.terms.carbonReductionPlan, plan.required.value, let year = plan.netZeroBy else { continue }
                let lot = group.lots[0]
                let which = group.isLotsOwn && !lot.isImplicit ? "the Carbon Reduction Plan asked for in \(lot.label)" : "the Carbon Reduction Plan asked for"
                let better = nhs ? encouraged : latest
                if year.value > latest {
                    rule.report {
                        Message("\(which) sets net zero by \(year.value), later than \(latest), the latest year a plan may commit to")
                        At(NetZeroPlace.field(year.origin))
                        Label("later than \(latest)")
                        if nhs { Note("the NHS encourages \(encouraged): its own target for the emissions of its supply chain") }
                        Help("ask for net zero by \(better)")
                        FixIt("ask for net zero by \(better)", replacing: NetZeroPlace.fieldValue(year.origin), with: String(better))
                    }
                } else if nhs, rule.isInForce(.nhsRoadmap2024), year.value > encouraged {
                    rule.report {
                        Message("\(which) sets net zero by \(year.value); the NHS encourages \(encouraged)")
                        At(NetZeroPlace.field(year.origin))
                        Label("later than \(encouraged)")
                        SeverityOverride(.info)
                        Note("a plan may commit to any year up to \(latest), so \(year.value) meets the minimum; the NHS aims for net zero by \(encouraged) for the emissions it can influence and encourages suppliers to match it")
                        Help("ask for net zero by \(encouraged)")
                        FixIt("ask for net zero by \(encouraged)", replacing: NetZeroPlace.fieldValue(year.origin), with: String(encouraged))
                    }
                }
            }
        }
        Examples {
            Triggering("""
                <net-zero><carbon-reduction-plan required="true" scopes="1 2 3" ↓net-zero-by="2055"/></net-zero>
                \(evaluation)
                """)
            // Information under the NHS profile.
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
                """, parameters: ["nhsEncouragedYear": .year(2050)])
            // Before April 2024 the NHS did not yet encourage 2045 in its roadmap.
            NonTriggering("""
                <net-zero><carbon-reduction-plan required="true" scopes="1 2 3" net-zero-by="2050"/></net-zero>
                \(evaluation)
                """, asOf: "2024-03-31")
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

    // MARK: NZ005

    static let publicReportingRequired = Rule("NZ005", "public-reporting-required") {
        Summary("From April 2027, NHS tenders require suppliers to report their targets and emissions publicly")
        Severity(.error)
        Explanation("""
            From **1 April 2027** the NHS Net Zero Supplier Roadmap asks **all suppliers** to report their net \
            zero targets and emissions publicly (and to publish a Carbon Reduction Plan for global emissions: see \
            NZ003). Say so in the tender: `<public-reporting required="true"/>` in `<net-zero>`.

            Lots reserved for SMEs or VCSEs get two more years: from 1 April 2029.

            The roadmap says *all* suppliers; tenderlint leaves alone contracts known to be worth less than \
            `fromPerAnnum` (£10,000 a year, where the NHS asks for nothing else on net zero either). That lower \
            bound is tenderlint's reading, not the roadmap's words: set it to £0 to check every contract. OCDS and \
            eForms notices have no field for this requirement, so they are reported unless the tender spec says it.
            """)
        Enforces(.nhsRoadmap2027)
        AppliesTo(.nhsEngland)
        Parameter(.pounds("fromPerAnnum", default: 10_000, "Contracts known to be worth less than this a year are not checked (tenderlint's reading)"))
        Check { rule in
            let bound = try rule.pounds("fromPerAnnum")
            let spelling = NetZeroSpelling(rule.tender)
            for group in rule.termsGroups {
                let requirement = group.terms.publicReporting
                guard requirement?.required.value != true else { continue }
                let due = group.lots.filter { rule.isInForce(.nhsRoadmap2027, for: $0) && !rule.isKnownToBeBelow(bound, $0) }
                guard !due.isEmpty else { continue }
                let deferred = group.lots.filter { rule.graceDefers(.nhsRoadmap2027, for: $0) }
                let (subject, plural) = TermsGroup.subject(due)
                rule.report {
                    Message("\(subject) \(plural ? "do" : "does") not require suppliers to report their net zero targets and emissions publicly")
                    At(NetZeroPlace.missingRequirement(requirement, in: group, of: rule.tender))
                    Label(requirement == nil ? "no public reporting required" : "not required")
                    Note("from 1 April 2027 the NHS Net Zero Supplier Roadmap asks all suppliers to report their targets and emissions publicly")
                    deferred.map { Note(rule.graceNote(.nhsRoadmap2027, for: $0)) }
                    Help(spelling.requirementHelp(
                        xml: "public-reporting", json: "publicReporting",
                        after: ["carbon-reduction-plan", "net-zero-commitment", "evergreen-assessment"],
                        words: "public reporting of targets and emissions", lot: group.isLotsOwn ? due[0] : nil, tender: rule.tender,
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
                ↓<tender xmlns="urn:tenderlint:tender-spec:1" id="EXAMPLE">
                  <buyer sector="nhs">Example NHS Trust</buyer>
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
            // Reserved lots: from April 2029.
            NonTriggering("""
                <lot id="1" reserved-for="sme">
                  <net-zero><net-zero-commitment required="true"/></net-zero>
                  \(evaluation)
                </lot>
                """, asOf: "2029-03-31")
            Triggering("""
                <lot id="1" reserved-for="sme">
                  ↓<net-zero><net-zero-commitment required="true"/></net-zero>
                  \(evaluation)
                </lot>
                """, asOf: "2029-04-01")
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
        Enforces(.nhsRoadmap2030)
        AppliesTo(.nhsEngland)
        Parameter(.date("evergreenFrom", default: CalendarDate(year: 2030, month: 1, day: 1)!, "The day from which the Evergreen assessment is required (the roadmap says 2030 without a month)"))
        Parameter(.pounds("fromPerAnnum", default: 10_000, "Contracts known to be worth less than this a year are not checked (tenderlint's reading)"))
        Check { rule in
            guard rule.profile == .nhsEngland else { return }
            let from = try rule.date("evergreenFrom")
            guard rule.date >= from else { return }
            let bound = try rule.pounds("fromPerAnnum")
            let spelling = NetZeroSpelling(rule.tender)
            for group in rule.termsGroups {
                let requirement = group.terms.evergreenAssessment
                guard requirement?.required.value != true else { continue }
                let due = group.lots.filter { !rule.isKnownToBeBelow(bound, $0) }
                guard !due.isEmpty else { continue }
                let (subject, plural) = TermsGroup.subject(due)
                rule.report {
                    Message("\(subject) \(plural ? "do" : "does") not make qualification depend on published progress reports and the Evergreen Sustainable Supplier Assessment")
                    At(NetZeroPlace.missingRequirement(requirement, in: group, of: rule.tender))
                    Label(requirement == nil ? "no Evergreen assessment required" : "not required")
                    Note("from 2030 the NHS Net Zero Supplier Roadmap qualifies only suppliers who show progress through published progress reports and the Evergreen Sustainable Supplier Assessment (taken from \(from), the evergreenFrom parameter: the roadmap gives no month)")
                    Help(spelling.requirementHelp(
                        xml: "evergreen-assessment", json: "evergreenAssessment",
                        after: ["carbon-reduction-plan", "net-zero-commitment"],
                        words: "the Evergreen Sustainable Supplier Assessment", lot: group.isLotsOwn ? due[0] : nil, tender: rule.tender,
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
                """, asOf: "2030-06-01", parameters: ["evergreenFrom": .date(CalendarDate(year: 2030, month: 7, day: 1)!)])
            NonTriggering("""
                <net-zero><net-zero-commitment required="true"/></net-zero>
                \(evaluation)
                """, profile: .centralGovernment, asOf: "2030-06-01")
        }
    }
}

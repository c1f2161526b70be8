import Foundation
import TenderLintKit

extension NetZeroRules {
    static let carbonReductionPlanRequired = Rule("NZ001", "carbon-reduction-plan-required") {
        Summary("A contract worth £5m a year or more, or a new NHS framework, asks suppliers for a Carbon Reduction Plan")
        Severity(.error)
        WhatItChecks("""
            Whether each lot asks bidders for a **Carbon Reduction Plan** (CRP) where a policy requires one. A CRP is \
            a supplier's published, director-approved plan: its current emissions (Scope 1, Scope 2 and five Scope 3 \
            categories) and its commitment to net zero. The plan counts when it is asked for as required: \
            `<carbon-reduction-plan required="true"/>` in the tender's or the lot's `<net-zero>` (in OCDS and eForms \
            notices, a mention of a Carbon Reduction Plan or of PPN 06/21 or PPN 006).

            tenderlint works out the value a year from the total and the duration (£31,000,000 over 60 months is \
            £6,200,000 a year; dates are counted in days, as calendar years and the days left over; a contract of a \
            year or less is judged on its total) and checks each lot on its own. Where the tender states VAT on the \
            other basis from the threshold's, the value is converted at the `vatRate` parameter (20%; set 0% for \
            services exempt from VAT) and a note shows the sum; where it does not say, the value is compared as \
            stated and a note says so. A tender gives no call-off values, so under PPN 006 a framework's own value a \
            year stands in for its largest call-off (`frameworkValueAsCallOff`; this reading is tenderlint's). From \
            1 April 2027 the NHS plan is asked at `nhs2027ThresholdPerAnnum` (£5m a year) and above.

            Values in another currency than pounds are **not converted**: no exchange rate is assumed, so the \
            threshold is not checked for them (a new NHS framework still needs a plan whatever its value). Nor can \
            it be checked for a total without a duration: give a duration.

            Where the policy allows an exception, the tender declares and justifies it in its `<net-zero>`: \
            `<exception kind="not-relevant-or-proportionate">why</exception>`. An exception without a justification \
            does not lift the requirement, and the finding says so.

            With `smallSupplierGrace` turned on, a lot reserved for SMEs or VCSEs needs a plan above £5m a year from \
            1 April 2025, and at £5m or as a framework from 1 April 2026.
            """)
        Why("""
            Bidders must provide a plan when:

            - **NHS**, from 1 April 2023 (NHS Net Zero Supplier Roadmap): contracts worth **more than £5m a year, \
            excluding VAT**;
            - **NHS**, from 1 April 2024: contracts worth **£5m a year or more**, excluding VAT, and **every new \
            framework, whatever its value**; a new framework whose plan "would not be relevant or proportionate" \
            may say so with the exception;
            - **central government**, PPN 06/21, for procurements advertised from 30 September 2021: contracts \
            worth **more than £5m a year** (PPN 06/21 does not say whether VAT is included, so the value is taken \
            as the tender states it); frameworks of similar value too;
            - **central government**, PPN 006, for procurements commenced from 24 February 2025: contracts worth \
            **more than £5m a year including VAT**; a framework only where a call-off contract could be worth more \
            than £5m a year; not where a plan "would not be relevant … or proportionate" and the tender declares \
            and justifies that exception;
            - **NHS**, from 1 April 2027: the requirements for suppliers' global emissions replace the 2024 ones; \
            their value tiers are **not yet confirmed**;
            - **the Welsh Government**, WPPN 06/21 from 1 April 2022 then WPPN 006: contracts of **£5m a year or \
            more** (tenderlint reads the £5m as a year's value, as PPN 06/21 does). For other Welsh public bodies a \
            plan is good practice, not a duty.

            These bind only the buyers they name: NHS bodies in England (not NHS Wales or NHS Scotland), UK \
            central government wherever it is, the Welsh Government. A buyer the document does not identify is \
            not checked.

            An earlier NHS page promised lots reserved for SMEs or VCSEs two more years on the NHS milestones; the \
            current one does not, so that grace is off unless `smallSupplierGrace` is turned on.
            """)
        NotThisRulesFinding("""
            A plan asked for that leaves out emissions policy requires (NZ003) or sets net zero later than 2050 \
            (NZ004); an NHS contract worth £10,000 to under £5m a year, which needs a Net Zero Commitment instead \
            (NZ002); a Welsh public body other than the Welsh Government, for which a plan is good practice (NZ007, \
            as information); public reporting and the Evergreen assessment the NHS asks for later (NZ005, NZ006); a \
            buyer the document does not identify (TL015); an amount that cannot be read (TL005). A value in another \
            currency, or a total without a duration: no rule, as no value a year can be worked out.
            """)
        Enforces(.ppn0621, .ppn006, .nhsCarbonReductionPlan2023, .nhsCarbonReductionPlan2024, .nhsCarbonReductionPlan2027, .wppn0621, .wppn006)
        Parameter(crpThresholdPerAnnum)
        Parameter(nhs2027ThresholdPerAnnum)
        Parameter(vatRate)
        Parameter(frameworkValueAsCallOff)
        Parameter(.smallSupplierGrace)
        Needs(.valueOrPlanAsked)
        Check { rule in
            let spelling = rule.spelling
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
                        if let plan, let origin = plan.required.origin?.field {
                            Secondary("the plan is not required here", at: origin)
                        }
                        value.notes.map(Note)
                        duty.notes.map(Note)
                        Help(spelling.planHelp(for: duty.policy, full: full, lot: lot, tender: rule.tender, existing: plan != nil))
                        if let plan {
                            FixIt("ask for the plan", .unsafe(because: "it changes what the tender asks of suppliers"), replacing: plan.required.origin?.fieldValue, with: "true")
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
                At(first.flag.origin?.field)
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
        carbonReductionPlanRequiredExamples
    }
}

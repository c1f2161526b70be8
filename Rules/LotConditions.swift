import TenderLintKit

// What the built-in rules need of a lot before their verdict means anything (see `LotCondition`). Each test asks
// the question its rule's check asks, with the same helpers, so an audit's "could not be evaluated" is the rule's.
extension LotCondition {
    // MARK: Evaluation

    static let awardCriteria = LotCondition("award-criteria", "the lot publishes award criteria") { lot, _ in
        !lot.evaluation.allCriteria.isEmpty
    }

    static let numericWeights = LotCondition(
        "numeric-weights", "at least one award criterion is weighted in percent, as a fraction or in points"
    ) { lot, _ in
        lot.evaluation.allCriteria.contains { $0.weight?.value.bounds != nil }
    }

    // MARK: Social value

    static let socialValuePolicyInForce = LotCondition(
        "social-value-policy-in-force", "a social value policy of the profile is in force on the evaluation date"
    ) { _, rule in
        rule.socialValuePolicyInForce
    }

    static let socialValueCriterion = LotCondition(
        "social-value-criterion", "the lot has a social value criterion (NHS: or a net zero one)"
    ) { lot, rule in
        !lot.evaluation.counted(of: rule.profile.countedKinds).isEmpty
    }

    static let socialValueShare = LotCondition(
        "social-value-share", "the share of the total score social value carries can be worked out from the weights"
    ) { lot, rule in
        lot.evaluation.share(of: rule.profile.countedKinds) != nil
    }

    static let nhsSocialValueGuidanceInForce = LotCondition(
        "nhs-social-value-guidance-in-force", "the NHS net zero and social value guidance is in force on the evaluation date"
    ) { _, rule in
        rule.isInForce(.nhsNetZeroAndSocialValue)
    }

    // MARK: Net zero

    static let carbonReductionPlanDutyInForce = LotCondition(
        "plan-policy-in-force", "a Carbon Reduction Plan policy applies to the lot on the evaluation date (with small-supplier grace)"
    ) { lot, rule in
        switch rule.profile {
        case .nhsEngland: rule.isInForce(.nhsRoadmap2023, for: lot) || rule.isInForce(.nhsRoadmap2024, for: lot)
        case .centralGovernment: rule.isInForce(.ppn006) || rule.isInForce(.ppn0621)
        }
    }

    static let valueOrPlanAsked = LotCondition(
        "value-in-pounds", "the lot's value a year is known in pounds (not needed where a plan is asked for or an NHS framework needs one anyway)"
    ) { lot, rule in
        if rule.tender.netZero(of: lot).carbonReductionPlan?.required.value == true { return true }
        if rule.profile == .nhsEngland, rule.frameworkFlag != nil, rule.isInForce(.nhsRoadmap2024, for: lot) { return true }
        return rule.annualValue(of: lot, basis: .asStated, vatRate: 0) != nil
    }

    static let netZeroCommitmentDutyInForce = LotCondition(
        "commitment-policy-in-force", "the NHS roadmap's April 2024 milestone applies to the lot, and the tender is not a framework"
    ) { lot, rule in
        rule.isInForce(.nhsRoadmap2024, for: lot) && rule.frameworkFlag == nil
    }

    static let valueOrCommitmentAsked = LotCondition(
        "value-in-pounds", "the lot's value a year is known in pounds (not needed where a commitment or a plan is asked for)"
    ) { lot, rule in
        rule.asksForCommitmentOrPlan(lot) || rule.annualValue(of: lot, basis: .asStated, vatRate: 0) != nil
    }

    static let valueInCommitmentBand = LotCondition(
        "value-in-commitment-band", "the lot is worth from £10k to under £5m a year excluding VAT (the parameters), or asks for a commitment or plan"
    ) { lot, rule in
        if rule.asksForCommitmentOrPlan(lot) { return true }
        guard let value = rule.annualValue(of: lot, basis: .excluding, vatRate: try rule.percent("vatRate")) else { return false }
        let from = try rule.pounds("commitmentFromPerAnnum")
        let below = try rule.pounds("crpThresholdPerAnnum")
        return value.amount >= from && value.amount < below
    }

    static let planPolicyInForce = LotCondition(
        "plan-policy-in-force", "a Carbon Reduction Plan policy of the profile is in force on the evaluation date"
    ) { _, rule in
        rule.hasPlanPolicyInForce
    }

    static let planAsked = LotCondition("plan-asked", "the lot asks for a Carbon Reduction Plan") { lot, rule in
        rule.tender.netZero(of: lot).carbonReductionPlan?.required.value == true
    }

    static let planScopes = LotCondition(
        "plan-scopes", "the plan's emission scopes are stated (a notice that only mentions a plan does not say)"
    ) { lot, rule in
        guard let plan = rule.tender.netZero(of: lot).carbonReductionPlan else { return false }
        return !(plan.scopes.isEmpty && plan.recognition != nil)
    }

    static let planNetZeroYear = LotCondition("plan-net-zero-year", "the plan's net zero year is stated") { lot, rule in
        rule.tender.netZero(of: lot).carbonReductionPlan?.netZeroBy != nil
    }

    static let reportingMilestoneInForce = LotCondition(
        "reporting-policy-in-force", "the NHS roadmap's April 2027 milestone applies to the lot (with small-supplier grace)"
    ) { lot, rule in
        rule.isInForce(.nhsRoadmap2027, for: lot)
    }

    static let evergreenInForce = LotCondition(
        "evergreen-in-force", "the evaluation date is on or after evergreenFrom, under the NHS profile"
    ) { _, rule in
        let from = try rule.date("evergreenFrom")
        return rule.profile == .nhsEngland && rule.date >= from
    }

    static let notKnownToBeSmall = LotCondition(
        "not-below-threshold", "the lot is not known to be worth less than fromPerAnnum a year (an unknown value counts)"
    ) { lot, rule in
        let bound = try rule.pounds("fromPerAnnum")
        return !rule.isKnownToBeBelow(bound, lot)
    }

    // MARK: TOMs

    static let measures = LotCondition("measures", "the tender or the lot names TOMs measures") { lot, rule in
        !TOMSupport.measures(applyingTo: lot, of: rule.tender).isEmpty
    }

    static let cataloguedMeasures = LotCondition(
        "catalogue-loaded", "a catalogue is loaded for the framework of at least one of the lot's measures"
    ) { lot, rule in
        TOMSupport.measures(applyingTo: lot, of: rule.tender).contains { TOMSupport.catalogue(for: $0.framework, in: rule) != nil }
    }

    static let socialValueThemes = LotCondition("themes", "the tender declares the social value themes it targets") { _, rule in
        !rule.tender.socialValue.themes.isEmpty
    }

    static let nhsLondonMeasures = LotCondition("nhs-london-measures", "the tender or the lot names NHS London TOMs measures") { lot, rule in
        TOMSupport.measures(applyingTo: lot, of: rule.tender).contains { $0.framework == MeasureFramework.nhsLondonTOMs.id }
    }
}

extension RuleContext {
    /// Whether the net zero terms that apply to a lot ask for a Net Zero Commitment or a Carbon Reduction Plan.
    func asksForCommitmentOrPlan(_ lot: Lot) -> Bool {
        let terms = tender.netZero(of: lot)
        return terms.netZeroCommitment?.required.value == true || terms.carbonReductionPlan?.required.value == true
    }
}

extension TOMSupport {
    /// The measures that bear on a lot: the tender's own and those under the lot's criteria.
    static func measures(applyingTo lot: Lot, of tender: Tender) -> [PlacedMeasure] {
        tender.socialValue.measures.map { PlacedMeasure(reference: $0) } + measures(of: lot)
    }
}

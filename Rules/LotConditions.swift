import TenderLintKit

// What the built-in rules need of a lot before their verdict means anything (see `LotCondition`). The engine runs
// a rule's check only on lots that meet all its conditions, so the checks need not ask again; an audit counts the
// others as not applicable or not evaluable. Whether a policy binds the tender at all is the engine's question.
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

    static let severalCriteria = LotCondition("several-criteria", "the lot has more than one award criterion at some level") { lot, _ in
        lot.siblingGroups.contains { $0.criteria.count > 1 }
    }

    // MARK: Social value

    static let socialValueCriterion = LotCondition(
        "social-value-criterion", "the lot has a social value criterion (NHS: or a net zero one)"
    ) { lot, rule in
        !lot.evaluation.counted(of: rule.countedKinds).isEmpty
    }

    static let socialValueShare = LotCondition(
        "social-value-share", "the share of the total score social value carries can be worked out from the weights"
    ) { lot, rule in
        lot.evaluation.share(of: rule.countedKinds) != nil
    }

    static let noJustifiedSocialValueException = LotCondition(
        "no-social-value-exception", "the tender declares no justified exception that lifts the social value requirement (PPN 002: not relevant or proportionate)"
    ) { _, rule in
        guard let exception = rule.allowed(rule.tender.socialValue.exception), exception.kind.value == .notRelevantOrProportionate else { return true }
        return exception.justificationText.isEmpty
    }

    // MARK: Net zero

    static let valueOrPlanAsked = LotCondition(
        "value-in-pounds", "the lot's value a year is known in pounds (not needed where a plan is asked for or an NHS framework needs one anyway)"
    ) { lot, rule in
        if rule.tender.netZero(of: lot).carbonReductionPlan?.required.value == true { return true }
        if rule.frameworkFlag != nil, rule.binds(.nhsCarbonReductionPlan2024, for: lot) { return true }
        return rule.annualValue(of: lot, basis: .asStated, vatRate: 0) != nil
    }

    static let notAFramework = LotCondition(
        "not-a-framework", "the tender is not a framework (a new NHS framework needs a full plan: NZ001)"
    ) { _, rule in
        rule.frameworkFlag == nil
    }

    static let commitmentMilestone = LotCondition(
        "commitment-milestone", "the Net Zero Commitment applies to the lot on the evaluation date (with small-supplier grace where turned on)"
    ) { lot, rule in
        rule.binds(.nhsNetZeroCommitment2024, for: lot) || rule.binds(.nhsNetZeroCommitmentBelowThreshold, for: lot)
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
        guard let value = rule.annualValue(of: lot, basis: .excluding, vatRate: rule[NetZeroRules.vatRate]) else { return false }
        return value.amount >= rule[NetZeroRules.commitmentFromPerAnnum] && value.amount < rule[NetZeroRules.crpThresholdPerAnnum]
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

    static let reportingMilestone = LotCondition(
        "reporting-milestone", "the NHS roadmap's April 2027 milestone applies to the lot (with small-supplier grace where turned on)"
    ) { lot, rule in
        rule.binds(.nhsCarbonReductionPlan2027, for: lot)
    }

    static let evergreenDate = LotCondition(
        "evergreen-date", "the evaluation date is on or after evergreenFrom"
    ) { _, rule in
        rule.date >= rule[NetZeroRules.evergreenFrom]
    }

    static let notKnownToBeSmall = LotCondition(
        "not-below-threshold", "the lot is not known to be worth less than fromPerAnnum a year (an unknown value counts)"
    ) { lot, rule in
        !rule.isKnownToBeBelow(rule[NetZeroRules.fromPerAnnum], lot)
    }

    // MARK: Community benefits

    static let communityBenefitsValue = LotCondition(
        "value-in-pounds", "the contract's estimated value is known in pounds (not needed where community benefits are summarised)"
    ) { _, rule in
        rule.estimatedContractValue != nil || rule.communityBenefitsStated
    }

    static let communityBenefitsThreshold = LotCondition(
        "value-from-threshold", "the contract's estimated value is at least thresholdValue (£4m), or community benefits are summarised"
    ) { _, rule in
        guard let value = rule.estimatedContractValue else { return rule.communityBenefitsStated }
        return value.amount >= rule[SocialValueRules.communityBenefitsThreshold]
    }

    // MARK: Procurement Act 2023 s.23

    static let specDocument = LotCondition(
        "tender-spec", "the document is a tender spec: OCDS and eForms notices have no field for whether failing a criterion disqualifies"
    ) { _, rule in
        rule.tender.format == .tenderSpec
    }

    // MARK: TOMs

    static let measures = LotCondition("measures", "the tender or the lot names TOMs measures") { lot, rule in
        // Asked of every lot by every TOMs rule: whether there is one, without placing them all.
        !rule.tender.socialValue.measures.isEmpty || lot.evaluation.allCriteria.contains { !$0.measures.isEmpty }
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

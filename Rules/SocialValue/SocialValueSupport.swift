import Foundation
import TenderLintKit

// The arithmetic and the wording behind the social value rules in this folder: SV001's notes and help,
// SV003's search for the theme Fighting climate change, SV004's checks of a declared exception.
extension SocialValueRules {
    // MARK: SV001

    static func reportAgainstTotal(_ lot: Lot, counted: [CountedCriterion], share: Share, ofQuality: Decimal?,
                                   minimum: Decimal, rule: RuleContext, ppn026: PPN026Minimum?) {
        let words = rule.socialValueWords
        let shortfall = minimum - share.minimum
        let uncounted = rule.countsNetZeroAsSocialValue ? [] : lot.evaluation.counted(of: [.netZero])
        let declared = rule.tender.socialValue.exception
        let refused = declared.flatMap { rule.allowed($0) == nil ? $0 : nil }
        rule.report {
            Message("\(words) carries \(share) of the total score in \(lot.label); at least \(Share(exactly: minimum)) is required")
            At(largest(counted)?.criterion.origin ?? lot.evaluation.origin)
            OffendingValue(share)
            Label("\(Share(exactly: share.minimum)) of the total")
            Note(countedNote(counted, lot: lot, rule: rule, total: share))
            for note in recognitionNotes(counted) { Note(note) }
            if !share.isExact {
                Note("weights given as ranges count at their minimum")
            }
            if let refused {
                Note("the tender declares the \(refused.kind.value.rawValue) exception, but \(rule.socialValuePolicyName) does not allow it, so the minimum is measured against the total score (see SV004)")
            } else if let ofQuality, ofQuality >= minimum, counted.allSatisfy({ $0.parent != nil }), !allowedQualityExceptions(rule).isEmpty {
                Note("as a share of the quality score (the criteria other than price and cost) it is \(Arithmetic.plain(ofQuality))%, which meets the minimum only under a declared \(allowedQualityExceptions(rule).joined(separator: " or ")) exception (wording unconfirmed; see SV004)")
            }
            if let ppn026, share.minimum < ppn026.share {
                Note(ppn026.note(rule))
            }
            if !uncounted.isEmpty {
                Note("not counted: " + uncounted.map { "\($0.criterion.label) (net zero, \($0.criterion.effectiveShare?.description ?? "?"))" }.joined(separator: ", ")
                     + ": under \(rule.socialValuePolicyName) only social value criteria count; a net zero criterion that scores the Social Value Model's Fighting climate change theme may be marked as social value")
            }
            Help(help(lot, counted: counted, shortfall: shortfall, minimum: minimum, words: words))
        }
    }

    static func reportAgainstQualityScore(_ lot: Lot, counted: [CountedCriterion], share: Share, ofQuality: Decimal,
                                          minimum: Decimal, exception: DeclaredException, rule: RuleContext) {
        let words = rule.socialValueWords
        let kind = exception.kind.value.rawValue
        let nonPrice = lot.evaluation.nonPriceShare
        rule.report {
            Message("\(words) carries \(Arithmetic.plain(ofQuality))% of the quality score in \(lot.label); at least \(Share(exactly: minimum)) is required under the declared \(kind) exception")
            At(largest(counted)?.criterion.origin ?? lot.evaluation.origin)
            OffendingValue("\(Arithmetic.plain(ofQuality))% of the quality score")
            Label("\(Arithmetic.plain(ofQuality))% of the quality score")
            Note(countedNote(counted, lot: lot, rule: rule, total: share))
            for note in recognitionNotes(counted) { Note(note) }
            Note("the tender declares the \(kind) exception, which \(rule.socialValuePolicyName) allows (wording unconfirmed), so the minimum applies to the quality score, the criteria other than price and cost: \(Share(exactly: share.minimum)) of the total out of \(nonPrice?.description ?? "?") is \(Arithmetic.plain(ofQuality))%")
            Help("give \(words) at least \(Share(exactly: minimum)) of the criteria other than price and cost, and lower another criterion so \(lot.label) still adds up to 100%")
        }
    }

    /// An information finding where the lot meets today's minimum but PPN 026, unconfirmed and off, would ask more.
    static func reportUnderPPN026(_ lot: Lot, counted: [CountedCriterion], share: Share, ppn026: PPN026Minimum, rule: RuleContext) {
        rule.report {
            Message("\(rule.socialValueWords) carries \(share) of the total score in \(lot.label): enough for \(rule.socialValuePolicyName), but PPN 026 (unconfirmed) would ask for \(Share(exactly: ppn026.share))")
            At(largest(counted)?.criterion.origin ?? lot.evaluation.origin)
            OffendingValue(share)
            Label("\(Share(exactly: share.minimum)) of the total")
            SeverityOverride(.info)
            Note(countedNote(counted, lot: lot, rule: rule, total: share))
            Note(ppn026.note(rule))
            Help("nothing is required today; to be ready for PPN 026, give social value \(Share(exactly: ppn026.share)) of the total score")
        }
    }

    /// The exceptions the binding policy allows that measure social value against the quality score.
    static func allowedQualityExceptions(_ rule: RuleContext) -> [String] {
        [DeclaredException.Kind.immatureMarket, .pricePerQualityPoint]
            .filter(rule.allows)
            .map(\.rawValue)
    }

    /// What PPN 026 would ask of a lot, where PPN 026 binds the tender or would if it were on: ppn026MinimumShare
    /// for a contract worth ppn026From or more including VAT.
    static func ppn026Minimum(for lot: Lot, rule: RuleContext) -> PPN026Minimum? {
        guard rule.binds(.ppn026) || rule.wouldBind(.ppn026),
              let total = rule.totalValue(of: lot, including: rule[NetZeroRules.vatRate]), total.amount >= rule[ppn026From] else { return nil }
        return PPN026Minimum(share: rule[ppn026MinimumShare], value: total, from: rule[ppn026From])
    }

    /// The counted criterion with the largest share: where the diagnostic lands.
    static func largest(_ counted: [CountedCriterion]) -> CountedCriterion? {
        counted.max { ($0.criterion.effectiveShare?.minimum ?? 0) < ($1.criterion.effectiveShare?.minimum ?? 0) }
    }

    /// "counted: social-value, 10% of quality (60%) = 6%; no other criterion in lot 1 is social value or net zero".
    static func countedNote(_ counted: [CountedCriterion], lot: Lot, rule: RuleContext, total: Share) -> String {
        let terms = counted.map(term)
        if terms.count == 1 {
            let kinds = rule.countsNetZeroAsSocialValue ? "social value or net zero" : "social value"
            return "counted: \(terms[0]); no other criterion in \(lot.label) is \(kinds)"
        }
        return "counted: " + terms.joined(separator: "; ") + "; together \(total)"
    }

    /// One counted criterion and how its share comes about: "social-value (8%)", "social-value, 20% of quality (60%) = 12%".
    static func term(_ item: CountedCriterion) -> String {
        let criterion = item.criterion
        let share = criterion.effectiveShare?.description ?? "?"
        guard let weight = criterion.weight?.value else { return "\(criterion.label) (\(share))" }
        var part: String
        switch weight.unit {
        case .points:
            let total = item.siblings.compactMap { $0.weight?.value.bounds }.reduce(Decimal(0)) { $0 + $1.minimum }
            part = "\(weight.description.replacingOccurrences(of: " points", with: "")) of \(Arithmetic.plain(total)) points"
        case .percentage, .fraction:
            part = weight.description
        case .order, .formula:
            return "\(criterion.label) (\(share))"
        }
        if let parent = item.parent {
            part += " of \(parent.label) (\(parent.effectiveShare?.description ?? "?"))"
        } else if weight.unit != .points {
            return "\(criterion.label) (\(share))"
        }
        return "\(criterion.label), \(part) = \(share)"
    }

    /// "Community benefits counts as social value by its name (its name contains 'community benefit')", and "although
    /// typed cost" where the name overruled the type the notice gave it.
    static func recognitionNotes(_ counted: [CountedCriterion]) -> [String] {
        counted.compactMap { item in
            let criterion = item.criterion
            guard let recognition = criterion.kindRecognition else { return nil }
            let kind = criterion.kind.value == .netZero ? "net zero" : "social value"
            let although = criterion.isPublishedAsPrice ? " although typed \(criterion.publishedType!.value.lowercased())" : ""
            return "\(criterion.label) counts as \(kind) by its \(recognition.field)\(although) (\(recognition))"
        }
    }

    /// What would make the lot pass, as concretely as the weights allow.
    static func help(_ lot: Lot, counted: [CountedCriterion], shortfall: Decimal, minimum: Decimal, words: String) -> String {
        let generic = "give \(words) \(Share(exactly: shortfall)) more of the total score and take it from another criterion, so \(lot.label) still adds up to 100%"
        guard counted.count == 1, let item = counted.first, let weight = item.criterion.weight?.value,
              let (low, _) = weight.bounds, weight.unit == .percentage || weight.unit == .fraction else { return generic }
        let label = item.criterion.label
        let unit = weight.unit
        let what = weight.isRange ? "the lower end of \(label)'s range" : label
        guard let parent = item.parent else {
            let step = unit == .fraction ? shortfall / 100 : shortfall
            let whole = Arithmetic.amount(Arithmetic.whole(unit), unit: unit)
            return "raise \(what) from \(Arithmetic.plain(low, places: 4)) to \(Arithmetic.plain(low + step, places: 4)) and lower another criterion by \(Arithmetic.plain(step, places: 4)) so \(lot.label) still adds up to \(whole)"
        }
        guard let parentShare = parent.effectiveShare?.minimum, parentShare > 0 else { return generic }
        let needed = unit == .fraction ? Arithmetic.roundedUp(minimum / parentShare, places: 4)
                                       : Arithmetic.roundedUp(minimum * 100 / parentShare)
        guard needed <= Arithmetic.whole(unit) else {
            return "\(parent.label) carries only \(Share(exactly: parentShare)) of the total, too little to hold \(Share(exactly: minimum)): give \(words) a criterion of its own at the top level, with at least \(Share(exactly: minimum))"
        }
        return "raise \(what) from \(Arithmetic.amount(low, unit: unit)) to at least \(Arithmetic.amount(needed, unit: unit)) of \(parent.label), so it carries \(Share(exactly: minimum)) of the total, and lower the other criteria under \(parent.label) so they still add up to \(Arithmetic.amount(Arithmetic.whole(unit), unit: unit)); or give \(words) a criterion of its own at the top level"
    }

    /// The share counted as a percentage of the quality score (every criterion but price and cost): the least
    /// it can be where weights are ranges. Nil when the quality score is unknown.
    static func qualityScoreShare(_ share: Share, in evaluation: Evaluation) -> Decimal? {
        guard let nonPrice = evaluation.nonPriceShare else { return nil }
        let denominator = nonPrice.maximum - (share.maximum - share.minimum)
        guard denominator > 0 else { return nil }
        return share.minimum * 100 / denominator
    }


    /// Where the tender covers Fighting climate change, in words for tests and notes; nil when it does not.
    static func climateEvidence(in tender: Tender, catalogues: CatalogueSet) -> String? {
        if tender.socialValue.themes.contains(where: { $0.value == .fightingClimateChange }) { return "theme" }
        let criteria = tender.lots.flatMap(\.evaluation.allCriteria)
        if let criterion = criteria.first(where: { $0.kind.value == .netZero }) { return "net zero criterion \(criterion.label)" }
        for criterion in criteria where criterion.kind.value == .socialValue {
            for (text, field) in [(criterion.name, "name"), (criterion.description, "description")] {
                if let found = Vocabulary.builtIn.recognise(.netZero, in: text, field: field) { return "\(criterion.label): \(found)" }
            }
        }
        let measures = tender.socialValue.measures + criteria.flatMap(\.measures)
        for measure in measures {
            if catalogues.catalogue(for: measure.framework.value)?.measure(measure.code.value)?.theme == .fightingClimateChange {
                return "measure \(measure.code.value)"
            }
        }
        // A mention such as "environmental" alone does not cover the theme.
        if let recognition = netZeroMentions(in: tender).first(where: \.isStrong) { return "net zero text: \(recognition)" }
        return nil
    }

    /// The net zero wording recognised in the notice's texts, the tender's and then each lot's.
    static func netZeroMentions(in tender: Tender) -> [Recognition] {
        tender.netZero.recognitions + tender.lots.flatMap { $0.netZero?.recognitions ?? [] }
    }

    /// Codes of measures whose framework has no loaded catalogue.
    static func uncataloguedMeasures(in tender: Tender, catalogues: CatalogueSet) -> [String] {
        let measures = tender.socialValue.measures + tender.lots.flatMap(\.evaluation.allCriteria).flatMap(\.measures)
        var codes: [String] = []
        for measure in measures where catalogues.catalogue(for: measure.framework.value) == nil && !codes.contains(measure.code.value) {
            codes.append(measure.code.value)
        }
        return codes
    }


    static func exceptionMeaning(_ kind: DeclaredException.Kind) -> String {
        switch kind {
        case .immatureMarket:
            "the exception lets social value be 10% of the quality score when pre-market engagement shows the market is immature (PPN 06/20; wording unconfirmed)"
        case .pricePerQualityPoint:
            "the exception lets social value be 10% of the quality score when an absolute method such as price per quality point is used (PPN 002; wording unconfirmed)"
        case .notRelevantOrProportionate:
            "the exception lifts the 10% where social value requirements would not be relevant to the subject matter or proportionate (PPN 002)"
        }
    }

    static func reasonWanted(_ kind: DeclaredException.Kind) -> String {
        switch kind {
        case .immatureMarket: "what pre-market engagement found"
        case .pricePerQualityPoint: "why price per quality point is used"
        case .notRelevantOrProportionate: "why social value is not relevant to this contract, or not proportionate"
        }
    }

    static func checkDeclared(_ exception: DeclaredException, in tender: Tender, rule: RuleContext) {
        let kind = exception.kind.value.rawValue
        if exception.justificationText.isEmpty {
            rule.report {
                Message("the \(kind) exception to the 10% rule is declared without a justification")
                At(exception.origin ?? exception.kind.origin)
                Label("no justification")
                Note(exceptionMeaning(exception.kind.value))
                Help(rule.spelling.justificationHelp(kind: kind, reason: reasonWanted(exception.kind.value)))
            }
        }
        if exception.kind.value == .pricePerQualityPoint, !tender.lots.contains(where: { $0.evaluation.usesPricePerQualityPoint }) {
            rule.report {
                Message("the tender declares the price-per-quality-point exception, but no lot is scored by price per quality point")
                At(exception.kind.origin ?? exception.origin)
                Label("no lot uses this method")
                Note("where price is weighted, social value must carry 10% of the total score")
                Help("remove the exception, or score price per quality point (methodology price-per-quality-point)")
            }
        }
    }
}

/// PPN 026's minimum for one lot, and why it applies.
struct PPN026Minimum {
    var share: Decimal
    var value: TotalValue
    var from: Decimal

    /// "PPN 026 … would ask 20% …", saying whether it is on.
    func note(_ rule: RuleContext) -> String {
        let state = rule.binds(.ppn026) ? "turned on in the configuration" : "unconfirmed and off (policies: { ppn-026: on } turns it on)"
        return "PPN 026 (\(state)) asks central government for \(Share(exactly: share)) of the total score on contracts worth \(NetZeroMoney.pounds(from)) or more including VAT, for procurements commenced from 2027-01-01; \(value.words)"
    }
}

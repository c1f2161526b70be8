import Foundation
import TenderLintKit

// The arithmetic and the wording behind the social value rules (SocialValue.swift): SV001's notes and help,
// SV003's search for the theme Fighting climate change, SV004's checks of a declared exception.
extension SocialValueRules {
    // MARK: SV001

    static func reportAgainstTotal(_ lot: Lot, counted: [CountedCriterion], share: Share, ofQuality: Decimal?,
                                   minimum: Decimal, rule: RuleContext) {
        let words = rule.profile.socialValueWords
        let shortfall = minimum - share.minimum
        let uncounted = rule.profile == .centralGovernment ? lot.evaluation.counted(of: [.netZero]) : []
        rule.report {
            Message("\(words) carries \(share) of the total score in \(lot.label); at least \(Share(exactly: minimum)) is required")
            At(largest(counted)?.criterion.origin ?? lot.evaluation.origin)
            Label("\(Share(exactly: share.minimum)) of the total")
            Note(countedNote(counted, lot: lot, profile: rule.profile, total: share))
            for note in recognitionNotes(counted) { Note(note) }
            if !share.isExact {
                Note("weights given as ranges count at their minimum")
            }
            if let ofQuality, ofQuality >= minimum, counted.allSatisfy({ $0.parent != nil }) {
                Note("as a share of the quality score (the criteria other than price and cost) it is \(Arithmetic.plain(ofQuality))%, which meets the minimum only under a declared exception (immature market or price per quality point, wording unconfirmed; see SV004)")
            }
            if !uncounted.isEmpty {
                Note("not counted: " + uncounted.map { "\($0.criterion.label) (net zero, \($0.criterion.effectiveShare?.description ?? "?"))" }.joined(separator: ", ")
                     + ": under \(rule.socialValuePolicyName) only social value criteria count; a net zero criterion that scores the Social Value Model's Fighting climate change theme may be marked as social value")
            }
            if let note = rule.profileNote {
                Note(note)
            }
            Help(help(lot, counted: counted, shortfall: shortfall, minimum: minimum, words: words))
        }
    }

    static func reportAgainstQualityScore(_ lot: Lot, counted: [CountedCriterion], share: Share, ofQuality: Decimal,
                                          minimum: Decimal, exception: SocialValueException, rule: RuleContext) {
        let words = rule.profile.socialValueWords
        let kind = exception.kind.value.rawValue
        let nonPrice = lot.evaluation.nonPriceShare
        rule.report {
            Message("\(words) carries \(Arithmetic.plain(ofQuality))% of the quality score in \(lot.label); at least \(Share(exactly: minimum)) is required under the declared \(kind) exception")
            At(largest(counted)?.criterion.origin ?? lot.evaluation.origin)
            Label("\(Arithmetic.plain(ofQuality))% of the quality score")
            Note(countedNote(counted, lot: lot, profile: rule.profile, total: share))
            for note in recognitionNotes(counted) { Note(note) }
            Note("the tender declares the \(kind) exception (wording unconfirmed), so the minimum applies to the quality score, the criteria other than price and cost: \(Share(exactly: share.minimum)) of the total out of \(nonPrice?.description ?? "?") is \(Arithmetic.plain(ofQuality))%")
            Help("give \(words) at least \(Share(exactly: minimum)) of the criteria other than price and cost, and lower another criterion so \(lot.label) still adds up to 100%")
        }
    }

    /// The counted criterion with the largest share: where the diagnostic lands.
    static func largest(_ counted: [CountedCriterion]) -> CountedCriterion? {
        counted.max { ($0.criterion.effectiveShare?.minimum ?? 0) < ($1.criterion.effectiveShare?.minimum ?? 0) }
    }

    /// "counted: social-value, 10% of quality (60%) = 6%; no other criterion in lot 1 is social value or net zero".
    static func countedNote(_ counted: [CountedCriterion], lot: Lot, profile: Profile, total: Share) -> String {
        let terms = counted.map(term)
        if terms.count == 1 {
            let kinds = profile == .nhsEngland ? "social value or net zero" : "social value"
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

    /// "Community benefits counts as social value because its name contains 'community benefit'".
    static func recognitionNotes(_ counted: [CountedCriterion]) -> [String] {
        counted.compactMap { item in
            item.criterion.kindRecognition.map { "\(item.criterion.label) counts as \(item.criterion.kind.value == .netZero ? "net zero" : "social value") because \($0)" }
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
                if let found = Vocabulary.english.recognise(.netZero, in: text, field: field) { return "\(criterion.label): \(found)" }
            }
        }
        let measures = tender.socialValue.measures + criteria.flatMap(\.measures)
        for measure in measures {
            if catalogues.catalogue(for: measure.framework.value)?.measure(measure.code.value)?.theme == .fightingClimateChange {
                return "measure \(measure.code.value)"
            }
        }
        let recognitions = tender.netZero.recognitions + tender.lots.flatMap { $0.netZero?.recognitions ?? [] }
        if let recognition = recognitions.first { return "net zero text: \(recognition)" }
        return nil
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


    static func checkDeclared(_ exception: SocialValueException, in tender: Tender, rule: RuleContext) {
        let kind = exception.kind.value.rawValue
        let justification = exception.justification?.value.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if justification.isEmpty {
            rule.report {
                Message("the \(kind) exception to the 10% rule is declared without a justification")
                At(exception.origin ?? exception.kind.origin)
                Label("no justification")
                Note(exception.kind.value == .immatureMarket
                     ? "the exception lets social value be 10% of the quality score when pre-market engagement shows the market is immature (PPN 06/20; wording unconfirmed)"
                     : "the exception lets social value be 10% of the quality score when an absolute method such as price per quality point is used (PPN 002; wording unconfirmed)")
                switch rule.spelling.form {
                case .xml:
                    Help("say why as the exception's text: <exception kind=\"\(kind)\">\(exception.kind.value == .immatureMarket ? "what pre-market engagement found" : "why price per quality point is used")</exception>")
                case .json, .notice:
                    Help("say why in \"justification\": \(exception.kind.value == .immatureMarket ? "what pre-market engagement found" : "why price per quality point is used")")
                }
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

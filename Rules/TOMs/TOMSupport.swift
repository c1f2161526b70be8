import Foundation
import TenderLintKit

/// A measure reference and where it sits: in the tender's social value terms (a contract commitment for every
/// lot) or under a criterion of a lot.
///
/// The lot is not copied into each measure: a `Lot` is over a kilobyte, and a tender of thousands of lots has
/// tens of thousands of measures. The measure holds the lots' shared array and its indices instead.
struct PlacedMeasure {
    var reference: MeasureReference
    private let lots: SharedLots?
    private let lotIndex: Int32
    private let criterionIndex: Int32

    /// A measure of the tender's social value terms.
    init(reference: MeasureReference) {
        self.reference = reference
        lots = nil
        lotIndex = -1
        criterionIndex = -1
    }

    fileprivate init(reference: MeasureReference, lots: SharedLots, lot: Int, criterion: Int) {
        self.reference = reference
        self.lots = lots
        lotIndex = Int32(lot)
        criterionIndex = Int32(criterion)
    }

    /// Nil for a measure of the tender's social value terms.
    var lot: Lot? { lots.map { $0.lots[Int(lotIndex)] } }
    var criterion: Criterion? { lot.map { $0.evaluation.allCriteria[Int(criterionIndex)] } }

    var framework: String { reference.framework.value }
    var code: String { reference.code.value }

    /// "under criterion 'social-value'", "in the tender's social value terms", for messages.
    var place: String {
        if let criterion { return "under criterion '\(criterion.label)'" }
        return "in the tender's social value terms"
    }
}

/// A tender's lots, shared by the measures placed in them (the array's storage is the tender's own).
private final class SharedLots {
    let lots: [Lot]

    init(_ lots: [Lot]) {
        self.lots = lots
    }
}

/// What the TOMs rules share: finding the measures, the catalogue in force, a measure's theme, and how to
/// write notes and fix-its about them.
enum TOMSupport {
    /// Every measure of a tender, in document order: the tender's own, then each lot's criteria's.
    static func measures(of tender: Tender) -> [PlacedMeasure] {
        let lots = SharedLots(tender.lots)
        return tender.socialValue.measures.map { PlacedMeasure(reference: $0) }
            + tender.lots.indices.flatMap { measures(in: lots, at: $0) }
    }

    /// Every measure of the rule's tender, worked out once for all the TOMs rules.
    static func measures(in rule: RuleContext) -> [PlacedMeasure] {
        rule.memoized("TOMSupport.measures") { measures(of: rule.tender) }
    }

    /// The measures under a lot's criteria, in document order.
    static func measures(of lot: Lot) -> [PlacedMeasure] {
        measures(in: SharedLots([lot]), at: 0)
    }

    private static func measures(in lots: SharedLots, at index: Int) -> [PlacedMeasure] {
        lots.lots[index].evaluation.allCriteria.enumerated().flatMap { position, criterion in
            criterion.measures.map { PlacedMeasure(reference: $0, lots: lots, lot: index, criterion: position) }
        }
    }

    /// The framework's catalogue edition in force on the evaluation date.
    static func catalogue(for framework: String, in rule: RuleContext) -> MeasureCatalogue? {
        rule.catalogues.catalogue(for: framework, on: rule.date)
    }

    /// How the framework's codes are written: its catalogue's patterns, else what tenderlint knows of it.
    static func patterns(for framework: String, catalogue: MeasureCatalogue?) -> [MeasureCodePattern] {
        catalogue?.effectiveCodePatterns ?? MeasureFramework.known(framework)?.codePatterns ?? []
    }

    /// Whether a code is malformed for its framework: a pattern is known, the code fits none, and the catalogue
    /// (which may list local variants) does not have it.
    static func isMalformed(_ placed: PlacedMeasure, catalogue: MeasureCatalogue?) -> Bool {
        let patterns = patterns(for: placed.framework, catalogue: catalogue)
        guard !patterns.isEmpty, catalogue?.measure(placed.code) == nil else { return false }
        return !patterns.contains { $0.matches(placed.code) }
    }

    /// A measure's theme and, when it was not read from the framework's own catalogue, how it was worked out.
    ///
    /// A code written as a Social Value Model award criterion (`MAC 1.2`) that the framework's catalogue does not
    /// list takes its outcome's theme from the Social Value Model catalogue.
    static func theme(of placed: PlacedMeasure, in rule: RuleContext) -> (theme: SocialValueTheme, inference: String?)? {
        let catalogue = catalogue(for: placed.framework, in: rule)
        if let catalogue, let measure = catalogue.measure(placed.code) {
            return catalogue.theme(of: measure).map { ($0, nil) }
        }
        guard let model = self.catalogue(for: MeasureFramework.socialValueModel.id, in: rule),
              let outcomeID = socialValueModelOutcome(of: placed.code),
              let outcome = model.outcome(outcomeID), let theme = outcome.theme else { return nil }
        return (theme, "its code is a Social Value Model award criterion code: outcome \(outcomeID)\(outcome.title.map { " (\($0.lowercased()))" } ?? "") is under the theme \(theme.title)")
    }

    /// The outcome of a code written `MAC <outcome>.<n>`.
    static func socialValueModelOutcome(of code: String) -> String? {
        guard MeasureFramework.socialValueModel.codePatterns.contains(where: { $0.matches(code) }) else { return nil }
        let digits = code.dropFirst(4).prefix { $0 != "." }
        return digits.isEmpty ? nil : String(digits)
    }

    /// "checked against the illustrative-toms catalogue, edition 2, in force from 2024-04-01 (an illustrative …)".
    static func note(on catalogue: MeasureCatalogue) -> String {
        var note = "checked against the \(catalogue.framework) catalogue, edition \(catalogue.edition)"
        if let date = catalogue.inForceFrom { note += ", in force from \(date)" }
        if catalogue.isIllustrative {
            note += "; it is an illustrative catalogue: its codes are invented for examples and are no official list"
        }
        return note
    }

    /// A fix-it that rewrites a scalar of the document: an XML attribute value, or a JSON string (quotes kept).
    static func replacing(_ located: Located<String>, with replacement: String, _ summary: String,
                          _ applicability: Diagnostic.FixIt.Applicability) -> FindingPart {
        guard let origin = located.origin else { return FixIt(summary, applicability, replacing: nil, with: replacement) }
        return FixIt(summary, applicability, replacing: origin, with: origin.written(replacement))
    }


    /// An example code for each pattern: `MAC 4.1`, `NT1`.
    static func example(of pattern: MeasureCodePattern) -> String {
        pattern.template.replacingOccurrences(of: "<outcome>", with: "4").replacingOccurrences(of: "<n>", with: "1")
            .replacingOccurrences(of: "<letter>", with: "a")
    }

    /// The same unit written differently: case, `£` for GBP, `percent` for %, singular and plural.
    static func sameUnit(_ lhs: String, _ rhs: String) -> Bool {
        canonicalUnit(lhs) == canonicalUnit(rhs)
    }

    private static let unitAliases: [String: String] = [
        "£": "gbp", "pounds": "gbp", "pound": "gbp", "percent": "%", "per cent": "%", "percentage": "%",
        "hour": "hours", "hrs": "hours", "week": "weeks", "ftes": "fte", "full-time equivalent": "fte",
        "tonnes co2e": "tco2e", "t co2e": "tco2e", "tonnes": "t", "mile": "miles",
    ]

    static func canonicalUnit(_ unit: String) -> String {
        let lowered = unit.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return unitAliases[lowered] ?? lowered
    }

    /// The key that makes two references the same measure: framework and code, ignoring case and spaces.
    static func identity(of placed: PlacedMeasure) -> String {
        placed.framework + "\u{0}" + placed.code.uppercased().filter { !$0.isWhitespace }
    }
}

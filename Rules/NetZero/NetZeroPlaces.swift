import Foundation
import TenderLintKit

/// Lots whose net zero terms are the same: a lot with its own `<net-zero>`, or every lot that takes the tender's.
struct TermsGroup: Sendable {
    var terms: NetZeroTerms
    var lots: [Lot]
    /// True when the terms are the lot's own.
    var isLotsOwn: Bool

    /// "the tender", "lot 2", or "lots 1 and 3" (for the lots named), and whether a verb after it is plural.
    static func subject(_ lots: [Lot]) -> (text: String, plural: Bool) {
        guard lots.count > 1 else { return (lots.first?.label ?? "the tender", false) }
        return ("lots " + Prose.list(lots.map { $0.id?.value ?? "?" }), true)
    }
}

extension RuleContext {
    /// The lots the rule judges grouped by the net zero terms they follow, in document order, so that terms
    /// several lots share are judged (and reported) once.
    var termsGroups: [TermsGroup] {
        var groups: [TermsGroup] = []
        var sharedIndex: Int?
        for lot in lots {
            if let own = lot.netZero {
                groups.append(TermsGroup(terms: own, lots: [lot], isLotsOwn: true))
            } else if let index = sharedIndex {
                groups[index].lots.append(lot)
            } else {
                sharedIndex = groups.count
                groups.append(TermsGroup(terms: tender.netZero, lots: [lot], isLotsOwn: false))
            }
        }
        return groups
    }
}

/// Where the net zero rules' findings land.
enum NetZeroPlace {
    /// Where a finding about a missing yes/no requirement lands: on `required="false"` where the tender says
    /// so, else on the `<net-zero>` the requirement belongs in, else on the lot, else on the tender.
    static func missingRequirement(_ requirement: Requirement?, in group: TermsGroup, of tender: Tender) -> Origin? {
        if let requirement, !requirement.required.value, let origin = requirement.required.origin?.field { return origin }
        if tender.format == .tenderSpec, let origin = group.terms.origin { return origin }
        if group.isLotsOwn, let lot = group.lots.first, !lot.isImplicit, let origin = lot.origin { return origin }
        return tender.origin
    }
}

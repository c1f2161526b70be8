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
    /// The whole field a value was read from: an XML attribute's value, a JSON member from its key (a list's
    /// member for one of its items), an element's text. Tender-spec readers locate some values more narrowly
    /// (one word of `scopes`, a JSON value without its key).
    static func field(_ origin: Origin?) -> Origin? {
        guard let node = origin?.node else { return nil }
        if node.kind != .attribute, let parent = node.parent, parent.kind == .array { return Origin(parent) }
        return Origin(node)
    }

    /// The exact text of a field's value, for a fix-it: an attribute's value inside its quotes, a JSON value
    /// (a whole list for one of its items).
    static func fieldValue(_ origin: Origin?) -> Origin? {
        guard let node = origin?.node else { return nil }
        if node.kind == .attribute { return Origin(node: node, range: node.valueRange) }
        if let parent = node.parent, parent.kind == .array { return Origin(node: parent, range: parent.range) }
        return Origin(node: node, range: node.range)
    }

    /// The empty place just after a field, where another field of the same element (JSON object) can be added:
    /// after an attribute, or after a JSON member's value (a whole list for one of its items).
    static func after(_ origin: Origin?) -> Origin? {
        guard let node = origin?.node else { return nil }
        var field = node
        if node.kind != .attribute, let parent = node.parent, parent.kind == .array { field = parent }
        return Origin(node: field, range: .at(field.range.upperBound))
    }

    /// The `<net-zero>` element (`"netZero"` member) that holds these terms, found from what the terms located.
    static func netZeroElement(of terms: NetZeroTerms) -> Origin? {
        let starts: [Origin?] = [
            terms.carbonReductionPlan?.origin, terms.carbonReductionPlan?.required.origin,
            terms.netZeroCommitment?.required.origin, terms.evergreenAssessment?.required.origin,
            terms.publicReporting?.required.origin, terms.productCarbonFootprints?.required.origin,
        ]
        for start in starts {
            var node = start?.node
            var steps = 0
            while let current = node, steps < 4 {
                if current.kind == .element || current.kind == .object, current.name == "net-zero" || current.name == "netZero" {
                    return Origin(current)
                }
                node = current.parent
                steps += 1
            }
        }
        return nil
    }

    /// Where a finding about a missing yes/no requirement lands: on `required="false"` where the tender says
    /// so, else on the `<net-zero>` the requirement belongs in, else on the lot, else on the tender.
    static func missingRequirement(_ requirement: Requirement?, in group: TermsGroup, of tender: Tender) -> Origin? {
        if let requirement, !requirement.required.value, let origin = field(requirement.required.origin) { return origin }
        if tender.format == .tenderSpec, let origin = netZeroElement(of: group.terms) { return origin }
        if group.isLotsOwn, let lot = group.lots.first, !lot.isImplicit, let origin = lot.origin { return origin }
        return tender.origin
    }
}

/// BT-330 groups of lots: a `cac:ProcurementProjectLot` whose `cbc:ID` has `schemeName="LotsGroup"` (`GLO-0001`),
/// with award criteria of its own for a contract that combines the lots listed under
/// `cac:TenderingTerms/cac:LotDistribution/cac:LotsGroup`.
extension EFormsReader {
    /// The groups that carry award criteria, each an evaluated unit the per-lot rules judge ("lot group GLO-0001").
    /// A group without criteria only gathers lots for a joint award and is not read: nothing in it is evaluated.
    mutating func lotGroups(of root: Node, lots: [Lot], signals: inout EFormsSignals) -> [Lot] {
        let groups = EFormsPath.all(root, .cac("ProcurementProjectLot")).filter { element in
            EFormsPath.first(element, .cbc("ID"))?.attribute("schemeName")?.value == "LotsGroup"
                && !EFormsPath.all(element, .cac("TenderingTerms"), .cac("AwardingTerms"), .cac("AwardingCriterion")).isEmpty
        }
        guard !groups.isEmpty else { return [] }
        let members = groupMembers(of: root, lotIDs: Set(lots.compactMap(\.id?.value)))
        var result: [Lot] = []
        for element in groups {
            let id = text(EFormsPath.first(element, .cbc("ID")))
            let gathered = id.flatMap { members[$0.value] } ?? []
            if gathered.isEmpty, let id {
                invalid(
                    "lot group \(Prose.shortened(id.value)) has award criteria but the notice does not say which lots it gathers",
                    at: id.origin ?? Origin(element), element: element, severity: .warning,
                    help: ["list its lots under cac:TenderingTerms/cac:LotDistribution/cac:LotsGroup, with cbc:LotsGroupID \(Prose.shortened(id.value))"]
                )
            }
            result.append(lot(element, kind: .group, groupedLots: gathered, signals: &signals))
        }
        return result
    }

    /// The lots each group gathers, by group id, from the notice's `cac:LotDistribution/cac:LotsGroup`. A reference
    /// to a lot the notice does not have is a warning, and is kept as written.
    private mutating func groupMembers(of root: Node, lotIDs: Set<String>) -> [String: [Located<String>]] {
        var members: [String: [Located<String>]] = [:]
        let declarations = EFormsPath.all(root, .cac("TenderingTerms"), .cac("LotDistribution"), .cac("LotsGroup"))
        for declaration in declarations {
            guard let group = text(EFormsPath.first(declaration, .cbc("LotsGroupID"))) else { continue }
            for reference in EFormsPath.all(declaration, .cac("ProcurementProjectLotReference"), .cbc("ID")) {
                guard let lot = text(reference) else { continue }
                if !lotIDs.contains(lot.value) {
                    invalid(
                        "lot group \(Prose.shortened(group.value)) gathers \(Prose.shortened(lot.value)), which is not a lot of this notice",
                        at: lot.origin ?? Origin(reference), element: reference, severity: .warning,
                        help: ["refer to the lots by their cbc:ID, such as LOT-0001"]
                    )
                }
                members[group.value, default: []].append(lot)
            }
        }
        return members
    }
}

/// Reads one OCDS release (a package's release, a record's compiled release, or a bare release) into a tender.
struct OCDSReleaseReader {
    let vocabulary: Vocabulary
    let issues: OCDSIssues

    private var fields: OCDSFieldReader { OCDSFieldReader(issues: issues) }
    private var criteriaReader: OCDSCriteriaReader { OCDSCriteriaReader(vocabulary: vocabulary, issues: issues) }

    /// - Parameter releaseDate: the date the tender was released, where it is known better than from the
    ///   release's own `date` (a record's compiled release is dated by its latest release, an award, say).
    func tender(from release: Node, releaseDate: Located<CalendarDate>? = nil) -> Tender {
        let tender = release.ocdsObject("tender")
        let date = releaseDate ?? fields.date(release[key: "date"], field: "release date")
        let tenderPeriodStart = fields.date(tender?.ocdsObject("tenderPeriod")?[key: "startDate"], field: "tender period start date")
        let termsReader = OCDSTermsReader(vocabulary: vocabulary)
        let terms = termsReader.terms(release: release, tender: tender)
        let framework = framework(of: tender)
        let party = buyerParty(of: release)
        let buyer = buyer(of: release, party: party)
        let (applicability, findings) = OCDSApplicabilityReader().applicability(of: release, buyerParty: party, buyerName: buyer.name)
        issues.add(findings)
        return Tender(
            format: .ocds,
            source: release.tree.source,
            id: release.ocdsText("ocid") ?? release.ocdsIdentifier("id"),
            title: tender?.ocdsText("title"),
            buyer: buyer,
            applicability: applicability,
            plannedPublication: tenderPeriodStart ?? date,
            procurementStart: date,
            isFramework: framework?.flag,
            frameworkEvidence: framework?.evidence,
            value: fields.value(tender?[key: "value"], field: "tender value"),
            duration: fields.duration(of: tender, field: "contract period"),
            lots: lots(of: tender).map { lot in
                var lot = lot
                if let node = lot.origin?.node { lot.netZero = OCDSTermsReader.lotNetZero(terms.lots[node.index] ?? [], tenderTerms: terms.netZero) }
                return lot
            },
            socialValue: terms.socialValue,
            netZero: terms.netZero,
            origin: Origin(release)
        )
    }

    // MARK: Framework

    /// Whether the tender sets up a framework: `techniques.hasFrameworkAgreement` (techniques extension) where
    /// given; else "framework" as a word of the title, or "framework agreement" in the description, which is
    /// how notices without the extension say so. The evidence names the field.
    func framework(of tender: Node?) -> (flag: Located<Bool>, evidence: FrameworkEvidence)? {
        guard let tender else { return nil }
        if let flag = fields.bool(tender.ocdsObject("techniques")?[key: "hasFrameworkAgreement"], field: "hasFrameworkAgreement") {
            return (flag, FrameworkEvidence(field: "techniques.hasFrameworkAgreement"))
        }
        if let title = tender.ocdsText("title"), FrameworkEvidence.titleNamesFramework(title.value) {
            return (Located(true, at: title.origin), FrameworkEvidence(field: "title", text: title.value))
        }
        if let description = tender.ocdsText("description"), FrameworkEvidence.descriptionNamesFramework(description.value) {
            return (Located(true, at: description.origin), FrameworkEvidence(field: "description", text: description.value))
        }
        return nil
    }

    // MARK: Buyer

    /// The buyer party: the party whose id is `buyer.id`, else one whose roles include "buyer".
    func buyerParty(of release: Node) -> Node? {
        let parties = release.ocdsArray("parties").filter { $0.kind == .object }
        let id = release.ocdsObject("buyer")?.ocdsIdentifier("id")?.value
        return parties.first { id != nil && $0.ocdsIdentifier("id")?.value == id }
            ?? parties.first { $0.ocdsStrings("roles").contains("buyer") }
    }

    /// `buyer.name`, else the buyer party's name; the region is that party's address region. What kind of body
    /// it is and where is the tender's applicability (`OCDSApplicabilityReader`).
    func buyer(of release: Node, party: Node?) -> Buyer {
        Buyer(
            name: release.ocdsObject("buyer")?.ocdsText("name") ?? party?.ocdsText("name"),
            region: party?.ocdsObject("address")?.ocdsText("region")
        )
    }

    // MARK: Lots

    /// The tender's lots, or one implicit lot when it has none. Criteria are read from each lot's
    /// `awardCriteria.criteria[]`, and from the tender's `awardCriteria.criteria[]` (some publishers put
    /// them there, with `relatedLot` or `relatedLots`): a lot takes the tender-level criteria related to
    /// it, and those related to no lot when it has none of its own.
    func lots(of tender: Node?) -> [Lot] {
        let tenderCriteria = tender.flatMap { Self.criteriaList(in: $0[key: "awardCriteria"]) }
            ?? tender.flatMap { Self.criteriaList(in: $0[key: "awardCriteriaDetails"]) }
        let lotNodes = tender?.ocdsArray("lots").filter { $0.kind == .object } ?? []
        guard !lotNodes.isEmpty else {
            let nodes = tenderCriteria?.criteria ?? []
            // A core OCDS `awardCriteria` is a code such as "bestProposal": no criteria, but where they are stated.
            let origin = tenderCriteria.map { Origin($0.container) } ?? tender?[key: "awardCriteria"].map(Origin.init)
            return [Lot(evaluation: evaluation(nodes, container: tenderCriteria?.container, origin: origin), isImplicit: true)]
        }
        return lotNodes.map { lot in
            let id = lot.ocdsIdentifier("id")
            let own = Self.criteriaList(in: lot[key: "awardCriteria"])
            let shared = tenderCriteria?.criteria ?? []
            let related = shared.filter { criterion in id.map { Self.relatedLots(of: criterion).contains($0.value) } ?? false }
            let unrelated = shared.filter { Self.relatedLots(of: $0).isEmpty }
            let ownNodes = own?.criteria ?? []
            let nodes = ownNodes + related + (ownNodes.isEmpty ? unrelated : [])
            let container = own?.container ?? (nodes.isEmpty ? nil : tenderCriteria?.container)
            return Lot(
                id: id,
                title: lot.ocdsText("title"),
                value: fields.value(lot[key: "value"], field: "lot value"),
                duration: fields.duration(of: lot, field: "lot contract period"),
                evaluation: evaluation(nodes, container: container, origin: container.map(Origin.init)),
                origin: Origin(lot)
            )
        }
    }

    /// An evaluation of these criteria. OCDS states no methodology; an order of importance is recognised
    /// where every criterion is weighted by `order`, or where an `orderJustification` is given.
    private func evaluation(_ nodes: [Node], container: Node?, origin: Origin?) -> Evaluation {
        let criteria = criteriaReader.criteria(nodes)
        var methodology: Located<Methodology>?
        if let justification = container?[key: "orderJustification"], justification.kind == .string {
            methodology = Located(.orderOfImportance, at: Origin(justification))
        } else if !criteria.isEmpty, criteria.allSatisfy({ $0.weight?.value.unit == .order }) {
            methodology = Located(.orderOfImportance, at: criteria.first?.weight?.origin)
        }
        return Evaluation(methodology: methodology, criteria: criteria, origin: origin)
    }

    /// An award criteria object and its `criteria[]`, or nil when the node is no such object.
    static func criteriaList(in node: Node?) -> (container: Node, criteria: [Node])? {
        guard let node, node.kind == .object, let list = node[key: "criteria"], list.kind == .array else { return nil }
        return (node, list.children)
    }

    /// The lot ids a tender-level criterion names in `relatedLot` or `relatedLots`.
    static func relatedLots(of criterion: Node) -> [String] {
        var ids: [String] = []
        if let single = criterion.ocdsIdentifier("relatedLot") { ids.append(single.value) }
        ids += criterion.ocdsArray("relatedLots").compactMap { ($0.kind == .string || $0.kind == .number) ? $0.value : nil }
        return ids
    }
}

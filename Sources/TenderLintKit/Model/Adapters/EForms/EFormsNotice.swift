/// The notice as a whole and its lots.
extension EFormsReader {
    /// The tender a notice describes: its procedure-level facts, its lots, and the social value and net zero
    /// signals found anywhere in it.
    mutating func tender(from root: Node) -> Tender {
        var signals = EFormsSignals()
        readNoticeLanguage(of: root)
        let project = EFormsPath.first(root, .cac("ProcurementProject"))
        let id = text(EFormsPath.first(root, .cbc("ContractFolderID"))) ?? text(EFormsPath.first(root, .cbc("ID")))
        let issueDate = date(EFormsPath.first(root, .cbc("IssueDate")), what: "the notice's issue date")
        let requested = date(EFormsPath.first(root, .cbc("RequestedPublicationDate")), what: "the requested publication date")
        let (buyer, company) = buyer(of: root)
        let applicability = applicability(of: root, buyer: company, buyerName: buyer.name)
        let value = contractValue(in: project)
        let duration = duration(in: project)
        let title = readProjectTexts(project, scope: "", into: &signals)
        readCodedSignals(in: project, into: &signals)

        let lotElements = lotElements(of: root)
        var lots: [Lot] = []
        for element in lotElements {
            lots.append(lot(element, signals: &signals))
        }
        lots += lotGroups(of: root, lots: lots, signals: &signals)
        if lots.isEmpty {
            lots = [Lot(evaluation: Evaluation(criteria: []), isImplicit: true)]
        }

        return Tender(
            format: .eForms, source: root.tree.source, id: id,
            title: title, buyer: buyer, applicability: applicability,
            plannedPublication: requested ?? issueDate, procurementStart: issueDate,
            isFramework: isFramework([root] + lotElements), value: value, duration: duration, lots: lots,
            socialValue: signals.socialValueTerms, netZero: signals.netZeroTerms, origin: Origin(root)
        )
    }

    /// The notice's lots (`cbc:ID schemeName="Lot"`). Groups of lots (`LotsGroup`) are read after them
    /// (`EFormsLotGroups.swift`); the parts of a prior information notice (`Part`) are read as lots when there are no lots.
    func lotElements(of root: Node) -> [Node] {
        let all = EFormsPath.all(root, .cac("ProcurementProjectLot"))
        func scheme(_ lot: Node) -> String? { EFormsPath.first(lot, .cbc("ID"))?.attribute("schemeName")?.value }
        let lots = all.filter { scheme($0) != "Part" && scheme($0) != "LotsGroup" }
        return lots.isEmpty ? all.filter { scheme($0) == "Part" } : lots
    }

    /// A lot, or a group of lots (`kind`), with what it is, is worth and is judged on.
    mutating func lot(_ element: Node, kind: LotKind = .lot, groupedLots: [Located<String>] = [], signals: inout EFormsSignals) -> Lot {
        let project = EFormsPath.first(element, .cac("ProcurementProject"))
        let terms = EFormsPath.first(element, .cac("TenderingTerms"))
        let value = contractValue(in: project)
        let duration = duration(in: project)
        let reservations = reservations(in: terms)
        let title = readProjectTexts(project, scope: kind == .group ? "lot group " : "lot ", into: &signals)
        readCodedSignals(in: project, into: &signals)
        recogniseRequirementTexts(in: terms, into: &signals)
        return Lot(
            id: text(EFormsPath.first(element, .cbc("ID"))), title: title,
            value: value, duration: duration, reservedFor: reservations,
            evaluation: evaluation(of: element, signals: &signals), origin: Origin(element),
            kind: kind, groupedLots: groupedLots
        )
    }

    // MARK: Buyer

    /// The first buyer: `cac:ContractingParty/cac:Party/cac:PartyIdentification/cbc:ID` resolved against the
    /// organisations of the notice's extension, and that organisation's `efac:Company`. What kind of body it is
    /// and where is the tender's applicability (`EFormsApplicability.swift`).
    mutating func buyer(of root: Node) -> (Buyer, company: Node?) {
        let party = EFormsPath.first(root, .cac("ContractingParty"))
        guard let reference = text(EFormsPath.first(party, .cac("Party"), .cac("PartyIdentification"), .cbc("ID"))) else {
            return (Buyer(), nil)
        }
        let companies = EFormsPath.extensions(of: root).flatMap {
            EFormsPath.all($0, .efac("Organizations"), .efac("Organization"), .efac("Company"))
        }
        let company = companies.first { company in
            EFormsPath.all(company, .cac("PartyIdentification"), .cbc("ID")).contains { text($0)?.value == reference.value }
        }
        guard let company else { return (Buyer(), nil) }
        let names = texts(EFormsPath.all(company, .cac("PartyName"), .cbc("Name")))
        return (Buyer(name: names.kept), company)
    }

    // MARK: Lot terms

    /// BT-71 reserved participation, as far as it fits a lot reservation (see `EFormsCodes.reservations`).
    mutating func reservations(in terms: Node?) -> [Located<LotReservation>] {
        guard let terms else { return [] }
        let steps: [EFormsStep] = [.cac("TendererQualificationRequest"), .cac("SpecificTendererRequirement"), .cbc("TendererRequirementTypeCode")]
        var result: [Located<LotReservation>] = []
        for element in EFormsPath.codes(terms, steps, listName: "reserved-procurement") {
            guard let code = text(element) else { continue }
            guard let reservation = EFormsCodes.reservations[code.value] else {
                invalid(
                    "'\(code.value)' is not a code of the eForms reserved-procurement list", at: code.origin ?? Origin(element),
                    element: element, severity: .warning, help: ["use res-ws, res-pub-ser or none"]
                )
                continue
            }
            if let reservation, !result.contains(where: { $0.value == reservation }) {
                result.append(Located(reservation, at: code.origin))
            }
        }
        return result
    }

    /// BT-765 framework agreement, in the notice's or any lot's `cac:TenderingProcess/cac:ContractingSystem`:
    /// true where any says `fa-*`, false where all say `none`, nil where none says.
    mutating func isFramework(_ elements: [Node]) -> Located<Bool>? {
        let steps: [EFormsStep] = [.cac("TenderingProcess"), .cac("ContractingSystem"), .cbc("ContractingSystemTypeCode")]
        var answers: [Located<Bool>] = []
        for element in elements.flatMap({ EFormsPath.codes($0, steps, listName: "framework-agreement") }) {
            guard let code = text(element) else { continue }
            guard let answer = EFormsCodes.frameworkAgreement[code.value] else {
                invalid(
                    "'\(code.value)' is not a code of the eForms framework-agreement list", at: code.origin ?? Origin(element),
                    element: element, severity: .warning, help: ["use fa-w-rc, fa-wo-rc, fa-mix or none"]
                )
                continue
            }
            answers.append(Located(answer, at: code.origin))
        }
        return answers.first { $0.value } ?? answers.first
    }

    // MARK: Wording

    /// A `cac:ProcurementProject`'s title, descriptions and notes, every language searched for the vocabulary;
    /// returns the title to keep.
    mutating func readProjectTexts(_ project: Node?, scope: String, into signals: inout EFormsSignals) -> Located<String>? {
        guard let project else { return nil }
        var title: Located<String>?
        for (name, field) in [("Name", "title"), ("Description", "description"), ("Note", "note")] {
            let versions = texts(EFormsPath.all(project, .cbc(name)))
            for version in versions.versions {
                recognise(version, field: scope + field, into: &signals)
            }
            if name == "Name" { title = versions.kept }
        }
        return title
    }

    /// A lot's selection criteria (`efac:SelectionCriteria/cbc:Description`) and performance terms
    /// (`cac:ContractExecutionRequirement/cbc:Description`), searched for Carbon Reduction Plan, Net Zero Commitment
    /// and Evergreen wording only: selection criteria speak of ISO 14001 "environmental management" without any
    /// net zero aim.
    func recogniseRequirementTexts(in terms: Node?, into signals: inout EFormsSignals) {
        guard let terms else { return }
        for extensionElement in EFormsPath.extensions(of: terms) {
            for element in EFormsPath.all(extensionElement, .efac("SelectionCriteria"), .cbc("Description")) {
                recognise(text(element), field: "selection criterion", into: &signals, general: false)
            }
        }
        for element in EFormsPath.all(terms, .cac("ContractExecutionRequirement"), .cbc("Description")) {
            recognise(text(element), field: "performance terms", into: &signals, general: false)
        }
    }
}

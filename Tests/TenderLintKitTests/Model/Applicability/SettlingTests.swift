import Testing
@testable import TenderLintKit

/// `Applicability.settled(commencedOn:dateSource:dateOrigin:)`: what follows from the facts together once the
/// buyer and the commencement date are known.
@Suite("Settling: what follows from the buyer's nation and kind and the commencement date")
struct SettlingTests {
    private static let celex = ApplicabilityEvidence(field: "legalBasis", value: "CELEX 32014L0024", origin: nil)

    /// Facts as the document left them: a nation and kinds stated where given, and a regime where given.
    private static func facts(_ nation: Jurisdiction?, _ kinds: Set<BuyerKind>? = nil, regime: Set<Regime>? = nil) -> Applicability {
        Applicability(
            jurisdiction: nation.map { ApplicabilityFact(possible: [$0], basis: .stated) } ?? .unknown,
            buyerKind: kinds.map { ApplicabilityFact(possible: $0, basis: .stated) } ?? .unknown,
            regime: regime.map { ApplicabilityFact(possible: $0, basis: .stated, evidence: [celex]) } ?? .unknown
        )
    }

    private static func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    private static func settle(_ facts: Applicability, on date: String = "2026-04-20", source: String = "planned publication") -> Applicability {
        facts.settled(commencedOn: day(date), dateSource: source)
    }

    // MARK: No devolved government in England

    @Test("in England a kind left open between central and devolved government is UK central government")
    func noDevolvedGovernmentInEngland() {
        let open: Set<BuyerKind> = [.centralGovernment, .devolvedGovernment]
        #expect(Self.settle(Self.facts(.england, open)).buyerKind.value == .centralGovernment)
        #expect(Self.settle(Self.facts(.wales, open)).buyerKind.possible == open)
        #expect(Self.settle(Self.facts(nil, open)).buyerKind.possible == open)
    }

    @Test("the England rule never leaves a buyer of no possible kind")
    func englandNeverEmptiesTheKind() {
        #expect(Self.settle(Self.facts(.england, [.devolvedGovernment])).buyerKind.possible == [.devolvedGovernment])
    }

    // MARK: The public sector directive

    static let directive: [(nation: Jurisdiction?, kinds: Set<BuyerKind>?, regimes: Set<Regime>)] = [
        (.scotland, [.nhsBody], [.scottishRegulations]),
        (.scotland, [.devolvedGovernment], [.scottishRegulations]),
        (.scotland, [.localGovernment, .otherPublicBody], [.scottishRegulations]),
        (.scotland, [.centralGovernment], [.pcr2015]),
        (.scotland, nil, [.pcr2015, .scottishRegulations]),
        (.wales, [.devolvedGovernment], [.pcr2015]),
        (.england, [.nhsBody], [.pcr2015]),
        (.northernIreland, nil, [.pcr2015]),
        (nil, [.centralGovernment], [.pcr2015]),
        (nil, [.localGovernment], [.pcr2015, .scottishRegulations]),
    ]

    @Test("CELEX 32014L0024 is the Scottish regulations for a Scottish body other than UK central government, and the PCR 2015 elsewhere",
          arguments: directive)
    func publicSectorDirective(_ example: (nation: Jurisdiction?, kinds: Set<BuyerKind>?, regimes: Set<Regime>)) {
        let settled = Self.settle(Self.facts(example.nation, example.kinds, regime: [.pcr2015, .scottishRegulations]))
        #expect(settled.regime.possible == example.regimes)
        // Narrowed, it is still the stated legal basis, not an inference from the date.
        #expect(settled.regime.basis == .stated)
        #expect(settled.regime.evidence == [Self.celex])
    }

    @Test("CELEX 32014L0024 for a buyer outside the UK is not a UK regime")
    func directiveOutsideTheUK() {
        // eForms cn_24_FRA_comments: a French buyer under Directive 2014/24/EU.
        let settled = Self.settle(Self.facts(.outsideUK, [.localGovernment], regime: [.pcr2015, .scottishRegulations]))
        #expect(settled.regime.value != .pcr2015)
    }

    // MARK: A regime the document does not state

    static let inferred: [(nation: Jurisdiction?, kinds: Set<BuyerKind>?, date: String, regime: Regime?)] = [
        (.england, [.nhsBody], "2025-02-23", .pcr2015),
        (.england, [.nhsBody], "2025-02-24", .procurementAct2023),
        (.wales, [.localGovernment], "2026-04-20", .procurementAct2023),
        (.northernIreland, [.devolvedGovernment], "2024-06-01", .pcr2015),
        (.scotland, [.localGovernment], "2019-04-24", .scottishRegulations),
        (.scotland, [.nhsBody], "2026-04-20", .scottishRegulations),
        (.scotland, [.centralGovernment], "2026-04-20", .procurementAct2023),
        (.scotland, nil, "2026-04-20", nil),
        (nil, [.centralGovernment], "2026-04-20", .procurementAct2023),
        (nil, [.nhsBody], "2026-04-20", nil),
        (.outsideUK, [.localGovernment], "2026-04-20", nil),
    ]

    @Test("a regime not stated follows from the nation and the date: PCR 2015 before 24 February 2025, the Procurement Act from then, the Scottish regulations for Scottish bodies",
          arguments: inferred)
    func regimeFromNationAndDate(_ example: (nation: Jurisdiction?, kinds: Set<BuyerKind>?, date: String, regime: Regime?)) {
        let settled = Self.settle(Self.facts(example.nation, example.kinds), on: example.date)
        #expect(settled.regime.value == example.regime)
        if example.regime != nil {
            #expect(settled.regime.basis == .inferred)
            #expect(settled.regime.evidence.map(\.description) == ["commenced \(example.date)"])
        } else {
            #expect(settled.regime.basis == .notKnown)
            #expect(settled.regime.evidence.isEmpty)
        }
    }

    @Test("the inference rests on the commencement date, with its line, or on --as-of for a what-if date")
    func inferenceEvidence() throws {
        let (tenders, _) = Linter().model(of: SourceFile(path: "spec.xml", text: TenderSpecApplicabilityTests.xml(tender: "")))
        let tender = try #require(tenders.first)
        let publication = try #require(tender.plannedPublication)
        let facts = tender.applicability
        #expect(facts.regime.basis == .notKnown)

        let commenced = facts.settled(commencedOn: publication.value, dateSource: "planned publication", dateOrigin: publication.origin)
        #expect(commenced.regime.value == .procurementAct2023)
        #expect(commenced.regime.basisDescription == "inferred from commenced 2026-03-02, line 5")
        #expect(facts.settled(commencedOn: Self.day("2026-01-05"), dateSource: "today").regime.evidence.map(\.field) == ["commenced"])

        let whatIf = facts.settled(commencedOn: Self.day("2024-06-01"), dateSource: "--as-of")
        #expect(whatIf.regime.value == .pcr2015)
        #expect(whatIf.regime.basisDescription == "inferred from --as-of 2024-06-01")
        #expect(whatIf.regime.evidence.first?.origin == nil)
    }

    @Test("a stated regime is kept, and an inferred one the document rules out is not taken")
    func statedRegimeKept() {
        let psr = Self.settle(Self.facts(.england, [.nhsBody], regime: [.providerSelectionRegime]))
        #expect(psr.regime.value == .providerSelectionRegime)
        #expect(psr.regime.basis == .stated)
        let partly = Self.settle(Self.facts(.england, [.nhsBody], regime: [.procurementAct2023, .providerSelectionRegime]), on: "2024-06-01")
        #expect(partly.regime.possible == [.procurementAct2023, .providerSelectionRegime])
        #expect(partly.regime.basis == .stated)
    }

    @Test("the inference keeps what the regime's signals overruled")
    func inferenceKeepsOverruled() {
        let tie = [ApplicabilityEvidence(field: "legalBasis", value: "UKPGA 2023/54", origin: nil),
                   ApplicabilityEvidence(field: "specialRegime", value: "defenceSecurity", origin: nil)]
        var facts = Self.facts(.england, [.centralGovernment])
        facts.regime = ApplicabilityFact(possible: Set(Regime.allCases), basis: .notKnown, overruled: tie)
        let settled = Self.settle(facts)
        #expect(settled.regime.value == .procurementAct2023)
        #expect(settled.regime.overruled == tie)
    }
}

import Testing
@testable import TenderLintKit

/// `ApplicabilityResolver`, and the warnings `ApplicabilitySignals.resolve()` gives for what it sets aside: signals
/// are taken strongest tier first, each narrowing the fact; a weaker signal that allows none of what is left is
/// overruled; equally strong signals that contradict one another are all set aside; hints come last and only narrow.
///
/// The signals are written by hand, with the fields and values real notices carry, and no position in a document.
@Suite("Applicability resolver: the strongest signals decide, hints only narrow")
struct ApplicabilityResolverTests {
    private typealias Resolver = ApplicabilityResolver<BuyerKind>
    private typealias Strength = ApplicabilitySignal.Strength

    private static let bodyGovernedByPublicLaw: Set<BuyerKind> = [.nhsBody, .centralGovernment, .devolvedGovernment, .otherPublicBody]
    private static let notCentral = Set(BuyerKind.allCases).subtracting([.centralGovernment])

    private func claim(_ values: Set<BuyerKind>, _ field: String, _ value: String, _ strength: Strength, hint: Bool = false) -> Resolver.Claim {
        let evidence = ApplicabilityEvidence(field: field, value: value, origin: nil)
        return Resolver.Claim(values: values, signal: ApplicabilitySignal(.buyerKind(values), evidence: evidence, strength: strength, isHint: hint))
    }

    private func publicLaw() -> Resolver.Claim { claim(Self.bodyGovernedByPublicLaw, "TED_CA_TYPE", "Body governed by public law", .classification) }
    private func localAuthority() -> Resolver.Claim { claim([.localGovernment], "TED_CA_TYPE", "Regional or local authority", .classification) }
    private func sell2Wales() -> Resolver.Claim { claim(Self.notCentral, "ocid prefix", "ocds-kuma6s (Sell2Wales)", .publisher) }
    private func health() -> Resolver.Claim { claim([.nhsBody], "COFOG", "07 (health)", .classification, hint: true) }

    // MARK: Tiers and narrowing

    @Test("the tiers run from a field that states the fact down to the buyer's name")
    func strengthOrder() {
        #expect(Strength.allCases.sorted() == [.name, .publisher, .classification, .stated])
        #expect(Strength.stated > Strength.classification)
        #expect(Strength.publisher.title == "the publisher")
    }

    @Test("with no signals every value stays possible and nothing is known")
    func noSignals() {
        let (fact, disagreements) = Resolver().resolve([])
        #expect(fact.possible == Set(BuyerKind.allCases))
        #expect(fact.basis == .notKnown)
        #expect(fact.value == nil)
        #expect(fact.evidence.isEmpty && fact.overruled.isEmpty)
        #expect(disagreements.isEmpty)
        #expect(fact.basisDescription == "not stated")
    }

    @Test("a field that states the fact settles it, and is its evidence")
    func statedSettles() {
        let (fact, disagreements) = Resolver().resolve([claim([.localGovernment], "BT-11 buyer legal type", "la", .stated)])
        #expect(fact.value == .localGovernment)
        #expect(fact.basis == .stated)
        #expect(fact.basisDescription == "stated (BT-11 buyer legal type la)")
        #expect(disagreements.isEmpty)
    }

    @Test("each weaker tier narrows what the stronger ones left, and the evidence lists them strongest first")
    func tiersNarrowInTurn() {
        // Sell2Wales's Welsh Government: a body governed by public law, on a portal for devolved bodies, named as the Welsh Government.
        let name = claim([.devolvedGovernment], "buyer name (\"welsh government\")", "Llywodraeth Cymru / Welsh Government - Commercial Delivery", .name)
        let (fact, disagreements) = Resolver().resolve([name, sell2Wales(), publicLaw()])
        #expect(fact.value == .devolvedGovernment)
        #expect(fact.basis == .inferred)
        #expect(fact.evidence.map(\.field) == ["TED_CA_TYPE", "ocid prefix", "buyer name (\"welsh government\")"])
        #expect(disagreements.isEmpty)
    }

    @Test("signals of one tier that agree narrow the fact together")
    func oneTierNarrowsTogether() {
        let regionalAgency = claim([.localGovernment, .nhsBody, .otherPublicBody], "TED_CA_TYPE", "Regional or local agency/office", .classification)
        let (fact, disagreements) = Resolver().resolve([publicLaw(), regionalAgency])
        #expect(fact.possible == [.nhsBody, .otherPublicBody])
        #expect(fact.possibleDescription == "an NHS body or another kind of public body")
        #expect(fact.evidence.map(\.value) == ["Body governed by public law", "Regional or local agency/office"])
        #expect(disagreements.isEmpty)
    }

    @Test("a signal that allows everything still possible is not evidence")
    func onlyNarrowingSignalsAreEvidence() {
        let stated = claim([.centralGovernment, .devolvedGovernment], "UK_CA_TYPE", "publicAuthorityCentralGovernment", .stated)
        let (fact, _) = Resolver().resolve([stated, publicLaw()])
        #expect(fact.possible == [.centralGovernment, .devolvedGovernment])
        #expect(fact.evidence.map(\.field) == ["UK_CA_TYPE"])
        #expect(fact.basis == .stated)
    }

    @Test("the basis is stated once a stated signal narrowed the fact, whatever narrowed it further")
    func statedBasisWithWeakerEvidence() {
        let subCentral = claim([.nhsBody, .localGovernment, .otherPublicBody], "UK_CA_TYPE", "publicAuthoritySubCentralGovernment", .stated)
        let name = claim([.nhsBody], "buyer name (\"nhs\")", "Royal Berkshire NHS Foundation Trust", .name)
        let (fact, _) = Resolver().resolve([name, subCentral])
        #expect(fact.value == .nhsBody)
        #expect(fact.basis == .stated)
        #expect(fact.evidence.map(\.field) == ["UK_CA_TYPE", "buyer name (\"nhs\")"])
    }

    @Test("a starting set narrows the fact before any signal, and is no evidence")
    func startingSet() {
        // In England there is no devolved government: UK_CA_TYPE central government is then UK central government.
        let stated = claim([.centralGovernment, .devolvedGovernment], "UK_CA_TYPE", "publicAuthorityCentralGovernment", .stated)
        let (fact, _) = Resolver().resolve([stated], startingFrom: Set(BuyerKind.allCases).subtracting([.devolvedGovernment]))
        #expect(fact.value == .centralGovernment)
        #expect(fact.evidence.map(\.field) == ["UK_CA_TYPE"])
    }

    @Test("the same signal read twice is listed once")
    func evidenceIsUnique() {
        let (fact, _) = Resolver().resolve([localAuthority(), localAuthority()])
        #expect(fact.value == .localGovernment)
        #expect(fact.evidence.count == 1)
    }

    // MARK: Disagreements

    @Test("a weaker signal that allows none of what stronger ones left is overruled, and the stronger are named as taken")
    func weakerSignalOverruled() throws {
        let name = claim([.nhsBody], "buyer name (\"nhs\")", "Royal Berkshire NHS Foundation Trust", .name)
        let (fact, disagreements) = Resolver().resolve([name, localAuthority()])
        #expect(fact.value == .localGovernment)
        #expect(fact.evidence.map(\.field) == ["TED_CA_TYPE"])
        #expect(fact.overruled.map(\.field) == ["buyer name (\"nhs\")"])
        let disagreement = try #require(disagreements.first)
        #expect(disagreements.count == 1)
        #expect(disagreement.setAside.map(\.signal.evidence.field) == ["buyer name (\"nhs\")"])
        #expect(disagreement.taken.map(\.signal.evidence.field) == ["TED_CA_TYPE"])
    }

    @Test("equally strong signals that contradict one another are all set aside, and none is taken")
    func equalSignalsTie() throws {
        // NHS Wales Shared Services Partnership, as Sell2Wales classes it: a local authority and a body governed by public law.
        let (fact, disagreements) = Resolver().resolve([localAuthority(), publicLaw()])
        #expect(fact.possible == Set(BuyerKind.allCases))
        #expect(fact.basis == .notKnown)
        #expect(fact.evidence.isEmpty)
        #expect(fact.overruled.map(\.value) == ["Regional or local authority", "Body governed by public law"])
        let disagreement = try #require(disagreements.first)
        #expect(disagreements.count == 1)
        #expect(disagreement.setAside.count == 2)
        #expect(disagreement.taken.isEmpty)
    }

    @Test("after a tie the weaker tiers still narrow the fact")
    func weakerTiersAfterATie() {
        let name = claim([.nhsBody], "buyer name (\"nhs\")", "NHS Wales Shared Services Partnership-Procurement Services (hosted by Velindre University NHS Trust)", .name)
        let (fact, disagreements) = Resolver().resolve([localAuthority(), publicLaw(), sell2Wales(), name, health()])
        #expect(fact.value == .nhsBody)
        #expect(fact.evidence.map(\.field) == ["ocid prefix", "buyer name (\"nhs\")"])
        #expect(fact.overruled.count == 2)
        #expect(disagreements.count == 1)
    }

    // MARK: Hints

    @Test("a hint narrows what the signals left open, after every tier")
    func hintNarrows() {
        // Health Education and Improvement Wales: a body governed by public law with COFOG 07, on Sell2Wales.
        let (fact, disagreements) = Resolver().resolve([health(), publicLaw(), sell2Wales()])
        #expect(fact.value == .nhsBody)
        #expect(fact.basis == .inferred)
        #expect(fact.evidence.map(\.field) == ["TED_CA_TYPE", "ocid prefix", "COFOG"])
        #expect(disagreements.isEmpty)
    }

    @Test("a hint that contradicts the signals is ignored: no disagreement, nothing overruled")
    func hintNeverConflicts() {
        // A council with a health function is still a council.
        let (fact, disagreements) = Resolver().resolve([claim([.localGovernment], "BT-11 buyer legal type", "la", .stated), health()])
        #expect(fact.value == .localGovernment)
        #expect(fact.evidence.map(\.field) == ["BT-11 buyer legal type"])
        #expect(fact.overruled.isEmpty)
        #expect(disagreements.isEmpty)
    }

    @Test("a hint waits for the weakest tier, even one weaker than itself")
    func hintComesAfterTheName() {
        let name = claim([.otherPublicBody], "buyer name (\"university\")", "Cardiff University", .name)
        let (fact, disagreements) = Resolver().resolve([publicLaw(), health(), name])
        #expect(fact.value == .otherPublicBody)
        #expect(!fact.evidence.contains { $0.field == "COFOG" })
        #expect(disagreements.isEmpty)
    }

    @Test("a hint that would narrow nothing is not evidence")
    func idleHint() {
        // NHS Lanarkshire: its name already makes an NHS body of it, so COFOG 07 adds nothing.
        let name = claim([.nhsBody], "buyer name (\"nhs\")", "NHS Lanarkshire", .name)
        let (fact, _) = Resolver().resolve([publicLaw(), health(), name])
        #expect(fact.value == .nhsBody)
        #expect(fact.evidence.map(\.field) == ["TED_CA_TYPE", "buyer name (\"nhs\")"])
    }

    // MARK: Warnings

    @Test("a weaker contradicting signal gives one TL017 warning that names the signal taken instead")
    func weakerSignalWarning() throws {
        var signals = ApplicabilitySignals()
        signals.add(.buyerKind([.localGovernment]), field: "TED_CA_TYPE", value: "Regional or local authority", at: nil, strength: .classification)
        signals.add(.buyerKind([.nhsBody]), field: "buyer name (\"nhs\")", value: "Royal Berkshire NHS Foundation Trust", at: nil, strength: .name)
        let (applicability, diagnostics) = signals.resolve()
        #expect(applicability.buyerKind.value == .localGovernment)
        let warning = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(warning.rule == ApplicabilityRule.conflictingSignals)
        #expect(warning.severity == .warning)
        #expect(warning.message == #"buyer name ("nhs") "Royal Berkshire NHS Foundation Trust" says an NHS body, but TED_CA_TYPE "Regional or local authority" says local government"#)
        #expect(warning.notes.first?.hasPrefix("the stronger signal was taken") == true)
    }

    @Test("an equal-strength tie gives one TL017 warning that names every signal and takes none")
    func tieWarning() throws {
        var signals = ApplicabilitySignals()
        signals.add(.buyerKind([.localGovernment]), field: "TED_CA_TYPE", value: "Regional or local authority", at: nil, strength: .classification)
        signals.add(.buyerKind(Self.bodyGovernedByPublicLaw), field: "TED_CA_TYPE", value: "Body governed by public law", at: nil, strength: .classification)
        let (applicability, diagnostics) = signals.resolve()
        #expect(applicability.buyerKind.value == nil)
        let warning = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(warning.rule == ApplicabilityRule.conflictingSignals)
        #expect(warning.message == "the signals about the buyer's kind disagree: "
            + #"TED_CA_TYPE "Regional or local authority" says local government; "#
            + #"TED_CA_TYPE "Body governed by public law" says an NHS body, UK central government, a devolved government body or another kind of public body"#)
        #expect(warning.notes == ["they are equally strong (a classification code), so none of them was taken"])
    }

    @Test("a hint gives no warning, even when it contradicts the signals")
    func hintWarnsOfNothing() {
        var signals = ApplicabilitySignals()
        signals.add(.buyerKind([.localGovernment]), field: "BT-11 buyer legal type", value: "la", at: nil, strength: .stated)
        signals.add(.buyerKind([.nhsBody]), field: "BT-10 activity", value: "health", at: nil, strength: .classification, isHint: true)
        let (applicability, diagnostics) = signals.resolve()
        #expect(applicability.buyerKind.value == .localGovernment)
        #expect(diagnostics.isEmpty)
    }

    @Test("each fact is resolved on its own, and England rules out a devolved government before any signal")
    func factsResolveSeparately() {
        var signals = ApplicabilitySignals()
        signals.add(.jurisdiction([.england]), field: "address.region", value: "UKI33", at: nil, strength: .classification)
        signals.add(.buyerKind([.centralGovernment, .devolvedGovernment]), field: "UK_CA_TYPE", value: "publicAuthorityCentralGovernment", at: nil, strength: .stated)
        signals.add(.threshold(.above), field: "aboveThreshold", value: "true", at: nil, strength: .stated)
        signals.add(.regime([.procurementAct2023]), field: "legalBasis", value: "UKPGA 2023/54", at: nil, strength: .stated)
        signals.add(.stage(.competition), field: "noticeType", value: "UK4", at: nil, strength: .stated)
        let (applicability, diagnostics) = signals.resolve()
        #expect(diagnostics.isEmpty)
        #expect(applicability.jurisdiction.value == .england)
        #expect(applicability.jurisdiction.basis == .inferred)
        #expect(applicability.buyerKind.value == .centralGovernment)
        #expect(applicability.buyerKind.basis == .stated)
        #expect(applicability.threshold.value == .above)
        #expect(applicability.regime.value == .procurementAct2023)
        #expect(applicability.stage.value == .competition)
        #expect(applicability.buyerDescription == "UK central government")
    }
}

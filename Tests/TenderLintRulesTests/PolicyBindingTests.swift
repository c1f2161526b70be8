import Testing
import TenderLintKit
import TenderLintRules

/// Whom each built-in policy binds, decided by the engine from short tender specs: for each policy at least one
/// buyer it binds and the buyers it must not bind, with the dates at the edges (../shared/domain/POLICY.md,
/// section 1 and the tables of sections 2–4), and what the explanation says.
@Suite("Policy binding: whom each built-in policy binds")
struct PolicyBindingTests {
    // MARK: NHS England

    static let nhsEnglandCases: [BindingCase] = [
        // The net zero and social value guidance: from 2022-04-01, under the PCR 2015 then the Act, not the PSR.
        .binds(.nhsNetZeroAndSocialValue, .nhsEngland, on: "2022-04-01",
               saying: "Leeds Teaching Hospitals NHS Trust is an NHS body (sector nhs, line 1) in England (jurisdiction england, line 1) and the procurement is under the Public Contracts Regulations 2015 (commenced 2022-04-01, line 1), so NHS net zero and social value guidance binds it"),
        .doesNotBind(.nhsNetZeroAndSocialValue, .nhsEngland, on: "2022-03-31",
                     saying: "NHS net zero and social value guidance applies to procurements commenced from 2022-04-01, and this procurement is judged as of 2022-03-31 (planned publication)"),
        .binds(.nhsNetZeroAndSocialValue, .nhsEngland, on: "2026-06-01", above: false,
               saying: "the procurement is under the Procurement Act 2023 (commenced 2026-06-01, line 1)"),
        .doesNotBind(.nhsNetZeroAndSocialValue, .nhsEngland, on: "2026-06-01", regime: "provider-selection-regime",
                     saying: "the procurement regime is the Provider Selection Regime (regime provider-selection-regime, line 1), and NHS net zero and social value guidance binds only NHS bodies in England, outside the Provider Selection Regime"),
        .unknown(.nhsNetZeroAndSocialValue, .nhsNationNotStated, on: "2026-06-01",
                 saying: "the document does not show the buyer's nation and the procurement regime"),

        // Under the Provider Selection Regime: unconfirmed, off unless turned on.
        .doesNotBind(.nhsNetZeroAndSocialValueUnderPSR, .nhsEngland, on: "2026-06-01", regime: "provider-selection-regime",
                     saying: "NHS net zero and social value guidance under the PSR is unconfirmed and off (turn it on with `policies: { nhs-net-zero-social-value-psr: on }` in .tenderlint.yml)"),
        .binds(.nhsNetZeroAndSocialValueUnderPSR, .nhsEngland, on: "2024-01-01", regime: "provider-selection-regime", turnedOn: true,
               saying: "and the procurement is under the Provider Selection Regime (regime provider-selection-regime, line 1)"),
        .doesNotBind(.nhsNetZeroAndSocialValueUnderPSR, .nhsEngland, on: "2023-12-31", regime: "provider-selection-regime", turnedOn: true,
                     saying: "applies to procurements commenced from 2024-01-01, and this procurement is judged as of 2023-12-31"),
        .doesNotBind(.nhsNetZeroAndSocialValueUnderPSR, .nhsEngland, on: "2026-06-01", turnedOn: true,
                     saying: "the procurement regime is the Procurement Act 2023 (commenced 2026-06-01, line 1)"),

        // Carbon Reduction Plans: the 2023, 2024 and 2027 editions follow one another by date, whatever the threshold.
        .binds(.nhsCarbonReductionPlan2023, .nhsEngland, on: "2023-04-01",
               saying: "Leeds Teaching Hospitals NHS Trust is an NHS body (sector nhs, line 1) in England (jurisdiction england, line 1), so NHS Carbon Reduction Plan requirements, April 2023 binds it"),
        .binds(.nhsCarbonReductionPlan2023, .nhsEngland, on: "2024-03-31", above: false),
        .doesNotBind(.nhsCarbonReductionPlan2023, .nhsEngland, on: "2023-03-31",
                     saying: "applies to procurements commenced from 2023-04-01 until 2024-03-31, and this procurement is judged as of 2023-03-31"),
        .doesNotBind(.nhsCarbonReductionPlan2023, .nhsEngland, on: "2024-04-01",
                     saying: "applies to procurements commenced from 2023-04-01 until 2024-03-31, and this procurement is judged as of 2024-04-01"),
        .binds(.nhsCarbonReductionPlan2024, .nhsEngland, on: "2024-04-01"),
        .binds(.nhsCarbonReductionPlan2024, .nhsEngland, on: "2027-03-31", above: nil),
        .binds(.nhsCarbonReductionPlan2024, .nhsEngland, on: "2026-06-01", regime: "provider-selection-regime",
               saying: "so NHS Carbon Reduction Plan requirements, April 2024 binds it"),
        .doesNotBind(.nhsCarbonReductionPlan2024, .nhsEngland, on: "2024-03-31",
                     saying: "from 2024-04-01 until 2027-03-31, and this procurement is judged as of 2024-03-31"),
        .doesNotBind(.nhsCarbonReductionPlan2024, .nhsEngland, on: "2027-04-01",
                     saying: "from 2024-04-01 until 2027-03-31, and this procurement is judged as of 2027-04-01"),
        .unknown(.nhsCarbonReductionPlan2024, .nhsNationNotStated, on: "2026-06-01",
                 saying: "the document does not show the buyer's nation"),
        .binds(.nhsCarbonReductionPlan2027, .nhsEngland, on: "2027-04-01", above: false),
        .doesNotBind(.nhsCarbonReductionPlan2027, .nhsEngland, on: "2027-03-31",
                     saying: "NHS Carbon Reduction Plan requirements, April 2027 applies to procurements commenced from 2027-04-01, and this procurement is judged as of 2027-03-31"),

        // The Net Zero Commitment: above the threshold only, until procurements commenced 2027-04-01.
        .binds(.nhsNetZeroCommitment2024, .nhsEngland, on: "2024-04-01",
               saying: "Leeds Teaching Hospitals NHS Trust is an NHS body (sector nhs, line 1) in England (jurisdiction england, line 1) and the procurement is above the procurement threshold (above-threshold true, line 1), so NHS Net Zero Commitment, April 2024 binds it"),
        .binds(.nhsNetZeroCommitment2024, .nhsEngland, on: "2027-03-31"),
        .doesNotBind(.nhsNetZeroCommitment2024, .nhsEngland, on: "2024-03-31",
                     saying: "from 2024-04-01 until 2027-03-31, and this procurement is judged as of 2024-03-31"),
        .doesNotBind(.nhsNetZeroCommitment2024, .nhsEngland, on: "2027-04-01",
                     saying: "from 2024-04-01 until 2027-03-31, and this procurement is judged as of 2027-04-01"),
        .doesNotBind(.nhsNetZeroCommitment2024, .nhsEngland, on: "2025-06-01", above: false,
                     saying: "the procurement is below the procurement threshold (above-threshold false, line 1), and NHS Net Zero Commitment, April 2024 binds only NHS bodies in England, in procurements above the procurement threshold"),
        .doesNotBind(.nhsNetZeroCommitment2024, .nhsEngland, on: "2026-06-01", above: false,
                     saying: "the procurement is below the procurement threshold (above-threshold false, line 1)"),
        .unknown(.nhsNetZeroCommitment2024, .nhsEngland, on: "2025-06-01", above: nil,
                 saying: "the document does not show whether the procurement is above the procurement threshold"),

        // Its extension below the threshold: unconfirmed, off unless turned on, from 2026-04-01 until 2027-04-01.
        .doesNotBind(.nhsNetZeroCommitmentBelowThreshold, .nhsEngland, on: "2026-06-01", above: false,
                     saying: "NHS Net Zero Commitment below the threshold, April 2026 is unconfirmed and off (turn it on with `policies: { nhs-nzc-below-threshold-2026: on }` in .tenderlint.yml)"),
        .binds(.nhsNetZeroCommitmentBelowThreshold, .nhsEngland, on: "2026-04-01", above: false, turnedOn: true,
               saying: "Leeds Teaching Hospitals NHS Trust is an NHS body (sector nhs, line 1) in England (jurisdiction england, line 1), so NHS Net Zero Commitment below the threshold, April 2026 binds it"),
        .binds(.nhsNetZeroCommitmentBelowThreshold, .nhsEngland, on: "2027-03-31", above: nil, turnedOn: true),
        .doesNotBind(.nhsNetZeroCommitmentBelowThreshold, .nhsEngland, on: "2026-03-31", above: false, turnedOn: true,
                     saying: "from 2026-04-01 until 2027-03-31, and this procurement is judged as of 2026-03-31"),
        .doesNotBind(.nhsNetZeroCommitmentBelowThreshold, .nhsEngland, on: "2027-04-01", above: false, turnedOn: true,
                     saying: "from 2026-04-01 until 2027-03-31, and this procurement is judged as of 2027-04-01"),

        // The later roadmap milestones.
        .binds(.nhsProductFootprints2028, .nhsEngland, on: "2028-04-01",
               saying: "so NHS Net Zero Supplier Roadmap, April 2028 binds it"),
        .doesNotBind(.nhsProductFootprints2028, .nhsEngland, on: "2028-03-31",
                     saying: "applies to procurements commenced from 2028-04-01, and this procurement is judged as of 2028-03-31"),
        .binds(.nhsEvergreen2030, .nhsEngland, on: "2030-01-01", above: false,
               saying: "so NHS Net Zero Supplier Roadmap, 2030 binds it"),
        .doesNotBind(.nhsEvergreen2030, .nhsEngland, on: "2029-12-31",
                     saying: "applies to procurements commenced from 2030-01-01, and this procurement is judged as of 2029-12-31"),
    ]

    @Test("The NHS England policies bind NHS bodies in England, each from its own date and within its threshold", arguments: nhsEnglandCases)
    func nhsEngland(_ example: BindingCase) throws {
        try example.check()
    }

    static var nhsEnglandPolicies: [Policy] { BuiltInRules.policies.filter { $0.pack == .nhsEngland } }

    /// Buyers NHS England's guidance must never bind, and the fact that excludes each.
    static let notNHSEngland: [Excluded] = [
        Excluded(.nhsWales, because: "the buyer's nation is Wales (jurisdiction wales, line 1)"),
        Excluded(.nhsScotland, because: "the buyer's nation is Scotland (jurisdiction scotland, line 1)"),
        Excluded(.hscNorthernIreland, because: "the buyer's nation is Northern Ireland (jurisdiction northern-ireland, line 1)"),
        Excluded(.centralGovernmentEngland, because: "the buyer's kind is UK central government (sector central-government, line 1)"),
        Excluded(.localGovernmentEngland, because: "the buyer's kind is local government (sector local-government, line 1)"),
        Excluded(.welshGovernment, because: "the buyer's kind is a devolved government body (sector devolved-government, line 1)"),
    ]

    @Test("No NHS England policy binds NHS Wales, NHS Scotland, HSC Northern Ireland, central or local government, even on a day it applies and turned on",
          arguments: nhsEnglandPolicies, notNHSEngland)
    func nhsEnglandPoliciesBindNoOtherBuyer(_ policy: Policy, _ excluded: Excluded) throws {
        let binding = try Judge.binding(policy, excluded.body, regime: Self.regimeItNeeds(policy), on: policy.appliesFrom.description,
                                        switches: [policy.id: true])
        #expect(binding.verdict == .doesNotBind, "\(binding.explanation)")
        #expect(binding.explanation.hasPrefix(excluded.because), "\(binding.explanation)")
        #expect(binding.explanation.contains("\(policy.shortName) binds only NHS bodies in England"), "\(binding.explanation)")
        #expect(!binding.bindsBuyer)
    }

    @Test("An NHS body whose nation is not stated is never taken for an NHS England body: every NHS England policy is unknown for it, the nation missing",
          arguments: nhsEnglandPolicies)
    func nhsBodyOfUnknownNation(_ policy: Policy) throws {
        let binding = try Judge.binding(policy, .nhsNationNotStated, regime: Self.regimeItNeeds(policy), on: policy.appliesFrom.description,
                                        switches: [policy.id: true])
        #expect(binding.verdict == .unknown, "\(binding.explanation)")
        #expect(binding.missing.contains(.jurisdiction))
        #expect(binding.explanation.hasPrefix("the document does not show the buyer's nation"), "\(binding.explanation)")
        #expect(!binding.bindsBuyer)
    }

    @Test("No Net Zero Commitment binds a procurement commenced from 2027-04-01, above, below or with the threshold not stated, the extension turned on",
          arguments: [true, false, nil] as [Bool?])
    func noNetZeroCommitmentFrom2027(_ above: Bool?) throws {
        let judgement = try Judge.judgement(.nhsEngland, above: above, on: "2027-04-01",
                                            switches: [Policy.nhsNetZeroCommitmentBelowThreshold.id: true])
        #expect(judgement.binding(.nhsNetZeroCommitment2024).verdict == .doesNotBind)
        #expect(judgement.binding(.nhsNetZeroCommitmentBelowThreshold).verdict == .doesNotBind)
        #expect(judgement.binding(.nhsCarbonReductionPlan2027).verdict == .binds)
        #expect(judgement.binding(.nhsCarbonReductionPlan2024).verdict == .doesNotBind)
    }

    @Test("Exactly one NHS Carbon Reduction Plan edition binds on each day from 2023-04-01: 2023, then 2024, then 2027",
          arguments: [
            ("2023-03-31", nil), ("2023-04-01", "nhs-crp-2023"), ("2024-03-31", "nhs-crp-2023"), ("2024-04-01", "nhs-crp-2024"),
            ("2027-03-31", "nhs-crp-2024"), ("2027-04-01", "nhs-crp-2027"), ("2031-01-01", "nhs-crp-2027"),
          ] as [(String, String?)])
    func carbonReductionPlanEditions(_ date: String, _ edition: String?) throws {
        let judgement = try Judge.judgement(.nhsEngland, on: date)
        let editions = [Policy.nhsCarbonReductionPlan2023, .nhsCarbonReductionPlan2024, .nhsCarbonReductionPlan2027]
        let binding = editions.filter { judgement.binding($0).verdict == .binds }.map(\.id)
        #expect(binding == (edition.map { [$0] } ?? []))
    }

    // MARK: UK central government

    static let centralGovernmentCases: [BindingCase] = [
        // PPN 06/20: above the threshold, under the PCR 2015 (by date before 2025-02-24, or stated).
        .binds(.ppn0620, .centralGovernmentEngland, on: "2021-01-01",
               saying: "Home Office is UK central government (sector central-government, line 1), the procurement is under the Public Contracts Regulations 2015 (commenced 2021-01-01, line 1) and the procurement is above the procurement threshold (above-threshold true, line 1), so PPN 06/20 binds it"),
        .binds(.ppn0620, .centralGovernmentEngland, on: "2025-02-23"),
        .binds(.ppn0620, .centralGovernmentEngland, on: "2024-06-01", regime: "pcr-2015",
               saying: "the procurement is under the Public Contracts Regulations 2015 (regime pcr-2015, line 1)"),
        .binds(.ppn0620, .dvla, on: "2024-06-01"),
        .binds(.ppn0620, .centralGovernmentNationNotStated, on: "2024-06-01"),
        .doesNotBind(.ppn0620, .centralGovernmentEngland, on: "2020-12-31",
                     saying: "PPN 06/20 applies to procurements commenced from 2021-01-01 until 2025-02-23, and this procurement is judged as of 2020-12-31 (planned publication)"),
        .doesNotBind(.ppn0620, .centralGovernmentEngland, on: "2025-02-24",
                     saying: "the procurement regime is the Procurement Act 2023 (commenced 2025-02-24, line 1), and PPN 06/20 binds only UK central government (departments, agencies, NDPBs) under the Public Contracts Regulations 2015, above the procurement threshold"),
        .doesNotBind(.ppn0620, .centralGovernmentEngland, on: "2024-06-01", above: false,
                     saying: "the procurement is below the procurement threshold (above-threshold false, line 1)"),
        .unknown(.ppn0620, .centralGovernmentEngland, on: "2024-06-01", above: nil,
                 saying: "the document does not show whether the procurement is above the procurement threshold"),
        .doesNotBind(.ppn0620, .welshGovernment, on: "2024-06-01",
                     saying: "the buyer's kind is a devolved government body (sector devolved-government, line 1)"),
        .doesNotBind(.ppn0620, .nhsEngland, on: "2024-06-01",
                     saying: "the buyer's kind is an NHS body (sector nhs, line 1)"),
        .doesNotBind(.ppn0620, .localGovernmentEngland, on: "2024-06-01",
                     saying: "the buyer's kind is local government (sector local-government, line 1)"),

        // PPN 002: above the threshold, under the Procurement Act 2023, mandatory from 2025-10-01.
        .binds(.ppn002, .centralGovernmentEngland, on: "2025-10-01",
               saying: "Home Office is UK central government (sector central-government, line 1), the procurement is under the Procurement Act 2023 (commenced 2025-10-01, line 1) and the procurement is above the procurement threshold (above-threshold true, line 1), so PPN 002 binds it"),
        .binds(.ppn002, .centralGovernmentScotland, on: "2026-06-01"),
        .binds(.ppn002, .centralGovernmentNationNotStated, on: "2026-06-01"),
        .doesNotBind(.ppn002, .centralGovernmentEngland, on: "2025-09-30",
                     saying: "PPN 002 applies to procurements commenced from 2025-10-01, and this procurement is judged as of 2025-09-30 (planned publication)"),
        .doesNotBind(.ppn002, .centralGovernmentEngland, on: "2026-06-01", above: false,
                     saying: "the procurement is below the procurement threshold (above-threshold false, line 1), and PPN 002 binds only"),
        .unknown(.ppn002, .centralGovernmentEngland, on: "2026-06-01", above: nil,
                 saying: "the document does not show whether the procurement is above the procurement threshold"),
        .doesNotBind(.ppn002, .welshGovernment, on: "2026-06-01",
                     saying: "the buyer's kind is a devolved government body (sector devolved-government, line 1)"),
        .doesNotBind(.ppn002, .northernIrelandDepartment, on: "2026-06-01",
                     saying: "the buyer's kind is a devolved government body (sector devolved-government, line 1)"),
        .doesNotBind(.ppn002, .nhsEngland, on: "2026-06-01",
                     saying: "the buyer's kind is an NHS body (sector nhs, line 1)"),

        // PPN 026: unconfirmed, off unless turned on; from 2027-01-01, whatever the threshold.
        .doesNotBind(.ppn026, .centralGovernmentEngland, on: "2027-06-01",
                     saying: "PPN 026 is unconfirmed and off (turn it on with `policies: { ppn-026: on }` in .tenderlint.yml)"),
        .binds(.ppn026, .centralGovernmentEngland, on: "2027-01-01", above: false, turnedOn: true,
               saying: "Home Office is UK central government (sector central-government, line 1) and the procurement is under the Procurement Act 2023 (commenced 2027-01-01, line 1), so PPN 026 binds it"),
        .doesNotBind(.ppn026, .centralGovernmentEngland, on: "2026-12-31", turnedOn: true,
                     saying: "PPN 026 applies to procurements commenced from 2027-01-01, and this procurement is judged as of 2026-12-31"),
        .doesNotBind(.ppn026, .welshGovernment, on: "2027-06-01", turnedOn: true,
                     saying: "the buyer's kind is a devolved government body (sector devolved-government, line 1)"),

        // PPN 06/21: whatever the threshold, under the PCR 2015, from 2021-09-30.
        .binds(.ppn0621, .centralGovernmentEngland, on: "2021-09-30", above: false,
               saying: "Home Office is UK central government (sector central-government, line 1) and the procurement is under the Public Contracts Regulations 2015 (commenced 2021-09-30, line 1), so PPN 06/21 binds it"),
        .binds(.ppn0621, .centralGovernmentEngland, on: "2025-02-23", above: nil),
        .doesNotBind(.ppn0621, .centralGovernmentEngland, on: "2021-09-29",
                     saying: "PPN 06/21 applies to procurements commenced from 2021-09-30 until 2025-02-23, and this procurement is judged as of 2021-09-29"),
        .doesNotBind(.ppn0621, .centralGovernmentEngland, on: "2025-02-24",
                     saying: "the procurement regime is the Procurement Act 2023 (commenced 2025-02-24, line 1)"),
        .doesNotBind(.ppn0621, .welshGovernment, on: "2024-06-01",
                     saying: "the buyer's kind is a devolved government body (sector devolved-government, line 1)"),

        // PPN 006: whatever the threshold, under the Procurement Act 2023, from 2025-02-24; central government
        // wherever it is (the DVLA in Wales), never the devolved governments.
        .binds(.ppn006, .centralGovernmentEngland, on: "2025-02-24", above: false,
               saying: "Home Office is UK central government (sector central-government, line 1) and the procurement is under the Procurement Act 2023 (commenced 2025-02-24, line 1), so PPN 006 binds it"),
        .binds(.ppn006, .centralGovernmentEngland, on: "2026-06-01"),
        .binds(.ppn006, .centralGovernmentEngland, on: "2026-06-01", above: nil),
        .binds(.ppn006, .dvla, on: "2026-06-01",
               saying: "Driver and Vehicle Licensing Agency is UK central government (sector central-government, line 1) and the procurement is under the Procurement Act 2023 (commenced 2026-06-01, line 1), so PPN 006 binds it"),
        .binds(.ppn006, .centralGovernmentScotland, on: "2026-06-01"),
        .binds(.ppn006, .centralGovernmentNorthernIreland, on: "2026-06-01"),
        .binds(.ppn006, .centralGovernmentNationNotStated, on: "2026-06-01"),
        .doesNotBind(.ppn006, .centralGovernmentEngland, on: "2025-02-23",
                     saying: "the procurement regime is the Public Contracts Regulations 2015 (commenced 2025-02-23, line 1), and PPN 006 binds only UK central government (departments, agencies, NDPBs) under the Procurement Act 2023"),
        .doesNotBind(.ppn006, .welshGovernment, on: "2026-06-01",
                     saying: "the buyer's kind is a devolved government body (sector devolved-government, line 1)"),
        .doesNotBind(.ppn006, .scottishGovernment, on: "2026-06-01",
                     saying: "the buyer's kind is a devolved government body (sector devolved-government, line 1)"),
        .doesNotBind(.ppn006, .localGovernmentEngland, on: "2026-06-01",
                     saying: "the buyer's kind is local government (sector local-government, line 1)"),
        .doesNotBind(.ppn006, .nhsEngland, on: "2026-06-01",
                     saying: "the buyer's kind is an NHS body (sector nhs, line 1)"),
    ]

    @Test("UK central government's notes bind central government wherever it is, each under its regime, threshold and dates", arguments: centralGovernmentCases)
    func centralGovernment(_ example: BindingCase) throws {
        try example.check()
    }

    @Test("A central government procurement commenced 2025-06-01 under the Act is bound by neither social value note, but by PPN 006")
    func centralGovernmentBetweenTheSocialValueNotes() throws {
        let judgement = try Judge.judgement(.centralGovernmentEngland, regime: "procurement-act-2023", on: "2025-06-01")
        let ppn0620 = judgement.binding(.ppn0620)
        #expect(ppn0620.verdict == .doesNotBind)
        #expect(ppn0620.explanation.hasPrefix("the procurement regime is the Procurement Act 2023 (regime procurement-act-2023, line 1)"), "\(ppn0620.explanation)")
        let ppn002 = judgement.binding(.ppn002)
        #expect(ppn002.verdict == .doesNotBind)
        #expect(ppn002.explanation == "PPN 002 applies to procurements commenced from 2025-10-01, and this procurement is judged as of 2025-06-01 (planned publication)")
        #expect(ppn002.bindsBuyer, "it is the date alone that keeps PPN 002 off")
        #expect(judgement.binding(.ppn006).verdict == .binds)
    }

    // MARK: Coverage

    static var allCases: [BindingCase] {
        nhsEnglandCases + centralGovernmentCases + walesCases + scotlandCases + northernIrelandCases + procurementActCases
    }

    @Test("Every built-in policy binds at least one buyer in these cases, and refuses at least one")
    func everyPolicyBindsSomeone() {
        let policies = Set(BuiltInRules.policies.map(\.id))
        let bound = Set(Self.allCases.filter { $0.verdict == .binds }.map(\.policy.id))
        let refused = Set(Self.allCases.filter { $0.verdict == .doesNotBind }.map(\.policy.id))
        #expect(policies.subtracting(bound).isEmpty, "no binds case: \(policies.subtracting(bound).sorted())")
        #expect(policies.subtracting(refused).isEmpty, "no does-not-bind case: \(policies.subtracting(refused).sorted())")
        #expect(bound.subtracting(policies).isEmpty, "cases of policies that are not built in: \(bound.subtracting(policies).sorted())")
    }

    /// The Provider Selection Regime for the policy that binds only under it; nil (worked out from the date) for others.
    static func regimeItNeeds(_ policy: Policy) -> String? {
        policy.binds.regimes == [.providerSelectionRegime] ? Regime.providerSelectionRegime.rawValue : nil
    }
}

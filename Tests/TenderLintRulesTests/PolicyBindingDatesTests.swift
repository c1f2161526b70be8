import Testing
import TenderLintKit
import TenderLintRules

/// What a binding explanation says, what profiles do, and which day a tender is judged as of.
extension PolicyBindingTests {
    // MARK: Explanations, profiles and the day judged

    @Test("A binding names the buyer, each fact and the evidence it was read from")
    func bindingExplanation() throws {
        let binding = try Judge.binding(.ppn002, .centralGovernmentEngland, on: "2025-10-01")
        #expect(binding.verdict == .binds)
        #expect(binding.explanation.hasPrefix("Home Office is UK central government"))
        #expect(binding.explanation.contains("(sector central-government, line 1)"))
        #expect(binding.explanation.contains("(commenced 2025-10-01, line 1)"))
        #expect(binding.explanation.contains("(above-threshold true, line 1)"))
        #expect(binding.explanation.hasSuffix("so PPN 002 binds it"))
        #expect(binding.missing.isEmpty)
    }

    @Test("A refusal gives the fact that excludes the buyer, with its evidence, and whom the policy binds")
    func refusalExplanation() throws {
        let binding = try Judge.binding(.nhsNetZeroAndSocialValue, .nhsWales, on: "2026-06-01")
        #expect(binding.verdict == .doesNotBind)
        #expect(binding.explanation == "the buyer's nation is Wales (jurisdiction wales, line 1), and NHS net zero and social value guidance binds only NHS bodies in England, outside the Provider Selection Regime")
        #expect(binding.missing.isEmpty)
        #expect(!binding.bindsBuyer)
    }

    @Test("An unknown verdict lists what the document does not show")
    func unknownExplanation() throws {
        let binding = try Judge.binding(.nhsNetZeroAndSocialValue, .nhsNationNotStated, on: "2026-06-01")
        #expect(binding.verdict == .unknown)
        // Without the nation the regime cannot be worked out either: the buyer could be Scottish.
        #expect(binding.missing == [.jurisdiction, .regime])
        #expect(binding.explanation == "the document does not show the buyer's nation and the procurement regime")
    }

    @Test("A policy refused by its dates alone still binds the buyer whatever the date; one refused by the buyer does not")
    func bindsBuyerWhateverTheDate() throws {
        #expect(try Judge.binding(.nhsCarbonReductionPlan2027, .nhsEngland, on: "2026-06-01").bindsBuyer)
        #expect(try !Judge.binding(.nhsCarbonReductionPlan2027, .nhsWales, on: "2027-06-01").bindsBuyer)
        #expect(try !Judge.binding(.nhsCarbonReductionPlan2027, .nhsNationNotStated, on: "2026-06-01").bindsBuyer)
    }

    @Test("--profile nhs-england makes a Welsh council's tender bound by the NHS England guidance, saying the profile set it")
    func profileNHSEngland() throws {
        let without = try Judge.binding(.nhsNetZeroAndSocialValue, .welshCouncil, on: "2026-06-01")
        #expect(without.verdict == .doesNotBind)
        #expect(without.explanation.hasPrefix("the buyer's kind is local government (sector local-government, line 1)"))

        let judgement = try Judge.judgement(.welshCouncil, on: "2026-06-01", profile: .nhsEngland, profileSetter: "--profile nhs-england")
        let binding = judgement.binding(.nhsNetZeroAndSocialValue)
        #expect(binding.verdict == .binds)
        #expect(binding.explanation == "Cyngor Gwynedd is an NHS body (set by --profile nhs-england) in England (set by --profile nhs-england) and the procurement is under the Procurement Act 2023 (commenced 2026-06-01, line 1), so NHS net zero and social value guidance binds it")
        #expect(judgement.binding(.nhsCarbonReductionPlan2024).verdict == .binds)
        // Judged as an NHS body in England, it is no longer a Welsh public body.
        #expect(judgement.binding(.walesCarbonReductionPlanGoodPractice).verdict == .doesNotBind)
    }

    @Test("--profile central-government keeps the document's nation: UK central government in Scotland is under the Act, not the Scottish regulations")
    func profileCentralGovernmentKeepsTheNation() throws {
        let judgement = try Judge.judgement(.scottishCouncil, on: "2026-06-01", profile: .centralGovernment, profileSetter: "--profile central-government")
        #expect(judgement.applicability.jurisdiction.value == .scotland)
        let ppn002 = judgement.binding(.ppn002)
        #expect(ppn002.verdict == .binds)
        #expect(ppn002.explanation.hasPrefix("Angus Council is UK central government (set by --profile central-government)"))
        #expect(judgement.binding(.scotlandCommunityBenefits).verdict == .doesNotBind)
    }

    @Test("--as-of is the day judged, over the document's publication date, and the regime it settles says so")
    func asOfWins() throws {
        let judgement = try Judge.judgement(.localGovernmentEngland, on: "2025-01-15", asOf: "2025-02-24")
        #expect(judgement.date.description == "2025-02-24 (--as-of)")
        let binding = judgement.binding(.procurementActSection23)
        #expect(binding.verdict == .binds)
        #expect(binding.explanation == "the procurement is under the Procurement Act 2023 (--as-of 2025-02-24), so Procurement Act 2023 s.23 binds it")
        #expect(try Judge.binding(.procurementActSection23, .localGovernmentEngland, on: "2025-01-15").verdict == .doesNotBind)
    }

    @Test("With no publication date the procurement start is the day judged; with neither, today")
    func procurementStartThenToday() throws {
        let started = try Judge.judgement(.centralGovernmentEngland, on: nil, procurementStart: "2025-02-24")
        #expect(started.date.description == "2025-02-24 (procurement start)")
        #expect(started.binding(.ppn006).explanation.contains("(commenced 2025-02-24, line 1)"))
        #expect(started.binding(.ppn0621).verdict == .doesNotBind)

        let undated = try Judge.judgement(.nhsEngland, on: nil)
        #expect(undated.date.description == "\(Judge.today) (today)")
        let binding = undated.binding(.nhsNetZeroAndSocialValue)
        #expect(binding.verdict == .binds)
        #expect(binding.explanation.contains("the procurement is under the Procurement Act 2023 (commenced \(Judge.today))"))
    }

    // MARK: Stated regimes, commencement and switches

    @Test("A tender that states it is under the PCR 2015 commenced before 2025-02-24, so the PCR-era notes bind it even when it is published later",
          arguments: [
            (Policy.ppn0620, Body.centralGovernmentEngland), (Policy.ppn0621, Body.centralGovernmentEngland), (Policy.wppn0621, Body.welshGovernment),
          ])
    func statedPCRTenderPublishedAfterTheAct(_ policy: Policy, _ body: Body) throws {
        let binding = try Judge.binding(policy, body, regime: "pcr-2015", on: "2025-06-01")
        #expect(binding.verdict == .binds, "\(binding.explanation)")
    }

    @Test("A tender that states the PCR 2015 is judged as of the last day a PCR procurement could commence, so PPN 006 does not bind it")
    func statedPCRTenderIsJudgedBeforeTheAct() throws {
        let judgement = try Judge.judgement(.centralGovernmentEngland, regime: "pcr-2015", on: "2025-06-01")
        #expect(judgement.date.description == "2025-02-23 (the last day a procurement under the PCR 2015 could commence; the planned publication is 2025-06-01)")
        #expect(judgement.date.origin?.location.start.line == 1)
        #expect(judgement.binding(.ppn006).verdict == .doesNotBind)
        #expect(judgement.binding(.ppn0621).verdict == .binds)
    }

    @Test("--as-of is a what-if that wins even over a stated PCR 2015")
    func asOfWinsOverStatedPCR() throws {
        let judgement = try Judge.judgement(.centralGovernmentEngland, regime: "pcr-2015", on: "2025-06-01", asOf: "2026-06-01")
        #expect(judgement.date.description == "2026-06-01 (--as-of)")
        #expect(judgement.binding(.ppn0621).verdict == .doesNotBind)
    }

    @Test("A procurement that the document says commenced before 2025-02-24 is under the PCR 2015, though published after")
    func procurementStartBeforeTheActPublishedAfter() throws {
        let judgement = try Judge.judgement(.centralGovernmentEngland, on: "2025-03-03", procurementStart: "2025-02-20")
        #expect(judgement.date.description == "2025-02-20 (procurement start)")
        #expect(judgement.applicability.regime.value == .pcr2015)
        #expect(judgement.binding(.ppn0620).verdict == .binds, "\(judgement.binding(.ppn0620).explanation)")
        #expect(judgement.binding(.ppn006).verdict == .doesNotBind, "\(judgement.binding(.ppn006).explanation)")
        #expect(judgement.binding(.ppn0620).explanation.contains("commenced 2025-02-20"), "\(judgement.binding(.ppn0620).explanation)")
    }

    @Test("A procurement start after the publication does not move the date: a procurement commences at the latest when its notice is published")
    func procurementStartAfterPublication() throws {
        let judgement = try Judge.judgement(.centralGovernmentEngland, on: "2025-02-20", procurementStart: "2025-03-03")
        #expect(judgement.date.description == "2025-02-20 (planned publication)")
        #expect(judgement.applicability.regime.value == .pcr2015)
    }

    @Test("A mandatory policy turned off in the configuration binds no one, and the explanation says it was turned off, not that it is unconfirmed")
    func mandatoryPolicyTurnedOff() throws {
        let binding = try Judge.binding(.ppn006, .centralGovernmentEngland, on: "2026-06-01", switches: [Policy.ppn006.id: false])
        #expect(binding.verdict == .doesNotBind)
        #expect(Policy.ppn006.status == .mandatory)
        #expect(binding.explanation == "PPN 006 is turned off in the configuration (`policies: { ppn-006: off }`)")
    }
}

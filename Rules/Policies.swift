import TenderLintKit

// Every built-in policy as a value: the kit's `Policy` says what a policy requires and whom it binds; the
// rules name the policies they enforce. One extension per pack, in docs/policies.md's order.

/// Every built-in policy, in the order docs/policies.md lists them.
public enum BuiltInPolicies {
    public static let all: [Policy] = Policy.nhsEngland + Policy.ukCentralGovernment + Policy.devolvedAndAct
}

/// A date the policy packs are written with; the dates are POLICY.md's.
func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate { CalendarDate(year: year, month: month, day: day)! }

extension PolicyScope {
    static let nhsEngland = PolicyScope("NHS bodies in England (trusts, foundation trusts, ICBs, NHS England and those buying for them)",
                                        buyerKinds: [.nhsBody], jurisdictions: [.england])
}

// MARK: NHS England

/// NHS England's policies: the net zero and social value guidance and the Net Zero Supplier Roadmap. They bind
/// NHS bodies in England only: not NHS Wales, NHS Scotland or Health and Social Care in Northern Ireland.
extension Policy {
    public static let nhsNetZeroAndSocialValue = Policy(
        id: "nhs-net-zero-social-value", shortName: "NHS net zero and social value guidance",
        title: "Applying net zero and social value in the procurement of NHS goods and services",
        pack: .nhsEngland,
        binds: PolicyScope("NHS bodies in England, outside the Provider Selection Regime", buyerKinds: [.nhsBody], jurisdictions: [.england],
                           regimes: [.pcr2015, .procurementAct2023, .other]),
        from: day(2022, 4, 1),
        requirement: "One combined net zero and social value weighting of at least 10% of the total score; the theme Fighting climate change in every tender, in the specification, the social value criteria or both. No exception is named.",
        thresholds: ["every tender"],
        source: "NHS England, Applying net zero and social value in the procurement of NHS goods and services (2022); kept by the NHS Social Value Playbook (July 2025)")

    public static let nhsNetZeroAndSocialValueUnderPSR = Policy(
        id: "nhs-net-zero-social-value-psr", shortName: "NHS net zero and social value guidance under the PSR",
        title: "The NHS 10% net zero and social value weighting applied to Provider Selection Regime processes",
        pack: .nhsEngland,
        binds: PolicyScope("NHS bodies in England running a Provider Selection Regime process", buyerKinds: [.nhsBody],
                           jurisdictions: [.england], regimes: [.providerSelectionRegime]),
        from: day(2024, 1, 1),
        requirement: "As the NHS net zero and social value guidance. The PSR's key criteria include social value, but whether the NHS 10% applies to PSR processes is unconfirmed.",
        status: .unconfirmed,
        source: "The Health Care Services (Provider Selection Regime) Regulations 2023, reg. 5; applying the NHS guidance to them is unconfirmed")

    public static let nhsCarbonReductionPlan2023 = Policy(
        id: "nhs-crp-2023", shortName: "NHS Carbon Reduction Plan requirements, April 2023",
        title: "Carbon Reduction Plan for new contracts above £5m a year (excluding VAT)",
        pack: .nhsEngland, binds: .nhsEngland,
        from: day(2023, 4, 1), until: day(2024, 4, 1),
        requirement: "A Carbon Reduction Plan for UK Scope 1, Scope 2 and five Scope 3 categories, net zero by 2050 at the latest; the NHS encourages 2045.",
        thresholds: ["above £5m a year, excluding VAT"],
        source: "NHS England, Net Zero Supplier Roadmap (April 2023 milestone)",
        graceYearsForSmallSuppliers: 2)

    public static let nhsCarbonReductionPlan2024 = Policy(
        id: "nhs-crp-2024", shortName: "NHS Carbon Reduction Plan requirements, April 2024",
        title: "Full Carbon Reduction Plan from £5m a year and for every new framework",
        pack: .nhsEngland, binds: .nhsEngland,
        from: day(2024, 4, 1), until: day(2027, 4, 1),
        requirement: "A full Carbon Reduction Plan, as a pass/fail selection requirement in addition to the 10% weighting, for contracts of £5m a year or more and for new frameworks whatever their value, \"where relevant and proportionate\".",
        thresholds: ["£5m a year or more, excluding VAT", "every new framework, whatever its value"],
        exceptions: [.notRelevantOrProportionate],
        source: "NHS England, Net Zero Supplier Roadmap (April 2024 milestone)",
        graceYearsForSmallSuppliers: 2)

    public static let nhsNetZeroCommitment2024 = Policy(
        id: "nhs-nzc-2024", shortName: "NHS Net Zero Commitment, April 2024",
        title: "Net Zero Commitment for contracts above £10k and below £5m a year, above the procurement threshold",
        pack: .nhsEngland,
        binds: PolicyScope("NHS bodies in England, in procurements above the procurement threshold", buyerKinds: [.nhsBody],
                           jurisdictions: [.england], threshold: .above),
        from: day(2024, 4, 1), until: day(2027, 4, 1),
        requirement: "A Net Zero Commitment (or a Carbon Reduction Plan), as a pass/fail selection requirement, for contracts above £10k and below £5m a year; only above the relevant procurement threshold.",
        thresholds: ["above £10,000 and below £5m a year, excluding VAT"],
        source: "NHS England, Net Zero Supplier Roadmap (April 2024 milestone)",
        graceYearsForSmallSuppliers: 2)

    public static let nhsNetZeroCommitmentBelowThreshold = Policy(
        id: "nhs-nzc-below-threshold-2026", shortName: "NHS Net Zero Commitment below the threshold, April 2026",
        title: "The Net Zero Commitment extended to procurements below the procurement threshold",
        pack: .nhsEngland, binds: .nhsEngland,
        from: day(2026, 4, 1), until: day(2027, 4, 1),
        requirement: "The April 2024 Net Zero Commitment for procurements below the threshold as well; announced subject to review.",
        thresholds: ["above £10,000 and below £5m a year, excluding VAT"],
        status: .unconfirmed,
        source: "NHS England, Net Zero Supplier Roadmap (an extension announced subject to review)",
        graceYearsForSmallSuppliers: 2)

    public static let nhsCarbonReductionPlan2027 = Policy(
        id: "nhs-crp-2027", shortName: "NHS Carbon Reduction Plan requirements, April 2027",
        title: "Carbon Reduction Plans for global Scope 1, 2 and 3 emissions; public reporting of targets and emissions",
        pack: .nhsEngland, binds: .nhsEngland,
        from: day(2027, 4, 1),
        requirement: "Replaces the 2024 requirements (no new procurement needs a Net Zero Commitment): proportionate requirements for suppliers' relevant global Scope 1, 2 and 3 emissions, and public reporting of targets and emissions, aligned to the NHS net zero target.",
        thresholds: ["value tiers not yet confirmed: tenderlint's rules take them as parameters"],
        source: "NHS England, Net Zero Supplier Roadmap (April 2027 milestone)",
        graceYearsForSmallSuppliers: 2)

    public static let nhsProductFootprints2028 = Policy(
        id: "nhs-roadmap-2028", shortName: "NHS Net Zero Supplier Roadmap, April 2028",
        title: "Carbon footprints of individual products supplied to the NHS",
        pack: .nhsEngland, binds: .nhsEngland,
        from: day(2028, 4, 1),
        requirement: "Carbon footprinting of individual products; the scope and method are still to be set, so no rule checks it yet.",
        source: "NHS England, Net Zero Supplier Roadmap (April 2028 milestone)")

    public static let nhsEvergreen2030 = Policy(
        id: "nhs-roadmap-2030", shortName: "NHS Net Zero Supplier Roadmap, 2030",
        title: "Qualification through published progress reports and the Evergreen Sustainable Supplier Assessment",
        pack: .nhsEngland, binds: .nhsEngland,
        from: day(2030, 1, 1),
        requirement: "Suppliers qualify only with published progress reports and continued reporting through the Evergreen Sustainable Supplier Assessment. The roadmap gives the year, not the month: 1 January is tenderlint's reading.",
        source: "NHS England, Net Zero Supplier Roadmap (2030 milestone)")

    static let nhsEngland: [Policy] = [
        .nhsNetZeroAndSocialValue, .nhsNetZeroAndSocialValueUnderPSR, .nhsCarbonReductionPlan2023, .nhsCarbonReductionPlan2024,
        .nhsNetZeroCommitment2024, .nhsNetZeroCommitmentBelowThreshold, .nhsCarbonReductionPlan2027, .nhsProductFootprints2028,
        .nhsEvergreen2030,
    ]
}

// MARK: UK central government

/// UK central government's policies: Procurement Policy Notes on social value and Carbon Reduction Plans. They bind
/// departments, executive agencies and NDPBs wherever the contract is performed; not the devolved governments.
extension PolicyScope {
    static func centralGovernment(_ regime: Regime, aboveThreshold: Bool) -> PolicyScope {
        PolicyScope(
            "UK central government (departments, agencies, NDPBs) under \(regime.title)" + (aboveThreshold ? ", above the procurement threshold" : ""),
            buyerKinds: [.centralGovernment], regimes: [regime], threshold: aboveThreshold ? .above : nil)
    }
}

extension Policy {
    public static let ppn0620 = Policy(
        id: "ppn-06-20", shortName: "PPN 06/20",
        title: "Taking account of social value in the award of central government contracts",
        pack: .ukCentralGovernment, binds: .centralGovernment(.pcr2015, aboveThreshold: true),
        from: day(2021, 1, 1), until: day(2025, 2, 24),
        requirement: "Social value explicitly evaluated, with at least 10% of the total score. Where pre-market engagement shows that 10% would significantly reduce competition for lack of market maturity, 10% of the quality score (wording unconfirmed). Frameworks awarded under it keep it.",
        thresholds: ["procurements above the threshold under Part 2 of the PCR 2015"],
        exceptions: [.immatureMarket],
        source: "Cabinet Office, Procurement Policy Note 06/20 (September 2020)")

    public static let ppn002 = Policy(
        id: "ppn-002", shortName: "PPN 002",
        title: "Taking account of social value in the award of contracts (Procurement Act 2023)",
        pack: .ukCentralGovernment, binds: .centralGovernment(.procurementAct2023, aboveThreshold: true),
        from: day(2025, 10, 1),
        requirement: "At least 10% of the total score for social value \"where the requirements are relevant to the subject-matter of the contract, proportionate\"; with an absolute method such as price per quality point, 10% of the non-price score (wording unconfirmed). Usable from 2025-02-24, mandatory from 2025-10-01. Not private utilities; not MoD defence and security contracts.",
        thresholds: ["procurements above the threshold"],
        exceptions: [.pricePerQualityPoint, .notRelevantOrProportionate],
        source: "Cabinet Office, Procurement Policy Note 002 (published 13 February 2025)")

    public static let ppn026 = Policy(
        id: "ppn-026", shortName: "PPN 026",
        title: "Social value at 20% for central government contracts of £5m and above",
        pack: .ukCentralGovernment,
        binds: PolicyScope("UK central government (departments, agencies, NDPBs) under the Procurement Act 2023",
                           buyerKinds: [.centralGovernment], regimes: [.procurementAct2023]),
        from: day(2027, 1, 1),
        requirement: "Reported only in secondary sources: 10% below £5m, 20% at £5m and above; outcomes Good Jobs and Skills only; at least three KPIs at £5m and above; carbon leaves social value (it stays with PPN 006).",
        thresholds: ["£1m or more including VAT", "20% at £5m and above"],
        status: .unconfirmed,
        source: "Secondary sources only; not confirmed against a published note")

    public static let ppn0621 = Policy(
        id: "ppn-06-21", shortName: "PPN 06/21",
        title: "Taking account of Carbon Reduction Plans in the procurement of major government contracts",
        pack: .ukCentralGovernment, binds: .centralGovernment(.pcr2015, aboveThreshold: false),
        from: day(2021, 9, 30), until: day(2025, 2, 24),
        requirement: "A Carbon Reduction Plan (net zero by 2050 at the latest for UK operations; Scope 1, Scope 2 and five Scope 3 categories; approved by a director; published; updated yearly) for contracts above £5m a year, and frameworks and dynamic purchasing systems of similar value.",
        thresholds: ["above £5m a year (the VAT basis is not stated: the value is taken as the tender states it)"],
        source: "Cabinet Office, Procurement Policy Note 06/21 (June 2021)")

    public static let ppn006 = Policy(
        id: "ppn-006", shortName: "PPN 006",
        title: "Taking account of Carbon Reduction Plans in the procurement of major government contracts (Procurement Act 2023)",
        pack: .ukCentralGovernment, binds: .centralGovernment(.procurementAct2023, aboveThreshold: false),
        from: day(2025, 2, 24),
        requirement: "The same Carbon Reduction Plan, as a condition of participation, for contracts above £5m a year including VAT (averaged over the life of the contract); frameworks and dynamic markets only where a call-off could be over £5m a year; not where it \"would not be relevant … or proportionate\" (a justified exception).",
        thresholds: ["above £5m a year including VAT"],
        exceptions: [.notRelevantOrProportionate],
        source: "Cabinet Office, Procurement Policy Note 006 (February 2025)")

    static let ukCentralGovernment: [Policy] = [.ppn0620, .ppn002, .ppn026, .ppn0621, .ppn006]
}

// MARK: Devolved governments and the Procurement Act 2023

/// The policies of Wales, Scotland and Northern Ireland, and the Procurement Act 2023's own duty on award criteria.
extension Policy {
    // MARK: Wales

    public static let wppn0621 = Policy(
        id: "wppn-06-21", shortName: "WPPN 06/21",
        title: "Decarbonisation through procurement: taking account of Carbon Reduction Plans (Welsh Government)",
        pack: .wales,
        binds: PolicyScope("the Welsh Government under the PCR 2015", buyerKinds: [.devolvedGovernment], jurisdictions: [.wales], regimes: [.pcr2015]),
        from: day(2022, 4, 1), until: day(2025, 2, 24),
        requirement: "Adopts PPN 06/21 for the Welsh Government: a Carbon Reduction Plan for contracts of £5m or more. For the rest of the Welsh public sector it is recommended good practice (see wppn-crp-good-practice).",
        thresholds: ["£5m a year or more (tenderlint reads the £5m as a year's value, as PPN 06/21 does)"],
        source: "Welsh Government, Welsh Procurement Policy Note 06/21")

    public static let wppn006 = Policy(
        id: "wppn-006", shortName: "WPPN 006",
        title: "Carbon Reduction Plans under the Procurement Act 2023 (Welsh Government)",
        pack: .wales,
        binds: PolicyScope("the Welsh Government under the Procurement Act 2023", buyerKinds: [.devolvedGovernment], jurisdictions: [.wales],
                           regimes: [.procurementAct2023]),
        from: day(2025, 2, 24),
        requirement: "Adopts PPN 006 for the Welsh Government: a Carbon Reduction Plan for contracts of £5m or more.",
        thresholds: ["£5m a year or more (tenderlint's reading, as for WPPN 06/21)"],
        source: "Welsh Government, Welsh Procurement Policy Note 006")

    public static let walesCarbonReductionPlanGoodPractice = Policy(
        id: "wppn-crp-good-practice", shortName: "WPPN 06/21 good practice",
        title: "Carbon Reduction Plans recommended for the rest of the Welsh public sector",
        pack: .wales,
        binds: PolicyScope("Welsh public bodies other than the Welsh Government", buyerKinds: [.nhsBody, .localGovernment, .otherPublicBody],
                           jurisdictions: [.wales]),
        from: day(2022, 4, 1),
        requirement: "Asking for a Carbon Reduction Plan on contracts of £5m or more is recommended good practice, not a duty: at most information.",
        thresholds: ["£5m a year or more"],
        status: .goodPractice,
        source: "Welsh Government, Welsh Procurement Policy Notes 06/21 and 006")

    // MARK: Scotland

    public static let scotlandCommunityBenefits = Policy(
        id: "scotland-community-benefits", shortName: "Procurement Reform (Scotland) Act 2014 s.25",
        title: "Community benefit requirements in contracts of £4m or more",
        pack: .scotland,
        binds: PolicyScope("Scottish contracting authorities", jurisdictions: [.scotland], regimes: [.scottishRegulations]),
        from: day(2016, 6, 1),
        requirement: "For a contract whose estimated value is £4,000,000 or more, the contract notice gives a summary of the community benefit requirements, or the reasons for having none. No weighting is set.",
        thresholds: ["estimated value £4,000,000 or more"],
        source: "Procurement Reform (Scotland) Act 2014, section 25")

    // MARK: Northern Ireland

    public static let niPpn0121 = Policy(
        id: "ni-ppn-01-21", shortName: "NI PPN 01/21",
        title: "Scoring social value",
        pack: .northernIreland,
        binds: PolicyScope("Northern Ireland departments, agencies and NDPBs, at or above the procurement thresholds",
                           buyerKinds: [.devolvedGovernment], jurisdictions: [.northernIreland], threshold: .above),
        from: day(2022, 6, 1),
        requirement: "At least 10% of the total award criteria for social value (a rise to 20% was announced \"subject to review\": unconfirmed, not applied).",
        thresholds: ["at or above the procurement thresholds"],
        source: "Department of Finance (Northern Ireland), Procurement Policy Note 01/21")

    // MARK: Procurement Act 2023

    public static let procurementActSection23 = Policy(
        id: "procurement-act-2023-s23", shortName: "Procurement Act 2023 s.23",
        title: "Award criteria: how tenders are assessed and the relative importance of the criteria",
        pack: .procurementAct,
        binds: PolicyScope("every contracting authority under the Procurement Act 2023", regimes: [.procurementAct2023]),
        from: day(2025, 2, 24),
        requirement: "The authority must (a) describe how tenders are assessed and say whether failing a criterion disqualifies a tender, and (b) where there is more than one criterion, indicate their relative importance: a percentage weighting, a ranking or another description (s.23(3)).",
        thresholds: ["every procurement under the Act"],
        source: "Procurement Act 2023, section 23")

    static let devolvedAndAct: [Policy] = [
        .wppn0621, .wppn006, .walesCarbonReductionPlanGoodPractice, .scotlandCommunityBenefits, .niPpn0121, .procurementActSection23,
    ]
}

import TenderLintKit

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

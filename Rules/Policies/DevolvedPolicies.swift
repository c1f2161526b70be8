import TenderLintKit

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

/// Every built-in policy, in the order docs/policies.md lists them.
public enum BuiltInPolicies {
    public static let all: [Policy] = Policy.nhsEngland + Policy.ukCentralGovernment + Policy.devolvedAndAct
}

import Foundation

/// The eForms code lists the adapter reads, and what each code means for the tender model.
///
/// Codes as the eForms SDK defines them (OP-TED/eForms-SDK `codelists/`). Only codes that fit the
/// model are mapped; the rest are known (so they raise no diagnostic) but carry no meaning here.
enum EFormsCodes {
    // MARK: Languages

    /// Languages a notice is written in: the EU's official languages (the eForms `eu-official-language` list),
    /// Welsh and Scottish Gaelic for UK notices, and the EEA's Norwegian and Icelandic. Other ISO 639-3 codes are
    /// read, with a note.
    static let languages: Set<String> = [
        "BUL", "CES", "DAN", "DEU", "ELL", "ENG", "EST", "FIN", "FRA", "GLE", "HRV", "HUN", "ITA", "LAV", "LIT", "MLT",
        "NLD", "POL", "POR", "RON", "SLK", "SLV", "SPA", "SWE", "CYM", "GLA", "NOR", "NNO", "NOB", "ISL",
    ]

    /// Whether a code has the form of an ISO 639-3 code: three letters A to Z (compared in capitals).
    static func isLanguageCode(_ code: String) -> Bool {
        code.utf8.count == 3 && code.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    // MARK: Award criteria

    /// BT-539 award criterion type (`award-criterion-type`).
    static let criterionKinds: [String: CriterionKind] = [
        "price": .price,
        "cost": .cost,
        "quality": .quality,
    ]

    /// BT-5421 award criterion number weight (`number-weight`): how `efbc:ParameterNumeric` is to be read.
    enum NumberWeight: String, CaseIterable {
        /// Weight (percentage, exact).
        case percentageExact = "per-exa"
        /// Weight (percentage, middle of a range). Only the middle is published, so it is read as a plain
        /// percentage: the range itself is unknown.
        case percentageMiddle = "per-mid"
        /// Weight (decimal, exact): a fraction of 1.
        case decimalExact = "dec-exa"
        /// Weight (decimal, middle of a range); read as a plain fraction, like `per-mid`.
        case decimalMiddle = "dec-mid"
        /// Weight (points, exact).
        case pointsExact = "poi-exa"
        /// Weight (points, middle of a range); read as plain points, like `per-mid`.
        case pointsMiddle = "poi-mid"
        /// Order of importance: 1 is the most important.
        case order = "ord-imp"

        /// The weight the number stands for, or nil when the number cannot be one (an order that is not a whole number ≥ 1).
        func weight(_ number: Decimal) -> Weight? {
            switch self {
            case .percentageExact, .percentageMiddle: return .percentage(number)
            case .decimalExact, .decimalMiddle: return .fraction(number)
            case .pointsExact, .pointsMiddle: return .points(number)
            case .order:
                var value = number
                var whole = Decimal()
                NSDecimalRound(&whole, &value, 0, .plain)
                guard whole == number, number >= 1, number <= Decimal(Int32.max) else { return nil }
                return .order(NSDecimalNumber(decimal: whole).intValue)
            }
        }

        static let list = allCases.map(\.rawValue).joined(separator: ", ")
    }

    /// The `efbc:ParameterCode` lists of `efac:AwardCriterionParameter`: only `number-weight` is a weight;
    /// `number-fixed` (BT-5422) and `number-threshold` (BT-5423) say how a criterion is scored, not how much it counts.
    static let numberWeightList = "number-weight"

    // MARK: Lots

    /// BT-71 reserved participation (`reserved-procurement`) → the lot reservation it amounts to.
    ///
    /// - `res-ws` (sheltered workshops and operators whose aim is the social and professional integration of
    ///   disabled or disadvantaged persons: "supported businesses", PCR 2015 regulation 20) → `.vcse`.
    /// - `res-pub-ser` (organisations pursuing a public service mission: mutuals and social enterprises,
    ///   PCR 2015 regulation 77) → `.vcse`.
    /// - `none` → no reservation.
    ///
    /// eForms has no code for a lot reserved to SMEs (EU law allows none), so `.sme` never comes from eForms.
    static let reservations: [String: LotReservation?] = [
        "res-ws": .vcse,
        "res-pub-ser": .vcse,
        "none": nil,
    ]

    /// BT-765 framework agreement (`framework-agreement`): whether the lot sets up a framework.
    static let frameworkAgreement: [String: Bool] = [
        "fa-w-rc": true,   // with reopening of competition
        "fa-wo-rc": true,  // without reopening of competition
        "fa-mix": true,    // partly with, partly without
        "none": false,
    ]

    /// BT-36 duration units (`unitCode` of `cbc:DurationMeasure`), kept as stated: see `ContractLength`.
    static let durationUnits: [String: DurationUnit] = [
        "DAY": .day,
        "WEEK": .week,
        "MONTH": .month,
        "YEAR": .year,
    ]

    // MARK: Buyer

    /// BT-11 buyer legal type (`buyer-legal-type`) → the kinds of buyer it allows. "Central government
    /// authority" includes the devolved governments; bodies and undertakings controlled by one take its kinds
    /// (PPN 06/20 covers NDPBs); a body governed by public law may be an NHS body, an NDPB or another body.
    static let buyerLegalTypes: [String: Set<BuyerKind>] = {
        let government: Set<BuyerKind> = [.centralGovernment, .devolvedGovernment]
        let publicLaw: Set<BuyerKind> = [.nhsBody, .centralGovernment, .devolvedGovernment, .otherPublicBody]
        let regional: Set<BuyerKind> = [.devolvedGovernment, .localGovernment, .nhsBody, .otherPublicBody]
        return [
            "cga": government, "body-pl-cga": government, "org-sub-cga": government, "pub-undert-cga": government,
            "la": [.localGovernment], "body-pl-la": [.localGovernment], "org-sub-la": [.localGovernment], "pub-undert-la": [.localGovernment],
            "ra": [.devolvedGovernment, .localGovernment], "body-pl-ra": regional, "org-sub-ra": regional, "pub-undert-ra": regional,
            "body-pl": publicLaw, "org-sub": publicLaw, "grp-p-aut": Set(BuyerKind.allCases),
            "pub-undert": [.otherPublicBody], "spec-rights-entity": [.otherPublicBody], "def-cont": [.otherPublicBody],
            "eu-ins-bod-ag": [.otherPublicBody], "eu-int-org": [.otherPublicBody], "int-org": [.otherPublicBody],
        ]
    }()

    /// BT-10 activity of a contracting authority (`authority-activity`). Only health says anything, as a hint.
    static let authorityActivities: Set<String> = [
        "gen-pub", "defence", "pub-os", "env-pro", "econ-aff", "hc-am", "health", "rcr", "education", "soc-pro",
    ]

    /// BT-02 notice type → the stage it is at; nil for notices that are no procurement (corrigenda, European
    /// companies) and say nothing of it.
    static let noticeTypes: [String: ProcurementStage?] = [
        "pin-only": .planning, "pin-buyer": .planning, "pin-rtl": .planning, "pin-tran": .planning, "pmc": .planning,
        "pin-cfc-standard": .competition, "pin-cfc-social": .competition, "qu-sy": .competition,
        "cn-standard": .competition, "cn-social": .competition, "cn-desg": .competition,
        "veat": .directAward,
        "can-standard": .award, "can-social": .award, "can-desg": .award, "can-tran": .award,
        "can-modif": .modification, "compl": .contract,
        "subco": nil, "corr": nil, "brin-ecs": nil, "brin-eeig": nil,
    ]

    /// BT-01 legal basis → the regimes it allows: the public sector directive is the PCR 2015, or in Scotland
    /// the Scottish regulations; the rest are other regimes.
    static let legalBases: [String: Set<Regime>] = [
        "32014L0024": [.pcr2015, .scottishRegulations],
        "32014L0025": [.other], "32014L0023": [.other], "32009L0081": [.other], "32007R1370": [.other],
        "31985R2137": [.other], "32001R2157": [.other], "32024R2509": [.other], "other": [.other],
    ]

    // MARK: Strategic, green and social procurement

    /// What a coded signal counts towards.
    enum Theme {
        case socialValue
        case netZero
    }

    /// A code list of the lot's `cac:ProcurementProject/cac:ProcurementAdditionalType/cbc:ProcurementTypeCode`
    /// that marks social or environmental aims.
    struct SignalList: Sendable {
        /// The `listName`.
        let name: String
        /// How a recognition names it: "its strategic procurement code contains 'soc-obj'".
        let field: String
        /// Each known code → what it counts towards; nil for codes that count towards neither (`none`, `inn-pur`).
        let codes: [String: Theme?]
    }

    /// BT-06 strategic procurement: `env-imp` reduces environmental impacts, `soc-obj` pursues social
    /// objectives, `inn-pur` buys innovation (neither).
    static let strategicProcurement = SignalList(
        name: "strategic-procurement", field: "strategic procurement code",
        codes: ["env-imp": .netZero, "soc-obj": .socialValue, "inn-pur": nil, "none": nil]
    )

    /// BT-774 green procurement: climate change mitigation and adaptation, circular economy, biodiversity and
    /// ecosystems, pollution prevention, water and marine resources, other. All count as net zero, as the
    /// Social Value Model's "Fighting climate change" theme covers stewardship of the environment.
    static let greenProcurement = SignalList(
        name: "environmental-impact", field: "green procurement code",
        codes: [
            "clim-mitig": .netZero, "clim-adapt": .netZero, "circ-econ": .netZero, "biodiv-eco": .netZero,
            "pollu-prev": .netZero, "water-mar": .netZero, "other": .netZero,
        ]
    )

    /// BT-775 social procurement: accessibility for all, ethnic equality, gender equality, human rights in the
    /// supply chain, employment opportunities for disadvantaged people, fair working conditions, other.
    static let socialProcurement = SignalList(
        name: "social-objective", field: "social procurement code",
        codes: [
            "acc-all": .socialValue, "et-eq": .socialValue, "gen-eq": .socialValue, "hum-right": .socialValue,
            "opp": .socialValue, "work-cond": .socialValue, "other": .socialValue,
        ]
    )

    /// BT-805 green public procurement criteria: EU, national or other GPP criteria are used.
    static let greenProcurementCriteria = SignalList(
        name: "gpp-criteria", field: "green procurement criteria code",
        codes: ["eu": .netZero, "national": .netZero, "other": .netZero, "none": nil]
    )

    static let signalLists = [strategicProcurement, greenProcurement, socialProcurement, greenProcurementCriteria]
}

/// The OCDS codes and publishers that say who a buyer is and how it buys (POLICY.md section 1), and what each
/// allows. Codes are matched without regard to case.
enum OCDSApplicabilityCodes {
    /// OCDS publishers by ocid prefix: the nations their buyers are in, and whether they carry UK central
    /// government (the Welsh and Scottish portals are for devolved public bodies).
    static let publishers: [String: (name: String, nations: Set<Jurisdiction>, centralGovernment: Bool)] = [
        "ocds-h6vhtk": ("Find a Tender", Jurisdiction.ukNations, true),
        "ocds-b5fd17": ("Contracts Finder", Jurisdiction.ukNations, true),
        "ocds-r6ebe6": ("Public Contracts Scotland", [.scotland], false),
        "ocds-kuma6s": ("Sell2Wales", [.wales], false),
    ]

    /// `UK_CA_TYPE` (Find a Tender): the Procurement Act's kinds of contracting authority. Central government
    /// includes the devolved governments (PCR 2015 Schedule 1 lists the Welsh and Scottish Governments).
    static let ukContractingAuthorityTypes: [String: Set<BuyerKind>] = [
        "publicauthoritycentralgovernment": [.centralGovernment, .devolvedGovernment],
        "publicauthoritysubcentralgovernment": [.nhsBody, .localGovernment, .otherPublicBody],
        "publicundertaking": [.otherPublicBody],
        "privateutility": [.otherPublicBody],
    ]

    /// `TED_CA_TYPE`: the TED buyer types, as codes and as the texts Public Contracts Scotland and Sell2Wales
    /// write. A body governed by public law may be an NHS body, a government's NDPB or another public body.
    static let tedContractingAuthorityTypes: [String: Set<BuyerKind>] = {
        let government: Set<BuyerKind> = [.centralGovernment, .devolvedGovernment]
        let publicLaw: Set<BuyerKind> = [.nhsBody, .centralGovernment, .devolvedGovernment, .otherPublicBody]
        let regionalAgency: Set<BuyerKind> = [.localGovernment, .nhsBody, .otherPublicBody]
        return [
            "ministry or any other national or federal authority, including their regional or local subdivisions": government,
            "ministry": government,
            "national or federal agency/office": government,
            "national_agency": government,
            "regional or local authority": [.localGovernment],
            "regional_authority": [.localGovernment],
            "regional or local agency/office": regionalAgency,
            "regional_agency": regionalAgency,
            "body governed by public law": publicLaw,
            "body_public": publicLaw,
            "european institution/agency or international organisation": [.otherPublicBody],
            "eu_institution": [.otherPublicBody],
            "utilities": [.otherPublicBody],
            "other": [.otherPublicBody],
            // Public Contracts Scotland's and Sell2Wales's own types, beside TED's.
            "housing association": [.otherPublicBody],
            "registered social landlord (rsl)": [.otherPublicBody],
            "procurement shared services": [.nhsBody, .devolvedGovernment, .localGovernment, .otherPublicBody],
        ]
    }()

    /// COFOG divisions, by code and by name. Only health (07) says anything, and only as a hint.
    static let cofogDivisions: [String: String] = [
        "01": "general public services", "02": "defence", "03": "public order and safety", "04": "economic affairs",
        "05": "environmental protection", "06": "housing and community amenities", "07": "health",
        "08": "recreation, culture and religion", "09": "education", "10": "social protection",
    ]

    /// `legalBasis` (scheme and id, lower-cased) → the regimes it allows. The public sector directive is the
    /// PCR 2015 in England, Wales and Northern Ireland and the Public Contracts (Scotland) Regulations 2015 in
    /// Scotland; the nation settles which.
    static let legalBases: [String: Set<Regime>] = [
        "celex 32014l0024": [.pcr2015, .scottishRegulations],
        "celex 32014l0025": [.other],
        "celex 32014l0023": [.other],
        "celex 32009l0081": [.other],
        "ukpga 2023/54": [.procurementAct2023],
        "uksi 2015/102": [.pcr2015],
        "ssi 2015/446": [.scottishRegulations],
        "uksi 2023/1348": [.providerSelectionRegime],
    ]

    /// The regimes a legal basis allows; with no scheme, the id alone where it is one of the ids above
    /// (`32014L0024` is the public sector directive whoever leaves out `CELEX`).
    static func legalBasis(scheme: String?, id: String) -> Set<Regime>? {
        if let scheme { return legalBases["\(scheme) \(id)".lowercased()] }
        let suffix = " " + id.lowercased()
        return legalBases.first { $0.key.hasSuffix(suffix) }?.value
    }

    /// Release tags → stage.
    static let tags: [String: ProcurementStage] = [
        "planning": .planning, "planningupdate": .planning,
        "tender": .competition, "tenderamendment": .competition, "tenderupdate": .competition, "tendercancellation": .competition,
        "award": .award, "awardupdate": .award, "awardcancellation": .award,
        "contract": .contract, "contractupdate": .contract, "implementation": .contract, "implementationupdate": .contract,
        "contractamendment": .modification,
    ]

    /// Procurement Act 2023 notice types (`documents[].noticeType`) → stage. UK13 to UK17 (dynamic markets and
    /// others) are known but say nothing here.
    static let noticeTypes: [String: ProcurementStage?] = [
        "uk1": .planning, "uk2": .planning, "uk3": .planning, "uk4": .competition, "uk5": .directAward,
        "uk6": .award, "uk7": .contract, "uk8": .contract, "uk9": .contract, "uk10": .modification,
        "uk11": .contract, "uk12": .competition,
        "uk13": nil, "uk14": nil, "uk15": nil, "uk16": nil, "uk17": nil,
    ]

    /// `tender.specialRegime`: defence and security contracts fall outside PPN 002; the others change nothing here.
    static let specialRegimes: [String: Set<Regime>?] = [
        "defencesecurity": [.other], "defenceandsecurity": [.other],
        "lighttouch": nil, "utilities": nil, "concession": nil, "concessions": nil,
    ]
}

/// What an eForms notice says about who the buyer is and how it buys: the buyer's legal type (BT-11), activity
/// (BT-10), country (BT-514), NUTS region (BT-507) and name, the notice type (BT-02), subtype and legal basis (BT-01).
extension EFormsReader {
    mutating func applicability(of root: Node, buyer company: Node?, buyerName: Located<String>?) -> Applicability {
        var signals = ApplicabilitySignals(documentOrigin: Origin(root))
        // Every buyer of a joint procurement, and every type each gives: buyers of different kinds disagree, and
        // the resolver says so (TL017) rather than this reader choosing one.
        let parties = EFormsPath.all(root, .cac("ContractingParty"))
        for element in parties.flatMap({ EFormsPath.codes($0, [.cac("ContractingPartyType"), .cbc("PartyTypeCode")], listName: "buyer-legal-type") }) {
            guard let code = text(element) else { continue }
            if let kinds = EFormsCodes.buyerLegalTypes[code.value] {
                signals.add(.buyerKind(kinds), field: "BT-11 buyer legal type", value: code.value, at: code.origin, strength: .stated)
            } else {
                signals.unrecognised(field: "BT-11 buyer legal type", value: code.value, at: code.origin, meaning: "the buyer's kind",
                                     known: EFormsCodes.buyerLegalTypes.keys.sorted())
            }
        }
        for element in parties.flatMap({ EFormsPath.codes($0, [.cac("ContractingActivity"), .cbc("ActivityTypeCode")], listName: "authority-activity") }) {
            guard let code = text(element) else { continue }
            if code.value == "health" {
                signals.add(.buyerKind([.nhsBody]), field: "BT-10 activity", value: code.value, at: code.origin, strength: .classification, isHint: true)
            } else if !EFormsCodes.authorityActivities.contains(code.value) {
                signals.unrecognised(field: "BT-10 activity", value: code.value, at: code.origin, meaning: "the buyer's function",
                                     known: EFormsCodes.authorityActivities.sorted())
            }
        }
        if let address = company.flatMap({ EFormsPath.first($0, .cac("PostalAddress")) }) {
            if let country = text(EFormsPath.first(address, .cac("Country"), .cbc("IdentificationCode"))) {
                signals.add(.jurisdiction(RegionCodes.jurisdictions(ofCountry: country.value)), field: "BT-514 country",
                            value: country.value, at: country.origin, strength: .classification)
            }
            if let nuts = text(EFormsPath.first(address, .cbc("CountrySubentityCode"))) {
                if let nations = RegionCodes.jurisdictions(of: nuts.value) {
                    signals.add(.jurisdiction(nations), field: "BT-507 NUTS", value: nuts.value, at: nuts.origin, strength: .classification)
                } else {
                    signals.unrecognised(field: "BT-507 NUTS", value: nuts.value, at: nuts.origin, meaning: "the buyer's nation",
                                         known: ["NUTS 2021 codes such as UKI33 or UKL16"])
                }
            }
        }
        if let buyerName { signals.addBuyerName(buyerName) }
        procedure(of: root, into: &signals)
        return resolve(signals)
    }

    /// The notice type's stage, the subtype's threshold and the legal basis.
    private func procedure(of root: Node, into signals: inout ApplicabilitySignals) {
        if let type = text(EFormsPath.first(root, .cbc("NoticeTypeCode"))) {
            switch EFormsCodes.noticeTypes[type.value] {
            case let stage??:
                signals.add(.stage(stage), field: "BT-02 notice type", value: type.value, at: type.origin, strength: .stated)
            case .some(nil):
                break
            case nil:
                signals.unrecognised(field: "BT-02 notice type", value: type.value, at: type.origin, meaning: "the procurement's stage",
                                     known: EFormsCodes.noticeTypes.keys.sorted())
            }
        }
        // Subtypes 1 to 40 are the forms of the EU directives, used above their thresholds.
        let subtype = EFormsPath.extensions(of: root).lazy
            .compactMap { EFormsPath.first($0, .efac("NoticeSubType"), .cbc("SubTypeCode")) }.first
        if let code = text(subtype), let number = Int(code.value), (1...40).contains(number) {
            signals.add(.threshold(.above), field: "notice subtype", value: code.value, at: code.origin, strength: .classification)
        }
        if let basis = text(EFormsPath.first(root, .cbc("RegulatoryDomain"))) {
            if let regimes = EFormsCodes.legalBases[basis.value] {
                signals.add(.regime(regimes), field: "BT-01 legal basis", value: basis.value, at: basis.origin, strength: .stated)
            } else {
                signals.unrecognised(field: "BT-01 legal basis", value: basis.value, at: basis.origin, meaning: "the procurement regime",
                                     known: EFormsCodes.legalBases.keys.sorted())
            }
        }
    }

    private mutating func resolve(_ signals: ApplicabilitySignals) -> Applicability {
        let (applicability, findings) = signals.resolve()
        for finding in findings { append(finding) }
        return applicability
    }
}

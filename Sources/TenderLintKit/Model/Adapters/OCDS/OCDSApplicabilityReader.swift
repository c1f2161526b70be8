/// Reads from one OCDS release what decides which policies bind it: the publisher, the buyer party's
/// classifications, region, country and name, and the tender's threshold, legal basis, special regime and stage.
struct OCDSApplicabilityReader {
    typealias Codes = OCDSApplicabilityCodes

    func applicability(of release: Node, buyerParty party: Node?, buyerName: Located<String>?) -> (Applicability, [Diagnostic]) {
        var signals = ApplicabilitySignals(documentOrigin: Origin(release))
        let tender = release.ocdsObject("tender")
        publisher(release, into: &signals)
        if let party { buyer(party, into: &signals) }
        if let buyerName { signals.addBuyerName(buyerName) }
        if let tender { procurement(tender, into: &signals) }
        stage(release, tender: tender, into: &signals)
        return signals.resolve()
    }

    /// The ocid prefix names the portal that published the release.
    private func publisher(_ release: Node, into signals: inout ApplicabilitySignals) {
        guard let ocid = release.ocdsText("ocid") else { return }
        let prefix = ocid.value.split(separator: "-").prefix(2).joined(separator: "-").lowercased()
        guard let publisher = Codes.publishers[prefix] else { return }
        let value = "\(prefix) (\(publisher.name))"
        signals.add(.jurisdiction(publisher.nations), field: "ocid prefix", value: value, at: ocid.origin, strength: .publisher)
        if !publisher.centralGovernment {
            signals.add(.buyerKind(Set(BuyerKind.allCases).subtracting([.centralGovernment])), field: "ocid prefix", value: value,
                        at: ocid.origin, strength: .publisher)
        }
    }

    private func buyer(_ party: Node, into signals: inout ApplicabilitySignals) {
        for classification in party.ocdsObject("details")?.ocdsArray("classifications") ?? [] where classification.kind == .object {
            self.classification(classification, into: &signals)
        }
        let address = party.ocdsObject("address")
        if let region = address?.ocdsText("region") { signals.addRegion(region, field: "address.region") }
        for key in ["countryName", "country"] {
            guard let country = address?.ocdsText(key) else { continue }
            signals.add(.jurisdiction(RegionCodes.jurisdictions(ofCountry: country.value)), field: "address.\(key)",
                        value: country.value, at: country.origin, strength: .classification)
        }
    }

    /// A code as the tables key it: lower-case, without leading and trailing `CharacterSet.whitespaces`; an ASCII
    /// code (most) trimmed by its bytes, where those are the space and the tab.
    static func codeKey(_ code: String) -> String {
        let bytes = code.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return code.trimmingCharacters(in: .whitespaces).lowercased() }
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        guard let first = bytes.firstIndex(where: { !isBlank($0) }), let last = bytes.lastIndex(where: { !isBlank($0) }) else { return "" }
        return code[first...last].lowercased()
    }

    /// One of the buyer's `details.classifications`: its scheme decides what it says.
    private func classification(_ node: Node, into signals: inout ApplicabilitySignals) {
        guard let scheme = node.ocdsText("scheme")?.value.uppercased() else { return }
        // Publishers put the code in `id`, or only a text in `description`.
        guard let code = node.ocdsIdentifier("id") ?? node.ocdsText("description") else { return }
        let key = Self.codeKey(code.value)
        switch scheme {
        case "UK_CA_TYPE":
            if let kinds = Codes.ukContractingAuthorityTypes[key] {
                signals.add(.buyerKind(kinds), field: "UK_CA_TYPE", value: code.value, at: code.origin, strength: .stated)
            } else {
                signals.unrecognised(field: "UK_CA_TYPE", value: code.value, at: code.origin, meaning: "the buyer's kind",
                                     known: ["publicAuthorityCentralGovernment", "publicAuthoritySubCentralGovernment", "publicUndertaking", "privateUtility"])
            }
        case "TED_CA_TYPE":
            if let kinds = Codes.tedContractingAuthorityTypes[key] {
                signals.add(.buyerKind(kinds), field: "TED_CA_TYPE", value: code.value, at: code.origin, strength: .classification)
            } else {
                signals.unrecognised(field: "TED_CA_TYPE", value: code.value, at: code.origin, meaning: "the buyer's kind",
                                     known: ["Ministry or any other national or federal authority, …", "National or federal agency/office",
                                             "Regional or local authority", "Regional or local agency/office", "Body governed by public law",
                                             "European institution/agency or international organisation", "Other"])
            }
        case "COFOG":
            let division = String(key.prefix { $0 != "." })
            let known = Codes.cofogDivisions[division] != nil || Codes.cofogDivisions.values.contains(key)
            guard known else {
                signals.unrecognised(field: "COFOG", value: code.value, at: code.origin, meaning: "the buyer's function",
                                     known: Codes.cofogDivisions.keys.sorted().map { "\($0) \(Codes.cofogDivisions[$0]!)" })
                return
            }
            if division == "07" || key == "health" {
                signals.add(.buyerKind([.nhsBody]), field: "COFOG", value: code.value + (division == "07" ? " (health)" : ""),
                            at: code.origin, strength: .classification, isHint: true)
            }
        default:
            break
        }
    }

    /// Threshold, legal basis and special regime.
    private func procurement(_ tender: Node, into signals: inout ApplicabilitySignals) {
        if let above = tender[key: "aboveThreshold"], above.kind == .bool, let text = above.value {
            signals.add(.threshold(text == "true" ? .above : .below), field: "aboveThreshold", value: text, at: Origin(above), strength: .stated)
        }
        let coveredBy = tender.ocdsArray("coveredBy").filter { $0.kind == .string && $0.value?.uppercased() == "GPA" }
        if let gpa = coveredBy.first {
            signals.add(.threshold(.above), field: "coveredBy", value: "GPA", at: gpa.ocdsValueOrigin, strength: .classification)
        }
        if let basis = tender.ocdsObject("legalBasis"), let id = basis.ocdsIdentifier("id") {
            let scheme = basis.ocdsText("scheme")?.value
            let written = [scheme, id.value].compactMap { $0 }.joined(separator: " ")
            if let regimes = Codes.legalBasis(scheme: scheme, id: id.value) {
                signals.add(.regime(regimes), field: "legalBasis", value: written, at: Origin(basis), strength: .stated)
            } else {
                signals.unrecognised(field: "legalBasis", value: written, at: Origin(basis), meaning: "the procurement regime",
                                     known: ["CELEX 32014L0024 (PCR 2015)", "UKPGA 2023/54 (Procurement Act 2023)",
                                             "UKSI 2023/1348 (Provider Selection Regime)", "SSI 2015/446 (Scottish regulations)"])
            }
        }
        for regime in tender.ocdsArray("specialRegime") where regime.kind == .string {
            let text = regime.value ?? ""
            switch Codes.specialRegimes[text.lowercased()] {
            case let regimes??:
                signals.add(.regime(regimes), field: "specialRegime", value: text, at: regime.ocdsValueOrigin, strength: .stated)
            case .some(nil):
                break
            case nil:
                signals.unrecognised(field: "specialRegime", value: text, at: regime.ocdsValueOrigin, meaning: "the procurement regime",
                                     known: ["defenceSecurity", "lightTouch", "utilities", "concession"])
            }
        }
    }

    /// The release's tags and its Procurement Act notice types.
    private func stage(_ release: Node, tender: Node?, into signals: inout ApplicabilitySignals) {
        for tag in release.ocdsArray("tag") where tag.kind == .string {
            guard let text = tag.value, let stage = Codes.tags[text.lowercased()] else { continue }
            signals.add(.stage(stage), field: "tag", value: text, at: tag.ocdsValueOrigin, strength: .classification)
        }
        for document in tender?.ocdsArray("documents") ?? [] where document.kind == .object {
            guard let type = document.ocdsText("noticeType") else { continue }
            switch Codes.noticeTypes[type.value.lowercased()] {
            case let stage??:
                signals.add(.stage(stage), field: "noticeType", value: type.value, at: type.origin, strength: .stated)
            case .some(nil):
                break
            case nil where type.value.uppercased().hasPrefix("UK"):
                signals.unrecognised(field: "noticeType", value: type.value, at: type.origin, meaning: "the procurement's stage",
                                     known: (1...17).map { "UK\($0)" })
            case nil:
                break
            }
        }
    }
}

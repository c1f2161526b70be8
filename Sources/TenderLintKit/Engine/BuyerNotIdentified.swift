/// TL015: the document does not show enough of its buyer, or of the procurement, to say whether the policies
/// the rules enforce bind it. No policy is assumed (least of all NHS England's); the rules that need one are
/// not applied, and this one piece of information says what was missing and how to state it.
struct BuyerNotIdentified {
    let judgement: TenderJudgement
    /// The bindings the engine could not decide.
    let bindings: [PolicyBinding]

    var diagnostic: Diagnostic {
        let tender = judgement.tender
        let applicability = judgement.applicability
        var missing: [ApplicabilityFactName] = []
        for name in bindings.flatMap(\.missing) where !missing.contains(name) { missing.append(name) }
        // The regime follows from the nation and the date: where the nation is missing, that is what to state.
        if missing.contains(.jurisdiction) { missing.removeAll { $0 == .regime } }
        var policies: [String] = []
        for binding in bindings where !policies.contains(binding.policy.shortName) { policies.append(binding.policy.shortName) }
        let shownPolicies = policies.count > 4 ? policies.prefix(4).joined(separator: ", ") + " and \(policies.count - 4) more" : Prose.list(policies)
        let subject = tender.buyer.name.map { PolicyBinding.shortened($0.value) } ?? "the buyer"

        var notes: [String] = []
        var shown: [String] = []
        if applicability.buyerKind.basis != .notKnown {
            shown.append("the buyer is \(applicability.buyerKind.possibleDescription)\(PolicyBinding.evidence(applicability.buyerKind))")
        }
        if applicability.jurisdiction.basis != .notKnown {
            let nation = applicability.jurisdiction.possible == Jurisdiction.ukNations ? "in the UK" : applicability.jurisdiction.possibleDescription
            shown.append("it is \(nation)\(PolicyBinding.evidence(applicability.jurisdiction))")
        }
        if applicability.threshold.basis != .notKnown {
            shown.append("the procurement is \(applicability.threshold.possibleDescription)\(PolicyBinding.evidence(applicability.threshold))")
        }
        if !shown.isEmpty { notes.append("the document shows: " + shown.joined(separator: "; ")) }
        notes.append("looked for: " + Self.lookedFor(tender.format))

        var help = ["state who the buyer is: " + Self.howToState(tender.format, missing: missing)]
        help.append("or set `profile:` in .tenderlint.yml, or pass --profile (one of \(Profile.names))")
        let origin = tender.buyer.name?.origin ?? tender.origin
        return Diagnostic(
            ApplicabilityRule.buyerNotIdentified, .info,
            "\(Self.phrase(missing)) not stated, so tenderlint could not tell whether \(shownPolicies) \(policies.count == 1 ? "binds" : "bind") \(subject); the rules that need \(policies.count == 1 ? "it" : "them") were not applied",
            at: origin?.location ?? .wholeFile(tender.source.path),
            label: "who is this buyer?", notes: notes, help: help
        ).identified(by: origin?.node)
    }

    /// "the buyer's kind and nation are", "whether the procurement is above the procurement threshold is".
    static func phrase(_ missing: [ApplicabilityFactName]) -> String {
        var parts = missing.map(\.title)
        if missing.contains(.buyerKind), missing.contains(.jurisdiction) {
            parts.removeAll { $0 == ApplicabilityFactName.buyerKind.title || $0 == ApplicabilityFactName.jurisdiction.title }
            parts.insert("the buyer's kind and nation", at: 0)
            return Prose.list(parts) + " are"
        }
        return Prose.list(parts) + (parts.count == 1 ? " is" : " are")
    }

    static func lookedFor(_ format: TenderFormat) -> String {
        switch format {
        case .tenderSpec:
            "the buyer's sector and jurisdiction, and the tender's above-threshold"
        case .ocds:
            "the buyer party's classifications (UK_CA_TYPE, TED_CA_TYPE, COFOG), its address region and country, its name, the publisher (ocid prefix), tender.aboveThreshold and coveredBy, tender.legalBasis"
        case .eForms:
            "the buyer's legal type (BT-11) and activity (BT-10), its country (BT-514) and NUTS region (BT-507), its name, the notice type and legal basis (BT-02, BT-01)"
        }
    }

    static func howToState(_ format: TenderFormat, missing: [ApplicabilityFactName]) -> String {
        var fields: [String] = []
        switch format {
        case .tenderSpec:
            if missing.contains(.buyerKind) { fields.append("<buyer sector=\"nhs\"> (or central-government, devolved-government, local-government, other)") }
            if missing.contains(.jurisdiction) { fields.append("<buyer jurisdiction=\"england\"> (or wales, scotland, northern-ireland, outside-uk)") }
            if missing.contains(.threshold) { fields.append("<tender above-threshold=\"true\">") }
            if missing.contains(.regime) { fields.append("<tender regime=\"procurement-act-2023\">") }
            return "in the tender spec, " + Prose.list(fields)
        case .ocds:
            if missing.contains(.buyerKind) { fields.append("the buyer party's details.classifications (UK_CA_TYPE)") }
            if missing.contains(.jurisdiction) { fields.append("its address.region (a NUTS or ITL code)") }
            if missing.contains(.threshold) { fields.append("tender.aboveThreshold") }
            if missing.contains(.regime) { fields.append("tender.legalBasis") }
            return "in the release, " + Prose.list(fields)
        case .eForms:
            if missing.contains(.buyerKind) { fields.append("the buyer legal type (BT-11)") }
            if missing.contains(.jurisdiction) { fields.append("the buyer's country and NUTS code (BT-514, BT-507)") }
            if missing.contains(.threshold) || missing.contains(.regime) { fields.append("the legal basis (BT-01)") }
            return "in the notice, " + Prose.list(fields)
        }
    }
}

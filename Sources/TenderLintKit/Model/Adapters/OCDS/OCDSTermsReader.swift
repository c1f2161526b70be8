/// Recognises social value and net zero terms in a release's free text, outside its award criteria.
///
/// OCDS has no field for them, so the texts that buyers write them in are searched with the vocabulary:
/// the release's own description (where Public Contracts Scotland and Sell2Wales put their community
/// benefits and social value statements), the tender's description, award criteria details,
/// submission method details, procurement method rationale and eligibility criteria, and each lot's
/// description. Each text that names a category gives one recognition.
struct OCDSTermsReader {
    let vocabulary: Vocabulary

    /// The texts searched, with the field name a recognition gives ("its release description contains …").
    static func texts(release: Node, tender: Node?) -> [(text: Located<String>, field: String)] {
        var texts: [(Located<String>, String)] = []
        if let text = release.ocdsText("description") { texts.append((text, "release description")) }
        guard let tender else { return texts }
        let fields = [
            ("description", "description"), ("awardCriteriaDetails", "award criteria details"),
            ("submissionMethodDetails", "submission method details"),
            ("procurementMethodRationale", "procurement method rationale"), ("eligibilityCriteria", "eligibility criteria"),
        ]
        for (key, field) in fields {
            if let text = tender.ocdsText(key) { texts.append((text, field)) }
        }
        for lot in tender.ocdsArray("lots") where lot.kind == .object {
            if let text = lot.ocdsText("description") { texts.append((text, "lot description")) }
        }
        return texts
    }

    func terms(release: Node, tender: Node?) -> (socialValue: SocialValueTerms, netZero: NetZeroTerms) {
        var socialValue = SocialValueTerms()
        var netZero = NetZeroTerms()
        for (text, field) in Self.texts(release: release, tender: tender) {
            if let found = vocabulary.recognise(.socialValue, in: text, field: field) { socialValue.recognitions.append(found) }
            if let found = vocabulary.recognise(.netZero, in: text, field: field) { netZero.recognitions.append(found) }
            if netZero.carbonReductionPlan == nil, let found = vocabulary.recognise(.carbonReductionPlan, in: text, field: field) {
                netZero.carbonReductionPlan = CarbonReductionPlanRequirement(
                    required: Located(true, at: found.origin), recognition: found, origin: found.origin
                )
            }
            if netZero.netZeroCommitment == nil, let found = vocabulary.recognise(.netZeroCommitment, in: text, field: field) {
                netZero.netZeroCommitment = Requirement(required: Located(true, at: found.origin), recognition: found)
            }
            if netZero.evergreenAssessment == nil, let found = vocabulary.recognise(.evergreen, in: text, field: field) {
                netZero.evergreenAssessment = Requirement(required: Located(true, at: found.origin), recognition: found)
            }
        }
        return (socialValue, netZero)
    }
}

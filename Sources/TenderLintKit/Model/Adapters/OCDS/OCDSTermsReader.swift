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
            let found = vocabulary.recognitions(in: text, field: field)
            if let benefits = CommunityBenefitsStatement.read(text, field: field) {
                socialValue.communityBenefits = Self.merged(socialValue.communityBenefits, benefits)
            }
            if let socialValueFound = found[.socialValue] { socialValue.recognitions.append(socialValueFound) }
            if let netZeroFound = found[.netZero] { netZero.recognitions.append(netZeroFound) }
            if netZero.carbonReductionPlan == nil, let plan = found[.carbonReductionPlan] {
                netZero.carbonReductionPlan = CarbonReductionPlanRequirement(
                    required: Located(true, at: plan.origin), recognition: plan, origin: plan.origin
                )
            }
            if netZero.netZeroCommitment == nil, let commitment = found[.netZeroCommitment] {
                netZero.netZeroCommitment = Requirement(required: Located(true, at: commitment.origin), recognition: commitment)
            }
            if netZero.evergreenAssessment == nil, let evergreen = found[.evergreen] {
                netZero.evergreenAssessment = Requirement(required: Located(true, at: evergreen.origin), recognition: evergreen)
            }
        }
        return (socialValue, netZero)
    }

    /// Community benefits read from several texts: whether they are included, and the first statement, from
    /// whichever text says.
    static func merged(_ earlier: CommunityBenefits?, _ later: CommunityBenefits) -> CommunityBenefits {
        guard var merged = earlier else { return later }
        if merged.included == nil { merged.included = later.included }
        if merged.statement == nil { merged.statement = later.statement }
        return merged
    }
}

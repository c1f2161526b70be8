/// Recognises social value and net zero terms in a release's free text, outside its award criteria.
///
/// OCDS has no field for them, so the texts that buyers write them in are searched with the vocabulary:
/// the release's own description (where Public Contracts Scotland and Sell2Wales put their community
/// benefits and social value statements), the tender's description, award criteria details, submission
/// method details, procurement method rationale, eligibility criteria, selection criteria (where a Carbon
/// Reduction Plan is asked for as a condition of participation), other requirements, renewal and options;
/// and each lot's description, selection criteria, other requirements, renewal and options. Each text that
/// names a category gives one recognition, naming its field.
///
/// A lot's own texts give that lot its own net zero terms (the tender's, with what the lot's texts add), so a
/// Carbon Reduction Plan asked for in lot 2 is not taken for lot 1; social value, which the model keeps for the
/// whole tender, is the tender's whichever text says it.
struct OCDSTermsReader {
    let vocabulary: Vocabulary

    typealias Text = (text: Located<String>, field: String)

    /// The tender's texts searched, with the field name a recognition gives ("its selection criteria contains …").
    static func texts(release: Node, tender: Node?) -> [Text] {
        var texts: [Text] = []
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
        return texts + sharedTexts(of: tender, prefix: "")
    }

    /// A lot's own texts: its description, and the fields it shares with the tender.
    static func lotTexts(_ lot: Node) -> [Text] {
        (lot.ocdsText("description").map { [($0, "lot description")] } ?? []) + sharedTexts(of: lot, prefix: "lot ")
    }

    /// The fields a tender and its lots both carry: selection criteria (the selection criteria extension:
    /// `selectionCriteria.criteria[]` with `description` and, as Public Contracts Scotland writes them, `minimum`),
    /// other requirements (its strings, and strings in its lists, such as `qualificationSystemConditions`),
    /// and the descriptions of `renewal` and `options`.
    static func sharedTexts(of owner: Node, prefix: String) -> [Text] {
        var texts: [Text] = []
        if let selection = owner.ocdsObject("selectionCriteria") {
            if let text = selection.ocdsText("description") { texts.append((text, "\(prefix)selection criteria")) }
            for criterion in selection.ocdsArray("criteria") where criterion.kind == .object {
                for key in ["description", "minimum"] {
                    if let text = criterion.ocdsText(key) { texts.append((text, "\(prefix)selection criteria")) }
                }
            }
        }
        if let other = owner.ocdsObject("otherRequirements") {
            // `reservedParticipation` holds codes, not words.
            for member in other.children where member.name != "reservedParticipation" {
                let values = member.kind == .array ? member.children : [member]
                for value in values {
                    guard value.kind == .string, let text = value.value, !text.allSatisfy(\.isWhitespace) else { continue }
                    texts.append((Located(text, at: Origin(value)), "\(prefix)other requirements"))
                }
            }
        }
        for (key, field) in [("renewal", "renewal"), ("options", "options")] {
            if let text = owner.ocdsObject(key)?.ocdsText("description") { texts.append((text, "\(prefix)\(field)")) }
        }
        return texts
    }

    /// What one text is recognised as saying.
    typealias Found = [Vocabulary.Category: Recognition]

    /// The tender's terms, from its own texts and, for social value, its lots' texts too; and what each lot's
    /// texts say, by the lot's node, so that its net zero terms need not search them again.
    func terms(release: Node, tender: Node?) -> (socialValue: SocialValueTerms, netZero: NetZeroTerms, lots: [Int: [Found]]) {
        var socialValue = SocialValueTerms()
        var netZero = NetZeroTerms()
        for (text, field) in Self.texts(release: release, tender: tender) {
            let found = vocabulary.recognitions(in: text, field: field)
            readSocialValue(found, text: text, field: field, into: &socialValue)
            _ = Self.absorb(found, into: &netZero)
        }
        var lots: [Int: [Found]] = [:]
        for lot in tender?.ocdsArray("lots") ?? [] where lot.kind == .object {
            lots[lot.index] = Self.lotTexts(lot).map { text, field in
                let found = vocabulary.recognitions(in: text, field: field)
                readSocialValue(found, text: text, field: field, into: &socialValue)
                return found
            }
        }
        return (socialValue, netZero, lots)
    }

    /// A lot's own net zero terms: the tender's with what the lot's texts (`found`, from `terms`) add; nil when
    /// they add nothing.
    static func lotNetZero(_ found: [Found], tenderTerms: NetZeroTerms) -> NetZeroTerms? {
        var terms = tenderTerms
        var added = false
        for recognised in found {
            added = absorb(recognised, into: &terms) || added
        }
        return added ? terms : nil
    }

    private func readSocialValue(_ found: Found, text: Located<String>, field: String,
                                 into socialValue: inout SocialValueTerms) {
        if let benefits = CommunityBenefitsStatement.read(text, field: field) {
            socialValue.communityBenefits = Self.merged(socialValue.communityBenefits, benefits)
        }
        if let socialValueFound = found[.socialValue] { socialValue.recognitions.append(socialValueFound) }
    }

    /// Adds what one text says about net zero; true when it added anything.
    static func absorb(_ found: Found, into netZero: inout NetZeroTerms) -> Bool {
        var added = false
        if let netZeroFound = found[.netZero] {
            netZero.recognitions.append(netZeroFound)
            added = true
        }
        if netZero.carbonReductionPlan == nil, let plan = found[.carbonReductionPlan] {
            netZero.carbonReductionPlan = CarbonReductionPlanRequirement(
                required: Located(true, at: plan.origin), recognition: plan, origin: plan.origin
            )
            added = true
        }
        if netZero.netZeroCommitment == nil, let commitment = found[.netZeroCommitment] {
            netZero.netZeroCommitment = Requirement(required: Located(true, at: commitment.origin), recognition: commitment)
            added = true
        }
        if netZero.evergreenAssessment == nil, let evergreen = found[.evergreen] {
            netZero.evergreenAssessment = Requirement(required: Located(true, at: evergreen.origin), recognition: evergreen)
            added = true
        }
        return added
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

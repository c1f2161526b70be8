/// Reads the tender-level parts of a tender spec: identity, buyer, dates, value, social value and net zero.
struct TenderSpecReading {
    let diagnostics: TenderSpecDiagnostics

    func tender(from spec: SpecObject) -> Tender {
        diagnostics.checkFields(of: spec, allowed: .tender, what: "a tender")
        if !spec.isXML, let version = spec.node[key: "tenderSpec"], TenderSpecDiagnostics.text(of: version) != TenderSpecAdapter.version {
            diagnostics.invalid(version, "this file is tender-spec version '\(TenderSpecDiagnostics.text(of: version) ?? "")'; tenderlint reads version \(TenderSpecAdapter.version)")
        }
        let id = diagnostics.string(spec.scalar(xml: "id", json: "id"), what: "the tender id")
        if id == nil, spec.scalar(xml: "id", json: "id") == nil {
            diagnostics.missing("id", in: spec, what: "the tender", help: "give the tender the reference your organisation uses, such as id=\"CE-2026-014\"")
        }
        let evaluationReader = TenderSpecEvaluationReading(diagnostics: diagnostics)
        let value = spec.object(xml: "value", json: "value").flatMap(evaluationReader.value)
        let duration = spec.object(xml: "duration", json: "duration").map(evaluationReader.duration)
        var lots = spec.list(xml: "lot", json: "lots").map { evaluationReader.lot(SpecObject(node: $0)) }
        if lots.isEmpty {
            let evaluation = spec.object(xml: "evaluation", json: "evaluation")
            if evaluation == nil {
                diagnostics.missing("evaluation", in: spec, what: "the tender",
                                    help: "add an <evaluation> with its criteria, or one <lot> per lot each with its own")
            }
            lots = [Lot(
                evaluation: evaluation.map(evaluationReader.evaluation) ?? Evaluation(criteria: []),
                isImplicit: true, origin: evaluation.map { Origin($0.node) }
            )]
        }
        let dates = spec.object(xml: "dates", json: "dates")
        let buyer = buyer(spec.object(xml: "buyer", json: "buyer"), in: spec)
        let applicability = TenderSpecApplicability(diagnostics: diagnostics).applicability(of: spec, buyer: buyer)
        if let dates { diagnostics.checkFields(of: dates, allowed: .dates, what: "<dates>") }
        return Tender(
            format: .tenderSpec,
            source: spec.node.tree.source,
            id: id,
            title: diagnostics.string(spec.text(xml: "title", json: "title"), what: "the title"),
            buyer: buyer,
            applicability: applicability,
            plannedPublication: diagnostics.date(dates?.scalar(xml: "publication", json: "publication"), what: "the publication date"),
            procurementStart: diagnostics.date(dates?.scalar(xml: "procurement-start", json: "procurementStart"), what: "the procurement start date"),
            isFramework: diagnostics.bool(spec.scalar(xml: "framework", json: "framework"), what: "framework"),
            value: value,
            duration: duration,
            lots: lots,
            socialValue: socialValue(spec.object(xml: "social-value", json: "socialValue")),
            netZero: spec.object(xml: "net-zero", json: "netZero").map(netZero) ?? NetZeroTerms(),
            origin: Origin(spec.node)
        )
    }


    private func buyer(_ spec: SpecObject?, in tender: SpecObject) -> Buyer {
        guard let spec else {
            diagnostics.missing("buyer", in: tender, what: "the tender",
                                help: "add <buyer sector=\"nhs\" jurisdiction=\"england\">Name</buyer>: the buyer's kind and nation decide which policies apply")
            return Buyer()
        }
        diagnostics.checkFields(of: spec, allowed: .buyer, what: "the buyer")
        let sectorNode = spec.scalar(xml: "sector", json: "sector")
        if sectorNode == nil {
            diagnostics.missing("sector", in: spec, what: "the buyer",
                                help: "say what kind of body the buyer is: sector=\"nhs\", \"central-government\", \"devolved-government\", \"local-government\" or \"other\"")
        }
        return Buyer(
            name: spec.isXML ? spec.ownText : diagnostics.string(spec.scalar(xml: "", json: "name"), what: "the buyer's name"),
            sector: diagnostics.choice(sectorNode, what: "the buyer's sector", as: BuyerKind.self),
            jurisdiction: diagnostics.choice(spec.scalar(xml: "jurisdiction", json: "jurisdiction"), what: "the buyer's jurisdiction", as: Jurisdiction.self),
            region: diagnostics.string(spec.scalar(xml: "region", json: "region"), what: "the region")
        )
    }

    private func socialValue(_ spec: SpecObject?) -> SocialValueTerms {
        guard let spec else { return SocialValueTerms() }
        diagnostics.checkFields(of: spec, allowed: .socialValue, what: "<social-value>")
        let themeNodes: [Node] = spec.isXML ? spec.list(xml: "theme", json: "") : (spec.member(xml: "", json: "themes")?.children ?? [])
        let measures = spec.list(xml: "measure", json: "measures").compactMap {
            TenderSpecEvaluationReading(diagnostics: diagnostics).measure(SpecObject(node: $0))
        }
        return SocialValueTerms(
            themes: themeNodes.compactMap { diagnostics.choice($0, what: "the theme", as: SocialValueTheme.self) },
            measures: measures,
            exception: spec.object(xml: "exception", json: "exception").flatMap(exception),
            communityBenefits: spec.object(xml: "community-benefits", json: "communityBenefits").map(communityBenefits)
        )
    }

    /// `<exception kind="…">why</exception>`, or `{ "kind": "…", "justification": "why" }`.
    private func exception(_ spec: SpecObject) -> DeclaredException? {
        diagnostics.checkFields(of: spec, allowed: .exception, what: "the exception")
        guard let kind = diagnostics.choice(spec.scalar(xml: "kind", json: "kind"), what: "the exception", as: DeclaredException.Kind.self) else {
            return nil
        }
        let justification = spec.isXML ? spec.ownText : diagnostics.string(spec.scalar(xml: "", json: "justification"), what: "the justification")
        return DeclaredException(kind: kind, justification: justification, origin: Origin(spec.node))
    }

    /// `<community-benefits included="true">summary</community-benefits>`, or `{ "included": true, "statement": "…" }`.
    private func communityBenefits(_ spec: SpecObject) -> CommunityBenefits {
        diagnostics.checkFields(of: spec, allowed: .communityBenefits, what: "<community-benefits>")
        let included = diagnostics.bool(spec.scalar(xml: "included", json: "included"), what: "included")
        if included == nil, spec.scalar(xml: "included", json: "included") == nil {
            diagnostics.missing("'included'", in: spec, what: "<community-benefits>", help: "say included=\"true\" with a summary, or included=\"false\" with the reasons")
        }
        let statement = spec.isXML ? spec.ownText : diagnostics.string(spec.scalar(xml: "", json: "statement"), what: "the statement")
        return CommunityBenefits(included: included, statement: statement, origin: Origin(spec.node))
    }

    func netZero(_ spec: SpecObject) -> NetZeroTerms {
        diagnostics.checkFields(of: spec, allowed: .netZero, what: "<net-zero>")
        var terms = NetZeroTerms()
        terms.origin = Origin(spec.node)
        if let plan = spec.object(xml: "carbon-reduction-plan", json: "carbonReductionPlan") {
            terms.carbonReductionPlan = carbonReductionPlan(plan)
        }
        terms.netZeroCommitment = requirement(spec.object(xml: "net-zero-commitment", json: "netZeroCommitment"))
        terms.evergreenAssessment = requirement(spec.object(xml: "evergreen-assessment", json: "evergreenAssessment"))
        terms.publicReporting = requirement(spec.object(xml: "public-reporting", json: "publicReporting"))
        terms.productCarbonFootprints = requirement(spec.object(xml: "product-carbon-footprints", json: "productCarbonFootprints"))
        terms.exception = spec.object(xml: "exception", json: "exception").flatMap(exception)
        return terms
    }

    private func requiredFlag(_ spec: SpecObject, what: String) -> Located<Bool>? {
        guard let node = spec.scalar(xml: "required", json: "required") else {
            diagnostics.missing("'required'", in: spec, what: what, help: "say required=\"true\" or required=\"false\"")
            return nil
        }
        return diagnostics.bool(node, what: "required")
    }

    private func requirement(_ spec: SpecObject?) -> Requirement? {
        guard let spec else { return nil }
        diagnostics.checkFields(of: spec, allowed: .requirement, what: "this requirement")
        return requiredFlag(spec, what: "this requirement").map { Requirement(required: $0) }
    }

    private func carbonReductionPlan(_ spec: SpecObject) -> CarbonReductionPlanRequirement? {
        diagnostics.checkFields(
            of: spec,
            allowed: .carbonReductionPlan,
            what: "the Carbon Reduction Plan requirement"
        )
        guard let required = requiredFlag(spec, what: "the Carbon Reduction Plan requirement") else { return nil }
        let scopes = diagnostics.words(spec.scalar(xml: "scopes", json: "scopes"), what: "a scope").compactMap { word -> Located<EmissionScope>? in
            if let scope = EmissionScope(rawValue: word.value) { return Located(scope, at: word.origin) }
            if let origin = word.origin {
                let names = EmissionScope.allCases.map(\.rawValue)
                let suggestion = Spelling.nearest(to: word.value, among: Set(names))
                diagnostics.invalid(origin.node, "'\(word.value)' is not a scope; scopes are " + names.joined(separator: ", ")
                    + (suggestion.map { "; did you mean '\($0)'?" } ?? ""))
            }
            return nil
        }
        return CarbonReductionPlanRequirement(
            required: required,
            standard: diagnostics.choice(spec.scalar(xml: "standard", json: "standard"), what: "the standard", as: CarbonReductionPlanStandard.self),
            scopes: scopes,
            netZeroBy: diagnostics.integer(spec.scalar(xml: "net-zero-by", json: "netZeroBy"), what: "the net zero year", example: "2045", range: 2020...2100),
            global: diagnostics.bool(spec.scalar(xml: "global", json: "global"), what: "global"),
            origin: Origin(spec.node)
        )
    }
}

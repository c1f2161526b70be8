/// The fields each object of a tender spec defines, in its XML and its JSON spelling: built once, not for every
/// object checked.
struct TenderSpecFields: Sendable {
    let xml: Set<String>
    let json: Set<String>

    static let tender = TenderSpecFields(
        xml: ["id", "framework", "above-threshold", "regime", "title", "buyer", "dates", "value", "duration", "social-value", "net-zero", "lot", "evaluation"],
        json: ["tenderSpec", "id", "framework", "aboveThreshold", "regime", "title", "buyer", "dates", "value", "duration", "socialValue", "netZero", "lots", "evaluation"]
    )
    static let dates = TenderSpecFields(xml: ["publication", "procurement-start"], json: ["publication", "procurementStart"])
    static let buyer = TenderSpecFields(xml: ["sector", "jurisdiction", "region"], json: ["name", "sector", "jurisdiction", "region"])
    static let socialValue = TenderSpecFields(
        xml: ["theme", "measure", "exception", "community-benefits"], json: ["themes", "measures", "exception", "communityBenefits"]
    )
    static let exception = TenderSpecFields(xml: ["kind"], json: ["kind", "justification"])
    static let communityBenefits = TenderSpecFields(xml: ["included"], json: ["included", "statement"])
    static let netZero = TenderSpecFields(
        xml: ["carbon-reduction-plan", "net-zero-commitment", "evergreen-assessment", "public-reporting", "product-carbon-footprints", "exception"],
        json: ["carbonReductionPlan", "netZeroCommitment", "evergreenAssessment", "publicReporting", "productCarbonFootprints", "exception"]
    )
    static let requirement = TenderSpecFields(xml: ["required"], json: ["required"])
    static let carbonReductionPlan = TenderSpecFields(
        xml: ["required", "standard", "scopes", "net-zero-by", "global"], json: ["required", "standard", "scopes", "netZeroBy", "global"]
    )
    static let value = TenderSpecFields(xml: ["amount", "currency", "vat", "basis"], json: ["amount", "currency", "vat", "basis"])
    static let duration = TenderSpecFields(xml: ["months", "start", "end"], json: ["months", "start", "end"])
    static let lot = TenderSpecFields(
        xml: ["id", "reserved-for", "title", "value", "duration", "net-zero", "evaluation"],
        json: ["id", "reservedFor", "title", "value", "duration", "netZero", "evaluation"]
    )
    static let evaluation = TenderSpecFields(
        xml: ["methodology", "failure-disqualifies", "criterion"], json: ["methodology", "failureDisqualifies", "criteria"]
    )
    static let criterion = TenderSpecFields(
        xml: ["id", "kind", "name", "weight", "weight-unit", "points", "order", "formula", "description", "criterion", "measure"],
        json: ["id", "kind", "name", "weight", "weightUnit", "points", "order", "formula", "description", "criteria", "measures"]
    )
    static let measure = TenderSpecFields(xml: ["framework", "code", "target", "unit"], json: ["framework", "code", "target", "unit"])
}

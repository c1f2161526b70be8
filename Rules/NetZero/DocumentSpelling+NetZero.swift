import Foundation
import TenderLintKit

enum NetZeroText {
    /// The scopes PPN 06/21 names, and the NHS set from April 2027.
    static let ppn0621Scopes: [EmissionScope] = [.scope1, .scope2] + EmissionScope.ppn0621Scope3
    static let allScopes: [EmissionScope] = [.scope1, .scope2, .scope3]
}

// Help lines of the net zero rules, in the document's own spelling.
extension DocumentSpelling {
    /// How to add a requirement where it belongs: to the lot's or the tender's `<net-zero>`, creating it where
    /// there is none. `after` are the XML elements it must follow; empty puts it first.
    func addHelp(xml: String, json: String, lot: Lot?, tender: Tender, after: [String], notice: String) -> String {
        let item = self == .json ? json : xml
        let name = self == .json ? "\"netZero\"" : "<net-zero>"
        func into(_ container: String) -> String {
            guard self == .xml else { return "add \(item) to \(container)" }
            if after.isEmpty { return "add \(item) at the start of \(container)" }
            return "add \(item) to \(container), after any " + Prose.list(after.map { "<\($0)>" })
        }
        switch self {
        case .notice:
            return notice
        case .xml, .json:
            if let lot, !lot.isImplicit {
                if lot.netZero != nil { return into("\(lot.label)'s \(name)") }
                let own = self == .json ? "\"netZero\": { \(json) }" : "<net-zero>\(xml)</net-zero>"
                return "give \(lot.label) its own \(own)\(self == .xml ? ", before its <evaluation>" : "") (a lot's own net zero terms replace the tender's)"
            }
            // The tender's own `<net-zero>`, even an empty one.
            if tender.netZero.origin != nil { return into(name) }
            if self == .json { return "add \"netZero\": { \(json) } to the tender" }
            let before = tender.lots.first?.isImplicit == false ? "its first <lot>" : "<evaluation>"
            return "add <net-zero>\(xml)</net-zero> to the tender, before \(before)"
        }
    }

    /// How to turn a requirement the tender states as not required into a required one.
    func setRequired(xml: String, json: String, lot: Lot?, notice: String) -> String {
        let inLot = lot.map { $0.isImplicit ? "" : " in \($0.label)" } ?? ""
        switch self {
        case .xml: return "set required=\"true\" on <\(xml)>\(inLot)"
        case .json: return "set \"required\": true in \"\(json)\"\(inLot)"
        case .notice: return notice
        }
    }

    /// The Carbon Reduction Plan element to add, for the policy that asks for it; or, where the tender has one
    /// that is not required (`existing`), how to require it.
    func planHelp(for policy: Policy, full: Bool, lot: Lot?, tender: Tender, existing: Bool = false) -> String {
        let standard = switch policy {
        case .ppn0621, .wppn0621, .walesCarbonReductionPlanGoodPractice: "ppn-06-21"
        case .ppn006, .wppn006: "ppn-006"
        default: "nhs"
        }
        let year = policy.pack == .nhsEngland ? 2045 : 2050
        let scopeList = full ? NetZeroText.allScopes : NetZeroText.ppn0621Scopes
        let xml = "<carbon-reduction-plan required=\"true\" standard=\"\(standard)\" scopes=\"\(DocumentSpelling.xml.scopes(scopeList))\" net-zero-by=\"\(year)\"\(full ? " global=\"true\"" : "")/>"
        let json = "\"carbonReductionPlan\": { \"required\": true, \"standard\": \"\(standard)\", \"scopes\": \(DocumentSpelling.json.scopes(scopeList)), \"netZeroBy\": \(year)\(full ? ", \"global\": true" : "") }"
        let coverage = full ? "all of Scope 1, 2 and 3, global emissions" : "Scope 1, Scope 2 and the five Scope 3 categories of PPN 06/21"
        let notice = "require bidders, as a pass/fail selection criterion, to provide a Carbon Reduction Plan (\(coverage), net zero by \(year) at the latest), and say so in the notice"
        if existing { return setRequired(xml: "carbon-reduction-plan", json: "carbonReductionPlan", lot: lot, notice: notice) }
        return addHelp(xml: xml, json: json, lot: lot, tender: tender, after: [], notice: notice)
    }

    /// A yes/no requirement to add, such as `<net-zero-commitment required="true"/>`.
    func requirementHelp(xml: String, json: String, after: [String], words: String, lot: Lot?, tender: Tender, existing: Bool = false) -> String {
        if existing { return setRequired(xml: xml, json: json, lot: lot, notice: "require \(words) in the selection criteria, and say so in the notice") }
        return addHelp(xml: "<\(xml) required=\"true\"/>", json: "\"\(json)\": { \"required\": true }", lot: lot, tender: tender,
                after: after, notice: "require \(words) in the selection criteria, and say so in the notice")
    }

    /// How to ask for a plan covering `scopes` (NZ003).
    func scopesHelp(_ scopes: [EmissionScope]) -> String {
        switch self {
        case .xml: "ask for scopes=\"\(self.scopes(scopes))\""
        case .json: "ask for \"scopes\": \(self.scopes(scopes))"
        case .notice: "ask in the notice for a plan covering " + Prose.list(scopes.map(\.title))
        }
    }

    /// How to ask for a plan covering global emissions (NZ003).
    var globalEmissionsHelp: String {
        switch self {
        case .xml: "ask for global=\"true\" on <carbon-reduction-plan>"
        case .json: "ask for \"global\": true in \"carbonReductionPlan\""
        case .notice: "ask in the notice for a plan covering global emissions"
        }
    }
}

/// The applicability facts a tender spec states: the buyer's `sector` and `jurisdiction`, the tender's
/// `above-threshold` and `regime`; a region that is a NUTS code or a nation's name; and the stage, which for a
/// tender spec is always the competition it describes.
struct TenderSpecApplicability {
    let diagnostics: TenderSpecDiagnostics

    func applicability(of spec: SpecObject, buyer: Buyer) -> Applicability {
        var signals = ApplicabilitySignals(documentOrigin: Origin(spec.node))
        if let sector = buyer.sector {
            signals.add(.buyerKind([sector.value]), field: "sector", value: sector.value.rawValue, at: sector.origin, strength: .stated)
        }
        if let jurisdiction = buyer.jurisdiction {
            signals.add(.jurisdiction([jurisdiction.value]), field: "jurisdiction", value: jurisdiction.value.rawValue,
                        at: jurisdiction.origin, strength: .stated)
        }
        if let region = buyer.region { signals.addRegion(region, field: "region") }
        if let above = diagnostics.bool(spec.scalar(xml: "above-threshold", json: "aboveThreshold"), what: "above-threshold") {
            signals.add(.threshold(above.value ? .above : .below), field: spec.isXML ? "above-threshold" : "aboveThreshold",
                        value: String(above.value), at: above.origin, strength: .stated)
        }
        if let regime = diagnostics.choice(spec.scalar(xml: "regime", json: "regime"), what: "the regime", as: Regime.self) {
            signals.add(.regime([regime.value]), field: "regime", value: regime.value.rawValue, at: regime.origin, strength: .stated)
        }
        signals.add(.stage(.competition), field: "document", value: "tender spec", at: nil, strength: .stated)
        let (applicability, findings) = signals.resolve()
        diagnostics.append(findings)
        return applicability
    }
}

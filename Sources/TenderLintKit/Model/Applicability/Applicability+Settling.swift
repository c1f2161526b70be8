/// What follows from the facts together, once the buyer is settled (by the document, or by a profile) and the
/// day the procurement commenced is known.
extension Applicability {
    /// The facts with what follows from them:
    /// - there is no devolved government in England;
    /// - the public sector directive's legal basis (CELEX 32014L0024) is the Scottish regulations for a Scottish
    ///   body, the PCR 2015 elsewhere in the UK, and another regime (a foreign law) outside it;
    /// - a regime the document does not state follows from the nation and the commencement date: the Scottish
    ///   regulations for devolved Scottish bodies, else the PCR 2015 before 24 February 2025 and the Procurement
    ///   Act 2023 from then (a Provider Selection Regime process must say so).
    public func settled(commencedOn date: CalendarDate, dateSource: String, dateOrigin: Origin? = nil) -> Applicability {
        var result = self
        if result.jurisdiction.value == .england, result.buyerKind.possible.count > 1 {
            result.buyerKind.possible.remove(.devolvedGovernment)
        }
        let nation = result.jurisdiction.value
        let central = result.buyerKind.isWithin([.centralGovernment])
        let scottish: Bool? = switch (nation, central) {
        case (.scotland?, false?): true
        case (.scotland?, true?): false
        case (.scotland?, nil): nil
        case (nil, true?): false
        case (nil, _): nil
        default: false
        }
        if result.regime.possible == [.pcr2015, .scottishRegulations] {
            // Outside the UK the directive is another country's law.
            if nation == .outsideUK {
                result.regime.possible = [.other]
            } else if let scottish {
                result.regime.possible = [scottish ? .scottishRegulations : .pcr2015]
            }
        }
        guard !result.regime.isKnown, nation != .outsideUK, let scottish else { return result }
        let inferred: Regime = scottish ? .scottishRegulations
            : date < Regime.procurementActCommencement ? .pcr2015 : .procurementAct2023
        guard result.regime.possible.contains(inferred) else { return result }
        // "commenced 2026-04-20, line 10", or "--as-of 2030-01-01" for a what-if date.
        let evidence = ApplicabilityEvidence(field: dateSource == "--as-of" ? "--as-of" : "commenced", value: date.description, origin: dateOrigin)
        result.regime = ApplicabilityFact(possible: [inferred], basis: .inferred, evidence: result.regime.evidence + [evidence],
                                          overruled: result.regime.overruled)
        return result
    }
}

/// The readable tree form of `tenderlint inspect --format text`.
extension TenderInspector {
    public func text(_ tenders: [Tender], path: String) -> String {
        var lines: [String] = ["\(path): \(tenders.count == 1 ? "1 tender" : "\(tenders.count) tenders")"]
        for tender in tenders { lines += tenderLines(tender) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func place(_ origin: Origin?) -> String {
        guard let origin else { return "" }
        return "  (\(origin.location.start))"
    }

    private func line(_ indent: Int, _ label: String, _ value: String, _ origin: Origin?) -> String {
        String(repeating: "  ", count: indent) + label + ": " + value + place(origin)
    }

    private func tenderLines(_ tender: Tender) -> [String] {
        var lines = ["tender \(tender.id?.value ?? "(no id)") [\(tender.format.rawValue)]" + place(tender.origin)]
        if let title = tender.title { lines.append(line(1, "title", title.value, title.origin)) }
        let buyer = [tender.buyer.name?.value, tender.buyer.sector?.value.rawValue, tender.buyer.region?.value].compactMap { $0 }
        if !buyer.isEmpty { lines.append(line(1, "buyer", buyer.joined(separator: " · "), tender.buyer.name?.origin ?? tender.buyer.sector?.origin)) }
        lines += applicabilityLines(tender)
        if let date = tender.plannedPublication { lines.append(line(1, "planned publication", date.value.description, date.origin)) }
        if let date = tender.procurementStart { lines.append(line(1, "procurement start", date.value.description, date.origin)) }
        if let framework = tender.isFramework {
            let evidence = framework.value ? tender.frameworkEvidence.map { " (\($0))" } ?? "" : ""
            lines.append(line(1, "framework", (framework.value ? "yes" : "no") + evidence, framework.origin))
        }
        lines += valueLines(tender.value, duration: tender.duration, indent: 1)
        lines += durationLines(tender.duration, indent: 1)
        for lot in tender.lots { lines += lotLines(lot, in: tender) }
        let social = tender.socialValue
        if !social.themes.isEmpty { lines.append(line(1, "social value themes", social.themes.map(\.value.rawValue).joined(separator: ", "), social.themes.first?.origin)) }
        for measure in social.measures { lines.append(measureLine(measure, indent: 1)) }
        if let exception = social.exception {
            lines.append(line(1, "social value exception", exception.kind.value.rawValue + (exception.justification.map { ": \($0.value)" } ?? " (no justification)"), exception.origin))
        }
        for recognition in social.recognitions {
            lines.append(line(1, "social value recognised", "\(recognition.description) (\(recognition.strength.rawValue))", recognition.origin))
        }
        lines += netZeroLines(tender.netZero, indent: 1)
        return lines
    }

    private func valueLines(_ value: ContractValue?, duration: ContractDuration?, indent: Int) -> [String] {
        guard let value else { return [] }
        var description = "\(MoneyFormat.format(value.amount.value, currency: value.currency.value)) \(value.basis.value == .total ? "in total" : "a year")"
        if let vat = value.includesVAT { description += vat.value ? ", VAT included" : ", VAT excluded" }
        var lines = [line(indent, "value", description, value.amount.origin)]
        if let gross = value.grossAmount { lines.append(line(indent, "value with VAT", MoneyFormat.format(gross.value, currency: value.currency.value), gross.origin)) }
        if let perAnnum = value.perAnnum(over: duration), let explanation = perAnnum.explanation {
            lines.append(line(indent, "value per annum", explanation, nil))
            for note in perAnnum.notes { lines.append(line(indent + 1, "note", note, nil)) }
        }
        return lines
    }

    /// The length as the value per annum uses it ("1,096 days (1 April 2025 to 31 March 2028)"), and any renewal
    /// or options.
    private func durationLines(_ duration: ContractDuration?, indent: Int) -> [String] {
        guard let duration else { return [] }
        var lines: [String] = []
        if let length = duration.length {
            let years = length.isYearOrLess ? ", a year or less" : ""
            lines.append(line(indent, "duration", length.words + years, duration.stated?.origin ?? duration.start?.origin))
        }
        for extension_ in duration.extensions {
            lines.append(line(indent, extension_.kind == .renewal ? "renewal" : "options", extension_.description?.value ?? "yes",
                              extension_.description?.origin ?? extension_.origin))
        }
        return lines
    }

    private func lotLines(_ lot: Lot, in tender: Tender) -> [String] {
        let title = lot.title.map { " — \($0.value)" } ?? ""
        let gathers = lot.kind == .group ? " (gathers \(lot.groupedLots.isEmpty ? "lots not listed" : Prose.list(lot.groupedLots.map(\.value))))" : ""
        var lines = ["  " + (lot.isImplicit ? "the tender's single lot" : lot.label) + title + gathers + place(lot.origin)]
        lines += valueLines(lot.value, duration: lot.duration ?? tender.duration, indent: 2)
        lines += durationLines(lot.duration, indent: 2)
        if !lot.reservedFor.isEmpty { lines.append(line(2, "reserved for", lot.reservedFor.map(\.value.rawValue).joined(separator: ", "), lot.reservedFor.first?.origin)) }
        if let netZero = lot.netZero { lines += netZeroLines(netZero, indent: 2) }
        if let methodology = lot.evaluation.methodology { lines.append(line(2, "methodology", methodology.value.rawValue, methodology.origin)) }
        let share = lot.evaluation.share(of: [.socialValue, .netZero]).map { "\($0) of the total" } ?? "cannot be worked out from the weights"
        lines.append(line(2, "social value and net zero", share, nil))
        for criterion in lot.evaluation.criteria { lines += criterionLines(criterion, indent: 2) }
        return lines
    }

    private func criterionLines(_ criterion: Criterion, indent: Int) -> [String] {
        let weight = criterion.weight.map { $0.value.description } ?? "no weight"
        let share = criterion.effectiveShare.map { " → \($0) of the total" } ?? ""
        var text = "[\(criterion.kind.value.rawValue)] \(weight)\(share)"
        if let recognition = criterion.kindRecognition { text += " (\(criterion.kind.value.rawValue) because \(recognition))" }
        if let published = criterion.publishedType, published.value.lowercased() != criterion.kind.value.rawValue {
            text += " (published as type '\(published.value)')"
        }
        var lines = [line(indent, "criterion \(criterion.label)", text, criterion.origin)]
        for measure in criterion.measures { lines.append(measureLine(measure, indent: indent + 1)) }
        for child in criterion.children { lines += criterionLines(child, indent: indent + 1) }
        return lines
    }

    private func measureLine(_ measure: MeasureReference, indent: Int) -> String {
        var text = "\(measure.framework.value) \(measure.code.value)"
        if let target = measure.target { text += ", target \(target.value)" }
        if let unit = measure.unit { text += " \(unit.value)" }
        return line(indent, "measure", text, measure.origin)
    }

    private func netZeroLines(_ terms: NetZeroTerms, indent: Int) -> [String] {
        var lines: [String] = []
        if let plan = terms.carbonReductionPlan {
            var text = plan.required.value ? "required" : "not required"
            if let standard = plan.standard { text += ", \(standard.value.rawValue)" }
            if !plan.scopes.isEmpty { text += ", scopes " + plan.scopes.map(\.value.rawValue).joined(separator: " ") }
            if let year = plan.netZeroBy { text += ", net zero by \(year.value)" }
            if let recognition = plan.recognition { text += " (because \(recognition))" }
            lines.append(line(indent, "carbon reduction plan", text, plan.origin ?? plan.required.origin))
        }
        let requirements: [(String, Requirement?)] = [
            ("net zero commitment", terms.netZeroCommitment), ("evergreen assessment", terms.evergreenAssessment),
            ("public reporting", terms.publicReporting), ("product carbon footprints", terms.productCarbonFootprints),
        ]
        for (label, requirement) in requirements {
            guard let requirement else { continue }
            let because = requirement.recognition.map { " (because \($0))" } ?? ""
            lines.append(line(indent, label, (requirement.required.value ? "required" : "not required") + because, requirement.required.origin))
        }
        for recognition in terms.recognitions {
            lines.append(line(indent, "net zero recognised", "\(recognition.description) (\(recognition.strength.rawValue))", recognition.origin))
        }
        return lines
    }
}

import Foundation

/// Reads lots, values, durations, evaluations, criteria, weights and measures of a tender spec.
struct TenderSpecEvaluationReading {
    let diagnostics: TenderSpecDiagnostics

    func value(_ spec: SpecObject) -> ContractValue? {
        diagnostics.checkFields(of: spec, allowed: .value, what: "<value>")
        let amountNode = spec.scalar(xml: "amount", json: "amount")
        let currencyNode = spec.scalar(xml: "currency", json: "currency")
        if amountNode == nil { diagnostics.missing("amount", in: spec, what: "the value", help: "give the amount in figures, such as amount=\"31000000\"") }
        if currencyNode == nil { diagnostics.missing("currency", in: spec, what: "the value", help: "give the currency as an ISO 4217 code, such as currency=\"GBP\"") }
        // Both are read before giving up, so one run reports a bad amount and a bad currency together.
        let amount = diagnostics.decimal(amountNode, what: "the amount", example: "31000000")
        let currency = diagnostics.currency(currencyNode)
        guard let amount, let currency else { return nil }
        if amount.value < 0, let amountNode { diagnostics.invalid(amountNode, "the amount cannot be negative") }
        let vat = spec.scalar(xml: "vat", json: "vat").flatMap { node -> Located<Bool>? in
            switch TenderSpecDiagnostics.text(of: node) {
            case "included": return Located(true, at: TenderSpecDiagnostics.valueOrigin(node))
            case "excluded": return Located(false, at: TenderSpecDiagnostics.valueOrigin(node))
            default:
                diagnostics.invalid(node, "vat '\(TenderSpecDiagnostics.text(of: node) ?? "")' should be included or excluded")
                return nil
            }
        }
        let basisNode = spec.scalar(xml: "basis", json: "basis")
        let basis = diagnostics.choice(basisNode, what: "the basis", as: ValueBasis.self)
            ?? Located(.total, at: nil)
        return ContractValue(amount: amount, currency: currency, includesVAT: vat, basis: basis)
    }

    func duration(_ spec: SpecObject) -> ContractDuration {
        diagnostics.checkFields(of: spec, allowed: .duration, what: "<duration>")
        let months = diagnostics.decimal(spec.scalar(xml: "months", json: "months"), what: "the duration in months", example: "60")
        if let months, let problem = StatedLength(months.value, .month).problem, let node = spec.scalar(xml: "months", json: "months") {
            diagnostics.invalid(node, "the duration \(problem)")
        }
        let start = diagnostics.date(spec.scalar(xml: "start", json: "start"), what: "the start date")
        let end = diagnostics.date(spec.scalar(xml: "end", json: "end"), what: "the end date")
        if let monthsNode = spec.scalar(xml: "months", json: "months"), start != nil || end != nil {
            diagnostics.invalid(monthsNode, "the duration gives both months and dates; give one or the other",
                                help: "keep months, or the start and end dates")
        }
        if (start == nil) != (end == nil), let node = spec.scalar(xml: "start", json: "start") ?? spec.scalar(xml: "end", json: "end") {
            diagnostics.invalid(node, "the duration needs both a start and an end date", help: "add the missing date, or give months instead")
        }
        if let start, let end, end.value < start.value, let node = spec.scalar(xml: "end", json: "end") {
            diagnostics.invalid(node, "the contract ends (\(end.value)) before it starts (\(start.value))")
        }
        return ContractDuration(statedMonths: months, start: start, end: end)
    }

    func lot(_ spec: SpecObject) -> Lot {
        diagnostics.checkFields(
            of: spec,
            allowed: .lot,
            what: "a lot"
        )
        let id = diagnostics.string(spec.scalar(xml: "id", json: "id"), what: "the lot id")
        if spec.scalar(xml: "id", json: "id") == nil {
            diagnostics.missing("id", in: spec, what: "this lot", help: "number the lot as the notice does, such as id=\"2\"")
        }
        let evaluation = spec.object(xml: "evaluation", json: "evaluation")
        if evaluation == nil {
            diagnostics.missing("evaluation", in: spec, what: "this lot", help: "add the lot's <evaluation> with its criteria")
        }
        let reserved = diagnostics.words(spec.scalar(xml: "reserved-for", json: "reservedFor"), what: "a reservation").compactMap { word -> Located<LotReservation>? in
            if let reservation = LotReservation(rawValue: word.value) { return Located(reservation, at: word.origin) }
            if let origin = word.origin { diagnostics.invalid(origin.node, "'\(word.value)' is not a reservation; write sme, vcse or both") }
            return nil
        }
        return Lot(
            id: id,
            title: diagnostics.string(spec.text(xml: "title", json: "title"), what: "the lot title"),
            value: spec.object(xml: "value", json: "value").flatMap(value),
            duration: spec.object(xml: "duration", json: "duration").map(duration),
            reservedFor: reserved,
            netZero: spec.object(xml: "net-zero", json: "netZero").map { TenderSpecReading(diagnostics: diagnostics).netZero($0) },
            evaluation: evaluation.map(self.evaluation) ?? Evaluation(criteria: []),
            origin: Origin(spec.node)
        )
    }

    func evaluation(_ spec: SpecObject) -> Evaluation {
        diagnostics.checkFields(of: spec, allowed: .evaluation, what: "<evaluation>")
        return Evaluation(
            methodology: diagnostics.choice(spec.scalar(xml: "methodology", json: "methodology"), what: "the methodology", as: Methodology.self),
            criteria: spec.list(xml: "criterion", json: "criteria").map { criterion(SpecObject(node: $0)) },
            failureDisqualifies: diagnostics.bool(spec.scalar(xml: "failure-disqualifies", json: "failureDisqualifies"), what: "failure-disqualifies"),
            origin: Origin(spec.node)
        )
    }


    func criterion(_ spec: SpecObject) -> Criterion {
        diagnostics.checkFields(of: spec, allowed: .criterion, what: "a criterion")
        if spec.scalar(xml: "id", json: "id") == nil {
            diagnostics.missing("id", in: spec, what: "this criterion", help: "name the criterion, such as id=\"social-value\", so findings can refer to it")
        }
        let kindNode = spec.scalar(xml: "kind", json: "kind")
        if kindNode == nil {
            diagnostics.missing("kind", in: spec, what: "this criterion",
                                help: "say what it assesses: kind=\"price\", \"cost\", \"quality\", \"social-value\", \"net-zero\" or \"other\"")
        }
        let kind = diagnostics.choice(kindNode, what: "the kind", as: CriterionKind.self) ?? Located(.other, at: nil)
        return Criterion(
            id: diagnostics.string(spec.scalar(xml: "id", json: "id"), what: "the criterion id"),
            name: diagnostics.string(spec.scalar(xml: "name", json: "name"), what: "the criterion name"),
            description: diagnostics.string(spec.text(xml: "description", json: "description"), what: "the description"),
            kind: kind,
            weight: weight(of: spec),
            children: spec.list(xml: "criterion", json: "criteria").map { criterion(SpecObject(node: $0)) },
            measures: spec.list(xml: "measure", json: "measures").compactMap { measure(SpecObject(node: $0)) },
            origin: Origin(spec.node)
        )
    }

    func measure(_ spec: SpecObject) -> MeasureReference? {
        diagnostics.checkFields(of: spec, allowed: .measure, what: "a measure")
        let framework = diagnostics.string(spec.scalar(xml: "framework", json: "framework"), what: "the framework")
        let code = diagnostics.string(spec.scalar(xml: "code", json: "code"), what: "the measure code")
        if spec.scalar(xml: "framework", json: "framework") == nil {
            diagnostics.missing("framework", in: spec, what: "this measure", help: "name the TOMs framework the code belongs to, such as framework=\"nhs-london-toms\"")
        }
        if spec.scalar(xml: "code", json: "code") == nil {
            diagnostics.missing("code", in: spec, what: "this measure", help: "give the measure's code as the framework writes it")
        }
        guard let framework, let code else { return nil }
        return MeasureReference(
            framework: framework, code: code,
            target: diagnostics.string(spec.scalar(xml: "target", json: "target"), what: "the target"),
            unit: diagnostics.string(spec.scalar(xml: "unit", json: "unit"), what: "the unit"),
            origin: Origin(spec.node)
        )
    }

    // MARK: Weights

    /// One of weight (percent or fraction), points, order or formula; more than one is an error.
    private func weight(of spec: SpecObject) -> Located<Weight>? {
        let forms: [(name: String, node: Node)] = [
            ("weight", spec.scalar(xml: "weight", json: "weight")), ("points", spec.scalar(xml: "points", json: "points")),
            ("order", spec.scalar(xml: "order", json: "order")), ("formula", spec.scalar(xml: "formula", json: "formula")),
        ].compactMap { name, node in node.map { (name, $0) } }
        let unitNode = spec.scalar(xml: "weight-unit", json: "weightUnit")
        if let unitNode, spec.scalar(xml: "weight", json: "weight") == nil {
            diagnostics.invalid(unitNode, "a weight unit is given but there is no weight", help: "add the weight, or remove the unit")
        }
        guard let (form, node) = forms.first else { return nil }
        for (other, extra) in forms.dropFirst() {
            diagnostics.invalid(extra, "this criterion has both \(form) and \(other); a criterion is weighted one way only",
                                help: "keep one of weight, points, order or formula")
        }
        let origin = TenderSpecDiagnostics.valueOrigin(node)
        let text = TenderSpecDiagnostics.text(of: node) ?? ""
        switch form {
        case "order":
            return diagnostics.integer(node, what: "the order of importance", example: "1", range: 1...1000).map { Located(.order($0.value), at: origin) }
        case "formula":
            return diagnostics.string(node, what: "the formula").map { Located(.formula($0.value), at: origin) }
        case "points":
            guard let (low, high) = numbers(in: text, node: node, what: "points", example: "40 or 10-20") else { return nil }
            return Located(low == high ? .points(low) : .pointsRange(minimum: low, maximum: high), at: origin)
        default:
            let unit = unitNode.flatMap { TenderSpecDiagnostics.text(of: $0) } ?? "percent"
            guard unit == "percent" || unit == "fraction" else {
                if let unitNode { diagnostics.invalid(unitNode, "the weight unit '\(unit)' should be percent or fraction") }
                return nil
            }
            var number = text.trimmingWhitespace
            if number.hasSuffix("%") {
                number = String(number.dropLast()).trimmingWhitespace
                if unit == "fraction" {
                    diagnostics.invalid(node, "the weight '\(text)' is a percentage but the weight unit is fraction")
                    return nil
                }
            }
            let example = unit == "fraction" ? "0.4 or 0.1-0.2" : "40, 33.3 or 10-20"
            guard let (low, high) = numbers(in: number, node: node, what: "the weight", example: example) else { return nil }
            let limit: Decimal = unit == "fraction" ? 1 : 100
            // Compared in fixed point where the weight fits: `Decimal`'s comparison normalises both sides.
            let isOver = if let exact = FixedDecimal(high), let bound = FixedDecimal(unit == "fraction" ? 1 : 100) { exact > bound } else { high > limit }
            if isOver {
                diagnostics.invalid(node, "the weight '\(text)' is more than \(limit == 1 ? "1 (the whole)" : "100%")",
                                    help: unit == "fraction" ? "fractions run from 0 to 1" : "write the weight as a percentage of its parent, from 0 to 100")
                return nil
            }
            if unit == "fraction" {
                return Located(low == high ? .fraction(low) : .fractionRange(minimum: low, maximum: high), at: origin)
            }
            return Located(low == high ? .percentage(low) : .percentageRange(minimum: low, maximum: high), at: origin)
        }
    }

    /// A number or a range `min-max` (an en dash works too). Negative numbers are refused.
    private func numbers(in text: String, node: Node, what: String, example: String) -> (Decimal, Decimal)? {
        // Built only for a finding: most weights are plain numbers.
        var quoted: String { "\(what) '\(Prose.shortened(text, limit: 40))'" }
        switch DecimalText.read(text.trimmingWhitespace) {
        case .value(let value) where value.sign == .minus && !value.isZero:
            diagnostics.invalid(node, "\(quoted) is negative", help: "write a number from 0 upwards, such as \(example)")
            return nil
        case .value(let value):
            return (value, value)
        case .tooLarge:
            diagnostics.invalid(node, "\(quoted) is far too large", help: "write a number such as \(example)")
            return nil
        case .tooSmall:
            diagnostics.invalid(node, "\(quoted) is too small to hold exactly", help: "write 0, or a number such as \(example)")
            return nil
        case .notANumber:
            break
        }
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "–" })
            .map { String($0).trimmingWhitespace }
        let values = parts.map { DecimalText.parse($0, exponent: false) }
        if parts.count == 2, let low = values[0], let high = values[1] { return (low, high) }

        let hint = text.isEmpty ? "\(what) is empty" : "\(quoted) is not a number"
        diagnostics.invalid(node, hint, help: "write a number such as \(example)")
        return nil
    }
}

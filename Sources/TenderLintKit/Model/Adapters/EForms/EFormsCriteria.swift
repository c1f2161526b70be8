import Foundation

/// Award criteria: `cac:TenderingTerms/cac:AwardingTerms/cac:AwardingCriterion/cac:SubordinateAwardingCriterion`.
extension EFormsReader {
    /// A lot's evaluation: its criteria in document order, weighted from the eForms extension.
    ///
    /// The awarding criterion's own texts, BT-733 order justification (`cbc:Description`) and BT-543 weighting
    /// description (`cbc:CalculationExpression`), have no field in the model: they are searched for social value
    /// and net zero wording, and a weighting description naming price per quality point sets the methodology.
    mutating func evaluation(of lot: Node, signals: inout EFormsSignals) -> Evaluation {
        let awarding = EFormsPath.all(lot, .cac("TenderingTerms"), .cac("AwardingTerms"), .cac("AwardingCriterion"))
        var criteria: [Criterion] = []
        var weightingDescription: Located<String>?
        for element in awarding {
            let subordinates = EFormsPath.all(element, .cac("SubordinateAwardingCriterion"))
            var elements = subordinates
            if subordinates.isEmpty, EFormsPath.first(element, .cbc("AwardingCriterionTypeCode")) != nil {
                // Not how eForms is meant to be written, but a criterion is a criterion.
                elements = [element]
            }
            for criterionElement in elements {
                let read = criterion(criterionElement)
                // A criterion that asks for a Carbon Reduction Plan says the tender requires one.
                recognise(read.name, field: "award criterion name", into: &signals, general: false)
                recognise(read.description, field: "award criterion description", into: &signals, general: false)
                criteria.append(read)
            }
            let justification = text(EFormsPath.first(element, .cbc("Description")))
            let weighting = text(EFormsPath.first(element, .cbc("CalculationExpression")))
            recognise(justification, field: "award criteria order justification", into: &signals)
            recognise(weighting, field: "weighting description", into: &signals)
            weightingDescription = weightingDescription ?? weighting
        }
        return Evaluation(
            methodology: methodology(of: criteria, weightingDescription: weightingDescription),
            criteria: criteria,
            origin: awarding.first.map { Origin($0) }
        )
    }

    /// Price per quality point where the weighting description says so; order of importance where every weight
    /// is a rank; weighted where any weight is a percentage, fraction or points; otherwise unknown.
    private func methodology(of criteria: [Criterion], weightingDescription: Located<String>?) -> Located<Methodology>? {
        if let weightingDescription, weightingDescription.value.lowercased().contains("per quality point") {
            return Located(.pricePerQualityPoint, at: weightingDescription.origin)
        }
        let weights = criteria.compactMap(\.weight)
        guard let first = weights.first else { return nil }
        if weights.allSatisfy({ $0.value.unit == .order }) {
            return Located(.orderOfImportance, at: first.origin)
        }
        guard let scored = weights.first(where: { $0.value.unit != .order }) else { return nil }
        return Located(.weighted, at: scored.origin)
    }

    /// One criterion. Its kind comes from BT-539 (price, cost, quality); a quality (or unknown) criterion whose
    /// name or description speaks of social value or net zero becomes one, with the recognition recorded.
    mutating func criterion(_ element: Node) -> Criterion {
        let name = text(EFormsPath.first(element, .cbc("Name")))
        let description = text(EFormsPath.first(element, .cbc("Description")))
        var kind = criterionKind(of: element)
        var recognition: Recognition?
        if let found = vocabulary.criterionKind(name: name, description: description, published: kind.value) {
            kind = Located(found.kind, at: found.recognition.origin)
            recognition = found.recognition
        }
        var criterion = Criterion(
            name: name, description: description, kind: kind, kindRecognition: recognition,
            weight: weight(of: element), origin: Origin(element)
        )
        criterion.publishedType = text(EFormsPath.first(element, .cbc("AwardingCriterionTypeCode")))
        return criterion
    }

    private mutating func criterionKind(of element: Node) -> Located<CriterionKind> {
        guard let codeElement = EFormsPath.first(element, .cbc("AwardingCriterionTypeCode")), let code = text(codeElement) else {
            return Located(.other, at: Origin(element))
        }
        if let kind = EFormsCodes.criterionKinds[code.value] { return Located(kind, at: code.origin) }
        invalid(
            "'\(code.value)' is not an eForms award criterion type", at: code.origin ?? Origin(codeElement), element: codeElement,
            help: ["use price, cost or quality"]
        )
        return Located(.other, at: code.origin)
    }

    /// BT-5421 / BT-541: the first `efac:AwardCriterionParameter` of the `number-weight` list in the criterion's
    /// extension. `number-fixed` and `number-threshold` parameters are not weights and are passed over.
    mutating func weight(of criterion: Node) -> Located<Weight>? {
        let parameters = EFormsPath.extensions(of: criterion).flatMap { EFormsPath.all($0, .efac("AwardCriterionParameter")) }
        for parameter in parameters {
            guard let code = EFormsPath.first(parameter, .efbc("ParameterCode")),
                  code.attribute("listName")?.value == EFormsCodes.numberWeightList else { continue }
            return weight(code: code, number: EFormsPath.first(parameter, .efbc("ParameterNumeric")), parameter: parameter)
        }
        return nil
    }

    private mutating func weight(code codeElement: Node, number numberElement: Node?, parameter: Node) -> Located<Weight>? {
        guard let code = text(codeElement) else {
            invalid(
                "the weight's number-weight code is empty", at: Origin(codeElement), element: codeElement,
                help: ["use one of \(EFormsCodes.NumberWeight.list)"]
            )
            return nil
        }
        let codeOrigin = code.origin ?? Origin(codeElement)
        guard let unit = EFormsCodes.NumberWeight(rawValue: code.value) else {
            invalid(
                "'\(code.value)' is not an eForms number-weight code, so the weight cannot be read", at: codeOrigin, element: codeElement,
                help: ["use one of \(EFormsCodes.NumberWeight.list)"]
            )
            return nil
        }
        guard let numberElement else {
            invalid(
                "the weight is coded '\(code.value)' but has no number", at: codeOrigin, element: parameter,
                help: ["give the weight in an efbc:ParameterNumeric beside the efbc:ParameterCode"]
            )
            return nil
        }
        guard let number = decimal(numberElement, what: "the weight", help: "write the weight as a plain number, such as 40 or 12.5") else {
            return nil
        }
        let numberOrigin = number.origin ?? Origin(numberElement)
        guard number.value >= 0 else {
            invalid("a weight cannot be negative: '\(MoneyFormat.plain(number.value))'", at: numberOrigin, element: numberElement)
            return nil
        }
        guard let weight = unit.weight(number.value) else {
            invalid(
                "an order of importance must be a whole number from 1 up, not '\(MoneyFormat.plain(number.value))'",
                at: numberOrigin, element: numberElement, help: ["rank the criteria 1, 2, 3…, 1 being the most important"]
            )
            return nil
        }
        return Located(weight, at: number.origin)
    }
}

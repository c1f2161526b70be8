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
        var weightingDescriptions: [Located<String>] = []
        for element in awarding {
            let subordinates = EFormsPath.all(element, .cac("SubordinateAwardingCriterion"))
            var ownsCriterion = false
            if let field = misplacedCriterionField(in: element) {
                ownsCriterion = subordinates.isEmpty
                reportMisplacedCriterion(at: field, in: element, isRead: ownsCriterion)
            }
            if ownsCriterion {
                // Written without a subordinate criterion, its description is the criterion's, not a justification.
                criteria.append(criterion(element, signals: &signals))
            } else {
                for version in texts(EFormsPath.all(element, .cbc("Description"))).versions {
                    recognise(version, field: "award criteria order justification", into: &signals)
                }
            }
            for criterionElement in subordinates {
                criteria.append(criterion(criterionElement, signals: &signals))
            }
            for version in texts(EFormsPath.all(element, .cbc("CalculationExpression"))).versions {
                recognise(version, field: "weighting description", into: &signals)
                weightingDescriptions.append(version)
            }
        }
        return Evaluation(
            methodology: methodology(of: criteria, weightingDescriptions: weightingDescriptions),
            criteria: criteria,
            origin: awarding.first.map { Origin($0) }
        )
    }

    /// A field of a criterion written directly on a `cac:AwardingCriterion`, which has none: its BT-539 type, else
    /// its BT-734 name, else its BT-5421 weight, the one that best says a criterion is there. They belong in a
    /// `cac:SubordinateAwardingCriterion`.
    private func misplacedCriterionField(in element: Node) -> Node? {
        EFormsPath.first(element, .cbc("AwardingCriterionTypeCode")) ?? EFormsPath.first(element, .cbc("Name"))
            ?? numberWeightParameter(of: element)?.parameter
    }

    /// Fields of a criterion on the awarding criterion itself are read as one criterion when it has no subordinate
    /// criteria, and passed over beside them (reading both would count weights twice); either way, a warning.
    private mutating func reportMisplacedCriterion(at field: Node, in element: Node, isRead: Bool) {
        if isRead {
            invalid(
                "this award criterion is written directly on cac:AwardingCriterion: it is read, but its type, name, description and weight belong in a cac:SubordinateAwardingCriterion inside it",
                at: Origin(field), element: element, severity: .warning,
                help: ["wrap them in <cac:SubordinateAwardingCriterion>, where eForms reads BT-539, BT-734, BT-540 and BT-541"]
            )
        } else {
            invalid(
                "a criterion's type, name or weight written directly on cac:AwardingCriterion, beside its cac:SubordinateAwardingCriterion elements, is not read",
                at: Origin(field), element: element, severity: .warning,
                help: ["move it into a <cac:SubordinateAwardingCriterion> of its own, or remove it"]
            )
        }
    }

    /// Price per quality point where the weighting description says so; order of importance where every weight
    /// is a rank; weighted where any weight is a percentage, fraction or points; otherwise unknown.
    private func methodology(of criteria: [Criterion], weightingDescriptions: [Located<String>]) -> Located<Methodology>? {
        if let perPoint = weightingDescriptions.first(where: { $0.value.lowercased().contains("per quality point") }) {
            return Located(.pricePerQualityPoint, at: perPoint.origin)
        }
        let weights = criteria.compactMap(\.weight)
        guard let first = weights.first else { return nil }
        if weights.allSatisfy({ $0.value.unit == .order }) {
            return Located(.orderOfImportance, at: first.origin)
        }
        guard let scored = weights.first(where: { $0.value.unit != .order }) else { return nil }
        return Located(.weighted, at: scored.origin)
    }

    /// One criterion, from a `cac:SubordinateAwardingCriterion` (or an awarding criterion written without one). Its
    /// kind comes from BT-539 (price, cost, quality); one whose name or description, in any language, speaks of
    /// social value or net zero becomes one, with the recognition recorded (see `Vocabulary.criterionKind`). The
    /// model keeps the name and description in the notice language.
    mutating func criterion(_ element: Node, signals: inout EFormsSignals) -> Criterion {
        let names = texts(EFormsPath.all(element, .cbc("Name")))
        let descriptions = texts(EFormsPath.all(element, .cbc("Description")))
        if let name = names.kept { checkLength(of: name, element: element) }
        var kind = criterionKind(of: element)
        var recognition: Recognition?
        if let found = recognisedKind(names: names, descriptions: descriptions, published: kind.value) {
            kind = Located(found.kind, at: found.recognition.origin)
            recognition = found.recognition
        }
        // A criterion that asks for a Carbon Reduction Plan says the tender requires one, in whichever language.
        for name in names.versions { recognise(name, field: "award criterion name", into: &signals, general: false) }
        for description in descriptions.versions {
            recognise(description, field: "award criterion description", into: &signals, general: false)
        }
        var criterion = Criterion(
            name: names.kept, description: descriptions.kept, kind: kind, kindRecognition: recognition,
            weight: weight(of: element), origin: Origin(element)
        )
        criterion.publishedType = text(EFormsPath.first(element, .cbc("AwardingCriterionTypeCode")))
        return criterion
    }

    /// The kind the criterion's words give it: every language version of its name first (the kept one first),
    /// then of its description; each searched as `Vocabulary.criterionKind` would search one.
    private func recognisedKind(names: EFormsText, descriptions: EFormsText,
                                published: CriterionKind) -> (kind: CriterionKind, recognition: Recognition)? {
        for name in names.versions {
            if let found = vocabulary.criterionKind(name: name, description: nil, published: published) { return found }
        }
        for description in descriptions.versions {
            if let found = vocabulary.criterionKind(name: nil, description: description, published: published) { return found }
        }
        return nil
    }

    /// A name says in a few words what is scored; one far longer is likely a description in the wrong field.
    private mutating func checkLength(of name: Located<String>, element: Node) {
        let length = name.value.count
        guard length > Self.longestPlausibleName else { return }
        invalid(
            "this award criterion's name is \(length) characters long, so it may be a description: it is read in full",
            at: name.origin ?? Origin(element), element: element, severity: .warning,
            help: ["keep the name short (BT-734) and put the explanation in cbc:Description (BT-540)"]
        )
    }

    static let longestPlausibleName = 300

    private mutating func criterionKind(of element: Node) -> Located<CriterionKind> {
        let missing = "read as 'other' unless its name says what it is"
        let help = #"give its type, such as <cbc:AwardingCriterionTypeCode listName="award-criterion-type">quality</cbc:AwardingCriterionTypeCode> (price, cost or quality)"#
        guard let codeElement = EFormsPath.first(element, .cbc("AwardingCriterionTypeCode")) else {
            invalid("this award criterion has no type (BT-539), so it is \(missing)", at: Origin(element), element: element,
                    severity: .warning, help: [help])
            return Located(.other, at: Origin(element))
        }
        guard let code = text(codeElement) else {
            invalid("this award criterion's type (BT-539) is empty, so it is \(missing)", at: Origin(codeElement), element: codeElement,
                    severity: .warning, help: [help])
            return Located(.other, at: Origin(codeElement))
        }
        if let kind = EFormsCodes.criterionKinds[code.value] { return Located(kind, at: code.origin) }
        invalid(
            "'\(Prose.shortened(code.value))' is not an eForms award criterion type", at: code.origin ?? Origin(codeElement), element: codeElement,
            help: ["use price, cost or quality"]
        )
        return Located(.other, at: code.origin)
    }

    /// BT-5421 / BT-541: the first `efac:AwardCriterionParameter` of the `number-weight` list in the criterion's
    /// extension. `number-fixed` and `number-threshold` parameters are not weights and are passed over.
    mutating func weight(of criterion: Node) -> Located<Weight>? {
        guard let (code, parameter) = numberWeightParameter(of: criterion) else { return nil }
        return weight(code: code, number: EFormsPath.first(parameter, .efbc("ParameterNumeric")), parameter: parameter)
    }

    /// The first `efac:AwardCriterionParameter` of the `number-weight` list, and its code.
    private func numberWeightParameter(of criterion: Node) -> (code: Node, parameter: Node)? {
        let parameters = EFormsPath.extensions(of: criterion).flatMap { EFormsPath.all($0, .efac("AwardCriterionParameter")) }
        for parameter in parameters {
            guard let code = EFormsPath.first(parameter, .efbc("ParameterCode")),
                  code.attribute("listName")?.value == EFormsCodes.numberWeightList else { continue }
            return (code, parameter)
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

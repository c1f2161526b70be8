import Foundation

/// Reads OCDS award criteria (`awardCriteria.criteria[]`, award criteria breakdown extension) into criteria.
///
/// The kind comes from `type` (price, cost, quality); a quality or untyped criterion whose name or
/// description names social value or net zero becomes one, with the recognition kept for messages.
/// The weight comes from `numbers[]` where a number has a `weight` code, else from text in the
/// description or name (`OCDSWeightText`), with bare numbers decided against the sibling criteria: beside a
/// price or cost criterion they are percentages, as the publishers that fill the TED weighting field write them.
struct OCDSCriteriaReader {
    let vocabulary: Vocabulary
    let issues: OCDSIssues

    /// What one criterion node gives before its siblings are known.
    private struct Pending {
        var criterion: Criterion
        var textWeight: (reading: OCDSWeightText.Reading, origin: Origin)?
    }

    /// The criteria of one evaluation; the nodes are siblings, so bare numbers are read together.
    func criteria(_ nodes: [Node]) -> [Criterion] {
        var pending: [Pending] = []
        for (position, node) in nodes.enumerated() {
            guard node.kind == .object else {
                issues.invalidValue(
                    "award criterion \(position + 1) is \(OCDSIssues.written(node)), not an object",
                    at: node, label: "not a criterion",
                    help: ["write each criterion as an object with \"type\", \"name\", \"description\" and \"numbers\""]
                )
                continue
            }
            pending.append(read(node, position: position))
        }
        let known = pending.compactMap { $0.criterion.weight?.value }
        // Published types, not recognised kinds: a "Social Value" criterion typed cost is still priced like one.
        let besidePrice = pending.contains { $0.criterion.isPublishedAsPrice }
        let weights = OCDSWeightText.resolve(pending.map { $0.textWeight?.reading }, alongside: known, besidePrice: besidePrice)
        return zip(pending, weights).map { item, weight in
            var criterion = item.criterion
            if let weight, let origin = item.textWeight?.origin { criterion.weight = Located(weight, at: origin) }
            return criterion
        }
    }

    private func read(_ node: Node, position: Int) -> Pending {
        let name = node.ocdsText("name")
        let description = node.ocdsText("description")
        var criterion = Criterion(name: name, description: description, kind: kind(of: node), origin: Origin(node))
        if let type = node[key: "type"], type.kind == .string, let code = type.value {
            criterion.publishedType = Located(code, at: Origin(type))
        }
        if let (kind, recognition) = vocabulary.criterionKind(name: name, description: description, published: criterion.kind.value) {
            criterion.kind = Located(kind, at: recognition.origin)
            criterion.kindRecognition = recognition
        }
        let label = name.map { "'\($0.value)'" } ?? "\(position + 1) (\(criterion.kind.value.rawValue))"
        if let numbers = node[key: "numbers"], numbers.kind != .null {
            switch weight(in: numbers, criterion: label) {
            case .found(let weight):
                criterion.weight = weight
                return Pending(criterion: criterion)
            case .unreadable: return Pending(criterion: criterion)
            case .none: break
            }
        }
        return Pending(criterion: criterion, textWeight: textWeight(node, criterion: label))
    }

    /// `type`, case aside; the codelist is open, so another type is `.other` without a finding.
    private func kind(of node: Node) -> Located<CriterionKind> {
        guard let type = node[key: "type"], type.kind == .string, let code = type.value else {
            return Located(.other, at: Origin(node))
        }
        let kind: CriterionKind = switch code.lowercased() {
        case "price": .price
        case "cost": .cost
        case "quality": .quality
        default: .other
        }
        return Located(kind, at: Origin(type))
    }

    /// A weight written as text: the description first, then the name ("Price 70%").
    /// A description that begins like a weight but cannot be read ("95%%", "40 (forty)") is reported, never guessed.
    private func textWeight(_ node: Node, criterion: String) -> (reading: OCDSWeightText.Reading, origin: Origin)? {
        for key in ["description", "name"] {
            guard let text = node[key: key], text.kind == .string, let value = text.value else { continue }
            guard let reading = OCDSWeightText.read(value) else {
                if key == "description", OCDSWeightText.looksLikeWeight(value) {
                    issues.invalidValue(
                        "the description of award criterion \(criterion), \(OCDSIssues.quoted(String(value.prefix(60)))), looks like a weight but cannot be read, so the criterion has no weight",
                        at: text, severity: .warning, label: "not a weight tenderlint can read",
                        help: ["write the weight as a number with at most a unit, such as \"40%\" or \"40\""]
                    )
                }
                continue
            }
            return (reading, text.ocdsValueOrigin)
        }
        return nil
    }

    private enum NumbersWeight {
        case found(Located<Weight>)
        /// A weight number that cannot be read: reported, and no other weight is looked for.
        case unreadable
        /// No number is a weight (numbers may be fixed prices or thresholds).
        case none
    }

    /// A `numbers[]` entry that is a weight.
    private struct WeightNumber {
        var code: String
        var value: Decimal
        var node: Node
    }

    private func weight(in numbers: Node, criterion: String) -> NumbersWeight {
        guard numbers.kind == .array else {
            issues.invalidValue("the numbers of award criterion \(criterion) are \(OCDSIssues.written(numbers)), not an array",
                                at: numbers, label: "not an array")
            return .unreadable
        }
        var found: [WeightNumber] = []
        var unreadable = false
        for entry in numbers.children where entry.kind == .object {
            guard let code = entry[key: "weight"], code.kind == .string, let codeText = code.value else { continue }
            guard OCDSWeightCode(rawValue: codeText) != nil else {
                issues.invalidValue(
                    "award criterion \(criterion) has the weight code \(OCDSIssues.quoted(codeText)), which OCDS does not define",
                    at: code, label: "unknown weight code",
                    notes: ["the weight codes are " + OCDSWeightCode.allCases.map(\.rawValue).joined(separator: ", ")]
                )
                unreadable = true
                continue
            }
            guard let number = entry[key: "number"], number.kind == .number, let text = number.value,
                  let value = DecimalText.parse(text) else {
                let at = entry[key: "number"] ?? entry
                issues.invalidValue(
                    "the weight of award criterion \(criterion) is \(entry[key: "number"].map(OCDSIssues.written) ?? "missing"), not a number",
                    at: at, label: "not a number",
                    help: ["write the weight as a JSON number, such as \"number\": 30 with \"weight\": \"percentageExact\""]
                )
                unreadable = true
                continue
            }
            found.append(WeightNumber(code: codeText, value: value, node: number))
        }
        guard let first = found.first else { return unreadable ? .unreadable : .none }
        let code = OCDSWeightCode(rawValue: first.code)!
        if found.count > 1 {
            // Several middles of one range code are taken as the range they span.
            if code.isRangeMiddle, found.allSatisfy({ $0.code == first.code }),
               let low = found.map(\.value).min(), let high = found.map(\.value).max() {
                return .found(Located(code.range(low, high), at: numbers.ocdsValueOrigin))
            }
            issues.invalidValue(
                "award criterion \(criterion) has \(found.count) weights; only the first is used",
                at: found[1].node, severity: .warning, label: "another weight",
                help: ["give each criterion one number with a \"weight\" code"]
            )
        }
        guard let weight = code.weight(first.value) else {
            issues.invalidValue(
                "the order of importance of award criterion \(criterion) is \(first.node.value ?? ""), not a whole number from 1",
                at: first.node, label: "not a rank"
            )
            return .unreadable
        }
        return .found(Located(weight, at: first.node.ocdsValueOrigin))
    }
}

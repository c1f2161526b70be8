/// What a notice says about social value and net zero outside its criteria: codes (BT-06 strategic procurement,
/// BT-774 green procurement, BT-775 social procurement, BT-805 green procurement criteria) and wording found by the
/// vocabulary. Becomes the tender's `SocialValueTerms` and `NetZeroTerms`.
struct EFormsSignals {
    private(set) var socialValue: [Recognition] = []
    private(set) var netZero: [Recognition] = []
    private(set) var carbonReductionPlan: CarbonReductionPlanRequirement?
    private(set) var netZeroCommitment: Requirement?
    private(set) var evergreenAssessment: Requirement?

    mutating func add(_ recognition: Recognition, to theme: EFormsCodes.Theme) {
        switch theme {
        case .socialValue: socialValue.append(recognition)
        case .netZero: netZero.append(recognition)
        }
    }

    /// A Carbon Reduction Plan asked for; the first mention in the document counts.
    mutating func requireCarbonReductionPlan(_ recognition: Recognition, standard: Located<CarbonReductionPlanStandard>?) {
        guard Self.isEarlier(recognition, than: carbonReductionPlan?.recognition) else { return }
        carbonReductionPlan = CarbonReductionPlanRequirement(
            required: Located(true, at: recognition.origin), standard: standard,
            recognition: recognition, origin: recognition.origin
        )
    }

    mutating func requireNetZeroCommitment(_ recognition: Recognition) {
        guard Self.isEarlier(recognition, than: netZeroCommitment?.recognition) else { return }
        netZeroCommitment = Requirement(required: Located(true, at: recognition.origin), recognition: recognition)
    }

    mutating func requireEvergreenAssessment(_ recognition: Recognition) {
        guard Self.isEarlier(recognition, than: evergreenAssessment?.recognition) else { return }
        evergreenAssessment = Requirement(required: Located(true, at: recognition.origin), recognition: recognition)
    }

    /// Recognitions in document order, whichever part of the notice was read first.
    var socialValueTerms: SocialValueTerms { SocialValueTerms(recognitions: Self.inDocumentOrder(socialValue)) }

    var netZeroTerms: NetZeroTerms {
        NetZeroTerms(
            carbonReductionPlan: carbonReductionPlan, netZeroCommitment: netZeroCommitment,
            evergreenAssessment: evergreenAssessment, recognitions: Self.inDocumentOrder(netZero)
        )
    }

    private static func position(_ recognition: Recognition) -> Int { recognition.origin?.range.lowerBound ?? Int.max }

    private static func isEarlier(_ recognition: Recognition, than current: Recognition?) -> Bool {
        guard let current else { return true }
        return position(recognition) < position(current)
    }

    private static func inDocumentOrder(_ recognitions: [Recognition]) -> [Recognition] {
        recognitions.enumerated()
            .sorted { (position($0.element), $0.offset) < (position($1.element), $1.offset) }
            .map(\.element)
    }
}

extension EFormsReader {
    /// The coded signals of a `cac:ProcurementProject`: `cac:ProcurementAdditionalType/cbc:ProcurementTypeCode` of the
    /// strategic, green and social procurement lists. Each code is recorded with the code itself as the phrase.
    mutating func readCodedSignals(in project: Node?, into signals: inout EFormsSignals) {
        guard let project else { return }
        let steps: [EFormsStep] = [.cac("ProcurementAdditionalType"), .cbc("ProcurementTypeCode")]
        for list in EFormsCodes.signalLists {
            for element in EFormsPath.codes(project, steps, listName: list.name) {
                guard let code = text(element) else { continue }
                guard let theme = list.codes[code.value] else {
                    invalid(
                        "'\(code.value)' is not a code of the eForms \(list.name) list, so it is not counted",
                        at: code.origin ?? Origin(element), element: element, severity: .warning,
                        help: ["use one of \(list.codes.keys.sorted().joined(separator: ", "))"]
                    )
                    continue
                }
                guard let theme else { continue }
                signals.add(Recognition(phrase: code.value, field: list.field, origin: code.origin), to: theme)
            }
        }
    }

    /// Searches a text for the vocabulary: social value and net zero wording (when `general`), and mentions of a
    /// Carbon Reduction Plan, a Net Zero Commitment or the Evergreen assessment (always).
    func recognise(_ text: Located<String>?, field: String, into signals: inout EFormsSignals, general: Bool = true) {
        guard let text else { return }
        let found = vocabulary.recognitions(in: text, field: field)
        if general {
            if let socialValue = found[.socialValue] { signals.add(socialValue, to: .socialValue) }
            if let netZero = found[.netZero] { signals.add(netZero, to: .netZero) }
        }
        if let plan = found[.carbonReductionPlan] {
            signals.requireCarbonReductionPlan(plan, standard: Self.carbonReductionPlanStandard(in: text))
        }
        if let commitment = found[.netZeroCommitment] {
            signals.requireNetZeroCommitment(commitment)
        }
        if let evergreen = found[.evergreen] {
            signals.requireEvergreenAssessment(evergreen)
        }
    }

    /// The policy a text cites for its Carbon Reduction Plan, if it names one.
    static func carbonReductionPlanStandard(in text: Located<String>) -> Located<CarbonReductionPlanStandard>? {
        let lowered = text.value.lowercased()
        let standard: CarbonReductionPlanStandard? =
            if lowered.contains("ppn 06/21") || lowered.contains("ppn 6/21") { .ppn0621 }
            else if lowered.contains("ppn 006") || lowered.contains("ppn 0006") { .ppn006 }
            else if lowered.contains("nhs net zero supplier roadmap") { .nhs }
            else { nil }
        return standard.map { Located($0, at: text.origin) }
    }
}

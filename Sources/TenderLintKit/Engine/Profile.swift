/// Who the buyer is, when the document does not say or a user wants to judge it as another body: `--profile`
/// or `profile:` in a configuration. A profile sets the buyer's kind and nation; the regime, threshold and stage
/// still come from the document.
public enum Profile: String, Sendable, Hashable, CaseIterable, Codable {
    case nhsEngland = "nhs-england"
    case nhsWales = "nhs-wales"
    case nhsScotland = "nhs-scotland"
    case nhsNorthernIreland = "nhs-northern-ireland"
    /// UK central government: PPN 06/20 then PPN 002, PPN 06/21 then PPN 006, wherever the buyer is.
    case centralGovernment = "central-government"
    case welshGovernment = "welsh-government"
    case scottishGovernment = "scottish-government"
    /// The Northern Ireland departments, their agencies and NDPBs.
    case northernIrelandGovernment = "northern-ireland-government"
    case localGovernmentEngland = "local-government-england"
    case localGovernmentWales = "local-government-wales"
    case localGovernmentScotland = "local-government-scotland"
    case localGovernmentNorthernIreland = "local-government-northern-ireland"
    case publicBodyEngland = "public-body-england"
    case publicBodyWales = "public-body-wales"
    case publicBodyScotland = "public-body-scotland"
    case publicBodyNorthernIreland = "public-body-northern-ireland"

    public var buyerKind: BuyerKind {
        switch self {
        case .nhsEngland, .nhsWales, .nhsScotland, .nhsNorthernIreland: .nhsBody
        case .centralGovernment: .centralGovernment
        case .welshGovernment, .scottishGovernment, .northernIrelandGovernment: .devolvedGovernment
        case .localGovernmentEngland, .localGovernmentWales, .localGovernmentScotland, .localGovernmentNorthernIreland: .localGovernment
        case .publicBodyEngland, .publicBodyWales, .publicBodyScotland, .publicBodyNorthernIreland: .otherPublicBody
        }
    }

    /// The buyer's nation; nil for UK central government, whose policies bind it wherever it is (the document's
    /// own nation, if any, stands).
    public var jurisdiction: Jurisdiction? {
        switch self {
        case .nhsEngland, .localGovernmentEngland, .publicBodyEngland: .england
        case .nhsWales, .welshGovernment, .localGovernmentWales, .publicBodyWales: .wales
        case .nhsScotland, .scottishGovernment, .localGovernmentScotland, .publicBodyScotland: .scotland
        case .nhsNorthernIreland, .northernIrelandGovernment, .localGovernmentNorthernIreland, .publicBodyNorthernIreland: .northernIreland
        case .centralGovernment: nil
        }
    }

    /// "an NHS body in England", "UK central government".
    public var title: String {
        guard let jurisdiction else { return buyerKind.title }
        return "\(buyerKind.title) \(jurisdiction.phrase)"
    }

    /// The tender's applicability with the buyer's kind and nation set by this profile; `setter` says by what
    /// ("--profile nhs-england"). Signals the document gave are kept as overruled evidence.
    public func applied(to applicability: Applicability, setBy setter: String) -> Applicability {
        var result = applicability
        result.buyerKind = .set(buyerKind, by: setter)
        result.buyerKind.overruled = applicability.buyerKind.evidence
        if let jurisdiction {
            result.jurisdiction = .set(jurisdiction, by: setter)
            result.jurisdiction.overruled = applicability.jurisdiction.evidence
        }
        return result
    }

    /// Every profile name, for help and error messages.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

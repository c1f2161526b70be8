/// The procurement law a procurement is run under.
public enum Regime: String, ApplicabilityValue, Codable {
    /// The Public Contracts Regulations 2015: procurements commenced before 24 February 2025 in England,
    /// Wales and Northern Ireland.
    case pcr2015 = "pcr-2015"
    /// The Procurement Act 2023: procurements commenced from 24 February 2025 (not devolved Scottish authorities).
    case procurementAct2023 = "procurement-act-2023"
    /// The Health Care Services (Provider Selection Regime) Regulations 2023: NHS health care services in
    /// England from 1 January 2024.
    case providerSelectionRegime = "provider-selection-regime"
    /// The Public Contracts (Scotland) Regulations 2015 and the Procurement Reform (Scotland) Act 2014.
    case scottishRegulations = "scottish-regulations"
    /// Another regime: utilities, concessions, defence and security, or a foreign law.
    case other

    public var title: String {
        switch self {
        case .pcr2015: "the Public Contracts Regulations 2015"
        case .procurementAct2023: "the Procurement Act 2023"
        case .providerSelectionRegime: "the Provider Selection Regime"
        case .scottishRegulations: "the Scottish procurement regulations"
        case .other: "another regime"
        }
    }

    /// The day the Procurement Act 2023 took over from the Public Contracts Regulations 2015.
    public static let procurementActCommencement = CalendarDate(year: 2025, month: 2, day: 24)!
}

/// What a finding's location holds beyond its positions, decided once per run from what its reports print
/// and match on: the text format and the HTML report quote excerpts; baselines, fingerprints (SARIF, GitLab)
/// and the JSON report need the located text's subject; the concise and other line formats need neither.
public struct LocationDetail: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// The source lines a location covers, to quote.
    public static let excerpt = LocationDetail(rawValue: 1 << 0)
    /// The located text with whitespace collapsed, which baselines and fingerprints match on.
    public static let subject = LocationDetail(rawValue: 1 << 1)
    /// Everything: for callers that do not know which reports will be written.
    public static let all: LocationDetail = [.excerpt, .subject]
}

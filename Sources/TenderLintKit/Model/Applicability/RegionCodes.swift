/// The nation a region code or name is in: NUTS 2021 codes (`UKL16`), their ITL successors (`TLL3`), and the
/// names of the nations and English regions. What OCDS `address.region` and eForms BT-507 hold.
public enum RegionCodes {
    /// The nation of a region code or name, all four nations for a code of the UK as a whole (`UK`), outside the
    /// UK for another country's NUTS code; nil when the text is none of these.
    public static func jurisdictions(of region: String) -> Set<Jurisdiction>? {
        let text = trimmingSpaces(region)
        // Names first: "Wales" and "Kent" are short enough to pass for codes once capitalised.
        if let nations = names[text.lowercased()] { return nations }
        let upper = text.uppercased()
        if isCode(text) {
            if upper == "UK" || upper == "UKZ" || upper.hasPrefix("UKZ") { return Jurisdiction.ukNations }
            for (prefix, nation) in codePrefixes where upper.hasPrefix(prefix) { return [nation] }
            if upper.hasPrefix("UK") || upper.hasPrefix("TL") { return nil }
            // Another country's NUTS code: two capitals and up to three more characters.
            return [.outsideUK]
        }
        return nil
    }

    /// Whether the text looks like a NUTS or ITL code: two letters and up to three letters or digits, written
    /// in capitals (`UKI33`, `FR`) or with a digit (`ukp12`), so that a place name such as "Kent" is not one.
    public static func isCode(_ region: String) -> Bool {
        let text = trimmingSpaces(region)
        let written = Array(text.unicodeScalars)
        let hasDigit = written.contains { ("0"..."9").contains($0) }
        guard hasDigit || written.allSatisfy({ !$0.properties.isLowercase }) else { return false }
        let scalars = Array(text.uppercased().unicodeScalars)
        guard (2...5).contains(scalars.count) else { return false }
        return scalars.prefix(2).allSatisfy { $0.properties.isUppercase && $0.isASCII }
            && scalars.dropFirst(2).allSatisfy { $0.isASCII && ($0.properties.isUppercase || ("0"..."9").contains($0)) }
    }

    /// The text without the spaces and tabs (`CharacterSet.whitespaces`) around it; text that starts and ends
    /// with an ASCII byte other than those has none, and is not handed to Foundation.
    private static func trimmingSpaces(_ text: String) -> String {
        if let first = text.utf8.first, let last = text.utf8.last, first < 0x80, last < 0x80,
           first != 0x20, first != 0x09, last != 0x20, last != 0x09 {
            return text
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// What a region code may be, for a message about one tenderlint does not know.
    public static let knownCodes = ["NUTS 2021 codes such as UKI33 or UKL16", "ITL codes such as TLL3", "a nation's name"]

    /// NUTS 2021 first-level codes and their ITL equivalents.
    static let codePrefixes: [(String, Jurisdiction)] = [
        ("UKC", .england), ("UKD", .england), ("UKE", .england), ("UKF", .england), ("UKG", .england),
        ("UKH", .england), ("UKI", .england), ("UKJ", .england), ("UKK", .england),
        ("UKL", .wales), ("UKM", .scotland), ("UKN", .northernIreland),
        ("TLC", .england), ("TLD", .england), ("TLE", .england), ("TLF", .england), ("TLG", .england),
        ("TLH", .england), ("TLI", .england), ("TLJ", .england), ("TLK", .england),
        ("TLL", .wales), ("TLM", .scotland), ("TLN", .northernIreland),
    ]

    /// The nations and the English regions by name, as some publishers write the region.
    static let names: [String: Set<Jurisdiction>] = [
        "england": [.england], "wales": [.wales], "cymru": [.wales], "scotland": [.scotland],
        "northern ireland": [.northernIreland], "united kingdom": Jurisdiction.ukNations, "uk": Jurisdiction.ukNations,
        "north east": [.england], "north west": [.england], "yorkshire and the humber": [.england],
        "east midlands": [.england], "west midlands": [.england], "east of england": [.england],
        "london": [.england], "south east": [.england], "south west": [.england],
    ]

    /// The nation of a country, by ISO 3166 code (`GB`, `GBR`) or name; anything else is outside the UK.
    public static func jurisdictions(ofCountry country: String) -> Set<Jurisdiction> {
        let text = country.trimmingCharacters(in: .whitespaces).lowercased()
        if ["gb", "gbr", "uk", "united kingdom", "great britain", "united kingdom of great britain and northern ireland"].contains(text) {
            return Jurisdiction.ukNations
        }
        if let nation = names[text] { return nation }
        return [.outsideUK]
    }
}

/// What a buyer's name suggests about its kind: the weakest signal, used only to narrow what classifications
/// leave open (or where there are none), and overruled by any classification it contradicts.
///
/// Patterns are tried in order and the first that matches decides: "Velindre University NHS Trust" is an NHS
/// body, not a university.
public enum BuyerNamePatterns {
    struct Pattern: Sendable {
        let phrase: String
        let kinds: Set<BuyerKind>
        /// Matched only at the end of the name ("Angus Council").
        var atEnd = false
    }

    static let patterns: [Pattern] = [
        // NHS bodies.
        .init(phrase: "nhs", kinds: [.nhsBody]),
        .init(phrase: "health board", kinds: [.nhsBody]),
        .init(phrase: "integrated care board", kinds: [.nhsBody]),
        .init(phrase: "foundation trust", kinds: [.nhsBody]),
        .init(phrase: "clinical commissioning group", kinds: [.nhsBody]),
        .init(phrase: "commissioning support unit", kinds: [.nhsBody]),
        .init(phrase: "ambulance service", kinds: [.nhsBody]),
        .init(phrase: "health and social care trust", kinds: [.nhsBody]),
        // Devolved governments.
        .init(phrase: "welsh government", kinds: [.devolvedGovernment]),
        .init(phrase: "llywodraeth cymru", kinds: [.devolvedGovernment]),
        .init(phrase: "welsh ministers", kinds: [.devolvedGovernment]),
        .init(phrase: "scottish government", kinds: [.devolvedGovernment]),
        .init(phrase: "scottish ministers", kinds: [.devolvedGovernment]),
        .init(phrase: "riaghaltas na h-alba", kinds: [.devolvedGovernment]),
        .init(phrase: "northern ireland executive", kinds: [.devolvedGovernment]),
        // Government departments: UK or, in Northern Ireland, devolved.
        .init(phrase: "ministry of", kinds: [.centralGovernment]),
        .init(phrase: "hm revenue", kinds: [.centralGovernment]),
        .init(phrase: "hm treasury", kinds: [.centralGovernment]),
        .init(phrase: "home office", kinds: [.centralGovernment]),
        .init(phrase: "cabinet office", kinds: [.centralGovernment]),
        .init(phrase: "crown commercial service", kinds: [.centralGovernment]),
        .init(phrase: "department for", kinds: [.centralGovernment, .devolvedGovernment]),
        .init(phrase: "department of", kinds: [.centralGovernment, .devolvedGovernment]),
        // Research, arts, funding and regulatory councils are not local authorities.
        .init(phrase: "research council", kinds: [.centralGovernment, .otherPublicBody]),
        .init(phrase: "facilities council", kinds: [.centralGovernment, .otherPublicBody]),
        .init(phrase: "funding council", kinds: [.centralGovernment, .devolvedGovernment, .otherPublicBody]),
        .init(phrase: "medical council", kinds: [.otherPublicBody]),
        .init(phrase: "midwifery council", kinds: [.otherPublicBody]),
        .init(phrase: "professions council", kinds: [.otherPublicBody]),
        .init(phrase: "design council", kinds: [.otherPublicBody]),
        .init(phrase: "arts council", kinds: [.centralGovernment, .devolvedGovernment, .otherPublicBody]),
        .init(phrase: "british council", kinds: [.centralGovernment, .otherPublicBody]),
        // Local government.
        .init(phrase: "county council", kinds: [.localGovernment]),
        .init(phrase: "borough council", kinds: [.localGovernment]),
        .init(phrase: "city council", kinds: [.localGovernment]),
        .init(phrase: "district council", kinds: [.localGovernment]),
        .init(phrase: "london borough of", kinds: [.localGovernment]),
        .init(phrase: "city and county of", kinds: [.localGovernment]),
        .init(phrase: "city & county of", kinds: [.localGovernment]),
        .init(phrase: "combined authority", kinds: [.localGovernment]),
        .init(phrase: "police and crime commissioner", kinds: [.localGovernment]),
        .init(phrase: "police & crime commissioner", kinds: [.localGovernment]),
        .init(phrase: "cyngor", kinds: [.localGovernment]),
        .init(phrase: "comhairle", kinds: [.localGovernment]),
        .init(phrase: "council", kinds: [.localGovernment], atEnd: true),
        // Other public bodies.
        .init(phrase: "university", kinds: [.otherPublicBody]),
        .init(phrase: "college", kinds: [.otherPublicBody]),
        .init(phrase: "housing association", kinds: [.otherPublicBody]),
        .init(phrase: "registered social landlord", kinds: [.otherPublicBody]),
        .init(phrase: "academy trust", kinds: [.otherPublicBody]),
        .init(phrase: "ltd", kinds: [.otherPublicBody], atEnd: true),
        .init(phrase: "limited", kinds: [.otherPublicBody], atEnd: true),
        .init(phrase: "plc", kinds: [.otherPublicBody], atEnd: true),
    ]

    /// The kinds a name suggests and the phrase that suggests them; nil when the name suggests nothing.
    public static func kinds(suggestedBy name: String) -> (kinds: Set<BuyerKind>, phrase: String)? {
        let words = words(of: name)
        let joined = " " + words.joined(separator: " ") + " "
        for pattern in patterns {
            let phrase = " " + pattern.phrase + " "
            if pattern.atEnd ? joined.hasSuffix(phrase) : joined.contains(phrase) {
                return (pattern.kinds, pattern.phrase)
            }
        }
        return nil
    }

    /// Lower-cased words, punctuation other than `&` and `-` dropped: "Wales & West Housing Association Ltd." →
    /// ["wales", "&", "west", "housing", "association", "ltd"].
    static func words(of name: String) -> [String] {
        name.lowercased()
            .split { !($0.isLetter || $0.isNumber || $0 == "&" || $0 == "-") }
            .map(String.init)
    }
}

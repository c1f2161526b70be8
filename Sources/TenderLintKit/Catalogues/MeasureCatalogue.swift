/// A catalogue of TOMs measures: data loaded at run time, never compiled in, because the real lists are
/// held by buyers' organisations and revised over time. The file format is described in docs/catalogues.md.
public struct MeasureCatalogue: Sendable {
    /// Such as `nhs-london-toms`, `national-toms`, `social-value-model`, `illustrative-toms`.
    public var framework: String
    public var edition: String
    public var title: String
    public var inForceFrom: CalendarDate?
    /// True for a made-up catalogue for samples and tests: its codes are no official list's.
    public var isIllustrative: Bool
    public var measures: [CatalogueMeasure]
    /// Where the list comes from and under what licence, in a sentence or two.
    public var licence: String?
    public var source: String?
    /// The themes the catalogue's measures belong to; empty when the catalogue does not say.
    public var themes: [SocialValueTheme]
    public var outcomes: [CatalogueOutcome]
    /// How the framework writes its codes; empty to use what tenderlint knows of the framework.
    public var codePatterns: [MeasureCodePattern]
    /// The file it was read from, for notes; nil for a catalogue built in code.
    public var path: String?

    public init(framework: String, edition: String, title: String, inForceFrom: CalendarDate? = nil,
                isIllustrative: Bool, measures: [CatalogueMeasure], licence: String? = nil, source: String? = nil,
                themes: [SocialValueTheme] = [], outcomes: [CatalogueOutcome] = [], codePatterns: [MeasureCodePattern] = [],
                path: String? = nil) {
        self.framework = framework
        self.edition = edition
        self.title = title
        self.inForceFrom = inForceFrom
        self.isIllustrative = isIllustrative
        self.measures = measures
        self.licence = licence
        self.source = source
        self.themes = themes
        self.outcomes = outcomes
        self.codePatterns = codePatterns
        self.path = path
    }

    public func measure(_ code: String) -> CatalogueMeasure? { measures.first { $0.code == code } }

    public func outcome(_ id: String) -> CatalogueOutcome? { outcomes.first { $0.id == id } }

    /// The measure's theme: its own, else its outcome's.
    public func theme(of measure: CatalogueMeasure) -> SocialValueTheme? {
        measure.theme ?? measure.outcome.flatMap { outcome($0)?.theme }
    }

    /// The patterns codes are checked against: the catalogue's own, else those tenderlint knows for the framework.
    public var effectiveCodePatterns: [MeasureCodePattern] {
        codePatterns.isEmpty ? (MeasureFramework.known(framework)?.codePatterns ?? []) : codePatterns
    }

    /// Whether a measure is retired in this edition: retired in it or in an earlier one.
    public func isRetired(_ measure: CatalogueMeasure) -> Bool {
        guard let retiredIn = measure.retiredIn else { return false }
        return EditionOrder.compare(retiredIn, edition) != .later
    }

    /// "illustrative-toms edition 2", for notes.
    public var label: String { "\(framework) edition \(edition)" }
}

public struct CatalogueMeasure: Sendable, Hashable {
    public var code: String
    public var title: String
    public var theme: SocialValueTheme?
    public var outcome: String?
    /// Such as FTE, %, GBP, hours, tCO2e.
    public var unit: String?
    /// The edition in which it was retired, if it was.
    public var retiredIn: String?
    /// The code that replaces it, when it was retired in favour of another.
    public var replacedBy: String?
    /// True when its title or details were seen only in secondary sources.
    public var isUnconfirmed: Bool

    public init(code: String, title: String, theme: SocialValueTheme? = nil, outcome: String? = nil,
                unit: String? = nil, retiredIn: String? = nil, replacedBy: String? = nil, isUnconfirmed: Bool = false) {
        self.code = code
        self.title = title
        self.theme = theme
        self.outcome = outcome
        self.unit = unit
        self.retiredIn = retiredIn
        self.replacedBy = replacedBy
        self.isUnconfirmed = isUnconfirmed
    }
}

/// A policy outcome of a framework, such as the Social Value Model's outcome 4, effective stewardship of the environment.
public struct CatalogueOutcome: Sendable, Hashable {
    public var id: String
    public var title: String?
    public var theme: SocialValueTheme?

    public init(id: String, title: String? = nil, theme: SocialValueTheme? = nil) {
        self.id = id
        self.title = title
        self.theme = theme
    }
}

/// The catalogues active for a run; several may be, one per framework (and edition).
public struct CatalogueSet: Sendable {
    public var catalogues: [MeasureCatalogue]

    public init(_ catalogues: [MeasureCatalogue] = []) {
        self.catalogues = catalogues
    }

    /// The first catalogue of the framework, whatever its edition.
    public func catalogue(for framework: String) -> MeasureCatalogue? {
        catalogues.first { $0.framework == framework }
    }

    /// The edition in force on a date: the latest whose date in force is on or before it (a catalogue with no
    /// date counts as always in force). When every loaded edition starts later, the earliest. Among editions
    /// in force from the same day, the one listed first wins.
    public func catalogue(for framework: String, on date: CalendarDate) -> MeasureCatalogue? {
        let editions = catalogues.filter { $0.framework == framework }
        guard !editions.isEmpty else { return nil }
        let inForce = editions.filter { ($0.inForceFrom ?? date) <= date }
        guard !inForce.isEmpty else {
            return editions.min { ($0.inForceFrom ?? date) < ($1.inForceFrom ?? date) }
        }
        var best = inForce[0]
        for candidate in inForce.dropFirst() where Self.isLater(candidate, than: best) { best = candidate }
        return best
    }

    private static func isLater(_ lhs: MeasureCatalogue, than rhs: MeasureCatalogue) -> Bool {
        switch (lhs.inForceFrom, rhs.inForceFrom) {
        case let (left?, right?) where left != right: return left > right
        case (.some, nil): return true
        case (nil, .some): return false
        default: return EditionOrder.compare(lhs.edition, rhs.edition) == .later
        }
    }

    /// Every framework with a catalogue, in order of first appearance.
    public var frameworks: [String] {
        var seen: Set<String> = []
        return catalogues.map(\.framework).filter { seen.insert($0).inserted }
    }

    /// This set with others taking the place of its catalogues of the same frameworks: a buyer's own copy of a
    /// framework replaces every shipped edition of it.
    public func preferring(_ others: [MeasureCatalogue]) -> CatalogueSet {
        let replaced = Set(others.map(\.framework))
        return CatalogueSet(others + catalogues.filter { !replaced.contains($0.framework) })
    }
}

/// What tenderlint knows of a TOMs framework without any catalogue: the open structure, never the measures.
public struct MeasureFramework: Sendable, Hashable {
    public var id: String
    public var title: String
    /// How its codes are written; empty when that is not public.
    public var codePatterns: [MeasureCodePattern]
    /// The themes its measures must belong to; nil for any of the Social Value Model's.
    public var themes: [SocialValueTheme]?
    /// True for an official list (its id must not be used for an illustrative catalogue).
    public var isOfficial: Bool

    public init(id: String, title: String, codePatterns: [MeasureCodePattern], themes: [SocialValueTheme]? = nil, isOfficial: Bool) {
        self.id = id
        self.title = title
        self.codePatterns = codePatterns
        self.themes = themes
        self.isOfficial = isOfficial
    }

    /// The government Social Value Model (PPN 06/20): award criteria coded `MAC <outcome>.<n>`.
    public static let socialValueModel = MeasureFramework(
        id: "social-value-model", title: "Government Social Value Model (PPN 06/20)",
        codePatterns: [MeasureCodePattern("MAC <outcome>.<n>")], isOfficial: true)
    /// The National TOMs (Social Value Portal): `NT<n>`, with the real estate and facilities management
    /// plug-ins `RE<n>` and `FM<n>`. Licensed CC BY-NC-ND 4.0: tenderlint knows the code form only.
    public static let nationalTOMs = MeasureFramework(
        id: "national-toms", title: "National TOMs (Social Value Portal)",
        codePatterns: [MeasureCodePattern("NT<n>"), MeasureCodePattern("RE<n>"), MeasureCodePattern("FM<n>")], isOfficial: true)
    /// NHS London TOMs (NHS London Procurement Partnership): 55 measures under four themes. The list is given
    /// to members and bidders, not published, so its code form is not known here.
    public static let nhsLondonTOMs = MeasureFramework(
        id: "nhs-london-toms", title: "NHS London TOMs (NHS London Procurement Partnership)", codePatterns: [],
        themes: nhsLondonThemes, isOfficial: true)
    /// tenderlint's own invented catalogue for samples and tests.
    public static let illustrativeTOMs = MeasureFramework(
        id: "illustrative-toms", title: "tenderlint's illustrative catalogue (not an official list)",
        codePatterns: [MeasureCodePattern("ILLUS-NT<n>")], isOfficial: false)

    /// The four themes of the NHS London TOMs, drawn from the Social Value Model.
    public static let nhsLondonThemes: [SocialValueTheme] = [
        .equalOpportunity, .tacklingEconomicInequality, .fightingClimateChange, .wellbeing,
    ]

    public static let all: [MeasureFramework] = [socialValueModel, nationalTOMs, nhsLondonTOMs, illustrativeTOMs]

    public static func known(_ id: String) -> MeasureFramework? { all.first { $0.id == id } }
}

/// How a framework writes its codes, as a template: `NT<n>`, `MAC <outcome>.<n>`, `<outcome><letter>`.
///
/// `<n>` and `<outcome>` stand for one or more digits, `<letter>` for one lower-case letter; everything else
/// is literal and matched exactly (case and spaces included). Templates rather than regular expressions:
/// a buyer can write one, and matching one cannot run away.
public struct MeasureCodePattern: Sendable, Hashable, CustomStringConvertible {
    public enum Token: Sendable, Hashable {
        case literal(Character)
        case digits(String)
        case letter
    }

    public let template: String
    public let tokens: [Token]

    public static let placeholders = ["n", "outcome", "letter"]

    public init(_ template: String) {
        self.template = template
        self.tokens = (try? Self.parse(template)) ?? template.map { .literal($0) }
    }

    /// A pattern from a template a user wrote; throws a message when it names an unknown placeholder
    /// or has no fixed part at all.
    public static func validated(_ template: String) throws(CodePatternError) -> MeasureCodePattern {
        let tokens = try parse(template)
        guard !tokens.isEmpty else { throw CodePatternError("a code pattern cannot be empty") }
        return MeasureCodePattern(template)
    }

    public var description: String { template }

    private static func parse(_ template: String) throws(CodePatternError) -> [Token] {
        var tokens: [Token] = []
        var characters = Substring(template)
        while let first = characters.first {
            if first == "<" {
                guard let close = characters.firstIndex(of: ">") else {
                    throw CodePatternError("'<' opens a placeholder that is never closed with '>'")
                }
                let name = String(characters[characters.index(after: characters.startIndex)..<close])
                switch name {
                case "n", "outcome": tokens.append(.digits(name))
                case "letter": tokens.append(.letter)
                default: throw CodePatternError("'<\(name)>' is not a placeholder; use <n>, <outcome> or <letter>")
                }
                characters = characters[characters.index(after: close)...]
            } else {
                tokens.append(.literal(first))
                characters = characters.dropFirst()
            }
        }
        return tokens
    }

    /// Whether a code is written exactly as the template says.
    public func matches(_ code: String) -> Bool { match(Array(code), lenient: false) != nil }

    /// The code rewritten as the template writes it, when it differs only in case or spacing
    /// (`mac4.1` → `MAC 4.1`, `nt 12` → `NT12`); nil when it is something else.
    public func normalised(_ code: String) -> String? {
        guard let parts = match(Array(code.trimmingSpaces), lenient: true) else { return nil }
        var output = ""
        var index = 0
        for token in tokens {
            switch token {
            case .literal(let character): output.append(character)
            case .digits, .letter:
                output += parts[index]
                index += 1
            }
        }
        return output
    }

    /// The placeholders' values, or nil when the code does not fit. Lenient matching ignores case and spaces.
    private func match(_ code: [Character], lenient: Bool) -> [String]? {
        var position = 0
        var parts: [String] = []
        func skipSpaces() {
            while lenient, position < code.count, code[position].isWhitespace { position += 1 }
        }
        for token in tokens {
            switch token {
            case .literal(let expected):
                if lenient, expected.isWhitespace { skipSpaces(); continue }
                skipSpaces()
                guard position < code.count else { return nil }
                let actual = code[position]
                let same = lenient ? actual.uppercased() == expected.uppercased() : actual == expected
                guard same else { return nil }
                position += 1
            case .digits:
                skipSpaces()
                let start = position
                while position < code.count, code[position].isASCII, code[position].isNumber { position += 1 }
                guard position > start else { return nil }
                parts.append(String(code[start..<position]))
            case .letter:
                skipSpaces()
                guard position < code.count, code[position].isASCII, code[position].isLetter else { return nil }
                let letter = code[position]
                guard lenient || letter.isLowercase else { return nil }
                parts.append(letter.lowercased())
                position += 1
            }
        }
        skipSpaces()
        return position == code.count ? parts : nil
    }
}

public struct CodePatternError: Error, Sendable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}

/// Orders edition names as people number them: `2` before `10`, `2024.1` before `2024.2`.
public enum EditionOrder {
    public enum Result: Sendable { case earlier, same, later }

    public static func compare(_ lhs: String, _ rhs: String) -> Result {
        let left = runs(lhs)
        let right = runs(rhs)
        for (a, b) in zip(left, right) where a != b {
            if let x = Int(a), let y = Int(b) { return x < y ? .earlier : .later }
            return a.lowercased() < b.lowercased() ? .earlier : .later
        }
        if left.count == right.count { return .same }
        return left.count < right.count ? .earlier : .later
    }

    /// Runs of digits and runs of other characters, separators dropped.
    private static func runs(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var currentIsDigits = false
        for character in text {
            let isDigit = character.isASCII && character.isNumber
            if character == "." || character == "-" || character == " " || character == "_" {
                if !current.isEmpty { result.append(current); current = "" }
                continue
            }
            if !current.isEmpty, isDigit != currentIsDigits {
                result.append(current)
                current = ""
            }
            current.append(character)
            currentIsDigits = isDigit
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}

extension SocialValueTheme {
    /// The theme's number in the Social Value Model: 1 COVID-19 recovery … 5 wellbeing.
    public var number: Int {
        switch self {
        case .covid19Recovery: 1
        case .tacklingEconomicInequality: 2
        case .fightingClimateChange: 3
        case .equalOpportunity: 4
        case .wellbeing: 5
        }
    }

    /// A theme written as its id (`equal-opportunity`), its title (`Equal opportunity`, any case) or its number (`4`).
    public init?(lenient text: String) {
        let trimmed = text.trimmingSpaces
        let lowered = trimmed.lowercased()
        if let theme = SocialValueTheme(rawValue: lowered) { self = theme; return }
        if let theme = SocialValueTheme.allCases.first(where: { $0.title.lowercased() == lowered || String($0.number) == lowered }) {
            self = theme
            return
        }
        let words = lowered.replacingSpaces(with: "-")
        if let theme = SocialValueTheme(rawValue: words) { self = theme; return }
        return nil
    }
}

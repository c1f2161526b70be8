/// How many cells of a monospaced terminal text occupies.
///
/// Columns in diagnostics count code points, but a terminal draws grapheme
/// clusters: "👩‍⚕️" is four code points and two cells, "e" + U+0301 is two
/// code points and one cell, "中" is one code point and two cells. Carets
/// line up only if the renderer counts cells the way the terminal does.
public enum DisplayWidth {
    /// Cells one grapheme cluster takes: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let base = scalars.first else { return 0 }
        // U+FE0F asks for the emoji glyph, two cells even where the base alone is text (⚕ but ⚕️).
        if base.properties.isEmoji, scalars.contains(emojiPresentationSelector) { return 2 }
        // The rest of a cluster (combining marks, joiners, skin tones) draws on the base's cells.
        return of(base)
    }

    /// Cells a string takes, cluster by cluster. Tabs and control characters count
    /// as 0 here: sanitise and expand them first (as `DisplayLine` does).
    public static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// Cells one code point takes on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        if scalar == softHyphen { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control, .lineSeparator, .paragraphSeparator:
            return 0
        default:
            break
        }
        if hangulJungseongAndJongseong.contains(scalar.value) { return 0 }
        if scalar.properties.isEmojiPresentation { return 2 }
        return isEastAsianWide(scalar.value) ? 2 : 1
    }

    private static let emojiPresentationSelector: Unicode.Scalar = "\u{FE0F}"
    private static let softHyphen: Unicode.Scalar = "\u{00AD}"
    /// Hangul vowel and final-consonant jamo join the syllable before them.
    private static let hangulJungseongAndJongseong: ClosedRange<UInt32> = 0x1160...0x11FF

    /// East Asian Width "W" and "F" (Unicode's EastAsianWidth.txt), condensed to blocks.
    /// Emoji are left out: `isEmojiPresentation` covers them exactly.
    private static let eastAsianWide: [ClosedRange<UInt32>] = [
        0x1100...0x115F,    // Hangul jamo initial consonants
        0x2329...0x232A,    // angle brackets
        0x2E80...0x303E,    // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
        0x3041...0x33FF,    // kana, bopomofo, Hangul compatibility jamo, CJK compatibility
        0x3400...0x4DBF,    // CJK extension A
        0x4E00...0x9FFF,    // CJK unified ideographs
        0xA000...0xA4CF,    // Yi
        0xA960...0xA97F,    // Hangul jamo extended A
        0xAC00...0xD7A3,    // Hangul syllables
        0xF900...0xFAFF,    // CJK compatibility ideographs
        0xFE10...0xFE19,    // vertical forms
        0xFE30...0xFE6F,    // CJK compatibility forms, small form variants
        0xFF00...0xFF60,    // fullwidth forms
        0xFFE0...0xFFE6,    // fullwidth signs
        0x16FE0...0x16FE4,  // ideographic symbols
        0x16FF0...0x16FF1,
        0x17000...0x18CFF,  // Tangut, Khitan
        0x18D00...0x18D08,
        0x1AFF0...0x1B2FF,  // kana supplement and extensions, Nüshu
        0x1F200...0x1F2FF,  // enclosed ideographic supplement
        0x20000...0x2FFFD,  // CJK extensions B to F
        0x30000...0x3FFFD,  // CJK extensions G and H
    ]

    private static func isEastAsianWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        return eastAsianWide.contains { $0.contains(value) }
    }
}

/// One line of source as the terminal will show it: sanitised, tabs expanded,
/// and the cell at which each code point lands, so underlines can be drawn under it.
struct DisplayLine {
    /// Tabs advance to the next multiple of this many cells, in source and caret lines alike.
    static let tabStop = 4

    /// A grapheme cluster of the source and how it prints.
    private struct Cluster {
        var firstScalar: Int
        var firstCell: Int
        var width: Int
        var printed: String
        var isBlank: Bool
    }

    private let clusters: [Cluster]
    /// For each code point of the source, the index of its cluster.
    private let clusterOfScalar: [Int]
    /// Cells the whole line takes.
    let width: Int

    init(_ source: String) {
        var clusters: [Cluster] = []
        var clusterOfScalar: [Int] = []
        var cell = 0
        for character in source {
            let printed: String
            let width: Int
            if character == "\t" {
                width = Self.tabStop - cell % Self.tabStop
                printed = String(repeating: " ", count: width)
            } else if character.unicodeScalars.contains(where: { TerminalSanitizer.placeholder(for: $0) != nil }) {
                printed = TerminalSanitizer.sanitize(String(character))
                width = DisplayWidth.of(printed)
            } else {
                printed = String(character)
                width = DisplayWidth.of(character)
            }
            let scalarCount = character.unicodeScalars.count
            clusters.append(Cluster(
                firstScalar: clusterOfScalar.count,
                firstCell: cell,
                width: width,
                printed: printed,
                isBlank: character == " " || character == "\t"
            ))
            clusterOfScalar.append(contentsOf: repeatElement(clusters.count - 1, count: scalarCount))
            cell += width
        }
        self.clusters = clusters
        self.clusterOfScalar = clusterOfScalar
        self.width = cell
    }

    /// Code points in the source line.
    var scalarCount: Int { clusterOfScalar.count }

    /// What to print for the whole line.
    var text: String { printed(0..<scalarCount) }

    /// What to print for the clusters that start within `scalars`.
    func printed(_ scalars: Range<Int>) -> String {
        var result = ""
        for cluster in clusters where scalars.contains(cluster.firstScalar) {
            result += cluster.printed
        }
        return result
    }

    /// The cell where code point `index` is drawn; a code point inside a cluster is drawn with it.
    /// `index == scalarCount` is the cell just past the line.
    func startCell(ofScalar index: Int) -> Int {
        guard index < scalarCount else { return width }
        return clusters[clusterOfScalar[max(0, index)]].firstCell
    }

    /// The cell just past a range that ends before code point `index`. A range that ends
    /// inside a cluster covers all of it, since the terminal cannot draw part of one.
    func endCell(beforeScalar index: Int) -> Int {
        guard index < scalarCount else { return width }
        let cluster = clusters[clusterOfScalar[max(0, index)]]
        return cluster.firstScalar == index ? cluster.firstCell : cluster.firstCell + cluster.width
    }

    /// The first code point that is not a space or tab, so continuation lines are
    /// underlined from their text rather than their indentation.
    var firstNonBlankScalar: Int? {
        clusters.first { !$0.isBlank }?.firstScalar
    }
}

import Foundation

/// Text as the plain-text fields of reports need it: Markdown taken out, the first sentence found, and
/// lengths bounded. SARIF's `text` fields are shown as they are, so `**100%**` would show its asterisks.
enum ReportText {
    /// The text without the inline Markdown the rule explanations use: code spans lose their backticks,
    /// strong and emphasis lose their asterisks, and a link keeps its text.
    static func plain(_ markdown: String) -> String {
        // Most messages have no markup: they are returned as they are, without a scan.
        guard markdown.contains(where: { $0 == "`" || $0 == "*" || $0 == "[" }) else { return markdown }
        let characters = Array(markdown)
        var output = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "`":
                index += 1
            case "*":
                // `**strong**` or `*emphasis*`: the markers go when they close on the same line. A lone
                // asterisk with a space after it (5 * 3) is arithmetic, not emphasis.
                let width = index + 1 < characters.count && characters[index + 1] == "*" ? 2 : 1
                let start = index + width
                if start < characters.count, !characters[start].isWhitespace,
                   let end = closing(characters, from: start, width: width) {
                    output += plain(String(characters[start..<end]))
                    index = end + width
                } else {
                    output.append(character)
                    index += 1
                }
            case "[":
                // `[text](url)`: the text stays.
                if let close = characters[(index + 1)...].firstIndex(where: { $0 == "]" || $0 == "\n" }), characters[close] == "]",
                   close + 1 < characters.count, characters[close + 1] == "(",
                   let end = characters[(close + 2)...].firstIndex(where: { $0 == ")" || $0.isWhitespace }), characters[end] == ")" {
                    output += String(characters[(index + 1)..<close])
                    index = end + 1
                } else {
                    output.append(character)
                    index += 1
                }
            default:
                output.append(character)
                index += 1
            }
        }
        return output
    }

    /// Where `width` asterisks close an emphasis opened just before `start`, on the same line.
    private static func closing(_ characters: [Character], from start: Int, width: Int) -> Int? {
        var index = start
        while index < characters.count, characters[index] != "\n" {
            if characters[index] == "*" {
                let run = width == 2 ? index + 1 < characters.count && characters[index + 1] == "*" : true
                return run && index > start ? index : nil
            }
            index += 1
        }
        return nil
    }

    /// The first sentence: up to the first line end, or the first full stop followed by a space and a
    /// capital letter (so that "£5.5m", "s.23" and "e.g. a" do not end it).
    static func firstSentence(_ text: String) -> String {
        let line = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? text
        let characters = Array(line)
        var index = 0
        while index + 2 < characters.count {
            if characters[index] == ".", characters[index + 1] == " ", characters[index + 2].isUppercase {
                return String(characters[...index])
            }
            index += 1
        }
        return line.trimmingCharacters(in: .whitespaces)
    }

    /// The longest run of whole characters from the start of `text` that fits in `budget` bytes of UTF-8.
    static func prefix(_ text: String, utf8Budget budget: Int) -> String {
        var kept = ""
        var used = 0
        for character in text {
            let size = character.utf8.count
            guard used + size <= budget else { break }
            kept.append(character)
            used += size
        }
        return kept
    }

    /// At most `limit` bytes of UTF-8 (so at most `limit` characters however they are counted), cut at
    /// the end of a sentence, or else of a word, with an ellipsis saying that something was cut.
    static func bounded(_ text: String, utf8Limit limit: Int) -> String {
        guard text.utf8.count > limit else { return text }
        let ellipsis = "…"
        let kept = prefix(text, utf8Budget: limit - ellipsis.utf8.count)
        if let stop = kept.range(of: ". ", options: .backwards), kept.distance(from: kept.startIndex, to: stop.lowerBound) > kept.count / 2 {
            return String(kept[..<stop.upperBound]).trimmingCharacters(in: .whitespaces) + " " + ellipsis
        }
        if let space = kept.lastIndex(where: \.isWhitespace), kept.distance(from: kept.startIndex, to: space) > kept.count / 2 {
            return String(kept[..<space]) + ellipsis
        }
        return kept + ellipsis
    }
}

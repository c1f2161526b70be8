/// Words for messages and notes, the same in every stage.
public enum Prose {
    /// A list as a sentence says it: "a", "a and b", "a, b and c"; with "or", "a, b or c". Empty for none.
    public static func list(_ items: [String], _ conjunction: String = "and") -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }

    /// A number with its noun: "1 file", "3 files"; `plural` where adding "s" is wrong ("fixes").
    public static func counted(_ number: Int, _ noun: String, plural: String? = nil) -> String {
        "\(number) \(number == 1 ? noun : plural ?? noun + "s")"
    }

    /// A value quoted in a message, its runs of white space made single spaces and cut after `limit`
    /// characters, so a runaway value (a 100,000-digit number, a 10,000-character name) cannot swamp a report.
    public static func shortened(_ value: String, limit: Int = 60) -> String {
        var result = ""
        var count = 0
        var spaceDue = false
        for character in value {
            if character.isWhitespace {
                spaceDue = count > 0
                continue
            }
            if count == limit { return result + "…" }
            if spaceDue {
                result.append(" ")
                count += 1
                spaceDue = false
                if count == limit { return result + "…" }
            }
            result.append(character)
            count += 1
        }
        return result
    }

    /// A count with thousands separators, the same in every locale: "1,234,567".
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = value < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}

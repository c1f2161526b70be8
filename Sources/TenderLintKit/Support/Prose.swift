/// Words for messages and notes, the same in every stage.
public enum Prose {
    /// A list as a sentence says it: "a", "a and b", "a, b and c"; with "or", "a, b or c". Empty for none.
    public static func list(_ items: [String], _ conjunction: String = "and") -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }
}

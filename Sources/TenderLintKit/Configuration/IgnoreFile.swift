/// One `.gitignore` or `.ignore` file's patterns, read with git's rules (gitignore(5)):
///
/// - blank lines and lines starting `#` say nothing; trailing spaces are dropped unless escaped (`\ `);
/// - `!` takes back what an earlier pattern ignored; `\#` and `\!` start a pattern with those characters;
/// - a trailing `/` matches folders only; a `/` at the start or in the middle anchors the pattern at the
///   file's folder, otherwise it matches a name at any depth;
/// - `*` and `?` stay within a name, `[a-z]` is a set, `**/` any folders, a trailing `/**` everything inside.
///
/// The last pattern that matches decides. A pattern that cannot be read is passed over, as git does.
public struct IgnoreFile: Sendable {
    struct Rule: Sendable {
        var glob: GlobPattern
        var negated: Bool
        var directoryOnly: Bool
        /// `foo/**`: what is inside the folder, not the folder itself.
        var contentsOnly: Bool
        var line: Int
    }

    /// The path shown when a pattern is quoted, such as `.gitignore` or `tenders/.ignore`.
    public let path: String
    let rules: [Rule]

    public init(path: String, text: String) {
        self.path = path
        var rules: [Rule] = []
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            if let rule = Self.rule(Array(raw), line: index + 1) { rules.append(rule) }
        }
        self.rules = rules
    }

    /// What the file says of a path relative to its folder: true when ignored, false when a `!` pattern takes
    /// it back, nil when no pattern matches.
    public func decision(for relativePath: String, isDirectory: Bool) -> (ignored: Bool, line: Int)? {
        for rule in rules.reversed() where !rule.directoryOnly || isDirectory {
            if rule.contentsOnly ? Self.isInside(relativePath, rule.glob) : rule.glob.matchesExactly(relativePath) {
                return (!rule.negated, rule.line)
            }
        }
        return nil
    }

    private static func isInside(_ path: String, _ glob: GlobPattern) -> Bool {
        let steps = path.split(separator: "/")
        guard steps.count > 1 else { return false }
        return (1..<steps.count).contains { glob.matchesExactly(steps[0..<$0].joined(separator: "/")) }
    }

    private static func rule(_ line: [Character], line number: Int) -> Rule? {
        var text = line
        // Trailing spaces go unless the last is escaped.
        while text.last == " ", !(text.count >= 2 && text[text.count - 2] == "\\") { text.removeLast() }
        guard let first = text.first, first != "#" else { return nil }
        var negated = false
        if first == "!" {
            negated = true
            text.removeFirst()
        }
        var directoryOnly = false
        if text.last == "/", !(text.count >= 2 && text[text.count - 2] == "\\") {
            directoryOnly = true
            text.removeLast()
        }
        var contentsOnly = false
        if text.count > 3, text.suffix(3) == ["/", "*", "*"] {
            contentsOnly = true
            text.removeLast(3)
        }
        guard !text.isEmpty else { return nil }
        // Git has no braces; the glob would read them as alternatives.
        var escaped: [Character] = []
        var previousWasEscape = false
        for character in text {
            if !previousWasEscape, character == "{" || character == "}" || character == "," { escaped.append("\\") }
            previousWasEscape = !previousWasEscape && character == "\\"
            escaped.append(character)
        }
        // `./x` means nothing special to git; keep the glob from taking it as anchored at the folder.
        if escaped.starts(with: [".", "/"]) { return nil }
        guard let glob = try? GlobPattern(String(escaped)) else { return nil }
        return Rule(glob: glob, negated: negated, directoryOnly: directoryOnly, contentsOnly: contentsOnly, line: number)
    }
}

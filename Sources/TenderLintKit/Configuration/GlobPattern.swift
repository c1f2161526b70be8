/// A path glob, as configuration `overrides` name files.
///
/// - `*` matches any run of characters within one folder name or file name, `?` one character;
/// - `**` as a whole step matches any number of folders (none included): `tenders/**/*.xml`;
/// - `[abc]`, `[a-z]` one of the characters, `[!abc]` or `[^abc]` one not among them;
/// - `{json,xml}` either alternative; `\` makes the next character literal.
///
/// Like `.gitignore`: a pattern without a `/` (other than a trailing one) matches a file name at any depth
/// (`*.json`); any other is anchored at the configuration's folder (a leading `/` or `./` is allowed). A
/// pattern that matches a folder matches everything under it (`archive` or `archive/`).
public struct GlobPattern: Hashable, Sendable, CustomStringConvertible {
    /// Why a pattern cannot be used, and where in it (a character offset).
    public struct Problem: Error, Hashable, Sendable {
        public var message: String
        public var offset: Int

        public init(message: String, offset: Int) {
            self.message = message
            self.offset = offset
        }
    }

    public let pattern: String
    private let alternatives: [[Step]]
    private let isAnchored: Bool

    private enum Step: Hashable, Sendable {
        case anyFolders
        case name([Token])
    }

    private enum Token: Hashable, Sendable {
        case literal(Character)
        case anyRun
        case anyOne
        case set([ClosedRange<Character>], negated: Bool)
    }

    public init(_ pattern: String) throws(Problem) {
        guard !pattern.isEmpty else { throw Problem(message: "a glob cannot be empty", offset: 0) }
        self.pattern = pattern
        var text = Array(pattern)
        if text.starts(with: [".", "/"]) { text.removeFirst(2) }
        var anchored = text.first == "/"
        if anchored { text.removeFirst() }
        while text.last == "/", text.count > 1, text[text.count - 2] != "\\" { text.removeLast() }
        if !anchored { anchored = Self.hasSeparator(text) || pattern.hasPrefix("./") }
        isAnchored = anchored
        let expanded = try Self.expandBraces(text)
        var alternatives: [[Step]] = []
        for alternative in expanded {
            alternatives.append(try Self.compile(alternative, in: pattern))
        }
        self.alternatives = alternatives
    }

    public var description: String { pattern }

    public static func == (lhs: GlobPattern, rhs: GlobPattern) -> Bool { lhs.pattern == rhs.pattern }
    public func hash(into hasher: inout Hasher) { hasher.combine(pattern) }

    /// Whether a relative path (`tenders/2026/a.json`, separators `/`) or one of its folders matches.
    public func matches(_ path: String) -> Bool {
        let steps = Self.steps(of: path)
        guard !steps.isEmpty else { return false }
        if !isAnchored {
            // A name pattern: any file or folder name on the path.
            return steps.contains { name in alternatives.contains { Self.match($0, [name]) } }
        }
        for length in 1...steps.count where alternatives.contains(where: { Self.match($0, Array(steps[0..<length])) }) {
            return true
        }
        return false
    }

    /// Whether the path itself matches, not merely one of its folders: `.gitignore` decides folder by folder,
    /// since a later `!` pattern can take back one entry.
    public func matchesExactly(_ path: String) -> Bool {
        if !isAnchored {
            // A name pattern needs only the last name: a walk asks this of every file, with absolute paths.
            guard let name = Self.lastName(of: path) else { return false }
            return alternatives.contains { Self.match($0, [name]) }
        }
        let steps = Self.steps(of: path)
        guard !steps.isEmpty else { return false }
        return alternatives.contains { Self.match($0, steps) }
    }

    /// The last of `steps(of:)`, without splitting the rest of the path.
    private static func lastName(of path: String) -> [Character]? {
        guard let end = path.lastIndex(where: { $0 != "/" }) else { return nil }
        let start = path[..<end].lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let name = path[start...end]
        // steps(of:) drops a leading ".", so "." alone (or "./") has no steps at all.
        if name == ".", start == path.startIndex || path[..<start].allSatisfy({ $0 == "/" }) { return nil }
        return Array(name)
    }

    private static func steps(of path: String) -> [[Character]] {
        var steps = path.split(separator: "/", omittingEmptySubsequences: true).map(Array.init)
        if steps.first == ["."] { steps.removeFirst() }
        return steps
    }

    // MARK: Matching

    private static func match(_ pattern: [Step], _ path: [[Character]]) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        let rest = Array(pattern.dropFirst())
        switch first {
        case .anyFolders:
            for skip in 0...path.count where match(rest, Array(path.dropFirst(skip))) { return true }
            return false
        case .name(let tokens):
            guard let name = path.first, matchName(tokens[...], name[...]) else { return false }
            return match(rest, Array(path.dropFirst()))
        }
    }

    private static func matchName(_ tokens: ArraySlice<Token>, _ name: ArraySlice<Character>) -> Bool {
        guard let token = tokens.first else { return name.isEmpty }
        let rest = tokens.dropFirst()
        switch token {
        case .anyRun:
            var remaining = name
            while true {
                if matchName(rest, remaining) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        case .anyOne:
            return !name.isEmpty && matchName(rest, name.dropFirst())
        case .literal(let character):
            return name.first == character && matchName(rest, name.dropFirst())
        case .set(let ranges, let negated):
            guard let character = name.first else { return false }
            let inside = ranges.contains { $0.contains(character) }
            return inside != negated && matchName(rest, name.dropFirst())
        }
    }

    // MARK: Compiling

    private static func hasSeparator(_ text: [Character]) -> Bool {
        var escaped = false
        for character in text {
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true; continue }
            if character == "/" { return true }
        }
        return false
    }

    /// `a{b,c{d,e}}` → `ab`, `acd`, `ace`. Braces inside a character class are literal.
    private static func expandBraces(_ text: [Character]) throws(Problem) -> [[Character]] {
        var index = 0
        var inClass = false
        while index < text.count {
            let character = text[index]
            if character == "\\" { index += 2; continue }
            if inClass {
                if character == "]" { inClass = false }
                index += 1
                continue
            }
            if character == "[" { inClass = true; index += 1; continue }
            if character == "}" { throw Problem(message: "this '}' closes no '{'", offset: index) }
            if character == "{" {
                var depth = 0
                var options: [[Character]] = []
                var current: [Character] = []
                var position = index + 1
                var closed = false
                while position < text.count {
                    let inner = text[position]
                    if inner == "\\", position + 1 < text.count {
                        current += [inner, text[position + 1]]
                        position += 2
                        continue
                    }
                    if inner == "{" { depth += 1 }
                    if inner == "}" {
                        if depth == 0 { closed = true; break }
                        depth -= 1
                    }
                    if inner == ",", depth == 0 {
                        options.append(current)
                        current = []
                    } else {
                        current.append(inner)
                    }
                    position += 1
                }
                guard closed else { throw Problem(message: "this '{' is never closed with '}'", offset: index) }
                options.append(current)
                let prefix = Array(text[..<index])
                let suffix = Array(text[(position + 1)...])
                var results: [[Character]] = []
                for option in options {
                    results += try expandBraces(prefix + option + suffix)
                }
                return results
            }
            index += 1
        }
        return [text]
    }

    private static func compile(_ text: [Character], in pattern: String) throws(Problem) -> [Step] {
        var steps: [Step] = []
        var current: [Character] = []
        var escaped = false
        var parts: [[Character]] = []
        for character in text {
            if escaped { current += ["\\", character]; escaped = false; continue }
            if character == "\\" { escaped = true; continue }
            if character == "/" { parts.append(current); current = []; continue }
            current.append(character)
        }
        if escaped { throw Problem(message: "a '\\' at the end escapes nothing", offset: pattern.count - 1) }
        parts.append(current)
        for part in parts {
            if part.isEmpty { continue }
            if part == ["*", "*"] {
                if steps.last != .anyFolders { steps.append(.anyFolders) }
                continue
            }
            steps.append(.name(try tokens(part, in: pattern)))
        }
        if steps.isEmpty { throw Problem(message: "the glob names no file or folder", offset: 0) }
        return steps
    }

    private static func tokens(_ part: [Character], in pattern: String) throws(Problem) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        while index < part.count {
            let character = part[index]
            switch character {
            case "\\":
                tokens.append(.literal(part[index + 1]))
                index += 2
                continue
            case "*":
                if tokens.last != .anyRun { tokens.append(.anyRun) }
            case "?":
                tokens.append(.anyOne)
            case "[":
                var position = index + 1
                var negated = false
                if position < part.count, part[position] == "!" || part[position] == "^" {
                    negated = true
                    position += 1
                }
                var ranges: [ClosedRange<Character>] = []
                var first = true
                var closed = false
                while position < part.count {
                    var member = part[position]
                    if member == "]", !first { closed = true; break }
                    first = false
                    if member == "\\", position + 1 < part.count {
                        position += 1
                        member = part[position]
                    }
                    if position + 2 < part.count, part[position + 1] == "-", part[position + 2] != "]" {
                        let upper = part[position + 2]
                        guard member <= upper else {
                            throw Problem(message: "the range '\(member)-\(upper)' runs backwards", offset: offset(of: part, in: pattern) + index)
                        }
                        ranges.append(member...upper)
                        position += 3
                        continue
                    }
                    ranges.append(member...member)
                    position += 1
                }
                guard closed else {
                    throw Problem(message: "this '[' is never closed with ']'", offset: offset(of: part, in: pattern) + index)
                }
                tokens.append(.set(ranges, negated: negated))
                index = position + 1
                continue
            default:
                tokens.append(.literal(character))
            }
            index += 1
        }
        return tokens
    }

    /// Roughly where a step starts in the pattern as written, for a message (escapes can shift it).
    private static func offset(of part: [Character], in pattern: String) -> Int {
        let text = Array(pattern)
        guard !part.isEmpty, part.count <= text.count else { return 0 }
        for start in 0...(text.count - part.count) where Array(text[start..<(start + part.count)]) == part { return start }
        return 0
    }
}

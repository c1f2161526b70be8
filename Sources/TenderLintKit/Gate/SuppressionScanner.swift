/// Finds suppression directives in an XML document: processing instructions with the target `tenderlint`,
/// and comments that start `tenderlint:`.
///
/// ```xml
/// <?tenderlint disable-next SV001 -- market engagement showed an immature market, see annex B?>
/// <Lot>…</Lot>
///
/// <?tenderlint disable SV001 NZ001 -- framework call-off: terms set by the framework?>
/// …
/// <?tenderlint enable SV001 NZ001?>
///
/// <!-- tenderlint: disable-next SV001 - reason (XML forbids two hyphens inside a comment) -->
/// ```
///
/// `disable-next` covers the next sibling element, attributes and descendants included. `disable` opens a
/// region that the matching `enable` closes (by rule, or all open regions when `enable` names none); the end
/// of the document closes what is left open. Disabling a rule that an open region already disables is
/// reported, not nested. Problems are TL011 diagnostics; a directive with no reason still produces a
/// suppression (with `reason == nil`), which `applySuppressions` reports as TL009 and does not apply.
public struct SuppressionScanner: Sendable {
    /// The processing-instruction target, and the word a directive comment starts with.
    public static let target = "tenderlint"

    public enum Command: String, Sendable, CaseIterable {
        case disableNext = "disable-next"
        case disable
        case enable
    }

    public init() {}

    public func scan(_ tree: LocatedTree) -> (suppressions: [Suppression], diagnostics: [Diagnostic]) {
        guard tree.format == .xml else { return ([], []) }
        var scan = Scan(tree: tree)
        for node in tree.allNodes where node.kind == .processingInstruction || node.kind == .comment {
            if let directive = Directive(node) {
                scan.handle(directive)
            } else if node.kind == .processingInstruction, let name = node.name, name != Self.target,
                      name.lowercased().hasPrefix(Self.target) {
                scan.misspeltTarget(name, node)
            }
        }
        scan.finish()
        let suppressions = scan.suppressions.sorted {
            ($0.origin.start.offset, $0.coveredLines?.upperBound ?? 0) < ($1.origin.start.offset, $1.coveredLines?.upperBound ?? 0)
        }
        return (suppressions, scan.diagnostics)
    }
}

/// A word of a directive and where it is written.
struct DirectiveToken {
    var text: String
    var range: ByteRange
}

/// One directive split into its command, rules and reason, with byte ranges into the document.
struct Directive {
    var node: Node
    var form: Suppression.Form
    var command: DirectiveToken?
    var rules: [DirectiveToken]
    var reason: String?

    init?(_ node: Node) {
        let bytes = node.tree.source.bytes
        let range = node.range
        var lower: Int
        var upper = range.upperBound
        switch node.kind {
        case .processingInstruction:
            guard node.name == SuppressionScanner.target else { return nil }
            lower = node.nameRange?.upperBound ?? min(range.lowerBound + 2 + SuppressionScanner.target.utf8.count, upper)
            if Self.hasSuffix(bytes, "?>", at: upper, notBefore: lower) { upper -= 2 }
            form = .processingInstruction
        case .comment:
            lower = min(range.lowerBound + 4, upper)
            if Self.hasSuffix(bytes, "-->", at: upper, notBefore: lower) { upper -= 3 }
            while lower < upper, Self.isSpace(bytes[lower]) { lower += 1 }
            let prefix = Array(SuppressionScanner.target.utf8)
            guard upper - lower >= prefix.count,
                  zip(bytes[lower..<(lower + prefix.count)], prefix).allSatisfy({ $0 | 0x20 == $1 })
            else { return nil }
            lower += prefix.count
            if lower < upper, bytes[lower] == UInt8(ascii: ":") {
                lower += 1
            } else {
                // Without the colon, only a comment whose next word is a command is a directive, so that
                // "tenderlint flagged this" in prose is left alone.
                guard lower < upper, Self.isSpace(bytes[lower]),
                      let first = Self.tokens(bytes, lower, upper).first,
                      SuppressionScanner.Command(rawValue: first.text) != nil
                else { return nil }
            }
            form = .comment
        default:
            return nil
        }
        self.node = node
        let tokens = Self.tokens(bytes, lower, upper)
        command = tokens.first
        rules = []
        reason = nil
        for token in tokens.dropFirst() {
            if Self.isSeparator(token.text) {
                reason = SuppressionSyntax.reason(node.tree.source.text(in: ByteRange(token.range.upperBound, upper)))
                break
            }
            if token.text.hasPrefix("--") {
                reason = SuppressionSyntax.reason(node.tree.source.text(in: ByteRange(token.range.lowerBound + 2, upper)))
                break
            }
            rules += Self.split(token, bytes)
        }
    }

    /// `--` (or, where XML forbids two hyphens, `-`, an en dash or an em dash) starts the reason.
    static func isSeparator(_ text: String) -> Bool {
        text == "—" || text == "–" || (!text.isEmpty && text.allSatisfy { $0 == "-" })
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func hasSuffix(_ bytes: [UInt8], _ suffix: String, at end: Int, notBefore lower: Int) -> Bool {
        let suffix = Array(suffix.utf8)
        guard end - suffix.count >= lower, end <= bytes.count else { return false }
        return bytes[(end - suffix.count)..<end].elementsEqual(suffix)
    }

    /// Runs of non-space bytes between `lower` and `upper`.
    static func tokens(_ bytes: [UInt8], _ lower: Int, _ upper: Int) -> [DirectiveToken] {
        var result: [DirectiveToken] = []
        var index = lower
        while index < upper {
            while index < upper, isSpace(bytes[index]) { index += 1 }
            let start = index
            while index < upper, !isSpace(bytes[index]) { index += 1 }
            if index > start {
                result.append(DirectiveToken(text: String(decoding: bytes[start..<index], as: UTF8.self), range: ByteRange(start, index)))
            }
        }
        return result
    }

    /// `SV001,NZ001` is two rules.
    private static func split(_ token: DirectiveToken, _ bytes: [UInt8]) -> [DirectiveToken] {
        var result: [DirectiveToken] = []
        var start = token.range.lowerBound
        for index in token.range.lowerBound...token.range.upperBound where index == token.range.upperBound || bytes[index] == UInt8(ascii: ",") {
            if index > start {
                result.append(DirectiveToken(text: String(decoding: bytes[start..<index], as: UTF8.self), range: ByteRange(start, index)))
            }
            start = index + 1
        }
        return result
    }
}

/// The state of one scan: open regions, and what has been found so far.
private struct Scan {
    struct OpenRegion {
        var directive: Directive
        var start: Int
        var remaining: [DirectiveToken]
        var closed: [(token: DirectiveToken, end: Int, enable: SourceLocation?)] = []
    }

    let tree: LocatedTree
    var open: [OpenRegion] = []
    var suppressions: [Suppression] = []
    var diagnostics: [Diagnostic] = []
    /// For a sibling already walked past, the element after it (nil inside: none follows).
    private var nextElementAfter: [Int: Node?] = [:]

    init(tree: LocatedTree) {
        self.tree = tree
    }

    private func location(_ range: ByteRange) -> SourceLocation { tree.source.location(of: range) }

    private func example(_ form: Suppression.Form) -> String {
        form == .comment
            ? "<!-- tenderlint: disable-next SV001 - why the exception is justified -->"
            : "<?tenderlint disable-next SV001 -- why the exception is justified?>"
    }

    mutating func handle(_ directive: Directive) {
        let node = directive.node
        guard let word = directive.command else {
            diagnostics.append(SuppressionSyntax.malformed(
                "empty tenderlint directive: it says nothing to suppress", at: location(node.range), label: "empty directive",
                help: ["write a command, the rules and a reason: \(example(directive.form))"]))
            return
        }
        guard let command = SuppressionScanner.Command(rawValue: word.text) else {
            unknownCommand(word, in: directive)
            return
        }
        var rules: [DirectiveToken] = []
        var closesAll = command == .enable && directive.rules.isEmpty
        for token in directive.rules {
            if command == .enable, SuppressionSyntax.isWildcard(token.text) {
                closesAll = true  // 'enable all' closes every open region, as a bare 'enable' does
            } else if SuppressionSyntax.isWildcard(token.text) {
                diagnostics.append(SuppressionSyntax.wildcard(token.text, at: location(token.range)))
            } else if !rules.contains(where: { $0.text.caseInsensitiveCompare(token.text) == .orderedSame }) {
                rules.append(token)
            }
        }
        if directive.rules.isEmpty, command != .enable {
            diagnostics.append(SuppressionSyntax.malformed(
                "'\(command.rawValue)' names no rules to suppress", at: location(word.range), label: "no rule ids after this",
                help: ["list the rule ids before the reason: \(example(directive.form))"]))
            return
        }
        switch command {
        case .disableNext: disableNext(rules, directive)
        case .disable: disable(rules, directive)
        case .enable: enable(rules, directive, namesNone: closesAll)
        }
    }

    /// `<?tenderlint-disable …?>` or `<?TenderLint …?>`: meant as a directive, but not one.
    mutating func misspeltTarget(_ name: String, _ node: Node) {
        let nameRange = node.nameRange ?? node.range
        diagnostics.append(SuppressionSyntax.malformed(
            "'\(name)' is not a tenderlint directive: the target must be exactly '\(SuppressionScanner.target)'",
            at: location(nameRange), label: "not 'tenderlint'",
            help: ["write it as <?tenderlint disable-next SV001 -- reason?>, with a space after 'tenderlint'"]))
    }

    private mutating func unknownCommand(_ word: DirectiveToken, in directive: Directive) {
        let commands = SuppressionScanner.Command.allCases.map(\.rawValue)
        let suggestion = commands.first { word.text.hasPrefix($0 + "-") }
            ?? Spelling.nearest(to: word.text, among: Set(commands))
        let wordLocation = location(word.range)
        diagnostics.append(SuppressionSyntax.malformed(
            "unknown tenderlint directive '\(word.text)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
            at: wordLocation, label: "not a directive",
            notes: ["the directives are \(commands.map { "'\($0)'" }.joined(separator: ", "))"],
            fixIts: suggestion.map { [Diagnostic.FixIt("write '\($0)'", .safe, replacing: wordLocation, with: $0)] } ?? []))
    }

    private mutating func disableNext(_ rules: [DirectiveToken], _ directive: Directive) {
        guard !rules.isEmpty else { return }
        let node = directive.node
        guard let element = nextElement(after: node) else {
            diagnostics.append(SuppressionSyntax.malformed(
                "'disable-next' is followed by no element it could cover", at: location(node.range), label: "nothing follows",
                notes: ["'disable-next' covers the next element with the same parent, attributes and descendants included"],
                help: ["put the directive immediately before the element the finding is about, or use 'disable' … 'enable' for a region"]))
            return
        }
        let source = tree.source
        suppressions.append(Suppression(
            rules: rules.map(\.text), ruleLocations: rules.map { location($0.range) }, reason: directive.reason,
            scope: .nextElement(element.range), origin: location(node.range), form: directive.form,
            file: source.path, target: element.path,
            coveredLines: source.line(containing: element.range.lowerBound)...source.line(containing: max(element.range.lowerBound, element.range.upperBound - 1))))
    }

    /// The next sibling element of a directive. Walked from the directive itself (listing the parent's children
    /// for each directive would be quadratic), and remembered for every sibling walked past, so thousands of
    /// directives stacked before one element are walked over once, not once each.
    private mutating func nextElement(after node: Node) -> Node? {
        if let known = nextElementAfter[node.index] { return known }
        var passed = [node.index]
        var following = node.nextSibling
        while let candidate = following, candidate.kind != .element {
            if let known = nextElementAfter[candidate.index] {
                following = known
                break
            }
            passed.append(candidate.index)
            following = candidate.nextSibling
        }
        for index in passed { nextElementAfter[index] = .some(following) }
        return following
    }

    private mutating func disable(_ rules: [DirectiveToken], _ directive: Directive) {
        var opened: [DirectiveToken] = []
        for token in rules {
            if let region = open.first(where: { $0.remaining.contains { $0.text.caseInsensitiveCompare(token.text) == .orderedSame } }) {
                let line = tree.source.line(containing: region.directive.node.range.lowerBound)
                diagnostics.append(SuppressionSyntax.malformed(
                    "\(token.text) is already disabled by the region opened on line \(line)", at: location(token.range),
                    label: "already disabled",
                    notes: ["regions for the same rule do not nest: the first 'enable \(token.text)' would close the outer one"],
                    help: ["remove this one, or close the outer region first with <?tenderlint enable \(token.text)?>"]))
            } else {
                opened.append(token)
            }
        }
        guard !opened.isEmpty else { return }
        open.append(OpenRegion(directive: directive, start: directive.node.range.upperBound, remaining: opened))
    }

    private mutating func enable(_ rules: [DirectiveToken], _ directive: Directive, namesNone: Bool) {
        let end = directive.node.range.lowerBound
        let enableLocation = location(directive.node.range)
        if namesNone {
            for index in open.indices {
                open[index].closed += open[index].remaining.map { ($0, end, enableLocation) }
                open[index].remaining = []
            }
        }
        for token in rules {
            let matches: (DirectiveToken) -> Bool = { $0.text.caseInsensitiveCompare(token.text) == .orderedSame }
            guard let index = open.lastIndex(where: { $0.remaining.contains(where: matches) }) else {
                diagnostics.append(SuppressionSyntax.malformed(
                    "'enable \(token.text)' closes nothing: no region disables \(token.text) here", at: location(token.range),
                    label: "not disabled here",
                    notes: ["'enable' must name a rule exactly as the 'disable' that opened the region wrote it"],
                    help: ["remove it, or add <?tenderlint disable \(token.text) -- reason?> where the region should start"]))
                continue
            }
            let position = open[index].remaining.firstIndex(where: matches)!
            let closed = open[index].remaining.remove(at: position)
            open[index].closed.append((closed, end, enableLocation))
        }
        for region in open where region.remaining.isEmpty { emit(region) }
        open.removeAll { $0.remaining.isEmpty }
    }

    mutating func finish() {
        for index in open.indices {
            open[index].closed += open[index].remaining.map { ($0, tree.range.upperBound, nil) }
            open[index].remaining = []
            emit(open[index])
        }
        open = []
    }

    /// One suppression per place the region's rules were closed.
    private mutating func emit(_ region: OpenRegion) {
        let source = tree.source
        var ends: [Int] = []
        for closed in region.closed where !ends.contains(closed.end) { ends.append(closed.end) }
        for end in ends {
            let tokens = region.closed.filter { $0.end == end }
            let range = ByteRange(region.start, max(region.start, end))
            suppressions.append(Suppression(
                rules: tokens.map(\.token.text), ruleLocations: tokens.map { location($0.token.range) },
                reason: region.directive.reason, scope: .region(range), origin: location(region.directive.node.range),
                form: region.directive.form, file: source.path,
                coveredLines: source.line(containing: range.lowerBound)...source.line(containing: max(range.lowerBound, range.upperBound - 1)),
                regionEnd: tokens.first?.enable))
        }
    }
}

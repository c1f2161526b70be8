/// Runs a rule's example the way tenderlint runs a document, and works out where its markers say the
/// diagnostics must land. Used by the tests (examples are the rules' tests) and by `tenderlint explain`.
public struct RuleExampleRunner: Sendable {
    public var catalogues: CatalogueSet
    /// The day "today" is for examples, so that they never change verdict as time passes.
    public var today: CalendarDate

    public init(catalogues: CatalogueSet = CatalogueSet(), today: CalendarDate = CalendarDate(year: 2026, month: 6, day: 1)!) {
        self.catalogues = catalogues
        self.today = today
    }

    public struct Outcome: Sendable {
        /// The document as linted: markers removed.
        public var source: SourceFile
        /// The rule's diagnostics.
        public var diagnostics: [Diagnostic]
        /// Anything else the document produced (reader or model findings): a broken example.
        public var otherDiagnostics: [Diagnostic]
        /// Where the markers say the diagnostics must land, in order.
        public var expected: [SourcePosition]
    }

    /// The example's document without its markers, and the byte offset of each marker.
    public static func removeMarkers(from text: String) -> (text: String, offsets: [Int]) {
        var output = ""
        var offsets: [Int] = []
        for character in text {
            if character == RuleExample.marker {
                offsets.append(output.utf8.count)
            } else {
                output.append(character)
            }
        }
        return (output, offsets)
    }

    /// Runs the example's document, or a variant of it (another spelling, other line ends), through the rule.
    /// `markers` are byte offsets in `text` where diagnostics must land; `path`'s extension picks the reader.
    public func run(_ rule: Rule, example: RuleExample, text: String, markers: [Int], path: String) throws(RuleSetError) -> Outcome {
        let source = SourceFile(path: path, text: text)
        let settings = EngineSettings(
            profile: example.profile, asOf: example.asOf, today: today, catalogues: catalogues,
            parameters: [rule.id: example.parameters], policySwitches: example.policies
        )
        let linter = Linter(engine: RuleEngine(ruleSet: try RuleSet([rule]), settings: settings))
        let report = linter.lint(source)
        let ruleDiagnostics = report.diagnostics.filter { $0.rule == rule.identity }
        let others = report.diagnostics.filter { $0.rule != rule.identity }
        let tree = (DocumentKind(path: path) ?? .xml).read(source).documents.first
        let expected = markers.map { offset in
            Self.node(at: offset, in: tree).map { Origin($0).location.start } ?? source.position(at: offset)
        }
        return Outcome(source: source, diagnostics: ruleDiagnostics, otherDiagnostics: others, expected: expected.sorted())
    }

    /// Runs the example as its author wrote it: tender-spec XML.
    public func run(_ rule: Rule, example: RuleExample) throws(RuleSetError) -> Outcome {
        let (text, markers) = Self.removeMarkers(from: example.document)
        return try run(rule, example: example, text: text, markers: markers, path: "example.xml")
    }

    /// The element, attribute or JSON member that starts at an offset: what a marker points at.
    static func node(at offset: Int, in tree: LocatedTree?) -> Node? {
        guard let tree else { return nil }
        var best: Node?
        for node in tree.allNodes {
            let start: Int? = switch node.kind {
            case .attribute: node.nameRange?.lowerBound
            case .element: node.range.lowerBound
            case .text, .comment, .processingInstruction: nil
            default: node.memberRange.lowerBound
            }
            // The outermost node starting there: a JSON member rather than the object inside it.
            if start == offset, best == nil { best = node }
        }
        return best
    }
}

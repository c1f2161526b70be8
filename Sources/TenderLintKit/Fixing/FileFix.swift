/// What `--fix` did, or would do, to one file: its text before and after, the fixes applied by rule, and the
/// findings whose fixes it left, with why.
public struct FileFix: Sendable {
    public let path: String
    public let original: [UInt8]
    public internal(set) var fixed: [UInt8]
    /// How many fixes of each rule (by id) were applied.
    public internal(set) var applied: [String: Int] = [:]
    /// Each finding whose fix was left, by rule id.
    public internal(set) var left: [(rule: String, reason: FixLeftReason)] = []

    init(path: String, original: [UInt8]) {
        self.path = path
        self.original = original
        self.fixed = original
    }

    public var changes: Bool { fixed != original }
    public var appliedCount: Int { applied.values.reduce(0, +) }

    /// The file could not be written: nothing it would have fixed is fixed.
    public func unwritten(because reason: String) -> FileFix {
        var fix = FileFix(path: path, original: original)
        fix.left = applied.sorted { $0.key < $1.key }.flatMap { rule, count in
            Array(repeating: (rule, FixLeftReason.notWritable(reason)), count: count)
        } + left
        return fix
    }
}

/// What `--fix`, `--unsafe-fixes` and `--diff` ask of a run.
public struct FixRequest: Sendable, Equatable {
    /// Unsafe fixes too (`--unsafe-fixes`), not only the safe ones.
    public var includesUnsafe: Bool
    /// Print what would change as a unified diff and change nothing (`--diff`).
    public var diffOnly: Bool

    /// Fixes are applied in passes until none is left; this many at most, as ruff's, in case two fixes undo
    /// each other.
    public static let passLimit = 100

    public init(includesUnsafe: Bool = false, diffOnly: Bool = false) {
        self.includesUnsafe = includesUnsafe
        self.diffOnly = diffOnly
    }
}

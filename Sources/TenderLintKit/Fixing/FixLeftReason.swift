/// Why a finding's fix was not applied by `--fix`.
public enum FixLeftReason: Hashable, Sendable, Comparable {
    /// Unsafe, and `--unsafe-fixes` was not given.
    case unsafe(because: String)
    /// Its edits are in another file (a configuration, a sidecar, a baseline, a catalogue): `--fix` changes
    /// only the documents it lints.
    case otherFile
    /// Applied, the document read worse than before (a new syntax or validity error), so it was not written.
    case wouldInvalidate
    /// Still there after the last pass: it overlaps another fix, or fixes undo each other.
    case didNotSettle
    /// The file could not be written.
    case notWritable(String)

    /// Said after the rule's count: "unsafe (it changes …): pass --unsafe-fixes to apply".
    public var description: String {
        switch self {
        case .unsafe(let reason): "unsafe (\(reason)): --unsafe-fixes applies it"
        case .otherFile: "its edits are in another file (configuration, sidecar, baseline or catalogue), which --fix does not change"
        case .wouldInvalidate: "applied, the document would not read as well as before"
        case .didNotSettle: "it overlaps another fix, or fixes undid each other, in \(FixRequest.passLimit) passes"
        case .notWritable(let reason): "the file cannot be written: \(reason)"
        }
    }
}

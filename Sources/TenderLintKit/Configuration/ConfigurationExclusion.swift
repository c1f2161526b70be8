/// A glob from `exclude` or `extend-exclude`, with the folder it is relative to (its configuration file's).
public struct ConfigurationExclusion: Sendable {
    public var glob: Sourced<GlobPattern>
    /// Absolute and standardised.
    public var directory: String

    public init(glob: Sourced<GlobPattern>, directory: String) {
        self.glob = glob
        self.directory = directory
    }

    /// Whether it leaves out a path (absolute, standardised) itself; a walk does not enter a folder left out.
    public func matches(absolutePath: String) -> Bool {
        glob.value.matchesExactly(ConfigurationPaths.relative(absolutePath, to: directory))
    }
}

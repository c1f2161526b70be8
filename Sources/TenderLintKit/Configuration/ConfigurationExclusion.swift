/// A glob from `exclude` or `extend-exclude`, with the folder it is relative to (its configuration file's).
public struct ConfigurationExclusion: Sendable {
    /// Left out unless `exclude` says otherwise: folders that never hold tenders. Hidden folders (`.git`,
    /// `.venv`) are skipped anyway. `build` and `dist` are not here: a folder of building-works tenders may be
    /// called that.
    public static let defaultGlobs = ["node_modules", "bower_components", "venv", "site-packages", "__pypackages__", "buck-out"]

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

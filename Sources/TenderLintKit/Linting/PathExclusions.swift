import Foundation

/// What a run leaves out of the folders it walks: the configuration's `exclude` (or the defaults) and
/// `extend-exclude`, `--exclude` globs, and what `.gitignore` and `.ignore` files list.
///
/// Whether a path is left out depends only on the path and these settings; each folder's ignore files and
/// configuration are read once, however many paths are asked about.
public final class PathExclusions: @unchecked Sendable {
    public struct Settings: Sendable {
        /// `--exclude`: globs relative to the working directory, left out as well as the configuration's.
        public var globs: [GlobPattern]
        /// Whether `.gitignore` and `.ignore` files are read (`--no-respect-gitignore` turns it off).
        public var respectsIgnoreFiles: Bool
        /// `--force-exclude`: a path named on the command line is left out too when it is excluded.
        public var forceExclude: Bool

        public init(globs: [GlobPattern] = [], respectsIgnoreFiles: Bool = true, forceExclude: Bool = false) {
            self.globs = globs
            self.respectsIgnoreFiles = respectsIgnoreFiles
            self.forceExclude = forceExclude
        }
    }

    private static let defaults = ConfigurationExclusion.defaultGlobs.compactMap { try? GlobPattern($0) }

    public let settings: Settings
    let configuration: ConfigurationResolver?
    let workingDirectory: String
    private let lock = NSLock()
    /// Absolute folder → the ignore files that apply in it, the nearest first.
    private var ignoreFiles: [String: [(directory: String, file: IgnoreFile)]] = [:]

    public init(_ settings: Settings, configuration: ConfigurationResolver?,
                workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.settings = settings
        self.configuration = configuration
        self.workingDirectory = ConfigurationPaths.absolute(workingDirectory, base: "/")
    }

    /// Why a file or folder met in a walk is left out (the pattern and where it is written), or nil when it
    /// is not. Only the entry itself is matched: the walk does not go into a folder that is left out.
    public func exclusion(of path: String, isDirectory: Bool) throws(ConfigurationError) -> String? {
        let absolute = ConfigurationPaths.absolute(path, base: workingDirectory)
        let relative = ConfigurationPaths.relative(absolute, to: workingDirectory)
        if let glob = settings.globs.first(where: { $0.matchesExactly(relative) }) {
            return "matches --exclude '\(glob)'"
        }
        let folder = (absolute as NSString).deletingLastPathComponent
        let configured = try configuration?.exclusions(inFolder: folder)
        if let exclude = configured?.exclude {
            if let hit = exclude.first(where: { $0.matches(absolutePath: absolute) }) {
                return "matches '\(hit.glob.value)' (exclude, \(hit.glob.origin))"
            }
        } else if let glob = Self.defaults.first(where: { $0.matchesExactly(absolute) }) {
            return "matches '\(glob)', excluded by default"
        }
        if let hit = configured?.extendExclude.first(where: { $0.matches(absolutePath: absolute) }) {
            return "matches '\(hit.glob.value)' (extend-exclude, \(hit.glob.origin))"
        }
        guard settings.respectsIgnoreFiles else { return nil }
        lock.lock()
        defer { lock.unlock() }
        for (directory, file) in chain(folder) {
            let inFile = ConfigurationPaths.relative(absolute, to: directory)
            guard let decision = file.decision(for: inFile, isDirectory: isDirectory) else { continue }
            return decision.ignored ? "is ignored by \(file.path):\(decision.line)" : nil
        }
        return nil
    }

    /// Why a path named on the command line is left out: only with `--force-exclude`, when it or a folder it
    /// is in (below the repository root, or the working directory outside one) is excluded.
    public func exclusionOfNamed(_ path: String, isDirectory: Bool) throws(ConfigurationError) -> String? {
        guard settings.forceExclude else { return nil }
        let absolute = ConfigurationPaths.absolute(path, base: workingDirectory)
        let boundary = ConfigurationPaths.repositoryRoot(from: (absolute as NSString).deletingLastPathComponent) ?? workingDirectory
        var steps: [String] = []
        var current = (absolute as NSString).deletingLastPathComponent
        while current.hasPrefix(boundary + "/") {
            steps.append(current)
            current = (current as NSString).deletingLastPathComponent
        }
        for folder in steps.reversed() {
            if let reason = try exclusion(of: folder, isDirectory: true) {
                return "is in \(ConfigurationPaths.display(folder, workingDirectory: workingDirectory)), which \(reason)"
            }
        }
        return try exclusion(of: absolute, isDirectory: isDirectory)
    }

    // MARK: Ignore files

    /// The ignore files that apply in a folder, the nearest first: its own (`.ignore` before `.gitignore`),
    /// then its parents' up to the repository root (the folder holding `.git`). Call with the lock held.
    private func chain(_ folder: String) -> [(directory: String, file: IgnoreFile)] {
        if let cached = ignoreFiles[folder] { return cached }
        var own: [(directory: String, file: IgnoreFile)] = []
        for name in [".ignore", ".gitignore"] {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let shown = ConfigurationPaths.display(path, workingDirectory: workingDirectory)
            own.append((folder, IgnoreFile(path: shown, text: String(decoding: data, as: UTF8.self))))
        }
        let atTop = folder == "/" || ConfigurationPaths.isRepositoryRoot(folder)
        let result = own + (atTop ? [] : chain((folder as NSString).deletingLastPathComponent))
        ignoreFiles[folder] = result
        return result
    }
}

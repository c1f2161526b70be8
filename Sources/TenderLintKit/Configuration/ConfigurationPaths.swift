import Foundation

/// Path arithmetic for configurations: absolute, standardised paths and paths relative to a folder.
public enum ConfigurationPaths {
    /// An absolute, standardised path (no `.` or `..` steps, no trailing slash); symbolic links are kept.
    public static func absolute(_ path: String, base: String) -> String {
        let joined = path.hasPrefix("/") ? path : (base as NSString).appendingPathComponent(path)
        return standardise(joined)
    }

    static func standardise(_ path: String) -> String {
        var steps: [Substring] = []
        for step in path.split(separator: "/") {
            switch step {
            case ".": continue
            case "..": if !steps.isEmpty { steps.removeLast() }
            default: steps.append(step)
            }
        }
        return "/" + steps.joined(separator: "/")
    }

    /// `path` relative to `directory`, with `..` steps when it is outside. Both absolute and standardised.
    public static func relative(_ path: String, to directory: String) -> String {
        let target = path.split(separator: "/")
        let base = directory.split(separator: "/")
        var common = 0
        while common < target.count, common < base.count, target[common] == base[common] { common += 1 }
        let ups = Array(repeating: "..", count: base.count - common)
        return (ups + target[common...].map(String.init)).joined(separator: "/")
    }

    /// How to show a path: relative to the working directory when under it, else absolute.
    public static func display(_ absolutePath: String, workingDirectory: String) -> String {
        let base = standardise(workingDirectory)
        if base == "/" { return String(absolutePath.dropFirst()) }
        if absolutePath.hasPrefix(base + "/") { return String(absolutePath.dropFirst(base.count + 1)) }
        return absolutePath
    }

    /// Whether a folder is a repository's root: it holds `.git` (a folder, or the file a worktree or submodule
    /// has instead). Configuration discovery, ignore files and SARIF's paths all stop there.
    public static func isRepositoryRoot(_ folder: String) -> Bool {
        FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(".git"))
    }

    /// The nearest folder from `folder` (absolute) up that is a repository's root; nil when none is.
    public static func repositoryRoot(from folder: String) -> String? {
        var candidate = folder.isEmpty ? "/" : folder
        while true {
            if isRepositoryRoot(candidate) { return candidate }
            guard candidate != "/" else { return nil }
            candidate = (candidate as NSString).deletingLastPathComponent
            if candidate.isEmpty { candidate = "/" }
        }
    }
}

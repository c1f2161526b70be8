import Foundation

/// Turns the paths a user gives into the sorted list of files to lint.
///
/// Named files are taken as they are; directories are walked for the
/// extensions in `DocumentKind`, skipping hidden entries (`.git`, `.build`…).
public struct FileDiscovery: Sendable {
    public init() {}

    public func files(in paths: [String]) throws(PathError) -> [String] {
        var found: Set<String> = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw PathError(path: path, reason: "no such file or directory")
            }
            if isDirectory.boolValue {
                try walk(path, into: &found)
            } else {
                guard DocumentKind(path: path) != nil else {
                    throw PathError(path: path, reason: "not a file tenderlint reads (it reads \(Self.extensionList))")
                }
                found.insert(path)
            }
        }
        return found.sorted()
    }

    static let extensionList = DocumentKind.extensions.keys.sorted().map { ".\($0)" }.joined(separator: ", ")

    private func walk(_ root: String, into found: inout Set<String>) throws(PathError) {
        var pending = [root]
        var visited: Set<String> = []
        while let directory = pending.popLast() {
            // Symbolic links can make a cycle; each real directory is walked once.
            let real = (directory as NSString).resolvingSymlinksInPath
            guard visited.insert(real).inserted else { continue }
            let entries: [String]
            do {
                entries = try FileManager.default.contentsOfDirectory(atPath: directory)
            } catch {
                throw PathError(path: directory, reason: "cannot be read (check its permissions)")
            }
            for entry in entries where !entry.hasPrefix(".") {
                let path = Self.join(directory, entry)
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    pending.append(path)
                } else if DocumentKind(path: entry) != nil {
                    found.insert(path)
                }
            }
        }
    }

    private static func join(_ directory: String, _ entry: String) -> String {
        if directory == "." { return entry }
        return directory.hasSuffix("/") ? directory + entry : directory + "/" + entry
    }
}

import Foundation

extension ScratchDirectory {
    /// A scratch repository (it holds .git) with these samples under tenders/, at the paths given.
    static func repository(samples: [String: String]) throws -> ScratchDirectory {
        let scratch = try ScratchDirectory()
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent(".git"), withIntermediateDirectories: true)
        for (path, sample) in samples { try scratch.write("tenders/\(path)", DocumentationShell.page("Samples/\(sample)")) }
        return scratch
    }
}

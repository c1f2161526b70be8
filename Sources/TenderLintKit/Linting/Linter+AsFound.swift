import Foundation

extension Linter {
    /// Lints files and directories as `lint(paths:deliver:)` does, the files linted while the walk is still
    /// finding more, so that the walk takes no core of its own. Findings go out, in the same order, only once the
    /// walk has ended well: one that fails (a folder that cannot be read, say) leaves no output, as before linting.
    /// Standard input (`-`) is not among the paths.
    public func lintAsFound(paths: [String], deliver: @escaping @Sendable (LintReport) -> Void) throws -> LintReport {
        let feed = DiscoveryFeed()
        let delivery = OrderedDelivery(fileCount: .max, holding: true, deliver: deliver)
        let walk = Thread { [self] in
            do {
                let found = try discover(paths) { feed.add($0) }
                delivery.release()
                feed.finish(.success(found))
            } catch {
                feed.finish(.failure(error))
            }
        }
        walk.start()
        DocumentSweep(jobs: jobs).forEach(count: jobs, claim: {
            guard let index = delivery.nextFile(), feed.file(at: index) != nil else { return nil }
            return index
        }) { index in
            lintFile(feed.file(at: index)!, at: index, standardInput: nil, into: delivery)
        }
        let found = try feed.found()
        var totals = try delivery.totals()
        totals.skipped = found.skipped
        return totals
    }
}

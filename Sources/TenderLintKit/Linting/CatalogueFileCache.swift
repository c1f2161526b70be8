import Foundation

/// Catalogue files named by configurations, read once each however many linted files use them.
final class CatalogueFileCache: @unchecked Sendable {
    private let lock = NSLock()
    private var loaded: [String: MeasureCatalogue] = [:]

    func load(_ path: String) throws(ConfigurationError) -> MeasureCatalogue {
        lock.lock()
        defer { lock.unlock() }
        if let catalogue = loaded[path] { return catalogue }
        let result: CatalogueLoadResult
        do {
            result = try CatalogueLoader().load(path: path)
        } catch {
            throw ConfigurationError(path: path, message: "the catalogue \(path) named in the configuration cannot be read: \(error.reason)")
        }
        guard let catalogue = result.catalogue else { throw ConfigurationError(result.diagnostics) }
        loaded[path] = catalogue
        return catalogue
    }
}

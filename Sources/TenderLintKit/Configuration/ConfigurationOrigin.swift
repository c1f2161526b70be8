import Foundation

/// Where a configured value was written: a file, line and column.
public struct ConfigurationOrigin: Hashable, Sendable, CustomStringConvertible {
    /// The configuration file's path for display (relative to the working directory when under it).
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `.tenderlint.yml:12`.
    public var description: String { "\(path):\(line)" }
}

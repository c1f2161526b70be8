import Foundation

/// A size in bytes as a person writes it on the command line (`20MB`, `512K`, `1048576`) and reads it back.
/// KB, MB and GB count in 1024s, as KiB, MiB and GiB (also accepted) do.
public struct ByteSize: Sendable, Hashable, CustomStringConvertible {
    public var bytes: Int

    public init(bytes: Int) { self.bytes = bytes }

    /// Nil for anything but a whole number of bytes, optionally with a unit, from 1 byte up.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        let unit = trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
        let multipliers: [String: Int] = ["": 1, "B": 1, "K": 1 << 10, "KB": 1 << 10, "KIB": 1 << 10,
                                          "M": 1 << 20, "MB": 1 << 20, "MIB": 1 << 20, "G": 1 << 30, "GB": 1 << 30, "GIB": 1 << 30]
        guard !digits.isEmpty, let number = Int(digits), let multiplier = multipliers[unit] else { return nil }
        let (product, overflow) = number.multipliedReportingOverflow(by: multiplier)
        guard !overflow, product > 0 else { return nil }
        bytes = product
    }

    /// The size in the largest unit that divides it: "20 MB", "512 KB", "1000 bytes".
    public var description: String {
        for (size, unit) in [(1 << 30, "GB"), (1 << 20, "MB"), (1 << 10, "KB")] where bytes % size == 0 {
            return "\(bytes / size) \(unit)"
        }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }
}

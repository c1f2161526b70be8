import Foundation

/// Counts code points between two offsets of a file in time independent of how far apart they are.
///
/// A column is the number of code points from its line's start, and a minified JSON document is one line of
/// many megabytes: counting byte by byte for each diagnostic made linting such a file quadratic. The index
/// holds, for every block of bytes, how many UTF-8 continuation bytes come before it; a count then costs
/// at most two blocks. It is built on first use, and only for valid UTF-8 (invalid sequences count as one
/// code point each, which continuation bytes cannot tell).
final class ColumnIndex: @unchecked Sendable {
    static let blockSize = 4096
    private let lock = NSLock()
    private var built = false
    /// Continuation bytes before each block; nil when the text is not valid UTF-8.
    private var continuationsBefore: [Int]?

    /// The code points in `bytes[start..<end]`, or nil when the text is not valid UTF-8.
    func codePoints(in bytes: [UInt8], from start: Int, to end: Int) -> Int? {
        guard let blocks = index(of: bytes) else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            (end - start) - (Self.continuations(before: end, buffer, blocks) - Self.continuations(before: start, buffer, blocks))
        }
    }

    /// The offset `count` code points after `start`, no further than `limit`; nil when the text is not valid UTF-8.
    /// Whole blocks are skipped by binary search, then at most a block is walked.
    func offset(after count: Int, from start: Int, limit: Int, in bytes: [UInt8]) -> Int? {
        guard let blocks = index(of: bytes) else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            let before = Self.continuations(before: start, buffer, blocks)
            func codePoints(toBlock block: Int) -> Int { (block * Self.blockSize - start) - (blocks[block] - before) }
            var low = start / Self.blockSize + 1
            var high = min(limit / Self.blockSize, blocks.count - 1)
            var position = start
            var remaining = count
            if low <= high, codePoints(toBlock: low) <= count {
                // The last block boundary with at most `count` code points before it.
                while low < high {
                    let middle = (low + high + 1) / 2
                    if codePoints(toBlock: middle) <= count { low = middle } else { high = middle - 1 }
                }
                position = low * Self.blockSize
                remaining = count - codePoints(toBlock: low)
                // A boundary inside a character: its lead byte was counted already.
                while position < limit, buffer[position] & 0xC0 == 0x80 { position += 1 }
            }
            while remaining > 0, position < limit {
                position += 1
                while position < limit, buffer[position] & 0xC0 == 0x80 { position += 1 }
                remaining -= 1
            }
            return position
        }
    }

    private func index(of bytes: [UInt8]) -> [Int]? {
        lock.withLock {
            if !built {
                built = true
                continuationsBefore = SourceFile.firstInvalidUTF8(bytes) == nil ? Self.build(bytes) : nil
            }
            return continuationsBefore
        }
    }

    private static func build(_ bytes: [UInt8]) -> [Int] {
        var blocks = [0]
        blocks.reserveCapacity(bytes.count / blockSize + 1)
        bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            for (position, byte) in buffer.enumerated() {
                if position > 0, position % blockSize == 0 { blocks.append(count) }
                if byte & 0xC0 == 0x80 { count += 1 }
            }
        }
        return blocks
    }

    private static func continuations(before offset: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ blocks: [Int]) -> Int {
        let block = min(offset / blockSize, blocks.count - 1)
        var count = blocks[block]
        var position = block * blockSize
        while position < offset {
            if bytes[position] & 0xC0 == 0x80 { count += 1 }
            position += 1
        }
        return count
    }
}

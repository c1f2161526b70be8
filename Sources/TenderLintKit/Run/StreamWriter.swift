import Foundation

/// Writes to a file descriptor with the system call itself: every byte or a `WriteFailure`, partial writes
/// and interruptions handled, and no trap on a closed descriptor or a full disk.
enum StreamWriter {
    static func write(_ data: Data, to descriptor: Int32) throws(WriteFailure) {
        let failure: Int32? = data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        if let failure { throw WriteFailure(errno: failure) }
    }
}

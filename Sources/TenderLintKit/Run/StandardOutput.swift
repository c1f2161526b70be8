import Foundation

/// Standard output: where it cannot be written (a full disk, a closed descriptor), the run ends with one line on
/// standard error and the usage-error status instead of a crash.
public enum StandardOutput {
    public static func write(_ text: String) throws(RunFailure) {
        do {
            try StreamWriter.write(Data(text.utf8), to: STDOUT_FILENO)
        } catch {
            StandardError.write("tenderlint: error: standard output cannot be written (\(error))")
            throw .reported
        }
    }
}

/// An output file that cannot be opened for writing.
struct OutputFileError: Error {
    var path: String
    var reason: String
}

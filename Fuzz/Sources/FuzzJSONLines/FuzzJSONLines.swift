import FuzzSupport
import TenderLintKit

/// Any bytes as a JSON Lines file: the line splitter (CR LF, lone CR, blank lines, a BOM on the first
/// line only, UTF-16 refused once) and each line through the JSON reader at its place in the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let source = SourceFile(path: "fuzz.jsonl", bytes: FuzzInput.bytes(start, count))
    TreeWalk.visit(JSONLinesReader().read(source))
    return 0
}

import FuzzSupport
import TenderLintKit

/// Any bytes as a JSON file: the hand-written scanner and parser, duplicate keys, depth limits, encodings.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let source = SourceFile(path: "fuzz.json", bytes: FuzzInput.bytes(start, count))
    let result = JSONReader().read(source)
    TreeWalk.visit(result)
    return 0
}

import FuzzSupport
import TenderLintKit

/// Any bytes as an XML file: encodings, DTDs, entities, processing instructions. The reader must report,
/// never crash or hang; the tree it builds is walked so that every node's path and position are computed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let source = SourceFile(path: "fuzz.xml", bytes: FuzzInput.bytes(start, count))
    let result = XMLReader().read(source)
    TreeWalk.visit(result)
    return 0
}

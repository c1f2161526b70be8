/// The bytes libFuzzer hands to `LLVMFuzzerTestOneInput`, copied so a reader may keep them.
public enum FuzzInput {
    public static func bytes(_ start: UnsafeRawPointer, _ count: Int) -> [UInt8] {
        // libFuzzer may pass a null-ish pointer with count 0; never read through it then.
        guard count > 0 else { return [] }
        return Array(UnsafeRawBufferPointer(start: start, count: count))
    }
}

import Testing
import TenderLintKit

@Suite("Sizes in bytes as a person writes them")
struct ByteSizeTests {
    @Test("Sizes read as a person writes them, and are refused when they are not sizes")
    func byteSizes() {
        #expect(ByteSize("20MB")?.bytes == 20 << 20)
        #expect(ByteSize("512k")?.bytes == 512 << 10)
        #expect(ByteSize("1 GiB")?.bytes == 1 << 30)
        #expect(ByteSize("1048576")?.bytes == 1 << 20)
        #expect(ByteSize("0") == nil)
        #expect(ByteSize("MB") == nil)
        #expect(ByteSize("20 parsecs") == nil)
        #expect(ByteSize("99999999999999999999GB") == nil)
        #expect(ByteSize(bytes: 20 << 20).description == "20 MB")
        #expect(ByteSize(bytes: 1000).description == "1000 bytes")
    }
}

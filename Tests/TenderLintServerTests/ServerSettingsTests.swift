import Testing
@testable import TenderLintServer

@Suite("What serve's options and an upload's name come to")
struct ServerSettingsTests {
    @Test("An upload's name is its last component, cleaned, or 'upload'")
    func documentNames() {
        #expect(UploadChecker.documentName("C:\\Users\\me\\spec.xml") == "spec.xml")
        #expect(UploadChecker.documentName("../../etc/passwd") == "passwd")
        #expect(UploadChecker.documentName("a\u{0}b\n.json") == "ab.json")
        #expect(UploadChecker.documentName("..") == "upload")
        #expect(UploadChecker.documentName("  ") == "upload")
        #expect(UploadChecker.documentName(nil) == "upload")
    }

    @Test("Loopback hosts are told from the others")
    func loopback() {
        #expect(ServerSettings(host: "127.0.0.1").isLoopback)
        #expect(ServerSettings(host: "localhost").isLoopback)
        #expect(ServerSettings(host: "::1").isLoopback)
        #expect(!ServerSettings(host: "0.0.0.0").isLoopback)
        #expect(!ServerSettings(host: "::").isLoopback)
        #expect(!ServerSettings(host: "192.168.1.4").isLoopback)
    }
}

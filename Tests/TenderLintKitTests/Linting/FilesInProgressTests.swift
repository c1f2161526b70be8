import Testing
@testable import TenderLintKit

@Suite("Files in progress")
struct FilesInProgressTests {
    @Test("a document checked alone may share its rules among every thread")
    func aloneTakesEveryThread() {
        let files = FilesInProgress()
        #expect(files.threadsFree(of: 4) == 4)
        files.enter()
        #expect(files.threadsFree(of: 4) == 4)
        #expect(files.threadsFree(of: 1) == 1)
    }

    @Test("each other file being checked takes a thread away, down to the document's own")
    func otherFilesTakeThreads() {
        let files = FilesInProgress()
        files.enter()
        files.enter()
        #expect(files.threadsFree(of: 2) == 1)
        #expect(files.threadsFree(of: 4) == 3)
        files.enter()
        files.enter()
        files.enter()
        #expect(files.threadsFree(of: 4) == 1)
        files.leave()
        files.leave()
        files.leave()
        files.leave()
        #expect(files.threadsFree(of: 2) == 2)
    }
}

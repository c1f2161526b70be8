/// A unified diff of two texts, as `diff -u` and `git diff` write it: `--- a/path`, `+++ b/path`, then hunks
/// of changed lines with `context` lines around them. Lines are compared whole, their ends included, so a line
/// end changed is a line changed; a last line with no line end is marked `\ No newline at end of file`.
public enum UnifiedDiff {
    /// The diff of `old` into `new`; empty when they are the same.
    public static func text(from old: String, to new: String, oldName: String, newName: String, context: Int = 3) -> String {
        let before = lines(of: old), after = lines(of: new)
        let script = editScript(before, after)
        guard script.contains(where: \.isChange) else { return "" }
        var output = "--- \(oldName)\n+++ \(newName)\n"
        for hunk in hunks(script, context: context) {
            output += header(hunk, script: script)
            for index in hunk {
                switch script[index] {
                case .same(let i, _): output += line(" ", before[i])
                case .removed(let i): output += line("-", before[i])
                case .added(let j): output += line("+", after[j])
                }
            }
        }
        return output
    }

    /// One step of turning the old lines into the new: a line of both (old and new index), or of one.
    enum Step: Equatable {
        case same(Int, Int)
        case removed(Int)
        case added(Int)

        var isChange: Bool {
            if case .same = self { false } else { true }
        }
    }

    /// Lines with their ends kept ("a\n", and a last "b" with none).
    static func lines(of text: String) -> [Substring] {
        var result: [Substring] = []
        var start = text.startIndex
        for index in text.indices where text[index] == "\n" || text[index] == "\r\n" {
            let end = text.index(after: index)
            result.append(text[start..<end])
            start = end
        }
        if start < text.endIndex { result.append(text[start...]) }
        return result
    }

    private static func line(_ mark: String, _ text: Substring) -> String {
        let ended = text.last == "\n" || text.last == "\r\n"
        return mark + text + (ended ? "" : "\n\\ No newline at end of file\n")
    }

    /// The shortest edit script (Myers' algorithm): removals before additions where lines are replaced.
    static func editScript(_ a: [Substring], _ b: [Substring]) -> [Step] {
        let n = a.count, m = b.count, offset = n + m + 1
        var v = [Int](repeating: 0, count: 2 * offset + 1)
        var trace: [[Int]] = []
        search: for d in 0...(n + m) {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                v[offset + k] = x
                if x >= n, y >= m { break search }
            }
        }
        // Walk the trace back from the end, collecting the steps in reverse.
        var steps: [Step] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d], k = x - y
            let down = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])
            let previousK = down ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : v[offset + previousK], previousY = previousX - previousK
            while x > previousX, y > previousY, x > 0, y > 0 { x -= 1; y -= 1; steps.append(.same(x, y)) }
            if d > 0 {
                if down { y -= 1; steps.append(.added(y)) } else { x -= 1; steps.append(.removed(x)) }
            }
        }
        while x > 0, y > 0 { x -= 1; y -= 1; steps.append(.same(x, y)) }
        return steps.reversed()
    }

    /// The steps each hunk shows: every change with up to `context` unchanged lines either side, hunks whose
    /// context would touch merged into one.
    static func hunks(_ script: [Step], context: Int) -> [ClosedRange<Int>] {
        var hunks: [ClosedRange<Int>] = []
        for (index, step) in script.enumerated() where step.isChange {
            let lower = max(0, index - context), upper = min(script.count - 1, index + context)
            if let last = hunks.last, lower <= last.upperBound + 1 {
                hunks[hunks.count - 1] = last.lowerBound...max(last.upperBound, upper)
            } else {
                hunks.append(lower...upper)
            }
        }
        return hunks
    }

    /// `@@ -3,7 +3,7 @@`: where the hunk starts in each text (1-based) and how many lines it spans there.
    private static func header(_ hunk: ClosedRange<Int>, script: [Step]) -> String {
        var oldStart: Int?, newStart: Int?, oldCount = 0, newCount = 0
        for index in hunk {
            switch script[index] {
            case .same(let i, let j):
                oldStart = oldStart ?? i; newStart = newStart ?? j; oldCount += 1; newCount += 1
            case .removed(let i): oldStart = oldStart ?? i; oldCount += 1
            case .added(let j): newStart = newStart ?? j; newCount += 1
            }
        }
        // A side with no lines is numbered by the line before it, as diff does.
        let oldLine = oldCount == 0 ? linesBefore(hunk.lowerBound, script: script, old: true) : (oldStart ?? 0) + 1
        let newLine = newCount == 0 ? linesBefore(hunk.lowerBound, script: script, old: false) : (newStart ?? 0) + 1
        return "@@ -\(range(oldLine, oldCount)) +\(range(newLine, newCount)) @@\n"
    }

    private static func range(_ start: Int, _ count: Int) -> String { count == 1 ? "\(start)" : "\(start),\(count)" }

    /// How many lines of one side come before the step at `index`.
    private static func linesBefore(_ index: Int, script: [Step], old: Bool) -> Int {
        script[..<index].count { step in
            switch step {
            case .same: true
            case .removed: old
            case .added: !old
            }
        }
    }
}

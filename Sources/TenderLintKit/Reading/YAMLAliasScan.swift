// Yams resolves aliases while it composes, and its public API offers nothing below composing, so this
// reads libyaml's event stream (the C library Yams vendors as the CYaml module) to find aliases first.
internal import CYaml

/// Finds YAML aliases (`*name`) before anything composes the document.
///
/// Yams replaces an alias with the node its anchor names while composing, so nested aliases (`b: &b [*a, *a,
/// …]`, `c: [*b, *b, …]`, …) make a file of a few lines stand for billions of values: walking the composed tree,
/// or hashing one of its keys, never ends. tenderlint's YAML files (configuration, catalogues, suppression
/// sidecars) have no use for aliases, so each reader calls this first and refuses the file when it finds one.
/// The scan reads events only, builds no tree and stops after `limit` aliases: its cost is the file's size.
enum YAMLAliasScan {
    /// An alias as written: its anchor name, and where it starts and ends as 1-based line and column (columns
    /// in Unicode scalars), the convention of Yams' `Mark`.
    struct Alias: Equatable {
        var anchor: String
        var line: Int
        var column: Int
        var endLine: Int
        var endColumn: Int
    }

    /// How many aliases are reported at most: the first is enough to refuse the file, and a bomb has thousands.
    static let defaultLimit = 1

    /// The first `limit` aliases of `text`, in order. The scan stops quietly at a syntax error: reporting it is
    /// the composer's job, and it will meet the same error.
    static func aliases(in text: String, limit: Int = defaultLimit) -> [Alias] {
        var bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return [] }
        var found: [Alias] = []
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return [] }
        defer { yaml_parser_delete(&parser) }
        bytes.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while found.count < limit, yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { break }
                guard event.type == YAML_ALIAS_EVENT else { continue }
                let anchor = event.data.alias.anchor.map { String(cString: $0) } ?? ""
                found.append(Alias(anchor: anchor,
                                   line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1,
                                   endLine: Int(event.end_mark.line) + 1, endColumn: Int(event.end_mark.column) + 1))
            }
        }
        return found
    }

    /// The diagnostics for the aliases of `text`, one per alias found, each at the alias: what `kind` ("a
    /// configuration", "a catalogue") allows instead. Empty when there is none.
    static func diagnostics(in text: String, of source: SourceFile, kind: String,
                            make: (_ message: String, _ range: ByteRange, _ label: String, _ notes: [String], _ help: [String]) -> Diagnostic)
        -> [Diagnostic]
    {
        aliases(in: text).map { alias in
            let start = source.offset(line: alias.line, column: alias.column)
            let end = alias.endLine == alias.line ? source.offset(line: alias.endLine, column: alias.endColumn) : start + 1
            return make(
                "aliases (*\(alias.anchor)) are not allowed in \(kind); write the value out",
                ByteRange(start, max(start + 1, end)), "alias",
                ["an alias repeats the value its anchor (&\(alias.anchor)) names; aliases of aliases can make a file of a few lines stand for billions of values, so tenderlint reads no further",
                 "this is the first alias in the file; every alias must go"],
                ["replace *\(alias.anchor) with the value itself, and remove the anchor &\(alias.anchor)"]
            )
        }
    }
}

import CLibXML2
import Foundation

/// The package's files the schema tests read: the two schemas and the samples.
enum SchemaFiles {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Schemas
        .deletingLastPathComponent()  // TenderLintKitTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root

    static let xsd = packageRoot.appendingPathComponent("docs/schemas/tender-spec-1.xsd")
    static let jsonSchema = packageRoot.appendingPathComponent("docs/schemas/tender-spec-1.schema.json")
    static let samples = packageRoot.appendingPathComponent("Samples")

    /// Every sample with this extension under Samples/, at any depth, except under a `drafts` folder
    /// (drafts are deliberately malformed). Paths are relative to Samples/, sorted.
    static func samples(withExtension ext: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: samples.path) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let components = relative.split(separator: "/")
            guard relative.hasSuffix("." + ext), !components.dropLast().contains("drafts") else { continue }
            found.append(relative)
        }
        return found.sorted()
    }
}

/// One problem libxml2 found: the line it is on (0 when unknown) and its message.
struct SchemaProblem: CustomStringConvertible, Sendable {
    var line: Int
    var message: String

    var description: String { line > 0 ? "line \(line): \(message)" : message }
}

/// Validates XML against an XSD with libxml2, collecting every error instead of printing it.
///
/// Both documents are read from memory with the network off, so nothing is loaded from outside
/// (and the reader's process-wide "refuse every external load" setting cannot get in the way).
enum XSDValidation {
    struct Result {
        /// Problems compiling the schema itself; when there are any, nothing was validated.
        var schemaProblems: [SchemaProblem]
        /// Problems parsing or validating the document.
        var documentProblems: [SchemaProblem]

        var isValid: Bool { schemaProblems.isEmpty && documentProblems.isEmpty }
    }

    /// Collects structured errors; passed to libxml2 as an opaque pointer.
    private final class Collector {
        var problems: [SchemaProblem] = []
    }

    private static let collect: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let collector = Unmanaged<Collector>.fromOpaque(context).takeUnretainedValue()
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown libxml2 error"
        collector.problems.append(SchemaProblem(
            line: Int(error.pointee.line),
            message: message.trimmingCharacters(in: .whitespacesAndNewlines)
        ))
    }

    /// Compiles the schema at `schemaPath` and, when it compiles, validates `document` against it.
    static func validate(_ document: [UInt8], named name: String, against schemaPath: String) -> Result {
        guard let schemaBytes = FileManager.default.contents(atPath: schemaPath) else {
            return Result(schemaProblems: [SchemaProblem(line: 0, message: "cannot read \(schemaPath)")], documentProblems: [])
        }
        return validate(document, named: name, againstSchema: [UInt8](schemaBytes), schemaName: schemaPath)
    }

    static func validate(_ document: [UInt8], named name: String, againstSchema schemaBytes: [UInt8], schemaName: String) -> Result {
        xmlInitParser()
        let schemaCollector = Collector()
        let documentCollector = Collector()
        let schemaContext = Unmanaged.passUnretained(schemaCollector).toOpaque()
        let documentContext = Unmanaged.passUnretained(documentCollector).toOpaque()

        // Anything libxml2 reports outside the schema contexts (a malformed schema file, say)
        // goes to this thread's structured handler: collect it too, then put the default back.
        xmlSetStructuredErrorFunc(schemaContext, collect)
        defer { xmlSetStructuredErrorFunc(nil, nil) }

        let schema: xmlSchemaPtr? = schemaBytes.withUnsafeBufferPointer { buffer in
            let base = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            guard let parser = xmlSchemaNewMemParserCtxt(base, Int32(buffer.count)) else { return nil }
            defer { xmlSchemaFreeParserCtxt(parser) }
            xmlSchemaSetParserStructuredErrors(parser, collect, schemaContext)
            return xmlSchemaParse(parser)
        }
        guard let schema else {
            if schemaCollector.problems.isEmpty {
                schemaCollector.problems.append(SchemaProblem(line: 0, message: "\(schemaName) did not compile"))
            }
            return Result(schemaProblems: schemaCollector.problems, documentProblems: [])
        }
        defer { xmlSchemaFree(schema) }
        if !schemaCollector.problems.isEmpty {
            return Result(schemaProblems: schemaCollector.problems, documentProblems: [])
        }

        xmlSetStructuredErrorFunc(documentContext, collect)
        let options = Int32(XML_PARSE_NONET.rawValue)
        let parsed: xmlDocPtr? = document.withUnsafeBufferPointer { buffer in
            guard let start = buffer.baseAddress else { return nil }
            let base = UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self)
            return xmlReadMemory(base, Int32(buffer.count), name, nil, options)
        }
        guard let parsed else {
            if documentCollector.problems.isEmpty {
                documentCollector.problems.append(SchemaProblem(line: 0, message: "\(name) is not well-formed XML"))
            }
            return Result(schemaProblems: [], documentProblems: documentCollector.problems)
        }
        defer { xmlFreeDoc(parsed) }
        guard let validation = xmlSchemaNewValidCtxt(schema) else {
            return Result(schemaProblems: [], documentProblems: [SchemaProblem(line: 0, message: "libxml2 could not start a validation")])
        }
        defer { xmlSchemaFreeValidCtxt(validation) }
        xmlSchemaSetValidStructuredErrors(validation, collect, documentContext)
        let status = xmlSchemaValidateDoc(validation, parsed)
        if status != 0, documentCollector.problems.isEmpty {
            documentCollector.problems.append(SchemaProblem(line: 0, message: "libxml2 reported status \(status) without a message"))
        }
        return Result(schemaProblems: [], documentProblems: documentCollector.problems)
    }
}

/// Validates JSON documents against a JSON Schema (draft 2020-12) with Python's `jsonschema`,
/// all in one `python3` process.
enum JSONSchemaValidation {
    struct Document: Encodable {
        var name: String
        /// A file to read, or
        var path: String?
        /// the document's text.
        var text: String?
    }

    struct Outcome: Decodable {
        struct DocumentOutcome: Decodable {
            var name: String
            var errors: [Problem]
        }

        struct Problem: Decodable, CustomStringConvertible {
            /// A JSON pointer to the offending value, "" for the root.
            var pointer: String
            var message: String

            var description: String { "\(pointer.isEmpty ? "/" : pointer): \(message)" }
        }

        /// Problems with the schema itself (not JSON, duplicate keys, not a valid 2020-12 schema).
        var schemaErrors: [String]
        var documents: [DocumentOutcome]
    }

    enum Failure: Error, CustomStringConvertible {
        case python3Missing(String)
        case jsonschemaMissing
        case scriptFailed(status: Int32, standardError: String)

        var description: String {
            switch self {
            case .python3Missing(let detail):
                "python3 was not found (\(detail)): install Python 3, then run `pip install jsonschema`"
            case .jsonschemaMissing:
                "Python's jsonschema package is not installed: run `pip install jsonschema` (the schema tests need it)"
            case .scriptFailed(let status, let standardError):
                "the jsonschema script ended with status \(status): \(standardError)"
            }
        }
    }

    /// Reads the request (schema path and documents) from the file named in argv[1] and prints
    /// one JSON result. Exits 3 when jsonschema is missing. Duplicate keys count as errors, as
    /// they do in tenderlint (TL004). Dates are checked with the format checker.
    static let script = #"""
        import json, sys
        try:
            import jsonschema
            from jsonschema import Draft202012Validator
        except ImportError:
            sys.exit(3)

        def no_duplicates(pairs):
            seen = {}
            for key, value in pairs:
                if key in seen:
                    raise ValueError("key %r is given twice" % key)
                seen[key] = value
            return seen

        def load(text):
            return json.loads(text, object_pairs_hook=no_duplicates)

        def pointer(path):
            return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in path)

        with open(sys.argv[1], encoding="utf-8") as f:
            request = json.load(f)
        result = {"schemaErrors": [], "documents": []}
        try:
            with open(request["schema"], encoding="utf-8") as f:
                schema = load(f.read())
            Draft202012Validator.check_schema(schema)
        except jsonschema.exceptions.SchemaError as error:
            result["schemaErrors"].append("not a valid draft 2020-12 schema at %s: %s" % (pointer(error.path), error.message))
        except (OSError, ValueError) as error:
            result["schemaErrors"].append(str(error))
        if not result["schemaErrors"]:
            checker = getattr(Draft202012Validator, "FORMAT_CHECKER", None) or jsonschema.FormatChecker()
            validator = Draft202012Validator(schema, format_checker=checker)
            for document in request["documents"]:
                try:
                    if document.get("path") is not None:
                        with open(document["path"], encoding="utf-8") as f:
                            instance = load(f.read())
                    else:
                        instance = load(document["text"])
                    found = sorted(validator.iter_errors(instance), key=lambda e: (pointer(e.absolute_path), e.message))
                    errors = [{"pointer": pointer(e.absolute_path), "message": e.message} for e in found]
                except (OSError, ValueError) as error:
                    errors = [{"pointer": "", "message": "not JSON: %s" % error}]
                result["documents"].append({"name": document["name"], "errors": errors})
        print(json.dumps(result))
        """#

    /// Validates every document against the schema at `schemaPath`, in one process.
    static func validate(_ documents: [Document], against schemaPath: String) throws -> Outcome {
        struct Request: Encodable {
            var schema: String
            var documents: [Document]
        }
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("tenderlint-schema-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let requestFile = directory.appendingPathComponent("request.json")
        let outputFile = directory.appendingPathComponent("stdout")
        let errorFile = directory.appendingPathComponent("stderr")
        try JSONEncoder().encode(Request(schema: schemaPath, documents: documents)).write(to: requestFile)
        try Data().write(to: outputFile)
        try Data().write(to: errorFile)

        // Output goes to files, not pipes, so a large result can never fill a pipe and stall.
        let output = try FileHandle(forWritingTo: outputFile)
        let errors = try FileHandle(forWritingTo: errorFile)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, requestFile.path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw Failure.python3Missing("\(error)")
        }
        process.waitUntilExit()
        try output.close()
        try errors.close()

        let standardError = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        switch process.terminationStatus {
        case 0:
            break
        case 3:
            throw Failure.jsonschemaMissing
        case 127:
            throw Failure.python3Missing(standardError.trimmingCharacters(in: .whitespacesAndNewlines))
        default:
            throw Failure.scriptFailed(status: process.terminationStatus, standardError: standardError)
        }
        return try JSONDecoder().decode(Outcome.self, from: Data(contentsOf: outputFile))
    }
}

import Foundation
import Testing

/// Every command the documentation shows runs as written, and prints what the page says it prints.
@Suite("The commands in docs/ and the README, run as written")
struct DocumentationCommandsTests {
    typealias Shell = DocumentationShell

    /// Every `sh` block of the README and docs/, by page and first command, with the test that runs it or
    /// the reason none does. A new block must be added here, so that no command in the docs goes unchecked.
    static let shBlocks: [String: String] = [
        "README.md: swift run -c release tenderlint lint Samples   # build, then lint the bundled samples":
            ".ci/run runs both commands: it lints the samples (expecting exit 1) and runs swift test",
        "README.md: bash Benchmarks/run --ocds-size 1G   # installs what it needs, builds, generates the corpus, writes BENCHMARKS.md":
            "not run: a benchmark harness that installs tools and generates a gigabyte corpus; BENCHMARKS.md holds its last run",
        "docs/limits.md: swift build -c release":
            "not run: a measurement recipe with a placeholder path that writes files of hundreds of megabytes; the limits it measures are tested in LimitsEndToEndTests",
        "docs/audit.md: tenderlint audit PATH... [--format text|json|csv] [--output FILE]":
            "a synopsis; its last line, tenderlint audit --conditions, is run by auditConditions",
        "docs/baseline.md: tenderlint lint --write-baseline .tenderlint-baseline.json tenders/": "baselineCommands",
        "README.md: tenderlint lint --format html:report.html Samples   # then open report.html in a browser": "HTMLReportDocumentationTests.readmeCommand",
        "docs/report.md: tenderlint lint --format html:report.html tenders/": "HTMLReportDocumentationTests.reportPageCommand",
        "README.md: tenderlint lint --diff tenders/                # what --fix would change; exit 1 if anything would": "fixCommands",
        "docs/fixes.md: tenderlint lint --diff tenders/                    # show what --fix would change; change nothing": "fixCommands",
        "docs/fixes.md: tenderlint lint --diff tenders/sterile-services.json": "fixCommands",
        "docs/catalogues.md: tenderlint lint --catalogue nhs-london-toms-2024.json tenders/": "catalogueCommands",
        "docs/catalogues.md: tenderlint catalogue check nhs-london-toms-2024.yaml": "catalogueCommands",
        "docs/catalogues.md: tenderlint catalogue import measures.csv --framework nhs-london-toms --edition 2024 \\": "catalogueCommands",
        "docs/configuration.md: tenderlint init                          # write a commented starter .tenderlint.yml here": "configurationCommands",
        "docs/configuration.md: tenderlint lint --exclude 'tenders/archive/**' --exclude '*.draft.json'": "InputDocumentationTests.exclusionCommands",
        "README.md: cat Samples/wheelchair-services.json | tenderlint lint - --stdin-filename Samples/wheelchair-services.json":
            "InputDocumentationTests.readmeStandardInput",
        "docs/json-report.md: tenderlint lint --format json Samples/security-services.xml Samples/imaging-equipment.xml": "jsonReportExample",
        "docs/json-report.md: tenderlint lint --format json tenders | jq -r '.diagnostics[] | select(.severity == \"error\") | \"\\(.file):\\(.line):\\(.column): \\(.message) [\\(.ruleId)]\"'":
            "jsonReportRecipes",
        "README.md: tenderlint lint --statistics Samples": "statisticsAndShowFiles",
        "docs/configuration.md: tenderlint lint --select SV,NZ001 tenders/                       # only the SV rules and NZ001":
            "ruleSelectionCommands",
        "docs/ci.md: tenderlint lint --exit-zero --statistics tenders/": "ciReportingCommands",
        "docs/ci.md: tenderlint lint --format text --format html:tenderlint-report.html tenders/": "CIRecipesTests.htmlArtifact",
        "docs/shell.md: mkdir -p ~/.local/share/bash-completion/completions": "completionInstall",
        "docs/shell.md: mkdir -p ~/.local/share/man/man1": "manualInstall",
        "docs/shell.md: swift package --allow-writing-to-package-directory generate-manual --configuration debug":
            "not run: it builds the package; CommandLineNamesEndToEndTests.manualIsCurrent checks the page it makes",
        "docs/serve.md: tenderlint serve                                  # http://127.0.0.1:8080/, until Ctrl-C":
            "not run: it serves until stopped; ServeEndToEndTests starts it with --port 0 and stops it",
        "docs/serve.md: curl -s http://127.0.0.1:8080/healthz": "ServeEndToEndTests.documentedRequests",
        "docs/tender-spec.md: xmllint --noout --schema docs/schemas/tender-spec-1.xsd tender.xml": "tenderSpecValidation",
        "docs/tender-spec.md: python3 -c 'import json,sys; from jsonschema import Draft202012Validator as V; v=V(json.load(open(\"docs/schemas/tender-spec-1.schema.json\")), format_checker=V.FORMAT_CHECKER); e=list(v.iter_errors(json.load(open(sys.argv[1])))); [print(\"/\"+\"/\".join(map(str,x.absolute_path)), x.message) for x in e]; sys.exit(1 if e else 0)' tender.json":
            "tenderSpecValidation",
    ]

    /// The `sh` blocks of the README and docs/*.md, keyed as `shBlocks` is.
    static func allShBlocks() throws -> [String: String] {
        let docs = try FileManager.default.contentsOfDirectory(atPath: Shell.packageRoot.appendingPathComponent("docs").path)
            .filter { $0.hasSuffix(".md") }.map { "docs/" + $0 }
        var found: [String: String] = [:]
        for page in ["README.md"] + docs.sorted() {
            for block in Shell.blocks(of: try Shell.page(page)) where block.language == "sh" {
                let first = block.text.split(separator: "\n").first { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
                found["\(page): \(first ?? "")"] = block.text
            }
        }
        return found
    }

    /// The commands of a block: comments and blank lines left out, continued lines joined.
    static func commands(_ block: String) -> [String] {
        var commands: [String] = []
        var pending = ""
        for line in block.split(separator: "\n") where !line.hasPrefix("#") && !line.trimmingCharacters(in: .whitespaces).isEmpty {
            if line.hasSuffix("\\") { pending += line.dropLast() + " "; continue }
            commands.append(pending + line)
            pending = ""
        }
        return commands
    }

    /// Runs each command of a block; `tenderlint lint` may find something (1), nothing else may fail.
    static func runCommands(_ key: String, in scratch: ScratchDirectory) throws {
        let block = try #require(try allShBlocks()[key], "no sh block \(key)")
        for command in commands(block) {
            let outcome = try Shell.run(command, in: scratch.url)
            let allowed: Set<Int32> = command.hasPrefix("tenderlint lint") ? [0, 1] : [0]
            #expect(allowed.contains(outcome.status), "\(command) exited \(outcome.status): \(outcome.standardError)")
        }
    }

    @Test("every sh block in the README and docs/ is run by a test here, or says why it is not")
    func everyBlockIsAccountedFor() throws {
        let found = try Self.allShBlocks()
        for key in found.keys.sorted() where Self.shBlocks[key] == nil {
            Issue.record("a sh block no test runs: \(key)")
        }
        for key in Self.shBlocks.keys.sorted() where found[key] == nil {
            Issue.record("listed, but no longer in the docs: \(key)")
        }
    }

    @Test("the README's usage names only commands tenderlint has, with options each accepts")
    func readmeUsage() throws {
        let usage = try #require(Shell.blocks(of: try Shell.page("README.md")).first { $0.text.hasPrefix("tenderlint lint [PATH ...]") }?.text)
        var invocations: [[String]] = []
        for line in usage.split(separator: "\n") where line.hasPrefix("tenderlint ") {
            let forms = line.dropFirst("tenderlint ".count).components(separatedBy: " | ")
            for form in forms {
                let words = form.split(separator: " ").map(String.init)
                // 'config print FILE | init' reads as 'config init': each alternative repeats its command.
                #expect(words.first == forms[0].split(separator: " ").first.map(String.init), "'\(line)' reads as 'tenderlint \(forms[0].split(separator: " ")[0]) \(form)'")
                let command = words.prefix { $0.allSatisfy { $0.isLowercase } }
                let options = words.filter { $0.hasPrefix("[--") }.map { String($0.dropFirst().prefix { $0 != "]" && $0 != " " }) }
                invocations.append(Array(command) + options.map { $0.components(separatedBy: "|")[0] })
            }
        }
        #expect(invocations.count >= 10)
        for invocation in invocations {
            let command = invocation.prefix { !$0.hasPrefix("--") }
            let help = try TenderlintProcess.run(Array(command) + ["--help"], in: Shell.packageRoot)
            #expect(help.status == 0, "tenderlint \(command.joined(separator: " ")) is not a command")
            for option in invocation.dropFirst(command.count) {
                #expect(help.standardOutput.contains(option), "tenderlint \(command.joined(separator: " ")) has no \(option)")
            }
        }
    }

    @Test("every command named in the text of the README and docs/ is a command tenderlint has, with the options it takes")
    func inlineCommands() throws {
        let docs = try FileManager.default.contentsOfDirectory(atPath: Shell.packageRoot.appendingPathComponent("docs").path)
            .filter { $0.hasSuffix(".md") }.map { "docs/" + $0 }
        var named: Set<String> = []
        for page in ["README.md"] + docs {
            for match in try Shell.page(page).matches(of: /`tenderlint ([a-z][^`]*)`/) { named.insert(String(match.output.1)) }
        }
        #expect(named.count >= 10)
        for text in named.sorted() {
            let words = text.split(separator: " ").map(String.init)
            let command = Array(words.prefix { $0.allSatisfy { $0.isLowercase || $0 == "-" } && !$0.hasPrefix("-") })
            let help = try TenderlintProcess.run(command + ["--help"], in: Shell.packageRoot)
            #expect(help.status == 0, "`tenderlint \(text)`: tenderlint \(command.joined(separator: " ")) is not a command")
            for option in words.dropFirst(command.count) where option.hasPrefix("--") {
                #expect(help.standardOutput.contains(option), "`tenderlint \(text)`: no option \(option)")
            }
        }
    }

    @Test("docs/baseline.md: record, gate and prune a baseline over a repository of tenders")
    func baselineCommands() throws {
        let scratch = try ScratchDirectory()
        try Shell.copySamples(to: scratch)
        let key = "docs/baseline.md: tenderlint lint --write-baseline .tenderlint-baseline.json tenders/"
        // "the run itself succeeds", and so does the gate on the same documents: every command exits 0.
        for command in Self.commands(try #require(try Self.allShBlocks()[key])) {
            let outcome = try Shell.run(command, in: scratch.url)
            #expect(outcome.status == 0, "\(command) exited \(outcome.status): \(outcome.standardError)")
        }
    }

    @Test("docs/configuration.md: init, config print and lint --config")
    func configurationCommands() throws {
        let scratch = try ScratchDirectory()
        try Shell.copySamples(to: scratch)
        try FileManager.default.copyItem(at: scratch.url.appendingPathComponent("tenders/wheelchair-services.json"),
                                         to: scratch.url.appendingPathComponent("tenders/a.json"))
        try scratch.write("ci/strict.yml", "rules:\n  SV003: error\n")
        try Self.runCommands("docs/configuration.md: tenderlint init                          # write a commented starter .tenderlint.yml here", in: scratch)
    }

    @Test("docs/catalogues.md: import a spreadsheet, check a catalogue and lint with one, printing what the page shows")
    func catalogueCommands() throws {
        let scratch = try ScratchDirectory()
        try Shell.copySamples(to: scratch)
        try scratch.write("measures.csv", """
            code,title,theme,unit
            NT1,Local people employed on the contract,tackling-economic-inequality,FTE
            NT3,Hours of volunteering,wellbeing,hours
            NT45,Carbon emissions saved on the contract,fighting-climate-change,tCO2e

            """)
        let blocks = try Self.allShBlocks()
        try Self.runCommands("docs/catalogues.md: tenderlint catalogue import measures.csv --framework nhs-london-toms --edition 2024 \\", in: scratch)
        for edition in ["2023", "2025"] {
            #expect(try Shell.run("tenderlint catalogue import measures.csv --framework ours --edition \(edition) --output ours-\(edition).yaml", in: scratch.url).status == 0)
        }
        try Self.runCommands("docs/catalogues.md: tenderlint lint --catalogue nhs-london-toms-2024.json tenders/", in: scratch)

        // The check of a catalogue with a misspelt field prints exactly the page's example.
        try scratch.write("nhs-london-toms-2024.yaml", Self.catalogueWithTypo)
        let page = try Shell.page("docs/catalogues.md")
        let check = try #require(blocks["docs/catalogues.md: tenderlint catalogue check nhs-london-toms-2024.yaml"])
        let checked = try Shell.run(check, in: scratch.url)
        #expect(checked.status == 1)
        #expect(checked.standardOutput + checked.standardError == Shell.block(after: "tenderlint catalogue check", in: page))

        // An import with an unknown theme prints the page's example.
        try scratch.write("measures.csv", "code,title,theme\nL1,Jobs,tackling-economic-inequality\nNT3,Volunteering,wellbeing\nL2,Hours,wellbeeing\n")
        let imported = try Shell.run(Self.commands(try #require(blocks["docs/catalogues.md: tenderlint catalogue import measures.csv --framework nhs-london-toms --edition 2024 \\"]))[0], in: scratch.url)
        #expect(imported.status == 1)
        let shown = try #require(Shell.blocks(of: page).first { $0.text.hasPrefix("measures.csv:4:10:") }?.text)
        #expect((imported.standardOutput + imported.standardError).contains(shown))
    }

    /// An NHS London TOMs catalogue in YAML whose line 16 misspells `unit`.
    static let catalogueWithTypo = """
        # Our organisation's copy of the NHS London TOMs.
        tenderlintCatalogue: "1"
        framework: nhs-london-toms
        edition: "2024"
        title: NHS London TOMs, 2024 edition (our organisation's copy)
        inForceFrom: 2024-04-01
        themes: [equal-opportunity, tackling-economic-inequality, fighting-climate-change, wellbeing]
        measures:
          - code: NT1
            title: Local people employed on the contract
            theme: tackling-economic-inequality
            unit: FTE
          - code: NT3
            title: Hours of volunteering
            theme: wellbeing
            unitt: hours

        """

    @Test("docs/json-report.md: the example is what the command prints")
    func jsonReportExample() throws {
        let scratch = try ScratchDirectory()
        try Shell.copySamples(to: scratch, as: "Samples")
        let page = try Shell.page("docs/json-report.md")
        let command = "tenderlint lint --format json Samples/security-services.xml Samples/imaging-equipment.xml"
        let outcome = try Shell.run(command, in: scratch.url)
        let example = try #require(Shell.blocks(of: page).first { $0.language == "json" }?.text)
        #expect(outcome.standardOutput == example, "docs/json-report.md's example is not what '\(command)' prints; regenerate it from the repository's root")
    }

    @Test("docs/baseline.md: the example file is what --write-baseline writes for the samples it names")
    func baselineExample() throws {
        let scratch = try ScratchDirectory()
        try Shell.copySamples(to: scratch, as: "Samples")
        let page = try Shell.page("docs/baseline.md")
        let command = "tenderlint lint --write-baseline .tenderlint-baseline.json Samples/pathology-consumables.xml Samples/interpreting-services.json"
        #expect(page.contains("`\(command)`"), "docs/baseline.md no longer names the command its example comes from")
        #expect(try Shell.run(command, in: scratch.url).status == 0)
        let written = try String(contentsOf: scratch.url.appendingPathComponent(".tenderlint-baseline.json"), encoding: .utf8)
        let example = try #require(Shell.blocks(of: page).first { $0.language == "json" }?.text)
        #expect(written == example, "docs/baseline.md's example is not what '\(command)' writes; regenerate it from the repository's root")
    }

    @Test("docs/json-report.md: the jq recipe and the schema check run on a real report")
    func jsonReportRecipes() throws {
        let scratch = try ScratchDirectory()
        try Shell.copySamples(to: scratch)
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("docs"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Shell.packageRoot.appendingPathComponent("docs/schemas"), to: scratch.url.appendingPathComponent("docs/schemas"))
        _ = try Shell.run("tenderlint lint --format json tenders > report.json", in: scratch.url)
        let block = try #require(try Self.allShBlocks()[Self.shBlocks.keys.first { $0.hasPrefix("docs/json-report.md: tenderlint lint --format json tenders | jq") }!])
        for command in Self.commands(block) {
            let program = String(command.prefix { $0 != " " })
            let needed = command.contains("| jq") ? "jq" : program
            guard Shell.available("command -v \(needed)"), !command.hasPrefix("python3") || Shell.available("python3 -c 'import jsonschema'") else {
                continue  // jq, or Python's jsonschema, is not installed here; .ci/run installs jsonschema
            }
            let outcome = try Shell.run(command, in: scratch.url)
            #expect(outcome.status == 0, "\(command): \(outcome.standardError)")
            if command.contains("| jq") {
                #expect(outcome.standardOutput.contains("tenders/wheelchair-services.json:26:7: net zero and social value carries 8%"))
            }
        }
    }

    @Test("docs/tender-spec.md: the schema checks pass on the samples")
    func tenderSpecValidation() throws {
        let scratch = try ScratchDirectory()
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("docs"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Shell.packageRoot.appendingPathComponent("docs/schemas"), to: scratch.url.appendingPathComponent("docs/schemas"))
        try FileManager.default.copyItem(at: Shell.packageRoot.appendingPathComponent("Samples/community-equipment.xml"), to: scratch.url.appendingPathComponent("tender.xml"))
        try FileManager.default.copyItem(at: Shell.packageRoot.appendingPathComponent("Samples/wheelchair-services.json"), to: scratch.url.appendingPathComponent("tender.json"))
        for (key, block) in try Self.allShBlocks() where key.hasPrefix("docs/tender-spec.md") {
            let command = Self.commands(block)[0]
            let ready = command.hasPrefix("xmllint") ? Shell.available("command -v xmllint") : Shell.available("python3 -c 'import jsonschema'")
            guard ready else { continue }  // xmllint or jsonschema is not installed here
            let outcome = try Shell.run(command, in: scratch.url)
            #expect(outcome.status == 0, "\(command): \(outcome.standardOutput)\(outcome.standardError)")
        }
    }

    @Test("docs/audit.md: audit --conditions prints the page's table of conditions")
    func auditConditions() throws {
        let outcome = try Shell.run("tenderlint audit --conditions", in: Shell.packageRoot)
        #expect(outcome.status == 0)
        #expect(try Shell.page("docs/audit.md").contains(outcome.standardOutput.trimmingCharacters(in: .newlines)))
    }

    @Test("docs/audit.md: the runs over the real fixtures print what the page shows",
          .enabled(if: FileManager.default.fileExists(atPath: DocumentationShell.realFixtures.path), "needs ../shared/fixtures/real beside the package (CI has it)"))
    func auditRealRuns() throws {
        let page = try Shell.page("docs/audit.md")
        let commands = page.matches(of: /`(cd \.\.\/shared\/fixtures\/real && tenderlint audit [^`]*)`/).map { String($0.output.1) }
        #expect(commands.count == 3)
        for command in commands {
            let outcome = try Shell.run(command, in: Shell.packageRoot)
            #expect(outcome.status == 0)
            let marker = String(command.dropFirst("cd ../shared/fixtures/real && ".count))
            let shown = try #require(Shell.blocks(of: String(page[page.range(of: marker)!.upperBound...])).first?.text)
            #expect(outcome.standardOutput.replacingOccurrences(of: "\r\n", with: "\n") == shown, "\(command) no longer prints what docs/audit.md shows")
        }
    }
}

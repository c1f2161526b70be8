/// Reads Open Contracting Data Standard 1.1 JSON: a release package (one tender per release), a record
/// package (one tender per record, from its compiled release), or a bare release (one tender).
/// A JSON Lines file of releases reaches the adapter as one tree per line.
///
/// OCDS has no field for social value or net zero: criteria and requirements are recognised from their
/// text with the vocabulary, and every recognition says which phrase in which field it rests on. Weights
/// are read from `numbers[]` where given, else from text such as "30%" (see `OCDSWeightText`).
public struct OCDSAdapter: TenderAdapter {
    public init() {}

    /// What an OCDS document is, by its top-level keys.
    enum Shape {
        case releasePackage(releases: [Node])
        case recordPackage(records: [Node])
        case release(Node)
    }

    public func recognises(_ tree: LocatedTree) -> Bool {
        guard let root = tree.root else { return false }
        return Self.shape(of: root) != nil
    }

    public func tenders(in tree: LocatedTree, vocabulary: Vocabulary) -> AdapterResult {
        guard let root = tree.root, let shape = Self.shape(of: root) else { return AdapterResult() }
        let issues = OCDSIssues()
        let reader = OCDSReleaseReader(vocabulary: vocabulary, issues: issues)
        var tenders: [Tender] = []
        switch shape {
        case .release(let release):
            tenders.append(reader.tender(from: release))
        case .releasePackage(let releases):
            for (index, release) in releases.enumerated() {
                guard release.kind == .object else {
                    issues.invalidValue(
                        "release \(index + 1) of this package is \(OCDSIssues.written(release)), not a release; it is skipped",
                        at: release, severity: .warning, label: "not a release",
                        help: ["a release package embeds each release as an object"]
                    )
                    continue
                }
                tenders.append(reader.tender(from: release))
            }
        case .recordPackage(let records):
            for (index, record) in records.enumerated() {
                if let tender = self.tender(of: record, index: index, reader: reader, issues: issues) { tenders.append(tender) }
            }
        }
        return AdapterResult(tenders: tenders, diagnostics: issues.diagnostics)
    }

    /// A record's tender, read from its compiled release, else from the last embedded release that has
    /// a tender (or the last embedded release); a record with neither is skipped with a warning.
    private func tender(of record: Node, index: Int, reader: OCDSReleaseReader, issues: OCDSIssues) -> Tender? {
        guard record.kind == .object else {
            issues.invalidValue(
                "record \(index + 1) of this package is \(OCDSIssues.written(record)), not a record; it is skipped",
                at: record, severity: .warning, label: "not a record"
            )
            return nil
        }
        let fields = OCDSFieldReader(issues: issues)
        let linked = record.ocdsArray("releases").filter { $0.kind == .object }
        // The compiled release is dated by the latest release (an award, a contract): the tender was
        // released on the date of the record's release tagged "tender", where the record lists it.
        let tenderDate = linked.lazy.filter { $0.ocdsStrings("tag").contains("tender") }
            .compactMap { fields.date($0[key: "date"], field: "release date") }.first
        if let compiled = record.ocdsObject("compiledRelease") {
            return reader.tender(from: compiled, releaseDate: tenderDate)
        }
        // A linked release holds only url, date and tag; an embedded one is a whole release.
        let embedded = linked.filter { $0[key: "ocid"] != nil || $0[key: "tender"] != nil }
        if let release = embedded.last(where: { $0.ocdsObject("tender") != nil }) ?? embedded.last {
            return reader.tender(from: release, releaseDate: tenderDate)
        }
        let name = record.ocdsText("ocid").map { " \(OCDSIssues.quoted($0.value))" } ?? " \(index + 1)"
        issues.invalidValue(
            "record\(name) has no compiledRelease and no embedded release, so it has no tender to read; it is skipped",
            at: record, severity: .warning, label: "no compiled release",
            help: ["publish records with their \"compiledRelease\", or embed the releases themselves"]
        )
        return nil
    }

    /// The shape of an OCDS document, or nil for any other JSON, including tenderlint's own tender-spec.
    static func shape(of root: Node) -> Shape? {
        guard root.kind == .object, root[key: "tenderSpec"] == nil else { return nil }
        // Package metadata that OCDS packages carry, for packages that hold no release or record yet.
        let hasPackageMetadata = root[key: "publishedDate"] != nil && (root[key: "publisher"] != nil || root[key: "version"] != nil)
        if let releases = root[key: "releases"], releases.kind == .array {
            let entries = releases.children
            if hasPackageMetadata || entries.contains(where: { $0.kind == .object && $0[key: "ocid"] != nil }) {
                return .releasePackage(releases: entries)
            }
        }
        if let records = root[key: "records"], records.kind == .array {
            let entries = records.children
            if hasPackageMetadata || entries.contains(where: { $0.kind == .object && $0[key: "ocid"] != nil }) {
                return .recordPackage(records: entries)
            }
        }
        if root[key: "ocid"]?.kind == .string,
           root[key: "tender"] != nil || root[key: "tag"] != nil || root[key: "initiationType"] != nil {
            return .release(root)
        }
        return nil
    }
}

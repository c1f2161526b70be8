import Foundation

/// One configuration file, parsed and validated; `extends` are not yet followed (see `ConfigurationResolver`).
public struct Configuration: Sendable {
    /// The file's path for display.
    public var path: String
    /// Its absolute, standardised path.
    public var absolutePath: String
    /// In the order written; later bases take precedence over earlier ones, and the file over all of them.
    public var extends: [ConfigurationExtension]
    public var settings: ConfigurationLayer
    /// In the order written; later overrides take precedence.
    public var overrides: [ConfigurationOverride]
    /// `exclude`: what discovery leaves out, in place of the defaults; nil when the file does not say.
    /// Relative to the file's folder.
    public var exclude: [Sourced<GlobPattern>]?
    /// `extend-exclude`: left out as well as the defaults (or `exclude`).
    public var extendExclude: [Sourced<GlobPattern>] = []

    public init(path: String, absolutePath: String, extends: [ConfigurationExtension] = [],
                settings: ConfigurationLayer = ConfigurationLayer(), overrides: [ConfigurationOverride] = []) {
        self.path = path
        self.absolutePath = absolutePath
        self.extends = extends
        self.settings = settings
        self.overrides = overrides
    }

    /// The directory the file's relative paths are relative to.
    public var directory: String { (absolutePath as NSString).deletingLastPathComponent }

    /// The file name discovery looks for.
    public static let fileName = ".tenderlint.yml"

    /// What `tenderlint init` writes: every key explained, nothing that changes tenderlint's defaults. Each
    /// example is commented whole, key included, so that taking the '# ' off its lines gives working YAML.
    public static let starter = """
        # tenderlint configuration. Every key is described in docs/configuration.md.
        #
        # tenderlint uses the .tenderlint.yml nearest to each document it checks, looking in the document's
        # folder and then each parent up to the repository root (the folder holding .git).
        # 'tenderlint config print FILE' shows the settings a document gets and where each came from.
        # Nothing below is in force: to use an example, take the '# ' off the start of each of its lines.

        # Who the buyer is, when the documents do not say: a kind of body and its nation, such as
        # nhs-england, central-government, welsh-government, nhs-wales or local-government-scotland
        # ('tenderlint lint --help' lists them all). Leave it out to let each document say; a buyer a document
        # does not identify is bound by no policy (TL015), never assumed to be an NHS England body.
        # profile: nhs-england

        # Policies to turn on or off by id (docs/policies.md). Unconfirmed ones are off unless turned on.
        # policies:
        #   ppn-026: on
        #   nhs-nzc-below-threshold-2026: on

        # Start from a built-in profile, or from another configuration file given as a path relative to
        # this one (such as ../.tenderlint.yml); what this file says takes precedence.
        # extends: central-government

        # Judge every document as of this date (YYYY-MM-DD) instead of its own publication dates.
        # as-of: 2026-04-01

        # Catalogues of TOMs measures to check measure codes against, relative to this file
        # (docs/catalogues.md). They take the place of the shipped catalogues of the same framework.
        # catalogues:
        #   - catalogues/our-toms-2025.json

        # Rules by id or name ('tenderlint rules' lists them): off, info, warning or error, or a map with a
        # severity and the rule's parameters ('tenderlint explain SV001' lists those). Give a reason when
        # you turn a rule off: procurement is audited.
        # rules:
        #   SV001:
        #     minimumShare: 15%
        #   net-zero-target-year:
        #     severity: warning
        #     latestYear: 2045
        #   TOM007:
        #     severity: off
        #     reason: we do not use the NHS London TOMs

        # Settings for some files only, applied in order (a later entry wins). Globs are relative to the
        # folder of this file; * and ? stay within a folder, ** crosses folders, and a pattern without /
        # matches a file name at any depth. A rule can be limited to part of a document with a JSON
        # Pointer (pointer:) or an XPath (path:), written as tenderlint prints document paths.
        # overrides:
        #   - files: ["archive/**"]
        #     as-of: 2023-01-01
        #   - files: ["frameworks/*.json"]
        #     rules:
        #       SV001:
        #         severity: off
        #         pointer: /lots/2
        #         reason: lot 3 is a call-off under an existing framework; see annex B

        # Phrases that mark text as social value or net zero in OCDS and eForms documents, which have no
        # field for them: added to tenderlint's own. Categories: social-value, net-zero,
        # carbon-reduction-plan, net-zero-commitment, evergreen.
        # vocabulary:
        #   social-value: ["community pledge"]
        #   net-zero: ["carbon literacy"]

        # Files and folders 'tenderlint lint' leaves out of the folders it walks, as globs relative to this
        # file's folder. extend-exclude adds to the defaults (node_modules, bower_components, venv,
        # site-packages, __pypackages__, buck-out); exclude replaces them (name again any you still want
        # left out). Hidden folders and what .gitignore and .ignore files list are left out as well.
        # extend-exclude:
        #   - "archive/2019/**"
        #   - "*.draft.json"
        # exclude:
        #   - "node_modules"
        #   - "vendor"

        # What one document may cost (docs/limits.md): its size, the nodes read from it, and the findings of
        # one rule listed for it (the rest are counted on the last one listed). These are the defaults.
        # limits:
        #   document-bytes: 268435456
        #   nodes: 5000000
        #   findings-per-rule: 100

        """
}

/// The XML namespaces of eForms notices (UBL 2.3 with the eForms extensions).
///
/// Elements are always matched by namespace URI and local name: publishers choose their own prefixes
/// (`cbc:`, `ns2:`, or a default namespace), so a prefix says nothing.
enum EFormsNamespace {
    static let contractNotice = "urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2"
    static let contractAwardNotice = "urn:oasis:names:specification:ubl:schema:xsd:ContractAwardNotice-2"
    static let priorInformationNotice = "urn:oasis:names:specification:ubl:schema:xsd:PriorInformationNotice-2"
    /// The document element namespaces that make a tree an eForms notice.
    static let notices: Set<String> = [contractNotice, contractAwardNotice, priorInformationNotice]

    static let cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
    static let cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
    static let ext = "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2"
    static let efext = "http://data.europa.eu/p27/eforms-ubl-extensions/1"
    static let efac = "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1"
    static let efbc = "http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1"
}

/// One step of a path through a notice: an element's namespace URI and local name.
struct EFormsStep: Sendable, Hashable {
    let namespace: String
    let name: String

    static func cac(_ name: String) -> EFormsStep { EFormsStep(namespace: EFormsNamespace.cac, name: name) }
    static func cbc(_ name: String) -> EFormsStep { EFormsStep(namespace: EFormsNamespace.cbc, name: name) }
    static func ext(_ name: String) -> EFormsStep { EFormsStep(namespace: EFormsNamespace.ext, name: name) }
    static func efext(_ name: String) -> EFormsStep { EFormsStep(namespace: EFormsNamespace.efext, name: name) }
    static func efac(_ name: String) -> EFormsStep { EFormsStep(namespace: EFormsNamespace.efac, name: name) }
    static func efbc(_ name: String) -> EFormsStep { EFormsStep(namespace: EFormsNamespace.efbc, name: name) }

    func matches(_ node: Node) -> Bool {
        node.kind == .element && node.name == name && node.namespaceURI == namespace
    }
}

/// Walks child elements step by step, as a relative XPath without predicates would.
enum EFormsPath {
    /// Every element reached by following the steps from `node`, through every branch, in document order.
    static func all(_ node: Node, _ steps: [EFormsStep]) -> [Node] {
        var current = [node]
        for step in steps {
            if current.count == 1 {
                current = current[0].elements(named: step.name, namespace: step.namespace)
            } else {
                var next: [Node] = []
                for parent in current {
                    parent.forEachElement { if step.matches($0) { next.append($0) } }
                }
                current = next
            }
            if current.isEmpty { break }
        }
        return current
    }

    static func all(_ node: Node, _ steps: EFormsStep...) -> [Node] { all(node, steps) }

    /// The first element reached by following the steps, or nil.
    static func first(_ node: Node?, _ steps: EFormsStep...) -> Node? {
        guard let node else { return nil }
        return all(node, steps).first
    }

    /// The `efext:EformsExtension` elements of a UBL element (`ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/…`).
    static func extensions(of node: Node) -> [Node] {
        all(node, .ext("UBLExtensions"), .ext("UBLExtension"), .ext("ExtensionContent"), .efext("EformsExtension"))
    }

    /// Code elements reached by the steps whose `listName` is the given code list.
    static func codes(_ node: Node, _ steps: [EFormsStep], listName: String) -> [Node] {
        all(node, steps).filter { $0.attribute("listName")?.value == listName }
    }
}

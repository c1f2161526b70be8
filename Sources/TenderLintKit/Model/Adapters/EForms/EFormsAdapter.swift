/// Reads EU eForms notices (UBL 2.3 XML: contract notices, contract award notices and prior information
/// notices) into tenders.
///
/// What is read, and from where (elements matched by namespace URI and local name, never by prefix):
///
/// - id: `cbc:ContractFolderID`, else the notice's `cbc:ID`; title: `cac:ProcurementProject/cbc:Name`.
/// - buyer: the organisation (`efac:Organizations/efac:Organization/efac:Company`) that `cac:ContractingParty`
///   refers to; its sector from the buyer legal type where the code says central or local government.
/// - dates: planned publication from `cbc:RequestedPublicationDate`, else `cbc:IssueDate`; procurement start
///   from `cbc:IssueDate`.
/// - framework: any `fa-*` code of the framework-agreement list, in the notice or a lot.
/// - value: `cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount` and its `currencyID`, for the notice
///   and per lot, a total excluding VAT; duration: `cac:PlannedPeriod`.
/// - lots: `cac:ProcurementProjectLot` with `schemeName="Lot"` (parts of a prior information notice when it
///   has no lots), each with its reservation and award criteria, weighted from `efac:AwardCriterionParameter`
///   (`number-weight`); then groups of lots (`schemeName="LotsGroup"`) that carry criteria of their own, each an
///   evaluated unit with the lots it gathers (`cac:LotDistribution/cac:LotsGroup`).
/// - texts: titles, names and descriptions in the notice language (BT-702), else English, else the first given;
///   every language searched for social value and net zero wording.
/// - social value and net zero: criteria recognised by the vocabulary, strategic / green / social procurement
///   codes, and wording in titles, descriptions, notes, award, selection and performance terms.
///
/// Values that cannot be read (a weight of "ten", an amount of "12,5O0", an unknown weight code) are TL005
/// findings; the rest of the notice is still read, a criterion without its weight. So are a criterion without a
/// type, one written on `cac:AwardingCriterion` instead of its subordinate (read all the same), and a
/// `languageID` that is missing among several versions or is no language code (warnings).
public struct EFormsAdapter: TenderAdapter {
    public init() {}

    /// Whether the document element is an eForms notice, by its namespace.
    public func recognises(_ tree: LocatedTree) -> Bool {
        guard let root = tree.root, root.kind == .element, let namespace = root.namespaceURI else { return false }
        return EFormsNamespace.notices.contains(namespace)
    }

    /// The notice's one tender, and TL005 findings about values that cannot be read.
    public func tenders(in tree: LocatedTree, vocabulary: Vocabulary) -> AdapterResult {
        guard recognises(tree), let root = tree.root else { return AdapterResult() }
        var reader = EFormsReader(vocabulary: vocabulary)
        let tender = reader.tender(from: root)
        return AdapterResult(tenders: [tender], diagnostics: reader.diagnostics)
    }
}

import Testing
@testable import TenderLintKit

/// `BuyerNamePatterns`: what a buyer's name suggests about its kind. Patterns are tried in order and the first
/// that matches decides. The names are real buyers' names from UK notices.
@Suite("Buyer names: the kind of body a name suggests")
struct BuyerNamePatternTests {
    static let names: [(name: String, kinds: Set<BuyerKind>, phrase: String)] = [
        // The first pattern wins: an NHS trust, not a university.
        ("Velindre University NHS Trust", [.nhsBody], "nhs"),
        ("Cwm Taf Morgannwg University Health Board", [.nhsBody], "health board"),
        ("Angus Council", [.localGovernment], "council"),
        ("Cyngor Sir Ceredigion County Council", [.localGovernment], "county council"),
        ("Comhairle nan Eilean Siar", [.localGovernment], "comhairle"),
        ("City & County of Swansea", [.localGovernment], "city & county of"),
        ("Police & Crime Commissioner for South Wales", [.localGovernment], "police & crime commissioner"),
        // Research councils are not local authorities.
        ("Medical Research Council", [.centralGovernment, .otherPublicBody], "research council"),
        ("Llywodraeth Cymru / Welsh Government", [.devolvedGovernment], "welsh government"),
        ("Scottish Government", [.devolvedGovernment], "scottish government"),
        ("Ministry of Defence, C&C, C&C", [.centralGovernment], "ministry of"),
        ("Department for Education", [.centralGovernment, .devolvedGovernment], "department for"),
        // A housing association before the "Ltd" that ends its name.
        ("Wales & West Housing Association Ltd", [.otherPublicBody], "housing association"),
        ("Zero Waste Scotland Ltd", [.otherPublicBody], "ltd"),
        ("University of Dundee", [.otherPublicBody], "university"),
    ]

    @Test("each name suggests the kinds of its first matching pattern", arguments: names)
    func suggestedKinds(_ example: (name: String, kinds: Set<BuyerKind>, phrase: String)) throws {
        let suggestion = try #require(BuyerNamePatterns.kinds(suggestedBy: example.name))
        #expect(suggestion.kinds == example.kinds)
        #expect(suggestion.phrase == example.phrase)
    }

    @Test("a name that matches no pattern suggests nothing", arguments: [
        "Science Museum Group", "Health Education and Improvement Wales (HEIW)", "Trydan Gwyrdd Cymru", "Council for the Curriculum",
    ])
    func noSuggestion(_ name: String) {
        #expect(BuyerNamePatterns.kinds(suggestedBy: name) == nil)
    }

    @Test("a council is local government only where the name ends with it, and patterns match whole words")
    func wholeWords() {
        #expect(BuyerNamePatterns.kinds(suggestedBy: "Angus Council")?.kinds == [.localGovernment])
        #expect(BuyerNamePatterns.kinds(suggestedBy: "Council of the Isles") == nil)
        #expect(BuyerNamePatterns.kinds(suggestedBy: "Ltd Holdings Group") == nil)
        #expect(BuyerNamePatterns.kinds(suggestedBy: "Technhsology Partners") == nil)
    }

    @Test("names are read as lower-case words, punctuation other than & and - dropped")
    func words() {
        #expect(BuyerNamePatterns.words(of: "Wales & West Housing Association Ltd.") == ["wales", "&", "west", "housing", "association", "ltd"])
        #expect(BuyerNamePatterns.kinds(suggestedBy: "WALES & WEST HOUSING ASSOCIATION LTD.")?.kinds == [.otherPublicBody])
    }

    @Test("a research council whose name does not say 'research council' is not local government")
    func researchCouncilWithoutTheWords() {
        // One of UK Research and Innovation's seven research councils.
        let suggestion = BuyerNamePatterns.kinds(suggestedBy: "Science and Technology Facilities Council")
        #expect(suggestion?.kinds.contains(.localGovernment) != true)
    }
}

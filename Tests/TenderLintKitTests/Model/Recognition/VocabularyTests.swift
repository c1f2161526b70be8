import Testing
@testable import TenderLintKit

/// Recognition by whole words and phrases, with the misreadings real notices showed and what they should read as.
@Suite("Vocabulary")
struct VocabularyTests {
    let vocabulary = Vocabulary.builtIn

    func strong(_ category: Vocabulary.Category, in text: String) -> String? {
        let found = vocabulary.recognitions(in: Located(text, at: nil), field: "text")[category]
        return found?.isStrong == true ? found?.phrase : nil
    }

    func any(_ category: Vocabulary.Category, in text: String) -> Recognition? {
        vocabulary.recognitions(in: Located(text, at: nil), field: "text")[category]
    }

    @Test("words are lower-cased, split at punctuation and hyphens, and lose a simple plural")
    func words() {
        #expect(WordSequence("Net-Zero, Community Benefits; opportunities.").strings == ["net", "zero", "community", "benefit", "opportunity"])
        #expect(WordSequence("process status analysis boxes matches").strings == ["process", "status", "analysis", "box", "match"])
        #expect(WordSequence("Llywodraeth Cymru: ôl troed carbon").strings == ["llywodraeth", "cymru", "ol", "troed", "carbon"])
        #expect(WordSequence("").strings.isEmpty)
        #expect(WordSequence("— … ?").strings.isEmpty)
    }

    @Test("carbon monoxide detectors, in the current climate and an indoor climate are not net zero")
    func netZeroFalseFriends() {
        #expect(any(.netZero, in: "Supply and installation of carbon monoxide detectors") == nil)
        #expect(strong(.netZero, in: "Budgets are under pressure in the current climate") == nil)
        #expect(strong(.netZero, in: "Ventilation to maintain the indoor climate of the wards") == nil)
        #expect(any(.netZero, in: "carbonated drinks") == nil)
        #expect(any(.netZero, in: "Carbon steel pipework") == nil)
    }

    @Test("Mental Health and Wellbeing Services is a service, not social value")
    func wellbeingServices() {
        #expect(any(.socialValue, in: "Mental Health and Wellbeing Services") == nil)
        #expect(strong(.socialValue, in: "Staff wellbeing") == nil)
        #expect(any(.socialValue, in: "Staff wellbeing")?.strength == .weak)
    }

    @Test("social and environmental considerations is a weak mention that never makes net zero")
    func sellToWalesBoilerplate() {
        let text = "Contracting authorities may take account of social and environmental considerations"
        #expect(strong(.netZero, in: text) == nil)
        #expect(strong(.socialValue, in: text) == nil)
        #expect(any(.netZero, in: text)?.phrase == "environmental")
    }

    @Test("sustainable is found as sustainability is, both weak")
    func sustainable() {
        #expect(any(.netZero, in: "Sustainable procurement")?.phrase == "sustainable")  // the text's own word, not "sustainab*"
        #expect(any(.netZero, in: "Sustainability")?.strength == .weak)
    }

    @Test("Social aspects, social value, community benefits, net zero and carbon reduction are strong")
    func strongNames() {
        #expect(strong(.socialValue, in: "Social aspects") == "social aspect")
        #expect(strong(.socialValue, in: "Social Value") == "social value")
        #expect(strong(.socialValue, in: "Community Benefits") == "community benefit")
        #expect(strong(.netZero, in: "Net Zero") == "net zero")
        #expect(strong(.netZero, in: "Carbon Reduction") == "carbon reduction")
        #expect(strong(.netZero, in: "Tackling climate change") == "climate change")
        #expect(strong(.netZero, in: "reducing greenhouse gases") == "greenhouse gases")
        #expect(strong(.carbonReductionPlan, in: "a Carbon Reduction Plan in line with PPN 06/21") == "carbon reduction plan")
        #expect(strong(.carbonReductionPlan, in: "see PPN 006") == "ppn 006")
    }

    @Test("Welsh social value and net zero wording counts")
    func welsh() {
        #expect(strong(.socialValue, in: "Gwerth Cymdeithasol") == "gwerth cymdeithasol")
        #expect(strong(.socialValue, in: "Buddion Cymunedol") == "buddion cymunedol")
        #expect(strong(.netZero, in: "Datgarboneiddio") == "datgarboneiddio")
        #expect(strong(.netZero, in: "Sero Net") == "sero net")
        #expect(strong(.netZero, in: "Newid Hinsawdd") == "newid hinsawdd")
        #expect(strong(.carbonReductionPlan, in: "Cynllun Lleihau Carbon") == "cynllun lleihau carbon")
        #expect(any(.netZero, in: "datblygu cynaliadwy")?.strength == .weak)
    }

    @Test("a name says what a criterion is whatever its type; a price criterion's description does not")
    func nameBeforeType() throws {
        let name = Located("Social Value", at: nil)
        let found = try #require(vocabulary.criterionKind(name: name, description: nil, published: .cost))
        #expect(found.kind == .socialValue)
        #expect(found.recognition.field == "name")
        let description = Located("includes the cost of community benefits", at: nil)
        #expect(vocabulary.criterionKind(name: Located("Price", at: nil), description: description, published: .price) == nil)
        #expect(vocabulary.criterionKind(name: Located("Quality", at: nil), description: description, published: .quality)?.kind == .socialValue)
        #expect(vocabulary.criterionKind(name: Located("Sustainability", at: nil), description: nil, published: .quality) == nil)
    }

    @Test("a strong phrase is preferred to a weak one, and the earlier listed to the later")
    func preference() {
        #expect(any(.netZero, in: "environmental and climate change measures")?.phrase == "climate change")
        #expect(any(.netZero, in: "net zero carbon")?.phrase == "net zero")
    }

    @Test("a match only partly inside an exclusion still counts")
    func partlyExcluded() {
        #expect(strong(.netZero, in: "the current climate change targets") == "climate change")
    }

    @Test("configured phrases come first and are strong")
    func configured() {
        let extended = vocabulary.adding([.socialValue: [VocabularyPhrase("community pledge")]])
        #expect(extended.phrase(of: .socialValue, in: "Our COMMUNITY PLEDGES") == "community pledge")
        #expect(extended.phrases[.socialValue]?.first?.text == "community pledge")
        #expect(vocabulary.phrase(of: .socialValue, in: "Our community pledge") == nil)
    }

    @Test("a hostile text of many matches and exclusions is read in one pass")
    func hostileText() {
        let text = String(repeating: "carbon monoxide net zero ", count: 20_000) + String(repeating: "x", count: 10_000)
        #expect(strong(.netZero, in: text) == "net zero")
        #expect(strong(.netZero, in: String(repeating: "carbon monoxide ", count: 20_000)) == nil)
        #expect(any(.netZero, in: "Система за управление на енергията") == nil)
    }
}

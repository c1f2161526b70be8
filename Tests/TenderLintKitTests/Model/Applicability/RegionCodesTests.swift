import Testing
@testable import TenderLintKit

/// `RegionCodes`: the nation of a NUTS 2021 or ITL code, a nation's or English region's name, or a country.
@Suite("Region codes: the nation a region or country is in")
struct RegionCodesTests {
    static let regions: [(region: String, nations: Set<Jurisdiction>?)] = [
        ("UKL16", [.wales]),
        ("TLM", [.scotland]),
        ("UKN", [.northernIreland]),
        ("UKI33", [.england]),
        ("TLL3", [.wales]),
        ("UK", Jurisdiction.ukNations),
        ("UKZ", Jurisdiction.ukNations),
        ("FR101", [.outsideUK]),
        ("LU000", [.outsideUK]),
        ("London", [.england]),
        ("Scotland", [.scotland]),
        ("Northern Ireland", [.northernIreland]),
        ("United Kingdom", Jurisdiction.ukNations),
        ("North Central London ICS", nil),
        ("UKX1", nil),
        ("TLX9", nil),
    ]

    @Test("a region code or name is in its nation, and one tenderlint cannot place is in none", arguments: regions)
    func nationOfRegion(_ example: (region: String, nations: Set<Jurisdiction>?)) {
        #expect(RegionCodes.jurisdictions(of: example.region) == example.nations)
    }

    @Test("codes are read whatever their case and surrounding spaces")
    func caseAndSpaces() {
        #expect(RegionCodes.jurisdictions(of: "ukl16") == [.wales])
        #expect(RegionCodes.jurisdictions(of: " UKM8 ") == [.scotland])
        #expect(RegionCodes.jurisdictions(of: "SCOTLAND") == [.scotland])
    }

    @Test("a code is two letters and up to three more letters or digits, in capitals or with a digit")
    func codeShape() {
        #expect(RegionCodes.isCode("UKI33"))
        #expect(RegionCodes.isCode("UK"))
        #expect(RegionCodes.isCode("ukl16"))
        #expect(!RegionCodes.isCode("U"))
        #expect(!RegionCodes.isCode("UKI333"))
        #expect(!RegionCodes.isCode("London"))
        #expect(!RegionCodes.isCode("Kent"))
    }

    @Test("a short place name is not taken for another country's code")
    func shortPlaceNames() {
        #expect(RegionCodes.jurisdictions(of: "Kent") == nil)
        #expect(RegionCodes.jurisdictions(of: "Essex") == nil)
        #expect(RegionCodes.jurisdictions(of: "ukl16") == [.wales])
        #expect(RegionCodes.jurisdictions(of: "FR101") == [.outsideUK])
    }

    @Test("a country is in the UK by its ISO code or name, a UK nation by its name, and anything else outside")
    func countries() {
        for country in ["GB", "GBR", "gbr", "UK", "United Kingdom", "Great Britain"] {
            #expect(RegionCodes.jurisdictions(ofCountry: country) == Jurisdiction.ukNations, "\(country)")
        }
        #expect(RegionCodes.jurisdictions(ofCountry: "Wales") == [.wales])
        #expect(RegionCodes.jurisdictions(ofCountry: "FRA") == [.outsideUK])
        #expect(RegionCodes.jurisdictions(ofCountry: "France") == [.outsideUK])
    }

    @Test("Wales is in Wales, by its English or Welsh name in any case", arguments: ["Wales", "Cymru", "WALES", "wales"])
    func walesByName(_ name: String) {
        let nations = RegionCodes.jurisdictions(of: name)
        #expect(nations == [.wales])
    }
}

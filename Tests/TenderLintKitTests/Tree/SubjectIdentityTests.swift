import Testing
@testable import TenderLintKit

@Suite("Subject identity")
struct SubjectIdentityTests {
    private func json(_ text: String) throws -> Node {
        try #require(JSONReader().read(SourceFile(path: "t.json", text: text)).documents.first?.root)
    }

    private func xml(_ text: String) throws -> Node {
        try #require(XMLReader().read(SourceFile(path: "t.xml", text: text)).documents.first?.root)
    }

    @Test("names JSON array elements by id, else name or title, else position")
    func jsonElements() throws {
        let root = try json("""
            {"lots": [{"id": "L2", "criteria": [{"name": "Price"}, {"title": "Quality"}, {"weight": 5}]}, {"id": 7}]}
            """)
        let lot = try #require(root[key: "lots"]?.children.first)
        let criteria = try #require(lot[key: "criteria"]?.children)
        #expect(criteria.map(SubjectIdentity.of) == [
            #"/lots[id="L2"]/criteria[name="Price"]"#,
            #"/lots[id="L2"]/criteria[title="Quality"]"#,
            #"/lots[id="L2"]/criteria[3]"#,
        ])
        let last = try #require(root[key: "lots"]?.children.last)
        #expect(SubjectIdentity.of(last) == #"/lots[id="7"]"#)
    }

    @Test("is the same whatever the order of the elements and the layout of the text")
    func orderAndLayout() throws {
        let one = try json(#"{"criteria": [{"id": "a", "weight": 1}, {"id": "b", "weight": 2}]}"#)
        let other = try json("""
            {
                "criteria": [
                    {
                        "weight": 2,
                        "id": "b"
                    },
                    { "id": "a", "weight": 1 }
                ]
            }
            """)
        let b1 = try #require(one[key: "criteria"]?.children.last?[key: "weight"])
        let b2 = try #require(other[key: "criteria"]?.children.first?[key: "weight"])
        #expect(b1.path != b2.path, "the document path follows the position")
        #expect(SubjectIdentity.of(b1) == SubjectIdentity.of(b2))
        #expect(SubjectIdentity.of(b2) == #"/criteria[id="b"]/weight"#)
    }

    @Test("counts siblings that share an identifier among themselves")
    func sharedIdentifiers() throws {
        let root = try json(#"{"codes": ["NT1", "NT2", "NT1"], "measures": [{"code": "X"}, {"code": "X"}]}"#)
        let codes = try #require(root[key: "codes"]?.children)
        let measures = try #require(root[key: "measures"]?.children)
        #expect(codes.map(SubjectIdentity.of) == [
            #"/codes[.="NT1"][1]"#, #"/codes[.="NT2"]"#, #"/codes[.="NT1"][2]"#,
        ])
        #expect(measures.map(SubjectIdentity.of) == [
            #"/measures[code="X"][1]"#, #"/measures[code="X"][2]"#,
        ])
    }

    @Test("names repeated XML elements by an id attribute, an ID child or their text, and leaves single ones bare")
    func xmlElements() throws {
        let root = try xml("""
            <n xmlns:cbc="urn:cbc"><lot><cbc:ID>LOT-0002</cbc:ID><c id="sv" weight="8"/><c id="p"/></lot>\
            <lot><cbc:ID>LOT-0001</cbc:ID></lot><theme>a</theme><theme>b</theme><value amount="5"/></n>
            """)
        let lot = root.elements[0]
        #expect(SubjectIdentity.of(lot) == #"/n/lot[cbc:ID="LOT-0002"]"#)
        let weight = try #require(lot.elements[1].attribute("weight"))
        #expect(SubjectIdentity.of(weight) == #"/n/lot[cbc:ID="LOT-0002"]/c[@id="sv"]/@weight"#)
        #expect(root.elements.filter { $0.name == "theme" }.map(SubjectIdentity.of) == [#"/n/theme[.="a"]"#, #"/n/theme[.="b"]"#])
        let value = try #require(root.element("value"))
        #expect(SubjectIdentity.of(value) == "/n/value")
    }

    @Test("takes the value of scalars and of elements of text, and none of containers")
    func values() throws {
        let root = try json(#"{"weight": 8, "name": "  Social\n value ", "flag": true, "none": null, "list": [1]}"#)
        let members = root.children
        #expect(members.map(SubjectIdentity.value(of:)) == ["8", "Social value", "true", "null", nil])
        #expect(SubjectIdentity.value(of: root) == nil)

        let element = try xml(#"<r><w>8</w><c weight="8"/><b><w>1</w></b></r>"#)
        #expect(element.elements.map(SubjectIdentity.value(of:)) == ["8", nil, nil])
        let weight = try #require(element.elements[1].attribute("weight"))
        #expect(SubjectIdentity.value(of: weight) == "8")
    }

    @Test("cuts very long values and identifiers")
    func longText() throws {
        let long = String(repeating: "x", count: 500)
        let root = try json(#"{"list": [{"id": "\#(long)"}], "v": "\#(long)"}"#)
        let v = try #require(root[key: "v"])
        let item = try #require(root[key: "list"]?.children.first)
        #expect(SubjectIdentity.value(of: v)?.count == SubjectIdentity.valueLimit + 1)
        #expect(SubjectIdentity.of(item).count < 230)
    }
}

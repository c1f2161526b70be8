import Testing
import TenderLintKit

@Suite("Display width")
struct DisplayWidthTests {
    @Test(
        "counts the terminal cells of one grapheme cluster",
        arguments: [
            ("a", 1),
            ("ŵ", 1),                    // precomposed w with circumflex
            ("w\u{302}", 1),             // w + combining circumflex
            ("👩‍⚕️", 2),                    // woman, ZWJ, staff of Aesculapius, VS16: four code points
            ("🇬🇧", 2),                   // a flag: two regional indicators
            ("👍🏽", 2),                   // with a skin-tone modifier
            ("⚕", 1),                    // text presentation by default
            ("⚕️", 2),                    // asked for as emoji with VS16
            ("中", 2),                    // CJK ideograph
            ("한", 2),                    // Hangul syllable
            ("Ａ", 2),                    // fullwidth Latin
            ("ｱ", 1),                    // halfwidth katakana
            ("\u{301}", 0),              // a combining mark on its own
            ("\u{200D}", 0),             // zero-width joiner
            ("\u{FE0F}", 0),             // variation selector
            ("\u{200B}", 0),             // zero-width space
        ] as [(Character, Int)]
    )
    func cellsOfCharacter(character: Character, cells: Int) {
        #expect(DisplayWidth.of(character) == cells)
    }

    @Test("adds up the cells of a string cluster by cluster")
    func cellsOfString() {
        #expect(DisplayWidth.of("Llywodraeth Cymru — Cwm Taf Morgannwg 👩‍⚕️") == 40)
        #expect(DisplayWidth.of("中文 text") == 9)
        #expect(DisplayWidth.of("Caerdydd\u{301}") == 8)
        #expect(DisplayWidth.of("") == 0)
    }
}

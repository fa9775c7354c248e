import Testing
@testable import Rendering

/// JSON strings: safe inside <script>, U+2028/2029 escaped, other UTF-8 untouched.
@Suite struct JSONTests {
    @Test func escapesScriptBreakoutAndLineSeparators() {
        #expect(JSON.encode(.string("</script>&\"\\\n")) == #""\u003c/script\u003e\u0026\"\\\u000a""#)
        #expect(JSON.encode(.string("a\u{2028}b\u{2029}c")) == #""a\u2028b\u2029c""#)
    }

    /// "è" is C3 A8 and "é" is C3 A9: their second bytes must not be taken for U+2028/2029.
    @Test func leavesAccentedLettersAlone() {
        #expect(JSON.encode(.string("Crème brûlée, élan, exposé")) == "\"Crème brûlée, élan, exposé\"")
    }
}

/// Names written in kebab-case: rule names and catalogue framework ids.
extension String {
    /// Lower-case ASCII letters and digits in words joined by single hyphens, such as `nhs-london-toms`.
    /// Checked by byte: a regex literal is compiled again each time it is evaluated, which cost every run's
    /// start-up about 6% when each rule's name was checked with one.
    public var isKebabCase: Bool {
        var previousWasHyphen = true
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): previousWasHyphen = false
            case UInt8(ascii: "-") where !previousWasHyphen: previousWasHyphen = true
            default: return false
            }
        }
        return !previousWasHyphen
    }
}

/// The phrases tenderlint knows without configuration, in English and Welsh.
///
/// Strong phrases say what a criterion or a text is about; weak ones only touch on it. Words that follow Welsh
/// mutations are listed in each form a notice writes ("gwerth" and "werth", "cynllun" and "gynllun").
extension Vocabulary {
    /// Both languages UK notices are written in; what `TenderModelBuilder` uses.
    public static let builtIn = english.merging(welsh)

    /// English, as UK buyers write it.
    public static let english = Vocabulary(
        phrases: [
            .socialValue: strong(
                "social value", "social value model", "themes outcomes and measures", "community benefit",
                "community wealth", "social impact", "social responsibility", "social aspect", "social consideration",
                "socio economic", "local employment", "fair work*", "equal opportunit*", "apprentice*", "volunteer*"
            ) + weak("wellbeing", "well being"),
            .netZero: strong(
                "net zero", "decarboni*", "carbon reduction", "carbon", "greenhouse gas*", "ghg", "climate change",
                "climate emergency", "climate action", "climate mitigation", "carbon emission", "emission reduction",
                "low emission", "zero emission", "electric vehicle"
            ) + weak("sustainab*", "environmental", "environment", "climate", "emission", "energy efficien*"),
            .carbonReductionPlan: strong("carbon reduction plan", "ppn 06/21", "ppn 6/21", "ppn 006", "ppn 0006"),
            .netZeroCommitment: strong("net zero commitment"),
            .evergreen: strong("evergreen sustainable supplier assessment", "evergreen"),
            .price: strong(
                "price", "pricing", "cost", "costing", "commercial", "financial", "fee", "charge", "rate", "tariff",
                "value for money", "whole life", "life cycle"
            ),
        ],
        exclusions: strong(
            // Things made of carbon or named after it, not emissions.
            "carbon monoxide", "carbon steel", "carbon fibre", "carbon fiber", "carbon brush", "carbon paper",
            "carbon copy", "carbon black", "carbon filter", "activated carbon",
            // The climate of a room, a market or a time.
            "current climate", "present climate", "economic climate", "financial climate", "political climate",
            "indoor climate", "climate control*",
            // Services named for wellbeing, which are what is bought, not a commitment.
            "mental health and wellbeing service", "health and wellbeing service"
        )
    )

    /// Welsh, as Welsh public bodies write it in bilingual notices.
    public static let welsh = Vocabulary(
        phrases: [
            .socialValue: strong(
                "gwerth cymdeithasol", "werth cymdeithasol", "buddion cymunedol", "budd cymunedol", "fuddion cymunedol",
                "cyfoeth cymunedol", "gwaith teg", "prentis*"
            ) + weak("llesiant"),
            .netZero: strong(
                "sero net", "datgarboneiddio", "ddatgarboneiddio", "newid hinsawdd", "newid yn yr hinsawdd",
                "argyfwng hinsawdd", "lleihau carbon", "allyriadau carbon", "carbon isel", "ol troed carbon"
            ) + weak("cynaliadwy*", "amgylchedd*", "hinsawdd", "allyriadau"),
            .carbonReductionPlan: strong("cynllun lleihau carbon", "gynllun lleihau carbon", "nghynllun lleihau carbon"),
            .netZeroCommitment: strong("ymrwymiad sero net"),
            .price: strong("pris", "prisio", "cost", "costau", "masnachol", "ariannol", "ffi", "gwerth am arian"),
        ]
    )

    private static func strong(_ phrases: String...) -> [VocabularyPhrase] {
        phrases.map { VocabularyPhrase($0, strength: .strong) }
    }

    private static func weak(_ phrases: String...) -> [VocabularyPhrase] {
        phrases.map { VocabularyPhrase($0, strength: .weak) }
    }
}

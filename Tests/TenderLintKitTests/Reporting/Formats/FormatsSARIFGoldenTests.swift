import Testing
@testable import TenderLintKit

@Suite("Formats: SARIF report, byte for byte")
struct FormatsSARIFGoldenTests {
    /// A reporter run from the root of a repository at /srv/repo.
    static let rooted = SARIFReporter(sourceRoot: RepositoryRoot("/srv/repo", relativeTo: "/"), workingDirectory: "/srv/repo")

    @Test("renders the fixed run exactly (golden output)")
    func golden() {
        #expect(Self.rooted.render(FormatsFixture.result) == #"""
            {
              "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
              "version": "2.1.0",
              "runs": [
                {
                  "tool": {
                    "driver": {
                      "name": "tenderlint",
                      "version": "0.1.0",
                      "rules": [
                        {
                          "id": "SV001",
                          "name": "social-value-weight",
                          "shortDescription": {
                            "text": "Social value carries at least 10% of the total score"
                          },
                          "fullDescription": {
                            "text": "PPN 06/20 asks for at least 10% of the total score.",
                            "markdown": "PPN 06/20 asks for *at least* 10% of the total score."
                          },
                          "help": {
                            "text": "SV001 social-value-weight: Social value carries at least 10% of the total score\n\nPPN 06/20 asks for at least 10% of the total score.\n\nMore: https://tenderlint.example/rules#sv001",
                            "markdown": "**SV001 social-value-weight**: Social value carries at least 10% of the total score\n\nPPN 06/20 asks for *at least* 10% of the total score.\n\n[More about SV001](https://tenderlint.example/rules#sv001)"
                          },
                          "helpUri": "https://tenderlint.example/rules#sv001",
                          "defaultConfiguration": {
                            "level": "error"
                          }
                        },
                        {
                          "id": "NZ001",
                          "name": "carbon-reduction-plan",
                          "shortDescription": {
                            "text": "Large contracts ask for a Carbon Reduction Plan"
                          },
                          "fullDescription": {
                            "text": "Large contracts ask for a Carbon Reduction Plan"
                          },
                          "help": {
                            "text": "NZ001 carbon-reduction-plan: Large contracts ask for a Carbon Reduction Plan\n\nMore: docs/rules.md#nz001",
                            "markdown": "**NZ001 carbon-reduction-plan**: Large contracts ask for a Carbon Reduction Plan\n\nMore: docs/rules.md#nz001"
                          },
                          "defaultConfiguration": {
                            "level": "error"
                          }
                        },
                        {
                          "id": "TL006",
                          "name": "unknown-field",
                          "shortDescription": {
                            "text": "Every element, attribute or key is one the format defines"
                          },
                          "fullDescription": {
                            "text": "A field the format does not define is ignored."
                          },
                          "help": {
                            "text": "TL006 unknown-field: Every element, attribute or key is one the format defines\n\nA field the format does not define is ignored.",
                            "markdown": "**TL006 unknown-field**: Every element, attribute or key is one the format defines\n\nA field the format does not define is ignored."
                          },
                          "defaultConfiguration": {
                            "level": "warning"
                          }
                        },
                        {
                          "id": "TL003",
                          "name": "not-a-tender-document",
                          "shortDescription": {
                            "text": "not-a-tender-document"
                          },
                          "fullDescription": {
                            "text": "not-a-tender-document"
                          },
                          "help": {
                            "text": "TL003 not-a-tender-document: not-a-tender-document",
                            "markdown": "**TL003 not-a-tender-document**: not-a-tender-document"
                          },
                          "defaultConfiguration": {
                            "level": "note"
                          }
                        }
                      ]
                    }
                  },
                  "originalUriBaseIds": {
                    "%SRCROOT%": {
                      "uri": "file:///srv/repo/"
                    }
                  },
                  "columnKind": "unicodeCodePoints",
                  "results": [
                    {
                      "ruleId": "TL003",
                      "ruleIndex": 3,
                      "level": "note",
                      "message": {
                        "text": "the file holds no tender document; skipped"
                      },
                      "locations": [
                        {
                          "physicalLocation": {
                            "artifactLocation": {
                              "uri": "notes/readme%3A%20draft.xml",
                              "uriBaseId": "%SRCROOT%"
                            },
                            "region": {
                              "startLine": 1,
                              "startColumn": 1,
                              "endLine": 1,
                              "endColumn": 1
                            }
                          }
                        }
                      ],
                      "partialFingerprints": {
                        "tenderlint/v2": "cfa0a10acb19d870",
                        "primaryLocationLineHash": "02e560943c695c91:1"
                      }
                    },
                    {
                      "ruleId": "TL006",
                      "ruleIndex": 2,
                      "level": "warning",
                      "message": {
                        "text": "unknown attribute 'sectr' on <buyer>"
                      },
                      "locations": [
                        {
                          "physicalLocation": {
                            "artifactLocation": {
                              "uri": "tenders/2026/community-equipment.xml",
                              "uriBaseId": "%SRCROOT%"
                            },
                            "region": {
                              "startLine": 2,
                              "startColumn": 39,
                              "endLine": 2,
                              "endColumn": 44
                            }
                          }
                        }
                      ],
                      "partialFingerprints": {
                        "tenderlint/v2": "cb139ef00ff8e9c1",
                        "primaryLocationLineHash": "b104ae005edcdd9a:1"
                      },
                      "fixes": [
                        {
                          "description": {
                            "text": "did you mean 'sector'?"
                          },
                          "artifactChanges": [
                            {
                              "artifactLocation": {
                                "uri": "tenders/2026/community-equipment.xml",
                                "uriBaseId": "%SRCROOT%"
                              },
                              "replacements": [
                                {
                                  "deletedRegion": {
                                    "startLine": 2,
                                    "startColumn": 39,
                                    "endLine": 2,
                                    "endColumn": 44
                                  },
                                  "insertedContent": {
                                    "text": "sector"
                                  }
                                }
                              ]
                            }
                          ]
                        }
                      ],
                      "properties": {
                        "documentPath": "/tender/buyer/@sectr"
                      }
                    },
                    {
                      "ruleId": "SV001",
                      "ruleIndex": 0,
                      "level": "error",
                      "message": {
                        "text": "social value carries 8% of the total score in lot 2; at least 10% is required",
                        "markdown": "social value carries 8% of the total score in lot 2; at least 10% is required\n\n- note: counted: social-value (8%)\n- help: raise social-value to 10 and lower another criterion by 2\n- policy: PPN 06/20 (10% of the total score)"
                      },
                      "locations": [
                        {
                          "physicalLocation": {
                            "artifactLocation": {
                              "uri": "tenders/2026/community-equipment.xml",
                              "uriBaseId": "%SRCROOT%"
                            },
                            "region": {
                              "startLine": 5,
                              "startColumn": 5,
                              "endLine": 5,
                              "endColumn": 66
                            }
                          }
                        }
                      ],
                      "relatedLocations": [
                        {
                          "id": 1,
                          "physicalLocation": {
                            "artifactLocation": {
                              "uri": "tenders/2026/community-equipment.xml",
                              "uriBaseId": "%SRCROOT%"
                            },
                            "region": {
                              "startLine": 4,
                              "startColumn": 40,
                              "endLine": 4,
                              "endColumn": 51
                            }
                          },
                          "message": {
                            "text": "price weighted here"
                          }
                        }
                      ],
                      "partialFingerprints": {
                        "tenderlint/v2": "09c7f1aa5c5620bc",
                        "primaryLocationLineHash": "34d92c803c74fb2d:1"
                      },
                      "fixes": [
                        {
                          "description": {
                            "text": "set the weight to 10"
                          },
                          "artifactChanges": [
                            {
                              "artifactLocation": {
                                "uri": "tenders/2026/community-equipment.xml",
                                "uriBaseId": "%SRCROOT%"
                              },
                              "replacements": [
                                {
                                  "deletedRegion": {
                                    "startLine": 5,
                                    "startColumn": 62,
                                    "endLine": 5,
                                    "endColumn": 63
                                  },
                                  "insertedContent": {
                                    "text": "10"
                                  }
                                }
                              ]
                            }
                          ],
                          "properties": {
                            "applicability": "unsafe",
                            "unsafeBecause": "it changes how bids are scored"
                          }
                        }
                      ],
                      "properties": {
                        "documentPath": "/tender/lot/criterion[2]",
                        "label": "8% of the total",
                        "notes": [
                          "counted: social-value (8%)"
                        ],
                        "help": [
                          "raise social-value to 10 and lower another criterion by 2"
                        ],
                        "policy": {
                          "name": "PPN 06/20",
                          "detail": "10% of the total score"
                        }
                      }
                    },
                    {
                      "ruleId": "NZ001",
                      "ruleIndex": 1,
                      "level": "warning",
                      "message": {
                        "text": "contracts worth £5m a year or more must ask for a Carbon Reduction Plan"
                      },
                      "locations": [
                        {
                          "physicalLocation": {
                            "artifactLocation": {
                              "uri": "tenders/catering%2C%20phase%201.json",
                              "uriBaseId": "%SRCROOT%"
                            },
                            "region": {
                              "startLine": 3,
                              "startColumn": 16,
                              "endLine": 5,
                              "endColumn": 6
                            }
                          }
                        }
                      ],
                      "partialFingerprints": {
                        "tenderlint/v2": "cf18d8ac50c0aa84",
                        "primaryLocationLineHash": "494fbb1947d8a28b:1"
                      },
                      "properties": {
                        "documentPath": "/tender/netZero"
                      }
                    }
                  ],
                  "properties": {
                    "documents": 3,
                    "files": 3,
                    "suppressed": 2,
                    "baselined": 1,
                    "omitted": 0,
                    "results": 4,
                    "resultsOmitted": 0,
                    "resultLimit": 5000
                  }
                }
              ]
            }

            """#)
    }
}

// Generated from policies/eu/pack.yaml by test/generated.test.ts; do not edit. Regenerate with `npm run generate`.

/** The pack as data, exactly as policies/eu/pack.yaml reads; `loadPack` turns it into a pack. */
export const EU_PACK_DATA: unknown = {
  "id": "eu",
  "name": "European standard elements of a micro-credential (Council Recommendation 2022/C 243/02, Annex I)",
  "version": "1.0.0",
  "description": "The mandatory and optional elements that describe a micro-credential under the Council Recommendation of 16 June 2022 on a European approach to micro-credentials (2022/C 243/02), Annex I. A standards pack, not a campus policy: use it beside a campus pack (for example `microcred check --pack binghamton --pack eu`) to see which European elements a proposal lacks. The Recommendation is not binding; a campus that adopts it reads \"mandatory\" as required, so each mandatory element a proposal can carry is an error, except where the text itself softens it (the level only \"if applicable\", ECTS \"wherever possible\"). Two mandatory elements, identification of the learner and date of issuing, belong to an issued credential, not a proposal: microcred writes them in the Open Badges credential it issues (`credentialSubject` and `validFrom`). The text sets no approval process, so this pack has no approval route: the campus pack's route applies.",
  "sources": [
    {
      "title": "Council Recommendation of 16 June 2022 on a European approach to micro-credentials for lifelong learning and employability (2022/C 243/02), Annex I",
      "file": "eu-micro-credentials-standard-elements.md"
    }
  ],
  "effective": [
    {
      "revision": "2022/C 243/02",
      "from": "2022-06-16"
    }
  ],
  "waivable": [
    "eu/workload-in-ects"
  ],
  "rules": [
    {
      "id": "eu/issuer-country",
      "title": "Names the country or region of the issuer",
      "severity": "error",
      "description": "The institution, or an awarding body, names its country (an ISO 3166-1 code) or region.",
      "reading": "A mandatory element, so an error. \"country/region\" is read as either: a country or a region satisfies it. The issuer is the institution or any body that awards the credential.",
      "citation": {
        "source": "eu-micro-credentials-standard-elements.md",
        "section": "Mandatory elements",
        "passage": "The European Union defined the mandatory elements to describe a microcredential: ... country/region of the issuer;"
      },
      "messages": {
        "none": "Name the country or region of the issuer (credential.institution.country or .region, or an awarding body's)."
      },
      "check": {
        "assert": {
          "or": [
            {
              "hasText": [
                {
                  "var": "credential.institution.country"
                }
              ]
            },
            {
              "hasText": [
                {
                  "var": "credential.institution.region"
                }
              ]
            },
            {
              "some": [
                {
                  "var": "credential.awardingBodies"
                },
                {
                  "or": [
                    {
                      "hasText": [
                        {
                          "var": "country"
                        }
                      ]
                    },
                    {
                      "hasText": [
                        {
                          "var": "region"
                        }
                      ]
                    }
                  ]
                }
              ]
            }
          ]
        },
        "path": [
          "credential",
          "institution"
        ]
      }
    },
    {
      "id": "eu/awarding-body",
      "title": "Names the awarding body",
      "severity": "error",
      "description": "The credential names the bodies that award it, or the institution that issues it.",
      "reading": "A mandatory element, so an error. The institution that issues the credential is its awarding body unless the proposal names others (credential.awardingBodies), so either one satisfies it.",
      "citation": {
        "source": "eu-micro-credentials-standard-elements.md",
        "section": "Mandatory elements",
        "passage": "The European Union defined the mandatory elements to describe a microcredential: ... awarding body;"
      },
      "messages": {
        "none": "Name the awarding body (credential.awardingBodies, or the institution in credential.institution)."
      },
      "check": {
        "assert": {
          "or": [
            {
              ">": [
                {
                  "count": [
                    {
                      "var": "credential.awardingBodies"
                    }
                  ]
                },
                0
              ]
            },
            {
              "hasText": [
                {
                  "var": "credential.institution.name"
                }
              ]
            }
          ]
        },
        "path": [
          "credential",
          "awardingBodies"
        ]
      }
    },
    {
      "id": "eu/learning-outcomes",
      "title": "States its learning outcomes",
      "severity": "error",
      "reading": "A mandatory element, so an error; at least one learning outcome states it.",
      "citation": {
        "source": "eu-micro-credentials-standard-elements.md",
        "section": "Mandatory elements",
        "passage": "The European Union defined the mandatory elements to describe a microcredential: ... learning outcomes;"
      },
      "messages": {
        "none": "State the learning outcomes (credential.learningOutcomes)."
      },
      "check": {
        "assert": {
          ">": [
            {
              "count": [
                {
                  "var": "credential.learningOutcomes"
                }
              ]
            },
            0
          ]
        },
        "path": [
          "credential",
          "learningOutcomes"
        ]
      }
    },
    {
      "id": "eu/workload",
      "title": "States the notional workload",
      "severity": "error",
      "description": "The credential states its workload (credential.workload, in credits or hours), or its courses carry credit.",
      "reading": "A mandatory element, so an error. Courses carry their credit, so a credential whose courses carry credit states its workload in credits; credential.workload states it for a credential without courses, or in hours. The unit is eu/workload-in-ects.",
      "citation": {
        "source": "eu-micro-credentials-standard-elements.md",
        "section": "Mandatory elements",
        "passage": "The European Union defined the mandatory elements to describe a microcredential: ... notional workload needed to achieve the learning outcomes"
      },
      "messages": {
        "none": "State the notional workload needed to achieve the learning outcomes (credential.workload, in ECTS credits where possible, or hours)."
      },
      "check": {
        "assert": {
          "or": [
            {
              "!!": [
                {
                  "var": "credential.workload"
                }
              ]
            },
            {
              ">": [
                {
                  "totalCredits": [
                    {
                      "var": "credential.courses"
                    }
                  ]
                },
                0
              ]
            }
          ]
        },
        "path": [
          "credential",
          "workload"
        ]
      }
    },
    {
      "id": "eu/workload-in-ects",
      "title": "States the workload in ECTS credits",
      "severity": "warning",
      "description": "The workload is in ECTS credits (credential.workload.credits, or every course's credits).",
      "reading": "\"in ECTS credits, wherever possible\" makes this a warning, never an error: where ECTS is not possible (a credential outside the European credit system), the workload in another unit or in hours is enough, and the pack lets a proposal waive this rule. A credential that states no workload is reported by eu/workload, not here.",
      "citation": {
        "source": "eu-micro-credentials-standard-elements.md",
        "section": "Mandatory elements",
        "passage": "The European Union defined the mandatory elements to describe a microcredential: ... notional workload needed to achieve the learning outcomes (in ECTS credits, wherever possible);"
      },
      "messages": {
        "notEcts": "State the notional workload in ECTS credits where possible (credential.workload.credits with unit ects)."
      },
      "check": {
        "assert": {
          "or": [
            {
              "and": [
                {
                  "!": [
                    {
                      "var": "credential.workload"
                    }
                  ]
                },
                {
                  "==": [
                    {
                      "totalCredits": [
                        {
                          "var": "credential.courses"
                        }
                      ]
                    },
                    0
                  ]
                }
              ]
            },
            {
              "==": [
                {
                  "var": "credential.workload.credits.unit"
                },
                "ects"
              ]
            },
            {
              "and": [
                {
                  "!": [
                    {
                      "var": "credential.workload.credits"
                    }
                  ]
                },
                {
                  ">": [
                    {
                      "count": [
                        {
                          "var": "credential.courses"
                        }
                      ]
                    },
                    0
                  ]
                },
                {
                  "all": [
                    {
                      "var": "credential.courses"
                    },
                    {
                      "==": [
                        {
                          "var": "credits.unit"
                        },
                        "ects"
                      ]
                    }
                  ]
                }
              ]
            }
          ]
        },
        "path": [
          "credential",
          "workload"
        ]
      }
    },
    {
      "id": "eu/eqf-level",
      "title": "States its EQF level, if one applies",
      "severity": "info",
      "description": "The credential states its level in the European Qualifications Framework (credential.eqfLevel) and, in higher education, its QF-EHEA cycle.",
      "reading": "\"if applicable\" makes the level conditional, and whether a level applies (whether the credential is referenced to a qualifications framework) is not something a proposal shows: a missing level is information to check, never an error or a warning.",
      "citation": {
        "source": "eu-micro-credentials-standard-elements.md",
        "section": "Mandatory elements",
        "passage": "The European Union defined the mandatory elements to describe a microcredential: ... level in the European Qualifications Framework (and cycle) of the learning experience, if applicable;"
      },
      "messages": {
        "none": "If an EQF level applies, state it (credential.eqfLevel, 1 to 8) and, in higher education, the QF-EHEA cycle (credential.qfEheaCycle)."
      },
      "check": {
        "assert": {
          "!!": [
            {
              "var": "credential.eqfLevel"
            }
          ]
        },
        "path": [
          "credential",
          "eqfLevel"
        ]
      }
    },
    {
      "id": "eu/assessment-type",
      "title": "States the type of assessment",
      "severity": "error",
      "description": "The credential's assessment (credential.assessment.method), a learning outcome's assessment, or the evidence's assessment plan says how learners are assessed.",
      "reading": "A mandatory element, so an error. The type of assessment is stated for the credential as a whole (credential.assessment) or by how its outcomes or its evidence are assessed; any of them satisfies it.",
      "citation": {
        "source": "eu-micro-credentials-standard-elements.md",
        "section": "Mandatory elements",
        "passage": "The European Union defined the mandatory elements to describe a microcredential: ... type of assessment;"
      },
      "messages": {
        "none": "State the type of assessment (credential.assessment.method, or each learning outcome's assessment)."
      },
      "check": {
        "assert": {
          "or": [
            {
              "hasText": [
                {
                  "var": "credential.assessment.method"
                }
              ]
            },
            {
              "some": [
                {
                  "var": "credential.learningOutcomes"
                },
                {
                  "hasText": [
                    {
                      "var": "assessment.method"
                    }
                  ]
                }
              ]
            },
            {
              "hasText": [
                {
                  "var": "credential.evidence.assessmentPlan"
                }
              ]
            }
          ]
        },
        "path": [
          "credential",
          "assessment"
        ]
      }
    },
    {
      "id": "eu/participation-form",
      "title": "States the form of participation",
      "severity": "error",
      "description": "The credential says how learners take part (credential.delivery) - online, in person (onsite), hybrid (blended) or work-based.",
      "reading": "A mandatory element, so an error.",
      "citation": {
        "source": "eu-micro-credentials-standard-elements.md",
        "section": "Mandatory elements",
        "passage": "The European Union defined the mandatory elements to describe a microcredential: ... form of participation in the learning activity;"
      },
      "messages": {
        "none": "State the form of participation (credential.delivery - online, in-person, hybrid or work-based)."
      },
      "check": {
        "assert": {
          "hasText": [
            {
              "var": "credential.delivery"
            }
          ]
        },
        "path": [
          "credential",
          "delivery"
        ]
      }
    },
    {
      "id": "eu/quality-assurance",
      "title": "States the type of quality assurance",
      "severity": "error",
      "reading": "A mandatory element, so an error; the text names no kinds of quality assurance, so any stated kind satisfies it.",
      "citation": {
        "source": "eu-micro-credentials-standard-elements.md",
        "section": "Mandatory elements",
        "passage": "The European Union defined the mandatory elements to describe a microcredential: ... type of quality assurance used to underpin the microcredential."
      },
      "messages": {
        "none": "State the type of quality assurance that underpins the credential (credential.qualityAssurance)."
      },
      "check": {
        "assert": {
          ">": [
            {
              "count": [
                {
                  "var": "credential.qualityAssurance"
                }
              ]
            },
            0
          ]
        },
        "path": [
          "credential",
          "qualityAssurance"
        ]
      }
    },
    {
      "id": "eu/prerequisites",
      "title": "States the prerequisites to enrol",
      "severity": "info",
      "reading": "An optional element, \"where relevant\", so information only.",
      "citation": {
        "source": "eu-micro-credentials-standard-elements.md",
        "section": "Optional elements, where relevant (non-exhaustive)",
        "passage": "Prerequisites needed to enrol in the learning activity"
      },
      "messages": {
        "none": "Where relevant, state the prerequisites to enrol (credential.prerequisites, or \"None\")."
      },
      "check": {
        "assert": {
          "hasText": [
            {
              "var": "credential.prerequisites"
            }
          ]
        },
        "path": [
          "credential",
          "prerequisites"
        ]
      }
    },
    {
      "id": "eu/assessment-supervision",
      "title": "States the supervision and identity verification during assessment",
      "severity": "info",
      "description": "credential.assessment.supervision is one of the three values the text names.",
      "reading": "An optional element, \"where relevant\", so information only. The model offers exactly the text's three values.",
      "citation": {
        "source": "eu-micro-credentials-standard-elements.md",
        "section": "Optional elements, where relevant (non-exhaustive)",
        "passage": "Supervision and identity verification during assessment (unsupervised with no identity verification, supervised with no identity verification, supervised online or onsite with identity verification)"
      },
      "messages": {
        "none": "Where relevant, state the supervision and identity verification during assessment (credential.assessment.supervision)."
      },
      "check": {
        "assert": {
          "hasText": [
            {
              "var": "credential.assessment.supervision"
            }
          ]
        },
        "path": [
          "credential",
          "assessment",
          "supervision"
        ]
      }
    },
    {
      "id": "eu/integration",
      "title": "States its integration/stackability option",
      "severity": "info",
      "description": "The credential is standalone or stackable (credential.integration), or names what it stacks into (credential.stacksInto).",
      "reading": "An optional element, \"where relevant\", so information only. Naming what the credential stacks into states that it is stackable.",
      "citation": {
        "source": "eu-micro-credentials-standard-elements.md",
        "section": "Optional elements, where relevant (non-exhaustive)",
        "passage": "Integration/stackability options (standalone, independent micro-credential/integrated, stackable towards another credential)"
      },
      "messages": {
        "none": "Where relevant, say whether the credential is standalone or stackable (credential.integration, or credential.stacksInto)."
      },
      "check": {
        "assert": {
          "or": [
            {
              "hasText": [
                {
                  "var": "credential.integration"
                }
              ]
            },
            {
              ">": [
                {
                  "count": [
                    {
                      "var": "credential.stacksInto"
                    }
                  ]
                },
                0
              ]
            }
          ]
        },
        "path": [
          "credential",
          "integration"
        ]
      }
    }
  ],
  "notEnforced": [
    {
      "citation": {
        "source": "eu-micro-credentials-standard-elements.md",
        "section": "Mandatory elements",
        "passage": "The European Union defined the mandatory elements to describe a microcredential: ... identification of the learner;"
      },
      "reason": "Describes an issued credential, not a proposal: there is a learner only once the credential is awarded. microcred writes it when it issues the credential: toOpenBadgeCredential puts the learner in the Open Badges credential's credentialSubject (its id when the learner's id is a URI, else an identifier, with the learner's name)."
    },
    {
      "citation": {
        "source": "eu-micro-credentials-standard-elements.md",
        "section": "Mandatory elements",
        "passage": "The European Union defined the mandatory elements to describe a microcredential: ... date of issuing;"
      },
      "reason": "Describes an issued credential, not a proposal: it exists only once the credential is awarded. microcred writes it when it issues the credential: toOpenBadgeCredential sets the Open Badges credential's validFrom and awardedDate from the award date."
    },
    {
      "citation": {
        "source": "eu-micro-credentials-standard-elements.md",
        "section": "Mandatory elements",
        "passage": "The European Union defined the mandatory elements to describe a microcredential: ... title of the microcredential;"
      },
      "reason": "The proposal format requires credential.title, so every well-formed proposal states it; a rule would never report."
    },
    {
      "citation": {
        "source": "eu-micro-credentials-standard-elements.md",
        "section": "Optional elements, where relevant (non-exhaustive)",
        "passage": "Grade achieved"
      },
      "reason": "Describes an issued credential: a grade exists only once a learner is assessed. The Open Badges credential carries it as a result (award.result in toOpenBadgeCredential)."
    },
    {
      "citation": {
        "source": "eu-micro-credentials-standard-elements.md",
        "section": "Optional elements, where relevant (non-exhaustive)",
        "passage": "Further information"
      },
      "reason": "Names no content to check; credential.description and supportingDocuments carry further information."
    },
    {
      "citation": {
        "source": "eu-micro-credentials-standard-elements.md",
        "section": "Source",
        "passage": "The Recommendation is addressed to Member States and is not binding; Annex I is what a micro-credential issued under it is expected to describe."
      },
      "reason": "The text lists what a micro-credential describes and sets no approval process, so this pack has no approval route; used beside a campus pack, the campus route applies."
    }
  ]
};

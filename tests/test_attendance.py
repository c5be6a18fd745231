"""Table tests for extractors.attendance: attendance lists, statuses and proxies."""

import pytest

from extractors.attendance import parse_attendance
from extractors.stages import DocText, Page

NBSP, NNBSP = "\u00a0", "\u202f"


def attendance(text):
    return [(a.name, a.status, a.proxy_to) for a in parse_attendance(DocText([Page(1, text)]).section())]


CASES = [
    pytest.param(
        "Étaient présents : M. Jean DUPONT, Maire, Mme Claire FONTAINE, M. Paul ROUX, Adjoints, Mme Anne PETIT.\n"
        "Excusés ayant donné pouvoir : M. Luc BERNARD (pouvoir à M. Jean DUPONT), "
        "Mme Sylvie MOREAU (pouvoir à Mme Anne PETIT).\n"
        "Absents : M. Hugo LAMBERT.\n"
        "Secrétaire de séance : Mme Anne PETIT.",
        [
            ("Jean DUPONT", "present", None),
            ("Claire FONTAINE", "present", None),
            ("Paul ROUX", "present", None),
            ("Anne PETIT", "present", None),
            ("Luc BERNARD", "excused", "Jean DUPONT"),
            ("Sylvie MOREAU", "excused", "Anne PETIT"),
            ("Hugo LAMBERT", "absent", None),
        ],
        id="full-header",
    ),
    pytest.param(
        "Présents : DUPONT Jean, FONTAINE Claire, ROUX Paul",
        [("Jean DUPONT", "present", None), ("Claire FONTAINE", "present", None), ("Paul ROUX", "present", None)],
        id="surname-first",
    ),
    pytest.param(
        "Excusé(s) : Mme Anne-Sophie DE LA MOTTE, M. Éric VIDAL",
        [("Anne-Sophie DE LA MOTTE", "excused", None), ("Éric VIDAL", "excused", None)],
        id="excuses",
    ),
    pytest.param(
        "Excusé(s) : Mme DE LA MOTTE Anne-Sophie",
        [("Anne-Sophie DE LA MOTTE", "excused", None)],
        id="particle-surname-first",
    ),
    pytest.param(
        "Pouvoirs : M. Luc BERNARD à M. Jean DUPONT ; Mme Sylvie MOREAU à Mme Claire FONTAINE",
        [("Luc BERNARD", "excused", "Jean DUPONT"), ("Sylvie MOREAU", "excused", "Claire FONTAINE")],
        id="pouvoirs-bare-a",
    ),
    pytest.param(
        "Excusés : M. Luc BERNARD ayant donné pouvoir à M. Jean DUPONT, Mme Odile FAURE",
        [("Luc BERNARD", "excused", "Jean DUPONT"), ("Odile FAURE", "excused", None)],
        id="ayant-donne-pouvoir",
    ),
    pytest.param(
        "Absents excusés : M. Luc BERNARD représenté par Mme Claire FONTAINE",
        [("Luc BERNARD", "excused", "Claire FONTAINE")],
        id="represente-par",
    ),
    pytest.param(
        "Absents ayant donné procuration : Mme Sylvie MOREAU procuration à M. Paul ROUX",
        [("Sylvie MOREAU", "excused", "Paul ROUX")],
        id="procuration-a",
    ),
    pytest.param(
        "Excusés : Mme Sylvie MOREAU (pouvoir à DUPONT Jean)",
        [("Sylvie MOREAU", "excused", "Jean DUPONT")],
        id="holder-surname-first",
    ),
    pytest.param(
        "Excusé(s) sans voix délibérative : M. Marc LEROY, Directeur général des services",
        [("Marc LEROY", "excused", None)],
        id="sans-voix",
    ),
    pytest.param(
        "Présents : M. Jean DUPONT, Mme Claire\nFONTAINE, M. Paul ROUX",
        [("Jean DUPONT", "present", None), ("Claire FONTAINE", "present", None), ("Paul ROUX", "present", None)],
        id="name-over-two-lines",
    ),
    pytest.param(
        "Présents : M. Jean DUPONT, Mme Marie-\nHélène GARNIER",
        [("Jean DUPONT", "present", None), ("Marie-Hélène GARNIER", "present", None)],
        id="hyphenated-name-over-two-lines",
    ),
    pytest.param(
        "Présents : M. Jean DUPONT, M.\nPaul ROUX.",
        [("Jean DUPONT", "present", None), ("Paul ROUX", "present", None)],
        id="civility-cut-by-line",
    ),
    pytest.param(
        "Présents : M. Jean DUPONT, Mme Claire FONTAINE.\nAPPROBATION DU BUDGET PRIMITIF 2024\n"
        "Le Maire expose au conseil",
        [("Jean DUPONT", "present", None), ("Claire FONTAINE", "present", None)],
        id="closed-by-title",
    ),
    pytest.param(
        "Présents : DUPONT Jean, ROUX Paul.\nRAPPORT DE PRÉSENTATION\nMonsieur le Maire expose",
        [("Jean DUPONT", "present", None), ("Paul ROUX", "present", None)],
        id="closed-by-title-2",
    ),
    pytest.param("Présents : 11\nVotants : 13", [], id="count-only"),
    pytest.param(
        f"Présents{NBSP}: M. Jean DUPONT\nAbsents{NNBSP}: Mme Odile FAURE",
        [("Jean DUPONT", "present", None), ("Odile FAURE", "absent", None)],
        id="nbsp-colons",
    ),
    pytest.param(
        "Présents : M. Jean DUPONT, Mme Claire FONTAINE. Absents : M. Hugo LAMBERT.",
        [("Jean DUPONT", "present", None), ("Claire FONTAINE", "present", None), ("Hugo LAMBERT", "absent", None)],
        id="two-lists-one-line",
    ),
    pytest.param(
        "Absents : Mme Odile FAURE (excusée), M. Marc LEROY",
        [("Odile FAURE", "absent", None), ("Marc LEROY", "absent", None)],
        id="parenthesised-note",
    ),
    pytest.param("Présents : M. Jean DUPONT\nExcusés : néant", [("Jean DUPONT", "present", None)], id="neant"),
    pytest.param(
        "Pouvoirs : Mme Sylvie MOREAU a donné pouvoir à M. Paul ROUX",
        [("Sylvie MOREAU", "excused", "Paul ROUX")],
        id="a-donne-pouvoir",
    ),
    pytest.param(
        "Étaient présents : Mesdames FONTAINE Claire, PETIT Anne, Messieurs DUPONT Jean, ROUX Paul.",
        [
            ("Claire FONTAINE", "present", None),
            ("Anne PETIT", "present", None),
            ("Jean DUPONT", "present", None),
            ("Paul ROUX", "present", None),
        ],
        id="mesdames-messieurs",
    ),
    pytest.param(
        "Présents : Jean DUPONT - Claire FONTAINE - Anne\nPETIT -Paul ROUX- Luc BERNARD",
        [
            ("Jean DUPONT", "present", None),
            ("Claire FONTAINE", "present", None),
            ("Anne PETIT", "present", None),
            ("Paul ROUX", "present", None),
            ("Luc BERNARD", "present", None),
        ],
        id="dashes-spaced-on-one-side",
    ),
    pytest.param(
        "Procurations : Luc BERNARD donne procuration à Jean DUPONT\n"
        "Sylvie MOREAU donne procuration à Claire\nFONTAINE\nHugo LAMBERT donne procuration à Paul ROUX\n"
        "Ouverture de la séance\nLe quorum est atteint.",
        [
            ("Luc BERNARD", "excused", "Jean DUPONT"),
            ("Sylvie MOREAU", "excused", "Claire FONTAINE"),
            ("Hugo LAMBERT", "excused", "Paul ROUX"),
        ],
        id="one-proxy-a-line-without-commas",
    ),
    pytest.param(
        "Procutations : Luc BERNARD donne procuration à Jean DUPONT",  # OCR: one letter misread
        [("Luc BERNARD", "excused", "Jean DUPONT")],
        id="ocr-misread-label",
    ),
    pytest.param(
        "Absents excusés : Anne PETIT - Marc ROUVIER -\nCOROUGE\n"
        "Pouvoirs : Marc ROUVIER-COROUGE donne pouvoir à Anne PETIT",
        [("Anne PETIT", "excused", None), ("Marc ROUVIER-COROUGE", "excused", "Anne PETIT")],
        id="compound-surname-cut-by-the-line",
    ),
    pytest.param(
        "Présents : Jean DUPONT, Claire FONTAINE.\nMaryline : absente non excusée\nM. Paul ROUX : excusé\n"
        "Secrétaire de séance : Claire FONTAINE",
        [
            ("Jean DUPONT", "present", None),
            ("Claire FONTAINE", "present", None),
            ("MARYLINE", "absent", None),
            ("Paul ROUX", "excused", None),
        ],
        id="name-then-status",
    ),
    pytest.param(
        "Pouvoirs :\n- Monsieur Luc BERNARD à Monsieur Jean DUPONT\n- Madame Sylvie MOREAU Madame Anne PETIT\n"
        "Absente :\n- Madame Odile FAURE",
        [
            ("Luc BERNARD", "excused", "Jean DUPONT"),
            ("Sylvie MOREAU", "excused", "Anne PETIT"),
            ("Odile FAURE", "absent", None),
        ],
        id="proxy-entry-without-link-word",
    ),
    pytest.param(
        "+ Présents : M. Jean DUPONT, Mme Claire FONTAINE.\n+ Absents excusés : M. Paul ROUX.",
        [("Jean DUPONT", "present", None), ("Claire FONTAINE", "present", None), ("Paul ROUX", "excused", None)],
        id="bulleted-headings",
    ),
    pytest.param(
        "Présents :\nJean DUPONT, Claire FONTAINE\nAbsent\nPaul ROUX\nOrdre du jour :\n1. Budget",
        [("Jean DUPONT", "present", None), ("Claire FONTAINE", "present", None), ("Paul ROUX", "absent", None)],
        id="heading-alone-on-its-line",
    ),
    pytest.param("Présentation du budget\nLe Maire présente le budget.", [], id="not-a-heading"),
    pytest.param(
        "Présents : M. Jean DUPONT, Mme Claire FONTAINE.\nAvaient donné pouvoir : Mme Anne PETIT à M. Jean DUPONT, "
        "M. Luc BERNARD à Mme Claire FONTAINE.",
        [
            ("Jean DUPONT", "present", None),
            ("Claire FONTAINE", "present", None),
            ("Anne PETIT", "excused", "Jean DUPONT"),
            ("Luc BERNARD", "excused", "Claire FONTAINE"),
        ],
        id="avaient-donne-pouvoir",
    ),
    pytest.param(
        "Délégués représentés : M. Luc BERNARD représenté par M. Jean DUPONT, Mme Anne PETIT à Mme Claire FONTAINE.",
        [("Luc BERNARD", "excused", "Jean DUPONT"), ("Anne PETIT", "excused", "Claire FONTAINE")],
        id="delegues-representes",
    ),
    pytest.param(
        "Avait donné pouvoir : Mme Anne PETIT à M. Jean DUPONT.",
        [("Anne PETIT", "excused", "Jean DUPONT")],
        id="avait-donne-pouvoir",
    ),
    pytest.param(
        "Présents :\nM. Roger BASTIDE Mme Ophélie MARCOUX\nM. Jean DUPONT Mme Claire FONTAINE\n"
        "Secrétaire : Mme Claire FONTAINE",
        [
            ("Roger BASTIDE", "present", None),
            ("Ophélie MARCOUX", "present", None),
            ("Jean DUPONT", "present", None),
            ("Claire FONTAINE", "present", None),
        ],
        id="two-columns-side-by-side",
    ),
    pytest.param(
        "Présent(e)s : M. Jean DUPONT, Mme Claire FONTAINE.\nAbsent(e)s : M. Paul ROUX.\n"
        "Étaient absents et représentés : Mme Anne PETIT (pouvoir à M. Jean DUPONT).",
        [
            ("Jean DUPONT", "present", None),
            ("Claire FONTAINE", "present", None),
            ("Paul ROUX", "absent", None),
            ("Anne PETIT", "absent", "Jean DUPONT"),
        ],
        id="inclusive-writing-and-absents-represented",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_parse_attendance(text, expected):
    assert attendance(text) == expected


def test_sans_voix_note():
    found = parse_attendance(DocText([Page(1, "Excusé(s) sans voix délibérative : M. Marc LEROY")]).section())
    assert [(a.name, a.note) for a in found] == [("Marc LEROY", "sans voix délibérative")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # lists of initials typed against the surnames, a role after the first line's names
        (
            "Etaient présents : C.MARTEL - W.AUDIBERT - N.VERNET : adjoints\nS.MAUREL - H.CHABRAND\nM.MERLIN\n"
            "Secrétaire de séance : S.MAUREL\n",
            [
                ("C. MARTEL", "present", None),
                ("W. AUDIBERT", "present", None),
                ("N. VERNET", "present", None),
                ("S. MAUREL", "present", None),
                ("H. CHABRAND", "present", None),
                ("M. MERLIN", "present", None),
            ],
        ),
        # "Étaient absents excusés :" then "GIVER : procuration à HOLDER" one a line, and a member
        # excused without a proxy on the line after them
        (
            "Etaient absents excusés :\nT.BARNIER : procuration à W.AUDIBERT\nF.ROUSSET : procuration à S.MAUREL\n"
            "[.MÉRAND : procuration à C.MARTEL\n"
            "B.DURAND\nEtait absente non excusée : N.GALLET\n",
            [
                ("T. BARNIER", "excused", "W. AUDIBERT"),
                ("F. ROUSSET", "excused", "S. MAUREL"),
                ("I. MÉRAND", "excused", "C. MARTEL"),  # the initial I read as "[" by the scan
                ("B. DURAND", "excused", None),
                ("N. GALLET", "absent", None),
            ],
        ),
        (
            "Étaient absents excusés : M. Paul ROUX, Mme Anne PETIT.\nÉtait présent : M. Luc GUYOT.\n",
            [("Paul ROUX", "excused", None), ("Anne PETIT", "excused", None), ("Luc GUYOT", "present", None)],
        ),
    ],
    ids=["initials-and-role", "giver-colon-proxy", "etaient-absents-excuses"],
)
def test_lists_of_initials_and_their_headings(text: str, expected: list) -> None:
    assert attendance(text) == expected


def test_proxies_in_one_sentence_with_a_link_cut_before_its_holder() -> None:
    text = (
        "Présents : MM Paul ROUX, Anne PETIT, Luc GUYOT et Claire FLEURY\n"
        "Absents ayant donné procuration : monsieur Marc AUBRY donne pouvoir\n"
        "à madame Anne PETIT, madame Hélène KLEIN à monsieur Luc GUYOT et\n"
        "monsieur Serge ROYER donne pouvoir à madame Claire FLEURY.\n"
    )
    assert attendance(text) == [
        ("Paul ROUX", "present", None),
        ("Anne PETIT", "present", None),
        ("Luc GUYOT", "present", None),
        ("Claire FLEURY", "present", None),
        ("Marc AUBRY", "excused", "Anne PETIT"),
        ("Hélène KLEIN", "excused", "Luc GUYOT"),
        ("Serge ROYER", "excused", "Claire FLEURY"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Étaient présents : M. Jean DUPONT, M. Luc GUYOT (suppléant de M. Paul ROUX), Mme Anne PETIT.\n",
            {"Jean DUPONT": ("present", None), "Paul ROUX": ("excused", None), "Luc GUYOT": ("present", "Paul ROUX")},
        ),
        (
            "Excusés : Mme Claire FLEURY représentée par sa suppléante Mme Odile FAURE, M. Paul ROUX remplacé par "
            "M. Luc GUYOT, M. Marc BLANC\nSecrétaire : Mme Anne PETIT",
            {
                "Claire FLEURY": ("excused", None),
                "Odile FAURE": ("present", "Claire FLEURY"),
                "Paul ROUX": ("excused", None),
                "Luc GUYOT": ("present", "Paul ROUX"),
                "Marc BLANC": ("excused", None),
            },
        ),
        # at the end of its line, "(suppléant de …)" is no role
        (
            "Étaient présents : M. Jean DUPONT,\nM. Luc GUYOT (suppléant de M. Paul ROUX).\nSecrétaire : M. Jean DUPONT",
            {"Paul ROUX": ("excused", None), "Luc GUYOT": ("present", "Paul ROUX")},
        ),
        (
            "Absents : Mme Claire FLEURY suppléée par M. Luc GUYOT\n",
            {"Claire FLEURY": ("absent", None), "Luc GUYOT": ("present", "Claire FLEURY")},
        ),
    ],
)
def test_substitutes_sit_in_the_members_place(text: str, expected: dict) -> None:
    """A substitute (suppléant) is present and votes; the member is away and gave no proxy."""
    read = {a.name: a for a in parse_attendance(DocText([Page(1, text)]).section())}
    for name, (status, substitute_of) in expected.items():
        assert read[name].status == status and read[name].proxy_to is None
        assert read[name].note == (f"suppléant de {substitute_of}" if substitute_of else None)

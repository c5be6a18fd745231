"""Table tests for extractors.common: names, name lists, number words, folding, visa masking."""

import pytest

from extractors.common import fold, mask_visas, normalize_name, split_names, words_to_number

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    "printed, expected",
    [
        ("M. Jean DUPONT", ("M.", "Jean DUPONT")),
        ("DUPONT Jean", (None, "Jean DUPONT")),
        # a given name typed in lower case takes its capital
        ("Mme joëlle MOALIC-VERECCHIA", ("Mme", "Joëlle MOALIC-VERECCHIA")),
        ("M. jean de LA TOUR", ("M.", "Jean de LA TOUR")),
        ("Mme DE LA MOTTE Anne-Sophie", ("Mme", "Anne-Sophie DE LA MOTTE")),
        ("Mme Anne-Sophie DE LA MOTTE", ("Mme", "Anne-Sophie DE LA MOTTE")),
        ("Madame Claire FONTAINE", ("Mme", "Claire FONTAINE")),
        ("Monsieur Paul ROUX", ("M.", "Paul ROUX")),
        ("MM. Hugo LAMBERT", ("M.", "Hugo LAMBERT")),
        ("M.Jean DUPONT", ("M.", "Jean DUPONT")),
        (f"Mme{NBSP}Sophie GARNIER", ("Mme", "Sophie GARNIER")),
        ("M. Jean-Pierre\nLAVAL", ("M.", "Jean-Pierre LAVAL")),
        ("JEAN-CLAUDE LEROY", (None, "Jean-Claude LEROY")),
        ("Paul Durand", (None, "Paul DURAND")),
        ("M. MARCHAND", ("M.", "MARCHAND")),
        ("Mme Élise BÉRANGER", ("Mme", "Élise BÉRANGER")),
        ("M. D'ARTOIS Luc", ("M.", "Luc D'ARTOIS")),
        ("Mme Marie-Hélène N’DIAYE", ("Mme", "Marie-Hélène N'DIAYE")),
        # an initial typed against the surname, as lists of initials print them
        ("S.MAUREL", (None, "S. MAUREL")),
        ("W.AUDIBERT", (None, "W. AUDIBERT")),
        # compound initials keep their last dot; a full stop after a surname does not stay
        ("J.-C. LEROY", (None, "J.-C. LEROY")),
        ("Mme M.-T. DURAND", ("Mme", "M.-T. DURAND")),
        ("M. Paul DUPONT.", ("M.", "Paul DUPONT")),
    ],
)
def test_normalize_name(printed, expected):
    assert normalize_name(printed) == expected


@pytest.mark.parametrize(
    "printed, expected",
    [
        (
            "M. Jean DUPONT, Mme Claire FONTAINE et M. Paul ROUX",
            ["M. Jean DUPONT", "Mme Claire FONTAINE", "M. Paul ROUX"],
        ),
        ("DUPONT Jean ; FONTAINE Claire ; ROUX Paul.", ["DUPONT Jean", "FONTAINE Claire", "ROUX Paul"]),
        ("M. Jean-Pierre LAVAL - Mme Anne PETIT", ["M. Jean-Pierre LAVAL", "Mme Anne PETIT"]),
        ("Mme Anne-Sophie DE LA MOTTE, M. Luc\nBERNARD", ["Mme Anne-Sophie DE LA MOTTE", "M. Luc BERNARD"]),
        ("M. Étienne VIDAL – Mme Odile FAURE", ["M. Étienne VIDAL", "Mme Odile FAURE"]),
        ("Mme Claire FONTAINE", ["Mme Claire FONTAINE"]),
        ("C.MARTEL - W.AUDIBERT -— I.MÉRAND", ["C.MARTEL", "W.AUDIBERT", "I.MÉRAND"]),  # a dash doubled by OCR
    ],
)
def test_split_names(printed, expected):
    assert split_names(printed) == expected


@pytest.mark.parametrize(
    "words, expected",
    [
        ("deux mille vingt-quatre", 2024),
        ("deux mil vingt-trois", 2023),
        ("trente et un", 31),
        ("vingt-six", 26),
        ("soixante-dix", 70),
        ("soixante et onze", 71),
        ("quatre-vingts", 80),
        ("quatre-vingt-dix-neuf", 99),
        ("premier", 1),
        ("deux mille", 2000),
        ("Vingt-Trois", 23),
        ("deux cents", 200),
        ("cent vingt", 120),
        ("mille neuf cent quatre-vingt-quinze", 1995),
        ("vingt euros", None),
        ("", None),
    ],
)
def test_words_to_number(words, expected):
    assert words_to_number(words) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Délibération", "deliberation"),
        ("L’an deux mille", "l'an deux mille"),
        (f"35{NBSP}830{NNBSP}€", "35 830 €"),
        (f"Présents{NNBSP}:", "presents :"),
        ("ÉTAIENT PRÉSENTS", "etaient presents"),
        ("Reçu en préfecture le 1er août", "recu en prefecture le 1er aout"),
    ],
)
def test_fold(text, expected):
    assert fold(text) == expected
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(
    "lines, masked",
    [
        # a quoted earlier vote in a visa disappears; the act's own vote stays
        (["Vu la délibération n° 2021-12 adoptée à l'unanimité ;", "DÉCIDE à l'unanimité :"], [True, False]),
        # a visa wrapped over two lines runs until its semicolon
        (["Vu le code général", "des collectivités territoriales ;", "Le conseil municipal,"], [True, True, False]),
        (["Considérant que la salle doit être rénovée ;", "DÉCIDE :"], [True, False]),
        (
            ["VU l'avis de la commission des finances du 4 mars 2024,", "adopté à l'unanimité ;", "APPROUVE"],
            [True, True, False],
        ),
        (["   Vu le budget primitif", "", "Adopté par 12 voix pour"], [True, False, False]),
        (["Vulnérabilité des réseaux : 12 voix pour"], [False]),
        # the decision opened by "Après délibération" after a visa without its semicolon
        (
            [
                "Vu la délibération du 01/10/2024 sollicitant une prorogation",
                "Après délibération, décide, à l'unanimité :",
            ],
            [True, False],
        ),
    ],
)
def test_mask_visas(lines, masked):
    text = "\n".join(lines)
    out = mask_visas(text)
    assert len(out) == len(text)
    got = [not line.strip() for line in out.split("\n")]
    assert got == [m or not line.strip() for line, m in zip(lines, masked)]


def test_a_glued_m_in_a_list_of_initials_is_an_initial() -> None:
    assert normalize_name("M.DENISE", initials=True) == (None, "M. DENISE")
    assert normalize_name("M.DENISE") == ("M.", "DENISE")  # elsewhere, a civility typed without its space

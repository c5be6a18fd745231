"""Table tests for extractors.dates: figures, words with figures, dates fully in words."""

import pytest

from extractors.dates import find_dates, parse_date

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("11/12/2023", "2023-12-11"),
        ("01.07.2021", "2021-07-01"),
        ("05-03-24", "2024-03-05"),
        ("11 décembre 2023", "2023-12-11"),
        ("1er mars 2024", "2024-03-01"),
        (f"1er{NBSP}mars{NNBSP}2024", "2024-03-01"),
        ("premier avril 2022", "2022-04-01"),
        ("le 3 AOÛT 2022", "2022-08-03"),
        ("12 fevrier 2024", "2024-02-12"),
        ("séance du jeudi 14 mai 2024 à 18h00", "2024-05-14"),
        ("L'an deux mille vingt-quatre, le vingt-six mars", "2024-03-26"),
        ("L'an deux mil vingt-trois, le treize février", "2023-02-13"),
        ("L’an deux mille vingt-deux, le premier décembre à 18 h 30", "2022-12-01"),
        ("L'an deux mille vingt-quatre,\nle trente et un janvier", "2024-01-31"),
        ("L'an deux mille vingt-trois, le 14 septembre", "2023-09-14"),
        ("L'AN DEUX MILLE VINGT-QUATRE, LE DIX-HUIT AVRIL", "2024-04-18"),
        ("le 31 février 2024", None),
        ("délibération n° 2023-597", None),
        ("à dix-huit heures trente", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the convocation and the session are two dates, in printed order
        ("Date de convocation : 05/03/2024\nSéance du 12 mars 2024", ["2024-03-05", "2024-03-12"]),
        (
            "L'an deux mille vingt-quatre, le douze mars à 18 h 30, le Conseil municipal,\n"
            "légalement convoqué le 5 mars 2024, s'est réuni en séance publique",
            ["2024-03-12", "2024-03-05"],
        ),
        (
            "Date de la convocation : 28/02/2024 – Date d'affichage : 28/02/2024\n"
            "Réunion du Conseil municipal du 7 mars 2024",
            ["2024-02-28", "2024-02-28", "2024-03-07"],
        ),
        ("Vu la loi n° 2014-856 du 31 juillet 2014 ;", ["2014-07-31"]),
        # one printed date, even when the year is in words and the rest in figures
        pytest.param(
            "L'an deux mille vingt-quatre, le 12 mars 2024 à 18 h", ["2024-03-12"], id="year-in-words-and-figures"
        ),
        ("Budget 2024 : 35 830 €, soit 13,47 km de voirie", []),
    ],
)
def test_find_dates(text, expected):
    assert [iso for _, _, iso in find_dates(text)] == expected


def test_a_year_pushed_to_the_next_line_by_a_wrapped_title() -> None:
    assert [iso for _, _, iso in find_dates("COMPTE RENDU DU CONSEIL MUNICIPAL DU MARDI 11 juin\n2024 à 19h30")] == [
        "2024-06-11"
    ]

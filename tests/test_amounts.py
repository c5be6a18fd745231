"""Table tests for extractors.amounts: euro amounts as printed, and what is not an amount."""
from decimal import Decimal as D

import pytest

from extractors.amounts import parse_amounts
from extractors.spans import DocText, Page

NBSP, NNBSP = "\u00a0", "\u202f"


def values(text):
    return [a.value for a in parse_amounts(DocText([Page(1, text)]).section())]


@pytest.mark.parametrize(
    "text, expected",
    [
        (f"une subvention de 35{NBSP}830{NBSP}€ à l'association", [D("35830")]),
        (f"une subvention de 35{NNBSP}830{NNBSP}€ à l'association", [D("35830")]),
        ("pour un montant de 1 234 567,89 € TTC", [D("1234567.89")]),
        ("soit 1.234.567,89 euros", [D("1234567.89")]),
        ("un marché de 15 000 € HT", [D("15000")]),
        ("pour un coût de 18 000 € TTC", [D("18000")]),
        ("une dotation de cent mille euros (100 000 €)", [D("100000")]),
        ("une participation de 0,50 € par habitant", [D("0.50")]),
        ("une diminution de - 2 500,00 € sur le chapitre 011", [D("-2500.00")]),
        ("la redevance annuelle est fixée à 1’697€", [D("1697")]),
        ("la redevance annuelle est fixée à 1'697 €", [D("1697")]),
        ("un loyer de 1 500 EUR par mois", [D("1500")]),
        ("entre 10 000 € et 20 000 €", [D("10000"), D("20000")]),
        ("3 500,00 € HT + 700,00 € de TVA", [D("3500.00"), D("700.00")]),
        ("en 2024, 300 000 euros seront inscrits", [D("300000")]),
        ("montant total : 4 200 € (quatre mille deux cents euros)", [D("4200")]),
        ("marché n° 2023-597, lot 2 : 45 000 € HT", [D("45000")]),
        # a budget table whose header carries the euro sign
        ("Chapitre Libellé Montant (€)\n011 Charges à caractère général 12 500,00\n65 Autres charges 3 250,50",
         [D("12500.00"), D("3250.50")]),
        ("Date Objet Montant €\n01/02/2024 Acompte 1 250,00", [D("1250.00")]),
        pytest.param("Opération Dépense (€) Taux\nRénovation de l'école 12 000,00 80,00 %", [D("12000.00")],
                     id="table-percentage-cell", marks=pytest.mark.xfail(strict=True,
                     reason="TABLE_CELL takes the percentage cell '80,00 %' as an amount (80.00)")),
        pytest.param("une enveloppe de 12,5 millions d'euros", [D("12500000")], id="millions-d-euros", marks=pytest.mark.xfail(strict=True,
                     reason="'N millions d'euros' is not read: no amount found")),
        # not amounts
        ("une voirie de 13,47 km", []),
        ("délibération n° 2023-597", []),
        ("séance du 12/03/2024", []),
        ("une hausse de 2,5 % du taux", []),
        ("une surface de 3 500 m²", []),
        ("vu l'article L.2121-29 du CGCT", []),
        ("une commune de 1 250 habitants", []),
    ],
)
def test_parse_amounts(text, expected):
    assert values(text) == expected

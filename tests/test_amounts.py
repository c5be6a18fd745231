"""Table tests for extractors.amounts: euro amounts as printed, and what is not an amount."""

from decimal import Decimal as D

import pytest

from extractors.amounts import parse_amounts
from extractors.stages import DocText, Page

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
        (
            "Chapitre Libellé Montant (€)\n011 Charges à caractère général 12 500,00\n65 Autres charges 3 250,50",
            [D("12500.00"), D("3250.50")],
        ),
        ("Date Objet Montant €\n01/02/2024 Acompte 1 250,00", [D("1250.00")]),
        ("Opération Dépense (€) Taux\nRénovation de l'école 12 000,00 80,00 %", [D("12000.00")]),
        # multiples: "M€", "k€", "millions d'euros"
        ("une enveloppe de 12,5 millions d'euros", [D("12500000")]),
        ("un programme de 2 millions € sur trois ans", [D("2000000")]),
        ("un budget global de 3,2 M€ dont 150 k€ d'études", [D("3200000"), D("150000")]),
        ("un coût estimé entre 90 et 110 K€", [D("110000")]),
        # the euro sign before the figure, never the one that closes a figure
        ("Prix de vente : € 1 200", [D("1200")]),
        ("une avance de EUR 15 000,00 versée au délégataire", [D("15000.00")]),
        ("Loyer 450,00 € 2024 : révision", [D("450.00")]),
        # the euro sign pushed to the next line by a table cell
        ("soit pour la première année : 2 412,75  \n€.", [D("2412.75")]),
        # signs: a space after the minus, no space, plus
        ("Solde d'exécution (+/-) - 318 402,16 €", [D("-318402.16")]),
        ("Résultat reporté -41'208,30€", [D("-41208.30")]),
        ("Chapitre 021 + 4 300 €", [D("4300")]),
        # Excel's empty accounting cell "-  €" split around the next cell: the dash is no sign
        ("21 Immobilisations corporelles - 2 480,15 € € 12 000,00 €", [D("2480.15"), D("12000.00")]),
        # a rate with a leading zero has no thousands separator
        ("indemnités kilométriques fixées à 0.412 €/km", [D("0.412")]),
        ("un tarif de 1.450 € la tonne", [D("1450")]),
        ("la redevance est fixée à 2,35 €/m³", [D("2.35")]),
        ("une vacation de 1200 euros HT", [D("1200")]),
        ("un forfait de 80 euros hors taxes", [D("80")]),
        # zero is no amount: empty budget cells
        ("Restes à réaliser 0,00 € 0.00 € 4 100,00 €", [D("4100.00")]),
        # a money table whose header is printed under its rows, with an ungrouped cell and a negative cell
        (
            "Le budget est présenté par chapitre, en dépenses et en recettes, comme suit dans le tableau.\n"
            "PREVU N-1 REALISE N-1 PROPOSE\n012 Personnel 418 300,00 409 112,75 425 000,00\n"
            "68 Provisions 4500,00\nReste à réaliser -18 250,40\nCHAPITRES\nDEPENSES",
            [D("418300.00"), D("409112.75"), D("425000.00"), D("4500.00"), D("-18250.40")],
        ),
        # a tariff grid: the header sentence precedes the table; percentages in the grid are not money
        (
            "Il est proposé d'appliquer la grille de tarifs ci-dessous pour les familles de la commune :\n"
            "Composition de la famille\nQuotient\n1 enfant 1,72\nQF *0,31 %\ndu barème\n11,40",
            [D("1.72"), D("11.40")],
        ),
        # figures without "€" outside a money table
        (
            "Le conseil prend acte de la longueur de voirie classée dans le domaine public communal\n"
            "Voie communale 2,45\nChemin rural 1,10",
            [],
        ),
        # not amounts
        ("une voirie de 13,47 km", []),
        ("Longueur des voies (montant de la dotation)\nRue des Lilas 13,47 km\nRue du Stade 2,10 km", []),
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

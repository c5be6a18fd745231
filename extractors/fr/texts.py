"""Wordings of what acts cite and count: the kinds of numbered texts, and the units of amounts."""

from __future__ import annotations

from extractors.wording import Family
from extractors.wording import Wording as W

# Numbered texts cited in visas: the printed word (singular or plural) and the kind it gives.
REFERENCE_KIND = Family(
    "reference_kind",
    folded=False,
    rows=(
        W(r"lois?", "loi", "Vu la loi n° 2015-991 du 7 août 2015"),
        W(r"ordonnances?", "ordonnance", "Vu l'ordonnance n° 2018-1074"),
        W(r"d[ée]crets?", "decret", "Vu le décret n° 2016-360 du 25 mars 2016"),
        W(r"arr[êe]t[ée]s?", "arrete", "Vu l'arrêté préfectoral n° 2023/DDT/123"),
        W(r"d[ée]lib[ée]rations?", "deliberation", "Vu la délibération n° 2023-114"),
        # court cases ("Requête n°2304117-2") and lists of unrecoverable debts ("liste n°6418830215")
        W(r"requ[êe]tes?", "other", "Requête n° 2304117-2"),
        W(r"listes?", "other", "liste n° 6418830215"),
        # European regulations and directives ("règlement (UE) n° 1407/2013")
        W(r"r[èe]glements?", "other", "Vu le règlement (UE) n° 1407/2013"),
        W(r"directives?", "other", "Vu la directive n° 2014/24/UE"),
    ),
)

# What may stand between a text's word and its date when it is cited by date alone ("la
# délibération du Conseil départemental du 26 septembre 2022"): who issued it. The issuer's
# adjective is kept in the key ("arrêté préfectoral du 3 mars 2019"), the body is not.
CITING_ISSUER = Family(
    "citing_issuer",
    folded=False,
    rows=(
        W(
            r"du\s+(?:conseil|comit[ée])\s+(?:municipal|communautaire|d[ée]partemental|r[ée]gional|syndical|"
            r"m[ée]tropolitain|d['’]administration)",
            "body",
            "Vu la délibération du Conseil départemental du 26 septembre 2022",
        ),
        W(
            r"de\s+la\s+commission\s+permanente",
            "body",
            "Vu la délibération de la Commission Permanente du 11 décembre 2023",
        ),
        W(
            r"du\s+bureau(?:\s+(?:communautaire|syndical|municipal))?",
            "body",
            "Vu la délibération du bureau communautaire du 5 mai 2021",
        ),
        W(r"du\s+(?:maire|pr[ée]sident|pr[ée]fet)", "body", "Vu l'arrêté du Maire du 12 janvier 2024"),
        W(
            r"(?:de\s+notre|de\s+la|de\s+sa)\s+(?:assembl[ée]e|collectivit[ée]|commune)",
            "body",
            "Vu la délibération de notre assemblée du 8 avril 2022",
        ),
        W(r"(?:inter)?pr[ée]fectorale?", "adjective", "Vu l'arrêté préfectoral du 3 mars 2019"),
        W(r"municipale?", "adjective", "Vu l'arrêté municipal en date du 12/01/2024"),
        W(r"minist[ée]riel(?:le)?", "adjective", "Vu l'arrêté ministériel du 1er juillet 2020"),
    ),
)

# What may follow an amount in euros: its tax qualifier, kept in the raw text ("15 000 € HT").
# Matched case-sensitively: "ht" in lower case is not a qualifier.
TAX_QUALIFIER = Family(
    "tax_qualifier",
    folded=False,
    conflicts=("measure_unit",),
    after=r"\b",
    rows=(
        W(r"HT", "before_tax", "15 000 € HT"),
        W(r"TTC", "with_tax", "18 000 € TTC"),
        W(r"H\.T\.?", "before_tax", "2 500,00 € H.T."),
        W(r"T\.T\.C\.?", "with_tax", "3 000 € T.T.C."),
        W(r"HTVA", "before_tax", "1 200 € HTVA"),
        W(r"hors taxes?", "before_tax", "45 000 euros hors taxes"),
        W(r"toutes taxes comprises", "with_tax", "54 000 euros toutes taxes comprises"),
    ),
)

# Units that make a table figure a measure, not money ("13,47 km", "80,00 %").
MEASURE_UNIT = Family(
    "measure_unit",
    folded=False,
    before=r"\d[ \u00a0]*",
    after=r"(?!\w)",
    rows=(
        W(r"%", "percent", "80,00 %"),
        W(r"km", "length", "13,47 km"),
        W(r"m²", "area", "1 250,50 m²"),
        W(r"m2", "area", "320,00 m2"),
        W(r"m³", "volume", "45,00 m³"),
        W(r"m3", "volume", "12,50 m3"),
        W(r"ml", "length", "150,00 ml"),
        W(r"ha", "area", "2,35 ha"),
        W(r"kg", "mass", "500,00 kg"),
        W(r"kwh", "energy", "1 200,00 kwh"),
        W(r"mwh", "energy", "3,50 mwh"),
        W(r"h", "duration", "35,00 h"),
        W(r"heures?", "duration", "7,50 heures"),
        W(r"ans?", "duration", "3,00 ans"),
        W(r"jours?", "duration", "10,00 jours"),
    ),
)

# Column headings of a budget table whose "result" column is "start" minus "minus":
# "Disponible | Proposition | Solde", "Crédits disponibles | Virement | Disponible après DM",
# "Dépenses | Recettes | Résultat / solde" (recettes − dépenses). Longer headings first, so that
# "disponible après" is not read as "disponible".
BUDGET_COLUMN = Family(
    "budget_column",
    folded=False,
    rows=(
        W(r"r[ée]sultat\s*/\s*solde", "result", "Dépenses Recettes Résultat / solde"),
        W(r"nouveau\s+disponible", "result", "Nouveau disponible"),
        W(r"disponible\s+apr[èe]s", "result", "Disponible après DM"),
        W(r"reste\s+disponible", "result", "Reste disponible"),
        W(r"solde", "result", "Solde"),
        W(r"r[ée]sultat", "result", "Résultat"),
        W(r"cr[ée]dits?\s+disponibles?", "start", "Crédits disponibles"),
        W(r"disponible", "start", "Disponible"),
        W(r"recettes?", "start", "Recettes"),
        W(r"propositions?", "minus", "Proposition"),
        W(r"propos[ée]e?s?", "minus", "Sommes proposées"),
        W(r"virements?", "minus", "Virement"),
        W(r"mouvements?", "minus", "Mouvements"),
        W(r"d[ée]penses?", "minus", "Dépenses"),
    ),
)

# Header words of a table whose cells are money even without "€".
MONEY_TABLE_HEADER = Family(
    "money_table_header",
    folded=False,
    rows=(
        W(r"€", "money", "Montant en €"),
        W(r"euros", "money", "Montant (euros)"),
        W(r"montant", "money", "Montant"),
        W(r"cr[ée]dits", "money", "Crédits ouverts"),
        W(r"d[ée]penses?", "money", "Dépenses"),
        W(r"recettes?", "money", "Recettes"),
        W(r"tarifs?", "money", "Tarif 2024"),
    ),
)

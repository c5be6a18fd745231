"""Table tests for extractors.references: code articles, lois, décrets, arrêtés, earlier deliberations."""

import pytest

from extractors.references import parse_references
from extractors.stages import DocText, Page

NBSP = "\u00a0"


def refs(text):
    return [(r.kind, r.text, r.date) for r in parse_references(DocText([Page(1, text)]).section())]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Vu le Code général des collectivités territoriales, et notamment son article L.2121-29 ;",
            [("code_article", "L.2121-29", None)],
        ),
        ("Vu l'article L 1111-2 du CGCT ;", [("code_article", "L.1111-2", None)]),
        (f"Vu l'article L{NBSP}1111-2 du CGCT ;", [("code_article", "L.1111-2", None)]),
        ("Vu l'article R. 411-8 du code de l'environnement ;", [("code_article", "R.411-8", None)]),
        ("Vu le code de l'urbanisme, notamment l'article R.151-21 ;", [("code_article", "R.151-21", None)]),
        (
            "Vu le CGCT, et notamment ses articles L. 2121-29 et L. 2122-22 ;",
            [("code_article", "L.2121-29", None), ("code_article", "L.2122-22", None)],
        ),
        (
            "Vu l'article L.2121-29 du CGCT ;\nVu l'article L 2121-29 du même code ;",
            [("code_article", "L.2121-29", None)],
        ),
        (
            "Vu la loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire ;",
            [("loi", "loi n° 2014-856", "2014-07-31")],
        ),
        (
            "Vu le décret n° 2016-360 du 25 mars 2016 relatif aux marchés publics ;",
            [("decret", "décret n° 2016-360", "2016-03-25")],
        ),
        ("Vu l'ordonnance n° 2020-391 du 1er avril 2020 ;", [("ordonnance", "ordonnance n° 2020-391", "2020-04-01")]),
        (
            "Vu l'arrêté préfectoral n° 2019-DDT-142 du 12 juin 2019 ;",
            [("arrete", "arrêté préfectoral n° 2019-DDT-142", "2019-06-12")],
        ),  # the issuer kept, as printed
        (
            "Vu la délibération n°2021-257 du conseil municipal en date du 01/07/2021 ;",
            [("deliberation", "délibération n° 2021-257", "2021-07-01")],
        ),
        (
            "Vu la délibération du conseil municipal n° 2021-257 en date du 01/07/2021 ;",
            [("deliberation", "délibération n° 2021-257", "2021-07-01")],
        ),
        # code articles with odd separators keep their printed figures
        ("Vu l'article L.214.2 du code de l'urbanisme ;", [("code_article", "L.214.2", None)]),
        (
            "Vu les articles R 142.3 et L 318.1 du même code ;",
            [("code_article", "R.142.3", None), ("code_article", "L.318.1", None)],
        ),
        ("conformément à l'article L315-17 du code de l'urbanisme", [("code_article", "L.315-17", None)]),
        ("Vu l'article L2312-4du CGCT ;", [("code_article", "L.2312-4", None)]),
        ("en application du L.1421.5. du Code de la santé publique", [("code_article", "L.1421.5", None)]),
        ("Vu le CGCT, et notamment ses articles L. 2122-18 et suivants ;", [("code_article", "L.2122-18", None)]),
        (
            "Vu le code de l'énergie, notamment ses articles L. 211-3 A et L. 300-2 ;",
            [("code_article", "L.211-3 A", None), ("code_article", "L.300-2", None)],
        ),
        # a figure split by a line break after its dash
        ("Vu l'article L314- \n12 du code général de la fonction publique ;", [("code_article", "L.314-12", None)]),
        # a range gives both ends
        (
            "Vu les articles L. 2123-2 à L. 2123-9 du CGCT ;",
            [("code_article", "L.2123-2", None), ("code_article", "L.2123-9", None)],
        ),
        # codes whose articles have no letter: "article N du <code>"
        (
            "selon la procédure prévue à l'article 42 du Code des marchés publics.",
            [("code_article", "article 42 du Code des marchés publics", None)],
        ),
        (
            "une indemnité au titre de l'article 475-1 du code de procédure pénale",
            [("code_article", "article 475-1 du code de procédure pénale", None)],
        ),
        (
            "Vu le Code général des impôts, notamment ses articles 1520, 1639 A bis et\n1609 nonies C ;",
            [
                ("code_article", "article 1520 du Code général des impôts", None),
                ("code_article", "article 1639 A bis du Code général des impôts", None),
                ("code_article", "article 1609 nonies C du Code général des impôts", None),
            ],
        ),
        ("Vu le code civil et notamment son article 1240 ;", [("code_article", "article 1240 du code civil", None)]),
        # numbered texts: plural forms give one key each, with their own dates
        (
            "Vu les décrets n° 2019-412 du 6 mai 2019, n° 2020-88 du 3 février 2020 et\nn° 2022-1020 du 20 juillet 2022 ;",
            [
                ("decret", "décret n° 2019-412", "2019-05-06"),
                ("decret", "décret n° 2020-88", "2020-02-03"),
                ("decret", "décret n° 2022-1020", "2022-07-20"),
            ],
        ),
        ("Vu la loi n° 83- \n634 du 13 juillet 1983 ;", [("loi", "loi n° 83-634", "1983-07-13")]),
        ("Vu la loi organique n° 2021-467 du 19 avril 2021 ;", [("loi", "loi n° 2021-467", "2021-04-19")]),
        (
            "Vu l'arrêté n°19/318 SG du Préfet de région en date du 2 octobre 2019 ;",
            [("arrete", "arrêté n° 19/318 SG", "2019-10-02")],
        ),
        # deliberations printed without "n°", or with their date before the number
        (
            "Vu la délibération 2023-114 du 14/11/2023 fixant les tarifs ;",
            [("deliberation", "délibération 2023-114", "2023-11-14")],
        ),
        (
            "Vu la délibération CC2022-41 en date du 7 avril 2022 ;",
            [("deliberation", "délibération CC2022-41", "2022-04-07")],
        ),
        (
            "approuvée par délibération en date du 9 mars 2022, N°2022-018 afin de",
            [("deliberation", "délibération n° 2022-018", "2022-03-09")],
        ),
        # texts cited by their date alone: the word, the issuer's adjective and the printed date
        (
            "Vu la délibération du 12/03/2024 relative aux tarifs ;",
            [("deliberation", "délibération du 12/03/2024", "2024-03-12")],
        ),
        (
            "Vu : la délibération du Conseil départemental du 26 septembre 2022 portant adoption du Pacte ;",
            [("deliberation", "délibération du 26 septembre 2022", "2022-09-26")],
        ),
        (
            "Vu la délibération de la Commission Permanente en date du 11 décembre 2023 ;",
            [("deliberation", "délibération du 11 décembre 2023", "2023-12-11")],
        ),
        (
            "Vu l'arrêté préfectoral en date du 03/03/2019 ;",
            [("arrete", "arrêté préfectoral du 03/03/2019", "2019-03-03")],
        ),
        ("Vu l'arrêté du Maire du 2 mai 2021 ;", [("arrete", "arrêté du 2 mai 2021", "2021-05-02")]),
        (
            "Vu la loi du 1er juillet 1901 relative au contrat d'association ;",
            [("loi", "loi du 1er juillet 1901", "1901-07-01")],
        ),
        ("Vu le décret du 29 décembre 1962 ;", [("decret", "décret du 29 décembre 1962", "1962-12-29")]),
        # the act's own heading, a register's heading and plurals are not citations
        ("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL DU 12 MARS 2019", []),
        ("Extrait de la délibération du conseil municipal du 12 mars 2019", []),
        ("Délibération du Conseil municipal du 12 mars 2019\nObjet : tarifs", []),
        ("Vu les délibérations du 3 mars 2019 ;", []),
        ("DÉLIBÉRATION N° 2024-031\nVu le CGCT ;", []),
        # court cases and lists of unrecoverable debts
        ("Requête n°2304117- 2 : M. Paul LEROUX c/ Commune", [("other", "requête n° 2304117-2", None)]),
        ("admettre en non-valeur les titres de la liste n°6418830215,", [("other", "liste n° 6418830215", None)]),
        # no date printed right after the text: none is borrowed from the next visa
        (
            "Vu la loi n° 2019-1461 relative à l'engagement dans la vie locale ;\nVu la séance du 12 mars 2024 ;",
            [("loi", "loi n° 2019-1461", None)],
        ),
        # an act number is not a code article
        (
            "Délibération D2018-72\nVu le code général des collectivités territoriales, article L.2121-29 ;",
            [("code_article", "L.2121-29", None)],
        ),
        ("Objet et décision D2018-72 du bureau", []),
        ("Séance du 12 mars 2024 – 35 830 € – n° 2023-597", []),
        (
            "Vu l'arrêté préfectoral n° 2023/DDT/123 du 5 mai 2023 ;",
            [("arrete", "arrêté préfectoral n° 2023/DDT/123", "2023-05-05")],
        ),
        # the line breaks after the article's letter
        (
            "en application des dispositions de l'article L.  \n2121-14 du Code général des Collectivités",
            [("code_article", "L.2121-14", None)],
        ),
    ],
)
def test_parse_references(text, expected):
    assert refs(text) == expected

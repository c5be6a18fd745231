"""Table tests for extractors.references: code articles, lois, décrets, arrêtés, earlier deliberations."""
import pytest

from extractors.references import parse_references
from extractors.spans import DocText, Page

NBSP = "\u00a0"


def refs(text):
    return [(r.kind, r.text, r.date) for r in parse_references(DocText([Page(1, text)]).section())]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Vu le Code général des collectivités territoriales, et notamment son article L.2121-29 ;",
         [("code_article", "L.2121-29", None)]),
        ("Vu l'article L 1111-2 du CGCT ;", [("code_article", "L.1111-2", None)]),
        (f"Vu l'article L{NBSP}1111-2 du CGCT ;", [("code_article", "L.1111-2", None)]),
        ("Vu l'article R. 411-8 du code de l'environnement ;", [("code_article", "R.411-8", None)]),
        ("Vu le code de l'urbanisme, notamment l'article R.151-21 ;", [("code_article", "R.151-21", None)]),
        ("Vu le CGCT, et notamment ses articles L. 2121-29 et L. 2122-22 ;",
         [("code_article", "L.2121-29", None), ("code_article", "L.2122-22", None)]),
        ("Vu l'article L.2121-29 du CGCT ;\nVu l'article L 2121-29 du même code ;",
         [("code_article", "L.2121-29", None)]),
        ("Vu la loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire ;",
         [("loi", "loi n° 2014-856", "2014-07-31")]),
        ("Vu le décret n° 2016-360 du 25 mars 2016 relatif aux marchés publics ;",
         [("decret", "décret n° 2016-360", "2016-03-25")]),
        ("Vu l'ordonnance n° 2020-391 du 1er avril 2020 ;",
         [("ordonnance", "ordonnance n° 2020-391", "2020-04-01")]),
        ("Vu l'arrêté préfectoral n° 2019-DDT-142 du 12 juin 2019 ;",
         [("arrete", "arrêté n° 2019-DDT-142", "2019-06-12")]),
        ("Vu la délibération n°2021-257 du conseil municipal en date du 01/07/2021 ;",
         [("deliberation", "délibération n° 2021-257", "2021-07-01")]),
        ("Vu la délibération du conseil municipal n° 2021-257 en date du 01/07/2021 ;",
         [("deliberation", "délibération n° 2021-257", "2021-07-01")]),
        # no date printed right after the text: none is borrowed from the next visa
        ("Vu la loi n° 2019-1461 relative à l'engagement dans la vie locale ;\nVu la séance du 12 mars 2024 ;",
         [("loi", "loi n° 2019-1461", None)]),
        # an act number is not a code article
        ("Délibération D2018-72\nVu le code général des collectivités territoriales, article L.2121-29 ;",
         [("code_article", "L.2121-29", None)]),
        ("Objet et décision D2018-72 du bureau", []),
        ("Séance du 12 mars 2024 – 35 830 € – n° 2023-597", []),
    ],
)
def test_parse_references(text, expected):
    assert refs(text) == expected

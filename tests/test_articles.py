"""Table tests for extractors.articles: numbered articles of a decision, and where they stop."""

import pytest

from extractors.articles import parse_articles
from extractors.stages import DocText, Page

NBSP, NNBSP = "\u00a0", "\u202f"


def articles(text):
    return [(a.number, a.text) for a in parse_articles(DocText([Page(1, text)]).section())]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "DÉCIDE :\nArticle 1er : D'approuver la convention.\nArticle 2 : D'autoriser le Maire à la signer.\n",
            [(1, "D'approuver la convention."), (2, "D'autoriser le Maire à la signer.")],
        ),
        (
            "Article 1 : Approuve le compte de gestion.\nArticle 2 : Dit que les crédits sont inscrits.",
            [(1, "Approuve le compte de gestion."), (2, "Dit que les crédits sont inscrits.")],
        ),
        (
            "ARTICLE 1 – Les tarifs sont fixés comme suit.\nARTICLE 2 – Ils entrent en vigueur le 1er janvier 2025.",
            [(1, "Les tarifs sont fixés comme suit."), (2, "Ils entrent en vigueur le 1er janvier 2025.")],
        ),
        (
            "Art. 1 - Fixe le tarif.\nArt. 2 - Abroge la délibération n° 2021-12.\nArt. 3 - Charge le Maire.",
            [(1, "Fixe le tarif."), (2, "Abroge la délibération n° 2021-12."), (3, "Charge le Maire.")],
        ),
        (f"Article 1er{NBSP}: D'approuver le\nrèglement intérieur.", [(1, "D'approuver le règlement intérieur.")]),
        # the article stops before the vote line
        (
            "Article 1er : Approuve le budget.\nArticle 2 : Dit que les crédits sont inscrits au budget.\n"
            "Adopté à l'unanimité.\n",
            [(1, "Approuve le budget."), (2, "Dit que les crédits sont inscrits au budget.")],
        ),
        ("Article 1 : Approuve le budget.\nPour : 12 Contre : 3 Abstention : 0", [(1, "Approuve le budget.")]),
        ("Article 1 : Approuve le budget.\nÀ l'unanimité des membres présents.", [(1, "Approuve le budget.")]),
        (
            "Article 1 : Approuve la convention ci-annexée.\nArticle 2 : Autorise le Maire à la signer.\n"
            "Ainsi fait et délibéré les jour, mois et an susdits.\nLe Maire,\nJean DUPONT\n"
            "ANNEXE – CONVENTION DE PARTENARIAT\nArticle 1 : Objet\nLa présente convention a pour objet…\n"
            "Article 2 : Durée\nElle est conclue pour trois ans.",
            [(1, "Approuve la convention ci-annexée."), (2, "Autorise le Maire à la signer.")],
        ),
        pytest.param(
            f"Article 1er{NNBSP}: D'approuver le projet.",
            [(1, "D'approuver le projet.")],
            id="narrow-nbsp-before-colon",
        ),
        pytest.param(
            "Article premier : D'approuver le projet.\nArticle 2 : De charger le Maire.",
            [(1, "D'approuver le projet."), (2, "De charger le Maire.")],
            id="article-premier",
        ),
        pytest.param("Article unique : D'approuver le projet.", [(1, "D'approuver le projet.")], id="article-unique"),
        pytest.param(
            "ARTICLE 1er.- Le conseil approuve le projet.",
            [(1, "Le conseil approuve le projet.")],
            id="dot-dash-separator",
            marks=pytest.mark.xfail(strict=True, reason="only one separator char is eaten: text starts with '- '"),
        ),
        ("Le conseil municipal approuve le projet.", []),
    ],
)
def test_parse_articles(text, expected):
    assert articles(text) == expected


def test_article_stops_before_signature():
    text = (
        "Article 1er : Approuve le projet.\nArticle 2 : Le Maire est chargé de l'exécution de la présente.\n"
        "Fait à Saint-Albin-des-Prés, le 12 mars 2024\nLe Maire,\nJean DUPONT"
    )
    assert articles(text) == [(1, "Approuve le projet."), (2, "Le Maire est chargé de l'exécution de la présente.")]


def test_restart_at_article_1_without_closing_formula_is_not_taken():
    text = (
        "Article 1 : Approuve la convention.\nArticle 2 : Autorise le Maire à la signer.\n"
        "CONVENTION\nArticle 1 : Objet\nArticle 2 : Durée\nArticle 3 : Résiliation"
    )
    assert [number for number, _ in articles(text)] == [1, 2]

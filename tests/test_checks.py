"""Table tests for extractors.checks: the budget-table arithmetic (disponible − proposition = solde)."""
import pytest

from extractors.checks import budget_table_checks


def messages(text):
    return [c.message for c in budget_table_checks(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # every row adds up: no check
        ("Article Libellé Disponible Proposition Solde\n"
         "6064 Fournitures 4 500,00 1 200,00 3 300,00\n615221 Bâtiments 0,00 0,00 0,00",
         []),
        ("Il se présente ainsi :\nDépenses Recettes Résultat / solde\n"
         "Fonctionnement 812 400.10 € 760 215.55 € - 52 184.55 €\nInvestissement 95 000,00 € 120 500,00 € 25 500,00 €",
         []),
        # one row is wrong
        ("Imputation Libellé Crédits disponibles Proposition Disponible après DM\n"
         "6226 Honoraires 12 000,00 2 500,00 9 000,00\n6231 Annonces 800,00 300,00 500,00",
         ["6226 Honoraires: Crédits disponibles 12 000,00 − Proposition 2 500,00 = 9500.00, "
          "but 9 000,00 is printed as Disponible après"]),
        ("Dépenses Recettes Solde\nTotal 10 000,00 € 12 000,00 € 3 000,00 €",
         ["Total: Recettes 12 000,00 € − Dépenses 10 000,00 € = 2000.00, but 3 000,00 € is printed as Solde"]),
        # rows with another number of figures, prose, or a heading without the three columns: no check
        ("Disponible Proposition Solde\n6064 Fournitures 4 500,00 1 200,00\n"
         "Le conseil municipal, après en avoir délibéré, approuve la décision modificative suivante.\n"
         "7 000,00 1 000,00 1,00", []),
        ("Chapitre Dépenses Recettes\n011 12 000,00 3 000,00", []),
    ],
)
def test_budget_table_checks(text, expected):
    assert messages(text) == expected

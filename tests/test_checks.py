"""Table tests for extractors.checks: every audit code, and the budget-table arithmetic
(disponible − proposition = solde)."""

import pytest

from extractors.checks import budget_table_checks


def messages(text):
    return [c.message for c in budget_table_checks(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # every row adds up: no check
        (
            "Article Libellé Disponible Proposition Solde\n"
            "6064 Fournitures 4 500,00 1 200,00 3 300,00\n615221 Bâtiments 0,00 0,00 0,00",
            [],
        ),
        (
            "Il se présente ainsi :\nDépenses Recettes Résultat / solde\n"
            "Fonctionnement 812 400.10 € 760 215.55 € - 52 184.55 €\nInvestissement 95 000,00 € 120 500,00 € 25 500,00 €",
            [],
        ),
        # one row is wrong
        (
            "Imputation Libellé Crédits disponibles Proposition Disponible après DM\n"
            "6226 Honoraires 12 000,00 2 500,00 9 000,00\n6231 Annonces 800,00 300,00 500,00",
            [
                "6226 Honoraires: Crédits disponibles 12 000,00 − Proposition 2 500,00 = 9500.00, "
                "but 9 000,00 is printed as Disponible après"
            ],
        ),
        (
            "Dépenses Recettes Solde\nTotal 10 000,00 € 12 000,00 € 3 000,00 €",
            ["Total: Recettes 12 000,00 € − Dépenses 10 000,00 € = 2000.00, but 3 000,00 € is printed as Solde"],
        ),
        # rows with another number of figures, prose, or a heading without the three columns: no check
        (
            "Disponible Proposition Solde\n6064 Fournitures 4 500,00 1 200,00\n"
            "Le conseil municipal, après en avoir délibéré, approuve la décision modificative suivante.\n"
            "7 000,00 1 000,00 1,00",
            [],
        ),
        ("Chapitre Dépenses Recettes\n011 12 000,00 3 000,00", []),
    ],
)
def test_budget_table_checks(text, expected):
    assert messages(text) == expected


def attendees(present: int, proxies: int = 0) -> list:
    from schemas.record import Attendee

    people = [Attendee(name=f"Élu{i} MEMBRE", status="present") for i in range(present)]
    return people + [
        Attendee(name=f"Absent{i} MEMBRE", status="excused", proxy_to="Élu0 MEMBRE") for i in range(proxies)
    ]


def audit_codes(**fields) -> list[tuple[str, str]]:
    from extractors.checks import audit
    from schemas.record import Act, Vote

    votes = [Vote.model_validate(v) for v in fields.pop("votes", [])]
    act = Act(kind="deliberation", pages=(1, 1), votes=votes, **fields)
    return [(c.code, c.message) for c in audit(act)]


@pytest.mark.parametrize(
    "fields, expected",
    [
        # présents + pouvoirs = votants: nothing to say
        ({"present_count": 12, "voters_count": 14, "attendance": attendees(12, 2)}, []),
        (
            {"present_count": 12, "voters_count": 13, "attendance": attendees(12, 2)},
            [("voters_mismatch", "présents (12) + pouvoirs (2) = 14, but 13 votants are printed")],
        ),
        # without a proxy listed, présents and votants may differ for other reasons (not checked)
        ({"present_count": 12, "voters_count": 13, "attendance": attendees(12)}, []),
        (
            {"present_count": 11, "attendance": attendees(12)},
            [("present_list_mismatch", "12 names in the présents list, but 11 présents are printed")],
        ),
        ({"present_count": 12, "attendance": attendees(12)}, []),
        (
            {"members_in_office": 15, "present_count": 16},
            [("present_exceeds_office", "16 présents for 15 members in office")],
        ),
        ({"members_in_office": 15, "present_count": 15}, []),
        # the tally against the votants, with or without the abstentions
        ({"voters_count": 15, "votes": [{"for": 12, "against": 2, "abstention": 1}]}, []),
        # members who did not take part are not among the votants
        ({"voters_count": 15, "votes": [{"for": 12, "against": 2, "abstention": 1, "not_voting": 1}]}, []),
        (
            {"voters_count": 17, "votes": [{"for": 12, "against": 2, "abstention": 1}]},
            [
                (
                    "vote_totals_mismatch",
                    "pour 12 + contre 2 + abstentions 1 + non-participants 0 = 15, but 17 votants are printed",
                )
            ],
        ),
        # more votants than présents with no proxy listed
        (
            {"present_count": 12, "voters_count": 14, "votes": [{"for": 14}]},
            [("vote_totals_mismatch", "14 votants for 12 présents and no pouvoir listed")],
        ),
        # no "pour" figure: nothing to add up
        ({"voters_count": 14, "votes": [{"unanimous": True}]}, []),
    ],
)
def test_audit_codes(fields, expected):
    assert audit_codes(**fields) == expected


def plausible(votes: list[dict], members_in_office=None, voters_count=None):
    from extractors.checks import plausible_votes
    from schemas.record import Source, Vote

    source = Source(page=2, text="Pour : 12 – Abstentions : 131")
    kept, checks = plausible_votes(
        [Vote.model_validate(v | {"source": source}) for v in votes], members_in_office, voters_count
    )
    return [v.model_dump(by_alias=True, include={"for_", "against", "abstention"}) for v in kept], [
        (c.code, c.message) for c in checks
    ]


@pytest.mark.parametrize(
    "votes, in_office, voters, expected_votes, expected_checks",
    [
        # every count within the council: kept as it is
        ([{"for": 17, "against": 2}], 19, None, [{"for": 17, "against": 2, "abstention": None}], []),
        # one figure misread: it alone is dropped, the others stay
        (
            [{"for": 12, "against": 0, "abstention": 131}],
            19,
            None,
            [{"for": 12, "against": 0, "abstention": None}],
            [
                (
                    "vote_count_exceeds_members",
                    "131 abstentions for 19 members in office (page 2: “Pour : 12 – Abstentions : 131”): "
                    "not taken as counts",
                )
            ],
        ),
        # a survey's tally: most figures too large, no vote of the council
        (
            [{"for": 49, "against": 33, "abstention": 4}, {"for": 15}],
            None,
            17,
            [{"for": 15, "against": None, "abstention": None}],
            [
                (
                    "vote_count_exceeds_members",
                    "49 pour, 33 contre for 17 votants (page 2: “Pour : 12 – Abstentions : 131”): "
                    "the tally is not taken as a vote",
                )
            ],
        ),
        # nothing to compare with: kept
        ([{"for": 131}], None, None, [{"for": 131, "against": None, "abstention": None}], []),
    ],
)
def test_counts_larger_than_the_council_are_not_taken(votes, in_office, voters, expected_votes, expected_checks):
    assert plausible(votes, in_office, voters) == (expected_votes, expected_checks)

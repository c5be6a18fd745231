"""Table tests for extractors.votes: counts, unanimity, named members and groups, results, ballots."""

import pytest

from extractors.stages import DocText, Page
from extractors.votes import parse_votes

NBSP, NNBSP = "\u00a0", "\u202f"


def votes(text):
    return parse_votes(DocText([Page(1, text)]).section())


BALLOT = (
    "Élection du maire\n"
    "Après appel à candidature, il est procédé au vote à bulletin secret.\n"
    "Nombre de votants : 19\nBulletins blancs : 1\nBulletins nuls : 1\nSuffrages exprimés : 17\n"
    "Ont obtenu :\n- M. Jean DUPONT : 12 voix\n- Mme Claire FONTAINE : 5 voix\n"
    "M. Jean DUPONT, ayant obtenu la majorité absolue, est proclamé maire."
)

# Each case: text, then the expected fields of the act's (first) vote; members/groups as (name, position).
CASES = [
    pytest.param(
        "Pour : 43 voix (Groupe Ensemble pour Valmont ; Groupe Valmont Demain) Contre : 0 voix "
        "Abstention : 0 voix Absent sans délégation de vote : 1 (Groupe Valmont Citoyen) (Adopté)",
        dict(
            for_=43,
            against=0,
            abstention=0,
            absent=1,
            result="adopted",
            groups=[
                ("Groupe Ensemble pour Valmont", "for"),
                ("Groupe Valmont Demain", "for"),
                ("Groupe Valmont Citoyen", "absent"),
            ],
        ),
        id="labels-with-groups",
    ),
    pytest.param(
        "Adopté par 11 voix pour, 2 contre (M. Luc BERNARD, Mme Anne PETIT), 0 abstention.",
        dict(
            for_=11,
            against=2,
            abstention=0,
            unanimous=False,
            result="adopted",
            members=[("Luc BERNARD", "against"), ("Anne PETIT", "against")],
        ),
        id="count-first-named-against",
    ),
    pytest.param(
        "Le conseil municipal approuve par 13 voix POUR – 1 ABSTENTION.",
        dict(for_=13, abstention=1, unanimous=False, result="adopted"),
        id="caps-labels",
    ),
    pytest.param(
        "Après en avoir délibéré, le Conseil municipal, à l'unanimité, DÉCIDE :",
        dict(unanimous=True, against=0, result="adopted"),
        id="unanimity",
    ),
    pytest.param("ADOPTÉ À L'UNANIMITÉ", dict(unanimous=True, against=0, result="adopted"), id="unanimity-caps"),
    pytest.param("VOTE : Unanimité", dict(unanimous=True, against=0, result="adopted"), id="vote-unanimite"),
    pytest.param(
        "Adopté à l'unanimité (29 voix pour)",
        dict(for_=29, against=0, unanimous=True, result="adopted"),
        id="unanimity-with-count",
    ),
    pytest.param(
        "Le conseil municipal, à l'unanimité des suffrages exprimés, 2 abstentions (M. Paul ROUX, "
        "Mme Claire FONTAINE), approuve le projet.",
        dict(
            unanimous=True,
            against=0,
            abstention=2,
            result="adopted",
            members=[("Paul ROUX", "abstention"), ("Claire FONTAINE", "abstention")],
        ),
        id="unanimity-of-expressed-with-abstentions",
    ),
    pytest.param(
        "Adopté à l'unanimité moins une abstention (Mme Sylvie MOREAU).",
        dict(unanimous=True, abstention=1, against=0, members=[("Sylvie MOREAU", "abstention")]),
        id="unanimity-minus-one",
    ),
    pytest.param(
        "Adopté à la majorité. Contre : M. Hervé LEBLANC, Mme Sylvie MOREAU.",
        dict(
            unanimous=False,
            against=2,
            result="adopted",
            members=[("Hervé LEBLANC", "against"), ("Sylvie MOREAU", "against")],
        ),
        id="majority-named-against",
    ),
    pytest.param(
        "M. Jacques GIRAUD ne prend pas part au vote.\nAdopté à l'unanimité des votants.",
        dict(not_voting=1, unanimous=True, result="adopted", members=[("Jacques GIRAUD", "not_voting")]),
        id="not-voting-named",
    ),
    pytest.param(
        "Pour : 18 Contre : 0 Abstention : 0 Ne prennent pas part au vote : 2 (M. Jacques GIRAUD, Mme Odile FAURE)",
        dict(
            for_=18,
            against=0,
            abstention=0,
            not_voting=2,
            members=[("Jacques GIRAUD", "not_voting"), ("Odile FAURE", "not_voting")],
        ),
        id="not-voting-label",
    ),
    pytest.param(
        "Pour : 5\nContre : 9\nAbstention : 1\nRejeté",
        dict(for_=5, against=9, abstention=1, result="rejected"),
        id="rejected",
    ),
    pytest.param(
        "Le conseil municipal, après en avoir délibéré,\nLa délibération est rejetée.",
        dict(result="rejected"),
        id="rejected-line",
    ),
    pytest.param(
        "Ce point est retiré de l'ordre du jour.",
        dict(result="withdrawn", for_=None, against=None, abstention=None),
        id="withdrawn",
    ),
    pytest.param(BALLOT, dict(for_=12, against=5, abstention=2, result="adopted"), id="secret-ballot"),
    pytest.param(
        "Il est procédé à l'élection du vice-président, au scrutin secret et à la majorité absolue.\n"
        "Nombre de votants : 23, Bulletins blancs ou nuls : 1, Suffrages exprimés : 22, Majorité absolue : 12.\n"
        "Ont obtenu : M. Pascal DELMAS : 15 voix ; Mme Sabine ORLIAC : 7 voix.\n"
        "M. Pascal DELMAS est proclamé élu.",
        dict(for_=15, against=7, unanimous=False, result="adopted"),
        id="secret-ballot-candidates-in-a-row",
    ),
    pytest.param(
        "Vu la délibération n° 2021-12 du 3 mars 2021 adoptée à l'unanimité ;\n"
        "Considérant la nécessité de réviser les tarifs ;\n"
        "Le conseil municipal, après en avoir délibéré, par 15 voix pour et 4 contre,\nDÉCIDE :",
        dict(for_=15, against=4, unanimous=False, result="adopted"),
        id="visa-vote-ignored",
    ),
    pytest.param(
        "Pour : 20 voix\nContre : 3 voix (M. Luc BERNARD, Mme Anne PETIT, M. Hugo LAMBERT)\n"
        "Abstentions : 2 voix (Mme DE LA MOTTE Anne-Sophie, M. Éric VIDAL)",
        dict(
            for_=20,
            against=3,
            abstention=2,
            result="adopted",
            members=[
                ("Luc BERNARD", "against"),
                ("Anne PETIT", "against"),
                ("Hugo LAMBERT", "against"),
                ("Anne-Sophie DE LA MOTTE", "abstention"),
                ("Éric VIDAL", "abstention"),
            ],
        ),
        id="names-both-orders",
    ),
    pytest.param(
        "Adopté par vingt voix pour et trois abstentions.",
        dict(for_=20, abstention=3, result="adopted"),
        id="counts-in-words",
    ),
    pytest.param(
        "Le Conseil municipal, par 14 voix pour, 1 voix contre (M. Pierre\nMARCHAND) et 2 abstentions,",
        dict(for_=14, against=1, abstention=2, members=[("Pierre MARCHAND", "against")]),
        id="name-broken-over-lines",
    ),
    pytest.param(
        f"Pour{NBSP}: 12{NNBSP}voix – Contre{NNBSP}: 2 voix",
        dict(for_=12, against=2, result="adopted"),
        id="nbsp-before-colon",
    ),
    pytest.param(
        "Non-participation : 1 (M. Jacques GIRAUD)\nPour : 14",
        dict(for_=14, not_voting=1, members=[("Jacques GIRAUD", "not_voting")]),
        id="non-participation",
    ),
    pytest.param(
        "Adopté à la majorité.\nContre : MM. Luc BERNARD et Hugo LAMBERT",
        dict(against=2, members=[("Luc BERNARD", "against"), ("Hugo LAMBERT", "against")]),
        id="MM-plural-civility",
    ),
    pytest.param(
        "Vote : 14 pour / 0 contre / 0 abstention  adopté",
        dict(for_=14, against=0, abstention=0, unanimous=True, result="adopted"),
        id="slashed-tally",
    ),
    pytest.param("Vote : 9 pour", dict(for_=9, against=0, result="adopted"), id="count-after-vote-label"),
    pytest.param(
        "Adopté à l'unanimité des présents et représentés (21 voix).",
        dict(for_=21, against=0, unanimous=True, result="adopted"),
        id="unanimity-with-its-figure",
    ),
    pytest.param(
        "Le conseil municipal, par 11 voix contre 4, rejette la proposition.",
        dict(for_=4, against=11, unanimous=False, result="rejected"),
        id="rejected-by-n-votes-to-m",
    ),
    pytest.param(
        "Le conseil municipal adopte le budget par 20 voix contre 3.",
        dict(for_=20, against=3, unanimous=False, result="adopted"),
        id="adopted-by-n-votes-to-m",
    ),
    pytest.param(
        "Pour : 13 ; Contre : 0 ; Abstention(s) : 2 (Mme Anne PETIT, M. Luc BERNARD)",
        dict(
            for_=13,
            against=0,
            abstention=2,
            unanimous=False,
            members=[("Anne PETIT", "abstention"), ("Luc BERNARD", "abstention")],
        ),
        id="abstention-s-label",
    ),
    pytest.param(
        "Adopté à la majorité : Pour : Groupe Socialistes (20), Groupe Union de la\ndroite (9) ; "
        "Contre : Groupe Rassemblement (4) ; Abstention : néant.",
        dict(
            for_=29,
            against=4,
            abstention=0,
            unanimous=False,
            result="adopted",
            groups=[
                ("Groupe Socialistes", "for"),
                ("Groupe Union de la droite", "for"),
                ("Groupe Rassemblement", "against"),
            ],
        ),
        id="groups-and-figures-in-prose",
    ),
]

FIELDS = ("for_", "against", "abstention", "not_voting", "absent", "unanimous", "result")


@pytest.mark.parametrize("text, expected", CASES)
def test_parse_votes(text, expected):
    found = votes(text)
    assert found, "no vote found"
    vote = found[0]
    got = {k: getattr(vote, k) for k in FIELDS if k in expected}
    got.update(
        members=[(m.name, m.position) for m in vote.members], groups=[(g.group, g.position) for g in vote.groups]
    )
    assert got == {"members": [], "groups": [], **expected}


def test_visa_vote_alone_is_not_the_act_vote():
    text = (
        "Vu la délibération n° 2021-12 du 3 mars 2021 adoptée à l'unanimité ;\n"
        "Considérant que la convention arrive à échéance ;\n"
        "Le Maire propose de la renouveler."
    )
    assert votes(text) == []


def test_visa_vote_gives_exactly_one_vote():
    text = (
        "Vu la délibération n° 2021-12 adoptée à l'unanimité ;\n\n"
        "Après en avoir délibéré, par 15 voix pour et 4 contre, le conseil municipal DÉCIDE :"
    )
    found = votes(text)
    assert [(v.for_, v.against, v.unanimous) for v in found] == [(15, 4, False)]


@pytest.mark.parametrize(
    "text",
    [
        "Le Maire ne prend pas part au vote.\nLe Conseil, à l'unanimité des membres présents et représentés, "
        "adopte à l'unanimité avec 24 voix pour le compte administratif.",
        "Madame le Maire ne prend pas part au vote.\nAdopté à l'unanimité.",
        "Monsieur le Président ne participe pas au vote. Adopté à l'unanimité.",
    ],
)
def test_the_chair_named_by_office_does_not_vote(text):
    found = parse_votes(DocText([Page(1, text)]).section(), ["Jean DUPONT", "Anne PETIT"], chair="Jean DUPONT")
    assert len(found) == 1
    assert found[0].not_voting == 1 and [(m.name, m.position) for m in found[0].members] == [
        ("Jean DUPONT", "not_voting")
    ]
    assert found[0].unanimous and found[0].result == "adopted"


def test_a_majority_then_its_tally_is_one_vote():
    text = (
        "Le Conseil communautaire, après en avoir délibéré, à la majorité des votants :\n"
        "– approuve le règlement de collecte ;\n– autorise le Président à signer les conventions.\n"
        "Nombre de votants : 29 — Pour : 27 — Contre : 2"
    )
    found = votes(text)
    assert len(found) == 1
    assert (found[0].for_, found[0].against, found[0].unanimous) == (27, 2, False)


def test_dissenters_named_without_civility_are_the_members_of_the_roster() -> None:
    text = "Le Conseil municipal approuve la régularisation.\nPour : 12 – Contre : 1 (N.VERNET)\n"
    (vote,) = parse_votes(DocText([Page(1, text)]).section(), roster=["N. VERNET", "C. MARTEL"])
    assert (vote.for_, vote.against) == (12, 1)
    assert [(m.name, m.position) for m in vote.members] == [("N. VERNET", "against")]
    # without a roster that knows them, words in brackets are not taken for people
    (vote,) = parse_votes(DocText([Page(1, text)]).section())
    assert vote.members == []


@pytest.mark.parametrize(
    "text, counts",
    [
        ("POUR CONTRE ABSTENTION\n15 0 2", (15, 0, 2)),
        ("Vote :\nPOUR | CONTRE | ABSTENTION\n17 | – | 2\nAdopté", (17, 0, 2)),
        ("POUR      CONTRE\n14      0", (14, 0, 0)),
    ],
)
def test_a_small_table_of_vote_labels_with_the_figures_under_them(text: str, counts: tuple) -> None:
    (vote,) = votes(text)
    assert (vote.for_, vote.against, vote.abstention) == counts
    assert vote.result == "adopted"


def test_prose_with_pour_and_contre_is_not_a_table_of_votes() -> None:
    assert votes("Pour information, contre toute attente\n12 avril 2024") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a figure cut from its word by the line break
        ("après en avoir délibéré, par 14 voix pour, 2 contre et 1\nabstention, fixe les tarifs.", (14, 2, 1)),
        # but not from a label that opens a line of its own
        ("Le conseil se réunit le 12\nPour : 10\nContre : 2\nAbstention : 0", (10, 2, 0)),
    ],
)
def test_a_count_and_its_word_across_a_line_break(text: str, expected: tuple) -> None:
    [vote] = votes(text)
    assert (vote.for_, vote.against, vote.abstention) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Après en avoir délibéré, le Conseil Municipal décide :\nArticle 1 : la création du poste.",
        "Le Conseil Municipal décide d’offrir un repas de Noël aux aînés de plus de 65 ans.",
        # the council implicit after the formula of deliberation
        "Vu le budget de la collectivité,\nAprès en avoir délibéré, décide :\n– de créer un poste.",
        # what it decides is its business: the deliberation is adopted
        "Le Conseil municipal décide de ne pas donner suite à la demande.",
    ],
)
def test_a_decision_stated_by_its_verb_is_adopted_without_counts(text: str) -> None:
    (vote,) = votes(text)
    assert vote.result == "adopted"
    assert (vote.for_, vote.against, vote.abstention, vote.unanimous) == (None, None, None, None)


def test_a_decision_verb_of_someone_else_is_no_vote() -> None:
    assert votes("Le Maire décide de reporter la question à une séance ultérieure.") == []

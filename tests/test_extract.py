"""Assembling acts from the extractors and the session: margin-box counts, amounts before the
debate, latecomers."""

from __future__ import annotations

import pytest

from extractors.movements import parse_movements
from extractors.stages import COUNT_FIELDS, DocText, Page, Segment, Session, SessionFacts
from pipeline.extract import build_act
from pipeline.session import attendance_at, page_box_counts, plausible_counts, read_session, usual_counts
from schemas.record import Act, Attendee, Source

BOX = (
    "DEPARTEMENT DU GARD\nNombre de membres\nen exercice : {members}\nqui ont pris part à la\ndélibération : {voters}\n"
)


def pages(*tops: str) -> DocText:
    return DocText([Page(n, top + "Objet : point\nVote : à l'unanimité") for n, top in enumerate(tops, start=1)])


def sourced(counts: dict[str, tuple[int, Source]]) -> dict[str, tuple[int, int, str]]:
    """Each count with the page and text of its source."""
    return {key: (value, source.page, source.text) for key, (value, source) in counts.items()}


def values(counts: dict[str, tuple[int, Source]]) -> dict[str, int]:
    return {key: value for key, (value, _) in counts.items()}


def test_a_box_repeated_on_every_page_gives_each_page_its_counts() -> None:
    doc = pages(BOX.format(members=15, voters=13), BOX.format(members=15, voters=12), BOX.format(members=15, voters=12))
    boxes = page_box_counts(doc)
    assert [sourced(box) for box in boxes] == [
        {
            "members_in_office": (15, page, "Nombre de membres en exercice : 15"),
            "voters_count": (voters, page, f"pris part à la délibération : {voters}"),
        }
        for page, voters in ((1, 13), (2, 12), (3, 12))
    ]
    # the session's value, sourced to the first page that prints it
    assert sourced(usual_counts(boxes)) == {
        "members_in_office": (15, 1, "Nombre de membres en exercice : 15"),
        "voters_count": (12, 2, "pris part à la délibération : 12"),
    }


def test_an_item_takes_the_box_of_its_page_with_its_source() -> None:
    doc = pages(BOX.format(members=15, voters=13), BOX.format(members=15, voters=12))
    session = Session(0, SessionFacts(), page_boxes=page_box_counts(doc))
    act = build_act(doc, Segment(kind="pv_item", start=doc.starts[1], end=len(doc.text)), session)
    assert act_counts(act) == {
        "members_in_office": (15, 2, "Nombre de membres en exercice : 15"),
        "voters_count": (12, 2, "pris part à la délibération : 12"),
    }


@pytest.mark.parametrize(
    "members, voters, expected",
    [
        ("Il", "il", {"members_in_office": 11, "voters_count": 11}),  # OCR reads 1 as l or I
        ("", "ii", {"voters_count": 11}),  # a blank figure on the scan
    ],
)
def test_ocr_readings_of_the_box(members: str, voters: str, expected: dict) -> None:
    doc = pages(BOX.format(members=members, voters=voters), BOX.format(members=members, voters=voters))
    assert values(page_box_counts(doc)[0]) == expected


def test_counts_on_one_page_only_are_not_a_box() -> None:
    # "Votants : 12" closing an item at the top of page 2 is that item's tally, not page furniture.
    doc = pages("Présentation du budget.\n", "Votants : 12\nPour : 12\n", "Suite des débats.\n")
    assert page_box_counts(doc) == [{}, {}, {}]
    assert usual_counts(page_box_counts(doc)) == {}


@pytest.mark.parametrize(
    "facts, expected_members",
    [
        ({"members_in_office": 1, "voters_count": 11}, None),  # "en exercice : 1" misread from 11
        ({"members_in_office": 11, "present_count": 9, "voters_count": 11}, 11),
        ({"members_in_office": 11}, 11),
    ],
)
def test_members_in_office_below_the_voters_is_a_misreading(facts: dict, expected_members: int | None) -> None:
    sources = {key: Source(page=1, text=f"{key} : {value}") for key, value in facts.items()}
    kept = plausible_counts(SessionFacts(**facts, count_sources=sources))
    assert kept.members_in_office == expected_members
    # a dropped count takes its source with it
    assert kept.count_sources == {key: source for key, source in sources.items() if getattr(kept, key) is not None}


MINUTES_HEADER = (
    "COMMUNE DE VALMONT\nSéance du conseil municipal du 12 mars 2024\n"
    "Membres en exercice : 15 – Présents : 11 – Votants : 13\n"
    "Présents : M. Jean DUPONT, Mme Anne PETIT\nExcusée : Mme Hélène ROUX\n"
)


def minutes_acts(*items: str) -> list[Act]:
    """The acts of one-page minutes: the header above, then each item."""
    text = MINUTES_HEADER + "".join(items)
    doc = DocText([Page(1, text)])
    session = read_session(doc, len(MINUTES_HEADER), whole_minutes=True)
    starts = [text.index(item) for item in items] + [len(text)]
    return [build_act(doc, Segment(kind="pv_item", start=a, end=b), session) for a, b in zip(starts, starts[1:])]


def act_counts(act: Act) -> dict[str, tuple[int, int | None, str | None]]:
    """Each count the act has, with the page and text of its source (None, None without one)."""
    sources = act.count_sources
    return {
        key: (getattr(act, key), *((sources[key].page, sources[key].text) if key in sources else (None, None)))
        for key in COUNT_FIELDS
        if getattr(act, key) is not None
    }


IN_OFFICE = (15, 1, "Membres en exercice : 15")


def test_a_count_keeps_the_source_of_the_value_it_takes() -> None:
    acts = minutes_acts(
        "1. Budget primitif\nLe conseil adopte le budget à l'unanimité.\nArrivée de Mme Hélène ROUX à 19h10.\n",
        "2. Tarifs de la cantine\nPrésents : 12 – Votants : 14\nLe conseil adopte les tarifs à l'unanimité.\n",
        "3. Cimetière\nLe conseil adopte le règlement à l'unanimité.\n",
    )
    assert [act_counts(act) for act in acts] == [
        {
            "members_in_office": IN_OFFICE,
            "present_count": (11, 1, "Présents : 11"),
            "voters_count": (13, 1, "Votants : 13"),
        },
        # the item's own counts, where it prints them
        {
            "members_in_office": IN_OFFICE,
            "present_count": (12, 1, "Présents : 12"),
            "voters_count": (14, 1, "Votants : 14"),
        },
        # someone came: the session's présents and votants no longer apply, nor do their sources
        {"members_in_office": IN_OFFICE},
    ]


def test_votants_dropped_for_a_member_not_voting_lose_their_source() -> None:
    (act,) = minutes_acts("3. Cimetière\nM. Jean DUPONT ne prend pas part au vote.\nAdopté par 10 voix pour.\n")
    assert act_counts(act) == {"members_in_office": IN_OFFICE, "present_count": (11, 1, "Présents : 11")}


def test_sums_quoted_in_the_debate_after_the_decision_are_not_the_acts() -> None:
    text = (
        "D2024-45 - Objet : Admission en non-valeur\n"
        "Le comptable public demande l'admission en non-valeur de créances de 117,60 € et 27,00 €.\n"
        "Le Conseil municipal, après en avoir délibéré, à l'unanimité :\n"
        "- DÉCIDE d'admettre en non-valeur les créances pour un montant de 144,60 €\n"
        "- CHARGE le maire de l'exécution de la présente.\n"
        "Monsieur LEBLANC évoque la somme de 4 000 à 5 000 € d'impayés pour le service enfance.\n"
        "Madame le maire indique que les relances sont faites.\n"
    )
    doc = DocText([Page(1, text)])
    act = build_act(doc, Segment(kind="pv_item", start=0, end=len(text)), Session(0, SessionFacts()))
    assert sorted(float(a.value) for a in act.amounts) == [27.0, 117.6, 144.6]


def test_a_proxy_giver_who_arrives_is_present_and_her_proxy_ends() -> None:
    text = "Point 1 – Budget.\nAdopté.\nArrivée de Mme Hélène ROUX à 19h10.\nPoint 2 – Tarifs.\nAdopté."
    doc = DocText([Page(1, text)])
    session = [
        Attendee(name="Jean DUPONT", status="present"),
        Attendee(name="Hélène ROUX", status="excused", proxy_to="Jean DUPONT"),
    ]
    movements = parse_movements(doc.section(), ["Jean DUPONT", "Hélène ROUX"], "Jean DUPONT")
    before = attendance_at(session, text.index("Point 1"), movements)
    after = attendance_at(session, text.index("Point 2"), movements)
    assert [(a.name, a.status, a.proxy_to) for a in before] == [
        ("Jean DUPONT", "present", None),
        ("Hélène ROUX", "excused", "Jean DUPONT"),
    ]
    assert [(a.name, a.status, a.proxy_to) for a in after] == [
        ("Jean DUPONT", "present", None),
        ("Hélène ROUX", "present", None),
    ]


MINUTES_HEAD = (
    "Le conseil municipal s'est réuni sous la présidence de {chair}, Maire.\n"
    "Présents : 3\n"
    "Étaient présents : Mme Anne PETIT, M. Luc GUYOT, {listed}\n"
    "Secrétaire de séance : Mme Anne PETIT\n"
)


@pytest.mark.parametrize(
    "chair, listed, added",
    [
        ("M. Jean DUPONT", "Mme Claire FLEURY.", ["Jean DUPONT"]),  # counted in the présents, not listed
        ("M. Jean DUPONT", "M. Jean DUPONT.", []),  # listed already
        ("M. DUPONT", "M. Jean DUPONT.", []),  # a bare surname completed from the list
        ("Monsieur le Maire", "Mme Claire FLEURY.", []),  # no name
    ],
)
def test_the_president_is_among_the_presents(chair: str, listed: str, added: list[str]) -> None:
    doc = DocText([Page(1, MINUTES_HEAD.format(chair=chair, listed=listed))])
    session = read_session(doc, len(doc.text), whole_minutes=True)
    chairs = [a for a in session.attendance if a.note == "président de séance"]
    assert [a.name for a in chairs] == added
    for person in chairs:
        assert person.status == "present" and person.source and "DUPONT" in person.source.text


@pytest.mark.parametrize(
    "head", ["COMMUNE D’ESSARVILLE\nSéance du 3 mars 2024", "Commune d'Essarville\nSéance du 3 mars 2024"]
)
def test_a_collectivity_has_one_spelling_whichever_apostrophe_is_printed(head: str) -> None:
    doc = DocText([Page(1, head + "\nLe conseil municipal, après en avoir délibéré, décide à l'unanimité.")])
    assert read_session(doc, len(doc.text), whole_minutes=True).facts.collectivity == "Commune d'Essarville"

"""Assembling acts from the extractors and the session: margin-box counts, amounts before the
debate, latecomers."""

from __future__ import annotations

import pytest

from extractors.movements import parse_movements
from extractors.stages import DocText, Page, Segment, Session, SessionFacts
from pipeline.extract import build_act
from pipeline.session import attendance_at, page_box_counts, plausible_counts, usual_counts
from schemas.record import Attendee

BOX = (
    "DEPARTEMENT DU GARD\nNombre de membres\nen exercice : {members}\nqui ont pris part à la\ndélibération : {voters}\n"
)


def pages(*tops: str) -> DocText:
    return DocText([Page(n, top + "Objet : point\nVote : à l'unanimité") for n, top in enumerate(tops, start=1)])


def test_a_box_repeated_on_every_page_gives_each_page_its_counts() -> None:
    doc = pages(BOX.format(members=15, voters=13), BOX.format(members=15, voters=12), BOX.format(members=15, voters=12))
    boxes = page_box_counts(doc)
    assert boxes == [
        {"members_in_office": 15, "voters_count": 13},
        {"members_in_office": 15, "voters_count": 12},
        {"members_in_office": 15, "voters_count": 12},
    ]
    assert usual_counts(boxes) == {"members_in_office": 15, "voters_count": 12}


@pytest.mark.parametrize(
    "members, voters, expected",
    [
        ("Il", "il", {"members_in_office": 11, "voters_count": 11}),  # OCR reads 1 as l or I
        ("", "ii", {"voters_count": 11}),  # a blank figure on the scan
    ],
)
def test_ocr_readings_of_the_box(members: str, voters: str, expected: dict) -> None:
    doc = pages(BOX.format(members=members, voters=voters), BOX.format(members=members, voters=voters))
    assert page_box_counts(doc)[0] == expected


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
    assert plausible_counts(SessionFacts(**facts)).members_in_office == expected_members


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

"""Arrivals, departures and changes of chair during a meeting, in the wordings minutes use."""

from __future__ import annotations

import pytest

from extractors.movements import chair_at, parse_movements, status_at
from extractors.stages import DocText, Page

ROSTER = ["Jean DUPONT", "Claire MARTIN", "Paul ROUX", "Anne PETIT"]


def movements(text: str, president: str | None = "Jean DUPONT"):
    return parse_movements(DocText([Page(1, text)]).section(), ROSTER, president)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Arrivée de Mme Claire MARTIN à 19 h 20.", [("Claire MARTIN", "arrival")]),
        ("Arrivée de M. Roux à 19h06", [("Paul ROUX", "arrival")]),
        ("M. Paul ROUX rejoint la séance.", [("Paul ROUX", "arrival")]),
        ("Départ de Mme Anne PETIT à 21 h 49.", [("Anne PETIT", "departure")]),
        ("M. ROUX quitte la séance à 20h25.", [("Paul ROUX", "departure")]),
        ("Madame le Maire quitte la salle.", [("Jean DUPONT", "departure")]),
        ("Monsieur le Maire réintègre la séance.", [("Jean DUPONT", "arrival")]),
        ("M. DUPONT est invité à sortir de la salle.", [("Jean DUPONT", "departure")]),
        (
            "Le Maire cède la présidence à Mme Claire MARTIN et sort de la salle.",
            [("Claire MARTIN", "chair"), ("Jean DUPONT", "departure")],
        ),
        ("Mme MARTIN est déclarée élue présidente de séance.", [("Claire MARTIN", "chair")]),
        # Leaving for one vote only is a non-participation, not a departure.
        ("M. Paul ROUX, intéressé, quitte la salle et ne prend pas part au vote.", []),
        ("Le rapport de la séance précédente est approuvé.", []),
    ],
)
def test_parse_movements(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.name, m.kind) for m in movements(text)] == expected


def test_status_and_chair_follow_the_meeting() -> None:
    text = (
        "Point 1. Budget.\nLe Maire cède la présidence à Mme Claire MARTIN et quitte la salle.\n"
        "Point 2. Compte administratif.\nMonsieur le Maire réintègre la séance.\nPoint 3. Divers.\n"
        "Arrivée de M. Paul ROUX à 20 h.\nPoint 4. Voirie."
    )
    found = movements(text)
    point = {n: text.index(f"Point {n}.") for n in range(1, 5)}
    assert status_at("Jean DUPONT", point[1], found) == "present"
    assert status_at("Jean DUPONT", point[2], found) == "absent"
    assert chair_at("Jean DUPONT", point[2], found) == "Claire MARTIN"
    assert chair_at("Jean DUPONT", point[3], found) == "Jean DUPONT"
    assert status_at("Paul ROUX", point[3], found) == "absent"
    assert status_at("Paul ROUX", point[4], found) == "present"
    assert status_at("Anne PETIT", point[4], found) is None

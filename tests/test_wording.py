"""The wording catalogue checks itself: every example is read with its own row's meaning, and
none is read by a family it must not be confused with."""

from __future__ import annotations

import re

import pytest

from extractors.folding import fold
from extractors.fr import CATALOGUE
from extractors.wording import Family, Wording

ROWS = [(family, row) for family in CATALOGUE.values() for row in family.rows]


def _id(case: tuple[Family, Wording]) -> str:
    family, row = case
    return f"{family.name}:{row.example}"


@pytest.mark.parametrize("case", ROWS, ids=[_id(case) for case in ROWS])
def test_example_matches_its_own_row(case: tuple[Family, Wording]) -> None:
    family, row = case
    pattern = fold(row.pattern) if family.folded else row.pattern
    target = fold(row.example) if family.folded else row.example
    assert re.search(pattern, target, re.I | re.M), f"{row.pattern!r} does not match its example"


@pytest.mark.parametrize("case", ROWS, ids=[_id(case) for case in ROWS])
def test_example_is_read_with_its_meaning(case: tuple[Family, Wording]) -> None:
    """Rows are tried in order: an earlier row of another meaning must not take the example."""
    family, row = case
    reading = family.reading(row.example)
    assert reading is not None and reading.meaning == row.meaning, (
        f"{row.example!r} is read as {reading.meaning!r} by {reading.pattern!r}" if reading else "not read"
    )


CONFLICTS = [
    (family, row, CATALOGUE[other])
    for family in CATALOGUE.values()
    for other in family.conflicts
    for row in family.rows
]


@pytest.mark.parametrize("case", CONFLICTS, ids=[f"{f.name}:{r.example}~{o.name}" for f, r, o in CONFLICTS])
def test_example_is_not_read_by_a_conflicting_family(case: tuple[Family, Wording, Family]) -> None:
    family, row, other = case
    reading = other.reading(row.example)
    assert reading is None, f"{row.example!r} ({family.name}) is also read by {other.name}: {reading.pattern!r}"


def test_conflicts_name_families_of_the_catalogue() -> None:
    assert {name for family in CATALOGUE.values() for name in family.conflicts} <= set(CATALOGUE)


@pytest.mark.parametrize("family", [f for f in CATALOGUE.values() if f.folded], ids=lambda f: f.name)
def test_folded_patterns_survive_folding(family: Family) -> None:
    """Folding lower-cases a pattern: an upper-case escape (\\S, \\W, \\D) would change meaning."""
    for row in family.rows:
        assert not re.search(r"\\[A-Z]", row.pattern), row.pattern


def test_the_issue_families_are_all_in_the_catalogue() -> None:
    expected = {
        "vote_phrase",
        "vote_label",
        "result",
        "attendance_heading",
        "proxy_link",
        "civility",
        "procedural_item",
        "act_heading",
        "count_label",
        "signature_role",
        "movement_noun",
        "movement_verb",
        "reference_kind",
        "tax_qualifier",
        "measure_unit",
    }
    assert expected <= set(CATALOGUE)

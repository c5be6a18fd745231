"""Persons across sessions: one key per name, initials joined only when they fit one name,
close spellings listed as candidates, and `delib person` on a generated pair of sessions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.names import fits_initials, has_initials, person_key
from pipeline.persons import NoSuchPerson, find, record
from pipeline.store import Store
from tests.conftest import write_pdf
from tests.test_cli import run


@pytest.mark.parametrize(
    "spelling", ["M. Jean-Claude LEROY", "LEROY Jean-Claude", "Jean-Claude Leroy", "Monsieur LEROY Jean Claude"]
)
def test_one_key_for_every_order_case_accent_and_civility(spelling: str) -> None:
    assert person_key(spelling) == person_key("Jean-Claude LEROY") == "claude jean leroy"


def test_accents_do_not_make_another_person() -> None:
    assert person_key("Mme Hélène DUPRÉ") == person_key("Hélène DUPRE")


@pytest.mark.parametrize(
    ("short", "full", "fits"),
    [
        ("J.-C. LEROY", "Jean-Claude LEROY", True),
        ("J.-C. LEROY", "LEROY Jean-Claude", True),
        ("C.MARTEL", "Chantal MARTEL", True),
        ("J.-C. LEROY", "Sophie LEROY", False),
        ("J.-C. LEROY", "Jean LEROY", False),
        ("J. LEROY", "Jean-Claude LEROY", False),  # one initial for two first names
        ("J.-C. LEROY", "Jean-Claude LEROUX", False),
        ("Jean-Claude LEROY", "Jean-Claude LEROY", False),  # not a name by initials
        ("J.-C. LEROY", "J.-C. LEROY", False),
    ],
)
def test_fits_initials(short: str, full: str, fits: bool) -> None:
    assert fits_initials(short, full) is fits


def test_has_initials() -> None:
    assert has_initials("J.-C. LEROY") and has_initials("C.MARTEL") and not has_initials("M. Jean LEROY")


HEAD = """COMMUNE DE VAL-FLEURI
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du {date}
Nombre de membres en exercice : 7
Présents : 6
Votants : 7
Sous la présidence de M. Pierre LAMBERT, Maire
"""
# Session 1: "M. Jean-Claude LEROY" is present, holds a proxy and votes against as "M. LEROY
# Jean-Claude"; session 2: "J.-C. LEROY" is excused and gives a proxy. Sophie LEROY is another
# member; Hélène DUPRÉ is printed without her accent in session 2.
SESSION_ONE = (
    HEAD.format(date="12 février 2024")
    + """Présents : M. Pierre LAMBERT, M. Jean-Claude LEROY, Mme Sophie LEROY,
Mme Hélène DUPRÉ, M. Louis CARON, Mme Inès FAURE.
Excusée ayant donné pouvoir : Mme Léa ROCHE (pouvoir à M. Jean-Claude LEROY).
Secrétaire de séance : Mme Inès FAURE
Délibération n° 2024-007
Objet : Attribution d'une subvention à l'association Les Amis du Lavoir
Le Conseil municipal, après en avoir délibéré, DÉCIDE :
Article 1er : D'attribuer une subvention de 2 500 € à l'association Les Amis du Lavoir.
Pour : 6 Contre : 1 (M. LEROY Jean-Claude) Abstention : 0
Adopté"""
)
SESSION_TWO = (
    HEAD.format(date="3 avril 2024")
    + """Présents : M. Pierre LAMBERT, Mme Sophie LEROY, Mme Hélène DUPRE, M. Louis CARON,
Mme Inès FAURE, Mme Léa ROCHE.
Excusé ayant donné pouvoir : J.-C. LEROY (pouvoir à Mme Sophie LEROY).
Secrétaire de séance : Mme Inès FAURE
Délibération n° 2024-019
Objet : Tarifs de la cantine scolaire
Le Conseil municipal, après en avoir délibéré, DÉCIDE :
Article 1er : De fixer le prix du repas à 3,60 €.
Pour : 6 Contre : 0 Abstention : 1 (Mme Hélène DUPRE)
Adopté"""
)


@pytest.fixture(scope="module")
def two_sessions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from pipeline.ingest import IngestOptions, ingest

    folder = tmp_path_factory.mktemp("sessions")
    write_pdf(folder / "2024-02-12.pdf", [SESSION_ONE])
    write_pdf(folder / "2024-04-03.pdf", [SESSION_TWO])
    # A homonym in another commune is another person.
    write_pdf(folder / "other.pdf", [SESSION_ONE.replace("VAL-FLEURI", "BOURG-NEUF").replace("2024-007", "2024-008")])
    db = folder / "sessions.db"
    ingest([folder], db, IngestOptions(workers=1, ocr="never"))
    return db


def _record(db: Path, name: str, collectivity: str | None = None) -> list[dict]:
    store = Store(db, read_only=True)
    try:
        return [record(store.db.conn, m) for m in find(store.db.conn, name, collectivity)]
    finally:
        store.close()


@pytest.mark.parametrize("typed", ["M. Jean-Claude LEROY", "LEROY Jean-Claude", "J.-C. LEROY", "jean-claude leroy"])
def test_one_member_printed_three_ways_is_one_record(two_sessions: Path, typed: str) -> None:
    found = _record(two_sessions, typed, "Val-Fleuri")
    assert len(found) == 1
    leroy = found[0]
    assert leroy["name"] == "Jean-Claude LEROY" and leroy["collectivity"] == "Commune de Val-Fleuri"
    assert {(a["name"], a["match"]) for a in leroy["aliases"]} == {
        ("Jean-Claude LEROY", "same name"),
        ("J.-C. LEROY", "initials"),
    }
    assert [(s["date"], s["status"], s["proxy_to"]) for s in leroy["sessions"]] == [
        ("2024-02-12", "present", None),
        ("2024-04-03", "excused", "Sophie LEROY"),
    ]
    assert (leroy["present"], leroy["excused"], leroy["absent"], leroy["presence_rate"]) == (1, 1, 0, 0.5)
    assert [(p["date"], p["from"]) for p in leroy["proxies_held"]] == [("2024-02-12", "Léa ROCHE")]
    assert [(v["number"], v["position"]) for v in leroy["named_votes"]] == [("2024-007", "against")]


def test_a_namesake_is_never_merged(two_sessions: Path) -> None:
    sophie = _record(two_sessions, "Sophie LEROY", "Val-Fleuri")[0]
    assert {a["name"] for a in sophie["aliases"]} == {"Sophie LEROY"}
    assert [p["from"] for p in sophie["proxies_held"]] == ["J.-C. LEROY"]
    by_place = _record(two_sessions, "Jean-Claude LEROY")
    assert [r["collectivity"] for r in by_place] == ["Commune de Bourg-Neuf", "Commune de Val-Fleuri"]
    assert by_place[0]["id"] != by_place[1]["id"]


def test_accents_and_close_spellings(two_sessions: Path) -> None:
    helene = _record(two_sessions, "Hélène DUPRE", "Val-Fleuri")[0]
    assert helene["present"] == 2
    assert [(v["number"], v["position"]) for v in helene["named_votes"]] == [("2024-019", "abstention")]
    with pytest.raises(NoSuchPerson, match="close names: Hélène DUPRÉ"):
        _record(two_sessions, "Hélène DUPRAT", "Val-Fleuri")


def test_ambiguous_initials_are_candidates_not_merged(tmp_path: Path) -> None:
    """With two members J.-C. (Jean-Claude and Jacques-Christophe LEROY) the initials fit both:
    "J.-C. LEROY" stays a person of its own and joins neither record."""
    from pipeline.ingest import IngestOptions, ingest

    write_pdf(tmp_path / "a.pdf", [SESSION_ONE.replace("M. Louis CARON", "M. Jacques-Christophe LEROY")])
    write_pdf(tmp_path / "b.pdf", [SESSION_TWO])
    db = tmp_path / "d.db"
    ingest([tmp_path], db, IngestOptions(workers=1, ocr="never"))
    jean = _record(db, "Jean-Claude LEROY")[0]
    assert {a["name"] for a in jean["aliases"]} == {"Jean-Claude LEROY"}
    assert [s["date"] for s in jean["sessions"]] == ["2024-02-12"]
    initials = _record(db, "J.-C. LEROY")[0]
    assert initials["name"] == "J.-C. LEROY" and [s["date"] for s in initials["sessions"]] == ["2024-04-03"]


def test_person_stable_ids_across_a_reparse(two_sessions: Path, tmp_path: Path) -> None:
    from pipeline.ingest import IngestOptions, ingest

    db = tmp_path / "copy.db"
    db.write_bytes(two_sessions.read_bytes())
    before = _record(db, "Jean-Claude LEROY", "Val-Fleuri")[0]["id"]
    ingest([two_sessions.parent], db, IngestOptions(workers=1, ocr="never", reparse=True))
    assert _record(db, "LEROY Jean-Claude", "Val-Fleuri")[0]["id"] == before


def test_person_command_table_json_csv_and_exit_codes(two_sessions: Path) -> None:
    table = run("person", "J.-C. LEROY", "--db", two_sessions, "--collectivity", "val-fleuri")
    assert table.returncode == 0, table.stderr
    assert table.stdout.startswith("Jean-Claude LEROY (person ")
    assert "present at 1 of 2 sessions (50%)" in table.stdout and "initials" in table.stdout
    assert "Named votes:" in table.stdout and "against" in table.stdout
    records = json.loads(run("person", "LEROY Jean-Claude", "--db", two_sessions, "--json").stdout)
    assert len(records) == 2 and {r["collectivity"] for r in records} == {
        "Commune de Val-Fleuri",
        "Commune de Bourg-Neuf",
    }
    csv_out = run("person", "Jean-Claude LEROY", "--db", two_sessions, "--csv", "--collectivity", "Val-Fleuri").stdout
    assert csv_out.splitlines()[0] == "person_id,person,date,body,status,proxy_to,link"
    assert len(csv_out.splitlines()) == 3
    missing = run("person", "Nobody HERE", "--db", two_sessions)
    assert missing.returncode == 1 and missing.stderr.startswith("delib: no_such_person:")
    assert len(missing.stderr.splitlines()) == 1


def test_person_across_the_two_sample_sessions(samples_db: Path) -> None:
    """Samples 35 and 36: Jean-Claude LEROY printed "M. Jean-Claude LEROY" (March), by his initials
    in a vote (March) and surname first (June), beside his namesake Sophie LEROY."""
    result = run("person", "LEROY Jean-Claude", "--db", samples_db, "--json")
    assert result.returncode == 0, result.stderr
    (leroy,) = json.loads(result.stdout)
    assert leroy["collectivity"] == "Commune de Sainte-Colombe-sur-Ardanne"
    assert [(s["date"], s["status"], s["proxy_to"]) for s in leroy["sessions"]] == [
        ("2025-03-18", "present", None),
        ("2025-06-24", "excused", "Sophie LEROY"),
    ]
    assert [p["from"] for p in leroy["proxies_held"]] == ["Fabrice MONTEL"]
    assert [v["position"] for v in leroy["named_votes"]] == ["against"]
    sophie = json.loads(run("person", "Mme Sophie LEROY", "--db", samples_db, "--json").stdout)[0]
    assert sophie["id"] != leroy["id"] and sophie["present"] == 2
    assert {v["position"] for v in sophie["named_votes"]} == {"abstention"}
    helene = json.loads(run("person", "Hélène DUPRE", "--db", samples_db, "--json").stdout)[0]
    assert {a["name"] for a in helene["aliases"]} == {"Hélène DUPRÉ", "Hélène DUPRE"} and helene["present"] == 2
    assert helene["name"] == "Hélène DUPRÉ"  # the accented spelling, whichever session came first

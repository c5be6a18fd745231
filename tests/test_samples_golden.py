"""Golden tests: parse every samples/*.pdf and compare the record with samples/NAME.json.

The JSON files are the truth of the samples: `samples/generate.py` writes each PDF and its JSON
from the same Python spec, independently of the parser.  This module never runs the generator;
after changing a spec, regenerate with `python samples/generate.py`.

Comparison (only the keys present in the expected act are checked):

- document: pages, text_layer, status equal;
- acts: same number, compared pairwise in order;
- scalars (kind, number, title, collectivity, body, dates, president, secretary, counts,
  prefecture_id, pages, part_of): equal;
- attendance: set of (name, status, proxy_to);
- votes: same number; each expected key equal, members as a set of (name, position), groups as
  a set of (group, position);
- articles: same number; each expected number present, its text starting with `starts_with`
  (whitespace collapsed);
- amounts: set of values rounded to 2 decimals;
- references: each expected reference, without spaces and dots and lower-cased, is a substring
  of the record's reference texts joined and normalised the same way.

All mismatches of one sample are reported together, one per line.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

SAMPLES_DIR = Path(__file__).resolve().parent.parent / "samples"
PDFS = sorted(SAMPLES_DIR.glob("*.pdf"))
JSONS = sorted(SAMPLES_DIR.glob("*.json"))
MIN_SAMPLES = 10
REGENERATE = "write it with `python samples/generate.py`"

SET_KEYS = {"attendance", "votes", "articles", "amounts", "references"}


def collapse(text: str) -> str:
    """Whitespace runs (spaces, U+00A0, U+202F, line breaks) become one space."""
    return re.sub(r"\s+", " ", text).strip()


def reference_key(text: str) -> str:
    """ "L. 2121-29" and "L.2121-29" compare equal; "loi n° 2014-856" -> "loin°2014-856"."""
    return re.sub(r"[\s.]+", "", text).lower()


def compare_attendance(where: str, want: list[dict], got: list[dict]) -> list[str]:
    def entries(items: list[dict]) -> set[tuple]:
        return {(a.get("name"), a.get("status"), a.get("proxy_to")) for a in items}

    missing, extra = entries(want) - entries(got), entries(got) - entries(want)
    out = [f"{where}: missing {entry}" for entry in sorted(missing, key=str)]
    out += [f"{where}: unexpected {entry}" for entry in sorted(extra, key=str)]
    return out


def compare_pairs(where: str, want: list[dict], got: list[dict], keys: tuple[str, str]) -> list[str]:
    """Compare two lists of dicts as sets of (keys[0], keys[1]) pairs."""
    want_set = {(w.get(keys[0]), w.get(keys[1])) for w in want}
    got_set = {(g.get(keys[0]), g.get(keys[1])) for g in got}
    out = [f"{where}: missing {pair}" for pair in sorted(want_set - got_set, key=str)]
    out += [f"{where}: unexpected {pair}" for pair in sorted(got_set - want_set, key=str)]
    return out


def compare_votes(where: str, want: list[dict], got: list[dict]) -> list[str]:
    if len(want) != len(got):
        return [f"{where}: want {len(want)} vote(s) got {len(got)}"]
    out: list[str] = []
    for i, (w, g) in enumerate(zip(want, got)):
        for key, value in w.items():
            path = f"{where}[{i}].{key}"
            if key == "members":
                out += compare_pairs(path, value, g.get("members") or [], ("name", "position"))
            elif key == "groups":
                out += compare_pairs(path, value, g.get("groups") or [], ("group", "position"))
            elif g.get(key) != value:
                out.append(f"{path}: want {value!r} got {g.get(key)!r}")
    return out


def compare_articles(where: str, want: list[dict], got: list[dict]) -> list[str]:
    out: list[str] = []
    if len(want) != len(got):
        out.append(f"{where}: want {len(want)} article(s) got {len(got)} (numbers {[a.get('number') for a in got]})")
    by_number = {a.get("number"): a for a in got}
    for article in want:
        number, start = article["number"], collapse(article["starts_with"])
        found = by_number.get(number)
        if found is None:
            out.append(f"{where}: article {number} missing")
        elif not collapse(found.get("text") or "").startswith(start):
            text = collapse(found.get("text") or "")[: len(start) + 20]
            out.append(f"{where}[{number}]: want text starting {start!r} got {text!r}")
    return out


def compare_amounts(where: str, want: list[float], got: list[dict]) -> list[str]:
    want_set = {round(float(v), 2) for v in want}
    got_set = {round(float(a.get("value")), 2) for a in got}
    out = [f"{where}: missing {v}" for v in sorted(want_set - got_set)]
    out += [f"{where}: unexpected {v}" for v in sorted(got_set - want_set)]
    return out


def compare_references(where: str, want: list[str], got: list[dict]) -> list[str]:
    haystack = reference_key(" ".join(r.get("text") or "" for r in got))
    return [f"{where}: {ref!r} not found in references" for ref in want if reference_key(ref) not in haystack]


def compare_act(where: str, want: dict, got: dict) -> list[str]:
    out: list[str] = []
    for key, value in want.items():
        path = f"{where}.{key}"
        got_value = got.get(key)
        if key == "attendance":
            out += compare_attendance(path, value, got_value or [])
        elif key == "votes":
            out += compare_votes(path, value, got_value or [])
        elif key == "articles":
            out += compare_articles(path, value, got_value or [])
        elif key == "amounts":
            out += compare_amounts(path, value, got_value or [])
        elif key == "references":
            out += compare_references(path, value, got_value or [])
        else:
            if key == "pages" and got_value is not None:
                got_value = list(got_value)
            if got_value != value:
                out.append(f"{path}: want {value!r} got {got_value!r}")
    return out


def compare_record(want: dict, got: dict) -> list[str]:
    """Every difference between the expected JSON and the parser's contract dict."""
    out: list[str] = []
    for key, value in want["document"].items():
        if got["document"].get(key) != value:
            out.append(f"document.{key}: want {value!r} got {got['document'].get(key)!r}")
    want_acts, got_acts = want["acts"], got.get("acts") or []
    if len(want_acts) != len(got_acts):
        out.append(
            f"acts: want {len(want_acts)} got {len(got_acts)} "
            f"(kinds want {[a['kind'] for a in want_acts]} "
            f"got {[a.get('kind') for a in got_acts]})"
        )
    for i, (w, g) in enumerate(zip(want_acts, got_acts)):
        out += compare_act(f"acts[{i}]", w, g)
    return out


def load_expected(pdf: Path) -> dict[str, Any]:
    expected = pdf.with_suffix(".json")
    if not expected.exists():
        pytest.fail(f"{pdf.name} has no expected record {expected.name}: {REGENERATE}", pytrace=False)
    return json.loads(expected.read_text(encoding="utf-8"))


def test_enough_samples() -> None:
    assert len(PDFS) >= MIN_SAMPLES, (
        f"{len(PDFS)} sample PDF(s) in {SAMPLES_DIR}, want at least {MIN_SAMPLES}: {REGENERATE}"
    )


@pytest.mark.parametrize("expected_json", JSONS, ids=lambda p: p.stem)
def test_expected_json_follows_contract(expected_json: Path) -> None:
    """The truth files only use contract keys and values (checked without the parser)."""
    from schemas.record import Act, Vote

    pdf = expected_json.with_suffix(".pdf")
    assert pdf.exists(), f"{expected_json.name} has no PDF: {REGENERATE}"
    record = json.loads(expected_json.read_text(encoding="utf-8"))
    act_keys = {f.alias or name for name, f in Act.model_fields.items()}
    vote_keys = {f.alias or name for name, f in Vote.model_fields.items()}
    kinds = set(Act.model_fields["kind"].annotation.__args__)
    pages = record["document"]["pages"]
    problems: list[str] = []
    for i, act in enumerate(record["acts"]):
        problems += [f"acts[{i}]: unknown key {k!r}" for k in set(act) - act_keys]
        if act["kind"] not in kinds:
            problems.append(f"acts[{i}]: unknown kind {act['kind']!r}")
        first, last = act["pages"]
        if not 1 <= first <= last <= pages:
            problems.append(f"acts[{i}]: pages {act['pages']} outside 1..{pages}")
        if "part_of" in act and record["acts"][act["part_of"]]["kind"] not in ("deliberation", "arrete", "pv_item"):
            problems.append(f"acts[{i}]: part_of does not point to a decision")
        for j, vote in enumerate(act.get("votes", [])):
            problems += [f"acts[{i}].votes[{j}]: unknown key {k!r}" for k in set(vote) - vote_keys]
    assert not problems, "\n".join(problems)


def record_from_truth(truth: dict[str, Any]) -> dict[str, Any]:
    """Build a schemas.record.Record holding exactly the truth, and dump it like the parser."""
    from schemas.record import Record

    acts = []
    for act in truth["acts"]:
        act = dict(act)
        act["articles"] = [{"number": a["number"], "text": a["starts_with"] + " …"} for a in act.get("articles", [])]
        act["amounts"] = [{"value": str(v), "raw": str(v), "context": ""} for v in act.get("amounts", [])]
        act["references"] = [{"kind": "other", "text": r} for r in act.get("references", [])]
        acts.append(act)
    document = {**truth["document"], "sha256": "0" * 64, "path": "sample.pdf", "parser_version": "truth"}
    return Record.model_validate({"document": document, "acts": acts}).to_json_dict()


@pytest.mark.parametrize("expected_json", JSONS, ids=lambda p: p.stem)
def test_truth_round_trips_through_contract(expected_json: Path) -> None:
    """The truth fits the pydantic contract, and the comparison accepts it against itself."""
    truth = json.loads(expected_json.read_text(encoding="utf-8"))
    mismatches = compare_record(truth, record_from_truth(truth))
    if mismatches:
        pytest.fail("\n".join(mismatches), pytrace=False)


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.stem)
def test_sample_matches_golden(pdf: Path) -> None:
    expected = load_expected(pdf)
    from pipeline.parse import parse_pdf

    got = parse_pdf(pdf).to_json_dict()
    mismatches = compare_record(expected, got)
    if mismatches:
        pytest.fail(
            f"{pdf.name}: {len(mismatches)} mismatch(es) with {pdf.stem}.json\n" + "\n".join(mismatches), pytrace=False
        )


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.stem)
def test_every_traced_fact_points_at_its_own_text(pdf: Path) -> None:
    """An attendee's source is its own name (not its neighbour's in the list), an amount's its
    printed figure; votes and references carry a source."""
    from pipeline.parse import parse_pdf

    wrong = []
    for act in parse_pdf(pdf).acts:
        for person in act.attendance:
            surname = person.name.split()[-1]
            if person.source is None or surname.lower() not in person.source.text.lower():
                wrong.append(f"attendee {person.name!r}: {person.source.text if person.source else None!r}")
        for amount in act.amounts:
            if amount.source is None or " ".join(amount.raw.split()) not in amount.source.text:
                wrong.append(f"amount {amount.raw!r}: {amount.source.text if amount.source else None!r}")
        wrong += [f"vote without source in {act.title!r}" for vote in act.votes if vote.source is None]
        wrong += [f"reference {ref.text!r} without source" for ref in act.references if ref.source is None]
    assert wrong == []

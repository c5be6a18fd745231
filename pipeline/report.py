"""`delib report`: what an import read, measured without any label.

An archivist who imports thousands of PDFs cannot check them by hand; these are the facts a
database can tell about itself: which files gave a decision act (or failed with a typed reason),
how many acts carry their number, title, date, collectivity and body, whether printed figures
close, whether the présents list matches the printed count, and titles and names that do not look
like titles and names. The same figures, as JSON, let two runs be compared.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from extractors.folding import fold
from extractors.fr import CATALOGUE
from extractors.fr.people import SURNAME_PARTICLES
from extractors.wrapping import UNFINISHED
from pipeline.text import french_words

FIELDS = ("number", "title", "session_date", "collectivity", "body")
# A title is the object of the act, not its body: longer than this it has swallowed the text.
MAX_TITLE_CHARS = 300
# A title that starts like a sentence of the body ("Le Conseil municipal…", "3° De prendre…").
SENTENCE_START = re.compile(r"^(?:(?:le|la|les|l['’]|un|une|il|elle|ils)\b|\d+\s*[°º)]|[-–•])", re.I)
EXAMPLES = 10
# An item the council only takes note of ("Le Conseil municipal prend acte du rapport") has no vote
# by nature: information only, a stated reason for none.
TAKES_NOTE = CATALOGUE["decision_marker"].compile("", "", "notes")


def measure(documents: list[dict]) -> dict:
    """The report of the documents `Store.documents_for_report` gives: one entry per file and the
    totals over all of them."""
    files = [_file(doc) for doc in documents]
    return {"files": files, "overall": _overall(files)}


def read_act_text(text: str) -> dict:
    """What the report needs of an act's text: whether it only takes note of something."""
    return {"takes_note": bool(TAKES_NOTE.search(fold(text)))}


def _reason_for_no_vote(act: dict) -> bool:
    """An arrêté is no council's vote; an item taken note of is information only."""
    return act["kind"] == "arrete" or act.get("takes_note", False)


def _file(doc: dict) -> dict:
    acts = doc["acts"]
    voted = [_closes(act) for act in acts]
    listed = [_list_matches(act) for act in acts]
    return {
        "path": doc["path"],
        "pages": doc["pages"],
        "failure": doc["failure"],
        "acts": len(acts),
        "with": {field: sum(1 for act in acts if act[field]) for field in FIELDS},
        "with_vote_or_reason": sum(1 for act in acts if act["votes"] or _reason_for_no_vote(act)),
        "taken_note_of": sum(1 for act in acts if not act["votes"] and act.get("takes_note", False)),
        "figures_checked": sum(1 for v in voted if v is not None),
        "figures_close": sum(1 for v in voted if v),
        "lists_checked": sum(1 for v in listed if v is not None),
        "lists_match": sum(1 for v in listed if v),
        "odd_titles": [act["title"] for act in acts if act["title"] and odd_title(act["title"])],
        "odd_names": [name for act in acts for name in _odd_names(act)],
    }


def _closes(act: dict) -> bool | None:
    """Whether the printed figures of a voted act add up: for + against + abstention (+ not voting)
    is the votants, and présents + pouvoirs is the votants; None when nothing can be checked."""
    voters, present = act["voters_count"], act["present_count"]
    if voters is None:
        return None
    results = []
    for vote in act["votes"]:
        if vote["votes_for"] is None:
            continue
        cast = vote["votes_for"] + (vote["against"] or 0) + (vote["abstention"] or 0)
        results.append(voters in (cast, cast + (vote["not_voting"] or 0)))
    proxies = sum(1 for person in act["attendance"] if person["proxy_to"])
    if present is not None and proxies:
        results.append(present + proxies == voters)
    return all(results) if results else None


def _list_matches(act: dict) -> bool | None:
    """Whether the présents list has as many names as the printed présents count (None: not both printed)."""
    present = [person for person in act["attendance"] if person["status"] == "present"]
    if act["present_count"] is None or not present:
        return None
    return len(present) == act["present_count"]


def odd_title(title: str) -> bool:
    """A title that is too long, starts like a sentence or a numbered clause, or stops mid-phrase."""
    title = title.strip()
    return len(title) > MAX_TITLE_CHARS or bool(SENTENCE_START.match(title)) or bool(UNFINISHED.search(title))


def _odd_names(act: dict) -> list[str]:
    roster = {person["name"] for person in act["attendance"]}
    names = [act["president"], act["secretary"], *roster]
    return [name for name in names if name and odd_name(name, roster)]


def odd_name(name: str, roster: set[str] = frozenset()) -> bool:
    """A person's name that is not one: a lone word, a word of prose in lower case, or common words
    only (in the French word list), one of them a word of council wording ("Conseil MUNICIPAL",
    "Pour ABSTENTION"), that no attendance list of the act confirms."""
    tokens = name.replace("’", "'").split()
    if len(tokens) < 2:
        return True
    if any(token.islower() and token not in SURNAME_PARTICLES for token in tokens):
        return True
    words = french_words()
    folded = [fold(token) for token in tokens]
    common = words is not None and all(token in words or token.lower() in words for token in tokens)
    return common and any(token in council_words() for token in folded) and name not in roster


@cache
def council_words() -> frozenset[str]:
    """The words of council wording, folded: those printed in lower case in the examples of the
    wording catalogue (names in the examples are capitalised)."""
    words = re.findall(r"[^\W\d_]{3,}", " ".join(row.example for family in CATALOGUE.values() for row in family.rows))
    return frozenset(fold(word) for word in words if word.islower())


def _overall(files: list[dict]) -> dict:
    acts = sum(f["acts"] for f in files)
    checked, closing = sum(f["figures_checked"] for f in files), sum(f["figures_close"] for f in files)
    lists, matching = sum(f["lists_checked"] for f in files), sum(f["lists_match"] for f in files)
    answered = sum(1 for f in files if f["acts"] or f["failure"])
    return {
        "files": len(files),
        "files_with_act_or_failure": _share(answered, len(files)),
        "failed_files": sum(1 for f in files if f["failure"]),
        "decision_acts": acts,
        "with": {field: _share(sum(f["with"][field] for f in files), acts) for field in FIELDS},
        "with_vote_or_reason": _share(sum(f["with_vote_or_reason"] for f in files), acts),
        "taken_note_of": sum(f["taken_note_of"] for f in files),
        "figures_close": _share(closing, checked),
        "lists_match": _share(matching, lists),
        "odd_titles": sum(len(f["odd_titles"]) for f in files),
        "odd_names": sum(len(f["odd_names"]) for f in files),
        "odd_title_examples": [t[:120] for f in files for t in f["odd_titles"]][:EXAMPLES],
        "odd_name_examples": [n for f in files for n in f["odd_names"]][:EXAMPLES],
    }


def _share(count: int, total: int) -> dict:
    return {"count": count, "of": total, "share": round(count / total, 3) if total else None}


def render(report: dict) -> str:
    """The report as a table: one line a file, then the totals."""
    header = ["file", "acts", *(f[:8] for f in FIELDS), "vote", "close", "list", "odd t/n"]
    lines = ["\t".join(header)]
    for f in report["files"]:
        if f["failure"]:
            lines.append(f"{Path(f['path']).name}\tfailed: {f['failure']}")
            continue
        cells = [Path(f["path"]).name, str(f["acts"])]
        cells += [_cell(f["with"][field], f["acts"]) for field in FIELDS]
        cells += [_cell(f["with_vote_or_reason"], f["acts"])]
        cells += [_cell(f["figures_close"], f["figures_checked"]), _cell(f["lists_match"], f["lists_checked"])]
        cells += [f"{len(f['odd_titles'])}/{len(f['odd_names'])}"]
        lines.append("\t".join(cells))
    o = report["overall"]
    lines += [
        "",
        f"files with a decision act or a typed failure: {_pct(o['files_with_act_or_failure'])}"
        f" ({o['failed_files']} failed)",
        f"decision acts: {o['decision_acts']}",
        *(f"  with {field}: {_pct(o['with'][field])}" for field in FIELDS),
        f"  with a vote or a reason for none: {_pct(o['with_vote_or_reason'])}"
        f" ({o['taken_note_of']} taken note of, without a vote)",
        f"voted acts whose printed figures close: {_pct(o['figures_close'])}",
        f"présents lists matching the printed count: {_pct(o['lists_match'])}",
        f"titles that look wrong: {o['odd_titles']}; names that are not names: {o['odd_names']}",
    ]
    lines += [f"  title? {t}" for t in o["odd_title_examples"]]
    lines += [f"  name? {n}" for n in o["odd_name_examples"]]
    return "\n".join(lines)


def _cell(count: int, total: int) -> str:
    return f"{count}/{total}" if total else "-"


def _pct(share: dict) -> str:
    if share["share"] is None:
        return "- (nothing to measure)"
    return f"{share['share']:.0%} ({share['count']} of {share['of']})"

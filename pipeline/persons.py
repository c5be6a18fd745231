"""`delib person`: one member's record across the sessions of a collectivity.

A name typed by the user is matched to the `persons` of each collectivity in three ways, from
safe to unsafe: the same key (any order, accents, case, civility: pipeline/names.py) is the
person; a name by initials ("J.-C. LEROY") is the person when exactly one full name of the
collectivity fits it, and the record says so; a name only close in spelling (rapidfuzz) is a
*candidate*, listed with its id and never merged.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from extractors.folding import fold
from pipeline.errors import DelibError
from pipeline.names import fits_initials, has_initials, person_key
from pipeline.store import from_db

# Similarity (0–100, rapidfuzz token_sort_ratio on name keys) from which a name is a candidate.
CANDIDATE_SCORE = 85
CANDIDATE_LIMIT = 5
# Attendance statuses from the best: a member present at one item of a session was at the session.
STATUS_RANK = {"present": 0, "excused": 1, "absent": 2}
OPPOSING = ("against", "abstention", "not_voting", "absent")


class NoSuchPerson(DelibError):
    kind = "no_such_person"
    stage = "person"
    remedy = 'check the spelling, or list names with: delib query "SELECT name, collectivity FROM persons"'


@dataclass
class Match:
    """The persons rows that are one member of one collectivity, and those that may be."""

    collectivity: str
    ids: list[int]
    how: dict[int, str]  # person id → "same name" or "initials"
    candidates: list[dict] = field(default_factory=list)


def find(conn: sqlite3.Connection, name: str, collectivity: str | None = None) -> list[Match]:
    """The member named `name` in each collectivity where one is found (or in `collectivity` only)."""
    key = person_key(name)
    if not key:
        raise NoSuchPerson(f"{name!r} holds no name")
    rows = conn.execute("SELECT id, collectivity, key, name FROM persons").fetchall()
    if collectivity:
        rows = [r for r in rows if fold(collectivity) in fold(r[1])]
    by_place: dict[str, list[tuple]] = {}
    for row in rows:
        by_place.setdefault(row[1], []).append(row)
    matches = []
    for place, people in sorted(by_place.items()):
        exact = [p for p in people if p[2] == key]
        # A name by initials stands for the one full name it fits, when there is one.
        full = _unique_fit(people, name) if not exact or has_initials(exact[0][3]) else []
        if not (full or exact):
            continue
        main = (full or exact)[0]
        how = {main[0]: "same name"}
        for other in people:  # the initials forms that fit this full name, and only this one
            if other[0] != main[0] and _unique_fit(people, other[3]) == [main]:
                how[other[0]] = "initials"
        matches.append(Match(place, sorted(how), how, _candidates(people, main, set(how))))
    if not matches:
        close = _candidates(rows, (None, None, key, name), set())
        hint = f"; close names: {', '.join(c['name'] + ' (' + c['collectivity'] + ')' for c in close)}" if close else ""
        raise NoSuchPerson(f"no member named {name!r}{hint}")
    return matches


def _unique_fit(people: list[tuple], short: str) -> list[tuple]:
    """The one full name of a collectivity that a name by initials fits, or nothing."""
    fits = [p for p in people if fits_initials(short, p[3])]
    return fits if len(fits) == 1 else []


def _candidates(people: list[tuple], main: tuple, taken: set[int]) -> list[dict]:
    others = {p[0]: p for p in people if p[0] not in taken and p[0] != main[0]}
    scored = process.extract(
        main[2], {pid: p[2] for pid, p in others.items()}, scorer=fuzz.token_sort_ratio, limit=CANDIDATE_LIMIT
    )
    return [
        {"id": pid, "name": others[pid][3], "collectivity": others[pid][1], "score": round(score)}
        for _, score, pid in scored
        if score >= CANDIDATE_SCORE
    ]


def record(conn: sqlite3.Connection, match: Match) -> dict:
    """Sessions present, excused, absent; proxies given and held; named votes; presence rate."""
    ids = ",".join(str(i) for i in match.ids)  # integers from the database: safe in the SQL
    person = conn.execute("SELECT id, name FROM persons WHERE id = ?", [match.ids[0]]).fetchone()
    aliases = [
        {"person_id": pid, "name": alias, "match": match.how[pid], "printed": text, "page": page, "act_id": act}
        for pid, alias, text, page, act in conn.execute(
            f"SELECT person_id, name, source_text, page, act_id FROM aliases WHERE person_id IN ({ids}) "
            "ORDER BY person_id, name"
        )
    ]
    sessions: dict[tuple, dict] = {}
    for date, body, status, proxy_to, path, page in conn.execute(
        "SELECT a.session_date, a.body, t.status, t.proxy_to, d.path, t.page FROM attendance t "
        "JOIN acts a ON a.id = t.act_id JOIN documents d ON d.sha256 = a.sha256 "
        f"WHERE t.person_id IN ({ids}) ORDER BY a.session_date, d.path, a.position"
    ):
        session = (date, body, from_db(path) if date is None else None)
        seen = sessions.get(session)
        if seen is None or STATUS_RANK[status] < STATUS_RANK[seen["status"]]:
            link = f"{from_db(path)}#page={page}" if page else from_db(path)
            sessions[session] = {"date": date, "body": body, "status": status, "proxy_to": proxy_to, "link": link}
    held = [
        {"date": date, "body": body, "from": giver, "link": f"{from_db(path)}#page={page}" if page else from_db(path)}
        for date, body, giver, path, page in conn.execute(
            "SELECT DISTINCT a.session_date, a.body, t.name, d.path, t.page FROM attendance t "
            "JOIN acts a ON a.id = t.act_id JOIN documents d ON d.sha256 = a.sha256 "
            f"WHERE t.proxy_to_id IN ({ids}) GROUP BY a.session_date, a.body, t.name ORDER BY a.session_date"
        )
    ]
    votes = [
        {"date": date, "act_id": act, "number": number, "title": title, "position": position}
        for date, act, number, title, position in conn.execute(
            "SELECT a.session_date, a.id, a.number, a.title, m.position FROM vote_members m "
            "JOIN votes v ON v.id = m.vote_id JOIN acts a ON a.id = v.act_id "
            f"WHERE m.person_id IN ({ids}) AND m.position IN ({', '.join(repr(p) for p in OPPOSING)}) "
            "ORDER BY a.session_date, a.sha256, a.position"
        )
    ]
    listed = list(sessions.values())
    counts = {status: sum(1 for s in listed if s["status"] == status) for status in STATUS_RANK}
    return {
        "id": person[0],
        "name": person[1],
        "collectivity": match.collectivity or None,
        "aliases": aliases,
        "candidates": match.candidates,
        "sessions": listed,
        "present": counts["present"],
        "excused": counts["excused"],
        "absent": counts["absent"],
        "presence_rate": round(counts["present"] / len(listed), 3) if listed else None,
        "proxies_given": [s for s in listed if s["proxy_to"]],
        "proxies_held": held,
        "named_votes": votes,
    }

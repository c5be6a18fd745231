"""Votes: counts, unanimity, majority, named members and groups, result, and secret ballots.

Handles "Pour : 43 voix (groups…) Contre : 0", "par 11 voix pour, 2 contre (M. A, Mme B),
0 abstention", "13 voix POUR – 1 ABSTENTION", "à l'unanimité (des suffrages exprimés)",
"à la majorité" with named dissenters, "ne prend pas part au vote : 2 (names)", "absent sans
délégation de vote", results (adopté, rejeté, retiré) and elections (votants, blancs, nuls).
Visas are masked first: an earlier vote quoted in a "Vu la délibération … adoptée à
l'unanimité" is not this act's vote.
"""

from __future__ import annotations

import re

from extractors.attendance import substituted
from extractors.common import fold, mask_visas, parse_count
from extractors.fr.numbers import SMALL_COUNT_WORDS
from extractors.fr.people import ANY_CIVILITY, CHAIR_OFFICE, ONE_CIVILITY
from extractors.fr.votes import BARE_OUTCOME as BARE_OUTCOME_WORDING
from extractors.fr.votes import RESULT as RESULT_WORDING
from extractors.fr.votes import UNANIMITY as UNANIMITY_WORD
from extractors.fr.votes import VOTE_LABEL, VOTE_MODE, VOTE_TABLE_COLUMN
from extractors.people import names_in
from extractors.stages import Section, VoteCount, VoteEvent
from schemas.record import Attendee, Vote, VoteGroup, VoteMember

_COUNT = rf"(?P<count>\d{{1,3}}|{SMALL_COUNT_WORDS})"
_LABELS = "|".join(f"(?P<{name}>{fold(p)})" for p, name in VOTE_LABEL.table())
_LISTED = r"\s*\((?P<listed>[^()]{1,400})\)"
_PAREN = rf"(?:{_LISTED})?"
# Names listed after a label run to the closing bracket, the sentence's end or the next vote line;
# a name may be cut by a line break ("M. LE⏎GALL Yves").
_NAMES = (
    rf"(?P<trailing>{ANY_CIVILITY}[^()]{{3,300}}?)"
    r"(?=\)|(?<!\bm)(?<!mme)(?<!\bmm)\.(?:\s|$)|\n[ \t]*(?:pour|contre|abst|ne\s|vote|adopt|rejet|le\s|la\s|d[ée]cide)|\n[ \t]*\n|$)"
)
# "Pour : 12 voix (…)" or "Contre : M. A, Mme B" — the label first, then a count or names.
LABEL_COUNT = re.compile(rf"\b(?:{_LABELS})\s*:\s*(?:{_COUNT}\s*(?:voix|votes?|membres?)?{_PAREN}|{_NAMES})", re.I)
# "11 voix pour, 2 contre (M. A), 0 abstention", "(2 abstentions : M. A, Mme B)" — the count first.
# The line may break between the figure and its word ("2 contre et 1 ⏎ abstention"), but not
# before a label that opens a line of its own ("… du 12 ⏎ Pour : 10").
_LABEL_WORDS = "|".join(fold(p) for p, _ in VOTE_LABEL.table())
_BREAK_BEFORE_WORD = rf"[ \t\u00a0]*(?:\n[ \t\u00a0]*(?=(?:voix|votes?|{_LABEL_WORDS})\b(?!\s*:)))?"
COUNT_LABEL = re.compile(
    rf"(?<![\w/.,:-]){_COUNT}{_BREAK_BEFORE_WORD}(?:voix|votes?|bulletins?)?[ \t\u00a0]*(?:{_LABELS})\b(?:{_LISTED}|\s*:\s*{_NAMES})?",
    re.I,
)
# "Abstentions 4 : M. A, Mme B" — a dissent label, its count, then the names (no colon after the label).
DISSENT_COUNT_NAMES = re.compile(
    rf"\b(?:(?P<against>contre)|(?P<abstention>abstentions?))\s+{_COUNT}\s*(?::\s*{_NAMES}|{_LISTED})", re.I
)
# "Pour : Groupe A (20), Groupe B (9) ; Contre : Groupe C (4)": groups and their figures after a
# label; the position's count is their sum. "Abstention : néant" is none.
LABEL_GROUPS = re.compile(
    rf"\b(?:{_LABELS})\s*:\s*(?P<glist>(?:groupes?|non[- ]inscrits?|liste)\b[^;]{{1,400}}?\(\s*\d{{1,3}}\s*\))(?=\s*[;.\n]|\s*$)",
    re.I,
)
GROUP_FIGURE = re.compile(r"((?:groupes?|non[- ]inscrits?|liste)\b[^,;()]*?)\s*\(\s*(\d{1,3})\s*\)", re.I)
LABEL_NONE = re.compile(rf"\b(?:{_LABELS})\s*:\s*(?:n[ée]ant|aucune?)\b", re.I)
# "par 20 voix contre 3": the majority's figure, then the minority's; which side won is said by the
# verb ("adopte … par 20 voix contre 3", "rejette la proposition par 11 voix contre 4").
SCORE = re.compile(r"\bpar\s+(?P<won>\d{1,3})\s+voix\s+contre\s+(?P<lost>\d{1,3})\b", re.I)
REJECTING = re.compile(r"\brejet|\bn['’]\s*(?:adopte|approuve)\s+pas\b", re.I)
# A unanimity and its figure: "Adopté à l'unanimité des présents et représentés (21 voix)".
UNANIMOUS_COUNT = re.compile(rf"{UNANIMITY_WORD}[^()\n]{{0,80}}\(\s*(\d{{1,3}})\s+(?:voix|votes?)\s*\)", re.I)
# "Pour 55, Contre 4": labels and figures without colons, the two side by side.
TALLY_ROW = re.compile(r"\bpour\s+(?P<for>\d{1,3})\s*[,;/–-]\s*contre\s+(?P<against>\d{1,3})\b", re.I)
# A figure that is another label's value is not a vote count: "Votants : 18 Pour : 18".
OTHER_COUNT_BEFORE = re.compile(
    r"(?:votants?|pr[ée]sents?|exercice|exprim[ée]s|membres?|repr[ée]sent[ée]s)\s*:\s*$", re.I
)
UNANIMITY = VOTE_MODE.compile("", "", "unanimous")
MAJORITY = VOTE_MODE.compile("", "", "majority")
NOT_VOTING_NAMED = re.compile(
    rf"((?:{ONE_CIVILITY}\s*[^,;\n()]{{2,40}}?(?:,\s*|\s+et\s+)?){{1,6}}?)"
    r"(?:,\s*(?:int[ée]ress[ée]e?s?|concern[ée]e?s?)\s*,)?\s+ne\s+(?:prend|prennent|prenant)\s+pas\s+part\s+au\s+vote",
    re.I,
)
# What NOT_VOTING_NAMED ends with, searched first: the names before it are tried from every civility
# of the act, at 15 times the cost, and most acts print no such phrase.
NOT_VOTING = re.compile(r"\sne\s+(?:prend|prennent|prenant)\s+pas\s+part\s+au\s+vote", re.I)
# The chair, named by office: "Le Maire ne prend pas part au vote", "Madame la Présidente ne
# participe pas au vote".
CHAIR_NOT_VOTING = re.compile(
    rf"\b(?:(?:monsieur|madame)\s+)?l[ea]\s+{CHAIR_OFFICE.alternation()}\s+ne\s+(?:prend|participe)\s+pas\s+(?:part\s+)?au\s+vote"
)
RESULT = re.compile("|".join(f"(?P<{value}_{i}>{p})" for i, (p, value) in enumerate(RESULT_WORDING.table())), re.I)
# A result word only counts as the vote's when it stands on its own line or next to a vote phrase.
# (Spaces, then a bracket and its spaces: "[ \t]*[(]?[ \t]*" reads the same lines, but retries
# every split of a line's indent, and layouts indent lines by a hundred spaces: 19 times slower.)
RESULT_LINE = re.compile(
    r"^[ \t]*(?:[(\[][ \t]*)?(?:la\s+d[ée]lib[ée]ration\s+est\s+|le\s+rapport\s+est\s+)?("
    + RESULT.pattern
    + r")[ \t]*(?:[)\].][ \t]*)?$",
    re.I | re.M,
)
ELECTION = re.compile(r"bulletins?\s+blancs?|blancs?\s+(?:et|ou)\s+nuls?|suffrages\s+exprim[ée]s\s*:", re.I)
ELECTION_FIELD = re.compile(
    r"(votants|blancs?|nuls?|suffrages\s+exprim[ée]s|exprim[ée]s)[^:\n\d]{0,40}[:=]?\s*(\d{1,4})", re.I
)
# "M. Jean DUPONT : 12 voix", one a line or in a row ("Ont obtenu : M. A : 15 voix ; Mme B : 7 voix").
CANDIDATE = re.compile(
    rf"(?:^|;|obtenu\s*:)[ \t\-–—•*]*({ONE_CIVILITY}?\s*[^\W\d_][^:;\n]{{2,60}}?)[ \t]*[:.\-–]+[ \t]*(\d{{1,4}})[ \t]*(?:voix|suffrages)",
    re.I | re.M,
)
WITHDRAWN = re.compile(r"retir[ée]e?\s+de\s+l'ordre\s+du\s+jour|\bajourn[ée]e?\b", re.I)
CLUSTER_GAP = 300
VOTE_LABELS_BY_GROUP = [(name, pattern) for pattern, name in VOTE_LABEL.table()]


def parse_votes(section: Section, roster: list[str] | None = None, chair: str | None = None) -> list[Vote]:
    """The votes of one act, in order (usually one; a PV item may hold several). `chair` is who
    "le Maire" / "le Président" is, for "Le Maire ne prend pas part au vote"."""
    text = mask_visas(section.text)
    table = _table_vote(text, section)
    if table is not None:
        return [table]
    folded = fold(text)
    hits = _count_hits(text, folded, roster)
    if chair:
        for match in CHAIR_NOT_VOTING.finditer(folded):
            # "Madame le Maire ne prend pas part…" also reads as a civility and a name ("le MAIRE")
            hits = [
                h for h in hits if not (h.position == "not_voting" and h.start <= match.end() and match.start() < h.end)
            ]
            hits.append(VoteCount(match.start(), match.end(), "not_voting", 1, [chair]))
    marks = [(m.start(), m.end(), "unanimous") for m in UNANIMITY.finditer(folded)]
    marks += [(m.start(), m.end(), "majority") for m in MAJORITY.finditer(folded)]
    marks += [(m.start(1), m.end(1), "result") for m in RESULT_LINE.finditer(folded)]
    marks += [(m.start(), m.end(), "result") for m in WITHDRAWN.finditer(folded)]
    election = ELECTION.search(folded)
    events = sorted(
        [VoteEvent(h.start, h.end, "count", h) for h in hits] + [VoteEvent(s, e, k) for s, e, k in marks],
        key=lambda event: (event.start, event.end, event.kind),
    )
    if not events and election:
        events = [VoteEvent(election.start(), election.end(), "election")]
    if not events:
        return _bare_outcome(folded, section)
    votes = []
    for cluster in _clusters(events):
        vote = _vote_from(cluster, text, folded, roster, section)
        if vote is not None:
            votes.append(vote)
    if election and votes:
        votes[0] = _apply_election(votes[0], text[election.start() - 400 if election.start() > 400 else 0 :])
    return _with_tallies(votes)


BARE_OUTCOME = BARE_OUTCOME_WORDING.compile(BARE_OUTCOME_WORDING.before, BARE_OUTCOME_WORDING.after)


def _bare_outcome(folded: str, section: Section) -> list[Vote]:
    """ "Le Conseil adopte l'ensemble de ces dispositions": the result, without counts."""
    match = BARE_OUTCOME.search(folded)
    if match is None:
        return []
    row = BARE_OUTCOME_WORDING.reading(match.group(0))
    return [Vote(result=row.meaning if row else "adopted", source=section.source(match.start(), match.end()))]


def _with_tallies(votes: list[Vote]) -> list[Vote]:
    """ "… à la majorité des votants : – approuve … – autorise …" then "Pour : 27 — Contre : 2": the
    tally printed after the decision is that majority's, not a second vote."""
    out: list[Vote] = []
    for vote in votes:
        bare = (
            out and all(getattr(out[-1], k) is None for k in ("for_", "against", "abstention")) and not out[-1].members
        )
        if bare and out[-1].result in (None, "adopted") and vote.for_ is not None:
            out[-1] = vote
        else:
            out.append(vote)
    return out


# A ruled table of votes by group: a header naming the columns, then "Group name 26 0 0 0" rows.
TABLE_COLUMNS = VOTE_TABLE_COLUMN.table()
TABLE_ROW = re.compile(r"^[ \t]*(?P<group>[^\W\d][^\n]*?)[ \t]+(?P<counts>\d{1,3}(?:[ \t]+\d{1,3}){1,4})[ \t]*$", re.M)


def _table_vote(text: str, section: Section) -> Vote | None:
    """Votes by group printed as a table: per-group positions, and the total row's counts."""
    folded = fold(text)
    for header in re.finditer(r"^[^\n]*\bpour\b[^\n]*\bcontre\b[^\n]*(?:\n[^\n]*){0,1}$", folded, re.M):
        line = header.group(0)
        columns = sorted((m.start(), name) for pattern, name in TABLE_COLUMNS if (m := re.search(pattern, line)))
        positions = [name for _, name in columns]
        if len(positions) < 2:
            continue
        under = _figures_under_labels(header.group(0), positions)
        if under is not None:
            return Vote(
                **{"for": under.get("for")},
                against=under.get("against"),
                abstention=under.get("abstention"),
                not_voting=under.get("not_voting"),
                unanimous=not any(under.get(p) for p in ("against", "abstention", "not_voting")),
                result=_result(folded[header.end() : header.end() + 200], under, None),
                source=section.source(header.start(), header.end()),
            )
        groups: list[VoteGroup] = []
        totals: dict[str, int] | None = None
        end = header.end()
        for row in TABLE_ROW.finditer(text, header.end()):
            if text[end : row.start()].strip():
                break
            counts = [int(c) for c in row.group("counts").split()]
            if len(counts) != len(positions):
                break
            end = row.end()
            name = " ".join(row.group("group").split())
            if re.match(r"total", name, re.I):
                totals = dict(zip(positions, counts))
                break
            groups += [VoteGroup(group=name, position=pos, count=n) for pos, n in zip(positions, counts) if n]
        if not groups:
            continue
        if totals is None:
            totals = {pos: sum(g.count or 0 for g in groups if g.position == pos) for pos in positions}
        return Vote(
            **{"for": totals.get("for")},
            against=totals.get("against"),
            abstention=totals.get("abstention"),
            not_voting=totals.get("not_voting"),
            unanimous=False,
            result=_result(folded[end : end + 200], totals, False),
            groups=groups,
            source=section.source(header.start(), end),
        )
    return None


# A small table of vote labels with the figures under them: "POUR | CONTRE | ABSTENTION" over
# "15 | 0 | 2", a dash for none. The label line holds nothing but the labels.
LABELS_ONLY = re.compile(
    r"^(?:[ \t|]*(?:voix\s+)?(?:pour|contre|abstentions?|ne\s+prend\s+pas\s+part|npp?v)\b)+[ \t|:]*$"
)
FIGURES_ROW = re.compile(r"^[ \t|]*((?:(?:\d{1,3}|[-–—])[ \t|]+)*(?:\d{1,3}|[-–—]))[ \t|]*$")


def _figures_under_labels(lines: str, positions: list[str]) -> dict[str, int] | None:
    """The counts of a label line followed by a line of as many figures, or None."""
    parts = lines.split("\n")
    if len(parts) != 2 or not LABELS_ONLY.match(parts[0]):
        return None
    figures = FIGURES_ROW.match(parts[1])
    cells = re.split(r"[ \t|]+", figures.group(1)) if figures else []
    if len(cells) != len(positions):
        return None
    counts = {position: int(cell) if cell.isdigit() else 0 for position, cell in zip(positions, cells)}
    # A printed tally states every position that received votes: the others received none.
    return {"against": 0, "abstention": 0, "not_voting": 0, **counts}


def _count_hits(text: str, folded: str, roster: list[str] | None) -> list[VoteCount]:
    hits: list[VoteCount] = []
    taken: list[tuple[int, int]] = []
    for match in LABEL_GROUPS.finditer(folded):
        listed = text[match.start("glist") : match.end("glist")]
        figures = [(" ".join(name.split()), int(count)) for name, count in GROUP_FIGURE.findall(listed)]
        position = _labelled_position(match)
        hits.append(
            VoteCount(
                match.start(),
                match.end(),
                position,
                sum(c for _, c in figures),
                groups=[name for name, _ in figures],
                group_counts=dict(figures),
            )
        )
        taken.append((match.start(), match.end()))
    for match in LABEL_NONE.finditer(folded):
        position = _labelled_position(match)
        hits.append(VoteCount(match.start(), match.end(), position, 0))
        taken.append((match.start(), match.end()))
    for score in SCORE.finditer(folded):
        sentence = folded[folded.rfind(".", 0, score.start()) + 1 : score.end() + 80].split(".")[0]
        won, lost = ("against", "for") if REJECTING.search(sentence) else ("for", "against")
        for group, position in (("won", won), ("lost", lost)):
            hits.append(VoteCount(score.start(group), score.end(group), position, int(score.group(group))))
        taken.append((score.start(), score.end()))
    for match in UNANIMOUS_COUNT.finditer(folded):  # "à l'unanimité des présents et représentés (21 voix)"
        hits.append(VoteCount(match.start(1), match.end(1), "for", int(match.group(1))))
        taken.append((match.start(1), match.end(1)))
    for row in TALLY_ROW.finditer(folded):
        for position in ("for", "against"):
            hits.append(VoteCount(row.start(position), row.end(position), position, int(row.group(position))))
            taken.append((row.start(position), row.end(position)))
    for regex in (LABEL_COUNT, COUNT_LABEL, DISSENT_COUNT_NAMES):
        for match in regex.finditer(folded):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            if regex is COUNT_LABEL and OTHER_COUNT_BEFORE.search(folded[max(0, match.start() - 30) : match.start()]):
                continue
            position = _labelled_position(match)
            if regex is COUNT_LABEL and position == "for" and not _tally_context(folded, match):
                continue  # "… et 154 pour le comptable": "pour" is a preposition here
            count = parse_count(match.group("count")) if match.group("count") else None
            hit = VoteCount(match.start(), match.end(), position, count)
            group = "listed" if match.group("listed") is not None else ("trailing" if match.group("trailing") else None)
            if group:
                listed = text[match.start(group) : match.end(group)]
                if re.search(r"\bgroupe|non[- ]inscrit|\bliste\b", listed, re.I):
                    hit.groups = [
                        " ".join(g.split()).strip(" .")
                        for g in re.split(r"\s*[;,]\s*(?=groupe|non|liste)", listed, flags=re.I)
                        if g.strip(" .")
                    ]
                elif re.search(rf"\b{ANY_CIVILITY}", listed, re.I):
                    hit.names = names_in(listed, roster)
                elif roster and (named := names_in(listed, roster)) and all(name in roster for name in named):
                    # Names printed without civility ("(N.VERNET)", "(DUPONT Jean, ROUX Paul)") are
                    # the members named when every one of them is on the act's attendance lists.
                    hit.names = named
            if count is None and hit.names:
                hit.count = len(hit.names)
            if hit.count is None and not hit.names and not hit.groups:
                continue
            taken.append((match.start(), match.end()))
            hits.append(hit)
    for match in NOT_VOTING_NAMED.finditer(text) if NOT_VOTING.search(text) else ():
        if not any(s <= match.start() < e for s, e in taken):
            names = names_in(match.group(1), roster)
            hits.append(VoteCount(match.start(), match.end(), "not_voting", len(names), names))
    return hits


def _labelled_position(match: re.Match[str]) -> str:
    """The vote position named by the label a match caught ("pour" → for, "contre" → against…)."""
    return next(k for k, _ in VOTE_LABELS_BY_GROUP if k in match.groupdict() and match.group(k))


def _tally_context(folded: str, match: re.Match[str]) -> bool:
    """A count before "pour" is a vote only with "voix"/"votes", after "par" or "Vote :", or beside
    other counts ("14 pour / 0 contre")."""
    if re.search(r"voix|votes?|bulletins?", match.group(0)):
        return True
    if re.search(r"(?:\bpar|\bvote\s*:)\s*$", folded[max(0, match.start() - 10) : match.start()]):
        return True
    return bool(
        re.match(
            r"[\s,;.–\-/|]*(?:et\s+)?\d{1,3}\s*(?:voix\s+)?(?:contre|abstention)",
            folded[match.end() : match.end() + 40],
        )
    )


def _clusters(events: list[VoteEvent]) -> list[list[VoteEvent]]:
    """Group vote phrases that follow each other closely; a new "pour" count starts a new vote."""
    clusters: list[list[VoteEvent]] = []
    for event in events:
        current = clusters[-1] if clusters else None
        repeats = (
            current is not None
            and event.count is not None
            and event.count.position in {e.count.position for e in current if e.count is not None}
        )
        if current is None or event.start - current[-1].end > CLUSTER_GAP or repeats:
            clusters.append([event])
        else:
            current.append(event)
    return clusters


def _vote_from(
    cluster: list[VoteEvent], text: str, folded: str, roster: list[str] | None, section: Section
) -> Vote | None:
    kinds = {e.kind for e in cluster}
    counts: dict[str, int] = {}
    members: list[VoteMember] = []
    groups: list[VoteGroup] = []
    for event in cluster:
        hit = event.count
        if hit is None:
            continue
        if hit.count is not None:
            counts[hit.position] = hit.count
        members += [VoteMember(name=n, position=hit.position) for n in hit.names]
        groups += [VoteGroup(group=g, position=hit.position, count=hit.group_counts.get(g)) for g in hit.groups]
    start, end = cluster[0].start, cluster[-1].end
    window = folded[start : min(len(folded), end + 120)]
    if WITHDRAWN.search(window):
        return Vote(result="withdrawn", source=section.source(start, end))
    if kinds == {"result"} and not _near_decision(folded, cluster[0].start):
        return None
    if counts:
        # A printed tally ("12 votes pour", "Pour : 15 – Abstentions : 3 (…)") states every position
        # that received votes: the positions it does not mention received none.
        for position in ("against", "abstention", "not_voting"):
            counts.setdefault(position, 0)
    everyone_for = bool(counts.get("for")) and not any(counts[p] for p in ("against", "abstention", "not_voting"))
    unanimous = True if "unanimous" in kinds or everyone_for else (False if counts or "majority" in kinds else None)
    result = _result(window, counts, unanimous)
    if unanimous:
        # Unanimity: nobody against, and nobody abstaining or not voting unless named or
        # unless only the votes cast ("suffrages exprimés") were unanimous.
        counts.setdefault("against", 0)
        counts.setdefault("not_voting", 0)
        if not re.search(rf"{UNANIMITY_WORD}\s+des\s+(?:suffrages\s+)?exprim", window):
            counts.setdefault("abstention", 0)
    return Vote(
        **{"for": counts.get("for")},
        against=counts.get("against"),
        abstention=counts.get("abstention"),
        not_voting=counts.get("not_voting"),
        absent=counts.get("absent"),
        unanimous=unanimous,
        result=result,
        members=members,
        groups=groups,
        source=section.source(start, end),
    )


def complete_vote(
    vote: Vote, voters_count: int | None, attendance: list[Attendee], absent_total: int | None = None
) -> Vote:
    """Counts a reader derives from the act without guessing (docs/record.md, "Derived counts"):
    a unanimous vote with no abstention or non-voter gave "for" to every printed votant, and the
    members neither present nor represented (listed, or printed as a total) are the vote's absents."""
    update: dict = {}
    if (
        vote.unanimous
        and vote.for_ is None
        and voters_count is not None
        and vote.abstention == 0
        and vote.not_voting == 0
    ):
        update["for_"] = voters_count
    if vote.absent is None and vote.result != "withdrawn" and attendance:
        represented = substituted(attendance)
        update["absent"] = sum(
            1
            for a in attendance
            if a.status != "present" and a.proxy_to is None and a.note is None and a.name not in represented
        )
    elif vote.absent is None and vote.result != "withdrawn" and absent_total is not None:
        update["absent"] = absent_total  # no list of names, but the minutes print the total
    return vote.model_copy(update=update) if update else vote


def _near_decision(folded: str, position: int) -> bool:
    return bool(re.search(r"d[ée]cide|arr[êe]te|vote|d[ée]lib[ée]r", folded[max(0, position - 600) : position]))


def _result(window: str, counts: dict[str, int], unanimous: bool | None) -> str | None:
    match = RESULT.search(window)
    if match:
        return next(k.split("_")[0] for k, v in match.groupdict().items() if v)
    if unanimous or MAJORITY.search(window):
        return "adopted"
    if "for" in counts:
        return "adopted" if counts["for"] > counts.get("against", 0) else "rejected"
    return None


def _apply_election(vote: Vote, text: str) -> Vote:
    """Secret ballot: for = the elected candidate's votes, against = the others', abstention = blank + null."""
    fields: dict[str, int] = {}
    for match in ELECTION_FIELD.finditer(text):
        key = fold(match.group(1)).split()[0].rstrip("s")
        fields.setdefault(key, int(match.group(2)))
    scores = [
        int(m.group(2))
        for m in CANDIDATE.finditer(text)
        if not re.match(r"\s*(votants|blancs?|nuls?|suffrages|exprim|majorit|pour|contre|abstention)", fold(m.group(1)))
    ]
    update: dict = {}
    if scores:
        update["for_"] = max(scores)
        update["against"] = sum(scores) - max(scores)
        update["unanimous"] = update["against"] == 0 and not fields.get("blanc") and not fields.get("nul")
    if "blanc" in fields or "nul" in fields:
        update["abstention"] = fields.get("blanc", 0) + fields.get("nul", 0)
    if update and vote.result is None:
        update["result"] = "adopted"
    return vote.model_copy(update=update)

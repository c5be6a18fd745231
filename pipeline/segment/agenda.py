"""Minutes with numbered agenda items ("1. Finances", "Point n° 5", "D2024-44 : …"): the run of
headings whose items hold the votes, each item split where it holds several votes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractors.common import fold
from extractors.fr.acts import MATTER_LINE
from extractors.fr.votes import TALLY_LABEL
from extractors.header.titles import DATED_CODE_NUMBER, DATED_ITEM_NUMBER
from extractors.stages import PAGE_BREAK, Segment
from extractors.wrapping import wrapped_title
from pipeline.segment.lines import DECISION, PROCEDURAL, SENTENCE, VOTE_LINE, VOTE_PHRASE, line_key

ROMAN = {
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "v": 5,
    "vi": 6,
    "vii": 7,
    "viii": 8,
    "ix": 9,
    "x": 10,
    "xi": 11,
    "xii": 12,
    "xiii": 13,
    "xiv": 14,
    "xv": 15,
    "xvi": 16,
    "xvii": 17,
    "xviii": 18,
    "xix": 19,
    "xx": 20,
}


# Agenda items of minutes: "1. Titre", "2/ Titre", "3 - Titre", "IV. Titre", "Point n° 5 : Titre",
# or an item opened by its deliberation number ("D2024-44 : Titre", "Délibération n° 2024-12 : Titre").
ITEM_HEADING = re.compile(
    r"^[ \t]*(?:(?:point|question|affaire|dossier)\s+(?:n[°o]\s*)?(?P<point>\d{1,2})|(?P<num>\d{1,2})|(?P<roman>[IVX]{1,5}))"
    # (After a bare number, only a capitalised title: "1 Subventions associatives", not "2 abstentions".)
    r"[ \t]*(?:[.)/°:–\-]|[ \t]-|(?=[ \t]+(?-i:[A-ZÀ-Ý])))[ \t]*(?P<title>[^\W\d_][^\n]{2,200})$",
    re.I | re.M,
)


NUMBERED_ITEM = re.compile(
    # (the whole number, possessively: "délibération n° 2019-042 ;" wrapped in a visa is not "2019" and
    # a title "042 ;")
    r"^[ \t]*(?P<title_number>d[ée]lib[ée]ration\s+n[°o]\s*[A-Z]{0,4}[ \-]?\d[\w\-/]*+"
    rf"|{DATED_CODE_NUMBER}"
    # (not a span of years, "2024-2034" ending a wrapped title, nor a date, "02/09/2024" wrapped in a margin box)
    r"|(?:[A-Z]{1,4}[ \-]?)?(?!(?:19|20)\d\d[\-/](?:19|20)\d\d\b|\d{1,2}([\-/.])\d{1,2}\2(?:19|20)\d\d\b)\d{2,4}[\-_/]\d{1,4}(?:[\-_/]\d{1,4})?(?![\-_/]\d))"
    # (its title after a colon or a dash, or the act's @ctes matter after a space)
    rf"(?![\w)])[ \t]*(?:(?:[:–—\-.]{{1,2}}|(?={MATTER_LINE.alternation()}))[ \t]*(?P<title>[^\n]{{3,200}}))?[ \t]*$",
    re.I | re.M,
)


# "2021 04 01 CONVENTION D'OCCUPATION …": the spaced dated number, its title after a space.
SPACED_NUMBERED_ITEM = re.compile(
    rf"^[ \t]*(?P<title_number>{DATED_ITEM_NUMBER})[ \t]+(?P<title>[^\n]{{3,200}}?)[ \t]*$", re.M
)


@dataclass
class _Heading:
    start: int
    ordinal: int
    title: str | None
    number: str | None = None  # the ordinal as printed ("3", "IV"); None for an act-number heading
    titled: bool = True  # whether an act-number heading prints a title on its line


def minutes_items(text: str) -> tuple[int, list[Segment], int] | None:
    """Agenda items of minutes: the numbered headings whose sections hold the votes (where the
    header ends, the items, how many headings hold a decision)."""
    folded = fold(text)  # once: every run and item below is searched in it
    _decided.cache_clear()  # (only this document's spans: the cache never holds a text for long)
    runs = _ordinal_runs(text, folded)
    numbered = [
        _Heading(m.start(), 0, _title_after(text, m), titled=_titled(m))
        for m in sorted([*NUMBERED_ITEM.finditer(text), *SPACED_NUMBERED_ITEM.finditer(text)], key=lambda m: m.start())
    ]
    candidates = [run for run in runs if len(run) >= 2] + ([numbered] if numbered else [])
    if not candidates:
        return None
    # Most voted items wins; then the longest; then the earliest.
    best = max(candidates, key=lambda run: (_voted_items(text, folded, run), len(run), -run[0].start))
    if _voted_items(text, folded, best) == 0:
        return None
    # Minutes may number their agenda ("1. Finances") and print act numbers too ("2025-041 : …"),
    # some items under one, some under the other: both together, when they hold more decisions.
    ordinal = [run for run in candidates if run is not numbered]
    if numbered and ordinal:
        merged = _merged(
            text, folded, max(ordinal, key=lambda run: (_voted_items(text, folded, run), len(run))), numbered
        )
        if _voted_items(text, folded, merged) > _voted_items(text, folded, best):
            best = merged
    ends = [
        _before_running_header(
            text, heading.start, best[index + 1].start if index + 1 < len(best) else _recap_start(runs, best, len(text))
        )
        for index, heading in enumerate(best)
    ]
    items = [_split_sub_items(text, folded, heading, end) for heading, end in zip(best, ends)]
    # Headings printed one after the other with nothing but their titles are decided together by the
    # vote that closes the last of them ("043 : …, 044 : …, 045 : …" then one body and one vote):
    # each is an act, and each act holds that shared decision.
    for index in range(len(best) - 2, -1, -1):
        after = items[index + 1][-1]
        if after.kind == "pv_item" and _title_only(text, folded, best[index], ends[index]):
            items[index] = [
                Segment(
                    kind="pv_item",
                    start=best[index].start,
                    end=after.end,
                    heading=best[index].title,
                    number=best[index].number,
                )
            ]
    segments = _items_before_agenda(text, folded, best[0].start) + [seg for group in items for seg in group]
    return best[0].start, segments, _voted_items(text, folded, best)


def _recap_start(runs: list[list[_Heading]], items: list[_Heading], end: int) -> int:
    """Where the items are listed again after the last one (the register's page of signatures
    restates them, "1. Title", "2. Title"…): the last item ends there, not at the end of the text."""
    keys = {_heading_key(heading.ordinal, heading.title) for heading in items}
    later = [
        heading.start
        for run in runs
        for heading in run
        if heading.start > items[-1].start and _heading_key(heading.ordinal, heading.title) in keys
    ]
    return min(later, default=end)


# What may follow an item's heading before the next heading for the two to be decided together.
TITLE_ONLY_SLACK = 40


def _title_only(text: str, folded: str, heading: _Heading, end: int) -> bool:
    """True when the item is its heading and title alone (the next heading follows at once)."""
    if _decided(folded, heading.start, end):
        return False
    body = re.sub(r"\s+", "", text[heading.start : end])
    title = re.sub(r"\s+", "", heading.title or "")
    return len(body) - len(title) <= TITLE_ONLY_SLACK


# Decisions taken before the numbered agenda, under a heading of their own: "Approbation du
# procès-verbal de la séance du …", "Élection du président de séance", "Adoption du règlement
# intérieur". (The secretary, the quorum and the agenda itself are procedural: not acts.)
PRE_AGENDA_HEADING = re.compile(
    r"^[ \t]*[-–−•]?[ \t]*(?P<title>(?:approbation|adoption|[ée]lection|d[ée]signation|nomination|installation)\s+"
    r"(?:du|de\s+la|des|de\s+l['’]|d['’]un|d['’]une)\b[^\n]{3,150})$",
    re.I | re.M,
)


# How far below its heading a pre-agenda item's vote may be.
PRE_AGENDA_REACH = 3000


def _items_before_agenda(text: str, folded: str, agenda_start: int) -> list[Segment]:
    """The voted items between the session header and the first numbered item. A heading listed
    again further on is an entry of the ordre du jour, not the item itself."""
    headings = [
        m
        for m in PRE_AGENDA_HEADING.finditer(text, 0, agenda_start)
        if not PROCEDURAL.search(m.group("title")) and not _listed_again(folded, m, agenda_start)
    ]
    items: list[Segment] = []
    for index, heading in enumerate(headings):
        end = headings[index + 1].start() if index + 1 < len(headings) else agenda_start
        end = min(end, heading.end() + PRE_AGENDA_REACH)
        vote = VOTE_PHRASE.search(folded, heading.end(), end)
        if vote:
            line_end = folded.find("\n", vote.end())
            items.append(
                Segment(
                    kind="pv_item",
                    start=heading.start(),
                    end=line_end if 0 <= line_end < end else end,
                    heading=" ".join(heading.group("title").split()).strip(" :"),
                )
            )
    return items


def _listed_again(folded: str, heading: re.Match[str], limit: int) -> bool:
    key = fold(heading.group("title"))[:40]
    return folded.find(key, heading.end(), limit) != -1


MAX_RUNS = 64
# A numbered row of a table of figures ends with its amount ("1. AFN de Putanges 173,00", "7 Mairie
# BP 2024 … 5 376,00 € 6 451,20 €") or with three columns of figures ("2 Entreprise Martin 86 704
# 20 80 100 1", a ranking of bids): not an item heading, whose title is words.
TABLE_ROW_END = re.compile(
    r"\d(?:[.,]\d{1,2}|\s*€|\s*euros?)[ \t\u00a0]*$|(?:[ \t\u00a0]+\d+(?:[.,]\d+)?){3}[ \t\u00a0]*$", re.I
)
# A title ending with a lone count ("VALMONT 5"), not a year nor a number ("n° 2", "DM 2"). When
# every row of a numbered list ends so, the list is a small table, name | count: the seats of each
# commune déléguée, the votes of each list in an election, not the minutes' items.
COUNT_COLUMN_END = re.compile(r"(?<![°º])(?<!\bn)(?<!\bno)[ \t\u00a0]+(?!(?:19|20)\d\d\b)\d{1,4}[ \t\u00a0]*$", re.I)
MIN_TABLE_ROWS = 3


def _ordinal_runs(text: str, folded: str) -> list[list[_Heading]]:
    """Sequences 1, 2, 3… of item headings. The ordre du jour and the body each make one; a list
    inside an item ("1. …, 2. …") makes one too; so does a list of the items closing the minutes
    (the register's page of signatures)."""
    runs: list[list[_Heading]] = []
    matches = [
        m
        for m in ITEM_HEADING.finditer(text)
        if _ordinal(m) is not None and len(m.group("title")) <= 160 and not TABLE_ROW_END.search(m.group("title"))
    ]
    table_rows = _count_table_rows(text, matches)
    matches = [m for m in matches if m.start() not in table_rows]
    for index, match in enumerate(matches):
        ordinal = _ordinal(match)
        printed = match.group("point") or match.group("num") or match.group("roman")
        heading = _Heading(match.start(), ordinal, _title_after(text, match), printed)
        below = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        if any(_same_heading(match, later) for later in matches[index + 1 :]) and _title_only(
            text, folded, heading, below
        ):
            continue  # an entry of the ordre du jour: the same heading opens the item further on
        # Each open sequence may go on here, or may skip this heading (a list inside an item that
        # reuses the numbers): both are kept, and the votes decide which sequence was the agenda.
        runs += [run + [heading] for run in runs if run[-1].ordinal == ordinal - 1]
        if ordinal <= 2:
            runs.append([heading])
        runs = sorted(runs, key=len, reverse=True)[:MAX_RUNS]
    return runs


def _count_table_rows(text: str, matches: list[re.Match[str]]) -> set[int]:
    """The starts of headings that are rows of a name | count table (see COUNT_COLUMN_END): at
    least MIN_TABLE_ROWS numbered lines one under the other, each ending with its count."""
    rows: set[int] = set()
    block: list[re.Match[str]] = []
    for match in [*matches, None]:
        ends_with_count = match is not None and COUNT_COLUMN_END.search(match.group("title")) is not None
        if ends_with_count and block and text.count("\n", block[-1].end(), match.start()) <= 1:
            block.append(match)
            continue
        if len(block) >= MIN_TABLE_ROWS:
            rows |= {row.start() for row in block}
        block = [match] if ends_with_count else []
    return rows


def _same_heading(first: re.Match[str], later: re.Match[str]) -> bool:
    return _heading_key(_ordinal(first), first.group("title")) == _heading_key(_ordinal(later), later.group("title"))


def _heading_key(ordinal: int | None, title: str | None) -> tuple[int | None, str]:
    """What makes two headings the same item: its number and the start of its title."""
    return ordinal, line_key(title or "")[:40]


def _voted_items(text: str, folded: str, run: list[_Heading]) -> int:
    """How many items of a run hold a decision, theirs or the one they share with the headings that
    follow them at once: the body's run wins over the ordre du jour's."""
    ends = [run[index + 1].start if index + 1 < len(run) else len(folded) for index in range(len(run))]
    decided = [_decided(folded, heading.start, end) for heading, end in zip(run, ends)]
    for index in range(len(run) - 2, -1, -1):
        decided[index] = decided[index] or (decided[index + 1] and _title_only(text, folded, run[index], ends[index]))
    return sum(decided)


# The runs share their headings and are weighed again and again (each candidate, the best, the
# merged one), so the same spans are searched many times: the search was a twentieth of the parse
# of a short archive. `minutes_items` empties the cache for each document.
@cache
def _decided(folded: str, start: int, end: int) -> bool:
    """Whether folded[start:end] holds a decision."""
    return bool(DECISION.search(folded, start, end))


def _merged(text: str, folded: str, ordinal: list[_Heading], numbered: list[_Heading]) -> list[_Heading]:
    """Agenda headings and act-number headings in one sequence. An agenda heading that only opens
    act-number headings ("POINT N° 2 : FINANCEMENTS" over "24-07/048 : …") is a section, not an
    item; an act number printed alone under an agenda heading ("POINT 2 – Tarifs de l'eau :" over
    "2025-12-09-DCM-01 Nomenclature ACTES : 8.8") is that item's number, not an item of its own."""
    both = sorted({heading.start: heading for heading in ordinal + numbered}.values(), key=lambda h: h.start)
    acts = {id(heading) for heading in numbered}

    def opens_next(index: int) -> bool:
        return (
            index + 1 < len(both)
            and id(both[index + 1]) in acts
            and _title_only(text, folded, both[index], both[index + 1].start)
        )

    merged = []
    for index, heading in enumerate(both):
        if id(heading) in acts:
            if heading.titled or index == 0 or id(both[index - 1]) in acts or not opens_next(index - 1):
                merged.append(heading)
        elif not opens_next(index) or not both[index + 1].titled:
            merged.append(heading)
    return merged


MATTER_LINE_START = MATTER_LINE.compile(r"^[ \t]*")


def _titled(match: re.Match[str]) -> bool:
    """Whether an act-number heading prints a title on its line (an @ctes matter is none)."""
    title = match.group("title")
    return bool(title) and not MATTER_LINE_START.match(title)


# A dashed line that is a vote, not a subtitle: "- Pour : 15".
SUB_ITEM_VOTE = re.compile(
    rf"(?:{TALLY_LABEL.alternation('for', 'against', 'abstention', 'not_voting', 'voters')}|vote)\b", re.I
)


# A sub-item under a shared heading: "- Approbation du compte administratif 2020".
# (A dashed vote line "- Pour : 15" is not a sub-item.)
SUB_ITEM = re.compile(
    rf"^[ \t]*[-–•][ \t]+(?!{TALLY_LABEL.alternation('for', 'against', 'abstention', 'not_voting', 'voters')}\b|vote\s*:)"
    r"(?P<title>[^\W\d_][^\n]{2,150})$",
    re.M | re.I,
)


# A euro amount in a dashed line makes it an entry of a list ("- Le jeton borne : 3,00 €").
EURO_AMOUNT = re.compile(r"\d[\d \u00a0\u202f.,]*\s*(?:€|euros?\b)", re.I)
MAX_SUB_HEADING_WORDS = 20


def _sub_heading(title: str) -> bool:
    """A dashed line that heads a part of an item ("- Vote des subventions"), not a clause of its
    decision ("• Charge Monsieur le Maire de …", "- Les salles seront gratuites …") nor an entry
    of a list with its amount."""
    title = title.strip()
    return (
        not SENTENCE.search(title)
        and not title.endswith((".", ";", ","))
        and len(title.split()) <= MAX_SUB_HEADING_WORDS
        and not EURO_AMOUNT.search(title)
    )


def _split_sub_items(text: str, folded: str, heading: _Heading, end: int) -> list[Segment]:
    """One segment per item; an item holding several votes under dash sub-headings gives one per
    sub-heading that is voted, titled by the sub-heading (`folded` is `fold(text)`)."""
    body = folded[heading.start : end]
    kind = "pv_item" if DECISION.search(body) else "other"
    whole = [Segment(kind=kind, start=heading.start, end=end, heading=heading.title, number=heading.number)]
    if len(VOTE_PHRASE.findall(body)) < 2:
        return whole
    subs = [sub for sub in SUB_ITEM.finditer(text, heading.start, end) if _sub_heading(sub.group("title"))]
    pieces = []
    for index, sub in enumerate(subs):
        piece_end = subs[index + 1].start() if index + 1 < len(subs) else end
        if VOTE_PHRASE.search(folded[sub.start() : piece_end]):
            pieces.append(
                Segment(
                    kind="pv_item",
                    start=sub.start(),
                    end=piece_end,
                    heading=" ".join(sub.group("title").split()).strip(" :"),
                )
            )
    if len(pieces) < 2:
        # One voted sub-heading right under the heading ("1. Finances ⏎ - Vote des subventions") names
        # the item's votes; dashes further down are a list inside the item.
        under = pieces and not text[heading.start : pieces[0].start].strip().count("\n")
        return _split_at_votes(text, heading.start, end, pieces[0].heading if under else heading.title) or whole
    pieces[0].start = heading.start  # the shared heading and its introduction go with the first
    return [
        split for piece in pieces for split in _split_at_votes(text, piece.start, piece.end, piece.heading) or [piece]
    ]


# A vote line inside an item, with or without a label of its own: "Vote : pour à l'unanimité",
# "DM1 pour budget communal approuvé : Vote : 14 pour / 0 contre / 0 abstention".
VOTE_LABEL_LINE = re.compile(r"^(?P<label>[^\n]{0,120}?)\bvote\s*:[^\n]*$", re.I | re.M)


TALLY_GOES_ON = TALLY_LABEL.compile(r"[ \t]*[-–−•]?[ \t]*", r"\b", "against", "abstention", "not_voting")


# The tally printed under a bare "Vote :" ("- pour : 15", "- abstention : 4 (…)").
TALLY_LINE = TALLY_LABEL.compile(r"\n[ \t]*[-–−•]?[ \t]*", r"\b[^\n]*")


LABEL_VERDICT = re.compile(r"[\s:]*(?:\b(?:approuv|adopt|rejet)[ée]e?s?\b)?[\s:]*$", re.I)


TRAILING_AMOUNT = re.compile(r"[\s:–-]*\d[\d \u00a0\u202f.,’']*\s*(?:€|euros?)\s*$", re.I)


def _split_at_votes(text: str, start: int, end: int, title: str | None) -> list[Segment]:
    """An item [start, end) decided by several vote lines ("Vote : …" after each association of a
    subsidy list, "DM1 pour budget communal approuvé : Vote : …") gives one act per vote, from the
    previous one. A label on the vote line titles its act; a piece that opens with a list entry and
    its amount ("Jumelage 600 €") is titled by the item and the entry ("Vote des subventions –
    Jumelage"); one that opens with a heading of its own (a lost bullet) by that heading."""
    votes = sorted(
        {m.start(): m for regex in (VOTE_LABEL_LINE, VOTE_LINE) for m in regex.finditer(text, start, end)}.values(),
        key=lambda m: m.start(),
    )
    # "Pour : 12⏎Contre : 1" is one vote on two lines
    votes = [
        m
        for index, m in enumerate(votes)
        if index == 0 or m.start() > votes[index - 1].end() + 1 or not TALLY_GOES_ON.match(m.group(0))
    ]
    if len(votes) < 2:
        return []
    pieces: list[Segment] = []
    piece_start = start
    for vote in votes:
        piece_end = vote.end()
        while (tally := TALLY_LINE.match(text, piece_end)) and tally.end() <= end:
            piece_end = tally.end()
        label = LABEL_VERDICT.sub("", vote.groupdict().get("label") or "").strip(" -–•:")
        if len(re.findall(r"[^\W\d_]{3,}", label)) >= 2:
            name = " ".join(label.split())
        else:
            lines = text[piece_start : vote.start()].split("\n")
            first = piece_start == start
            name = _piece_name(lines[1:] if first else lines, first, title)
        pieces.append(Segment(kind="pv_item", start=piece_start, end=piece_end, heading=name or title))
        piece_start = piece_end
    pieces[-1].end = end
    return pieces


def _piece_name(lines: list[str], first: bool, item_title: str | None) -> str | None:
    """What a piece of an item is about: the first line that names something (not a sentence); for
    the first piece, which follows the item's heading and introduction, the last line starting with
    a capital above its vote, with the lowercase lines that continue it."""
    lines = [line.strip(" -–•\f") for line in lines if line.strip(" -–•\f")]
    if first:
        index = next((i for i in range(len(lines) - 1, -1, -1) if lines[i][:1].isupper()), None)
        names = (
            [" ".join([lines[index]] + [line for line in lines[index + 1 :] if line[:1].islower()])]
            if index is not None
            else []
        )
    else:
        names = [line for line in lines if line[:1].isupper()]
    name = next(
        (n for n in names if not SENTENCE.search(n) and not n.endswith((".", ":")) and re.search(r"[^\W\d_]{3,}", n)),
        None,
    )
    if name is None:
        return None
    entry = TRAILING_AMOUNT.sub("", name)
    if entry != name and item_title:  # a list entry with its amount: named within its item
        return f"{item_title} – {' '.join(entry.split())}"
    return " ".join(entry.split()) or None


# The lines a page starts with before the next item ("Page 2 sur 2", a running title) are short.
RUNNING_HEADER_CHARS = 160


def _before_running_header(text: str, start: int, end: int) -> int:
    """An item that ends at the top of a page ends at the page break, not after the page's header."""
    page_break = text.rfind(PAGE_BREAK, start, end)
    if page_break != -1 and len(text[page_break:end].strip()) <= RUNNING_HEADER_CHARS:
        return page_break
    return end


def _title_after(text: str, match: re.Match[str]) -> str | None:
    """The item's title: on the number's line, or on the next line when the number stands alone.
    A dashed line right under a titled heading is its subtitle ("1. Plan Local d'Urbanisme ⏎ −
    Droit de préemption urbain" is "Plan Local d'Urbanisme – Droit de préemption urbain")."""
    title = re.sub(r"^(?:objet|obj\.)\s*:\s*", "", (match.group("title") or "").strip(" :–—-"), flags=re.I)
    following = []
    for line in text[match.end() : match.end() + 400].strip().split("\n"):
        if (
            ITEM_HEADING.match(line)
            or NUMBERED_ITEM.match(line)
            or SPACED_NUMBERED_ITEM.match(line)
            or VOTE_LINE.match(line)
            or VOTE_PHRASE.search(line)
        ):
            break  # the next item or the vote ("1 abstention 11 votes pour"): the title is over
        following.append(line)
    subtitle = re.match(r"[ \t]*[-–−][ \t]*(\S[^\n]*)", following[0]) if title and following else None
    if subtitle and not SUB_ITEM_VOTE.match(subtitle.group(1)):
        return f"{' '.join(title.split())} – {' '.join(subtitle.group(1).split()).strip(' :.')}"
    lines = [title, *following] if title else following
    printed = len(match.group(0).strip()) if title else None
    return wrapped_title([line.strip(" :–—-") for line in lines], printed) or None if lines else None


def _ordinal(match: re.Match[str]) -> int | None:
    if match.group("point") or match.group("num"):
        return int(match.group("point") or match.group("num"))
    roman = (match.group("roman") or "").lower()
    return ROMAN.get(roman)

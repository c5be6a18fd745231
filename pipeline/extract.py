"""Stage 3: run the extractors on one act and assemble its record.

Session facts (collectivity, body, date, president, secretary, counts, attendance, préfecture ID)
are read from the act itself and, where the act does not print them, from the session the
document records (`pipeline.session`, read once per document).
"""

from __future__ import annotations

import re

from extractors import header
from extractors.amounts import parse_amounts
from extractors.articles import parse_articles
from extractors.attendance import parse_attendance
from extractors.checks import audit, plausible_votes
from extractors.common import VISA_START, fold
from extractors.entities import parse_entities
from extractors.fr.people import CHAIR_OFFICE, ONE_CIVILITY, SPEECH_VERB
from extractors.fr.votes import VOTE_PHRASE as VOTE_PHRASE_WORDING
from extractors.movements import chair_at
from extractors.references import parse_references
from extractors.stages import COUNT_FIELDS, DocText, Section, Segment, Session, SessionFacts
from extractors.votes import complete_vote, parse_votes
from pipeline.session import attendance_at, count_fields, plausible_counts, session_facts, with_chair
from schemas.record import DECISION_KINDS, Act

DECISION_OPENING = re.compile(
    r"apr[èe]s\s+en\s+avoir\s+d[ée]lib[ée]r[ée]|^[ \t]*d[ée]cide\b|^[ \t]*arr[êe]te\s*:", re.I | re.M
)
PROSE_START = re.compile(
    r"^[ \t]*(?:objet|vu|consid[ée]rant|expos[ée]|rapport|le\s+conseil|la\s+commission)\b", re.I | re.M
)
# Where an item is decided: its first vote phrase.
VOTE_PHRASE = VOTE_PHRASE_WORDING.compile()


def build_act(doc: DocText, seg: Segment, session: Session) -> Act:
    """The record of one act or part, with every finding traced to its page. An item of minutes
    without counts of its own takes those of the box repeated on the page it starts on."""
    section = doc.section(seg.start, seg.end)
    if seg.kind not in DECISION_KINDS:
        return Act(
            kind=seg.kind,
            title=seg.heading or _first_line(section),
            pages=section.pages,
            part_of=seg.part_of,
            text=section.text,
        )
    printed = with_chair(section, parse_attendance(section))
    own = session_facts(section, printed, item=seg.kind == "pv_item")
    if seg.kind == "pv_item" and session.page_boxes:
        box = plausible_counts(SessionFacts(**count_fields(session.page_boxes[doc.page_index(seg.start)])))
        for name in COUNT_FIELDS:
            if getattr(own, name) is None and getattr(box, name) is not None:
                own.take_count(name, box)
    facts = plausible_counts(own.or_else(session.facts))
    if seg.kind == "arrete":
        facts.body = header.parse_executive(section.text[: header.HEAD_CHARS]) or facts.body
        # An arrêté has no séance: its date is the day it was signed ("Fait à …, le …").
        facts.session_date = header.parse_signing_date(section.text) or facts.session_date
    attendance = printed
    moment = _moment_of_vote(section)
    chair = session.facts.president
    if not attendance:
        attendance = attendance_at(session.attendance, moment, session.movements)
        if attendance != session.attendance:
            # Someone came or left: the session's printed présents and votants no longer apply.
            facts.take_count("present_count", own)
            facts.take_count("voters_count", own)
    if session.movements and chair:
        facts.president = chair_at(chair, moment, session.movements)
    # Each name once: a member who is present and holds a proxy is one person, and a name listed
    # twice would make a partial name in a vote ("Contre : J.-C. LEROY") look ambiguous.
    roster = list(dict.fromkeys([a.name for a in attendance] + [a.proxy_to for a in attendance if a.proxy_to]))
    votes = parse_votes(section, roster, chair)
    if own.voters_count is None and any(v.not_voting for v in votes):
        facts.set_count("voters_count", None, None)  # members who did not vote: the session's votants no longer apply
    votes, implausible = plausible_votes(
        [complete_vote(v, facts.voters_count, attendance, session.facts.absent_count) for v in votes],
        facts.members_in_office,
        facts.voters_count,
    )
    number = header.parse_number(section)
    title = seg.heading or header.parse_title(section, _number_line_offset(section, number))
    act = Act(
        kind=seg.kind,
        # An item of minutes without a deliberation number of its own is known by its item number.
        number=number[0] if number else seg.number,
        title=title,
        pages=section.pages,
        attendance=attendance,
        votes=votes,
        articles=parse_articles(section),
        amounts=parse_amounts(_before_debate(section)),
        references=parse_references(section),
        entities=parse_entities(_prose(section), roster),
        text=section.text,
        **facts.act_fields(),
    )
    return act.model_copy(update={"checks": implausible + audit(act, section.source)})


def _moment_of_vote(section: Section) -> int:
    """Where an item is decided: its first vote phrase, so that someone who leaves during the item
    ("Madame le Maire quitte la séance" before the vote) is counted out of it."""
    match = VOTE_PHRASE.search(fold(section.text))
    return section.start + (match.start() if match else 0)


def _number_line_offset(section: Section, number: tuple | None) -> int | None:
    if not number:
        return None
    source_text = number[1].text
    position = section.text.find(source_text)
    return section.text.rfind("\n", 0, position) + 1 if position >= 0 else None


# A member's intervention reported in minutes: "Monsieur LEBLANC demande si…", "Madame le maire
# indique que les fermages s'élèvent à 149,32 €…".
DEBATE_LINE = re.compile(
    rf"^[ \t]*{ONE_CIVILITY}\s+(?:l[ea]\s+(?i:{CHAIR_OFFICE.alternation()})|[A-ZÀ-Ý][\w'’\-]+(?:\s+[A-ZÀ-Ý][\w'’\-]+)?)"
    rf"\s+(?:lui\s+|leur\s+)?{SPEECH_VERB.alternation()}\b",
    re.M,
)


def _before_debate(section: Section) -> Section:
    """Where an act's amounts are read: a formal deliberation reproduced in minutes up to the debate
    that follows its decision. Sums quoted by members after the decision ("Monsieur X évoque 4 000 à
    5 000 € d'impayés") are not the act's."""
    opening = DECISION_OPENING.search(section.text)
    debate = DEBATE_LINE.search(section.text, opening.end()) if opening else None
    return section.sub(0, debate.start()) if debate else section


def _prose(section: Section) -> Section:
    """Where NER looks: the decision ("après en avoir délibéré, DÉCIDE : …"), which names the
    beneficiaries and places; without one, the act from its object or visas on. The attendance
    lists are not prose, and the visas cite texts rather than parties."""
    match = DECISION_OPENING.search(section.text) or PROSE_START.search(section.text) or VISA_START.search(section.text)
    return section.sub(match.start(), len(section.text)) if match else section


def _first_line(section: Section) -> str | None:
    for line in section.text.split("\n"):
        if line.strip():
            return " ".join(line.split())[:200]
    return None

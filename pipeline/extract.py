"""Stage 3: run the extractors on each act and assemble the act records.

Session facts (collectivity, body, date, president, secretary, counts, attendance, préfecture ID)
are read from the act itself and, where the act does not print them, from the session header of
the minutes or the first page of the document.
"""
from __future__ import annotations

import re
from collections import Counter

from extractors import header
from extractors.amounts import parse_amounts
from extractors.articles import parse_articles
from extractors.attendance import parse_attendance
from extractors.checks import audit
from extractors.common import VISA_START, fold
from extractors.entities import parse_entities
from extractors.fr.people import ONE_CIVILITY, SPEECH_VERB
from extractors.references import parse_references
from extractors.spans import DocText, Section
from extractors.movements import Movement, chair_at, status_at
from extractors.votes import complete_vote, parse_votes
from pipeline.segment import VOTE_PHRASE, Segment
from schemas.record import DECISION_KINDS, Act, Attendee

# What an agenda item of minutes may print for itself; the rest is the session's.
COUNT_KEYS = ("members_in_office", "present_count", "voters_count")
ITEM_KEYS = ("president", "members_in_office", "present_count", "voters_count", "prefecture_id")
SESSION_KEYS = ("collectivity", "body", "session_date", "convocation_date", "president", "secretary",
                "members_in_office", "present_count", "voters_count", "prefecture_id")
DECISION_OPENING = re.compile(r"apr[èe]s\s+en\s+avoir\s+d[ée]lib[ée]r[ée]|^[ \t]*d[ée]cide\b|^[ \t]*arr[êe]te\s*:", re.I | re.M)
# Where a document without a session header (a single act) is read for session facts.
SESSION_HEAD_CHARS = 4000
# Where a page's margin box sits in its text: the first lines of the page (a scan's OCR reads the
# box at the top-left corner first; a text layer draws it before the body).
PAGE_TOP_CHARS = 600
PROSE_START = re.compile(r"^[ \t]*(?:objet|vu|consid[ée]rant|expos[ée]|rapport|le\s+conseil|la\s+commission)\b", re.I | re.M)


def session_facts(section: Section) -> dict:
    """Header facts printed in a section (an act's head, or the session header of minutes)."""
    head = section.text[:header.HEAD_CHARS]
    facts: dict = {
        "collectivity": header.parse_collectivity(head),
        "body": header.parse_body(head),
        "session_date": header.parse_session_date(head),
        "convocation_date": header.parse_convocation_date(head),
        "prefecture_id": header.parse_prefecture_id(section.text),
    }
    roster = [a.name for a in parse_attendance(section)]
    president = header.parse_president(head, roster)
    secretary = header.parse_secretary(head, roster)
    # Facts the header does not print are read in the closing lines (signatories, "Valmont, le …"):
    # the section's own, or the document's when the section opens it (the minutes' session header).
    ending = section.doc.text if section.start == 0 else section.text
    signed = header.parse_signatories(ending, roster)
    if not facts["collectivity"] and facts["body"] == "Conseil municipal":
        facts["collectivity"] = header.parse_signing_commune(ending, section.doc.text)
    facts["president"] = president[0] if president else signed.get("president")
    facts["secretary"] = secretary[0] if secretary else signed.get("secretary")
    facts.update(header.parse_counts(head))
    facts["absent_count"] = header.parse_absent_count(head)  # not an act field: completes the votes
    return facts


def document_session(doc: DocText, header_end: int, segments: list[Segment]) -> tuple[int, dict, list[dict[str, int]]]:
    """The session a document records: where its header ends (past the procedural items that open
    minutes, which name the secretary), the facts printed there, and the counts of the box repeated
    on its pages (`page_box_counts`), which complete a header whose own box is unreadable."""
    for seg in segments:
        if seg.kind != "other" or seg.part_of is not None or seg.start > header_end + 2:
            break
        header_end = max(header_end, seg.end)
    session = session_facts(doc.section(0, header_end or min(len(doc.text), SESSION_HEAD_CHARS)))
    if segments and all(seg.kind in ("pv_item", "other") for seg in segments):
        # Minutes are sent to the préfecture whole: their stamp, wherever it is, is every item's.
        session["prefecture_id"] = session.get("prefecture_id") or header.document_prefecture_id(doc.text)
    page_boxes = page_box_counts(doc)
    session.update({key: value for key, value in usual_counts(page_boxes).items() if session.get(key) is None})
    return header_end, session, page_boxes


def page_box_counts(doc: DocText) -> list[dict[str, int]]:
    """Counts printed in a box repeated at the top of every page ("Nombre de membres en exercice : 11,
    qui ont pris part à la délibération : 11"), page by page. A count read on a single page's top is
    not a box (it may be the end of an item's vote) and is left out."""
    tops = [header.parse_counts(page.text[:PAGE_TOP_CHARS]) for page in doc.pages]
    repeated = {key for key in COUNT_KEYS if sum(key in top for top in tops) >= 2}
    return [{key: value for key, value in top.items() if key in repeated} for top in tops]


def usual_counts(boxes: list[dict[str, int]]) -> dict[str, int]:
    """The value each count takes on most pages: the session's, when its header is unreadable."""
    values = {key: Counter(box[key] for box in boxes if key in box) for key in COUNT_KEYS}
    return {key: counter.most_common(1)[0][0] for key, counter in values.items() if counter}


def plausible_counts(facts: dict) -> dict:
    """Drop a members-in-office count smaller than those present or voting: an OCR misreading
    ("en exercice : 1" for 11), which would otherwise fail every audit of the act."""
    members = facts.get("members_in_office")
    if members is not None and members < max(facts.get("present_count") or 0, facts.get("voters_count") or 0):
        return {**facts, "members_in_office": None}
    return facts


def attendance_at(attendance: list[Attendee], offset: int, movements: list[Movement]) -> list[Attendee]:
    """The session's attendance as it stands at an item: latecomers absent until they arrive,
    members who left absent from then on."""
    out = []
    for person in attendance:
        status = status_at(person.name, offset, movements)
        if status == "present" and person.status != "present":
            # A latecomer is present from their arrival on; a proxy they had given no longer counts.
            person = person.model_copy(update={"status": "present", "proxy_to": None})
        elif status and person.status in ("present", "absent") and status != person.status:
            person = person.model_copy(update={"status": status})
        out.append(person)
    absent = {p.name for p in out if p.status == "absent"}
    # A proxy leaves the room with its holder: the giver is then neither present nor represented.
    return [p.model_copy(update={"status": "absent", "proxy_to": None}) if p.proxy_to in absent else p for p in out]


def build_act(doc: DocText, seg: Segment, session: dict, session_attendance: list[Attendee],
              movements: list[Movement] | None = None, page_boxes: list[dict[str, int]] | None = None) -> Act:
    """The record of one act or part, with every finding traced to its page. `page_boxes` are the
    counts of a box repeated on every page (`page_box_counts`): an item without counts of its own
    takes those of the page it starts on."""
    section = doc.section(seg.start, seg.end)
    if seg.kind not in DECISION_KINDS:
        return Act(kind=seg.kind, title=seg.heading or _first_line(section), pages=section.pages,
                   part_of=seg.part_of, text=section.text)
    own = session_facts(section)
    if seg.kind == "pv_item":
        own = {key: own.get(key) for key in ITEM_KEYS}
        if page_boxes:
            box = plausible_counts(page_boxes[doc.page_index(seg.start)])
            own.update({key: value for key, value in box.items() if own.get(key) is None and value is not None})
    facts = plausible_counts({key: own.get(key) if own.get(key) is not None else session.get(key)
                              for key in SESSION_KEYS})
    if seg.kind == "arrete":
        facts["body"] = header.parse_executive(section.text[:header.HEAD_CHARS]) or facts["body"]
        # An arrêté has no séance: its date is the day it was signed ("Fait à …, le …").
        facts["session_date"] = header.parse_signing_date(section.text) or facts["session_date"]
    attendance = parse_attendance(section)
    moment = _moment_of_vote(section)
    if not attendance:
        attendance = attendance_at(session_attendance, moment, movements or [])
        if attendance != session_attendance:
            # Someone came or left: the session's printed présents and votants no longer apply.
            for key in ("present_count", "voters_count"):
                if own.get(key) is None:
                    facts[key] = None
    if movements and session.get("president"):
        facts["president"] = chair_at(session["president"], moment, movements)
    roster = [a.name for a in attendance] + [a.proxy_to for a in attendance if a.proxy_to]
    votes = parse_votes(section, roster, session.get("president"))
    if own.get("voters_count") is None and any(v.not_voting for v in votes):
        facts["voters_count"] = None  # members who did not vote: the session's votants no longer apply
    number = header.parse_number(section)
    title = seg.heading or header.parse_title(section, _number_line_offset(section, number))
    act = Act(
        kind=seg.kind,
        number=number[0] if number else None,
        title=title,
        pages=section.pages,
        attendance=attendance,
        votes=[complete_vote(v, facts.get("voters_count"), attendance, session.get("absent_count")) for v in votes],
        articles=parse_articles(section),
        amounts=parse_amounts(_before_debate(section)),
        references=parse_references(section),
        entities=parse_entities(_prose(section), roster),
        text=section.text,
        **facts,
    )
    return act.model_copy(update={"checks": audit(act)})


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
    rf"^[ \t]*{ONE_CIVILITY}\s+(?:l[ea]\s+(?i:maire|pr[ée]sidente?)|[A-ZÀ-Ý][\w'’\-]+(?:\s+[A-ZÀ-Ý][\w'’\-]+)?)"
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
    match = (DECISION_OPENING.search(section.text) or PROSE_START.search(section.text)
             or VISA_START.search(section.text))
    return section.sub(match.start(), len(section.text)) if match else section


def _first_line(section: Section) -> str | None:
    for line in section.text.split("\n"):
        if line.strip():
            return " ".join(line.split())[:200]
    return None

"""The session a document records, read once for all its acts.

Session facts (collectivity, body, date, president, secretary, counts, préfecture ID) are printed
in the session header of minutes, or at the head of a single act; the attendance lists and the
movements during the meeting are the session's too. An act prints some of them itself and takes
the rest from here (`pipeline.extract`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from extractors import header
from extractors.attendance import parse_attendance
from extractors.folding import fold
from extractors.movements import parse_movements, status_at
from extractors.stages import COUNT_FIELDS, DocText, Movement, Section, Session, SessionFacts
from schemas.record import Attendee, Source

# Where a document without a session header (a single act) is read for session facts.
SESSION_HEAD_CHARS = 4000
# Where a page's margin box sits in its text: the first lines of the page (a scan's OCR reads the
# box at the top-left corner first; a text layer draws it before the body).
PAGE_TOP_CHARS = 600


def session_facts(section: Section, attendance: list[Attendee], item: bool = False) -> SessionFacts:
    """Header facts printed in a section (an act's head, or the session header of minutes);
    `attendance` is the section's own lists, which name the president and secretary. An `item`
    of minutes prints only its president, counts and préfecture ID: the rest is the session's, so
    it is not read (most of the cost of this function)."""
    head = section.text[: header.HEAD_CHARS]
    # (the holders of proxies too: a president printed by surname alone may be named only there)
    roster = list(dict.fromkeys([a.name for a in attendance] + [a.proxy_to for a in attendance if a.proxy_to]))
    president = header.parse_president(head, roster)
    # Facts the header does not print are read in the closing lines (signatories, "Valmont, le …"):
    # the section's own, or the document's when the section opens it (the minutes' session header).
    ending = section.doc.text if section.start == 0 else section.text
    signed = header.parse_signatories(ending, roster)
    facts = SessionFacts(
        president=president[0] if president else signed.get("president"),
        prefecture_id=header.parse_prefecture_id(section.text),
        **count_fields(header.parse_counts(section.sub(0, header.HEAD_CHARS))),
    )
    if item:
        return facts
    secretary = header.parse_secretary(head, roster)
    facts.body = header.parse_body(head)
    collectivity = header.parse_collectivity(head)
    if not collectivity and facts.body in header.TOWN_BODIES:
        collectivity = (
            header.parse_dateline_commune(page_edges(section.doc))
            or header.parse_signing_commune(ending, section.doc.text)
            or header.parse_named_commune(head)
        )
    # one spelling whichever apostrophe is printed
    facts.collectivity = collectivity.replace("’", "'") if collectivity else None
    facts.session_date = header.parse_session_date(head)
    facts.convocation_date = header.parse_convocation_date(head)
    facts.secretary = secretary[0] if secretary else signed.get("secretary")
    facts.absent_count = header.parse_absent_count(head)
    return facts


def page_edges(doc: DocText) -> list[str]:
    """The first and last lines of each page, where running headers and footers are printed."""
    return [page.text[:PAGE_TOP_CHARS] + "\n" + page.text[-PAGE_TOP_CHARS:] for page in doc.pages]


def count_fields(counts: dict[str, tuple[int, Source]]) -> dict[str, object]:
    """Printed counts with their sources as `SessionFacts` fields."""
    return {key: value for key, (value, _) in counts.items()} | {
        "count_sources": {key: source for key, (_, source) in counts.items()}
    }


def with_chair(section: Section, attendance: list[Attendee]) -> list[Attendee]:
    """The attendance lists with the president among the présents: whoever presides is there, and
    minutes often count the chair in "Présents : 13" without listing them ("sous la présidence de
    M. Jean DUPONT, Maire. Étaient présents : …"). Only where there is a présents list, and only a
    president named by given name and surname, whose surname no list already holds."""
    if not any(a.status == "present" for a in attendance):
        return attendance
    head = section.text[: header.HEAD_CHARS]
    roster = [a.name for a in attendance] + [a.proxy_to for a in attendance if a.proxy_to]
    president = header.parse_president(head, roster)
    if not president or len(president[0].split()) < 2:
        return attendance
    name, offset = president
    surname = fold(name.split()[-1])
    if any(fold(listed.split()[-1]) == surname for listed in roster):
        return attendance
    # (the printed name may carry a civility before it: its source ends with its surname)
    found = fold(head).find(surname, offset)
    source = section.source(offset, found + len(surname) if found != -1 else offset + len(name))
    return [Attendee(name=name, status="present", note="président de séance", source=source), *attendance]


def read_session(doc: DocText, header_end: int, whole_minutes: bool) -> Session:
    """The session a document records: the facts and attendance printed in its header (the first
    characters of a single act), the movements during the meeting, and the counts of the box
    repeated on its pages (`page_box_counts`), which complete a header whose own box is
    unreadable. `whole_minutes` when every act is an item of the minutes."""
    section = session_header(doc, header_end)
    attendance = with_chair(section, parse_attendance(section))
    facts = session_facts(section, attendance)
    if whole_minutes:
        # Minutes are sent to the préfecture whole: their stamp, wherever it is, is every item's.
        facts.prefecture_id = facts.prefecture_id or header.document_prefecture_id(doc.text)
    page_boxes = page_box_counts(doc)
    for key, (value, source) in usual_counts(page_boxes).items():
        if getattr(facts, key) is None:
            facts.set_count(key, value, source)
    if not header_end:
        return Session(header_end, facts, page_boxes=page_boxes)
    movements = parse_movements(doc.section(), [a.name for a in attendance], facts.president)
    return Session(header_end, facts, attendance, movements, page_boxes)


def session_header(doc: DocText, header_end: int) -> Section:
    """Where the session's facts are read: the header of minutes, or the head of a single act."""
    return doc.section(0, header_end or min(len(doc.text), SESSION_HEAD_CHARS))


def page_box_counts(doc: DocText) -> list[dict[str, tuple[int, Source]]]:
    """Counts printed in a box repeated at the top of every page ("Nombre de membres en exercice : 11,
    qui ont pris part à la délibération : 11"), page by page, with their sources. A count read on a
    single page's top is not a box (it may be the end of an item's vote) and is left out."""
    tops = [
        header.parse_counts(doc.section(start, start + min(len(page.text), PAGE_TOP_CHARS)))
        for start, page in zip(doc.starts, doc.pages)
    ]
    repeated = {key for key in COUNT_FIELDS if sum(key in top for top in tops) >= 2}
    return [{key: value for key, value in top.items() if key in repeated} for top in tops]


def usual_counts(boxes: list[dict[str, tuple[int, Source]]]) -> dict[str, tuple[int, Source]]:
    """The value each count takes on most pages (the session's, when its header is unreadable),
    with its source on the first page that prints it."""
    usual: dict[str, tuple[int, Source]] = {}
    for key in COUNT_FIELDS:
        printed = [box[key] for box in boxes if key in box]
        if printed:
            value = Counter(value for value, _ in printed).most_common(1)[0][0]
            usual[key] = next(count for count in printed if count[0] == value)
    return usual


def plausible_counts(facts: SessionFacts) -> SessionFacts:
    """Drop a members-in-office count smaller than those present or voting: an OCR misreading
    ("en exercice : 1" for 11), which would otherwise fail every audit of the act."""
    members = facts.members_in_office
    if members is not None and members < max(facts.present_count or 0, facts.voters_count or 0):
        kept = replace(facts)
        kept.set_count("members_in_office", None, None)
        return kept
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

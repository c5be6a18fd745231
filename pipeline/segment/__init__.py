"""Stage 2: the document's text → acts and their parts, each with its kind and page range.

A PDF may hold one act, a dossier (a deliberation followed by its annex, convention and report),
a recueil of many acts, or the minutes (procès-verbal, compte rendu) of a meeting whose agenda
items are the acts. Parts are kept apart from their act, so that a convention's articles and
amounts never leak into the deliberation's. Each way of cutting a document is a module of its
own: numbered agenda items (`agenda`), items of minutes closed by their vote lines
(`closed_by_votes`), acts that start at the top of a page (`pages`); `lines` holds what they
share (the vote lines, the kinds of line).
"""

from __future__ import annotations

from extractors.common import fold
from extractors.fr.acts import MINUTES_TITLE
from extractors.stages import DocText, Segment
from pipeline.segment.agenda import minutes_items
from pipeline.segment.closed_by_votes import items_closed_by_votes
from pipeline.segment.lines import VOTE_LINE
from pipeline.segment.pages import acts_by_page, acts_by_page_headings

MINUTES_TITLE_LINE = MINUTES_TITLE.compile()


def segment(doc: DocText) -> tuple[int, list[Segment]]:
    """(end of the session header, acts and parts in document order)."""
    minutes = minutes_items(doc.text)
    if minutes and (is_minutes(doc) or _looks_like_minutes(doc, minutes[2])):
        closed = items_closed_by_votes(doc) if is_minutes(doc) else []
        # A short numbered list inside one item ("1. tranche …, 2. tranche …") is no agenda when
        # items closed by their vote lines come before it (two may: the secretary, the last minutes).
        if sum(1 for item in closed if item.kind == "pv_item" and item.end <= minutes[0]) > MAX_ITEMS_BEFORE_AGENDA:
            return closed[0].start, closed
        return minutes[:2]
    if is_minutes(doc) or len(VOTE_LINE.findall(doc.text)) >= 3 and not acts_by_page_headings(doc):
        items = items_closed_by_votes(doc)
        if items:
            return items[0].start, items
    return 0, acts_by_page(doc)


MAX_ITEMS_BEFORE_AGENDA = 2


def session_header_end(header_end: int, segments: list[Segment]) -> int:
    """Where the session header of minutes ends: past the procedural items that open them (the
    secretary's designation names the secretary, a session fact)."""
    for seg in segments:
        if seg.kind != "other" or seg.part_of is not None or seg.start > header_end + 2:
            break
        header_end = max(header_end, seg.end)
    return header_end


def is_minutes(doc: DocText) -> bool:
    """Minutes of a meeting announce themselves in their first lines."""
    first = fold(doc.text[:600])
    return bool(MINUTES_TITLE_LINE.search(first))


def _looks_like_minutes(doc: DocText, decided_headings: int) -> bool:
    """Untitled minutes ("CR du conseil du …"): several decided agenda headings and no page opening an act."""
    return decided_headings >= 2 and acts_by_page_headings(doc) <= 1

"""Minutes whose items carry no number: each vote line closes the item that runs from the previous one."""

from __future__ import annotations

from extractors.fr.acts import PROCEDURAL_VOTE
from extractors.stages import DocText, Segment
from pipeline.segment.lines import (
    AGENDA_LABEL,
    PROCEDURAL,
    VOTE_LINE,
    heading_like,
    prose_line,
    running_lines,
)

PROCEDURAL_ABOUT = PROCEDURAL_VOTE.compile()


def items_closed_by_votes(doc: DocText) -> list[Segment]:
    """Minutes without numbered items: each vote closes the item that runs from the previous vote;
    its title is the item's first line that is not a page's running header."""
    text = doc.text
    running = running_lines(doc)
    segments: list[Segment] = []
    start = 0
    last_end = -1
    for vote in VOTE_LINE.finditer(text):
        if vote.start() <= last_end + 1 and segments:  # "Pour : 12⏎Contre : 1": one vote on two lines
            segments[-1].end = last_end = vote.end()
            continue
        title = _item_title(text[start : vote.start()], running, first=not segments)
        procedural = (title and PROCEDURAL.search(title)) or PROCEDURAL_ABOUT.search(
            text, max(start, vote.start() - 300), vote.start()
        )
        kind = "other" if procedural else "pv_item"
        item_start = start if not segments else _title_line_start(text, start, vote.start(), title)
        segments.append(Segment(kind=kind, start=item_start, end=vote.end(), heading=title))
        start = last_end = vote.end()
    if len(segments) < 2:
        return []
    segments[0].start = _first_line_start(text, segments[0].end, segments[0].heading)
    return segments


def _title_line_start(text: str, start: int, end: int, title: str | None) -> int:
    """Where an item starts: at its title's line (what comes between the previous vote and it, an
    agenda or the next page's letterhead, is not the item's), the last one when the agenda lists it
    too; at `start` when it has no title."""
    found = start
    offset = start
    for line in text[start:end].split("\n"):
        if title and " ".join(line.strip(" -–•_\f").split())[:200] == title:
            found = offset
        offset += len(line) + 1
    return found


def _item_title(piece: str, running: set[str], first: bool) -> str | None:
    """The item's heading: its first heading-like line. For the first item, which follows the
    session header, the last heading-like line that still has the item's text under it; for an item
    that opens with the ordre du jour, the last heading-like line above its first line of prose
    (the agenda's entries are not its title)."""
    lines = [line.strip(" -–•_\f") for line in piece.split("\n")]
    headings = [i for i, line in enumerate(lines) if heading_like(line, running)]
    if first:
        headings = [i for i in headings if any(lines[j].strip() for j in range(i + 1, len(lines)))][-1:]
    elif headings and AGENDA_LABEL.match(lines[headings[0]]):
        prose = next((i for i, line in enumerate(lines) if prose_line(line, running)), None)
        above = [i for i in headings[1:] if prose is not None and i < prose]
        headings = above[-1:] or headings[1:]
    return " ".join(lines[headings[0]].split())[:200] if headings else None


def _first_line_start(text: str, end: int, title: str | None) -> int:
    """The first item starts at its title line, after the session header."""
    if not title:
        return 0
    position = text.rfind(title.split()[0], 0, end)
    return text.rfind("\n", 0, position) + 1 if position > 0 else 0

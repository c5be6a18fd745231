"""Attendance: who was present, excused or absent, and who held whose proxy.

Reads lists opened by headings ("Étaient présents :", "Excusé(s) ayant donné pouvoir :",
"Absents :", "Pouvoirs :"…) whose names may wrap over lines and come in either order, with
proxies worded "pouvoir à", "ayant donné pouvoir à", "procuration à", "représenté(e) par".
"""

from __future__ import annotations

import re

from extractors.attendance_table import AttendanceTable, Row, find_attendance_tables
from extractors.common import GLUED_INITIAL, fold, normalize_name, split_civility, split_names
from extractors.fr.attendance import ATTENDANCE_HEADING, PROXY_LINK, SUBSTITUTE_LINK
from extractors.fr.people import ANY_CIVILITY, LIST_FILLER, MEMBER_ROLE, ONE_CIVILITY
from extractors.stages import Section
from schemas.record import Attendee

HEADING = re.compile(
    "|".join(f"(?P<h{i}>{p})" for i, p in enumerate(ATTENDANCE_HEADING.patterns())),
    re.IGNORECASE,
)
# A heading may carry a bullet, its count and a few more words before the colon:
# "Étaient présents (22) :", "Absents excusés ayant donné pouvoir ou représentés :", "+ Présents :";
# alone on its line, it needs no colon ("Absent⏎Hélène").
HEADING_LINE = re.compile(
    rf"(?:^|(?<=[\n.]))[ \t]*(?:[+•·▪*–-][ \t]*)?(?:{HEADING.pattern})(?:[ \t]*\(\d{{1,3}}\))?"
    rf"(?:(?:[ \t]+[^\W\d][^\n:]{{0,50}}?)?[ \t]*:|[ \t]*(?=\n))",
    re.IGNORECASE | re.MULTILINE,
)
# Sub-headings inside a list ("Titulaires :", "Suppléants :") do not end it.
SUB_HEADING = re.compile(
    r"^[ \t]*(?:titulaires?|suppl[ée]ants?|conseillers?\s+municipaux|adjoints?|[ée]lus?)[ \t]*:", re.I | re.M
)
# Another label at the start of a line ("Secrétaire de séance :") ends a list.
OTHER_LABEL = re.compile(r"^[ \t]*[^\W\d_][^:\n,]{0,45}:", re.MULTILINE)
PROXY = PROXY_LINK.compile(r"\b")
SUBSTITUTE = re.compile(
    "|".join(
        f"(?P<{row.meaning}{i}>\\b{p})"
        for i, (row, p) in enumerate(zip(SUBSTITUTE_LINK.rows, SUBSTITUTE_LINK.patterns()))
    )
)
BARE_PROXY = re.compile(r"\s(?:[àa]|=>|->|→)\s")
COUNT_ONLY = re.compile(r"^\s*\(?\d{1,3}\)?\s*(?:membres?|conseillers?)?\s*$")
MAX_BLOCK = 4000
# The note of a substitute, followed by the name of the member whose place they take.
SUBSTITUTE_NOTE = "suppléant de "


def parse_attendance(section: Section) -> list[Attendee]:
    """Everyone named in the section's attendance lists, once each, with their status and proxy."""
    text = section.text
    folded = repair_labels(fold(text))
    tables = find_attendance_tables(section)
    headings = [h for h in HEADING_LINE.finditer(folded) if not any(t.start <= h.start() < t.end for t in tables)]
    people: dict[str, Attendee] = {}
    for index, heading in enumerate(headings):
        status = _status(heading)
        end = headings[index + 1].start() if index + 1 < len(headings) else min(len(text), heading.end() + MAX_BLOCK)
        block_end = _block_end(text, heading.end(), end)
        # a table under the heading is read by its columns, not as a list
        block_end = min([block_end] + [t.start for t in tables if heading.end() <= t.start < block_end])
        block = text[heading.end() : block_end]
        if COUNT_ONLY.match(block):
            continue
        # A list of proxies, where "A à B" is A's proxy held by B: "Pouvoirs :", "Avaient donné pouvoir :",
        # "Délégués représentés :".
        pouvoirs = bool(re.search(r"pouvoirs?|procurations?|repr[ée]sent", folded[heading.start() : heading.end()]))
        cursor = 0  # where the next entry is looked for in the block, as printed
        initials = initials_list(block)  # once a block, not once an entry
        for entry in _entries(block, pouvoirs):
            if not looks_like_person(entry):
                break  # the list is over: what follows is prose or a title
            start, cursor = _printed_span(block, entry, cursor)
            if SUBSTITUTE.search(fold(entry)):
                for attendee in _substitution(entry, status, section, (heading.end(), block, start), initials):
                    people.setdefault(attendee.name, attendee)
                continue
            attendee = _attendee(entry, status, pouvoirs, section, heading.end() + start, initials, cursor - start)
            if attendee and "sans voix" in folded[heading.start() : heading.end()]:
                attendee = attendee.model_copy(update={"note": "sans voix délibérative"})
            if attendee and attendee.name not in people:
                people[attendee.name] = attendee
            elif attendee and attendee.proxy_to and not people[attendee.name].proxy_to:
                people[attendee.name] = attendee
    for table in tables:
        before = [h for h in headings if h.end() <= table.start]
        for attendee in _table_attendees(table, section, _status(before[-1]) if before else "absent"):
            if attendee.name not in people:
                people[attendee.name] = attendee
    for line in STATUS_AFTER_NAME.finditer(text):
        attendee = _attendee(line.group("name"), _status_word(line.group("status")), False, section, line.start("name"))
        if attendee and attendee.name not in people:
            people[attendee.name] = attendee
    return list(_without_split_compounds(people).values())


# A name and its status on a line of their own: "Maryline : absente non excusée", "M. Paul ROUX : excusé".
STATUS_AFTER_NAME = re.compile(
    rf"^[ \t]*(?P<name>(?:{ONE_CIVILITY}[ \t]+)?[A-ZÀ-Ý][\w'’\-]+(?:[ \t]+[A-ZÀ-Ý][\w'’\-]+){{0,3}})[ \t]*:[ \t]*"
    r"(?P<status>(?:absente?s?|excus[ée]e?s?)(?:[ \t]+(?:non[ \t]+)?excus[ée]e?s?)?)[ \t.]*$",
    re.M | re.I,
)


def _status_word(status: str) -> str:
    """ "absente non excusée" is absent; "excusée", "absente excusée" are excused."""
    folded = fold(status)
    return "absent" if "non" in folded or "excus" not in folded else "excused"


def substituted(attendance: list[Attendee]) -> set[str]:
    """The members whose place a substitute takes: represented, so neither absent nor excused
    from the vote."""
    return {a.note.removeprefix(SUBSTITUTE_NOTE) for a in attendance if a.note and a.note.startswith(SUBSTITUTE_NOTE)}


def _substitution(
    entry: str, status: str, section: Section, printed: tuple[int, str, int], initials: bool
) -> list[Attendee]:
    """ "Mme A remplacée par M. B", "M. B (suppléant de Mme A)": the member A is away (excused
    when listed among the présents), the substitute B sits and votes in A's place. `printed` is
    where the list's block starts in the section, the block, and where the entry starts in it."""
    link = SUBSTITUTE.search(fold(entry))
    assert link is not None
    before, after = entry[: link.start()].strip(" ,("), re.sub(r"[()]", " ", entry[link.end() :]).strip(" ,.")
    member_text, substitute_text = (
        (before, after) if (link.lastgroup or "").startswith("replaced_by") else (after, before)
    )
    away = "excused" if status == "present" else status
    # (each one's source where their own name is printed)
    block_start, block, entry_start = printed
    member_span = _printed_span(block, member_text, entry_start)
    substitute_span = _printed_span(block, substitute_text, entry_start)
    member = _attendee(
        member_text, away, False, section, block_start + member_span[0], initials, member_span[1] - member_span[0]
    )
    substitute = _attendee(
        substitute_text,
        "present",
        False,
        section,
        block_start + substitute_span[0],
        initials,
        substitute_span[1] - substitute_span[0],
    )
    if not member or not substitute:
        return [a for a in (member, substitute) if a]
    return [member, substitute.model_copy(update={"note": SUBSTITUTE_NOTE + member.name})]


def _table_attendees(table: AttendanceTable, section: Section, heading_status: str) -> list[Attendee]:
    """The members of an attendance table: each row's member with the status its name column or
    the heading above gives, the holder of its proxy, and its substitute, who sits and votes (so
    is present) in the member's place."""
    labelled = ATTENDANCE_HEADING.reading(table.name_label)
    status = labelled.meaning if labelled else heading_status
    out: list[Attendee] = []
    for row in table.rows:
        name_span = row.span("name")
        assert name_span is not None
        member = _attendee(row.text(section, "name"), status, False, section, name_span[0], name_span[1] - name_span[0])
        if not member or not looks_like_person(row.text(section, "name")):
            break  # prose under the table
        holder = _cell_person(row, "proxy", section)
        if holder:
            member = member.model_copy(
                update={"proxy_to": holder.name, "status": "excused" if status == "present" else status}
            )
        out.append(member)
        substitute = _cell_person(row, "substitute", section)
        if substitute:
            out.append(substitute.model_copy(update={"status": "present", "note": SUBSTITUTE_NOTE + member.name}))
    return out


def _cell_person(row: Row, meaning: str, section: Section) -> Attendee | None:
    span = row.span(meaning)
    if span is None:
        return None
    return _attendee(row.text(section, meaning), "present", False, section, span[0], span[1] - span[0])


# The words attendance headings are made of, for `repair_labels`.
LABEL_WORDS = frozenset(
    {
        "presents",
        "presentes",
        "excuses",
        "excusees",
        "absents",
        "absentes",
        "pouvoirs",
        "procurations",
        "procuration",
        "representes",
        "representees",
    }
)
LINE_LABEL = re.compile(r"^([ \t]*)([a-z]{7,})(?=[ \t]*:)", re.M)


def repair_labels(folded: str) -> str:
    """A list label misread by OCR by one letter ("Procutations :", "Presenis :") is put right.
    Only same-length substitutions are repaired, so every offset into the text stays valid."""

    def repair(match: re.Match[str]) -> str:
        word = match.group(2)
        for label in LABEL_WORDS:
            if len(label) == len(word) and sum(a != b for a, b in zip(label, word)) == 1:
                return match.group(1) + label
        return match.group(0)

    return LINE_LABEL.sub(repair, folded)


PERSON_WORD = re.compile(r"^(?:[A-ZÀ-Ý][\w'’\-\.]*|de|du|des|la|le|d'|d’|van|von|\(.*|.*\))$")


def looks_like_person(entry: str) -> bool:
    """A list entry is a person when its words before any proxy wording are capitalised names."""
    civility, rest = split_civility(entry)
    link = PROXY.search(fold(rest)) or BARE_PROXY.search(fold(rest))
    words = rest[: link.start()].rstrip(" \t:").split() if link else rest.split()
    words = [w for w in words if not w.startswith("(")]
    if not words or len(words) > 6:
        return False
    if civility:
        return True
    return all(PERSON_WORD.match(w) for w in words)


def _status(heading: re.Match[str]) -> str:
    for i, (_, status) in enumerate(ATTENDANCE_HEADING.table()):
        if heading.group(f"h{i}"):
            return status
    return "present"


def _block_end(text: str, start: int, limit: int) -> int:
    """A list ends at a blank line, at another label or at the next heading."""
    blank = re.search(r"\n[ \t]*\n", text[start:limit])
    end = start + blank.start() if blank else limit
    # PDF text has no blank lines: a list also ends with the line that closes it with a period
    # ("…, Mme Emmanuelle LEVEUGLE."), but not with a civility cut by the line break ("M.").
    # A count in brackets at the end of a line ("…, M. Marc DURAND (4)") closes it too.
    closing = re.search(r"(?<!\bM)(?<!\bMme)(?<!\bMM)\.[ \t]*\n|\(\s*\d{1,3}\s*\)[ \t]*\n", text[start:end])
    if closing:
        end = start + closing.end() - 1
    for label in OTHER_LABEL.finditer(text, start + 1, end):
        label_text = text[label.start() : label.end()]
        if re.match(r"[ \t]*(?:m\.|mme|monsieur|madame)", label_text, re.I) or SUB_HEADING.match(label_text):
            continue
        if PROXY.match(fold(text[label.end() :]).lstrip(" \t")):
            continue  # "T.BUSIN : procuration à W.AUGUSTE": a proxy of the list, not another label
        return label.start()
    return end


def _entries(block: str, pouvoirs: bool = False) -> list[str]:
    """Entries of a list, keeping a parenthesised proxy with the name it belongs to. Outside a list
    of proxies, an entry naming two people is two entries: the cells of a two-column list come out
    side by side ("M. Roger BASTIDE Mme Ophélie MARCOUX")."""
    block = SUB_HEADING.sub(" ", block)
    # A proxy link cut by the line break before its "à" ("… donne pouvoir⏎à madame …") is one line.
    block = LINK_CUT_BEFORE_HOLDER.sub(r"\1 ", block)
    block = ROLE_AFTER_NAME.sub(",", block)  # the role ends its entry
    # One name a line ("M. Jean DUPONT (Brévannes)⏎Mme …"): a line break before a civility separates.
    # (Not after a proxy link cut by the line: "Mme A à⏎Mme B".)
    block = re.sub(rf"(?<![\s,;])(?<!\b[àa])(?<!\bpar)([ \t]*)\n(?=[ \t]*{ANY_CIVILITY}\s)", r"\1,\n", block)
    if initials_list(block):
        # A scan reads the initial I as "[", "|" or "l" ("[.MEJEAN : procuration à …").
        block = re.sub(r"(?m)^([ \t]*)[\[|l]\.(?=[A-ZÀ-Ý]{2})", r"\1I.", block)
        # "… - P.SOLIER⏎M.DENISE - …": a line opened by an initial is a new entry
        block = re.sub(r"(?<![\s,;])([ \t]*)\n(?=[ \t]*[A-ZÀ-Ý]\.[A-ZÀ-Ý]{2})", r"\1,\n", block)
    block = _one_proxy_a_line(block)
    block = re.sub(r"\(\s*\d{1,3}\s*\)", " ", block)  # "(25)": a count printed after the names
    flat = " ".join(re.sub(r"-[ \t]*\n[ \t]*", "-", block).split())
    protected = re.sub(r"\(([^)]*)\)", lambda m: "(" + m.group(1).replace(",", "\x00") + ")", flat)
    entries = [e.replace("\x00", ",") for e in split_names(protected)]
    if pouvoirs:
        return entries
    return [
        part
        for entry in entries
        for part in (
            [entry] if PROXY.search(fold(entry)) or SUBSTITUTE.search(fold(entry)) else SECOND_CIVILITY.split(entry)
        )
    ]


def _one_proxy_a_line(block: str) -> str:
    """Proxies printed one a line without commas ("A donne procuration à B⏎C donne procuration à D"):
    a line whose proxy link has its holder after it ends the entry when the next line opens another
    proxy (a giver, then a link); otherwise the next line may be the rest of the holder's name."""
    lines = block.split("\n")
    links = [PROXY.search(fold(line)) for line in lines]
    out: list[str] = []
    holder_given = False  # the current entry already names its holder (on this line or the one above)
    for index, (line, link) in enumerate(zip(lines, links)):
        out.append(line)
        holder_given = bool(link and line[link.end() :].strip()) or (holder_given and not link)
        if not holder_given or index + 1 == len(lines):
            continue
        following, next_link = lines[index + 1], links[index + 1]
        giver = following[: next_link.start()] if next_link else ""
        if giver.strip() and not re.search(r"[,;]", giver + line):  # lines without any separator
            out[-1] += ","
        elif link and not next_link and _whole_name(line[link.end() :]) and _whole_name(following):
            out[-1] += ","  # "F.RUSSO : procuration à S.MEARY⏎B.DUBOIS": the next line is someone else
        elif not next_link and not all(PERSON_WORD.match(word) for word in re.sub(r"[,;.]", " ", following).split()):
            break  # a line of prose or a heading ("Ouverture de la séance"): the list is over
    return "\n".join(out)


def _printed_span(block: str, entry: str, cursor: int) -> tuple[int, int]:
    """Where an entry of the list is printed in the block, from `cursor` on: the entry was joined
    over line breaks and its separators changed, so its words are looked for, whatever the spaces
    between them. (The source of each attendee is its own name, not its neighbour's.)"""
    words = ENTRY_WORD.findall(entry)
    if not words:
        return cursor, cursor
    start = block.find(words[0], cursor)
    while start != -1:
        end = _words_follow(block, start + len(words[0]), words[1:])
        if end is not None:
            return start, end
        start = block.find(words[0], start + 1)
    surname = max([word for word in words if word.isupper() and len(word) > 1] or words, key=len)
    start = block.find(surname, cursor)
    return (start, start + len(surname)) if start != -1 else (cursor, cursor)


ENTRY_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")
# What may stand between two words of an entry where it is printed, besides spaces.
SEPARATORS = ",;:()"


def _words_follow(block: str, position: int, words: list[str]) -> int | None:
    """Where the words end when they follow `position` in order, with only spaces and separators
    between them (None when they do not). Called once per entry: a regex compiled for each
    entry cost a twentieth of a parse."""
    for word in words:
        while position < len(block) and (block[position] in SEPARATORS or block[position].isspace()):
            position += 1
        if not block.startswith(word, position):
            return None
        position += len(word)
    return position


def initials_list(block: str) -> bool:
    """Whether a list names its people by an initial typed against the surname ("C.MARTEL -
    W.AUDIBERT"); then "M.DENISE" is one of them, not Monsieur DENISE."""
    return len(OTHER_GLUED_INITIAL.findall(block)) >= 2


# An initial other than M typed against a surname: M. could be the civility.
OTHER_GLUED_INITIAL = re.compile(r"\b[A-LN-ZÀ-Ý]\.[A-ZÀ-Ý]{2}")


def _whole_name(text: str) -> bool:
    """A first name (or initial) and a surname, and nothing else."""
    words = re.sub(r"[,;.]", " ", GLUED_INITIAL.sub(r"\1. ", text)).split()
    return len(words) >= 2 and all(PERSON_WORD.match(word) for word in words)


def _without_split_compounds(people: dict[str, Attendee]) -> dict[str, Attendee]:
    """A compound surname cut at its hyphen by a line break ("ROUVIER -⏎COROUGE") reads as two
    entries; when the whole name is printed elsewhere in the lists, the two halves are dropped."""
    names = set(people)
    halves: set[str] = set()
    for name in names:
        for cut in (m.start() for m in re.finditer("-", name)):
            left, right = name[:cut].strip(), name[cut + 1 :].strip()
            if left in names and any(other.endswith(right) for other in names - {name, left}):
                halves |= {left} | {other for other in names - {name, left} if other.endswith(right)}
    return {name: person for name, person in people.items() if name not in halves}


# In a list of proxies, an entry naming two people without a link word is giver, then holder
# ("Monsieur Jean-Claude THUILLIER Monsieur Michel LEBLANC"): the second civility starts the holder.
SECOND_CIVILITY = re.compile(rf"(?<=\S)\s+(?={ONE_CIVILITY}\s)")


def _attendee(
    entry: str,
    status: str,
    pouvoirs: bool,
    section: Section,
    offset: int,
    initials: bool = False,
    length: int | None = None,
) -> Attendee | None:
    entry = entry.strip(" .")
    folded = fold(entry)
    link = PROXY.search(folded) or (BARE_PROXY.search(folded) or SECOND_CIVILITY.search(entry) if pouvoirs else None)
    holder = None
    giver_text = entry
    if link:
        giver_text = entry[: link.start()]
        holder_parsed = normalize_name(re.sub(r"[()]", " ", entry[link.end() :]), initials)
        holder = holder_parsed[1] if holder_parsed else None
    giver_text = re.sub(r"\([^)]*\)?", " ", giver_text).strip(" ,(")
    parsed = normalize_name(giver_text, initials)
    if not parsed or not re.search(r"[^\W\d_]{2,}", parsed[1]) or _is_not_a_name(*parsed):
        return None
    civility, name = parsed
    if holder and status == "present":
        status = "excused"
    length = len(entry) if length is None else length
    source = section.source(max(0, offset), max(0, offset) + length) if offset >= 0 else None
    return Attendee(name=name, civility=civility, status=status, proxy_to=holder, source=source)


# Words that follow a name in a list ("M. Jean DUPONT, Maire, Mme …") and are not people.
NOT_A_NAME = re.compile(rf"\b(?:{LIST_FILLER.alternation()}|{MEMBER_ROLE.alternation()})\b", re.I)
LINK_CUT_BEFORE_HOLDER = re.compile(
    r"\b(pouvoir|procuration|d[ée]l[ée]gation|repr[ée]sent[ée]e?)[ \t]*\n[ \t]*(?=[àa]\s)", re.I
)
# A role printed after a name in its list entry ("N.VERDON : adjoints", "M. Jean DUPONT (maire)"):
# the entry is the name; the role is not part of it.
# ("(suppléant de M. Paul ROUX)" names whose place the member takes: a substitution, not a role;
# the printed text is matched, so the row's pattern as written, not folded)
_SUBSTITUTE_OF = next(row.pattern for row in SUBSTITUTE_LINK.rows if row.meaning == "substitute_of")
ROLE_AFTER_NAME = re.compile(
    rf"[ \t]*[:(–-][ \t]*(?!{_SUBSTITUTE_OF}){MEMBER_ROLE.alternation()}\b[^,;\n]*$",
    re.I | re.M,
)


def _is_not_a_name(civility: str | None, name: str) -> bool:
    """A role or a filler word; with a civility printed, only "néant"-like fillers are refused."""
    if civility:
        return bool(re.search(r"\b(?:n[ée]ant|aucune?)\b", name, re.I))
    return bool(NOT_A_NAME.search(name))

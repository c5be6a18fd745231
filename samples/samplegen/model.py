"""The data of a sample once its spec is read: people, sessions, votes, tables, acts, layout.

The expected JSON is computed from these fields only (see ``expected``); the PDF prints them
through the story pieces (see ``pieces``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

Status = Literal["present", "excused", "absent"]
Position = Literal["for", "against", "abstention", "not_voting", "absent"]
Kind = Literal["deliberation", "arrete", "pv_item", "report", "convention", "annex", "other"]


@dataclass(frozen=True)
class Person:
    civility: str  # "M." or "Mme"
    first: str
    last: str  # surname in capitals, as printed

    @property
    def name(self) -> str:
        """The contract form: "Prénom NOM"."""
        return f"{self.first} {self.last}"

    @property
    def feminine(self) -> str:
        """ "e" for a woman, "" for a man: "élu{e}"."""
        return "e" if self.civility == "Mme" else ""


NameFormat = Callable[[Person], str]


def initials(first: str) -> str:
    """ "Jean-Claude" -> "J.-C.", "Marie Anne" -> "M. A.": each part of a first name cut to its
    initial, the hyphens and spaces kept, as minutes abbreviate members they name often."""
    return re.sub(r"([^\W\d_])[^\s-]*", r"\1.", first)


# The ways a name is printed; specs choose one by its key (`names = "last_first"`, `{maire:formal}`).
NAME_FORMATS: dict[str, NameFormat] = {
    "first_last": lambda p: p.name,  # Jean DUPONT
    "civ_first_last": lambda p: f"{p.civility} {p.first} {p.last}",  # M. Jean DUPONT
    "last_first": lambda p: f"{p.last} {p.first}",  # DUPONT Jean
    "civ_last_first": lambda p: f"{p.civility} {p.last} {p.first}",  # M. DUPONT Jean
    "civ_last": lambda p: f"{p.civility} {p.last}",  # M. DUPONT
    "title_caps": lambda p: (
        f"{'MONSIEUR' if p.civility == 'M.' else 'MADAME'} {p.first.upper()} {p.last}"
    ),  # MONSIEUR JEAN DUPONT
    "formal": lambda p: (
        f"{'Monsieur' if p.civility == 'M.' else 'Madame'} {p.first} {p.last.title()}"
    ),  # Monsieur Jean Dupont
    "initial_glued": lambda p: f"{p.first[0]}.{p.last}",  # J.DUPONT (lists of initials)
    "initials_last": lambda p: f"{initials(p.first)} {p.last}",  # J.-C. DUPONT
    "spelled_lower": lambda p: (
        f"{'monsieur' if p.civility == 'M.' else 'madame'} {p.first} {p.last}"
    ),  # monsieur Jean DUPONT
    "first": lambda p: p.first,
    "last": lambda p: p.last,
    "civility": lambda p: p.civility,
}


def person(text: str) -> Person:
    """ "M. Jean-Marc FONTAINE" -> Person: the first word is the civility, the words in capitals
    the surname, the others the first name."""
    civility, *words = text.split()
    # (an initial, "R.", is a first name, though in capitals)
    surname = [w.isupper() and not (len(w) == 2 and w.endswith(".")) for w in words]
    first = [w for w, upper in zip(words, surname) if not upper]
    last = [w for w, upper in zip(words, surname) if upper]
    return Person(civility, " ".join(first), " ".join(last))


_POOL_FIRST_F = (
    "Anne Claire Sophie Isabelle Nathalie Martine Sylvie Catherine Valérie Hélène "
    "Marie-Christine Élodie Laurence Brigitte Céline Delphine Françoise Agnès Monique "
    "Véronique Émilie Chantal Aurélie Josiane Maryse Odile Pascale Sandrine"
).split()
_POOL_FIRST_M = (
    "Jean Paul Luc Pierre Michel Philippe Alain Bernard Christophe Frédéric Jean-Marc "
    "Olivier Thierry Patrick Didier Éric Laurent Gérard Sébastien Hervé Jacques Yves "
    "Stéphane Benoît Rémi Gilles Damien Serge"
).split()
_POOL_LAST = (
    "VASSEUR,BOUCHER,FLEURY,ROYER,KLEIN,JACQUET,POIRIER,MARTY,AUBRY,GUYOT,CARRÉ,"
    "RENAULT,CHARPENTIER,MÉNARD,MAILLARD,BARON,BAILLY,SCHNEIDER,COLLET,LÉGER,BOUVIER,"
    "JULIEN,PRÉVOST,MILLET,PERROT,COUSIN,GERMAIN,BRETON,BESSON,LANGLOIS,RÉMY,"
    "PELLETIER,LÉVÊQUE,PERRIER,LEBRUN,MARCHAL,WEBER,MALLET,HAMON,BOULANGER,JACOB,"
    "MONNIER,MICHAUD,GUICHARD,GILLET,POULAIN,TESSIER,CHAUVIN,BOUCHET,GAY,HUMBERT,"
    "REYNAUD,PICHON,LEJEUNE,GILBERT,DELAUNAY,CARLIER,LAPORTE,DEVAUX,TRAN,"
    "LE BRIS,DUHAMEL-RIVIÈRE,FOUCHER,BRUNEAU"
).split(",")


def assembly(count: int, offset: int, exclude: Iterable[Person] = ()) -> list[Person]:
    """`count` distinct fictional elected members, deterministic for a given offset.

    Women and men alternate; surnames are walked with a stride so that two samples using
    different offsets do not look alike; surnames of `exclude` are skipped.
    """
    taken = {p.last for p in exclude}
    result: list[Person] = []
    i = 0
    while len(result) < count:
        last = _POOL_LAST[(offset + 7 * i) % len(_POOL_LAST)]
        if i % 2 == 0:
            candidate = Person("Mme", _POOL_FIRST_F[(offset + i) % len(_POOL_FIRST_F)], last)
        else:
            candidate = Person("M.", _POOL_FIRST_M[(offset + i) % len(_POOL_FIRST_M)], last)
        i += 1
        if last not in taken:
            taken.add(last)
            result.append(candidate)
    return result


_SLICE = re.compile(r"(\w+)\[(\d+)(?::(\d+))?\]")
# Field names of story templates that people keys may not take.
RESERVED = set(
    "day convocation opening in_office present_count voters represented away number title n roman "
    "prefecture_id signed transmitted page".split()
)


class People:
    """The spec's people: named ones, draws from the name pool and groups of refs.

    A ref is a key of `named`, an inline "Mme Anne MARTIN", or KEY[i] / KEY[i:j] (0-based,
    end excluded) into a draw or a group; a group is a list of refs.
    """

    def __init__(self, people: dict[str, Any], draws: dict[str, Any]) -> None:
        self.named: dict[str, Person] = {}
        self.lists: dict[str, list[Person]] = {}
        for key, value in people.items():
            assert key not in RESERVED, f"[people] key {key!r} is a reserved field name"
            if isinstance(value, str):
                self.named[key] = self.inline(value)
            elif isinstance(value, dict):
                self.named[key] = Person(value["civility"], value["first"], value["last"])
        for key, draw in draws.items():
            self.lists[key] = assembly(draw["count"], draw["offset"], self.named.values())
        for key, value in people.items():
            if isinstance(value, list):
                self.lists[key] = self.many(value)

    @staticmethod
    def inline(text: str) -> Person:
        p = person(text)
        assert p.civility in ("M.", "Mme") and p.first and p.last, f"not a person: {text!r}"
        return p

    def one(self, ref: str) -> Person:
        found = self.many(ref)
        assert len(found) == 1, f"{ref!r} is not one person"
        return found[0]

    def many(self, refs: str | list) -> list[Person]:
        if isinstance(refs, list):
            return [p for ref in refs for p in self.many(ref)]
        if match := _SLICE.fullmatch(refs):
            base, start, end = self.lists[match[1]], int(match[2]), match[3]
            return base[start : int(end)] if end is not None else [base[start]]
        if refs in self.named:
            return [self.named[refs]]
        if refs in self.lists:
            return list(self.lists[refs])
        return [self.inline(refs)]


@dataclass
class Member:
    person: Person
    status: Status
    proxy_to: Person | None = None
    note: str | None = None  # printed after the name, e.g. "(arrivée à 19 h 20)"
    proxy_wording: str | None = None  # overrides the sample's proxy wording for this member
    voice: bool = True  # False for "Excusé(s) sans voix délibérative"
    # A substitute (suppléant of a syndicat) is no titular member: present in the place of this
    # absent titular, voting, and not counted in the members in office.
    substitute_for: Person | None = None
    # This member's entry names the other of its pair of titular and substitute, who is then
    # listed nowhere else: the titular's "{who} représentée par sa suppléante {substitute}"
    # among the excused, or the substitute's "{substitute} (suppléant de {who})" among the présents.
    substitute_wording: str | None = None


@dataclass
class Session:
    """The meeting: its facts are repeated on every decision act voted in it."""

    collectivity: str  # contract form, e.g. "Commune de Saint-Aubin-sur-Arvelle"
    body: str  # contract form, e.g. "Conseil municipal"
    day: date
    hour: int = 18
    minute: int = 0
    president: Person | None = None
    secretary: Person | None = None
    convocation: date | None = None  # only when printed
    members: list[Member] = field(default_factory=list)
    # counts as printed (None: not printed); checked against `members` when both are given
    in_office: int | None = None
    present_count: int | None = None
    voters: int | None = None
    represented: int | None = None  # printed number of proxies, for sessions without members

    def __post_init__(self) -> None:
        if self.members:
            self.check_counts()
        if self.represented is not None and self.present_count is not None and self.voters:
            assert self.present_count + self.represented == self.voters, "represented"

    def check_counts(self) -> None:
        # présents are the titulars present and the substitutes; votants add the proxies (as
        # `can_vote`, which the spec lint checks the tallies against); en exercice counts titulars
        present_n = sum(m.status == "present" for m in self.members)
        proxies = self.proxies
        titulars = [m for m in self.members if m.voice and m.substitute_for is None]
        for holder in (m.proxy_to for m in self.members if m.proxy_to):
            assert any(m.person == holder and m.status == "present" for m in self.members), holder
        replaced = [m.substitute_for for m in self.members if m.substitute_for]
        assert len(set(replaced)) == len(replaced), "a titular with two substitutes"
        for who in replaced:
            assert any(m.person == who and m.status != "present" and not m.proxy_to for m in titulars), (
                f"{who.name} is substituted: an absent titular without proxy"
            )
        if self.present_count is not None:
            assert self.present_count == present_n, (self.present_count, present_n)
        if self.voters is not None:
            assert self.voters == present_n + proxies, (self.voters, present_n + proxies)
        if self.in_office is not None:
            assert self.in_office == len(titulars), (self.in_office, len(titulars))

    def partner(self, m: Member) -> Member | None:
        """The other member of a titular and their substitute, if any."""
        if m.substitute_for is not None:
            return next(x for x in self.members if x.person == m.substitute_for)
        return next((x for x in self.members if x.substitute_for == m.person), None)

    def substitute(self, titular: Person) -> Person | None:
        """The substitute sitting in the titular's place, if any."""
        return next((m.person for m in self.members if m.substitute_for == titular), None)

    @property
    def proxies(self) -> int:
        """Members represented by a proxy (the printed figure when there is no member list)."""
        if self.represented is not None:
            return self.represented
        return sum(m.proxy_to is not None for m in self.members)

    @property
    def away(self) -> int:
        """Members neither present nor represented (by a proxy or a substitute)."""
        replaced = {m.substitute_for for m in self.members if m.substitute_for}
        return sum(m.status != "present" and m.proxy_to is None and m.person not in replaced for m in self.members)

    def can_vote(self) -> int:
        return sum(m.status == "present" or m.proxy_to is not None for m in self.members)


@dataclass
class GroupVote:
    group: str
    position: Position
    count: int | None = None


@dataclass
class Election:
    """A secret ballot electing one person; mapped onto a vote: for = elected, against = other
    candidates, abstention = blank + null ballots."""

    voters: int
    blank: int
    null: int
    candidates: list[tuple[Person, int]]  # elected candidate first
    office: str  # "troisième adjointe au Maire"


@dataclass
class VoteSpec:
    """A vote exactly as printed; `wording` names its renderer (see ``votes``), the JSON is the
    fields."""

    wording: str
    for_: int | None = None
    against: int | None = None
    abstention: int | None = None
    not_voting: int | None = None
    absent: int | None = None
    unanimous: bool | None = False
    result: str | None = "adopted"
    members: list[tuple[Person, Position]] = field(default_factory=list)
    groups: list[GroupVote] = field(default_factory=list)
    election: Election | None = None
    text: str | None = None  # template of the "text" wording
    bold: bool = False  # "text" wording printed in bold
    style: str = "body"  # paragraph style of the "text" wording

    def named(self, position: Position) -> list[Person]:
        return [p for p, pos in self.members if pos == position]

    def groups_at(self, position: Position) -> list[str]:
        return [g.group for g in self.groups if g.position == position]

    def cast(self) -> int | None:
        """Votes printed in figures, or None when the vote prints none."""
        figures = [self.for_, self.against, self.abstention, self.not_voting]
        if self.election or all(x is None for x in figures):
            return None
        return sum(x or 0 for x in figures)


@dataclass(frozen=True)
class Money:
    """A euro amount in a table cell (listed in the act's expected amounts)."""

    value: Decimal
    unit: str = ""  # "" when the column header carries the "€"


Cell = str | Money


@dataclass
class TableSpec:
    header: list[str]
    rows: list[list[Cell]]
    widths: list[float]  # relative column widths
    bold_last_row: bool = False
    minus: str = "- "  # sign of negative Money cells: "- 1 200,00" or, as spreadsheets print, "-1 200,00"

    def amounts(self) -> list[Decimal]:
        return [c.value for row in self.rows for c in row if isinstance(c, Money)]


@dataclass
class Styled:
    """A paragraph of an act in a paragraph style of its own, or a remark in italics
    ("Arrivée de …")."""

    text: str
    style: str | None = None
    italic: bool = False


@dataclass
class Visa:
    text: str
    refs: list[str] = field(default_factory=list)  # references cited, as printed

    def __post_init__(self) -> None:
        for ref in self.refs:
            assert ref in self.text, f"reference {ref!r} not printed in {self.text!r}"

    @staticmethod
    def marked(text: str) -> Visa:
        """ "Vu le code …, notamment son article [L. 2121-29] ;": the references cited are the
        parts in brackets, printed without the brackets."""
        return Visa(text.replace("[", "").replace("]", ""), re.findall(r"\[([^\]]+)\]", text))


@dataclass
class ArticleSpec:
    number: int
    body: str  # plain text; "\n" separates paragraphs
    table: TableSpec | None = None  # printed after the body

    @property
    def starts_with(self) -> str:
        return " ".join(self.body.split()[:5])


Block = str | TableSpec | Styled  # a paragraph of plain text, a ruled table or a styled one


@dataclass
class ActSpec:
    kind: Kind
    number: str | None = None
    # The item number printed in the heading of an item of minutes that has no deliberation
    # number ("4" of "4. Acquisition …"): the act's number in the expected record.
    item: str | None = None
    title: str | None = None
    title_lines: list[str] = field(default_factory=list)  # the title as printed, line by line
    session: Session | None = None
    collectivity: str | None = None  # for acts without a session (arrêté)
    body: str | None = None
    prefecture_id: str | None = None
    transmitted: date | None = None  # date of the préfecture stamp
    signed: date | None = None
    part_of: int | None = None
    intro: list[Block] = field(default_factory=list)  # exposé / narrative before the visas
    visas: list[Visa] = field(default_factory=list)
    considerants: list[str] = field(default_factory=list)
    decision_intro: list[str] = field(default_factory=list)  # "Après en avoir délibéré,", "DÉCIDE :"
    articles: list[ArticleSpec] = field(default_factory=list)
    outro: list[Block] = field(default_factory=list)  # text after the articles, before the vote
    votes: list[VoteSpec] = field(default_factory=list)
    amounts: list[Decimal] = field(default_factory=list)  # amounts printed in the text (not tables)
    # Keys written as null in the expected JSON instead of being omitted: facts the act does
    # not print although its text tempts a reader ("Objet : Tarifs … année 2024/2025" is no
    # act number).  Empty for most acts, whose unprinted facts are simply left out.
    null_keys: tuple[str, ...] = ()
    before: list[Any] = field(default_factory=list)  # story pieces printed before the act's own
    after: list[Any] = field(default_factory=list)  # story pieces printed after the act's own

    @property
    def is_decision(self) -> bool:
        return self.kind in ("deliberation", "arrete", "pv_item")

    def tables(self) -> list[TableSpec]:
        blocks = [*self.intro, *self.outro, *(a.table for a in self.articles if a.table)]
        return [b for b in blocks if isinstance(b, TableSpec)]

    def all_amounts(self) -> list[Decimal]:
        """Distinct amounts in print order of declaration: text first, then tables."""
        seen: list[Decimal] = []
        for value in [*self.amounts, *(v for t in self.tables() for v in t.amounts())]:
            if value not in seen:
                seen.append(value)
        return seen

    def text_blocks(self) -> list[str]:
        """Every plain-text string of the act (for the amount lint)."""
        texts = [
            b if isinstance(b, str) else b.text for b in [*self.intro, *self.outro] if not isinstance(b, TableSpec)
        ]
        texts += [v.text for v in self.visas] + self.considerants
        texts += [a.body for a in self.articles] + self.decision_intro
        return texts


@dataclass
class AttendanceWording:
    """Labels and phrasing of an attendance block, which vary a lot between collectivities."""

    present: str | None = "Présents :"  # None: present members printed by another piece
    proxies: str = "Excusés ayant donné pouvoir :"
    proxy: str = "{who} (pouvoir à {holder})"
    excused: str = "Excusés :"
    absent: str = "Absents :"
    no_voice: str = "Excusé(s) sans voix délibérative :"
    secretary: str | None = "Secrétaire de séance :"


@dataclass
class Layout:
    """Page geometry and running header/footer of one sample."""

    font_size: float = 10.0
    margins: tuple[float, float, float, float] = (25 * mm, 25 * mm, 22 * mm, 20 * mm)  # l r t b
    pagesize: tuple[float, float] = A4
    leading: float = 1.3
    justify: bool = True
    columns: int = 1
    first_page_band: float = 0.0  # height of a full-width band on page 1 (two-column layouts)
    gutter: float = 8 * mm
    header: str | None = None  # "{page}" and "{total}" are replaced
    footer: str | None = None  # right-aligned; "{page}" and "{total}" are replaced
    footer_act: int | None = None  # footer only on this act's pages, numbered within it
    footer_left: str | None = None
    # A margin box (cartouche) drawn at the top left of every page before the body, as rural
    # minutes print their counts box on each sheet: its lines, width and font size. The top
    # margin must leave room for it (see page_box_height).
    page_box: Sequence[str] = ()
    page_box_width: float = 62 * mm
    page_box_font: float = 8.0
    # A left column on page 1 beside the body, under the full-width band (`first_page_band`):
    # the margin box (cartouche) of small communes' extracts. Later pages use the full width.
    side_width: float = 0.0
    # Fake bold: bold glyphs drawn twice, this fraction of an em apart (0: real bold).
    fake_bold: float = 0.0

    def page_box_height(self) -> float:
        return len(self.page_box) * self.page_box_font * 1.25 + 8


@dataclass
class Sample:
    name: str
    genre: str
    layout: Layout
    acts: list[ActSpec]
    story: list[Any]  # the spec's story pieces, interpreted by ``pieces``
    people: People = field(default_factory=lambda: People({}, {}))
    sessions: dict[str, Session] = field(default_factory=dict)
    tables: dict[str, TableSpec] = field(default_factory=dict)
    styles: dict[str, dict] = field(default_factory=dict)  # custom paragraph styles
    vote_styles: dict[str, str] = field(default_factory=dict)  # styles replacing body/left in votes
    attendance: AttendanceWording = field(default_factory=AttendanceWording)
    article_style: str = "1er"
    name_format: NameFormat = NAME_FORMATS["civ_first_last"]
    vote_name_format: NameFormat | None = None  # names inside vote lines, if printed differently
    expect_marks: dict[str, int] = field(default_factory=dict)  # layout assertions
    check_votes_cast: bool = False  # every printed tally adds up to present + represented
    # The expected session_date of an act without a séance (an arrêté) is its `signed` date, the
    # record's date of such an act; samples written before it was stated leave it out.
    signature_dates: bool = False

"""Generate the golden sample PDFs of delib and their expected JSON.

Run ``python samples/generate.py`` from the repository root (or anywhere): it rewrites every
``samples/NAME.pdf`` and ``samples/NAME.json``.  Tests never run it; they only read its output.

Each sample is written ONCE as Python data (a *spec*: collectivity, body, session, members with
civility / first name / SURNAME and status, proxies, acts with title, number, visas, articles,
amounts and votes).  Both the PDF and the expected JSON are produced from that spec, so the JSON
is the truth of the sample, independent of any parser:

- the PDF text is rendered from the spec fields (names through the sample's name format, amounts
  through ``money()``, votes through a vote wording function);
- the JSON is the same fields in the contract shape of ``schemas/record.py``; the only facts taken
  from the layout engine are page numbers, recorded by zero-size marker flowables while reportlab
  lays the pages out.

Rules of the truth (see tests/test_samples_golden.py for how they are compared):

- names are "Prénom NOM", surname in capitals, whatever the printed order;
- a key is omitted when the fact is not printed or does not apply (inside a vote: null);
- session facts are repeated on every decision act of a PV or recueil; parts (annex, convention,
  report) only carry kind, pages and part_of;
- ``amounts`` are the distinct euro amounts printed in figures in the act (text, visas, tables),
  never those of its parts; amounts written only in words are not listed;
- ``references`` are the code articles, lois, décrets and délibérations cited in the visas.

Determinism: reportlab runs with ``invariant=1`` and only the Bitstream Vera fonts shipped inside
the reportlab package are used, so the bytes are identical between runs and machines.  Vera has
€, the French accents, « », ’ and U+00A0 but no U+202F (narrow no-break space), so thousands
separators use U+00A0.  Reportlab normally writes U+00A0 as a plain space in the text layer;
``NbspTTFont`` keeps it, so the extracted text really contains U+00A0 like office-suite PDFs do.

After writing the files the script re-reads every PDF with pypdfium2 and checks that each act's
number, title and article openings can be found on the act's pages (``--no-check`` skips it).
"""
from __future__ import annotations

import argparse
import dataclasses
import io
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Callable, Iterable, Literal, Sequence
from xml.sax.saxutils import escape

import reportlab
from reportlab import rl_config

rl_config.invariant = 1  # fixed dates and document ids: byte-identical output between runs

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import FrameBreak  # noqa: E402

SAMPLES_DIR = Path(__file__).resolve().parent
FONT_DIR = Path(reportlab.__file__).resolve().parent / "fonts"
NBSP = "\u00a0"

# --------------------------------------------------------------------------------------------
# Fonts
# --------------------------------------------------------------------------------------------

_NBSP_PROXY = 0xF8FF  # private-use code point standing for U+00A0 while reportlab subsets


class NbspTTFont(TTFont):
    """A TrueType font that writes U+00A0 as U+00A0 in the PDF text layer.

    Reportlab folds U+00A0 into the space character when it builds font subsets, so extracted
    text would show plain spaces.  Here U+00A0 is swapped for a private code point drawn with
    the space glyph, and that code point is renamed back to U+00A0 in the subset before the
    ToUnicode map is written.  Line breaking is unaffected: paragraphs still see U+00A0.
    """

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        face = self.face
        face.charToGlyph[_NBSP_PROXY] = face.charToGlyph[0x20]
        face.charWidths[_NBSP_PROXY] = face.charWidths[0x20]

    def splitString(self, text, doc, encoding="utf-8"):  # noqa: N802 (reportlab API)
        if isinstance(text, bytes):
            text = text.decode("utf-8")
        return super().splitString(text.replace(NBSP, chr(_NBSP_PROXY)), doc, encoding)

    def addObjects(self, doc) -> None:  # noqa: N802 (reportlab API)
        state = self.state.get(doc)
        if state is not None:
            for subset in state.subsets:
                for i, code in enumerate(subset):
                    if code == _NBSP_PROXY:
                        subset[i] = 0xA0
        super().addObjects(doc)


FONT = "Vera"
FONT_BOLD = "Vera-Bold"
FONT_ITALIC = "Vera-Italic"


def register_fonts() -> None:
    """Register the Vera family shipped with reportlab (works on any machine with reportlab)."""
    files = {FONT: "Vera.ttf", FONT_BOLD: "VeraBd.ttf", FONT_ITALIC: "VeraIt.ttf",
             "Vera-BoldItalic": "VeraBI.ttf"}
    for name, filename in files.items():
        pdfmetrics.registerFont(NbspTTFont(name, str(FONT_DIR / filename)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                  boldItalic="Vera-BoldItalic")


# --------------------------------------------------------------------------------------------
# French text helpers: numbers and dates in words, dates in figures, amounts
# --------------------------------------------------------------------------------------------

_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
          "onze", "douze", "treize", "quatorze", "quinze", "seize"]
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]


def _below_100(n: int) -> str:
    if n <= 16:
        return _UNITS[n]
    if n < 20:
        return "dix-" + _UNITS[n - 10]
    if n < 70:
        tens, unit = divmod(n, 10)
        if unit == 0:
            return _TENS[tens]
        return _TENS[tens] + (" et un" if unit == 1 else "-" + _UNITS[unit])
    if n < 80:
        return "soixante et onze" if n == 71 else "soixante-" + _below_100(n - 60)
    return "quatre-vingts" if n == 80 else "quatre-vingt-" + _below_100(n - 80)


def _below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    if hundreds == 0:
        return _below_100(rest)
    head = "cent" if hundreds == 1 else _UNITS[hundreds] + " cent"
    if rest == 0:
        return head + ("s" if hundreds > 1 else "")
    return head + " " + _below_100(rest)


def fr_number(n: int) -> str:
    """A whole number in French words (traditional spelling): 2024 -> "deux mille vingt-quatre"."""
    thousands, rest = divmod(n, 1000)
    if thousands == 0:
        return _below_1000(rest)
    head = "mille" if thousands == 1 else _below_1000(thousands) + " mille"
    return head if rest == 0 else head + " " + _below_1000(rest)


def session_opening_words(day: date, hour: int, minute: int) -> str:
    """ "L'an deux mille vingt-quatre, le vingt-six mars à dix-huit heures trente" """
    day_words = "premier" if day.day == 1 else fr_number(day.day)
    hour_words = fr_number(hour)
    if hour_words.endswith(" et un"):
        hour_words += "e"  # "vingt et une heures"
    time_words = f"{hour_words} heure{'s' if hour > 1 else ''}"
    if minute:
        time_words += " " + fr_number(minute)
    return (f"L'an {fr_number(day.year)}, le {day_words} {MONTHS[day.month - 1]} "
            f"à {time_words}")


def date_long(day: date) -> str:
    """ "26 mars 2024", "1er juin 2024" """
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {MONTHS[day.month - 1]} {day.year}"


def date_num(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def money(value: str | int | Decimal, *, sep: str = NBSP, cents: bool | None = None,
          unit: str = "€", unit_sep: str = NBSP, decimal_mark: str = ",", minus: str = "- ") -> str:
    """Print an amount the way French documents do.

    money("35830") -> "35 830 €" (U+00A0 separators); money("1234567.89", sep=".",
    unit="euros", unit_sep=" ") -> "1.234.567,89 euros"; money("-2500", cents=True) ->
    "- 2 500,00 €" (minus="-" gives "-2 500,00 €"); unit="" gives the bare figure used in
    table cells.
    """
    amount = Decimal(str(value))
    show_cents = cents if cents is not None else amount != amount.to_integral_value()
    magnitude = abs(amount)
    if show_cents:
        whole, frac = f"{magnitude:.2f}".split(".")
    else:
        whole, frac = str(int(magnitude)), ""
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = sep.join(groups) + (decimal_mark + frac if frac else "")
    if amount < 0:
        text = minus + text
    return text + (unit_sep + unit if unit else "")


def json_number(value: Decimal) -> int | float:
    """Whole euros as integers, the rest as floats (the contract's serialisation of amounts)."""
    return int(value) if value == value.to_integral_value() else float(value)


# --------------------------------------------------------------------------------------------
# The spec: people, sessions, votes, articles, acts, samples
# --------------------------------------------------------------------------------------------

Status = Literal["present", "excused", "absent"]
Position = Literal["for", "against", "abstention", "not_voting", "absent"]


@dataclass(frozen=True)
class Person:
    civility: str  # "M." or "Mme"
    first: str
    last: str  # surname in capitals, as printed

    @property
    def name(self) -> str:
        """The contract form: "Prénom NOM"."""
        return f"{self.first} {self.last}"

    def civ_first_last(self) -> str:
        return f"{self.civility} {self.first} {self.last}"

    def last_first(self) -> str:
        return f"{self.last} {self.first}"

    def civ_last_first(self) -> str:
        return f"{self.civility} {self.last} {self.first}"

    def title_caps(self) -> str:
        """ "MONSIEUR JEAN-MARC FONTAINE" as in a Département's "PRESIDENCE DE ..." line."""
        word = "MONSIEUR" if self.civility == "M." else "MADAME"
        return f"{word} {self.first.upper()} {self.last}"

    def formal(self) -> str:
        """ "Monsieur Jean-Marc Fontaine", as conventions name their signatories."""
        word = "Monsieur" if self.civility == "M." else "Madame"
        return f"{word} {self.first} {self.last.title()}"


NameFormat = Callable[[Person], str]


def person(text: str) -> Person:
    """Build a Person from "M. Jean-Marc FONTAINE" or "Mme Anne-Sophie DE LA MOTTE".

    Only used to write specs compactly: the first token is the civility, the words in capitals
    are the surname, the others the first name.
    """
    civility, *words = text.split()
    first = [w for w in words if not w.isupper()]
    last = [w for w in words if w.isupper()]
    return Person(civility, " ".join(first), " ".join(last))


def people(text: str) -> list[Person]:
    return [person(chunk.strip()) for chunk in text.split(";") if chunk.strip()]


_POOL_FIRST_F = ("Anne Claire Sophie Isabelle Nathalie Martine Sylvie Catherine Valérie Hélène "
                 "Marie-Christine Élodie Laurence Brigitte Céline Delphine Françoise Agnès Monique "
                 "Véronique Émilie Chantal Aurélie Josiane Maryse Odile Pascale Sandrine").split()
_POOL_FIRST_M = ("Jean Paul Luc Pierre Michel Philippe Alain Bernard Christophe Frédéric Jean-Marc "
                 "Olivier Thierry Patrick Didier Éric Laurent Gérard Sébastien Hervé Jacques Yves "
                 "Stéphane Benoît Rémi Gilles Damien Serge").split()
_POOL_LAST = ("VASSEUR,BOUCHER,FLEURY,ROYER,KLEIN,JACQUET,POIRIER,MARTY,AUBRY,GUYOT,CARRÉ,"
              "RENAULT,CHARPENTIER,MÉNARD,MAILLARD,BARON,BAILLY,SCHNEIDER,COLLET,LÉGER,BOUVIER,"
              "JULIEN,PRÉVOST,MILLET,PERROT,COUSIN,GERMAIN,BRETON,BESSON,LANGLOIS,RÉMY,"
              "PELLETIER,LÉVÊQUE,PERRIER,LEBRUN,MARCHAL,WEBER,MALLET,HAMON,BOULANGER,JACOB,"
              "MONNIER,MICHAUD,GUICHARD,GILLET,POULAIN,TESSIER,CHAUVIN,BOUCHET,GAY,HUMBERT,"
              "REYNAUD,PICHON,LEJEUNE,GILBERT,DELAUNAY,CARLIER,LAPORTE,DEVAUX,TRAN,"
              "LE BRIS,DUHAMEL-RIVIÈRE,FOUCHER,BRUNEAU").split(",")


def assembly(count: int, offset: int, exclude: Iterable[Person] = ()) -> list[Person]:
    """`count` distinct fictional elected members, deterministic for a given offset.

    Women and men alternate; surnames are walked with a stride so that two samples using
    different offsets do not look alike.
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


@dataclass
class Member:
    person: Person
    status: Status
    proxy_to: Person | None = None
    note: str | None = None  # printed after the name, e.g. "(arrivée à 19 h 20)"
    proxy_wording: str | None = None  # overrides the sample's proxy wording for this member
    voice: bool = True  # False for "Excusé(s) sans voix délibérative"


def present(*persons: Person) -> list[Member]:
    return [Member(p, "present") for p in persons]


def excused(*persons: Person) -> list[Member]:
    return [Member(p, "excused") for p in persons]


def absent(*persons: Person) -> list[Member]:
    return [Member(p, "absent") for p in persons]


def proxy(giver: Person, holder: Person, wording: str | None = None) -> Member:
    return Member(giver, "excused", proxy_to=holder, proxy_wording=wording)


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

    def __post_init__(self) -> None:
        if self.members:
            self.check_counts()

    def check_counts(self) -> None:
        present_n = sum(m.status == "present" for m in self.members)
        proxies = sum(m.proxy_to is not None for m in self.members)
        voting = [m for m in self.members if m.voice]
        for holder in (m.proxy_to for m in self.members if m.proxy_to):
            assert any(m.person == holder and m.status == "present" for m in self.members), holder
        if self.present_count is not None:
            assert self.present_count == present_n, (self.present_count, present_n)
        if self.voters is not None:
            assert self.voters == present_n + proxies, (self.voters, present_n + proxies)
        if self.in_office is not None:
            assert self.in_office == len(voting), (self.in_office, len(voting))

    def status_of(self, who: Person) -> Status:
        return next(m.status for m in self.members if m.person == who)


@dataclass
class GroupVote:
    group: str
    position: Position
    count: int | None = None


@dataclass
class Election:
    """A secret ballot electing one person; mapped onto a vote (see election_vote)."""

    voters: int
    blank: int
    null: int
    candidates: list[tuple[Person, int]]  # elected candidate first
    office: str  # "troisième adjointe au Maire"


VoteRender = Callable[["Ctx", "VoteSpec"], list[Flowable]]


@dataclass
class VoteSpec:
    """A vote exactly as printed; `render` prints it, the JSON is the fields."""

    render: VoteRender
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

    def named(self, position: Position) -> list[Person]:
        return [p for p, pos in self.members if pos == position]

    def groups_at(self, position: Position) -> list[str]:
        return [g.group for g in self.groups if g.position == position]


@dataclass(frozen=True)
class Money:
    """A euro amount in a table cell (listed in the act's expected amounts)."""

    value: Decimal
    unit: str = ""  # "" when the column header carries the "€"

    @staticmethod
    def of(value: str | int, unit: str = "") -> "Money":
        return Money(Decimal(str(value)), unit)


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
class Visa:
    text: str
    refs: list[str] = field(default_factory=list)  # references cited, as printed

    def __post_init__(self) -> None:
        for ref in self.refs:
            assert ref in self.text, f"reference {ref!r} not printed in {self.text!r}"


@dataclass
class ArticleSpec:
    number: int
    body: str  # plain text; "\n" separates paragraphs
    table: TableSpec | None = None  # printed after the body

    @property
    def starts_with(self) -> str:
        return " ".join(self.body.split()[:5])


Kind = Literal["deliberation", "arrete", "pv_item", "report", "convention", "annex", "other"]
Block = str | TableSpec  # a paragraph of plain text or a ruled table


@dataclass
class ActSpec:
    kind: Kind
    number: str | None = None
    title: str | None = None
    session: Session | None = None
    collectivity: str | None = None  # for acts without a session (arrêté)
    body: str | None = None
    prefecture_id: str | None = None
    part_of: int | None = None
    intro: list[Block] = field(default_factory=list)  # exposé / narrative before the visas
    visas: list[Visa] = field(default_factory=list)
    considerants: list[str] = field(default_factory=list)
    decision_intro: list[str] = field(default_factory=list)  # "Après en avoir délibéré,", "DÉCIDE :"
    articles: list[ArticleSpec] = field(default_factory=list)
    outro: list[Block] = field(default_factory=list)  # text after the articles, before the vote
    votes: list[VoteSpec] = field(default_factory=list)
    amounts: list[str] = field(default_factory=list)  # amounts printed in the text (not tables)
    # Keys written as null in the expected JSON instead of being omitted: facts the act does
    # not print although its text tempts a reader ("Objet : Tarifs … année 2024/2025" is no
    # act number).  Empty for most acts, whose unprinted facts are simply left out.
    null_keys: tuple[str, ...] = ()

    @property
    def is_decision(self) -> bool:
        return self.kind in ("deliberation", "arrete", "pv_item")

    def tables(self) -> list[TableSpec]:
        blocks = [*self.intro, *self.outro, *(a.table for a in self.articles if a.table)]
        return [b for b in blocks if isinstance(b, TableSpec)]

    def all_amounts(self) -> list[Decimal]:
        """Distinct amounts in print order of declaration: text first, then tables."""
        seen: list[Decimal] = []
        for value in [*(Decimal(a) for a in self.amounts),
                      *(v for t in self.tables() for v in t.amounts())]:
            if value not in seen:
                seen.append(value)
        return seen

    def text_blocks(self) -> list[str]:
        """Every plain-text string of the act (for the amount lint)."""
        texts = [b for b in [*self.intro, *self.outro] if isinstance(b, str)]
        texts += [v.text for v in self.visas] + self.considerants
        texts += [a.body for a in self.articles] + self.decision_intro
        return texts


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
    header: Callable[[int, int], str | None] | None = None  # (page, total) -> text
    footer: Callable[[int, int, dict[str, int]], str | None] | None = None  # (page, total, marks)
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

    def page_box_height(self) -> float:
        return len(self.page_box) * self.page_box_font * 1.25 + 8


@dataclass
class Sample:
    name: str
    genre: str
    layout: Layout
    acts: list[ActSpec]
    story: Callable[["Ctx"], list[Flowable]]
    name_format: NameFormat = Person.civ_first_last
    vote_name_format: NameFormat | None = None  # names inside vote lines, if printed differently
    expect_marks: dict[str, int] = field(default_factory=dict)  # layout assertions


# --------------------------------------------------------------------------------------------
# Expected JSON
# --------------------------------------------------------------------------------------------


def vote_json(vote: VoteSpec, session: Session | None) -> dict:
    """The vote as the record states it: the printed figures, completed by the conventions of
    docs/record.md ("Derived counts"): unanimity means no vote against, and no abstention or
    non-voter unless some are named or the unanimity is only "des suffrages exprimés"; then
    "for" is the printed number of votants; "absent" counts the members neither present nor
    represented when the attendance is listed."""
    values = {"for": vote.for_, "against": vote.against, "abstention": vote.abstention,
              "not_voting": vote.not_voting, "absent": vote.absent}
    printed = [values[k] for k in ("for", "against", "abstention", "not_voting")]
    if vote.result != "withdrawn" and vote.election is None and any(v is not None for v in printed):
        # A printed tally states every position that received votes; the others received none.
        for key in ("against", "abstention", "not_voting"):
            values[key] = 0 if values[key] is None else values[key]
    unanimous = vote.unanimous or (bool(values["for"]) and not any(values[k] for k in ("against", "abstention", "not_voting")))
    if unanimous:
        values["against"] = 0 if values["against"] is None else values["against"]
        if values["not_voting"] is None:
            values["not_voting"] = len(vote.named("not_voting"))
        if values["abstention"] is None and vote.render is not vote_unanimous_exprimes:
            values["abstention"] = len(vote.named("abstention"))
        if (values["for"] is None and session is not None and session.voters is not None
                and values["abstention"] == 0 and values["not_voting"] == 0):
            values["for"] = session.voters
    if values["absent"] is None and vote.result != "withdrawn" and session is not None and session.members:
        values["absent"] = sum(1 for m in session.members if m.status != "present" and m.proxy_to is None)
    return {
        **values,
        "unanimous": unanimous if vote.result != "withdrawn" else vote.unanimous, "result": vote.result,
        "members": [{"name": p.name, "position": pos} for p, pos in vote.members],
        "groups": [{"group": g.group, "position": g.position, "count": g.count}
                   for g in vote.groups],
    }


def session_json(session: Session) -> dict:
    out: dict = {"collectivity": session.collectivity, "body": session.body,
                 "session_date": session.day.isoformat()}
    if session.convocation:
        out["convocation_date"] = session.convocation.isoformat()
    if session.president:
        out["president"] = session.president.name
    if session.secretary:
        out["secretary"] = session.secretary.name
    for key, value in (("members_in_office", session.in_office),
                       ("present_count", session.present_count),
                       ("voters_count", session.voters)):
        if value is not None:
            out[key] = value
    return out


def attendance_json(session: Session) -> list[dict]:
    return [{"name": m.person.name, "status": m.status,
             "proxy_to": m.proxy_to.name if m.proxy_to else None} for m in session.members]


def act_json(act: ActSpec, pages: tuple[int, int]) -> dict:
    out: dict = {"kind": act.kind, "pages": list(pages)}
    if act.part_of is not None:
        out["part_of"] = act.part_of
        return out
    if act.number:
        out["number"] = act.number
    out.update({key: None for key in act.null_keys if key not in out})
    if act.title:
        out["title"] = act.title
    if not act.is_decision:
        return out
    if act.session:
        out.update(session_json(act.session))
    if act.collectivity:
        out["collectivity"] = act.collectivity
    if act.body:
        out["body"] = act.body
    if act.prefecture_id:
        out["prefecture_id"] = act.prefecture_id
    if act.session and act.session.members:
        out["attendance"] = attendance_json(act.session)
    out["votes"] = [vote_json(v, act.session) for v in act.votes]
    out["articles"] = [{"number": a.number, "starts_with": a.starts_with} for a in act.articles]
    out["amounts"] = [json_number(v) for v in act.all_amounts()]
    refs = [r for v in act.visas for r in v.refs]
    if refs:
        out["references"] = list(dict.fromkeys(refs))
    return out


def sample_json(sample: Sample, pages: int, marks: dict[str, int]) -> dict:
    acts = [act_json(act, (marks[f"act{i}.start"], marks[f"act{i}.end"]))
            for i, act in enumerate(sample.acts)]
    return {"document": {"pages": pages, "text_layer": True, "status": "parsed"}, "acts": acts}


# --------------------------------------------------------------------------------------------
# Rendering context, styles and marker flowables
# --------------------------------------------------------------------------------------------


@dataclass
class Styles:
    body: ParagraphStyle
    left: ParagraphStyle
    small: ParagraphStyle
    center: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    right: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle


def make_styles(layout: Layout) -> Styles:
    size = layout.font_size
    lead = size * layout.leading
    body = ParagraphStyle("body", fontName=FONT, fontSize=size, leading=lead, spaceAfter=size * 0.45,
                          alignment=TA_JUSTIFY if layout.justify else TA_LEFT)
    cell = ParagraphStyle("cell", parent=body, fontSize=size - 1.5, leading=(size - 1.5) * 1.2,
                          spaceAfter=0, alignment=TA_LEFT, splitLongWords=0)
    return Styles(
        body=body,
        left=ParagraphStyle("left", parent=body, alignment=TA_LEFT),
        small=ParagraphStyle("small", parent=body, fontSize=size - 2, leading=(size - 2) * 1.25,
                             alignment=TA_LEFT),
        center=ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        title=ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=size + 3,
                             leading=(size + 3) * 1.25, alignment=TA_CENTER, spaceAfter=size * 0.8),
        heading=ParagraphStyle("heading", parent=body, fontName=FONT_BOLD, alignment=TA_LEFT,
                               spaceBefore=size * 0.6, keepWithNext=1),
        right=ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=FONT_BOLD, alignment=TA_CENTER),
    )


class Mark(Flowable):
    """Zero-size flowable recording the page it lands on (act boundaries, layout checks)."""

    def __init__(self, registry: dict[str, int], key: str, keep_with_next: bool = False) -> None:
        super().__init__()
        self.registry = registry
        self.key = key
        self.keepWithNext = keep_with_next

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.registry[self.key] = self.canv.getPageNumber()


class Stamp(Flowable):
    """Schedules a préfecture acknowledgement box on the current page.

    The box is drawn at the end of the page (onPageEnd), as @ctes stamps are overlays added
    after signature: in the content stream, hence in extracted text, it comes last.
    """

    def __init__(self, registry: dict[int, list[list[str]]], lines: list[str]) -> None:
        super().__init__()
        self.registry = registry
        self.lines = lines

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.registry.setdefault(self.canv.getPageNumber(), []).append(self.lines)


@dataclass
class Ctx:
    """What story builders need: styles, the sample's name format, registries, frame width."""

    st: Styles
    name: NameFormat
    width: float
    vname: NameFormat  # names inside vote lines
    marks: dict[str, int] = field(default_factory=dict)
    stamps: dict[int, list[list[str]]] = field(default_factory=dict)

    def start(self, i: int) -> Flowable:
        return Mark(self.marks, f"act{i}.start", keep_with_next=True)

    def end(self, i: int) -> Flowable:
        return Mark(self.marks, f"act{i}.end")

    def mark(self, key: str) -> Flowable:
        return Mark(self.marks, key)


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped)."""
    return Paragraph(escape(text), style)


def rich(markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph whose text already contains reportlab markup (<b>, <i>, <br/>)."""
    return Paragraph(markup, style)


def labelled(label: str, text: str, style: ParagraphStyle) -> Paragraph:
    """ "<b>Présents :</b> M. Jean DUPONT, ..." """
    return Paragraph(f"<b>{escape(label)}</b> {escape(text)}", style)


def lines(texts: Sequence[str], style: ParagraphStyle) -> Paragraph:
    """Several short lines in one paragraph (forced line breaks)."""
    return Paragraph("<br/>".join(escape(t) for t in texts), style)


# --------------------------------------------------------------------------------------------
# Building blocks
# --------------------------------------------------------------------------------------------


def letterhead(ctx: Ctx, left: Sequence[str], right: Sequence[str] = (),
               left_bold: bool = True) -> Flowable:
    """Two-cell borderless header: the collectivity on the left, the Republic on the right."""
    head = ParagraphStyle("lh", parent=ctx.st.small, fontName=FONT_BOLD if left_bold else FONT)
    cells = [[lines(left, head), lines(right, ParagraphStyle("lhr", parent=ctx.st.small,
                                                             alignment=TA_RIGHT))]]
    table = Table(cells, colWidths=[ctx.width * 0.6, ctx.width * 0.4])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def logo_box(ctx: Ctx, acronym: str, caption: Sequence[str]) -> Flowable:
    """A drawn logo (framed acronym) next to the organisation's name."""
    logo = Table([[para(acronym, ParagraphStyle("logo", parent=ctx.st.center, fontName=FONT_BOLD,
                                                 fontSize=ctx.st.body.fontSize + 4,
                                                 leading=ctx.st.body.fontSize + 8))]],
                 colWidths=[28 * mm], rowHeights=[16 * mm])
    logo.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#1f4e79")),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#dbe8f5"))]))
    table = Table([[logo, lines(caption, ParagraphStyle("cap", parent=ctx.st.small,
                                                        fontName=FONT_BOLD))]],
                  colWidths=[34 * mm, ctx.width - 34 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def boxed(ctx: Ctx, texts: Sequence[str], style: ParagraphStyle | None = None,
          width: float | None = None) -> Flowable:
    """Texts in a single ruled box (counts box, title box)."""
    table = Table([[lines(texts, style or ctx.st.left)]], colWidths=[width or ctx.width])
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                               ("TOPPADDING", (0, 0), (-1, -1), 4),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return table


def ruled_table(ctx: Ctx, spec: TableSpec, money_unit_sep: str = NBSP) -> Table:
    """A ruled table (grid, grey header row); Money cells right-aligned, French format."""

    def cell(value: Cell) -> Paragraph:
        if isinstance(value, Money):
            text = money(value.value, cents=True, unit=value.unit, unit_sep=money_unit_sep,
                         minus=spec.minus)
            return para(text, ctx.st.cell_right)
        return para(value, ctx.st.cell)

    data = [[para(h, ctx.st.cell_head) for h in spec.header]]
    data += [[cell(c) for c in row] for row in spec.rows]
    total = sum(spec.widths)
    table = Table(data, colWidths=[ctx.width * w / total for w in spec.widths], repeatRows=1)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    if spec.bold_last_row:
        style.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f2f2f2")))
    table.setStyle(TableStyle(style))
    return table


def blocks(ctx: Ctx, items: Sequence[Block], style: ParagraphStyle | None = None) -> list[Flowable]:
    out: list[Flowable] = []
    for item in items:
        if isinstance(item, TableSpec):
            out += [ruled_table(ctx, item), Spacer(1, 6)]
        else:
            out.append(para(item, style or ctx.st.body))
    return out


@dataclass
class AttendanceWording:
    """Labels and phrasing of an attendance block, which vary a lot between collectivities."""

    present: str | None = "Présents :"  # None: present members printed by the sample itself
    proxies: str = "Excusés ayant donné pouvoir :"
    proxy: str = "{who} (pouvoir à {holder})"
    excused: str = "Excusés :"
    absent: str = "Absents :"
    no_voice: str = "Excusé(s) sans voix délibérative :"
    secretary: str | None = "Secrétaire de séance :"


def attendance_texts(ctx: Ctx, session: Session, wording: AttendanceWording
                     ) -> list[tuple[str, list[str]]]:
    """(label, printed entries) for each non-empty attendance category, in print order."""
    groups = [
        (wording.present, [m for m in session.members if m.status == "present"]),
        (wording.proxies, [m for m in session.members if m.proxy_to]),
        (wording.excused, [m for m in session.members
                           if m.status == "excused" and not m.proxy_to and m.voice]),
        (wording.absent, [m for m in session.members if m.status == "absent" and not m.proxy_to]),
        (wording.no_voice, [m for m in session.members if not m.voice]),
    ]
    return [(label, [attendance_entry(ctx, m, wording) for m in members])
            for label, members in groups if label and members]


def attendance_entry(ctx: Ctx, m: Member, wording: AttendanceWording) -> str:
    """ "Mme Anne MARTIN (pouvoir à M. Paul DURAND)"; {e} in a wording agrees with the giver."""
    text = ctx.name(m.person)
    if m.proxy_to:
        pattern = m.proxy_wording or wording.proxy
        text = pattern.format(who=text, holder=ctx.name(m.proxy_to),
                              e="e" if m.person.civility == "Mme" else "")
    return text + (f" {m.note}" if m.note else "")


def attendance_block(ctx: Ctx, session: Session, wording: AttendanceWording = AttendanceWording(),
                     style: ParagraphStyle | None = None) -> list[Flowable]:
    """Attendance as running paragraphs: "Présents : A, B, C." one paragraph per category."""
    out: list[Flowable] = []
    for label, entries in attendance_texts(ctx, session, wording):
        out.append(labelled(label, ", ".join(entries) + ".", style or ctx.st.body))
    if wording.secretary and session.secretary:
        out.append(labelled(wording.secretary, ctx.name(session.secretary) + ".",
                            style or ctx.st.body))
    return out


def two_column_list(ctx: Ctx, entries: Sequence[str], style: ParagraphStyle | None = None
                    ) -> Table:
    """Entries split in two columns (first half left, second half right), no rules."""
    half = (len(entries) + 1) // 2
    cells = [[lines(entries[:half], style or ctx.st.left),
              lines(entries[half:], style or ctx.st.left)]]
    table = Table(cells, colWidths=[ctx.width / 2] * 2)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
    return table


def visas_block(ctx: Ctx, act: ActSpec) -> list[Flowable]:
    return [para(v.text, ctx.st.body) for v in act.visas] + \
        [para(c, ctx.st.body) for c in act.considerants]


@dataclass
class ArticleStyle:
    label: Callable[[int], str] = lambda n: "Article 1er :" if n == 1 else f"Article {n} :"
    inline: bool = True  # body on the label's line, or on the next line (Département style)
    underline: bool = False


ART_1ER = ArticleStyle()
ART_PLAIN_OWN_LINE = ArticleStyle(label=lambda n: f"Article {n} :", inline=False, underline=True)
ART_CAPS_DASH = ArticleStyle(label=lambda n: f"ARTICLE {n} –")
ART_PREMIER = ArticleStyle(label=lambda n: "Article premier :" if n == 1 else f"Article {n} :")


def articles_block(ctx: Ctx, articles: Sequence[ArticleSpec], style: ArticleStyle = ART_1ER,
                   marks_prefix: str | None = None) -> list[Flowable]:
    out: list[Flowable] = []
    for article in articles:
        label = escape(style.label(article.number))
        label = f"<u>{label}</u>" if style.underline else label
        paragraphs = [escape(p) for p in article.body.split("\n")]
        if marks_prefix:
            out.append(Mark(ctx.marks, f"{marks_prefix}{article.number}",
                            keep_with_next=not style.inline))
        if style.inline:
            out.append(rich(f"<b>{label}</b> {paragraphs[0]}", ctx.st.body))
        else:
            out.append(rich(f"<b>{label}</b>", ParagraphStyle(
                "arthead", parent=ctx.st.left, keepWithNext=1, spaceBefore=4)))
            out.append(rich(paragraphs[0], ctx.st.body))
        out += [rich(p, ctx.st.body) for p in paragraphs[1:]]
        if article.table:
            out += [ruled_table(ctx, article.table), Spacer(1, 8)]
    return out


def decision_block(ctx: Ctx, act: ActSpec, article_style: ArticleStyle = ART_1ER,
                   vote_first: bool = False, marks_prefix: str | None = None,
                   with_votes: bool = True) -> list[Flowable]:
    """Intro, visas, "DÉCIDE :", articles, outro and votes, in the usual order."""
    out = blocks(ctx, act.intro) + visas_block(ctx, act)
    decide = [rich(f"<b>{escape(t)}</b>" if t.isupper() or t.endswith(":") else escape(t),
                   ctx.st.left if t.endswith(":") else ctx.st.body) for t in act.decision_intro]
    votes = votes_block(ctx, act) if with_votes else []
    if vote_first:
        out += votes + decide
    else:
        out += decide
    out += articles_block(ctx, act.articles, article_style, marks_prefix) + blocks(ctx, act.outro)
    if not vote_first:
        out += votes
    return out


def votes_block(ctx: Ctx, act: ActSpec) -> list[Flowable]:
    return [f for v in act.votes for f in v.render(ctx, v)]


def stamp(ctx: Ctx, prefecture_id: str, sent: date, received: date | None = None) -> Flowable:
    texts = ["Accusé de réception en préfecture", prefecture_id,
             f"Date de télétransmission : {date_num(sent)}"]
    texts.append(f"Date de réception préfecture : {date_num(received or sent)}")
    return Stamp(ctx.stamps, texts)


def signature(ctx: Ctx, texts: Sequence[str], align: str = "right") -> Flowable:
    style = ParagraphStyle("sig", parent=ctx.st.left, leftIndent=ctx.width * 0.5 if align == "right"
                           else 0, spaceBefore=10)
    return KeepTogether([lines(texts, style)])


def signatures_side_by_side(ctx: Ctx, left: Sequence[str], right: Sequence[str]) -> Flowable:
    table = Table([[lines(left, ctx.st.left), lines(right, ctx.st.left)]],
                  colWidths=[ctx.width / 2] * 2)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 12)]))
    return KeepTogether([table])


def separator(ctx: Ctx) -> Flowable:
    return para("…" + "." * 60, ctx.st.center)


# ---- vote wordings ------------------------------------------------------------------------


def _bold_line(ctx: Ctx, text: str, style: ParagraphStyle | None = None) -> Paragraph:
    return rich(f"<b>{escape(text)}</b>", style or ctx.st.left)


def _paren(ctx: Ctx, persons: Sequence[Person]) -> str:
    return f" ({', '.join(ctx.vname(p) for p in persons)})" if persons else ""


def vote_registre(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """Pour : 12   Contre : 1 (M. Luc BERNARD)   Abstention : 0  /  Adopté"""
    gap = NBSP * 4
    text = (f"Pour : {v.for_}{gap}Contre : {v.against}{_paren(ctx, v.named('against'))}{gap}"
            f"Abstention : {v.abstention}{_paren(ctx, v.named('abstention'))}")
    return [para(text, ctx.st.left), _bold_line(ctx, "Adopté" if v.result == "adopted" else "Rejeté")]


def vote_dashes_simple(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """Pour : 20 – Contre : 2 – Abstentions : 0 (no names), adopted."""
    return [para(f"Pour : {v.for_} – Contre : {v.against} – Abstentions : {v.abstention}",
                 ctx.st.left), _bold_line(ctx, "Adoptée à la majorité.")]


def vote_registre_votants(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """Vote block with its own heading, printed after the articles."""
    return [_bold_line(ctx, "Résultat du vote :"),
            lines([f"Votants : {(v.for_ or 0) + (v.against or 0) + (v.abstention or 0)}",
                   f"Pour : {v.for_}", f"Contre : {v.against}", f"Abstention : {v.abstention}"],
                  ctx.st.left),
            _bold_line(ctx, "La délibération est adoptée.")]


def vote_unanimous(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    return [_bold_line(ctx, "Adopté à l'unanimité.")]


def vote_par_voix(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """Adopté par 15 voix pour, 2 contre (M. DURAND Paul, Mme ROUSSEL Agnès), 0 abstention."""
    text = (f"Adopté par {v.for_} voix pour, {v.against} contre{_paren(ctx, v.named('against'))}, "
            f"{v.abstention} abstention{'s' if (v.abstention or 0) > 1 else ''}"
            f"{_paren(ctx, v.named('abstention'))}.")
    return [_bold_line(ctx, text)]


def vote_caps(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """16 voix POUR – 1 ABSTENTION (Mme BONNET Claire)"""
    text = (f"{v.for_} voix POUR – {v.abstention} ABSTENTION"
            f"{'S' if (v.abstention or 0) > 1 else ''}{_paren(ctx, v.named('abstention'))}")
    return [_bold_line(ctx, text)]


def _groups_paren(groups: Sequence[str]) -> str:
    return f" ({' ; '.join(groups)})" if groups else ""


def vote_departement(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """The Département's "Dans les conditions de vote ci-dessous" block."""
    out = [para("Dans les conditions de vote ci-dessous :", ctx.st.left)]
    out.append(para(f"Pour : {v.for_} voix{_groups_paren(v.groups_at('for'))}", ctx.st.left))
    out.append(para(f"Contre : {v.against} voix{_groups_paren(v.groups_at('against'))}",
                    ctx.st.left))
    out.append(para(f"Abstention : {v.abstention} voix{_groups_paren(v.groups_at('abstention'))}",
                    ctx.st.left))
    if v.absent is not None:
        out.append(para(f"Absent sans délégation de vote : {v.absent}"
                        f"{_groups_paren(v.groups_at('absent'))}", ctx.st.left))
    out.append(para("(Adopté)" if v.result == "adopted" else "(Rejeté)", ctx.st.left))
    return out


def vote_region_prose(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """Pour : 43 voix (Groupe A ; Groupe B)  Contre : 5 voix (Groupe C) ..."""
    rows = [("Pour", v.for_, "for"), ("Contre", v.against, "against"),
            ("Abstention", v.abstention, "abstention")]
    out = [_bold_line(ctx, "Résultat du vote :")]
    for label, count, position in rows:
        out.append(para(f"{label} : {count} voix{_groups_paren(v.groups_at(position))}",
                        ctx.st.left))
    out.append(_bold_line(ctx, "La délibération est adoptée." if v.result == "adopted"
                          else "La délibération est rejetée."))
    return out


def vote_group_table(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """A ruled table: one row per group, one column per position, and a total row."""
    positions: list[tuple[Position, str]] = [("for", "Pour"), ("against", "Contre"),
                                             ("abstention", "Abstention"),
                                             ("not_voting", "Ne prend pas part au vote")]
    order = list(dict.fromkeys(g.group for g in v.groups))
    counts = {(g.group, g.position): g.count for g in v.groups}
    rows: list[list[Cell]] = [[grp, *[str(counts.get((grp, pos), 0)) for pos, _ in positions]]
                              for grp in order]
    totals = {"for": v.for_, "against": v.against, "abstention": v.abstention,
              "not_voting": v.not_voting}
    rows.append(["Total", *[str(totals[pos]) for pos, _ in positions]])
    spec = TableSpec(["Groupe politique", *[label for _, label in positions]], rows,
                     [4, 1.2, 1.2, 1.4, 1.8], bold_last_row=True)
    verdict = "La délibération est adoptée." if v.result == "adopted" else "La délibération est rejetée."
    return [_bold_line(ctx, "Résultat du vote par groupe politique :"), ruled_table(ctx, spec),
            Spacer(1, 6), _bold_line(ctx, verdict)]


def vote_unanimous_exprimes(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """Vote printed before DÉCIDE in the bureau's sentence (Syndicat style)."""
    who = ", ".join(ctx.vname(p) for p in v.named("abstention"))
    return [para(f"Le Bureau syndical, après en avoir délibéré, à l'unanimité des suffrages "
                 f"exprimés ({v.abstention} abstentions : {who}),", ctx.st.body)]


def vote_majorite(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """Adopté à la majorité : 14 voix pour, 3 voix contre (M. A, Mme B, M. C)."""
    return [_bold_line(ctx, f"Adopté à la majorité : {v.for_} voix pour, {v.against} voix contre"
                            f"{_paren(ctx, v.named('against'))}.")]


def vote_rejet(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    return [para(f"Pour : {v.for_}, Contre : {v.against}, Abstention : {v.abstention}",
                 ctx.st.left), _bold_line(ctx, "Rejeté")]


def vote_dashes(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """Pour : 12 – Contre : 0 – Abstention : 0 – Ne prend pas part au vote : 1 (M. X)"""
    text = f"Pour : {v.for_} – Contre : {v.against} – Abstention : {v.abstention}"
    if v.not_voting is not None:
        text += f" – Ne prend pas part au vote : {v.not_voting}{_paren(ctx, v.named('not_voting'))}"
    return [para(text, ctx.st.left),
            _bold_line(ctx, "Adoptée." if v.result == "adopted" else "Rejetée.")]


def vote_unanimous_counted(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """Votants : 27 – Pour : 27 – Contre : 0 – Abstention : 0 / Adopté à l'unanimité"""
    total = (v.for_ or 0) + (v.against or 0) + (v.abstention or 0)
    return [para(f"Votants : {total} – Pour : {v.for_} – Contre : {v.against} – "
                 f"Abstention : {v.abstention}", ctx.st.left),
            _bold_line(ctx, "Adopté à l'unanimité.")]


def vote_unanimous_voix(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    return [_bold_line(ctx, f"Adopté à l'unanimité des membres présents et représentés "
                            f"({v.for_} voix).")]


def vote_pour_abstentions(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """Adopté par 18 voix pour et 3 abstentions (M. A, Mme B, M. C)."""
    return [_bold_line(ctx, f"Adopté par {v.for_} voix pour et {v.abstention} abstentions"
                            f"{_paren(ctx, v.named('abstention'))}.")]


def vote_withdrawn(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    return [rich("<i>Ce point est retiré de l'ordre du jour.</i>", ctx.st.body)]


def vote_election(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    e = v.election
    assert e is not None
    cast = e.voters - e.blank - e.null
    texts = [f"Nombre de votants : {e.voters}", f"Bulletins blancs : {e.blank}",
             f"Bulletins nuls : {e.null}", f"Suffrages exprimés : {cast}",
             f"Majorité absolue : {cast // 2 + 1}", "Ont obtenu :"]
    texts += [f"– {ctx.name(p)} : {n} voix" for p, n in e.candidates]
    elected = e.candidates[0][0]
    feminine = "e" if elected.civility == "Mme" else ""
    return [lines(texts, ParagraphStyle("elec", parent=ctx.st.left, leftIndent=12)),
            para(f"{ctx.name(elected)}, ayant obtenu la majorité absolue, est proclamé{feminine} "
                 f"{e.office} et immédiatement installé{feminine}.", ctx.st.body)]


def election_vote(election: Election) -> VoteSpec:
    """Election mapped onto a vote: for = elected, against = other candidates, abstention =
    blank + null ballots."""
    return VoteSpec(vote_election, for_=election.candidates[0][1],
                    against=sum(n for _, n in election.candidates[1:]),
                    abstention=election.blank + election.null, result="adopted",
                    election=election)


WITHDRAWN = VoteSpec(vote_withdrawn, unanimous=None, result="withdrawn")

# --------------------------------------------------------------------------------------------
# Document template and build
# --------------------------------------------------------------------------------------------


class SampleDocTemplate(BaseDocTemplate):
    """One or two columns, running header/footer with "Page n sur N", stamps drawn last."""

    def __init__(self, target, layout: Layout, total: int | None, ctx: Ctx, title: str,
                 previous_marks: dict[str, int]) -> None:
        left, right, top, bottom = layout.margins
        super().__init__(target, pagesize=layout.pagesize, leftMargin=left, rightMargin=right,
                         topMargin=top, bottomMargin=bottom, invariant=1, title=title,
                         author="delib sample generator", subject="Échantillon fictif",
                         creator="samples/generate.py")
        self.layout = layout
        self.total = total
        self.ctx = ctx
        self.previous_marks = previous_marks
        self.addPageTemplates(self._templates())

    def _templates(self) -> list[PageTemplate]:
        lay = self.layout
        x, y, w, h = self.leftMargin, self.bottomMargin, self.width, self.height
        deco = {"onPage": self._decorate, "onPageEnd": self._draw_stamps}
        if lay.side_width:
            band, side = lay.first_page_band, lay.side_width
            first = [Frame(x, y + h - band, w, band, id="band"),
                     Frame(x, y, side, h - band, id="side"),
                     Frame(x + side + lay.gutter, y, w - side - lay.gutter, h - band, id="body")]
            return [PageTemplate("first", first, autoNextPageTemplate="later", **deco),
                    PageTemplate("later", [Frame(x, y, w, h, id="full")], **deco)]
        if lay.columns == 1:
            return [PageTemplate("main", [Frame(x, y, w, h, id="body")], **deco)]
        col = (w - lay.gutter) / 2
        band = lay.first_page_band

        def columns(height: float) -> list[Frame]:
            return [Frame(x, y, col, height, id="left"),
                    Frame(x + col + lay.gutter, y, col, height, id="right")]

        first = [Frame(x, y + h - band, w, band, id="band"), *columns(h - band)]
        return [PageTemplate("first", first, autoNextPageTemplate="later", **deco),
                PageTemplate("later", columns(h), **deco)]

    def _decorate(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        lay = self.layout
        page, total = canv.getPageNumber(), self.total or 0
        width, height = lay.pagesize
        left, right, top, bottom = lay.margins
        canv.saveState()
        if lay.page_box:
            # Drawn first when the page begins: in the content stream, hence in the extracted
            # text, the box comes before anything else on the page, like a cartouche printed on
            # every sheet.
            box_h, line_h = lay.page_box_height(), lay.page_box_font * 1.25
            top_y = height - 10 * mm
            canv.setLineWidth(0.8)
            canv.rect(left, top_y - box_h, lay.page_box_width, box_h)
            canv.setFont(FONT, lay.page_box_font)
            for n, text in enumerate(lay.page_box):
                canv.drawString(left + 4, top_y - 4 - line_h * (n + 1) + 2, text)
        canv.setFont(FONT, max(lay.font_size - 2.5, 6.5))
        if lay.header and (text := lay.header(page, total)):
            canv.drawString(left, height - top + 8, text)
            canv.setLineWidth(0.4)
            canv.line(left, height - top + 5, width - right, height - top + 5)
        footer = lay.footer(page, total, self.previous_marks) if lay.footer else None
        if footer:
            canv.drawRightString(width - right, bottom - 12, footer)
        if lay.footer_left:
            canv.drawString(left, bottom - 12, lay.footer_left)
        canv.restoreState()

    def _draw_stamps(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.layout.pagesize
        for i, texts in enumerate(self.ctx.stamps.get(canv.getPageNumber(), [])):
            box_w, line_h = 68 * mm, 8.4
            box_h = line_h * len(texts) + 6
            x = width - self.layout.margins[1] - box_w
            y = height - 6 * mm - box_h - i * (box_h + 4)
            canv.saveState()
            canv.setLineWidth(0.8)
            canv.setStrokeColor(colors.HexColor("#333333"))
            canv.rect(x, y, box_w, box_h)
            canv.setFont(FONT, 6.8)
            for n, text in enumerate(texts):
                canv.drawString(x + 4, y + box_h - 4 - line_h * (n + 1) + 2, text)
            canv.restoreState()


@dataclass
class Built:
    pdf: bytes
    pages: int
    marks: dict[str, int]


def build_pdf(sample: Sample) -> Built:
    """Lay the sample out twice: the second pass knows the page total ("Page 2 sur 5")."""
    total: int | None = None
    marks: dict[str, int] = {}
    for _ in range(2):
        layout = sample.layout
        left, right, _, _ = layout.margins
        frame_width = layout.pagesize[0] - left - right
        if layout.columns == 2:
            frame_width = (frame_width - layout.gutter) / 2
        elif layout.side_width:
            frame_width -= layout.side_width + layout.gutter
        ctx = Ctx(make_styles(layout), sample.name_format, frame_width - 12,
                  sample.vote_name_format or sample.name_format)
        buffer = io.BytesIO()
        doc = SampleDocTemplate(buffer, layout, total, ctx, sample.genre, marks)
        doc.build(sample.story(ctx))
        if total is not None:
            assert doc.page == total and ctx.marks == marks, "layout changed between passes"
        total, marks = doc.page, ctx.marks
    return Built(buffer.getvalue(), total or 0, marks)


def page_footer(prefix: str = "") -> Callable[[int, int, dict[str, int]], str]:
    return lambda page, total, marks: f"{prefix}Page {page} sur {total}"


# --------------------------------------------------------------------------------------------
# Samples
# --------------------------------------------------------------------------------------------

DEPT_CODE = "099"  # fictional département "Haute-Arvelle"
CGCT = "Vu le Code général des collectivités territoriales"


def sample_commune_extrait_registre() -> Sample:
    """1. Extract from a commune's register: one deliberation, session date in words."""
    maire = person("M. Jean DUPONT")
    bernard = person("M. Luc BERNARD")
    durand, lambert = person("M. Paul DURAND"), person("Mme Sophie LAMBERT")
    session = Session(
        collectivity="Commune de Saint-Aubin-sur-Arvelle", body="Conseil municipal",
        day=date(2024, 3, 26), hour=18, minute=30, president=maire,
        secretary=person("Mme Claire ROUX"), convocation=date(2024, 3, 19),
        members=[
            *present(maire, lambert, durand, bernard,
                     *people("Mme Claire ROUX; M. Pierre PETIT; Mme Isabelle LEROUX; "
                             "M. Alain FOURNIER; Mme Nathalie BONNET; M. Christophe VINCENT; "
                             "Mme Émilie GUÉRIN")),
            proxy(person("Mme Anne MARTIN"), durand),
            proxy(person("M. Michel GIRARD"), lambert),
            *excused(person("Mme Hélène FAURE")),
            *absent(person("M. Thierry MOREAU")),
        ],
        in_office=15, present_count=11, voters=13)
    act = ActSpec(
        kind="deliberation", number="2024-012", session=session,
        title="Attribution d'une subvention exceptionnelle à l'association « Les Amis du "
              "Patrimoine aubinois » pour la restauration du lavoir de la Fontaine-Saint-Martin",
        prefecture_id=f"{DEPT_CODE}-210990123-20240326-2024-012-DE",
        intro=["Monsieur le Maire expose que l'association « Les Amis du Patrimoine aubinois » "
               "a engagé la restauration du lavoir de la Fontaine-Saint-Martin, dont le coût "
               "total est estimé à 8 400 € TTC, et sollicite le soutien de la commune."
               .replace("8 400 €", money(8400))],
        visas=[
            Visa(f"{CGCT}, notamment son article L.2121-29 ;", ["L.2121-29"]),
            Visa("Vu la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens dans "
                 "leurs relations avec les administrations, notamment son article 10 ;",
                 ["loi n° 2000-321"]),
            Visa("Vu le décret n° 2001-495 du 6 juin 2001 pris pour l'application de l'article "
                 "10 de la loi n° 2000-321 du 12 avril 2000 et relatif à la transparence "
                 "financière des aides octroyées par les personnes publiques ;",
                 ["décret n° 2001-495"]),
            Visa("Vu la délibération n° 2023-087 du 12 décembre 2023 portant adoption du budget "
                 "primitif 2024 ;", ["délibération n° 2023-087"]),
            Visa("Vu la demande de subvention présentée par l'association le 5 février 2024 ;"),
        ],
        considerants=["Considérant l'intérêt que présente la sauvegarde du petit patrimoine bâti "
                      "de la commune ;"],
        decision_intro=["Le Conseil Municipal, après en avoir délibéré,", "DÉCIDE :"],
        articles=[
            ArticleSpec(1, f"D'attribuer une subvention exceptionnelle de {money(2500)} à "
                           "l'association « Les Amis du Patrimoine aubinois » pour la restauration "
                           "du lavoir de la Fontaine-Saint-Martin."),
            ArticleSpec(2, "Dit que les crédits correspondants sont inscrits au budget primitif "
                           "2024, chapitre 65, compte 6574."),
            ArticleSpec(3, "D'autoriser Monsieur le Maire à signer tout document relatif à "
                           "l'exécution de la présente délibération."),
        ],
        votes=[VoteSpec(vote_registre, for_=12, against=1, abstention=0,
                        members=[(bernard, "against")])],
        amounts=["8400", "2500"])

    def story(ctx: Ctx) -> list[Flowable]:
        s = ctx.st
        return [
            ctx.start(0),
            stamp(ctx, act.prefecture_id or "", date(2024, 3, 28)),
            letterhead(ctx, ["Commune de Saint-Aubin-sur-Arvelle", "Département de la Haute-Arvelle",
                             "Arrondissement de Bellerive"],
                       ["RÉPUBLIQUE FRANÇAISE", "Liberté – Égalité – Fraternité"]),
            Spacer(1, 10),
            para("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL", s.title),
            para(f"Séance du {date_long(session.day)}", s.center),
            boxed(ctx, [f"Nombre de membres en exercice : {session.in_office}",
                        f"Présents : {session.present_count}", f"Votants : {session.voters}",
                        f"Date de convocation : {date_num(session.convocation)}",
                        f"Date d'affichage : {date_num(session.convocation)}"],
                  s.small, width=70 * mm),
            Spacer(1, 8),
            para(f"{session_opening_words(session.day, 18, 30)}, le Conseil Municipal de la "
                 f"Commune de Saint-Aubin-sur-Arvelle, légalement convoqué, s'est réuni en séance "
                 f"publique à la mairie, sous la présidence de {ctx.name(maire)}, Maire.", s.body),
            *attendance_block(ctx, session, AttendanceWording(
                excused="Excusée :", absent="Absent :")),
            Spacer(1, 6),
            _bold_line(ctx, f"Délibération n° {act.number}"),
            labelled("Objet :", act.title, s.body),
            *decision_block(ctx, act),
            para("Fait et délibéré en séance les jour, mois et an susdits. Pour extrait certifié "
                 "conforme au registre.", s.body),
            signature(ctx, ["Saint-Aubin-sur-Arvelle, le 27 mars 2024", "Le Maire,",
                            maire.name]),
            Spacer(1, 10),
            para("Le Maire certifie sous sa responsabilité le caractère exécutoire de cet acte, "
                 "transmis en préfecture le 28/03/2024 et publié le 28/03/2024. La présente "
                 "délibération peut faire l'objet d'un recours pour excès de pouvoir devant le "
                 "Tribunal administratif dans un délai de deux mois à compter de sa publication.",
                 s.small),
            ctx.end(0),
        ]

    return Sample("commune_extrait_registre", "Extrait du registre des délibérations (commune)",
                  Layout(font_size=10, margins=(25 * mm, 22 * mm, 32 * mm, 20 * mm)),
                  [act], story)


def sample_pv_seance_plusieurs_points() -> Sample:
    """2. Minutes of a council meeting: attendance once, six items with their own votes."""
    maire = person("M. Patrick LEGRAND")
    girard, blanc = person("M. Pierre GIRARD"), person("Mme Martine BLANC")
    durand, roussel = person("M. Paul DURAND"), person("Mme Agnès ROUSSEL")
    bonnet = person("Mme Claire BONNET")
    session = Session(
        collectivity="Commune de Montferrand-la-Vallée", body="Conseil municipal",
        day=date(2024, 2, 12), hour=20, president=maire, secretary=person("Mme Céline ROBIN"),
        convocation=date(2024, 2, 6),
        members=[
            *present(maire, blanc, girard, durand, roussel, bonnet,
                     *people("Mme Céline ROBIN; M. Jacques LEMOINE; Mme Odile CHEVALIER; "
                             "M. Frédéric MORIN; Mme Sandrine NICOLAS; M. Hervé DUMONT; "
                             "Mme Pascale RENAUD; M. Rémi DUVAL; Mme Brigitte MARCHAND")),
            proxy(person("Mme Sylvie FAURE"), girard),
            proxy(person("M. Éric MERCIER"), maire),
            *excused(person("Mme Nathalie CARON")),
            *absent(person("M. Thierry VIDAL")),
        ],
        in_office=19, present_count=15, voters=17)

    def item(number: str | None, title: str, **kw) -> ActSpec:
        return ActSpec(kind="pv_item", number=number, title=title, session=session, **kw)

    acts = [
        item(None, "Approbation du procès-verbal de la séance du 11 décembre 2023",
             intro=["Le procès-verbal de la séance du 11 décembre 2023, transmis à l'ensemble "
                    "des conseillers municipaux, n'appelle aucune observation."],
             votes=[VoteSpec(vote_unanimous, unanimous=True)]),
        item("2024-002", "Attribution des subventions aux associations pour l'année 2024",
             intro=[f"{blanc.civ_last_first()}, adjointe chargée de la vie associative, présente "
                    f"les propositions de la commission : Comité des fêtes : {money(3200)} ; "
                    f"Union sportive montferrandaise : {money(4500)} ; Amicale des "
                    f"sapeurs-pompiers : {money(800)}, soit un total de {money(8500)}."],
             visas=[Visa(f"{CGCT}, notamment son article L. 2311-7 ;", ["L. 2311-7"])],
             outro=["Le Conseil municipal, après en avoir délibéré, approuve l'attribution des "
                    "subventions ci-dessus."],
             votes=[VoteSpec(vote_par_voix, for_=15, against=2, abstention=0,
                             members=[(durand, "against"), (roussel, "against")])],
             amounts=["3200", "4500", "800", "8500"]),
        item("2024-003", "Tarifs de la restauration scolaire à compter du 1er mars 2024",
             intro=["Monsieur le Maire propose de fixer les tarifs de la restauration scolaire "
                    f"comme suit : repas enfant : {money('3.45')} ; repas adulte : "
                    f"{money('6.10')}."],
             outro=["Le Conseil municipal, après en avoir délibéré, fixe les tarifs proposés."],
             votes=[VoteSpec(vote_caps, for_=16, abstention=1, members=[(bonnet, "abstention")])],
             amounts=["3.45", "6.10"]),
        item(None, "Acquisition de la parcelle cadastrée section AB n° 123",
             intro=["L'avis du service des Domaines n'ayant pas été reçu, Monsieur le Maire "
                    "propose de reporter ce point à une prochaine séance."],
             votes=[WITHDRAWN]),
        item("2024-004", "Convention de mise à disposition d'un agent technique avec la "
                         "Communauté de communes",
             intro=["Monsieur le Maire présente le projet de convention de mise à disposition "
                    "d'un agent technique à raison de huit heures par semaine."],
             outro=["Le Conseil municipal, après en avoir délibéré, approuve la convention et "
                    "autorise Monsieur le Maire à la signer."],
             votes=[VoteSpec(vote_unanimous, unanimous=True)]),
        ActSpec(kind="other", title="Informations diverses",
                intro=["Monsieur le Maire informe le Conseil municipal que les travaux de la "
                       "salle polyvalente débuteront au printemps et que la prochaine séance "
                       "aura lieu le 25 mars 2024.",
                       "L'ordre du jour étant épuisé, la séance est levée à 21 h 40."]),
    ]

    def story(ctx: Ctx) -> list[Flowable]:
        s = ctx.st
        out: list[Flowable] = [
            para("COMMUNE DE MONTFERRAND-LA-VALLÉE", s.center),
            para("PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL", s.title),
            para("Séance du lundi 12 février 2024", s.center),
            Spacer(1, 6),
            para(f"Le douze février deux mille vingt-quatre, à vingt heures, le Conseil municipal "
                 f"de la Commune de Montferrand-la-Vallée, dûment convoqué le "
                 f"{date_long(session.convocation)}, s'est réuni en séance ordinaire à la salle "
                 f"du conseil, sous la présidence de M. {maire.last_first()}, Maire.", s.body),
            para(f"Conseillers en exercice : {session.in_office} – Présents : "
                 f"{session.present_count} – Votants : {session.voters}", s.left),
            *attendance_block(ctx, session, AttendanceWording(
                proxies="Absents excusés ayant donné procuration :",
                proxy="{who} (procuration à {holder})", excused="Absente excusée :",
                absent="Absent :")),
            para("Le quorum étant atteint, Monsieur le Maire ouvre la séance.", s.body),
        ]
        for i, act in enumerate(acts):
            out += [ctx.start(i), para(f"{i + 1}. {act.title}", s.heading)]
            if act.number:
                out.append(para(f"Délibération n° {act.number}", s.left))
            out += decision_block(ctx, act)
            out.append(ctx.end(i))
        out.append(signatures_side_by_side(ctx, ["Le Maire,", maire.last_first()],
                                           ["La secrétaire de séance,", "ROBIN Céline"]))
        return out

    return Sample("pv_seance_plusieurs_points", "Procès-verbal de séance (commune), 6 points",
                  Layout(font_size=10.5, margins=(22 * mm, 22 * mm, 20 * mm, 22 * mm),
                         footer=page_footer("Procès-verbal du Conseil municipal du 12 février "
                                            "2024 – ")),
                  acts, story, name_format=Person.last_first,
                  vote_name_format=Person.civ_last_first)


def sample_departement_commission_permanente() -> Sample:
    """3. Département, commission permanente: deliberation + annex + convention + rapport."""
    president = person("M. Jean-Marc FONTAINE")
    secretary = person("Mme Hélène GARNIER")
    others = assembly(43, offset=3, exclude=[president, secretary])
    present_people = [president, *others[:15], secretary, *others[15:30]]
    excused_people, absent_people, no_voice = others[30:39], others[39:40], others[40:43]
    session = Session(
        collectivity="Département de la Haute-Arvelle", body="Commission permanente",
        day=date(2023, 12, 11), president=president, secretary=secretary,
        members=[*present(*present_people), *excused(*excused_people), *absent(*absent_people),
                 *[Member(p, "excused", voice=False) for p in no_voice]])
    title_lines = ["TIERS-LIEUX SOLIDAIRES DE LA HAUTE-ARVELLE -",
                   "CONTRIBUTION AUX POLITIQUES DÉPARTEMENTALES EN FAVEUR DE",
                   "L’ÉCONOMIE SOCIALE ET SOLIDAIRE"]
    groups_for = ["Groupe Socialiste, Radical et Citoyen", "Groupe Gauche solidaire",
                  "Groupe Union pour la Haute-Arvelle", "Groupe Rassemblement arvellois",
                  "Non-inscrit"]
    budget = TableSpec(
        ["Code Opération", "Imputation budgétaire", "Libellé Opération", "CP €", "Dépense €"],
        [["C02-658B03", "6574//93658", "Mission ESS", Money.of("209285"), Money.of("35830")]],
        [1.3, 1.3, 1.6, 1.1, 1.1])
    deliberation = ActSpec(
        kind="deliberation", number="2023-612", title=" ".join(title_lines), session=session,
        prefecture_id=f"{DEPT_CODE}-229900017-20231211-2023-612-DE",
        intro=["La Commission Permanente du Conseil départemental de la Haute-Arvelle,"],
        visas=[
            Visa(f"{CGCT} et, notamment, ses articles L.3121-14, L.3121-14-1, L.3211-1 et "
                 "L.3211-2 ;", ["L.3121-14", "L.3121-14-1", "L.3211-1", "L.3211-2"]),
            Visa("Vu la loi n° 2014-856 du 31 juillet 2014 relative à l’Economie Sociale et "
                 "Solidaire ;", ["loi n° 2014-856"]),
            Visa("Vu la délibération n°2021-248 du Conseil départemental en date du 01/07/2021 "
                 "« Délégation d’attributions à la Commission Permanente » ;",
                 ["délibération n°2021-248"]),
            Visa("Vu la délibération n°2022-517 du Conseil départemental en date du 12/12/2022 "
                 "« Agir ensemble pour des territoires solidaires en Haute-Arvelle » ;",
                 ["délibération n°2022-517"]),
            Visa("Vu le rapport du Président du Conseil départemental, ci-annexé ;"),
            Visa("Vu l’avis de la 1ère commission « Attractivité départementale et emploi » rendu "
                 "lors de sa réunion en date du 27/11/2023 ;"),
        ],
        decision_intro=["Après en avoir délibéré,", "DECIDE :"],
        articles=[
            ArticleSpec(1, "D’attribuer à l’association « La Fabrique des Communs » une "
                           f"participation départementale d’un montant global de {money(35830)} "
                           "au titre de l’action « Tiers-lieu solidaire de la vallée », selon les "
                           "modalités décrites au rapport joint à la présente délibération."),
            ArticleSpec(2, "D’autoriser le Président du Conseil départemental à signer, au nom et "
                           "pour le compte du Département, avec l’association « La Fabrique des "
                           "Communs », la convention au titre de l’action « Tiers-lieu solidaire "
                           "de la vallée », dans les termes du projet joint à la présente "
                           "délibération."),
            ArticleSpec(3, "La dépense versée en application de l’article 1 de la présente "
                           "délibération est imputée sur le budget départemental comme suit :",
                        table=budget),
        ],
        votes=[VoteSpec(vote_departement, for_=40, against=0, abstention=0, absent=1,
                        groups=[*[GroupVote(g, "for") for g in groups_for],
                                GroupVote("Groupe Rassemblement arvellois", "absent")])],
        amounts=["35830"])
    annex = ActSpec(kind="annex", part_of=0)
    convention = ActSpec(kind="convention", part_of=0)
    report = ActSpec(kind="report", part_of=0)
    acts = [deliberation, annex, convention, report]

    def story(ctx: Ctx) -> list[Flowable]:
        s = ctx.st
        caps = ParagraphStyle("caps", parent=s.center, fontName=FONT_BOLD)
        wording = AttendanceWording(present="Étaient présents :", excused="Excusé(s) :",
                                    absent="Absent(s) :", secretary=None)
        out: list[Flowable] = [
            ctx.start(0),
            stamp(ctx, deliberation.prefecture_id or "", date(2023, 12, 15)),
            para("DEPARTEMENT DE LA HAUTE-ARVELLE", caps),
            Spacer(1, 6),
            lines(["DELIBERATION DE LA COMMISSION PERMANENTE", "DU CONSEIL DEPARTEMENTAL"], caps),
            Spacer(1, 6),
            para(f"REUNION DU {date_long(session.day).upper()}", caps),
            para(f"PRESIDENCE DE {president.title_caps()}", caps),
            para(f"Secrétaire : {ctx.name(secretary)}", s.center),
            *attendance_block(ctx, session, wording),
            Spacer(1, 8),
            lines(title_lines, caps),
            para(f"(N°{deliberation.number})", caps),
            *decision_block(ctx, deliberation, ART_PLAIN_OWN_LINE),
            separator(ctx),
            lines(["LE PRESIDENT DU CONSEIL DEPARTEMENTAL,", "", president.name], caps),
            Spacer(1, 8),
            para("VALMONT, le 11 décembre 2023", s.center),
            lines(["Pour le Président du Conseil départemental,",
                   "La Directrice générale des services,", "", "Signé", "", "Marion LECLERC"],
                  s.center),
            ctx.end(0),
            PageBreak(),
            *annex_story(ctx, 1),
            PageBreak(),
            *convention_story(ctx, 2, president),
            PageBreak(),
            *report_story(ctx, 3, title_lines, president),
        ]
        return out

    def footer(page: int, total: int, marks: dict[str, int]) -> str | None:
        first, last = marks.get("act2.start"), marks.get("act2.end")
        if first and last and first <= page <= last:
            return f"Page {page - first + 1} sur {last - first + 1}"
        return None

    return Sample("departement_commission_permanente",
                  "Département, commission permanente (délibération + annexe + convention + rapport)",
                  Layout(font_size=10, margins=(24 * mm, 24 * mm, 30 * mm, 20 * mm), footer=footer),
                  acts, story)


def annex_story(ctx: Ctx, index: int) -> list[Flowable]:
    """Annex: the applicant’s description of the action, with its own provisional budget."""
    s = ctx.st
    budget = TableSpec(["Charges", "Montant €", "Produits", "Montant €"],
                       [["Animation et coordination", Money.of("31200"),
                         "Participation départementale", Money.of("35830")],
                        ["Ateliers et intervenants", Money.of("14600"), "Autofinancement",
                         Money.of("16570")],
                        ["Communication", Money.of("6600"), "", ""],
                        ["Total", Money.of("52400"), "Total", Money.of("52400")]],
                       [2.2, 1.1, 2.2, 1.1], bold_last_row=True)
    return [
        ctx.start(index),
        para("Tiers-lieu solidaire de la vallée", s.title),
        _bold_line(ctx, "Déroulé de l’action :"),
        para("Des ateliers seront organisés tous les quinze jours dans une commune différente du "
             "territoire, à des horaires définis avec les habitants et les porteurs de projets. "
             "Chaque atelier donnera lieu à une « feuille de liaison » résumant les échanges, les "
             "pistes de solutions et les contacts utiles, diffusée à l’ensemble du réseau.", s.body),
        para("L’association s’appuiera sur un collectif d’une vingtaine de structures de "
             "l’économie sociale et solidaire déjà implantées dans la vallée : ressourceries, "
             "épiceries solidaires, ateliers de réparation de vélos et jardins partagés.", s.body),
        _bold_line(ctx, "Budget prévisionnel de l’action :"),
        ruled_table(ctx, budget),
        Spacer(1, 6),
        para("Les montants ci-dessus sont indicatifs et pourront être ajustés dans la limite de "
             "l’enveloppe votée.", s.small),
        ctx.end(index),
    ]


def convention_story(ctx: Ctx, index: int, president: Person) -> list[Flowable]:
    """The convention annexed to the deliberation, with its own numbered articles."""
    s = ctx.st
    article_head = ParagraphStyle("convart", parent=s.heading, fontSize=s.body.fontSize)
    articles = [
        ("Article 1 : Objet de la convention",
         "La présente convention a pour objet de définir les relations entre le Département et "
         "l’Organisme au titre de sa contribution aux politiques départementales en faveur de "
         "l’économie sociale et solidaire."),
        ("Article 2 : Période d’application de la convention",
         "La convention s’applique pour une durée de 18 mois à compter de la date de signature "
         "par les deux parties. En aucun cas, elle ne peut se poursuivre pour une nouvelle période "
         "par tacite reconduction."),
        ("Article 3 : Montant de la participation",
         f"Le Département s’engage à verser à l’Organisme une participation de {money(35830)} "
         "relative à la mise en œuvre de l’action. L’intervention du Département est plafonnée "
         "au montant indiqué ci-dessus."),
        ("Article 4 : Modalités de versement",
         f"La participation sera versée en deux fois : un premier versement de {money(21498)} à "
         f"la signature de la convention et le solde de {money(14332)} sur présentation du "
         "bilan final d’exécution."),
        ("Article 5 : Bilan final d’exécution",
         "L’Organisme s’engage à fournir au Département, dans les 6 mois suivant la date de fin de "
         "la convention, un bilan quantitatif et qualitatif de l’opération ainsi qu’une liste des "
         "dépenses réalisées."),
        ("Article 6 : Modification de la convention",
         "Toute modification de la présente convention fera l’objet d’un avenant signé par les "
         "deux parties."),
        ("Article 7 : Reversements et résiliation",
         "En cas de non-respect des dispositions de la présente convention, celle-ci pourra être "
         "résiliée de plein droit par l’une ou l’autre des parties à l’expiration d’un délai d’un "
         "mois suivant l’envoi d’une lettre recommandée avec accusé de réception restée vaine. "
         "L’Organisme sera alors tenu de reverser au Département les sommes indûment perçues."),
        ("Article 8 : Règlement des litiges",
         "En cas de différend concernant l’application de la présente convention, les parties "
         "tenteront un règlement amiable ; à défaut, le litige sera porté devant le Tribunal "
         "administratif compétent."),
    ]
    out: list[Flowable] = [
        ctx.start(index),
        lines(["Pôle Partenariats et Ingénierie", "Mission Economie Sociale et Solidaire"], s.small),
        Spacer(1, 14),
        para("CONVENTION", s.title),
        labelled("Objet :", "Tiers-lieu solidaire de la vallée – Contribution aux politiques "
                            "départementales en faveur de l’économie sociale et solidaire", s.body),
        para("Dossier n° 2023-07412", s.left),
        para("Entre le Département de la Haute-Arvelle, dont le siège est en l’Hôtel du "
             "Département, 1 place de la Préfecture, 99000 Valmont, identifié au répertoire SIRET "
             "sous le n° 229 900 017 00013, représenté par "
             f"{president.formal()}, Président du Conseil départemental, dûment autorisé par "
             "délibération de la Commission Permanente en date du 11 décembre 2023, ci-après "
             "désigné par « le Département » d’une part,", s.body),
        para("Et", s.left),
        para("L’association « La Fabrique des Communs », dont le siège social est situé 12 rue des "
             "Tanneurs, 99120 Bellerive, identifiée au répertoire SIRENE sous le n° 812 345 678 "
             "00021, représentée par Madame Aurélie Marchetti, Présidente, ci-après dénommée "
             "« l’Organisme », d’autre part,", s.body),
        para("Vu : le code général des collectivités territoriales ;", s.left),
        para("Vu : la délibération de la Commission Permanente du 11 décembre 2023 ;", s.left),
        para("Ceci exposé il a été convenu entre les parties ce qui suit,", s.body),
    ]
    for head, body in articles:
        out += [para(head, article_head), para(body, s.body)]
    out += [
        para("Fait en deux exemplaires originaux, à Valmont, le", s.left),
        signatures_side_by_side(ctx, ["Pour le Département de la Haute-Arvelle", "Le Président",
                                      "", president.name],
                                ["Pour l’association « La Fabrique des Communs »", "La Présidente",
                                 "", "Aurélie MARCHETTI"]),
        ctx.end(index),
    ]
    return out


def report_story(ctx: Ctx, index: int, title_lines: list[str], president: Person
                 ) -> list[Flowable]:
    """The président’s report presented to the commission, with the proposed imputation."""
    s = ctx.st
    caps = ParagraphStyle("rcaps", parent=s.center, fontName=FONT_BOLD)
    proposal = TableSpec(
        ["Code Opération", "Imputation Budgétaire", "Libellé Opération", "CP €", "Disponible €",
         "Proposition €", "Solde €"],
        [["C02-658B03", "6574//93658", "Mission ESS", Money.of("209285"), Money.of("120285"),
          Money.of("35830"), Money.of("84455")]],
        [1.15, 1.15, 1.0, 1.25, 1.25, 1.3, 1.2])
    return [
        ctx.start(index),
        lines(["DEPARTEMENT DE LA HAUTE-ARVELLE", "Pôle Partenariats et Ingénierie",
               "Mission Economie Sociale et Solidaire"], s.small),
        Spacer(1, 10),
        para("RAPPORT N°41", caps),
        lines(["COMMISSION PERMANENTE DU CONSEIL DEPARTEMENTAL", "REUNION DU 11 DÉCEMBRE 2023"],
              caps),
        Spacer(1, 8),
        lines(title_lines, caps),
        _bold_line(ctx, "Fondements juridiques"),
        para("– Loi n° 2014-856 du 31 juillet 2014 relative à l’Economie Sociale et Solidaire ;",
             s.left),
        para("– Délibération du Conseil départemental du 12 décembre 2022 « Agir ensemble pour "
             "des territoires solidaires en Haute-Arvelle ».", s.left),
        _bold_line(ctx, "Contexte"),
        para("L’économie sociale et solidaire, fortement ancrée en Haute-Arvelle, se traduit par "
             "une autre façon d’entreprendre, de produire et de répartir les richesses. Les "
             "structures du secteur sont aujourd’hui fragilisées par la hausse des prix et des "
             "coûts de l’énergie.", s.body),
        _bold_line(ctx, "Initiative proposée"),
        para("L’association « La Fabrique des Communs » propose d’animer un réseau de tiers-lieux "
             "solidaires dans la vallée, ouvert aux porteurs d’idées et de projets.", s.body),
        para("Il convient de statuer sur cette affaire et, le cas échéant :", s.body),
        para("- d’attribuer à l’association « La Fabrique des Communs » une participation "
             f"départementale d’un montant global de {money(35830)} au titre de l’action "
             "« Tiers-lieu solidaire de la vallée » ;", s.body),
        para("- de m’autoriser à signer la convention correspondante, dans les termes du projet "
             "joint au présent rapport.", s.body),
        para("La dépense serait imputée sur le budget départemental comme suit :", s.body),
        ruled_table(ctx, proposal),
        Spacer(1, 6),
        para("La 1ère Commission - Attractivité départementale et emploi a émis un avis favorable "
             "sur ce rapport lors de sa réunion du 27/11/2023.", s.body),
        para("Je vous prie de bien vouloir en délibérer.", s.body),
        lines(["Le Président du Conseil Départemental", "", "SIGNE", "", president.name], caps),
        ctx.end(index),
    ]


def sample_recueil_actes() -> Sample:
    """4. Recueil des actes administratifs: sommaire page, then three deliberations."""
    maire = person("Mme Françoise LECLERC")
    secretary_a, secretary_b = person("M. Damien HUET"), person("Mme Odile PARIS")
    elected = [maire, secretary_a, secretary_b,
               *assembly(20, offset=11, exclude=[maire, secretary_a, secretary_b])]
    april = Session(
        collectivity="Commune de Port-Sainte-Maure", body="Conseil municipal",
        day=date(2024, 4, 15), hour=19, president=maire, secretary=secretary_a,
        convocation=date(2024, 4, 9),
        members=[*present(*elected[:19]), proxy(elected[19], maire),
                 proxy(elected[20], secretary_a), proxy(elected[21], elected[4]),
                 *excused(elected[22])],
        in_office=23, present_count=19, voters=22)
    may = Session(
        collectivity="Commune de Port-Sainte-Maure", body="Conseil municipal",
        day=date(2024, 5, 27), hour=19, president=maire, secretary=secretary_b,
        convocation=date(2024, 5, 21),
        members=[*present(*elected[:17]), proxy(elected[17], maire),
                 proxy(elected[18], secretary_b), proxy(elected[19], elected[5]),
                 proxy(elected[20], elected[6]), *excused(elected[21]), *absent(elected[22])],
        in_office=23, present_count=17, voters=21)
    abstainers = elected[7:10]
    acts = [
        ActSpec(
            kind="deliberation", number="2024-031", session=april,
            title="Approbation du compte de gestion 2023 du budget principal",
            prefecture_id=f"{DEPT_CODE}-210990456-20240415-2024-031-DE",
            visas=[Visa(f"{CGCT}, notamment ses articles L. 1612-12 et L. 2121-31 ;",
                        ["L. 1612-12", "L. 2121-31"])],
            considerants=["Considérant que le compte de gestion dressé par le comptable public "
                          "fait apparaître un résultat de clôture de "
                          f"{money('412380.55')} identique à celui du compte administratif ;"],
            decision_intro=["Le Conseil municipal, après en avoir délibéré,", "DÉCIDE :"],
            articles=[ArticleSpec(1, "D'approuver le compte de gestion du budget principal dressé "
                                     "pour l'exercice 2023 par le comptable public."),
                      ArticleSpec(2, "De dire que ce compte de gestion n'appelle ni observation ni "
                                     "réserve de sa part.")],
            votes=[VoteSpec(vote_unanimous, unanimous=True)],
            amounts=["412380.55"]),
        ActSpec(
            kind="deliberation", number="2024-032", session=april,
            title="Création d'un emploi permanent d'adjoint technique à temps complet",
            prefecture_id=f"{DEPT_CODE}-210990456-20240415-2024-032-DE",
            visas=[Visa("Vu le code général de la fonction publique, notamment son article "
                        "L. 313-1 ;", ["L. 313-1"]),
                   Visa("Vu le tableau des effectifs adopté par délibération n° 2023-118 du "
                        "11 décembre 2023 ;", ["délibération n° 2023-118"])],
            decision_intro=["Le Conseil municipal, après en avoir délibéré,", "DÉCIDE :"],
            articles=[ArticleSpec(1, "De créer, à compter du 1er juin 2024, un emploi permanent "
                                     "d'adjoint technique territorial à temps complet."),
                      ArticleSpec(2, "De modifier en conséquence le tableau des effectifs."),
                      ArticleSpec(3, "Dit que les crédits nécessaires sont inscrits au budget "
                                     "de l'exercice, chapitre 012.")],
            votes=[VoteSpec(vote_dashes_simple, for_=20, against=2, abstention=0)]),
        ActSpec(
            kind="deliberation", number="2024-045", session=may,
            title="Demande de subvention au titre de la dotation d'équipement des territoires "
                  "ruraux (DETR) 2024 – Rénovation thermique de l'école Jules-Ferry",
            prefecture_id=f"{DEPT_CODE}-210990456-20240527-2024-045-DE",
            intro=["Madame le Maire présente le projet de rénovation thermique de l'école "
                   f"Jules-Ferry, dont le coût est estimé à {money(96000)} HT."],
            visas=[Visa(f"{CGCT}, notamment ses articles L. 2334-32 à L. 2334-39 ;",
                        ["L. 2334-32", "L. 2334-39"])],
            decision_intro=["Le Conseil municipal, après en avoir délibéré,", "DÉCIDE :"],
            articles=[
                ArticleSpec(1, "D'approuver le projet de rénovation thermique de l'école "
                               "Jules-Ferry."),
                ArticleSpec(2, "De solliciter au titre de la DETR 2024 une subvention de "
                               f"{money(28800)}, soit 30 % du montant hors taxes des travaux."),
                ArticleSpec(3, f"D'arrêter le plan de financement suivant : DETR : {money(28800)} ; "
                               f"autofinancement communal : {money(67200)}."),
            ],
            votes=[VoteSpec(vote_pour_abstentions, for_=18, abstention=3,
                            members=[(p, "abstention") for p in abstainers])],
            amounts=["96000", "28800", "67200"]),
    ]

    def story(ctx: Ctx) -> list[Flowable]:
        s = ctx.st
        contents = TableSpec(["N°", "Date", "Objet", "Page"],
                             [[a.number or "", date_num(a.session.day), a.title or "", str(p)]
                              for a, p in zip(acts, (2, 3, 4))],
                             [1.1, 1.2, 5.4, 0.7])
        out: list[Flowable] = [
            para("COMMUNE DE PORT-SAINTE-MAURE", s.center),
            Spacer(1, 30),
            para("RECUEIL DES ACTES ADMINISTRATIFS", s.title),
            para("N° 2024-2 – Deuxième trimestre 2024", s.center),
            Spacer(1, 20),
            para("Publié en application de l'article R. 2121-10 du code général des collectivités "
                 "territoriales. Le présent recueil est consultable en mairie et sur le site "
                 "internet de la commune.", s.small),
            Spacer(1, 16),
            para("SOMMAIRE", s.heading),
            ruled_table(ctx, contents),
        ]
        for i, act in enumerate(acts):
            session = act.session
            assert session is not None
            out += [
                PageBreak(), ctx.start(i),
                letterhead(ctx, ["Commune de Port-Sainte-Maure"],
                           [f"Séance du {date_long(session.day)}"]),
                Spacer(1, 8),
                para(f"DÉLIBÉRATION N° {act.number}", s.title),
                labelled("Objet :", act.title or "", s.body),
                para(f"Nombre de conseillers en exercice : {session.in_office} – présents : "
                     f"{session.present_count} – votants : {session.voters}", s.small),
                para(f"{session_opening_words(session.day, session.hour, 0)}, le Conseil "
                     f"municipal, convoqué le {date_num(session.convocation)}, s'est réuni sous "
                     f"la présidence de {ctx.name(maire)}, Maire.", s.body),
                *attendance_block(ctx, session, AttendanceWording(
                    proxies="Pouvoirs :", proxy="{who} à {holder}", excused="Excusé(e) :",
                    absent="Absent(e) :"), s.small),
                *decision_block(ctx, act, ART_PREMIER),
                signature(ctx, ["Pour extrait conforme,", "Le Maire,", maire.name]),
                stamp(ctx, act.prefecture_id or "", session.day + timedelta(days=2)),
                ctx.end(i),
            ]
        return out

    return Sample("recueil_actes", "Recueil des actes administratifs (sommaire + 3 délibérations)",
                  Layout(font_size=9.5, margins=(20 * mm, 20 * mm, 30 * mm, 20 * mm),
                         footer=page_footer("Recueil des actes administratifs n° 2024-2 – ")),
                  acts, story, expect_marks={"act0.start": 2, "act1.start": 3, "act2.start": 4})


def sample_arrete_maire() -> Sample:
    """5. A mayor's arrêté: no session, no vote, ARRÊTE and articles."""
    maire = person("M. Jean DUPONT")
    act = ActSpec(
        kind="arrete", number="2024-031", collectivity="Commune de Saint-Aubin-sur-Arvelle",
        body="Maire",
        title="Réglementation temporaire de la circulation et du stationnement rue de la "
              "République à l'occasion de la Fête de la musique",
        prefecture_id=f"{DEPT_CODE}-210990123-20240604-2024-031-AR",
        visas=[
            Visa(f"{CGCT}, et notamment ses articles L. 2212-1, L. 2212-2 et L. 2213-1 ;",
                 ["L. 2212-1", "L. 2212-2", "L. 2213-1"]),
            Visa("Vu le code de la route, et notamment ses articles R. 411-8 et R. 417-10 ;",
                 ["R. 411-8", "R. 417-10"]),
            Visa("Vu l'arrêté interministériel du 24 novembre 1967 modifié relatif à la "
                 "signalisation des routes et des autoroutes ;"),
            Visa("Vu la délibération n° 2020-034 du 26 mai 2020 portant délégation de fonctions "
                 "du conseil municipal au Maire ;", ["délibération n° 2020-034"]),
        ],
        considerants=["Considérant qu'à l'occasion de la Fête de la musique, le 21 juin 2024, il "
                      "convient de garantir la sécurité des piétons et du public rue de la "
                      "République ;"],
        decision_intro=["ARRÊTE :"],
        articles=[
            ArticleSpec(1, "Le vendredi 21 juin 2024, de 17 heures à 2 heures le lendemain, la "
                           "circulation de tous les véhicules est interdite rue de la République, "
                           "entre la place de l'Église et la rue du Moulin."),
            ArticleSpec(2, "Le stationnement est interdit sur la même section et pendant la même "
                           "période. Tout véhicule en infraction sera considéré comme gênant et "
                           "pourra être mis en fourrière."),
            ArticleSpec(3, "Les infractions au présent arrêté seront constatées et poursuivies "
                           "conformément aux lois et règlements en vigueur ; le stationnement "
                           f"gênant est puni de l'amende forfaitaire de {money(35)}."),
            ArticleSpec(4, "La signalisation réglementaire sera mise en place par les services "
                           "techniques municipaux."),
            ArticleSpec(5, "Monsieur le Directeur général des services et Monsieur le Commandant "
                           "de la brigade de gendarmerie sont chargés, chacun en ce qui le "
                           "concerne, de l'exécution du présent arrêté."),
        ],
        amounts=["35"])

    def story(ctx: Ctx) -> list[Flowable]:
        s = ctx.st
        return [
            ctx.start(0),
            letterhead(ctx, ["RÉPUBLIQUE FRANÇAISE", "Commune de Saint-Aubin-sur-Arvelle"],
                       ["Police municipale", "Réf. : PM/2024/118"]),
            Spacer(1, 18),
            boxed(ctx, [f"ARRÊTÉ DU MAIRE N° {act.number}"], s.title),
            Spacer(1, 8),
            labelled("Objet :", act.title or "", s.body),
            Spacer(1, 6),
            para("Le Maire de la Commune de Saint-Aubin-sur-Arvelle,", s.left),
            *decision_block(ctx, act, ART_1ER),
            Spacer(1, 8),
            para("Le présent arrêté peut faire l'objet d'un recours devant le Tribunal "
                 "administratif dans un délai de deux mois à compter de sa publication.", s.small),
            signature(ctx, ["Fait à Saint-Aubin-sur-Arvelle, le 4 juin 2024", "Le Maire,", "",
                            maire.name]),
            stamp(ctx, act.prefecture_id or "", date(2024, 6, 5)),
            ctx.end(0),
        ]

    return Sample("arrete_maire", "Arrêté du maire (sans vote)",
                  Layout(font_size=11, margins=(28 * mm, 25 * mm, 32 * mm, 25 * mm)),
                  [act], story)


def sample_deliberation_multipage() -> Sample:
    """6. One deliberation over three pages: articles on pages 1-2, the vote on page 3."""
    maire = person("M. Gilles BRUNET")
    members = [maire, *assembly(18, offset=21, exclude=[maire])]
    session = Session(
        collectivity="Commune de Vernouillet-sur-Arvelle", body="Conseil municipal",
        day=date(2023, 12, 14), hour=20, minute=30, president=maire, secretary=members[3],
        convocation=date(2023, 12, 7),
        members=[*present(*members[:16]), proxy(members[16], members[2]),
                 proxy(members[17], maire), *absent(members[18])],
        in_office=19, present_count=16, voters=18)
    tariffs = [
        ("Location de la salle des fêtes. Les tarifs de location de la salle des fêtes sont fixés "
         f"comme suit : habitants de la commune : {money(180)} la journée et {money(290)} le "
         f"week-end ; personnes extérieures à la commune : {money(350)} la journée et "
         f"{money(560)} le week-end. Une caution de {money(500)} est demandée à la remise des "
         "clés et restituée après l'état des lieux de sortie."),
        ("Concessions funéraires. Le prix des concessions dans le cimetière communal est fixé à "
         f"{money(240)} pour une concession trentenaire et à {money(390)} pour une concession "
         f"cinquantenaire. Le prix d'une case de columbarium pour quinze ans est fixé à "
         f"{money(450)}."),
        ("Droits de place. Les droits de place du marché hebdomadaire sont fixés à "
         f"{money('1.20')} par mètre linéaire et par séance. Les cirques et spectacles itinérants "
         f"acquittent un droit forfaitaire de {money(50)} par jour d'installation."),
        ("Bibliothèque municipale. L'abonnement annuel est gratuit pour les habitants de la "
         f"commune et fixé à {money(12)} pour les personnes extérieures. Le remplacement d'une "
         f"carte perdue est facturé {money(2)}."),
        (f"Photocopies. Le prix de la photocopie est fixé à {money('0.20')} la page au format A4 "
         f"en noir et blanc et à {money('0.40')} la page en couleur."),
        ("Les tarifs fixés par la présente délibération entrent en vigueur le 1er janvier 2024 et "
         "restent applicables jusqu'à nouvelle délibération."),
        ("Les recettes correspondantes seront encaissées par la régie de recettes municipale et "
         "imputées au budget principal de la commune."),
        ("Monsieur le Maire est chargé de l'exécution de la présente délibération, qui sera "
         "transmise au comptable public."),
    ]
    act = ActSpec(
        kind="deliberation", number="2023-118", session=session,
        title="Fixation des tarifs des services publics municipaux pour l'année 2024",
        prefecture_id=f"{DEPT_CODE}-210990789-20231214-2023-118-DE",
        intro=["Monsieur le Maire rappelle que les tarifs des services publics municipaux n'ont "
               "pas été révisés depuis le 1er janvier 2022 et propose une révision modérée."],
        visas=[Visa(f"{CGCT}, notamment ses articles L. 2121-29 et L. 2331-2 ;",
                    ["L. 2121-29", "L. 2331-2"]),
               Visa("Vu la délibération n° 2021-096 du 9 décembre 2021 fixant les tarifs "
                    "municipaux applicables au 1er janvier 2022 ;", ["délibération n° 2021-096"]),
               Visa("Vu l'avis de la commission des finances du 28 novembre 2023 ;")],
        decision_intro=["Le Conseil municipal, après en avoir délibéré,", "DÉCIDE :"],
        articles=[ArticleSpec(n, text) for n, text in enumerate(tariffs, start=1)],
        votes=[VoteSpec(vote_registre_votants, for_=18, against=0, abstention=0)],
        amounts=["180", "290", "350", "560", "500", "240", "390", "450", "1.20", "50", "12", "2",
                 "0.20", "0.40"])

    def story(ctx: Ctx) -> list[Flowable]:
        s = ctx.st
        return [
            ctx.start(0),
            stamp(ctx, act.prefecture_id or "", date(2023, 12, 18)),
            para("Commune de Vernouillet-sur-Arvelle", s.title),
            para("Extrait du registre des délibérations du Conseil municipal", s.center),
            para(f"Délibération n° {act.number}", s.center),
            Spacer(1, 6),
            para(f"{session_opening_words(session.day, 20, 30)}, le Conseil municipal de la "
                 f"Commune de Vernouillet-sur-Arvelle, dûment convoqué le "
                 f"{date_long(session.convocation)}, s'est réuni en séance publique sous la "
                 f"présidence de {ctx.name(maire)}, Maire.", s.body),
            para(f"Membres en exercice : {session.in_office} – Présents : "
                 f"{session.present_count} – Votants : {session.voters}", s.left),
            *attendance_block(ctx, session, AttendanceWording(
                proxies="Pouvoirs :", proxy="{who} a donné pouvoir à {holder}",
                absent="Absent :")),
            labelled("Objet :", act.title or "", ParagraphStyle(
                "obj", parent=s.body, spaceBefore=8, spaceAfter=8)),
            *decision_block(ctx, act, ART_1ER, marks_prefix="article", with_votes=False),
            CondPageBreak(70 * mm),  # "keep with next": the vote and signatures stay together
            ctx.mark("vote"),
            *votes_block(ctx, act),
            para("Pour extrait certifié conforme.", s.body),
            signature(ctx, ["Vernouillet-sur-Arvelle,", "le 15 décembre 2023", "Le Maire,",
                            maire.name]),
            ctx.end(0),
        ]

    return Sample("deliberation_multipage_vote_derniere_page",
                  "Délibération sur trois pages, vote en page 3",
                  Layout(font_size=11.5, leading=1.45, margins=(30 * mm, 30 * mm, 34 * mm, 30 * mm),
                         footer=lambda page, total, marks: f"{page}/{total}"),
                  [act], story,
                  expect_marks={"article1": 1, "article8": 2, "vote": 3, "act0.end": 3})


def sample_communaute_communes_deux_colonnes() -> Sample:
    """7. Communauté de communes: attendance in two columns, "représenté par" proxies."""
    president = person("M. Christophe ARNAUD")
    delegates = [president, *assembly(27, offset=33, exclude=[president])]
    communes = ["Brévannes", "Saint-Léger-des-Aulnes", "Montcalm-sur-Brève", "Les Ormeaux",
                "Fontaine-Bréval", "Villiers-en-Brévannes", "La Motte-Saint-Jean"]
    commune_of = {p: communes[i % len(communes)] for i, p in enumerate(delegates)}
    secretary = delegates[5]
    members = [
        *present(*delegates[:22]),
        proxy(delegates[22], delegates[1], "{who} ayant donné pouvoir à {holder}"),
        proxy(delegates[23], delegates[2], "{who} représenté{e} par {holder}"),
        proxy(delegates[24], delegates[3], "{who} ayant donné pouvoir à {holder}"),
        proxy(delegates[25], delegates[4], "{who} représenté{e} par {holder}"),
        proxy(delegates[26], president, "{who} ayant donné pouvoir à {holder}"),
        *excused(delegates[27]),
    ]
    session = Session(
        collectivity="Communauté de communes du Pays de Brévannes", body="Conseil communautaire",
        day=date(2024, 7, 4), hour=18, president=president, secretary=secretary,
        convocation=date(2024, 6, 27), members=members, in_office=28, present_count=22,
        voters=27)
    funds = TableSpec(
        ["Commune", "Projet", "Coût HT €", "Fonds de concours €"],
        [["Brévannes", "Réfection de la toiture de l'école", Money.of("84000"),
          Money.of("21000")],
         ["Les Ormeaux", "Aménagement d'un city-stade", Money.of("62500"), Money.of("15625")],
         ["Fontaine-Bréval", "Rénovation de l'éclairage public", Money.of("48200"),
          Money.of("12050")],
         ["La Motte-Saint-Jean", "Accessibilité de la mairie", Money.of("35700"),
          Money.of("8925")],
         ["Total", "", Money.of("230400"), Money.of("57600")]],
        [1.6, 2.8, 1.1, 1.3], bold_last_row=True)
    act = ActSpec(
        kind="deliberation", number="DEL-2024-031", session=session,
        title="Attribution de fonds de concours aux communes membres – programme 2024",
        prefecture_id=f"{DEPT_CODE}-200071234-20240704-DEL-2024-031-DE",
        intro=["Le Président rappelle que le règlement d'attribution des fonds de concours permet "
               "de financer jusqu'à 25 % du coût hors taxes des projets d'équipement des communes "
               f"membres, dans la limite d'une enveloppe annuelle de {money(60000)}."],
        visas=[Visa(f"{CGCT}, et notamment son article L. 5214-16 V ;", ["L. 5214-16"]),
               Visa("Vu les statuts de la Communauté de communes du Pays de Brévannes ;"),
               Visa("Vu la délibération n° DEL-2023-112 du 14 décembre 2023 approuvant le "
                    "règlement d'attribution des fonds de concours ;",
                    ["délibération n° DEL-2023-112"])],
        decision_intro=["Le Conseil communautaire, après en avoir délibéré,", "DÉCIDE :"],
        articles=[
            ArticleSpec(1, "D'attribuer aux communes membres les fonds de concours figurant dans "
                           "le tableau ci-dessous :", table=funds),
            ArticleSpec(2, "Dit que les fonds de concours seront versés sur présentation des "
                           "factures acquittées et d'un plan de financement définitif."),
            ArticleSpec(3, "D'autoriser le Président à signer les conventions correspondantes "
                           "avec chaque commune bénéficiaire."),
        ],
        votes=[VoteSpec(vote_unanimous_counted, for_=27, against=0, abstention=0, unanimous=True)],
        amounts=["60000"])

    def story(ctx: Ctx) -> list[Flowable]:
        s = ctx.st
        present_entries = [f"{ctx.name(m.person)} ({commune_of[m.person]})"
                           for m in members if m.status == "present"]
        proxy_entries = [attendance_entry(ctx, m, AttendanceWording())
                         for m in members if m.proxy_to]
        return [
            ctx.start(0),
            stamp(ctx, act.prefecture_id or "", date(2024, 7, 8)),
            logo_box(ctx, "CCPB", ["Communauté de communes", "du Pays de Brévannes",
                                   "2 rue de la Gare – 99340 Brévannes"]),
            Spacer(1, 12),
            para("REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE", s.title),
            para(f"Séance du {date_long(session.day)} – Délibération N° {act.number}", s.center),
            para(f"Date de convocation : {date_num(session.convocation)} – Membres en exercice : "
                 f"{session.in_office} – Présents : {session.present_count} – Votants : "
                 f"{session.voters}", s.small),
            para(f"Le {date_long(session.day)} à 18 heures, le Conseil communautaire, dûment "
                 f"convoqué, s'est réuni à la salle des fêtes de Brévannes sous la présidence "
                 f"de {ctx.name(president)}, Président.", s.body),
            _bold_line(ctx, f"Étaient présents ({session.present_count}) :"),
            two_column_list(ctx, present_entries, s.small),
            Spacer(1, 4),
            _bold_line(ctx, "Absents excusés ayant donné pouvoir ou représentés :"),
            two_column_list(ctx, proxy_entries, s.small),
            Spacer(1, 4),
            labelled("Absente excusée :", ctx.name(delegates[27]) + ".", s.body),
            labelled("Secrétaire de séance :", ctx.name(secretary) + ".", s.body),
            labelled("Objet :", act.title or "", ParagraphStyle("obj", parent=s.body,
                                                                 spaceBefore=6)),
            *decision_block(ctx, act, ART_CAPS_DASH),
            signature(ctx, ["Pour extrait conforme,", "Le Président,", president.name]),
            ctx.end(0),
        ]

    return Sample("communaute_communes_deux_colonnes",
                  "Communauté de communes, présences sur deux colonnes",
                  Layout(font_size=10, margins=(20 * mm, 20 * mm, 30 * mm, 18 * mm),
                         footer_left="CC du Pays de Brévannes – Conseil communautaire du 4 juillet 2024"),
                  [act], story)


def sample_region_vote_groupes() -> Sample:
    """8. Région: two deliberations, votes by political group (prose, then a ruled table)."""
    president = person("Mme Sylvie ROUSSEL")
    session = Session(collectivity="Région Terres d'Arvelle", body="Conseil régional",
                      day=date(2024, 3, 14), hour=9, minute=30, president=president, in_office=57)
    majority, right = "Groupe Terres d'Arvelle en commun", "Groupe Union de la droite et du centre"
    far_right, greens = "Groupe Rassemblement régional", "Groupe Écologistes et solidaires"
    lots = TableSpec(
        ["Lot", "Intitulé", "Montant maximum € TTC"],
        [["1", "Bâtiment et travaux publics", Money.of("4200000")],
         ["2", "Services à la personne", Money.of("3150000")],
         ["3", "Numérique et développement web", Money.of("2400000")],
         ["", "Total", Money.of("9750000")]],
        [0.6, 4, 1.8], bold_last_row=True)
    title_1 = ["SCHÉMA RÉGIONAL DE DÉVELOPPEMENT ÉCONOMIQUE –",
               "FONDS RÉGIONAL D'INVESTISSEMENT DANS LES PME"]
    title_2 = ["PROGRAMME RÉGIONAL DE FORMATION 2024 –",
               "ACHAT DE FORMATIONS QUALIFIANTES POUR LES DEMANDEURS D'EMPLOI"]
    acts = [
        ActSpec(
            kind="deliberation", number="24-CR-017", title=" ".join(title_1), session=session,
            prefecture_id=f"{DEPT_CODE}-200053767-20240314-24-CR-017-DE",
            visas=[Visa(f"{CGCT}, notamment ses articles L. 4221-1 et L. 4251-12 ;",
                        ["L. 4221-1", "L. 4251-12"]),
                   Visa("Vu la loi n° 2015-991 du 7 août 2015 portant nouvelle organisation "
                        "territoriale de la République ;", ["loi n° 2015-991"]),
                   Visa("Vu la délibération n° 22-CR-045 du 30 juin 2022 adoptant le schéma "
                        "régional de développement économique, d'innovation et "
                        "d'internationalisation ;", ["délibération n° 22-CR-045"]),
                   Visa("Vu l'avis de la commission Économie, emploi et innovation du "
                        "5 mars 2024 ;")],
            decision_intro=["Le Conseil régional, après en avoir délibéré,", "DÉCIDE :"],
            articles=[
                ArticleSpec(1, "De créer un fonds régional d'investissement dans les petites et "
                               f"moyennes entreprises, doté de {money(2500000)} pour l'année "
                               "2024."),
                ArticleSpec(2, "De fixer le montant maximal de l'aide régionale à "
                               f"{money(150000)} par entreprise et par programme "
                               "d'investissement."),
                ArticleSpec(3, "D'autoriser la Présidente du Conseil régional à signer les "
                               "conventions d'aide avec les entreprises bénéficiaires."),
            ],
            votes=[VoteSpec(vote_region_prose, for_=43, against=5, abstention=2,
                            groups=[GroupVote(majority, "for"), GroupVote(right, "for"),
                                    GroupVote(far_right, "against"),
                                    GroupVote(greens, "abstention")])],
            amounts=["2500000", "150000"]),
        ActSpec(
            kind="deliberation", number="24-CR-018", title=" ".join(title_2), session=session,
            prefecture_id=f"{DEPT_CODE}-200053767-20240314-24-CR-018-DE",
            visas=[Visa("Vu le code du travail, notamment ses articles L. 6121-1 et L. 6122-1 ;",
                        ["L. 6121-1", "L. 6122-1"]),
                   Visa("Vu le décret n° 2018-1075 du 3 décembre 2018 portant partie "
                        "réglementaire du code de la commande publique ;",
                        ["décret n° 2018-1075"])],
            decision_intro=["Le Conseil régional, après en avoir délibéré,", "DÉCIDE :"],
            articles=[
                ArticleSpec(1, "D'approuver le lancement d'un accord-cadre à bons de commande "
                               "pour l'achat de formations qualifiantes, alloti comme suit :",
                            table=lots),
                ArticleSpec(2, "D'autoriser la Présidente du Conseil régional à signer "
                               "l'accord-cadre et les actes s'y rapportant."),
            ],
            votes=[VoteSpec(vote_group_table, for_=39, against=9, abstention=8, not_voting=1,
                            groups=[GroupVote(majority, "for", 26), GroupVote(right, "for", 12),
                                    GroupVote(right, "abstention", 2),
                                    GroupVote(greens, "abstention", 6),
                                    GroupVote(far_right, "against", 9),
                                    GroupVote("Non-inscrits", "for", 1),
                                    GroupVote("Non-inscrits", "not_voting", 1)])]),
    ]

    def story(ctx: Ctx) -> list[Flowable]:
        s = ctx.st
        caps = ParagraphStyle("rcaps", parent=s.center, fontName=FONT_BOLD)
        out: list[Flowable] = []
        for i, (act, title) in enumerate(zip(acts, (title_1, title_2))):
            if i:
                out.append(PageBreak())
            out += [
                ctx.start(i),
                letterhead(ctx, ["RÉGION TERRES D'ARVELLE", "Conseil régional"],
                           ["Séance plénière", f"du {date_long(session.day)}"]),
                Spacer(1, 14),
                para(f"DÉLIBÉRATION N° {act.number}", s.title),
                lines(title, caps),
                Spacer(1, 6),
                para(f"Nombre de conseillers régionaux en exercice : {session.in_office}", s.small),
                para(f"Le Conseil régional de la Région Terres d'Arvelle, réuni en séance plénière "
                     f"le {date_long(session.day)} sous la présidence de "
                     f"{ctx.name(president)}, Présidente,", s.body),
                *decision_block(ctx, act, ART_PLAIN_OWN_LINE),
                signature(ctx, ["La Présidente du Conseil régional,", "", president.name]),
                stamp(ctx, act.prefecture_id or "", date(2024, 3, 19)),
                ctx.end(i),
            ]
        return out

    return Sample("region_vote_groupes", "Région, conseil régional, votes par groupe politique",
                  Layout(font_size=9.5, margins=(22 * mm, 22 * mm, 34 * mm, 22 * mm),
                         header=lambda page, total: "Région Terres d'Arvelle – Séance plénière "
                                                    "du 14 mars 2024",
                         footer=page_footer()),
                  acts, story)


def sample_syndicat_bureau() -> Sample:
    """9. Syndicat mixte, bureau syndical: "NOM Prénom" names, vote before DÉCIDE."""
    president = person("M. Hervé BERTIN")
    le_gall, de_la_motte = person("M. Yves LE GALL"), person("Mme Anne-Sophie DE LA MOTTE")
    lamy = person("Mme Josiane LAMY")
    present_people = [president, le_gall, person("M. Didier MOULIN"), person("M. Gérard PASQUIER"),
                      de_la_motte, person("Mme Véronique HUMBERT"), lamy]
    session = Session(
        collectivity="Syndicat mixte des eaux du Val d'Arvelle", body="Bureau syndical",
        day=date(2018, 11, 15), hour=10, president=president, secretary=lamy,
        convocation=date(2018, 11, 8),
        members=[*present(*present_people), proxy(person("M. Jacques CORDIER"), president),
                 *absent(person("Mme Chantal PERRET"))],
        in_office=9, present_count=7, voters=8)
    act = ActSpec(
        kind="deliberation", number="D2018-72", session=session,
        title="Attribution du marché de travaux de renouvellement de la conduite d'eau potable "
              "de la rue des Tanneurs à Bellerive",
        prefecture_id=f"{DEPT_CODE}-259900215-20181115-D2018-72-DE",
        intro=["Le Président rappelle qu'une consultation a été lancée selon la procédure adaptée "
               "le 10 septembre 2018. L'estimation du maître d'œuvre s'élevait à "
               f"{money('195000', cents=True)} HT. Cinq offres ont été reçues ; après analyse, "
               "l'offre économiquement la plus avantageuse est celle de l'entreprise TPA Réseaux "
               f"pour un montant de {money('184250', cents=True)} HT, soit "
               f"{money('221100', cents=True)} TTC."],
        visas=[Visa("Vu le code de la commande publique, notamment ses articles L. 2123-1 et "
                    "R. 2123-1 ;", ["L. 2123-1", "R. 2123-1"]),
               Visa("Vu la délibération n° D2017-15 du Comité syndical du 23 mars 2017 portant "
                    "délégation d'attributions au Bureau ;", ["délibération n° D2017-15"])],
        decision_intro=["DÉCIDE :"],
        articles=[
            ArticleSpec(1, "D'attribuer le marché de travaux de renouvellement de la conduite "
                           "d'eau potable de la rue des Tanneurs à l'entreprise TPA Réseaux."),
            ArticleSpec(2, "D'autoriser le Président à signer le marché et toutes les pièces "
                           "s'y rapportant."),
            ArticleSpec(3, "Dit que la dépense sera imputée au budget annexe de l'eau, "
                           "opération 2018-04."),
        ],
        votes=[VoteSpec(vote_unanimous_exprimes, abstention=2, unanimous=True,
                        members=[(le_gall, "abstention"), (de_la_motte, "abstention")])],
        amounts=["195000", "184250", "221100"])

    def story(ctx: Ctx) -> list[Flowable]:
        s = ctx.st
        men = [p.last_first() for p in present_people if p.civility == "M."]
        women = [p.last_first() for p in present_people if p.civility == "Mme"]
        return [
            ctx.start(0),
            logo_box(ctx, "SMEVA", ["Syndicat mixte des eaux du Val d'Arvelle",
                                    "Siège : 4 chemin de l'Usine – 99120 Bellerive"]),
            Spacer(1, 10),
            para("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU BUREAU SYNDICAL", s.title),
            para(f"Séance du {date_long(session.day)} – Délibération n° {act.number}", s.center),
            boxed(ctx, [f"Date de convocation : {date_long(session.convocation)}",
                        f"Membres en exercice : {session.in_office} – Présents : "
                        f"{session.present_count} – Votants : {session.voters}"], s.small),
            Spacer(1, 6),
            para(f"{session_opening_words(session.day, 10, 0)}, le Bureau syndical, "
                 f"régulièrement convoqué, s'est réuni au siège du Syndicat sous la présidence "
                 f"de {ctx.name(president)}, Président.", s.body),
            labelled("Délégués présents :", f"MM. {', '.join(men)} ; Mmes {', '.join(women)}.",
                     s.body),
            *attendance_block(ctx, session, AttendanceWording(
                present=None, proxies="Délégué excusé ayant donné pouvoir :",
                absent="Déléguée absente :")),
            labelled("Objet :", act.title or "", s.body),
            *decision_block(ctx, act, ArticleStyle(label=lambda n: f"Article {n} –"),
                            vote_first=True),
            signature(ctx, ["Certifié exécutoire,", "Le Président,", ctx.name(president)]),
            stamp(ctx, act.prefecture_id or "", date(2018, 11, 19)),
            ctx.end(0),
        ]

    return Sample("syndicat_bureau", "Syndicat mixte, bureau syndical",
                  Layout(font_size=9, margins=(18 * mm, 18 * mm, 30 * mm, 18 * mm),
                         footer=lambda page, total, marks: f"D2018-72 – {page}/{total}"),
                  [act], story, name_format=Person.civ_last_first)


def sample_commune_budget_montants() -> Sample:
    """10. Budget decision: amounts in every printed form, a ruled table with negative lines."""
    maire = person("Mme Catherine VALLÉE")
    contre = people("M. Thierry ROCHE; Mme Josiane LECLERC; M. Gérard MARCHAND")
    others = assembly(13, offset=47, exclude=[maire, *contre])
    session = Session(
        collectivity="Commune de Bourg-Fontanel", body="Conseil municipal", day=date(2024, 6, 24),
        hour=19, president=maire, secretary=others[0], convocation=date(2024, 6, 18),
        members=[*present(maire, *contre, *others[:11]), proxy(others[11], maire),
                 proxy(others[12], others[0]), *excused(*people("M. Yves RENARD; Mme Odile ROGER"))],
        in_office=19, present_count=15, voters=17)
    dm = TableSpec(
        ["Section", "Sens", "Chapitre / compte", "Libellé", "Montant"],
        [["Investissement", "Dépenses", "20 / 2031", "Frais d'études", Money.of("18000", "€")],
         ["Investissement", "Dépenses", "23 / 2313", "Constructions", Money.of("-2500", "€")],
         ["Investissement", "Recettes", "13 / 1341", "Dotation d'équipement des territoires ruraux",
          Money.of("15500", "€")],
         ["Fonctionnement", "Dépenses", "65 / 6574", "Subventions de fonctionnement aux "
          "associations", Money.of("1750", "€")],
         ["Fonctionnement", "Dépenses", "022", "Dépenses imprévues", Money.of("-1750", "€")]],
        [1.6, 1.2, 1.4, 3.2, 1.5])
    act = ActSpec(
        kind="deliberation", number="2024-027", session=session,
        title="Budget principal 2024 – Décision modificative n° 1 et participations diverses",
        prefecture_id=f"{DEPT_CODE}-210990321-20240624-2024-027-DE",
        intro=["Madame le Maire rappelle que le budget primitif 2024 s'équilibre en section de "
               f"fonctionnement à {money('1234567.89', sep='.', unit='euros', unit_sep=' ')} et "
               "qu'il convient d'ajuster les crédits ouverts pour tenir compte des opérations "
               "engagées depuis son adoption."],
        visas=[Visa(f"{CGCT}, notamment ses articles L. 1612-11 et L. 2311-1 ;",
                    ["L. 1612-11", "L. 2311-1"]),
               Visa("Vu la délibération n° 2024-011 du 28 mars 2024 approuvant le budget primitif "
                    "2024, arrêté en section de fonctionnement à la somme de "
                    f"{money('1234567.89')} ;", ["délibération n° 2024-011"])],
        considerants=["Considérant que le marché de maîtrise d'œuvre pour l'extension de la "
                      f"médiathèque a été attribué pour {money(15000)} HT, soit {money(18000)} TTC ;"],
        decision_intro=["Le Conseil municipal, après en avoir délibéré,", "DÉCIDE :"],
        articles=[
            ArticleSpec(1, "D'approuver la décision modificative n° 1 du budget principal 2024 "
                           "telle que détaillée dans le tableau ci-dessous :", table=dm),
            ArticleSpec(2, "D'attribuer au centre communal d'action sociale une subvention "
                           "complémentaire de cent mille euros (100 000 €) au titre de "
                           "l'exercice 2024.".replace("100 000 €", money(100000))),
            ArticleSpec(3, "De fixer la contribution de la commune au fonds de solidarité pour le "
                           f"logement à {money('0.50')} par habitant."),
            ArticleSpec(4, "D'approuver le versement au syndicat intercommunal à vocation scolaire "
                           f"du Haut-Fontanel d'une participation de {money(35830)} au titre de "
                           "l'année scolaire 2023-2024."),
        ],
        votes=[VoteSpec(vote_majorite, for_=14, against=3,
                        members=[(p, "against") for p in contre])],
        amounts=["1234567.89", "15000", "18000", "100000", "0.50", "35830"])

    def story(ctx: Ctx) -> list[Flowable]:
        s = ctx.st
        return [
            ctx.start(0),
            letterhead(ctx, ["Mairie de Bourg-Fontanel", "Place du Général-Leclerc",
                             "99450 Bourg-Fontanel"], ["Département de la Haute-Arvelle"]),
            Spacer(1, 12),
            para("DÉLIBÉRATION DU CONSEIL MUNICIPAL", s.title),
            para(f"Séance du {date_long(session.day)} – Délibération n° {act.number}", s.center),
            para(f"En exercice : {session.in_office} – Présents : {session.present_count} – "
                 f"Votants : {session.voters}", s.center),
            para(f"Le Conseil municipal de la Commune de Bourg-Fontanel, convoqué le "
                 f"{date_num(session.convocation)}, s'est réuni le {date_long(session.day)} à "
                 f"19 heures sous la présidence de {ctx.name(maire)}, Maire.", s.body),
            *attendance_block(ctx, session, AttendanceWording(
                proxies="Procurations :", proxy="{who} à {holder}", excused="Excusés :")),
            boxed(ctx, [f"Objet : {act.title}"], ParagraphStyle("objb", parent=s.left,
                                                                 fontName=FONT_BOLD)),
            Spacer(1, 6),
            *decision_block(ctx, act, ART_1ER),
            signature(ctx, ["Le Maire,", maire.name]),
            stamp(ctx, act.prefecture_id or "", date(2024, 6, 26)),
            ctx.end(0),
        ]

    return Sample("commune_budget_montants", "Décision modificative budgétaire, montants variés",
                  Layout(font_size=10, margins=(20 * mm, 20 * mm, 32 * mm, 20 * mm),
                         footer=page_footer()),
                  [act], story)


def sample_metropole_rejet() -> Sample:
    """11. Métropole, two-column body, a rejected deliberation."""
    president = person("M. Bernard GAUTHIER")
    secretary = person("M. Yves ANTOINE")
    others = assembly(43, offset=5, exclude=[president, secretary])
    session = Session(
        collectivity="Métropole de Valmont-Arvelle", body="Conseil métropolitain",
        day=date(2014, 6, 26), hour=18, president=president, secretary=secretary,
        convocation=date(2014, 6, 20),
        members=[*present(president, secretary, *others[:32]),
                 *[proxy(others[32 + k], others[k]) for k in range(4)],
                 *excused(*others[36:41]), *absent(*others[41:43])],
        in_office=45, present_count=34, voters=38)
    act = ActSpec(
        kind="deliberation", number="2014/137", session=session,
        title="Extension du réseau de tramway – ligne C – Approbation du programme et de "
              "l'enveloppe financière prévisionnelle",
        prefecture_id=f"{DEPT_CODE}-200093201-20140626-2014_137-DE",
        intro=["Le projet d'extension de la ligne C du tramway vers le quartier des Rives prévoit "
               "la création de 4,2 kilomètres de voies nouvelles et de sept stations. Les études "
               "préliminaires ont permis d'arrêter le programme de l'opération."],
        visas=[Visa(f"{CGCT}, et notamment son article L. 5217-2 ;", ["L. 5217-2"]),
               Visa("Vu le code des transports, notamment son article L. 1231-1 ;", ["L. 1231-1"]),
               Visa("Vu la délibération n° 2013/245 du 19 décembre 2013 approuvant le plan de "
                    "déplacements urbains ;", ["délibération n° 2013/245"])],
        decision_intro=["Le Conseil métropolitain, après en avoir délibéré,", "DÉLIBÈRE :"],
        articles=[
            ArticleSpec(1, "Le programme de l'opération d'extension de la ligne C du tramway est "
                           "approuvé."),
            ArticleSpec(2, "L'enveloppe financière prévisionnelle de l'opération est fixée à "
                           f"{money(84600000)} HT, valeur juin 2014."),
            ArticleSpec(3, "Le Président est autorisé à engager les études d'avant-projet, pour "
                           f"un montant de {money(1250000)} HT."),
        ],
        votes=[VoteSpec(vote_rejet, for_=10, against=25, abstention=3, result="rejected")],
        amounts=["84600000", "1250000"])

    layout = Layout(font_size=9, margins=(15 * mm, 15 * mm, 30 * mm, 18 * mm), columns=2,
                    first_page_band=48 * mm, footer=page_footer("Délibération n° 2014/137 – "))

    def story(ctx: Ctx) -> list[Flowable]:
        s = ctx.st
        full = dataclasses.replace(ctx, width=2 * ctx.width + 12 + layout.gutter)
        return [
            ctx.start(0),
            letterhead(full, ["MÉTROPOLE DE VALMONT-ARVELLE"], ["Direction des assemblées"]),
            Spacer(1, 6),
            para("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MÉTROPOLITAIN", s.title),
            para(f"Séance publique du {date_long(session.day)}", s.center),
            para(f"Délibération n° {act.number}", ParagraphStyle("num", parent=s.center,
                                                                  fontName=FONT_BOLD)),
            boxed(full, [f"Objet : {act.title}"], s.left),
            FrameBreak(),
            para(f"Conseillers en exercice : {session.in_office} – Présents : "
                 f"{session.present_count} – Votants : {session.voters}", s.left),
            para(f"Le Conseil métropolitain, convoqué le {date_long(session.convocation)}, "
                 f"s'est réuni le "
                 f"{date_long(session.day)} à 18 heures à l'Hôtel de la Métropole, sous la "
                 f"présidence de {ctx.name(president)}, Président.", s.body),
            *attendance_block(ctx, session, AttendanceWording(
                present="Présents :", proxies="Pouvoirs :", proxy="{who} à {holder}",
                excused="Excusés :", absent="Absents :")),
            *decision_block(ctx, act, ART_PLAIN_OWN_LINE),
            signature(ctx, ["Pour extrait conforme,", "Le Président,", president.name],
                      align="left"),
            stamp(ctx, act.prefecture_id or "", date(2014, 7, 1)),
            ctx.end(0),
        ]

    return Sample("metropole_rejet", "Métropole, mise en page deux colonnes, délibération rejetée",
                  layout, [act], story)


def sample_pv_prend_acte_et_election() -> Sample:
    """12. Minutes with a secret-ballot election, a "prend acte" item and an ordinary vote."""
    maire = person("M. Alain COLIN")
    dumas, lacroix = person("Mme Céline DUMAS"), person("M. Hervé LACROIX")
    garnier = person("Mme Monique GARNIER")
    others = assembly(17, offset=59, exclude=[maire, dumas, lacroix, garnier])
    session = Session(
        collectivity="Commune des Essarts-sur-Brenne", body="Conseil municipal",
        day=date(2024, 9, 9), hour=20, president=maire, secretary=others[0],
        convocation=date(2024, 9, 3),
        members=[*present(maire, dumas, lacroix, garnier, *others[:13]),
                 proxy(others[13], maire), proxy(others[14], dumas),
                 *excused(others[15], others[16], person("M. Serge PONCET")),
                 *absent(person("M. Rémi FAVIER"))],
        in_office=23, present_count=17, voters=19)
    election = Election(voters=19, blank=2, null=1, candidates=[(dumas, 11), (lacroix, 5)],
                        office="troisième adjointe au Maire")
    acts = [
        ActSpec(
            kind="pv_item", title="Élection d'un adjoint au Maire", session=session,
            intro=[f"Par courrier du 28 juin 2024, {garnier.civ_first_last()} a présenté sa démission "
                   "de ses fonctions de troisième adjointe, acceptée par le Préfet le 12 juillet "
                   "2024. Le Conseil municipal a décidé de maintenir le nombre d'adjoints à "
                   "cinq. Il est procédé à l'élection au scrutin secret et à la majorité "
                   "absolue."],
            visas=[Visa(f"{CGCT}, notamment ses articles L. 2122-7, L. 2122-7-2 et L. 2122-10 ;",
                        ["L. 2122-7", "L. 2122-7-2", "L. 2122-10"])],
            outro=[f"Candidats : {dumas.civ_first_last()} et {lacroix.civ_first_last()}. Après "
                   "dépouillement, les résultats sont les suivants :"],
            votes=[election_vote(election)]),
        ActSpec(
            kind="pv_item",
            title="Rapport annuel 2023 sur le prix et la qualité du service public de l'eau "
                  "potable", session=session,
            intro=["Monsieur le Maire présente le rapport annuel établi par le Syndicat mixte des "
                   "eaux du Val d'Arvelle. Le prix du service s'établit à "
                   f"{money('2.14')} TTC par mètre cube, soit {money('256.80')} TTC pour une "
                   "facture type de 120 mètres cubes."],
            visas=[Visa(f"{CGCT}, notamment ses articles L. 2224-5 et D. 2224-1 ;",
                        ["L. 2224-5", "D. 2224-1"])],
            outro=["Le Conseil municipal prend acte de la présentation du rapport annuel 2023 "
                   "sur le prix et la qualité du service public de l'eau potable."],
            amounts=["2.14", "256.80"]),
        ActSpec(
            kind="pv_item", title="Admission en non-valeur de créances irrécouvrables",
            session=session,
            intro=["Le comptable public a transmis un état de créances irrécouvrables portant sur "
                   f"des redevances de cantine des exercices 2019 à 2021, pour un montant total de "
                   f"{money('1186.42')}."],
            outro=["Le Conseil municipal, après en avoir délibéré, admet ces créances en "
                   "non-valeur ; la dépense sera imputée au compte 6541."],
            votes=[VoteSpec(vote_unanimous, unanimous=True)],
            amounts=["1186.42"]),
    ]

    def story(ctx: Ctx) -> list[Flowable]:
        s = ctx.st
        out: list[Flowable] = [
            letterhead(ctx, ["COMMUNE DES ESSARTS-SUR-BRENNE"], ["Département de la Haute-Arvelle"]),
            Spacer(1, 8),
            para("Procès-verbal de la séance du Conseil municipal", s.title),
            para("du lundi 9 septembre 2024", s.center),
            para(f"Date de convocation : {date_num(session.convocation)}", s.center),
            para(f"{session_opening_words(session.day, 20, 0)}, le Conseil municipal, "
                 f"légalement convoqué, s'est réuni à la mairie sous la présidence de "
                 f"{ctx.name(maire)}, Maire.", s.body),
            para(f"Nombre de conseillers : en exercice : {session.in_office} ; présents : "
                 f"{session.present_count} ; votants : {session.voters}.", s.body),
            *attendance_block(ctx, session, AttendanceWording(
                present="Étaient présents :", proxies="Pouvoirs :",
                proxy="{who} a donné pouvoir à {holder}", excused="Absents excusés :",
                absent="Absent :")),
        ]
        for i, act in enumerate(acts):
            out += [ctx.start(i), para(f"{'I' * (i + 1)} – {act.title}", s.heading),
                    *decision_block(ctx, act), ctx.end(i)]
        out += [para("La séance est levée à 21 h 15.", s.body),
                signature(ctx, ["Le Maire,", maire.name, "", "Le secrétaire de séance,",
                                others[0].name])]
        return out

    return Sample("pv_prend_acte_et_election", "Procès-verbal : élection d'un adjoint, prend acte",
                  Layout(font_size=11, margins=(25 * mm, 20 * mm, 20 * mm, 20 * mm),
                         footer=page_footer()),
                  acts, story)


def sample_compte_rendu_arrivee_nppv() -> Sample:
    """13. "Délibération n° 12" form, a member not voting, a member arriving during the meeting."""
    maire = person("Mme Laurence HUBERT")
    roche, fabre = person("M. Didier ROCHE"), person("Mme Émilie FABRE")
    others = assembly(11, offset=71, exclude=[maire, roche, fabre])

    def members(fabre_status: Status) -> list[Member]:
        return [*present(maire, roche, *others[:9]),
                Member(fabre, fabre_status, note="(arrivée à 19 h 20, à partir de la "
                                                 "délibération n° 13)"),
                proxy(others[9], maire), proxy(others[10], others[1]),
                *excused(person("M. Benoît SAUVAGE"))]

    common = dict(collectivity="Commune de La Chapelle-sur-Arvelle", body="Conseil municipal",
                  day=date(2024, 4, 22), hour=19, president=maire, secretary=others[0],
                  in_office=15)
    before = Session(**common, members=members("absent"), present_count=11, voters=13)
    after = Session(**common, members=members("present"), present_count=12, voters=14)
    acts = [
        ActSpec(
            kind="pv_item", number="12", session=before,
            title="Cession d'une parcelle communale au lieu-dit « Les Prés Hauts »",
            intro=["Madame le Maire expose que M. et Mme Roche-Vidal ont proposé d'acquérir la "
                   "parcelle cadastrée section ZC n° 48, d'une superficie de 1 250 mètres carrés, "
                   f"au prix de {money(45000)}, l'avis du Domaine du 2 avril 2024 l'ayant estimée "
                   f"à {money(43500)}."],
            visas=[Visa(f"{CGCT}, notamment ses articles L. 2131-11 et L. 2241-1 ;",
                        ["L. 2131-11", "L. 2241-1"])],
            outro=[f"{roche.civ_first_last()}, intéressé à l'affaire, quitte la salle et ne prend "
                   "pas part au vote.",
                   "Le Conseil municipal, après en avoir délibéré, approuve la cession et autorise "
                   "Madame le Maire à signer l'acte authentique, les frais étant à la charge de "
                   "l'acquéreur."],
            votes=[VoteSpec(vote_dashes, for_=12, against=0, abstention=0, not_voting=1,
                            members=[(roche, "not_voting")])],
            amounts=["45000", "43500"]),
        ActSpec(
            kind="pv_item", number="13", session=after,
            title="Modification du tableau des effectifs",
            intro=["Madame le Maire propose de transformer un poste d'adjoint administratif à "
                   "temps non complet en poste à temps complet à compter du 1er juin 2024."],
            outro=["Le Conseil municipal, après en avoir délibéré, approuve la modification du "
                   "tableau des effectifs."],
            votes=[VoteSpec(vote_unanimous_voix, for_=14, unanimous=True)]),
    ]

    def story(ctx: Ctx) -> list[Flowable]:
        s = ctx.st
        out: list[Flowable] = [
            para("Commune de La Chapelle-sur-Arvelle", s.center),
            para("COMPTE RENDU DE LA SÉANCE DU CONSEIL MUNICIPAL DU 22 AVRIL 2024", s.title),
            para(f"Conseillers en exercice : {after.in_office}", s.left),
            para(f"Le vingt-deux avril deux mille vingt-quatre à dix-neuf heures, le Conseil "
                 f"municipal s'est réuni sous la présidence de {ctx.name(maire)}, Maire.", s.body),
            *attendance_block(ctx, after, AttendanceWording(
                proxies="Représentés :", proxy="{who} par {holder}", excused="Excusé :")),
        ]
        for i, act in enumerate(acts):
            session = act.session
            assert session is not None
            out += [ctx.start(i),
                    para(f"Délibération n° {act.number} – {act.title}", s.heading),
                    para(f"Présents : {session.present_count} – Votants : {session.voters}",
                         s.small),
                    *decision_block(ctx, act), ctx.end(i)]
            if i == 0:
                out.append(rich(f"<i>Arrivée de {escape(ctx.name(fabre))} à 19 h 20.</i>",
                                s.body))
        out.append(signature(ctx, ["Affiché le 25 avril 2024", "Le Maire,", maire.name]))
        return out

    return Sample("compte_rendu_arrivee_nppv",
                  "Compte rendu : « Délibération n° 12 », arrivée en séance, non-participation",
                  Layout(font_size=10, justify=False, margins=(30 * mm, 30 * mm, 25 * mm, 25 * mm)),
                  acts, story)


def vote_colon(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """Vote : à l'unanimité  /  Vote : 12 pour, 2 contre  /  Vote : 13 pour, 1 abstention"""
    if v.unanimous and v.for_ is None:
        return [para("Vote : à l'unanimité", ctx.st.left)]
    parts = [f"{v.for_} pour"]
    if v.against:
        parts.append(f"{v.against} contre")
    if v.abstention:
        parts.append(f"{v.abstention} abstention{'s' if v.abstention > 1 else ''}")
    return [para("Vote : " + ", ".join(parts), ctx.st.left)]


def spaced_dashes(names: Sequence[str], one_sided: int) -> str:
    """ "A B - C D - E F -G H": names joined by " - ", the separator before entry `one_sided`
    spaced on its left only, as typed minutes often print it."""
    text = names[0]
    for i, name in enumerate(names[1:], start=1):
        text += (" -" if i == one_sided else " - ") + name
    return text


def sample_compte_rendu_cartouche() -> Sample:
    """14. A small commune's compte rendu: a cartouche with the counts at the top of every page,
    "Prénom NOM - Prénom NOM" lists, one proxy a line, unnumbered items closed by "Vote :" lines,
    a procedural secretary's nomination and an ordre du jour before the items."""
    maire = person("M. Michel ARNOUX")
    roy, pons = person("Mme Anne ROY"), person("M. Luc PONS")
    dubost = person("Mme Claire DUBOST")
    present_people = [maire, roy, pons, *people(
        "Mme Odile MAS; M. Rémi FAURIE; Mme Lise BRUN; M. Yves GATTI; Mme Inès COSTE; "
        "M. Paul VIDAL; Mme Zoé LAFON; M. Marc TEYSSIER"), dubost]
    nogue, causse = person("Mme Sylvie NOGUÉ"), person("M. Denis CAUSSE")
    ribes = person("M. Hugo RIBES")
    day, earlier = date(2025, 3, 10), date(2025, 1, 20)
    session = Session(
        collectivity="Commune de Lestrade-sur-Arvelle", body="Conseil municipal", day=day,
        hour=20, president=maire, secretary=dubost, convocation=date(2025, 3, 3),
        members=[*present(*present_people), proxy(nogue, maire), proxy(causse, pons),
                 *absent(ribes)],
        in_office=15, voters=14)  # "Présents" is printed as a list only: no present count

    def item(title: str, prose: list[str], vote: VoteSpec, amounts: Sequence[str] = ()) -> ActSpec:
        return ActSpec(kind="pv_item", title=title, session=session, intro=prose, votes=[vote],
                       amounts=list(amounts))

    unanimous = VoteSpec(vote_colon, unanimous=True)
    acts = [
        ActSpec(kind="other", title="Nomination du secrétaire"),
        item(f"Approbation du compte rendu du Conseil Municipal du {date_long(earlier)}",
             [f"Le compte rendu de la séance du {date_long(earlier)} a été adressé à chaque "
              "conseiller municipal.",
              "Personne ne prenant la parole, il est passé au vote"], unanimous),
        item("Réfection de la toiture de l'église",
             ["Monsieur le Maire présente le devis de l'entreprise Charpentes du Causse pour la "
              f"réfection de la toiture de l'église, d'un montant de "
              f"{money('12500', cents=True)} HT. Il propose de solliciter l'aide du Département "
              "au taux le plus élevé possible."], unanimous, ["12500"]),
        item("Tarifs de la cantine scolaire",
             ["Monsieur le Maire propose d'augmenter de cinq centimes le prix du repas servi aux "
              "élèves à compter du 1er avril prochain, pour tenir compte de la hausse du prix des "
              "denrées. Le prix du repas n'avait pas été modifié depuis trois ans."],
             VoteSpec(vote_colon, for_=12, against=2)),
        item("Adhésion au service commun d'instruction du droit des sols",
             ["La communauté de communes propose aux communes membres d'adhérer au service "
              "commun chargé d'instruire les permis de construire. La convention est conclue "
              "pour trois ans."], unanimous),
        item("Location du logement communal de l'ancienne école",
             ["Le logement est vacant depuis le départ du précédent locataire. Monsieur le Maire "
              "propose de le louer à compter du 1er mai à une famille de la commune."],
             VoteSpec(vote_colon, for_=13, abstention=1)),
    ]
    box = ["RÉPUBLIQUE FRANÇAISE", "DÉPARTEMENT DU VAL-D'ARVELLE", "", "Nombre de membres",
           f"en exercice : {session.in_office}", "qui ont pris part à la",
           f"délibération : {session.voters}",
           f"dont {sum(m.proxy_to is not None for m in session.members)} procurations",
           f"Date de la convocation : {date_num(session.convocation)}", "", "Objet :",
           "Compte rendu", "conseil municipal du", date_long(day)]

    def story(ctx: Ctx) -> list[Flowable]:
        s = ctx.st
        bold = ParagraphStyle("crb", parent=s.left, fontName=FONT_BOLD, fontSize=11.5,
                              leading=15, spaceBefore=14, keepWithNext=1)
        head = ParagraphStyle("crh", parent=s.title, fontSize=10, leading=13)
        names = ParagraphStyle("crn", parent=s.left, fontSize=10, leading=13.5)
        present_names = [ctx.name(m.person) for m in session.members if m.status == "present"]
        out: list[Flowable] = [
            para("COMPTE RENDU du CONSEIL MUNICIPAL de la COMMUNE de Lestrade-sur-Arvelle",
                 head),
            para(f"Séance du {date_long(day)}", s.center),
            para(f"{session_opening_words(day, 20, 0)}, le Conseil Municipal de cette Commune, "
                 "régulièrement convoqué, s'est réuni au nombre prescrit par la loi, dans le lieu "
                 f"habituel de ses séances, sous la présidence de Monsieur {ctx.name(maire)} - "
                 "Maire.", s.body),
            labelled("Présents :", spaced_dashes(present_names, one_sided=3), names),
            labelled("Absents :", ctx.name(ribes), names),
            labelled("Absents excusés :", f"{ctx.name(nogue)} - {ctx.name(causse)}", names),
            rich("<b>Procurations :</b><br/>" + "<br/>".join(
                escape(f"{ctx.name(m.person)} donne procuration à {ctx.name(m.proxy_to)}")
                for m in session.members if m.proxy_to), names),
            para("Ouverture de la séance", bold),
            ctx.start(0),
            para(acts[0].title or "", bold),
            para(f"Monsieur le Maire propose la candidature de {ctx.name(session.secretary)}, en "
                 "qualité de secrétaire pour la présente séance", s.body),
            para("Vote : à l'unanimité", s.left),
            ctx.end(0),
            para("Ordre du jour", bold),
            lines([f"- {act.title}" for act in acts[1:]], s.left),
        ]
        for i, act in enumerate(acts[1:], start=1):
            out += [ctx.start(i), para(act.title or "", bold), *blocks(ctx, act.intro),
                    *votes_block(ctx, act), ctx.end(i)]
        out += [para("L'ordre du jour étant épuisé, la séance est levée à 22 h 10.", s.body),
                signature(ctx, ["Le Maire,", ctx.name(maire)])]
        return out

    layout = Layout(font_size=12.5, leading=1.55, margins=(20 * mm, 20 * mm, 0, 22 * mm),
                    page_box=box, page_box_width=66 * mm, page_box_font=8.5,
                    footer=lambda page, total, marks: f"{page}/{total}")
    layout.margins = (20 * mm, 20 * mm, 10 * mm + layout.page_box_height() + 8 * mm, 22 * mm)
    return Sample("compte_rendu_cartouche_scan_style",
                  "Compte rendu d'une petite commune, cartouche en tête de chaque page",
                  layout, acts, story, name_format=lambda p: p.name)


def vote_said(wording: str) -> VoteRender:
    """A vote printed as a sentence of its own; `wording` is formatted with the vote's fields
    ("LE CONSEIL, à l'unanimité, ADOPTE par {for_} VOIX …")."""
    def render(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
        return [para(wording.format(for_=v.for_), ctx.st.body)]
    return render


def vote_colon_pour_unanimite(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    return [para("Vote : pour à l'unanimité", ctx.st.left)]


def vote_colon_pour_unanimite_point(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    return [para("Vote : pour à l'unanimité.", ctx.st.left)]


def vote_colon_dash_tally(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """ "Vote :" then "- pour : 13" and "- abstention : 2 (M. A, Mme B)", one a line."""
    texts = ["Vote :", f"- pour : {v.for_}"]
    if v.against:
        texts.append(f"- contre : {v.against}{_paren(ctx, v.named('against'))}")
    if v.abstention:
        texts.append(f"- abstention : {v.abstention}{_paren(ctx, v.named('abstention'))}")
    return [lines(texts, ctx.st.left)]


def vote_labelled_slashes(label: str) -> VoteRender:
    """ "DM1 pour budget communal approuvé : Vote : 15 pour / 0 contre / 0 abstention" """
    def render(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
        verdict = "approuvé" if v.result == "adopted" else "rejeté"
        return [para(f"{label} {verdict} : Vote : {v.for_} pour / {v.against} contre / "
                     f"{v.abstention} abstention", ctx.st.left)]
    return render


def sample_pv_numerote_votes_multiples() -> Sample:
    """15. Numbered minutes: two voted items before item 1, subsidies voted association by
    association under a dash sub-item, two labelled DM votes in one line each, and three act
    headings decided together by one shared body and vote."""
    maire = person("Mme Martine ESCOFFIER")
    secretary = person("M. Julien BARRAL")
    rapporteur = person("Mme Nadine FABRE")
    chair_ca = person("M. Roger DELMAS")
    abst_a, abst_b = person("M. Serge ALIBERT"), person("Mme Josette CARRIÈRE")
    others = people("M. Pascal MOULY; Mme Hélène SÉGUY; M. Bruno CAYLA; Mme Agnès VIALA; "
                    "M. Thierry ROUQUETTE; Mme Corinne BALSAN")
    holder_a, holder_b = others[0], others[1]
    session = Session(
        collectivity="Commune de Fontclaire-sur-Arvelle", body="Conseil municipal",
        day=date(2025, 3, 13), hour=20, minute=30, president=maire, secretary=secretary,
        convocation=date(2025, 3, 6),
        members=[*present(maire, secretary, rapporteur, chair_ca, abst_a, abst_b, *others,
                          person("M. Gilles VERNHES")),
                 proxy(person("Mme Paule SOULIÉ"), holder_a),
                 proxy(person("M. André COMBES"), holder_b),
                 *excused(person("Mme Lucie AZAÏS")), *absent(person("M. Fabrice TROUCHE"))],
        in_office=17, present_count=13, voters=15)

    def item(title: str, intro: list[str], vote: VoteSpec, amounts: Sequence[str] = (),
             number: str | None = None) -> ActSpec:
        return ActSpec(kind="pv_item", number=number, title=title, session=session, intro=intro,
                       votes=[vote], amounts=list(amounts))

    subsidies = "Vote des subventions aux associations"
    entries = [  # (association, amount, sentence between the entry and its vote, vote)
        ("Association des parents d'élèves", "320", None,
         VoteSpec(vote_colon_pour_unanimite, unanimous=True)),
        ("Comité de jumelage", "600",
         f"{chair_ca.civ_first_last()} rappelle que le comité accueillera une délégation en mai.",
         VoteSpec(vote_colon_pour_unanimite_point, unanimous=True)),
        ("Union sportive fontclairoise", "800", None,
         VoteSpec(vote_colon_dash_tally, for_=13, abstention=2,
                  members=[(abst_a, "abstention"), (abst_b, "abstention")])),
    ]
    dm_intro = (f"{maire.civ_first_last()} présente les décisions modificatives n° 1 : pour le "
                f"budget communal, un virement de {money(4800)} du chapitre 022 au chapitre 21 ; "
                f"pour le budget assainissement, un virement de {money(1250)} du chapitre 022 "
                "au chapitre 23.")
    dm_labels = ["DM1 pour budget communal", "DM1 pour budget assainissement"]
    voirie = [("2025-041", "Voirie : marché de relevés topographiques"),
              ("2025-042", "Voirie : marché de reconnaissances géotechniques"),
              ("2025-043", "Voirie : marché de détection amiante")]
    voirie_body = ("L'adjoint chargé de la voirie expose que ces trois consultations préalables aux "
                   "travaux de la rue des Tilleuls sont estimées respectivement à "
                   f"{money(6200)} HT, {money(9800)} HT et {money(3400)} HT. Les prestataires "
                   "seront choisis selon la procédure adaptée.")
    voirie_vote = VoteSpec(vote_said("LE CONSEIL, à l'unanimité, ADOPTE par {for_} VOIX les trois "
                                     "consultations."), for_=15, unanimous=True)
    acts = [
        item("Approbation du procès-verbal de la séance du 6 février 2025",
             ["Le procès-verbal de la séance du 6 février 2025, transmis à chaque conseiller avec "
              "la convocation, n'appelle aucune observation."],
             VoteSpec(vote_said("Le procès-verbal est adopté à l'unanimité."), unanimous=True)),
        item("Élection du président de séance pour le vote du compte administratif",
             ["Madame le Maire rappelle qu'elle ne peut présider l'assemblée lors du vote du "
              "compte administratif et invite le conseil à désigner le doyen d'âge."],
             VoteSpec(vote_said(f"{chair_ca.civ_first_last()} est élu à l'unanimité."),
                      unanimous=True)),
        *[item(f"{subsidies} – {name}",
               [f"{name} {money(amount)}", *([sentence] if sentence else [])], vote, [amount])
          for name, amount, sentence, vote in entries],
        item(dm_labels[0], [dm_intro], VoteSpec(vote_labelled_slashes(dm_labels[0]), for_=15,
                                                against=0, abstention=0), ["4800", "1250"]),
        item(dm_labels[1], [], VoteSpec(vote_labelled_slashes(dm_labels[1]), for_=15, against=0,
                                        abstention=0)),
        # Decided together: each heading is an act holding the shared body's amounts and vote.
        *[item(title, [voirie_body], voirie_vote, ["6200", "9800", "3400"], number=number)
          for number, title in voirie],
    ]
    first_entry, first_dm, first_voirie = 2, 5, 7

    def story(ctx: Ctx) -> list[Flowable]:
        s = ctx.st
        sub = ParagraphStyle("sub", parent=s.left, fontName=FONT_BOLD, leftIndent=10,
                             keepWithNext=1)
        s = dataclasses.replace(s, heading=ParagraphStyle("pvh", parent=s.heading, spaceBefore=14))
        # Vote lines in a slightly smaller type, so that "DM1 … : Vote : 15 pour / 0 contre /
        # 0 abstention" holds on one line.
        vctx = dataclasses.replace(ctx, st=dataclasses.replace(s, left=ParagraphStyle(
            "pvv", parent=s.left, fontSize=11, leading=17), body=ParagraphStyle(
            "pvvb", parent=s.body, fontSize=11, leading=17)))
        out: list[Flowable] = [
            para("COMMUNE DE FONTCLAIRE-SUR-ARVELLE", s.center),
            para("PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL", s.title),
            para(f"Séance du jeudi {date_long(session.day)}", s.center),
            Spacer(1, 6),
            para(f"Le treize mars deux mille vingt-cinq, à vingt heures trente, le Conseil "
                 f"municipal de la Commune de Fontclaire-sur-Arvelle, dûment convoqué le "
                 f"{date_num(session.convocation)}, s'est réuni en séance ordinaire à la mairie, "
                 f"sous la présidence de {ctx.name(maire)}, Maire.", s.body),
            para(f"Conseillers en exercice : {session.in_office} – Présents : "
                 f"{session.present_count} – Votants : {session.voters}", s.left),
            *attendance_block(ctx, session, AttendanceWording(
                proxies="Absents excusés ayant donné procuration :",
                proxy="{who} (procuration à {holder})", excused="Absente excusée :",
                absent="Absent :")),
            para("Le quorum étant atteint, Madame le Maire ouvre la séance.", s.body),
        ]
        for i in (0, 1):
            out += [ctx.start(i), para(acts[i].title or "", s.heading), *blocks(ctx, acts[i].intro),
                    *votes_block(vctx, acts[i]), ctx.end(i)]
        out += [ctx.start(first_entry), para("1. Finances", s.heading),
                para(f"- {subsidies}", sub),
                para(f"{rapporteur.civ_first_last()}, adjointe aux finances, présente les demandes "
                     "de subventions examinées par la commission des finances. Chaque demande "
                     "fait l'objet d'un vote distinct.", s.body)]
        for i in range(first_entry, first_entry + len(entries)):
            if i != first_entry:
                out.append(ctx.start(i))
            out += [para(acts[i].intro[0], s.left), *blocks(ctx, acts[i].intro[1:]),
                    *votes_block(vctx, acts[i]), ctx.end(i)]
        out += [ctx.start(first_dm), para("2. Décisions modificatives du budget 2025", s.heading),
                para(dm_intro, s.body), *votes_block(vctx, acts[first_dm]), ctx.end(first_dm),
                ctx.start(first_dm + 1), *votes_block(vctx, acts[first_dm + 1]),
                ctx.end(first_dm + 1)]
        for i in range(first_voirie, first_voirie + len(voirie)):
            act = acts[i]
            out += [ctx.start(i), para(f"{act.number} : {act.title}", s.heading)]
        out += [para(voirie_body, s.body), *votes_block(vctx, acts[-1]),
                *[ctx.end(i) for i in range(first_voirie, first_voirie + len(voirie))],
                para("L'ordre du jour étant épuisé, la séance est levée à 22 h 05.", s.body),
                signatures_side_by_side(ctx, ["Le Maire,", ctx.name(maire)],
                                        ["Le secrétaire de séance,", ctx.name(secretary)])]
        return out

    return Sample("pv_numerote_votes_multiples",
                  "Procès-verbal numéroté : points avant le 1, votes par association, DM, "
                  "actes décidés ensemble",
                  Layout(font_size=12, leading=1.65, margins=(20 * mm, 20 * mm, 26 * mm, 26 * mm),
                         footer=page_footer("Procès-verbal du Conseil municipal du 13 mars 2025 – ")),
                  acts, story)



# ---- samples 16-18: collectivities and wordings the first fifteen samples do not use ------


def opening_words_mil(day: date, hour: int) -> str:
    """ "L'an deux mil vingt-quatre, le dix-huit du mois de juin, à vingt heures" (the "mil"
    spelling and "du mois de" of rural registers)."""
    year = fr_number(day.year).replace("mille", "mil")
    day_words = "premier" if day.day == 1 else fr_number(day.day)
    hour_words = fr_number(hour) + (" heure" if hour == 1 else " heures")
    return f"L'an {year}, le {day_words} du mois de {MONTHS[day.month - 1]}, à {hour_words}"


def vote_par_voix_et(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """Adopté par 15 voix pour, 2 contre (M. ROCHE Henri, Mme SERRE Léa) et 0 abstention"""
    plural = "s" if (v.abstention or 0) > 1 else ""
    return [_bold_line(ctx, f"Adopté par {v.for_} voix pour, {v.against} contre"
                            f"{_paren(ctx, v.named('against'))} et {v.abstention} "
                            f"abstention{plural}{_paren(ctx, v.named('abstention'))}")]


def sample_commune_deliberation_cartouche_gauche() -> Sample:
    """16. A small commune's single deliberation: counts and dates in a box in the left column
    of page 1, date fully in words ("deux mil", "du mois de"), names SURNAME-first, proxy givers
    listed among the "Absents excusés" and again under "Pouvoirs", an @ctes block in the text."""
    maire = person("M. Gérard FABRE")
    boyer, roche, serre = person("Mme Hélène BOYER"), person("M. Henri ROCHE"), person("Mme Léa SERRE")
    berard, verdier = person("M. Jean-Louis BÉRARD"), person("Mme Aline VERDIER")
    brunel, galzin = person("Mme Josette BRUNEL"), person("M. Thierry GALZIN")
    azemar, pages = person("M. Sébastien AZÉMAR"), person("Mme Cindy PAGÈS")
    present_people = [maire, boyer, roche, serre, *people(
        "M. Yann LE ROUX; Mme Marie-Pierre ASTRUC"), berard, *people(
        "Mme Coralie TEISSÈDRE; M. Bruno CAYLA; Mme Nadège FOLCHER; M. Kévin MAUREL; "
        "Mme Ghislaine ROUQUETTE; M. Didier COMBES"), verdier, person("M. Fabrice LACAN")]
    day, convocation, posted = date(2024, 6, 18), date(2024, 6, 11), date(2024, 6, 12)
    session = Session(
        collectivity="Commune de Roquebelle-sur-Tarnelle", body="Conseil municipal", day=day,
        hour=20, president=maire, secretary=verdier, convocation=convocation,
        members=[*present(*present_people), proxy(brunel, berard), proxy(galzin, boyer),
                 *excused(azemar), *absent(pages)],
        in_office=19, present_count=15, voters=17)
    act = ActSpec(
        kind="deliberation", number="2024-031", session=session,
        title="Acquisition d'un bâtiment modulaire pour l'accueil périscolaire et cession de "
              "l'ancien préfabriqué communal",
        prefecture_id="096-219600571-20240618-2024_031-DE",
        intro=["Monsieur le Maire rappelle que la salle utilisée pour l'accueil périscolaire ne "
               "permet plus d'accueillir les enfants dans de bonnes conditions. La société "
               "Modulbat Sud propose un bâtiment modulaire d'occasion de 60 m², livré et posé, "
               f"pour un montant de {money('12500', cents=True)} HT soit "
               f"{money('15000', cents=True)} TTC. L'ancien préfabriqué, désaffecté depuis la "
               "rentrée 2023, pourrait être cédé."],
        visas=[Visa("Vu le Code Général des Collectivités Territoriales, notamment ses articles "
                    "L.2121-29 et L 2241-1 ;", ["L.2121-29", "L 2241-1"]),
               Visa("Vu la délibération n° 2023-045 du 12 décembre 2023 ;",
                    ["délibération n° 2023-045"]),
               Visa("Vu le budget primitif de l'exercice 2024 ;")],
        considerants=["Considérant que l'ancien préfabriqué n'est plus affecté à un service "
                      "public ni à l'usage direct du public ;"],
        decision_intro=["Le Conseil Municipal, ouï l'exposé du Maire et après en avoir délibéré, "
                        "DÉCIDE :"],
        articles=[
            ArticleSpec(1, "D'acquérir auprès de la société Modulbat Sud un bâtiment modulaire "
                           "d'occasion destiné à l'accueil périscolaire, pour un montant de "
                           f"{money('12500', cents=True)} HT soit {money('15000', cents=True)} "
                           "TTC."),
            ArticleSpec(2, "De céder l'ancien préfabriqué communal à l'entreprise Sabatier "
                           f"Frères au prix de {money(1800)}, le démontage et l'évacuation étant "
                           "à la charge de l'acquéreur."),
            ArticleSpec(3, "Dit que les crédits nécessaires sont inscrits au budget primitif "
                           "2024, section d'investissement, opération 204."),
            ArticleSpec(4, "D'autoriser Monsieur le Maire à signer toutes les pièces relatives à "
                           "ce dossier."),
        ],
        votes=[VoteSpec(vote_par_voix_et, for_=15, against=2, abstention=0,
                        members=[(roche, "against"), (serre, "against")])],
        amounts=["12500", "15000", "1800"])
    box = ["Nombre de conseillers :", f"en exercice : {session.in_office}",
           f"présents : {session.present_count}", f"votants : {session.voters}", "",
           "Date de convocation :", date_num(convocation), "", "Date d'affichage :",
           date_num(posted)]

    def story(ctx: Ctx) -> list[Flowable]:
        s = ctx.st
        caps = ParagraphStyle("c16", parent=s.center, fontName=FONT_BOLD, fontSize=8.5,
                              leading=11)
        name = Person.last_first
        excused_names = [name(p) for p in (brunel, galzin, azemar)]
        return [
            ctx.start(0),
            para("REPUBLIQUE FRANCAISE – DEPARTEMENT DE LA TARNELLE – COMMUNE DE "
                 "ROQUEBELLE-SUR-TARNELLE", caps),
            Spacer(1, 8),
            para("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL", s.title),
            para(f"Séance du mardi {date_long(day)}", s.center),
            FrameBreak(),
            boxed(ctx, box, ParagraphStyle("b16", parent=s.small, fontSize=8, leading=10.5),
                  width=40 * mm),
            ctx.mark("box"),
            FrameBreak(),
            ctx.mark("opening"),
            para(f"{opening_words_mil(day, session.hour)}, le Conseil Municipal de la Commune de "
                 "Roquebelle-sur-Tarnelle, dûment convoqué, s'est réuni en session ordinaire à "
                 f"la Mairie, sous la présidence de M. {name(maire)}, Maire.", s.body),
            labelled("Étaient présents :",
                     ", ".join(name(p) for p in present_people) + ".", s.body),
            labelled("Absents excusés :", ", ".join(excused_names) + ".", s.body),
            labelled("Absente :", name(pages) + ".", s.body),
            labelled("Pouvoirs :", f"{brunel.civ_last_first()} à {berard.civ_last_first()} ; "
                                   f"{galzin.civ_last_first()} à {boyer.civ_last_first()}.",
                     s.body),
            labelled("Secrétaire de séance :", verdier.civ_last_first() + ".", s.body),
            Spacer(1, 4),
            _bold_line(ctx, f"Délibération n° {act.number}"),
            labelled("Objet :", act.title or "", s.body),
            *decision_block(ctx, act, ART_1ER),
            para("Fait et délibéré les jour, mois et an susdits. Pour extrait certifié conforme.",
                 s.body),
            signature(ctx, ["À Roquebelle-sur-Tarnelle, le 19 juin 2024", "Le Maire,",
                            maire.name]),
            Spacer(1, 8),
            boxed(ctx, ["Accusé de réception en préfecture", act.prefecture_id or "",
                        "Date de télétransmission : 21/06/2024",
                        "Date de réception préfecture : 21/06/2024"],
                  ParagraphStyle("ar16", parent=s.small, fontSize=7, leading=9), width=72 * mm),
            ctx.end(0),
        ]

    return Sample("commune_deliberation_cartouche_gauche",
                  "Délibération d'une petite commune, cartouche en marge gauche",
                  Layout(font_size=10, margins=(15 * mm, 18 * mm, 18 * mm, 18 * mm),
                         first_page_band=42 * mm, side_width=44 * mm, gutter=6 * mm),
                  [act], story, name_format=Person.last_first,
                  vote_name_format=Person.civ_last_first,
                  expect_marks={"box": 1, "opening": 1, "act0.end": 2})


def vote_unanimite_exprimes_nommes(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """À l'unanimité des suffrages exprimés (2 abstentions : M. LEFORT, Mme SAUNIER)"""
    who = ", ".join(f"{p.civility} {p.last}" for p in v.named("abstention"))
    return [_bold_line(ctx, f"À l'unanimité des suffrages exprimés ({v.abstention} abstentions : "
                            f"{who})")]


def vote_dashes_group(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """Pour : 19 – Contre : 2 (Groupe …) – Abstention : 0"""
    return [_bold_line(ctx, f"Pour : {v.for_} – Contre : {v.against}"
                            f"{_groups_paren(v.groups_at('against'))} – Abstention : "
                            f"{v.abstention}")]


def sample_communaute_agglo_bureau() -> Sample:
    """17. Communauté d'agglomération, Bureau communautaire: three deliberations of one meeting,
    one a page; counts on one line separated by "|" (with a "Pouvoirs : 3" count), "Avaient
    donné pouvoir" proxies, a rapporteur, voters named by civility and surname only, a vote
    against by a group, and a "prend acte" without vote."""
    president = person("M. Olivier DARMON")
    rapporteur = person("Mme Armelle QUINTIN")
    lefort, saunier = person("M. Régis LEFORT"), person("Mme Danielle SAUNIER")
    others = assembly(20, offset=40, exclude=[president, rapporteur, lefort, saunier])
    members = [president, rapporteur, lefort, saunier, *others]
    session = Session(
        collectivity="Communauté d'agglomération du Pays de Sorbelle", body="Bureau communautaire",
        day=date(2024, 5, 23), hour=17, minute=30, president=president,
        convocation=date(2024, 5, 16),
        members=[*present(*members[:18]), proxy(members[18], president),
                 proxy(members[19], rapporteur), proxy(members[20], members[4]),
                 *excused(members[21], members[22]), *absent(members[23])],
        in_office=24, present_count=18, voters=21)
    group = "Groupe Sorbelle écologiste et solidaire"
    acts = [
        ActSpec(
            kind="deliberation", number="B2024-017", session=session,
            title="Attribution du marché de travaux de réhabilitation du réseau d'assainissement "
                  "de la rue des Forges à Sorbelle-le-Haut",
            prefecture_id="096-200096412-20240523-B2024_017-DE",
            intro=["Une consultation a été lancée le 4 mars 2024 selon la procédure adaptée. "
                   f"L'estimation du maître d'œuvre s'élevait à {money('210000', cents=True)} HT. "
                   "Après analyse des quatre offres reçues, la commission d'appel d'offres propose "
                   "de retenir l'offre de la société Canalis TP, pour un montant de "
                   f"{money('187450', cents=True)} HT, soit {money('224940', cents=True)} TTC."],
            visas=[Visa("Vu le code général des collectivités territoriales, notamment son "
                        "article L. 5211-10 ;", ["L. 5211-10"]),
                   Visa("Vu l'article R. 2123-1 du code de la commande publique ;", ["R. 2123-1"]),
                   Visa("Vu la délibération n° C2020-087 du 16 juillet 2020 portant délégation "
                        "d'attributions du Conseil communautaire au Bureau ;",
                        ["délibération n° C2020-087"])],
            decision_intro=["Le Bureau communautaire, après en avoir délibéré,", "DÉCIDE :"],
            articles=[
                ArticleSpec(1, "D'attribuer le marché de travaux de réhabilitation du réseau "
                               "d'assainissement de la rue des Forges à la société Canalis TP."),
                ArticleSpec(2, "D'autoriser le Président à signer le marché et toutes pièces "
                               "s'y rapportant."),
            ],
            votes=[VoteSpec(vote_unanimite_exprimes_nommes, abstention=2, unanimous=True,
                            members=[(lefort, "abstention"), (saunier, "abstention")])],
            amounts=["210000", "187450", "224940"]),
        ActSpec(
            kind="deliberation", number="B2024-018", session=session,
            title="Avenant n° 2 au marché de collecte des déchets ménagers et assimilés – lot "
                  "n° 1",
            prefecture_id="096-200096412-20240523-B2024_018-DE",
            intro=["Le marché de collecte des déchets ménagers, lot n° 1, a été conclu le "
                   f"12 février 2019 pour un montant de {money('1245600', cents=True)} HT. "
                   f"L'avenant n° 1 l'a porté à {money('1264000', cents=True)} HT. L'extension "
                   "de la collecte des biodéchets à trois communes nécessite un avenant n° 2 "
                   f"d'un montant de + {money('31280.50')} HT, portant le montant du marché à "
                   f"{money('1295280.50')} HT, soit une augmentation cumulée de 3,99 %."],
            visas=[Visa("Vu le décret n° 2016-360 du 25 mars 2016 relatif aux marchés publics, "
                        "applicable au marché ;", ["décret n° 2016-360"]),
                   Visa("Vu la délibération n° B2019-004 du 31 janvier 2019 attribuant le "
                        "marché ;", ["délibération n° B2019-004"])],
            decision_intro=["Le Bureau communautaire, après en avoir délibéré,", "DÉCIDE :"],
            articles=[
                ArticleSpec(1, "D'approuver l'avenant n° 2 au marché de collecte des déchets "
                               "ménagers et assimilés, lot n° 1, conclu avec la société "
                               "Sorbelle Propreté."),
                ArticleSpec(2, "D'autoriser le Président à signer l'avenant."),
            ],
            votes=[VoteSpec(vote_dashes_group, for_=19, against=2, abstention=0,
                            groups=[GroupVote(group, "against")])],
            amounts=["1245600", "1264000", "31280.50", "1295280.50"]),
        ActSpec(
            kind="deliberation", number="B2024-019", session=session,
            title="Compte rendu des décisions prises par le Président par délégation du Bureau",
            prefecture_id="096-200096412-20240523-B2024_019-DE",
            intro=["Décision n° DP2024-031 du 4 avril 2024 : contrat de maintenance des bornes "
                   f"de recharge pour véhicules électriques, {money('6480', cents=True)} HT par "
                   "an.",
                   "Décision n° DP2024-036 du 22 avril 2024 : demande de subvention au titre de "
                   "la dotation de soutien à l'investissement local pour la rénovation du "
                   f"gymnase intercommunal, d'un montant de {money(96000)}."],
            visas=[Visa("Vu l'article L. 5211-10 du code général des collectivités "
                        "territoriales ;", ["L. 5211-10"]),
                   Visa("Vu la délibération n° B2020-011 du 23 juillet 2020 portant délégation "
                        "du Bureau au Président ;", ["délibération n° B2020-011"])],
            outro=["Le Bureau communautaire prend acte des décisions prises par le Président "
                   "dans le cadre de cette délégation."],
            amounts=["6480", "96000"]),
    ]

    def story(ctx: Ctx) -> list[Flowable]:
        s = ctx.st
        present_names = [ctx.name(m.person) for m in session.members if m.status == "present"]
        proxies = [f"{ctx.name(m.person)} à {ctx.name(m.proxy_to)}"
                   for m in session.members if m.proxy_to]
        excused_names = [ctx.name(m.person) for m in session.members
                         if m.status == "excused" and not m.proxy_to]
        absent_names = [ctx.name(m.person) for m in session.members if m.status == "absent"]
        small = ParagraphStyle("s17", parent=s.body, fontSize=8.5, leading=10.5)
        out: list[Flowable] = []
        for i, act in enumerate(acts):
            if i:
                out.append(PageBreak())
            out += [
                ctx.start(i),
                letterhead(ctx, ["COMMUNAUTÉ D'AGGLOMÉRATION", "DU PAYS DE SORBELLE",
                                 "Hôtel d'agglomération – 1 place des Tisserands"],
                           ["Bureau communautaire", f"Séance du jeudi {date_long(session.day)}"]),
                Spacer(1, 8),
                para(f"DÉLIBÉRATION DU BUREAU COMMUNAUTAIRE N° {act.number}", s.title),
                labelled("Objet :", act.title or "", s.body),
                para(f"Membres en exercice : {session.in_office} | Présents : "
                     f"{session.present_count} | Pouvoirs : "
                     f"{sum(m.proxy_to is not None for m in session.members)} | Votants : "
                     f"{session.voters}", s.left),
                para(f"Le Bureau communautaire de la Communauté d'agglomération du Pays de "
                     f"Sorbelle, dûment convoqué le {date_long(session.convocation)}, s'est "
                     f"réuni le jeudi {date_long(session.day)} à 17 h 30 au siège de la "
                     f"Communauté, sous la présidence de {ctx.name(president)}, Président.",
                     s.body),
                labelled("Présents :", ", ".join(present_names) + ".", small),
                labelled("Avaient donné pouvoir :", ", ".join(proxies) + ".", small),
                labelled("Excusés :", ", ".join(excused_names) + ".", small),
                labelled("Absent :", ", ".join(absent_names) + ".", small),
                labelled("Rapporteur :", f"{ctx.name(rapporteur)}, Vice-présidente", s.body),
                *decision_block(ctx, act, ArticleStyle(label=lambda n: f"Article {n} :")),
                signature(ctx, ["Pour extrait conforme,", "Le Président,", president.name]),
                Spacer(1, 6),
                para(f"Acte certifié exécutoire – Réception en préfecture le 27/05/2024 – "
                     f"Publication le 28/05/2024 – ID : {act.prefecture_id}",
                     ParagraphStyle("id17", parent=s.small, fontSize=7, leading=9)),
                ctx.end(i),
            ]
        return out

    return Sample("communaute_agglo_bureau_deliberations",
                  "Communauté d'agglomération, bureau communautaire, 3 délibérations",
                  Layout(font_size=9.5, margins=(20 * mm, 20 * mm, 24 * mm, 20 * mm),
                         header=lambda page, total: "Communauté d'agglomération du Pays de "
                                                    "Sorbelle – Bureau communautaire du "
                                                    "23 mai 2024",
                         footer=page_footer()),
                  acts, story, expect_marks={"act0.start": 1, "act0.end": 1, "act1.start": 2,
                                             "act1.end": 2, "act2.start": 3, "act2.end": 3})


def vote_election_inline(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """Secret ballot printed as prose, blank and null ballots counted together."""
    e = v.election
    assert e is not None
    spoilt = e.blank + e.null
    cast = e.voters - spoilt
    elected = e.candidates[0][0]
    feminine = "e" if elected.civility == "Mme" else ""
    return [
        para(f"Nombre de votants : {e.voters}, Bulletins blancs ou nuls : {spoilt}, Suffrages "
             f"exprimés : {cast}, Majorité absolue : {cast // 2 + 1}.", ctx.st.body),
        para("Ont obtenu : " + " ; ".join(f"{ctx.name(p)} : {n} voix" for p, n in e.candidates)
             + ".", ctx.st.body),
        para(f"{ctx.name(elected)} est proclamé{feminine} élu{feminine} {e.office} et "
             f"immédiatement installé{feminine} dans ses fonctions.", ctx.st.body),
    ]


def sample_syndicat_mixte_arrete_et_deliberation() -> Sample:
    """18. Syndicat mixte: an arrêté of the Président (delegation), then on a new page a comité
    syndical deliberation electing a vice-president by secret ballot ("blancs ou nuls" counted
    together), "représenté par" proxies, counts with "représentés"."""
    president = person("M. Laurent CASTAGNÉ")
    first_vp = person("Mme Muriel ESTÈVE")
    candidate_a, candidate_b = person("M. Pascal DELMAS"), person("Mme Sabine ORLIAC")
    secretary = person("Mme Nicole BARTHE")
    soulie = person("M. Rémi SOULIÉ")  # resigned as vice-president, still a delegate
    others = assembly(20, offset=52, exclude=[president, first_vp, candidate_a, candidate_b,
                                              secretary, soulie])
    delegates = [president, first_vp, candidate_a, candidate_b, secretary, *others[:19], soulie,
                 others[19]]
    collectivity = "Syndicat mixte du bassin de la Sorbelle"
    session = Session(
        collectivity=collectivity, body="Comité syndical", day=date(2024, 7, 4), hour=18,
        president=president, secretary=secretary, convocation=date(2024, 6, 26),
        members=[*present(*delegates[:20]), proxy(delegates[20], president),
                 proxy(delegates[21], first_vp), proxy(delegates[22], candidate_b),
                 *excused(delegates[23], delegates[24]), *absent(delegates[25])],
        in_office=26, present_count=20, voters=23)
    election = Election(voters=23, blank=1, null=0,
                        candidates=[(candidate_a, 15), (candidate_b, 7)],
                        office="deuxième vice-président du Syndicat")
    arrete = ActSpec(
        kind="arrete", number="ARP-2024-07", collectivity=collectivity, body="Président",
        title="Délégation de fonction et de signature à la première vice-présidente",
        prefecture_id="096-259600318-20240612-ARP-2024-07-AR",
        visas=[Visa("Vu le code général des collectivités territoriales, notamment ses articles "
                    "L. 5211-9 et L. 5711-1 ;", ["L. 5211-9", "L. 5711-1"]),
               Visa("Vu les statuts du Syndicat mixte du bassin de la Sorbelle approuvés par "
                    "arrêté préfectoral du 14 mai 2019 ;"),
               Visa("Vu la délibération n° CS-2020-018 du 15 septembre 2020 portant élection du "
                    "Président et des vice-présidents ;", ["délibération n° CS-2020-018"])],
        considerants=["Considérant qu'il convient, pour la bonne marche de l'administration "
                      "syndicale, de donner délégation à la première vice-présidente ;"],
        decision_intro=["ARRÊTE :"],
        articles=[
            ArticleSpec(1, f"Délégation de fonction est donnée à {first_vp.civ_first_last()}, "
                           "première vice-présidente, pour les travaux d'entretien des cours "
                           "d'eau et la prévention des inondations."),
            ArticleSpec(2, f"Délégation de signature est donnée à {first_vp.civ_first_last()} "
                           "pour les bons de commande relevant de ce domaine, dans la limite de "
                           f"{money(25000)} HT par commande."),
            ArticleSpec(3, "Le présent arrêté sera notifié à l'intéressée, transmis au "
                           "représentant de l'État et publié."),
        ],
        amounts=["25000"])
    deliberation = ActSpec(
        kind="deliberation", number="CS-2024-021", session=session,
        title="Élection d'un deuxième vice-président",
        prefecture_id="096-259600318-20240704-CS-2024-021-DE",
        visas=[Visa("Vu le code général des collectivités territoriales, notamment ses articles "
                    "L. 5211-2, L. 5211-10 et L. 5711-1 ;",
                    ["L. 5211-2", "L. 5211-10", "L. 5711-1"]),
               Visa("Vu la délibération n° CS-2020-019 du 15 septembre 2020 fixant à quatre le "
                    "nombre de vice-présidents ;", ["délibération n° CS-2020-019"])],
        considerants=[f"Considérant la démission de {soulie.civ_first_last()} de ses fonctions "
                      "de deuxième vice-président, acceptée par le Préfet le 3 juin 2024 ;"],
        outro=["Le Président invite le Comité syndical à procéder à l'élection, au scrutin "
               "secret et à la majorité absolue, d'un deuxième vice-président. Sont candidats : "
               f"{candidate_a.civ_first_last()} et {candidate_b.civ_first_last()}. Après "
               "dépouillement, les résultats sont les suivants :"],
        votes=[VoteSpec(vote_election_inline, for_=15, against=7, abstention=1,
                        result="adopted", election=election)])
    acts = [arrete, deliberation]

    def story(ctx: Ctx) -> list[Flowable]:
        s = ctx.st
        head = ["SYNDICAT MIXTE DU BASSIN", "DE LA SORBELLE", "Maison de l'eau – 3 quai du Moulin"]
        return [
            ctx.start(0),
            stamp(ctx, arrete.prefecture_id or "", date(2024, 6, 12)),
            letterhead(ctx, head),
            Spacer(1, 14),
            para(f"ARRÊTÉ DU PRÉSIDENT N° {arrete.number}", s.title),
            labelled("Objet :", arrete.title or "", s.body),
            Spacer(1, 4),
            para("Le Président du Syndicat mixte du bassin de la Sorbelle,", s.left),
            *decision_block(ctx, arrete, ArticleStyle(label=lambda n: f"Article {n} –")),
            signature(ctx, ["Fait à Vérane, le 12 juin 2024", "Le Président,",
                            president.name]),
            ctx.end(0),
            PageBreak(),
            ctx.start(1),
            stamp(ctx, deliberation.prefecture_id or "", date(2024, 7, 8)),
            letterhead(ctx, head),
            Spacer(1, 10),
            para("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL", s.title),
            para(f"Séance du {date_long(session.day)} – Délibération n° {deliberation.number}",
                 s.center),
            para(f"Nombre de délégués en exercice : {session.in_office} – présents : "
                 f"{session.present_count} – représentés : "
                 f"{sum(m.proxy_to is not None for m in session.members)} – votants : "
                 f"{session.voters}", s.small),
            para(f"Le Comité syndical du Syndicat mixte du bassin de la Sorbelle, convoqué le "
                 f"{date_long(session.convocation)}, s'est réuni "
                 f"le {date_long(session.day)} à 18 heures à la Maison de l'eau, sous la "
                 f"présidence de {ctx.name(president)}, Président.", s.body),
            *attendance_block(ctx, session, AttendanceWording(
                present="Délégués présents :", proxies="Délégués représentés :",
                proxy="{who} représenté{e} par {holder}", excused="Délégués excusés :",
                absent="Délégué absent :", secretary=None)),
            para(f"{ctx.name(secretary)} est désignée secrétaire de séance.", s.body),
            labelled("Objet :", deliberation.title or "", s.body),
            *decision_block(ctx, deliberation),
            para("Pour extrait certifié conforme au registre.", s.body),
            signature(ctx, ["Le Président,", president.name]),
            ctx.end(1),
        ]

    return Sample("syndicat_mixte_arrete_et_deliberation",
                  "Syndicat mixte : arrêté du Président, puis élection au comité syndical",
                  Layout(font_size=10, margins=(22 * mm, 22 * mm, 30 * mm, 20 * mm),
                         footer=page_footer()),
                  acts, story, expect_marks={"act0.start": 1, "act1.start": 2})


# ---- samples 19-21: a Région's commission permanente, a recueil of a mayor's traffic arrêtés,
# ---- a Métropole's minutes voted in four different wordings --------------------------------


def vote_cp_group_box(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """A small ruled table, one row per position with its groups in brackets, then the verdict:
    "Pour : 40 (Groupe A, Groupe B, Groupe C)" / "Contre : 5 (Groupe D)" / "Abstention : 2
    (Non-inscrits)" / "Ne prend pas part au vote : 0" / "ADOPTÉ"."""
    def groups(position: Position) -> str:
        names = v.groups_at(position)
        return f" ({', '.join(names)})" if names else ""

    rows = [f"Pour : {v.for_}{groups('for')}", f"Contre : {v.against}{groups('against')}",
            f"Abstention : {v.abstention}{groups('abstention')}",
            f"Ne prend pas part au vote : {v.not_voting}{groups('not_voting')}"]
    cell = ParagraphStyle("cpv", parent=ctx.st.cell, fontSize=ctx.st.body.fontSize - 1,
                          leading=(ctx.st.body.fontSize - 1) * 1.25)
    data = [[para("VOTE DE LA COMMISSION PERMANENTE", ctx.st.cell_head)]]
    data += [[para(text, cell)] for text in rows]
    table = Table(data, colWidths=[ctx.width * 0.82])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                               ("LEFTPADDING", (0, 0), (-1, -1), 4),
                               ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    table.hAlign = "LEFT"
    verdict = "ADOPTÉ" if v.result == "adopted" else "REJETÉ"
    return [Spacer(1, 4), table, Spacer(1, 4), _bold_line(ctx, verdict)]


def sample_region_commission_permanente_vote_tableau() -> Sample:
    """19. Région, commission permanente: a weekday date in the heading ("COMMISSION PERMANENTE
    DU VENDREDI 17 MAI 2024"), a "CP-…" number and a "Rapport n°" line above the "Objet",
    counts on one line with em dashes and "Représentés", "Madame … , Présidente du Conseil
    régional", an EU regulation in the visas, amounts with dot thousands ("1.234.567,89 euros"),
    in words then figures ("cent mille euros (100 000 €)") and per head ("0,50 € par habitant"),
    and the vote in a small ruled table by position with the groups in brackets."""
    president = person("Mme Solenn MARZIN")
    collectivity = "Région Lorvanne-Littoral"
    session = Session(collectivity=collectivity, body="Commission permanente",
                      day=date(2024, 5, 17), hour=10, president=president,
                      convocation=date(2024, 5, 6), in_office=51, present_count=38, voters=47)
    represented = 9
    assert session.present_count + represented == session.voters
    groups_for = ["Groupe Lorvanne en commun", "Groupe Socialistes et apparentés",
                  "Groupe Écologistes"]
    group_against = "Groupe Rassemblement lorvannais"
    act = ActSpec(
        kind="deliberation", number="CP-2024-05-112", session=session,
        title="Pacte régional pour les centres-bourgs – Programmation 2024 et dotation "
              "d'animation des communes lauréates",
        prefecture_id="096-200053775-20240517-CP-2024-05-112-DE",
        visas=[Visa(f"{CGCT}, notamment ses articles L. 4221-1 et L. 4221-5 ;",
                    ["L. 4221-1", "L. 4221-5"]),
               Visa("Vu le règlement (UE) n° 1407/2013 de la Commission du 18 décembre 2013 "
                    "relatif aux aides de minimis ;", ["règlement (UE) n° 1407/2013"]),
               Visa("Vu la délibération n° 2023-CR-45 du 12 octobre 2023 portant création du "
                    "Pacte régional pour les centres-bourgs ;", ["délibération n° 2023-CR-45"]),
               Visa("Vu la délibération n° 21-CR-07 du 2 juillet 2021 portant délégation "
                    "d'attributions du Conseil régional à la Commission permanente ;",
                    ["délibération n° 21-CR-07"]),
               Visa("Vu l'avis de la commission Aménagement du territoire et ruralités du "
                    "6 mai 2024 ;")],
        considerants=["Considérant que vingt-trois communes ont été retenues à l'issue de l'appel "
                      "à candidatures clos le 15 mars 2024 ;"],
        decision_intro=["Après en avoir délibéré,", "DÉCIDE :"],
        articles=[
            ArticleSpec(1, "D'affecter une autorisation de programme de "
                           f"{money('1234567.89', sep='.', unit='euros', unit_sep=' ')} au "
                           "titre de la programmation 2024 du Pacte régional pour les "
                           "centres-bourgs."),
            ArticleSpec(2, "De fixer le montant maximal de l'aide régionale à cent mille euros "
                           f"({money(100000)}) par projet, dans le respect du règlement (UE) "
                           "n° 1407/2013 susvisé."),
            ArticleSpec(3, f"D'attribuer aux communes lauréates une dotation d'animation de "
                           f"{money('0.50')} par habitant et d'autoriser la Présidente du Conseil "
                           "régional à signer les conventions correspondantes."),
        ],
        votes=[VoteSpec(vote_cp_group_box, for_=40, against=5, abstention=2, not_voting=0,
                        groups=[*[GroupVote(g, "for") for g in groups_for],
                                GroupVote(group_against, "against"),
                                GroupVote("Non-inscrits", "abstention")])],
        amounts=["1234567.89", "100000", "0.50"])

    def story(ctx: Ctx) -> list[Flowable]:
        s = ctx.st
        weekday = "VENDREDI"
        return [
            ctx.start(0),
            stamp(ctx, act.prefecture_id or "", date(2024, 5, 21)),
            logo_box(ctx, "RLL", ["RÉGION LORVANNE-LITTORAL", "Hôtel de Région",
                                  "12 cours des Ursulines – Port-Orvane"]),
            Spacer(1, 12),
            para(f"COMMISSION PERMANENTE DU {weekday} {date_long(session.day).upper()}", s.title),
            para(f"DÉLIBÉRATION N° {act.number}", s.title),
            para("Rapport n° 24-DATR-0087 – Direction de l'aménagement du territoire et des "
                 "ruralités", s.center),
            Spacer(1, 4),
            labelled("Objet :", act.title or "", s.body),
            para(f"Nombre de membres en exercice : {session.in_office} — Présents : "
                 f"{session.present_count} — Représentés : {represented} — Votants : "
                 f"{session.voters}", s.small),
            para(f"Sous la présidence de Madame {president.first} {president.last}, "
                 "Présidente du Conseil régional,", s.body),
            para(f"La Commission permanente du Conseil régional de Lorvanne-Littoral, "
                 f"régulièrement convoquée le {date_long(session.convocation)}, s'est réunie le "
                 f"{date_long(session.day)} à 10 heures à l'Hôtel de Région.", s.body),
            *decision_block(ctx, act, ArticleStyle(label=lambda n: f"Article {n} :")),
            signature(ctx, ["Fait à Port-Orvane, le 17 mai 2024", "La Présidente du Conseil "
                            "régional,", "", president.name]),
            ctx.end(0),
        ]

    return Sample("region_commission_permanente_vote_tableau",
                  "Région, commission permanente, vote par groupe en tableau",
                  Layout(font_size=9.5, margins=(22 * mm, 22 * mm, 30 * mm, 20 * mm),
                         footer=page_footer("CP du 17 mai 2024 – Délibération n° "
                                            "CP-2024-05-112 – ")),
                  [act], story, expect_marks={"act0.end": 1})


def sample_commune_recueil_arretes_circulation() -> Sample:
    """20. A town's recueil des actes administratifs for a quarter: a cover page with a
    sommaire in dotted-leader lines ("Ville de …" letterhead), then three arrêtés of the Maire,
    one a page, titled "ARRÊTÉ MUNICIPAL N° … portant …" with no "Objet" line, "Le Maire de la
    Commune de …," visas, "ARRÊTE :", "Fait à …, le …" and a fee "150 € par jour"."""
    maire = person("M. Hugues TERRASSON")
    commune = "Saint-Génis-des-Aulnes"
    collectivity = f"Commune de {commune}"

    def arrete(number: str, title: str, **kw) -> ActSpec:
        return ActSpec(kind="arrete", number=number, title=title, collectivity=collectivity,
                       body="Maire", decision_intro=["ARRÊTE :"], **kw)

    cgct_police = Visa(f"{CGCT}, et notamment les articles L.2212-1, L.2212-2 et L.2213-1 ;",
                       ["L.2212-1", "L.2212-2", "L.2213-1"])
    acts = [
        arrete(
            "2024-112",
            "portant réglementation temporaire de la circulation et du stationnement rue des "
            "Tanneurs pendant les travaux de renouvellement du réseau d'eau potable",
            visas=[cgct_police,
                   Visa("Vu le Code de la route, et notamment les articles R.411-8 et R.411-25 ;",
                        ["R.411-8", "R.411-25"]),
                   Visa("Vu l'instruction interministérielle sur la signalisation routière, livre "
                        "I, huitième partie (signalisation temporaire) ;"),
                   Visa("Vu la demande présentée le 2 avril 2024 par l'entreprise Hydrolorme, "
                        "chargée des travaux ;")],
            considerants=["Considérant que les travaux de renouvellement du réseau d'eau potable "
                          "rue des Tanneurs nécessitent de réglementer temporairement la "
                          "circulation et le stationnement, afin d'assurer la sécurité des "
                          "usagers et du personnel de chantier ;"],
            articles=[
                ArticleSpec(1, "Du lundi 15 avril 2024 au vendredi 3 mai 2024, de 8 heures à 18 "
                               "heures, la circulation de tous les véhicules est interdite rue des "
                               "Tanneurs, entre la place du Marché et la rue Jean-Jaurès, sauf "
                               "véhicules de secours et riverains."),
                ArticleSpec(2, "Pendant la même période, le stationnement est interdit sur cette "
                               "section ; une déviation est mise en place par la rue des Écoles "
                               "et l'avenue de la Gare. La signalisation est fournie et posée par "
                               "l'entreprise Hydrolorme."),
                ArticleSpec(3, "Le Directeur général des services et le Chef de la police "
                               "municipale sont chargés, chacun en ce qui le concerne, de "
                               "l'exécution du présent arrêté, qui sera publié et affiché."),
            ]),
        arrete(
            "2024-131",
            "portant réglementation du stationnement et autorisation d'occupation temporaire du "
            "domaine public au droit du 14 rue des Carmes",
            visas=[Visa(f"{CGCT}, et notamment les articles L.2212-1, L.2213-1 et L.2213-6 ;",
                        ["L.2212-1", "L.2213-1", "L.2213-6"]),
                   Visa("Vu le Code de la route ;"),
                   Visa("Vu le code général de la propriété des personnes publiques, et notamment "
                        "les articles L.2122-1 et L.2125-1 ;", ["L.2122-1", "L.2125-1"]),
                   Visa("Vu la délibération n° 2023-094 du 14 décembre 2023 fixant les tarifs "
                        "d'occupation du domaine public pour l'année 2024 ;",
                        ["délibération n° 2023-094"])],
            considerants=["Considérant la demande de la société Bâti-Lorme, qui doit installer un "
                          "échafaudage pour le ravalement de la façade de l'immeuble situé 14 rue "
                          "des Carmes ;"],
            articles=[
                ArticleSpec(1, "La société Bâti-Lorme est autorisée à occuper le domaine public au "
                               "droit du 14 rue des Carmes, du lundi 6 mai 2024 au vendredi 17 mai "
                               "2024, pour l'installation d'un échafaudage sur une emprise de 12 "
                               "mètres carrés. Le stationnement est interdit au droit du chantier "
                               "pendant la même période."),
                ArticleSpec(2, "L'occupation donne lieu au paiement d'une redevance de "
                               f"{money(150)} par jour, conformément aux tarifs fixés par la "
                               f"délibération susvisée, soit {money(1800)} pour douze jours."),
                ArticleSpec(3, "Le Directeur général des services et le Chef de la police "
                               "municipale sont chargés, chacun en ce qui le concerne, de "
                               "l'exécution du présent arrêté."),
            ],
            amounts=["150", "1800"]),
        arrete(
            "2024-147",
            "portant interdiction temporaire de la circulation et du stationnement à l'occasion "
            "de la brocante de la Saint-Jean",
            visas=[Visa(f"{CGCT}, et notamment les articles L.2212-2 et L.2213-2 ;",
                        ["L.2212-2", "L.2213-2"]),
                   Visa("Vu le Code de la route, et notamment l'article R.417-10 ;",
                        ["R.417-10"])],
            considerants=["Considérant que la brocante organisée le dimanche 23 juin 2024 par le "
                          "comité des fêtes rassemble un public nombreux place de la Halle et "
                          "dans les rues adjacentes ;"],
            articles=[
                ArticleSpec(1, "Le dimanche 23 juin 2024, de 5 heures à 20 heures, la circulation "
                               "de tous les véhicules est interdite place de la Halle, rue du "
                               "Four et rue des Carmes, à l'exception des véhicules des exposants "
                               "et des services de secours."),
                ArticleSpec(2, "Du samedi 22 juin 2024 à 20 heures au dimanche 23 juin 2024 à 20 "
                               "heures, le stationnement est interdit sur les mêmes voies ; tout "
                               "véhicule en infraction sera mis en fourrière."),
                ArticleSpec(3, "Le Directeur général des services, le Chef de la police "
                               "municipale et le Commandant de la brigade de gendarmerie sont "
                               "chargés, chacun en ce qui le concerne, de l'exécution du présent "
                               "arrêté."),
            ]),
    ]
    signed = [date(2024, 4, 8), date(2024, 4, 29), date(2024, 6, 10)]

    def story(ctx: Ctx) -> list[Flowable]:
        s = ctx.st
        caps = ParagraphStyle("raa", parent=s.center, fontName=FONT_BOLD)
        entry = ParagraphStyle("raae", parent=s.left, fontSize=s.body.fontSize - 0.5)
        rows = [[para(f"Arrêté municipal n° {a.number} du {date_long(d)} {a.title}", entry),
                 para(f"{'.' * 12} p. {p}", ParagraphStyle("raap", parent=entry,
                                                            alignment=TA_RIGHT))]
                for a, d, p in zip(acts, signed, (2, 3, 4))]
        contents = Table(rows, colWidths=[ctx.width * 0.8, ctx.width * 0.2])
        contents.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                      ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                      ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        out: list[Flowable] = [
            para(f"VILLE DE {commune.upper()}", caps),
            Spacer(1, 36),
            para("RECUEIL DES ACTES ADMINISTRATIFS – 2e trimestre 2024", s.title),
            para("(avril – mai – juin 2024)", s.center),
            Spacer(1, 16),
            para("Arrêtés du Maire – Police de la circulation et du stationnement", s.center),
            Spacer(1, 24),
            para("SOMMAIRE", s.heading),
            contents,
            Spacer(1, 24),
            para("Recueil publié sous forme électronique sur le site internet de la Ville le "
                 "5 juillet 2024, conformément à l'article L.2131-1 du code général des "
                 "collectivités territoriales.", s.small),
        ]
        for i, (act, signed_on) in enumerate(zip(acts, signed)):
            out += [
                PageBreak(), ctx.start(i),
                letterhead(ctx, [f"VILLE DE {commune.upper()}", "Police municipale – Voirie"],
                           ["RÉPUBLIQUE FRANÇAISE", "Département de la Lorme"]),
                Spacer(1, 14),
                rich(f"<b>ARRÊTÉ MUNICIPAL N° {escape(act.number or '')}</b><br/>"
                     f"{escape(act.title or '')}", s.center),
                Spacer(1, 8),
                para(f"Le Maire de la Commune de {commune},", s.left),
                *decision_block(ctx, act, ArticleStyle(label=lambda n: f"Article {n} :")),
                signature(ctx, [f"Fait à {commune}, le {date_long(signed_on)}", "Le Maire,",
                                maire.name]),
                Spacer(1, 6),
                para("Le présent arrêté peut faire l'objet d'un recours devant le tribunal "
                     "administratif dans un délai de deux mois à compter de sa publication.",
                     s.small),
                ctx.end(i),
            ]
        return out

    return Sample("commune_recueil_arretes_circulation",
                  "Recueil des actes administratifs d'une ville : sommaire et 3 arrêtés du maire",
                  Layout(font_size=10, margins=(24 * mm, 24 * mm, 24 * mm, 22 * mm),
                         footer=page_footer("Recueil des actes administratifs – 2e trimestre "
                                            "2024 – ")),
                  acts, story, expect_marks={"act0.start": 2, "act0.end": 2, "act1.start": 3,
                                             "act1.end": 3, "act2.start": 4, "act2.end": 4})


def vote_sentence(wording: str) -> VoteRender:
    """A vote as a sentence formatted with the vote's fields and names: {for_}, {against},
    {abstention}, {against_names} ("M. A, Mme B"), {abstention_groups}."""
    def render(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
        return [_bold_line(ctx, wording.format(
            for_=v.for_, against=v.against, abstention=v.abstention,
            against_names=", ".join(ctx.vname(p) for p in v.named("against")),
            abstention_groups=", ".join(v.groups_at("abstention"))), ctx.st.body)]
    return render


def sample_metropole_conseil_votes_varies() -> Sample:
    """21. Métropole, procès-verbal of a council meeting: four items headed "Délibération
    n° 2024-0231 : …", each voted in another wording ("adoptée par 60 voix pour et 3 voix contre
    (…)", "Adoptée à l'unanimité des membres présents et représentés.", "Votes : Pour 55,
    Contre 4, Abstentions 4 (Groupe …).", "Le Conseil rejette la proposition par …"), a member
    listed absent who arrives before the third vote, and an interested member not voting."""
    president = person("M. Arnaud VÉZINET")
    secretary = person("Mme Clémence ROUSTAN")
    against = people("M. Gaëtan FERRANDI; Mme Lucie OBERTI; M. Marc ESCANDE")
    late = person("Mme Nadia BELKACEM")
    interested = person("M. Hervé CASTEX")
    rapporteurs = people("M. Julien SABATHÉ; Mme Annie LOUBET; M. Pierre-Yves NADAL")
    extra = people("Mme Carole ABADIE; M. Fabien DARRIGADE; Mme Inès GAUBERT; M. Cédric LAFFARGUE; "
                   "Mme Maëlle POUEY; M. Tristan SEMPÉ; Mme Rose TASTET; M. Loïc URRUTY; "
                   "Mme Éva DUCASSE; M. Karim LALANNE")
    named = [president, secretary, *against, late, interested, *rapporteurs, *extra]
    others = assembly(46, offset=17, exclude=named)
    # 52 present at the opening, 11 proxies, 3 excused, 2 absent (one arrives later): 68.
    present_people = [president, secretary, *rapporteurs, *against, interested, *extra,
                      *others[:33]]
    givers, excused_people = others[33:44], others[44:46]
    excused_people = [*excused_people, person("M. Baptiste LARRIEU")]
    other_absent = person("Mme Sonia CAPDEVIELLE")
    holders = present_people[:11]

    def members(late_status: Status) -> list[Member]:
        return [*present(*present_people),
                *[proxy(g, h) for g, h in zip(givers, holders)],
                *excused(*excused_people),
                Member(late, late_status), *absent(other_absent)]

    common = dict(collectivity="Métropole de Castelmaure", body="Conseil métropolitain",
                  day=date(2024, 6, 24), hour=18, president=president, secretary=secretary,
                  convocation=date(2024, 6, 18), in_office=68)
    opening = Session(**common, members=members("absent"), present_count=52, voters=63)
    # After the arrival the opening counts no longer hold and no new ones are printed.
    after = Session(**common, members=members("present"))
    group = "Groupe Castelmaure citoyenne"

    def item(number: str, title: str, session: Session, **kw) -> ActSpec:
        return ActSpec(kind="pv_item", number=number, title=title, session=session, **kw)

    acts = [
        item("2024-0231", "Approbation du plan de mobilité métropolitain 2024-2034", opening,
             intro=[f"{rapporteurs[0].civ_first_last()}, vice-président délégué aux mobilités, "
                    "présente le plan de mobilité arrêté après l'enquête publique. Les "
                    "investissements programmés sur la période s'élèvent à "
                    f"{money(412500000)}.",
                    f"Interviennent {against[0].civ_first_last()}, "
                    f"{against[1].civ_first_last()} et {against[2].civ_first_last()}, qui "
                    "regrettent l'abandon du projet de ligne de tramway vers le plateau."],
             visas=[Visa("Vu le code des transports, notamment ses articles L. 1214-1 et "
                         "L. 1214-14 ;", ["L. 1214-1", "L. 1214-14"])],
             outro=["Le Conseil métropolitain, après en avoir délibéré, approuve le plan de "
                    "mobilité métropolitain 2024-2034."],
             votes=[VoteSpec(vote_sentence("La délibération est adoptée par {for_} voix pour et "
                                           "{against} voix contre ({against_names})."),
                             for_=60, against=3,
                             members=[(p, "against") for p in against])],
             amounts=["412500000"]),
        item("2024-0232", "Garantie d'emprunt accordée à Castelmaure Habitat pour la "
                          "construction de 48 logements locatifs sociaux", opening,
             intro=[f"{rapporteurs[1].civ_first_last()}, vice-présidente déléguée aux finances, "
                    "expose que Castelmaure Habitat sollicite la garantie de la Métropole à "
                    f"hauteur de 50 % d'un prêt de {money(5240000)} souscrit auprès de la Banque "
                    f"des Territoires, soit {money(2620000)}."],
             visas=[Visa(f"{CGCT}, notamment ses articles L. 5111-4 et L. 2252-1 ;",
                         ["L. 5111-4", "L. 2252-1"]),
                    Visa("Vu l'article 2298 du Code civil ;", ["article 2298 du Code civil"])],
             outro=["Le Conseil métropolitain, après en avoir délibéré, accorde sa garantie dans "
                    "les conditions exposées."],
             votes=[VoteSpec(vote_sentence("Adoptée à l'unanimité des membres présents et "
                                           "représentés."), unanimous=True)],
             amounts=["5240000", "2620000"]),
        item("2024-0233", "Subvention de fonctionnement à l'association Castelmaure "
                          "Initiatives pour l'année 2024", after,
             intro=[f"{rapporteurs[2].civ_first_last()}, vice-président délégué au "
                    "développement économique, propose d'attribuer à l'association Castelmaure "
                    f"Initiatives une subvention de fonctionnement de {money(85000)} pour "
                    "l'accompagnement des créateurs d'entreprise."],
             outro=[f"{interested.civ_first_last()}, intéressé, ne prend pas part au vote.",
                    "Le Conseil métropolitain, après en avoir délibéré, attribue la subvention "
                    "proposée."],
             votes=[VoteSpec(vote_sentence("Votes : Pour {for_}, Contre {against}, Abstentions "
                                           "{abstention} ({abstention_groups})."),
                             for_=55, against=4, abstention=4, not_voting=1,
                             members=[(interested, "not_voting")],
                             groups=[GroupVote(group, "abstention")])],
             amounts=["85000"]),
        item("2024-0234", "Révision des tarifs du stationnement payant sur voirie", after,
             intro=[f"{rapporteurs[0].civ_first_last()} propose de porter le tarif horaire du "
                    f"stationnement en zone rouge de {money('1.80')} à {money('2.20')} à compter "
                    "du 1er septembre 2024."],
             visas=[Visa(f"{CGCT}, notamment son article L. 2333-87 ;", ["L. 2333-87"])],
             votes=[VoteSpec(vote_sentence("Le Conseil rejette la proposition par {against} voix "
                                           "contre, {for_} voix pour."),
                             for_=28, against=36, result="rejected")],
             amounts=["1.80", "2.20"]),
    ]
    for act in acts:
        vote = act.votes[0]
        cast = sum(x or 0 for x in (vote.for_, vote.against, vote.abstention, vote.not_voting))
        voters = sum(m.status == "present" or m.proxy_to is not None
                     for m in (act.session or opening).members)
        assert vote.unanimous or cast == voters, (act.number, cast, voters)

    def story(ctx: Ctx) -> list[Flowable]:
        s = ctx.st
        heading = ParagraphStyle("m21h", parent=s.heading, spaceBefore=12)
        small = ParagraphStyle("m21s", parent=s.body, fontSize=s.body.fontSize - 1,
                               leading=(s.body.fontSize - 1) * 1.25)
        out: list[Flowable] = [
            letterhead(ctx, ["MÉTROPOLE DE CASTELMAURE", "Direction des assemblées"],
                       ["Conseil métropolitain", f"Séance du lundi {date_long(opening.day)}"]),
            Spacer(1, 10),
            para("PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MÉTROPOLITAIN", s.title),
            para(f"Lundi {date_long(opening.day)} – 18 heures – Hôtel de la Métropole", s.center),
            Spacer(1, 6),
            para(f"Le Conseil métropolitain de la Métropole de Castelmaure, convoqué le "
                 f"{date_long(opening.convocation)}, s'est réuni le lundi "
                 f"{date_long(opening.day)} à 18 heures en salle du Conseil, sous la présidence "
                 f"de {ctx.name(president)}, Président.", s.body),
            para(f"Nombre de conseillers métropolitains en exercice : {opening.in_office} ; "
                 f"présents à l'ouverture de la séance : {opening.present_count} ; pouvoirs : "
                 f"{len(givers)} ; votants : {opening.voters}.", s.body),
            *attendance_block(ctx, opening, AttendanceWording(
                present="Membres présents :", proxies="Ont donné pouvoir :",
                proxy="{who} à {holder}", excused="Excusés :", absent="Absentes :",
                secretary=None), small),
            para(f"{ctx.name(secretary)} est désignée secrétaire de séance.", s.body),
        ]
        for i, act in enumerate(acts):
            out += [ctx.start(i), para(f"Délibération n° {act.number} : {act.title}", heading),
                    *blocks(ctx, act.intro), *visas_block(ctx, act)]
            if i == 2:
                out.append(rich(f"<i>Arrivée de {escape(ctx.name(late))} à 18 h 40, avant le "
                                f"vote de la délibération n° {escape(act.number or '')}.</i>",
                                s.body))
            out += [*blocks(ctx, act.outro), *votes_block(ctx, act), ctx.end(i)]
        out += [para("L'ordre du jour étant épuisé, le Président lève la séance à 20 h 15.",
                     s.body),
                signatures_side_by_side(ctx, ["Le Président,", ctx.name(president)],
                                        ["La secrétaire de séance,", ctx.name(secretary)])]
        return out

    return Sample("metropole_conseil_votes_varies",
                  "Métropole, procès-verbal : quatre votes en quatre formulations, arrivée, "
                  "conseiller intéressé",
                  Layout(font_size=10, margins=(22 * mm, 22 * mm, 26 * mm, 22 * mm),
                         header=lambda page, total: "Métropole de Castelmaure – Conseil "
                                                    "métropolitain du 24 juin 2024 – "
                                                    "Procès-verbal",
                         footer=page_footer()),
                  acts, story)


# ---- samples 22-24: a Département's extract with the attendance in prose and the vote by
# ---- groups, a small commune's minutes with a two-column présents table and a departure, a
# ---- syndicat's budget amendment printed as a table --------------------------------------


def civility_groups(persons: Sequence[Person]) -> str:
    """ "Mmes Anne ROUX, Claire PETIT, MM. Jean DUPONT, Paul MARTIN": the women under one
    "Mmes" ("Mme" when alone), then the men under one "MM." ("M."), each as "Prénom NOM"."""
    parts = []
    for civility, plural in (("Mme", "Mmes"), ("M.", "MM.")):
        names = [f"{p.first} {p.last}" for p in persons if p.civility == civility]
        if names:
            parts.append(f"{plural if len(names) > 1 else civility} {', '.join(names)}")
    return ", ".join(parts)


def vote_groupes_prose(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
    """Adopté à la majorité : Pour : Groupe A (21), Groupe B (9) ; Contre : Groupe C (4) ;
    Abstention : néant.  Each position lists its groups with their votes, "néant" when none."""
    totals = {"for": v.for_, "against": v.against, "abstention": v.abstention}

    def side(position: Position) -> str:
        groups = [g for g in v.groups if g.position == position]
        assert sum(g.count or 0 for g in groups) == (totals[position] or 0), position
        return ", ".join(f"{g.group} ({g.count})" for g in groups) if groups else "néant"

    verdict = "Adopté à la majorité" if v.result == "adopted" else "Rejeté"
    return [_bold_line(ctx, f"{verdict} : Pour : {side('for')} ; Contre : {side('against')} ; "
                            f"Abstention : {side('abstention')}.", ctx.st.body)]


def sample_departement_extrait_groupes_prose() -> Sample:
    """22. Département, plenary session: "EXTRAIT DES DÉLIBÉRATIONS DU CONSEIL DÉPARTEMENTAL DE
    LA …", "Séance publique du …", a "Rapport n° 12" line above "Délibération n° CD-2024-06-12",
    the attendance in prose with one civility for several names ("Mmes Anne …, Claire …, MM.
    Jean …"), "Avait donné pouvoir : Mme X à M. Y.", "Absent excusé : M. Z.", articles labelled
    "Art. 1er –", a "- 2 500,00 €" line among credits, an ordonnance and an arrêté préfectoral
    with a slashed number in the visas, and the vote in one sentence by group with each group's
    votes in brackets ("Pour : Groupe … (20), Groupe … (9) ; Contre : … ; Abstention : néant").
    The vote's totals are the sums of the groups' printed figures."""
    president = person("M. Bertrand LAVIGNAC")
    giver, holder = person("Mme Hortense QUÉRÉ"), person("M. Alexis FONTANILLE")
    excused_one = person("M. Raymond CHALVET")
    others = assembly(30, offset=25, exclude=[president, giver, holder, excused_one])
    present_people = [president, holder, *others]
    session = Session(
        collectivity="Département de la Marvène", body="Conseil départemental",
        day=date(2024, 6, 24), hour=10, president=president, convocation=date(2024, 6, 7),
        members=[*present(*present_people), proxy(giver, holder), *excused(excused_one)],
        in_office=34, present_count=32, voters=33)
    groups = [GroupVote("Groupe Socialistes et apparentés", "for", 20),
              GroupVote("Groupe Union de la droite", "for", 9),
              GroupVote("Groupe Rassemblement", "against", 4)]
    big = money("1234567.89")
    act = ActSpec(
        kind="deliberation", number="CD-2024-06-12", session=session,
        title="Fonds départemental de solidarité territoriale – Programmation 2024 et "
              "ajustement des crédits de paiement",
        intro=["Le Président rappelle que le fonds départemental de solidarité territoriale "
               "accompagne les investissements des communes de moins de 3 500 habitants. La "
               "commission Territoires et ruralité propose de retenir 47 opérations pour un "
               f"montant total de subventions de {big}."],
        visas=[Visa(f"{CGCT}, notamment ses articles L. 3211-1 et L. 1111-10 ;",
                    ["L. 3211-1", "L. 1111-10"]),
               Visa("Vu l'ordonnance n° 2020-391 du 1er avril 2020 visant à assurer la "
                    "continuité du fonctionnement des institutions locales et de l'exercice des "
                    "compétences des collectivités territoriales ;", ["ordonnance n° 2020-391"]),
               Visa("Vu l'arrêté préfectoral n° 2023/DDT/123 du 5 mai 2023 portant approbation "
                    "du schéma départemental d'amélioration de l'accessibilité des services au "
                    "public de la Marvène ;", ["arrêté préfectoral n° 2023/DDT/123"]),
               Visa("Vu la délibération n° CD-2023-12-04 du 14 décembre 2023 portant création du "
                    "fonds départemental de solidarité territoriale ;",
                    ["délibération n° CD-2023-12-04"]),
               Visa("Vu le rapport du Président du Conseil départemental et l'avis favorable de "
                    "la commission Territoires et ruralité du 10 juin 2024 ;")],
        considerants=["Considérant que les opérations retenues respectent les critères du "
                      "règlement du fonds ;"],
        decision_intro=["Le Conseil départemental, après en avoir délibéré,", "DÉCIDE :"],
        articles=[
            ArticleSpec(1, "D'approuver la programmation 2024 du fonds départemental de "
                           "solidarité territoriale, soit 47 opérations pour un montant total de "
                           f"subventions de {big}."),
            ArticleSpec(2, "D'ajuster en conséquence les crédits de paiement de l'exercice 2024 "
                           "comme suit :\n"
                           "Chapitre 204 – Subventions d'équipement versées : "
                           f"{money('2500', cents=True)}\n"
                           "Chapitre 65 – Autres charges de gestion courante : "
                           f"{money('-2500', cents=True)}"),
            ArticleSpec(3, "D'autoriser le Président du Conseil départemental à signer les "
                           "conventions attributives de subvention avec les communes "
                           "bénéficiaires."),
        ],
        votes=[VoteSpec(vote_groupes_prose, for_=29, against=4, abstention=0, groups=groups)],
        amounts=["1234567.89", "2500", "-2500"])

    def story(ctx: Ctx) -> list[Flowable]:
        s = ctx.st
        return [
            ctx.start(0),
            letterhead(ctx, ["DÉPARTEMENT DE LA MARVÈNE", "Hôtel du Département",
                             "Direction de l'Assemblée et des affaires juridiques"],
                       ["RÉPUBLIQUE FRANÇAISE"]),
            Spacer(1, 12),
            para("EXTRAIT DES DÉLIBÉRATIONS DU CONSEIL DÉPARTEMENTAL DE LA MARVÈNE", s.title),
            para(f"Séance publique du {date_long(session.day)}", s.center),
            Spacer(1, 4),
            para("Rapport n° 12", s.left),
            _bold_line(ctx, f"Délibération n° {act.number}"),
            labelled("Objet :", act.title or "", s.body),
            para(f"Le Conseil départemental de la Marvène, régulièrement convoqué le "
                 f"{date_long(session.convocation)}, s'est réuni en séance publique le "
                 f"{date_long(session.day)} à 10 heures, à l'Hôtel du Département à "
                 f"Sainte-Orlande, sous la présidence de {ctx.name(president)}, Président du "
                 "Conseil départemental.", s.body),
            para(f"Conseillers départementaux en exercice : {session.in_office} – Présents : "
                 f"{session.present_count} – Votants : {session.voters}", s.left),
            labelled("Étaient présents :", civility_groups(present_people) + ".", s.body),
            labelled("Avait donné pouvoir :", f"{ctx.name(giver)} à {ctx.name(holder)}.", s.body),
            labelled("Absent excusé :", ctx.name(excused_one) + ".", s.body),
            *decision_block(ctx, act, ArticleStyle(
                label=lambda n: "Art. 1er –" if n == 1 else f"Art. {n} –")),
            signature(ctx, ["Pour extrait conforme,", "Le Président du Conseil départemental,",
                            president.name]),
            Spacer(1, 6),
            para("Acte rendu exécutoire après transmission au représentant de l'État le "
                 "27 juin 2024 et publication le 28 juin 2024.", s.small),
            ctx.end(0),
        ]

    return Sample("departement_extrait_groupes_prose",
                  "Département, séance publique : présences en prose, vote par groupe en prose",
                  Layout(font_size=10, margins=(24 * mm, 22 * mm, 24 * mm, 22 * mm),
                         footer=page_footer("Conseil départemental de la Marvène – Séance "
                                            "publique du 24 juin 2024 – ")),
                  [act], story)


def vote_plain(wording: str) -> VoteRender:
    """A vote inside the decision's own sentence, in body text: {for_}, {abstention},
    {abstention_names} ("Mme A, M. B")."""
    def render(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
        return [para(wording.format(
            for_=v.for_, abstention=v.abstention,
            abstention_names=", ".join(ctx.vname(p) for p in v.named("abstention"))),
            ctx.st.body)]
    return render


def sample_commune_pv_deux_colonnes_questions_diverses() -> Sample:
    """23. A small commune's procès-verbal: the présents in a ruled two-column table read row by
    row ("Mme A | M. B"), the excused under one "Mmes et MM.", items numbered "1°", "2°", "3°",
    votes inside the decision's sentence ("Le conseil municipal, à l'unanimité des membres
    présents, approuve …", "Après en avoir délibéré, le conseil municipal, par 9 voix pour et
    2 abstentions (…), décide …"), a councillor leaving before item 2 (item 2's attendance has
    him absent and no session counts), and "3° Questions diverses" with no vote."""
    maire = person("M. Roger BASTIDE")
    secretary = person("Mme Ophélie MARCOUX")
    abst_a, abst_b = person("Mme Lydie FERRAND"), person("M. Norbert CAZALS")
    leaving = person("M. Jérôme VIGUIER")
    present_people = [maire, secretary, abst_a, abst_b, leaving, *people(
        "Mme Annick DELPECH; M. Thibault RIGAL; Mme Soizic LABORIE; M. Francis ESTRADE; "
        "Mme Viviane COUDERC; M. Ludovic BOUSQUET; Mme Pauline TEULIÈRE")]
    excused_people = people("Mme Laure SOUBIRAN; M. Denis MOULÈNE; Mme Karine ALBOUY")

    def members(leaving_status: Status) -> list[Member]:
        return [*present(*[p for p in present_people if p != leaving]),
                Member(leaving, leaving_status), *excused(*excused_people)]

    common = dict(collectivity="Commune de Bellefontaine-sur-Lizonne", body="Conseil municipal",
                  day=date(2024, 7, 4), hour=20, minute=30, president=maire, secretary=secretary,
                  convocation=date(2024, 6, 27), in_office=15)
    opening = Session(**common, members=members("present"), present_count=12, voters=12)
    # After the departure the opening counts no longer hold and the minutes print no new ones.
    after = Session(**common, members=members("absent"))
    acts = [
        ActSpec(
            kind="pv_item", session=opening,
            title="Tarifs de location de la salle des fêtes à compter du 1er septembre 2024",
            intro=["Monsieur le Maire propose de réviser les tarifs de location de la salle des "
                   f"fêtes : week-end pour les habitants de la commune : {money(180)} ; week-end "
                   f"pour les personnes extérieures : {money(320)} ; caution : {money(500)}."],
            votes=[VoteSpec(vote_plain("Le conseil municipal, à l'unanimité des membres "
                                       "présents, approuve les tarifs proposés."),
                            unanimous=True)],
            amounts=["180", "320", "500"]),
        ActSpec(
            kind="pv_item", session=after,
            title="Adhésion au service commun d'instruction des autorisations d'urbanisme",
            intro=["Monsieur le Maire présente la convention proposée par la communauté de "
                   "communes du Val de Lizonne pour l'instruction des permis de construire et "
                   "des déclarations préalables à compter du 1er janvier 2025, moyennant une "
                   f"participation annuelle estimée à {money(2350)}."],
            votes=[VoteSpec(vote_plain("Après en avoir délibéré, le conseil municipal, par "
                                       "{for_} voix pour et {abstention} abstentions "
                                       "({abstention_names}), décide d'adhérer au service "
                                       "commun et autorise le Maire à signer la convention."),
                            for_=9, abstention=2,
                            members=[(abst_a, "abstention"), (abst_b, "abstention")])],
            amounts=["2350"]),
        ActSpec(
            kind="other", title="Questions diverses",
            intro=["Monsieur le Maire informe le conseil que la fête du village aura lieu le "
                   "samedi 7 septembre 2024 et que les travaux de l'église débuteront en "
                   "octobre.",
                   f"{abst_a.civ_first_last()} signale le mauvais état du chemin de la Combe ; "
                   "la commission voirie s'y rendra avant la fin du mois."]),
    ]
    voters_after = sum(m.status == "present" for m in after.members)
    assert acts[1].votes[0].for_ + acts[1].votes[0].abstention == voters_after

    def story(ctx: Ctx) -> list[Flowable]:
        s = ctx.st
        heading = ParagraphStyle("p23h", parent=s.heading, spaceBefore=10)
        names = [ctx.name(p) for p in present_people]
        rows = [[para(names[i], s.cell), para(names[i + 1] if i + 1 < len(names) else "", s.cell)]
                for i in range(0, len(names), 2)]
        table = Table(rows, colWidths=[ctx.width * 0.4] * 2)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 4),
                                   ("TOPPADDING", (0, 0), (-1, -1), 2),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        table.hAlign = "LEFT"
        out: list[Flowable] = [
            letterhead(ctx, ["COMMUNE DE BELLEFONTAINE-SUR-LIZONNE", "Département de l'Aubrette"],
                       ["RÉPUBLIQUE FRANÇAISE"]),
            Spacer(1, 10),
            para("PROCÈS-VERBAL DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL", s.title),
            para(f"Séance du jeudi {date_long(opening.day)}", s.center),
            Spacer(1, 4),
            para(f"{session_opening_words(opening.day, 20, 30)}, le conseil municipal de la "
                 "commune de Bellefontaine-sur-Lizonne, dûment convoqué le "
                 f"{date_long(opening.convocation)}, s'est réuni en session ordinaire à la "
                 f"mairie, sous la présidence de {ctx.name(maire)}, Maire.", s.body),
            para(f"Conseillers en exercice : {opening.in_office} – Présents : "
                 f"{opening.present_count} – Votants : {opening.voters}", s.left),
            _bold_line(ctx, "Étaient présents :"),
            table,
            Spacer(1, 6),
            labelled("Absents excusés :", "Mmes et MM. " + ", ".join(
                f"{p.first} {p.last}" for p in excused_people) + ".", s.body),
            para(f"{ctx.name(secretary)} a été désignée secrétaire de séance.", s.body),
        ]
        for i, act in enumerate(acts):
            out += [ctx.start(i), para(f"{i + 1}° {act.title}", heading),
                    *blocks(ctx, act.intro), *votes_block(ctx, act), ctx.end(i)]
            if i == 0:
                out.append(rich(f"<i>{escape(ctx.name(leaving))} quitte la séance à 21 h 15.</i>",
                                s.body))
        out += [para("L'ordre du jour étant épuisé, la séance est levée à 22 h 05.", s.body),
                signatures_side_by_side(ctx, ["Le Maire,", maire.name],
                                        ["La secrétaire de séance,", secretary.name])]
        return out

    return Sample("commune_pv_deux_colonnes_questions_diverses",
                  "Procès-verbal d'une petite commune : présents en tableau à deux colonnes, "
                  "départ en cours de séance, questions diverses",
                  Layout(font_size=10, margins=(25 * mm, 25 * mm, 22 * mm, 20 * mm),
                         footer=page_footer()),
                  acts, story)


def sample_syndicat_budget_tableau_chapitres() -> Sample:
    """24. Syndicat intercommunal, comité syndical: "Décision modificative n° 2 – Budget 2024"
    whose decision is a ruled table "Chapitre | Article | Libellé | Montant" with a negative
    line printed "-1 200,00 €" (no space after the minus) and a "Total" row, no numbered
    articles, and the vote in the approving sentence ("Le comité syndical, après en avoir
    délibéré, à l'unanimité, approuve la décision modificative n° 2 telle que présentée.")."""
    president = person("M. Gilbert SARRAZIN")
    secretary = person("Mme Nadine CROUZET")
    giver, holder = person("M. Yannick PERSONNAZ"), person("Mme Edwige LACOSTE")
    present_people = [president, secretary, holder, *people(
        "M. Marcel DOUBLET; Mme Florence VAISSIÈRE; M. Armand TRIBOULET; Mme Colette MAZEL; "
        "M. Joël FAVAREL; Mme Huguette RAMONDOU; M. Étienne GRANIER; M. Lionel SICARD")]
    excused_people = people("Mme Danièle POUJADE; M. Raphaël CONDOM")
    collectivity = "Syndicat intercommunal des eaux de la Vallée de l'Ormance"
    session = Session(
        collectivity=collectivity, body="Comité syndical", day=date(2024, 9, 19), hour=18,
        minute=30, president=president, secretary=secretary, convocation=date(2024, 9, 10),
        members=[*present(*present_people), proxy(giver, holder), *excused(*excused_people)],
        in_office=14, present_count=11, voters=12)
    dm = TableSpec(
        ["Chapitre", "Article", "Libellé", "Montant"],
        [["011", "6061", "Fournitures non stockables", Money.of("2500", "€")],
         ["011", "61523", "Entretien et réparations de réseaux", Money.of("1800", "€")],
         ["65", "6558", "Autres contributions obligatoires", Money.of("-1200", "€")],
         ["Total", "", "", Money.of("3100", "€")]],
        [1.1, 1.1, 4.2, 1.6], bold_last_row=True, minus="-")
    act = ActSpec(
        kind="deliberation", number="2024-019", session=session,
        title="Décision modificative n° 2 – Budget 2024",
        visas=[Visa(f"{CGCT}, notamment ses articles L. 1612-11 et L. 5212-1 ;",
                    ["L. 1612-11", "L. 5212-1"]),
               Visa("Vu l'instruction budgétaire et comptable M49 ;"),
               Visa("Vu la délibération n° 2024-006 du 4 avril 2024 approuvant le budget "
                    "primitif 2024 ;", ["délibération n° 2024-006"])],
        outro=["Le Président expose que la hausse du coût de l'énergie des stations de pompage et "
               "l'entretien des réseaux nécessitent des crédits supplémentaires, et que la "
               "contribution obligatoire au fonds de péréquation est inférieure à la prévision. "
               "Il présente le projet de décision modificative n° 2 de la section "
               "d'exploitation, dépenses :",
               dm,
               f"Ces dépenses nettes de {money('3100', cents=True)} sont équilibrées par une "
               "recette supplémentaire de même montant au compte 70111 « Ventes d'eau aux "
               "abonnés »."],
        votes=[VoteSpec(vote_plain("Le comité syndical, après en avoir délibéré, à "
                                   "l'unanimité, approuve la décision modificative n° 2 telle "
                                   "que présentée."), unanimous=True)],
        amounts=["3100"])

    def story(ctx: Ctx) -> list[Flowable]:
        s = ctx.st
        return [
            ctx.start(0),
            letterhead(ctx, ["SYNDICAT INTERCOMMUNAL DES EAUX", "DE LA VALLÉE DE L'ORMANCE",
                             "Mairie – 1 place de la Fontaine – Villers-l'Ormance"]),
            Spacer(1, 12),
            para("REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL", s.title),
            para(f"Réunion du {date_long(session.day)} – Délibération n° {act.number}", s.center),
            Spacer(1, 4),
            para(f"Délégués en exercice : {session.in_office} – Présents : "
                 f"{session.present_count} – Votants : {session.voters} – Date de convocation : "
                 f"{date_num(session.convocation)}", s.small),
            para(f"Le comité syndical du Syndicat intercommunal des eaux de la Vallée de "
                 f"l'Ormance s'est réuni le {date_long(session.day)} à 18 h 30 à la mairie de "
                 f"Villers-l'Ormance, sous la présidence de {ctx.name(president)}, Président.",
                 s.body),
            *attendance_block(ctx, session, AttendanceWording(
                present="Étaient présents :", proxies="Pouvoir :", proxy="{who} à {holder}",
                excused="Excusés :")),
            labelled("Objet :", act.title or "", ParagraphStyle("o24", parent=s.body,
                                                                 fontName=FONT_BOLD)),
            *decision_block(ctx, act),
            para("Fait et délibéré les jour, mois et an susdits. Pour copie conforme.", s.body),
            signature(ctx, ["Le Président,", president.name]),
            ctx.end(0),
        ]

    return Sample("syndicat_budget_tableau_chapitres",
                  "Syndicat intercommunal : décision modificative en tableau par chapitre",
                  Layout(font_size=10, margins=(24 * mm, 24 * mm, 26 * mm, 22 * mm),
                         footer=page_footer()),
                  [act], story)


def vote_line(wording: Callable[["Ctx", VoteSpec], str], bold: bool = False) -> VoteRender:
    """A vote printed as one line of its own, worded by `wording(ctx, vote)`."""
    def render(ctx: Ctx, v: VoteSpec) -> list[Flowable]:
        text = wording(ctx, v)
        return [_bold_line(ctx, text, ctx.st.body) if bold else para(text, ctx.st.body)]
    return render


def sample_commune_pv_votes_formules_rares() -> Sample:
    """25. A Breton commune's procès-verbal: "Procès-verbal de la séance ordinaire du lundi
    3 mars 2025", the opening in words without "L'an" ("Le trois mars deux mille vingt-cinq à
    dix-huit heures trente"), headings "Présent(e)s :", "Absents représentés :" (givers listed
    under an "Absents" heading are absent, with their proxy) and "Absent(e)s :", surnames with
    particles and compounds ("M. Jean-Baptiste de LA VERGNÈRE", "Mme Marie-Hélène LE GUENNEC"),
    one member printed surname first ("Mme DUVERNOY-MARTEL Anne"), items numbered "1/", "2/" …
    and five rare vote wordings: "Adoptée à l'unanimité moins une abstention (M. X).";
    "Pour : 13 ; Contre : 0 ; Abstention(s) : 2 (Mme A, Mme B)"; "Le conseil municipal, par 11 voix
    contre 4, rejette la proposition." (11 against the proposal, 4 for it); "Point retiré de
    l'ordre du jour."; "Unanimité (15 voix)."; amounts "12.500 €", "12 500 euros TTC",
    "1,5 M€"."""
    maire = person("M. Loïc KERGUÉLEN")
    secretary = person("Mme Nolwenn PRIGENT")
    jean = Person("M.", "Jean-Baptiste", "de LA VERGNÈRE")
    marie = person("Mme Marie-Hélène LE GUENNEC")
    anne = person("Mme Anne DUVERNOY-MARTEL")
    giver_a, giver_b = person("Mme Gwenaëlle KERMORVAN"), person("M. Yves-Marie LE DANTEC")
    absents = people("M. Erwan TANGUY; Mme Solène QUÉMÉNER")
    present_people = [maire, secretary, jean, marie, anne, *people(
        "M. Ronan GOURVENNEC; Mme Armelle CADIOU; M. Tanguy LE MEUR; Mme Maïwenn ABGRALL; "
        "M. Gaël PENNANÉACH; Mme Katell JAOUEN; M. Corentin MORVAN; Mme Rozenn SALAÜN")]
    session = Session(
        collectivity="Commune de Plouzévran-sur-Aven", body="Conseil municipal",
        day=date(2025, 3, 3), hour=18, minute=30, president=maire, secretary=secretary,
        convocation=date(2025, 2, 25),
        members=[*present(*present_people),
                 Member(giver_a, "absent", proxy_to=jean), Member(giver_b, "absent", proxy_to=marie),
                 *absent(*absents)],
        in_office=17, present_count=13, voters=15)

    def names(ctx: Ctx, persons: Sequence[Person]) -> str:
        return ", ".join(ctx.vname(p) for p in persons)

    def item(title: str, intro: list[str], vote: VoteSpec, amounts: Sequence[str] = ()) -> ActSpec:
        return ActSpec(kind="pv_item", session=session, title=title, intro=intro, votes=[vote],
                       amounts=list(amounts))

    acts = [
        item("Subvention exceptionnelle à l'association Les Amis du moulin de Kerbrat",
             ["Monsieur le Maire présente la demande de l'association, qui restaure la roue et "
              "le bief du moulin de Kerbrat, et propose de lui attribuer une subvention "
              f"exceptionnelle de {money(12500, sep='.')}, imputée à l'article 6574 du budget "
              "2025."],
             VoteSpec(vote_line(lambda ctx, v: "Adoptée à l'unanimité moins une abstention "
                                                f"({names(ctx, v.named('abstention'))}).", True),
                      abstention=1, unanimous=True, members=[(jean, "abstention")]),
             ["12500"]),
        item("Réfection de la toiture du lavoir de Kerhuel – attribution du marché",
             ["Après consultation de trois entreprises, la commission des travaux propose de "
              "retenir l'offre de l'entreprise Couvertures de l'Aven pour un montant de "
              f"{money(12500, unit='euros TTC', unit_sep=' ')}."],
             VoteSpec(vote_line(lambda ctx, v: f"Pour : {v.for_} ; Contre : {v.against} ; "
                                                f"Abstention(s) : {v.abstention} "
                                                f"({names(ctx, v.named('abstention'))})"),
                      for_=13, against=0, abstention=2,
                      members=[(marie, "abstention"), (anne, "abstention")]),
             ["12500"]),
        item("Cession d'une partie du terrain communal de la rue des Genêts",
             ["Monsieur le Maire soumet au conseil la proposition d'un promoteur d'acquérir une "
              "partie du terrain communal de la rue des Genêts pour y construire six logements. "
              "Plusieurs conseillers rappellent que ce terrain est réservé à l'extension de "
              "l'école."],
             # "par 11 voix contre 4, rejette": 11 votes against the proposal, 4 for it.
             VoteSpec(vote_line(lambda ctx, v: f"Le conseil municipal, par {v.against} voix "
                                                f"contre {v.for_}, rejette la proposition."),
                      for_=4, against=11, result="rejected")),
        item("Acquisition de la parcelle cadastrée section ZB n° 57",
             ["Le propriétaire n'ayant pas encore fait connaître sa réponse à l'offre de la "
              "commune, ce point est reporté."],
             VoteSpec(vote_line(lambda ctx, v: "Point retiré de l'ordre du jour."),
                      unanimous=None, result="withdrawn")),
        item("Programme pluriannuel de rénovation énergétique des bâtiments communaux "
             "2025-2027",
             ["Monsieur le Maire présente le programme de rénovation énergétique de la mairie, "
              "de l'école et de la salle omnisports, dont l'enveloppe globale est estimée à "
              "1,5 M€ sur trois exercices, et propose de l'approuver et de solliciter les "
              "financements de l'État et de la Région."],
             VoteSpec(vote_line(lambda ctx, v: f"Unanimité ({v.for_} voix).", True),
                      for_=15, unanimous=True),
             ["1500000"]),
    ]

    def story(ctx: Ctx) -> list[Flowable]:
        s = ctx.st
        heading = ParagraphStyle("p25h", parent=s.heading, spaceBefore=10)
        day = session.day
        opening = (f"Le {fr_number(day.day)} {MONTHS[day.month - 1]} {fr_number(day.year)} à "
                   "dix-huit heures trente")
        out: list[Flowable] = [
            letterhead(ctx, ["MAIRIE DE PLOUZÉVRAN-SUR-AVEN", "Département du Morvennec"],
                       ["RÉPUBLIQUE FRANÇAISE"]),
            Spacer(1, 10),
            para("Procès-verbal de la séance ordinaire du lundi 3 mars 2025", s.title),
            para(f"{opening}, le conseil municipal de la commune de Plouzévran-sur-Aven, "
                 f"légalement convoqué le {date_long(session.convocation)}, s'est réuni en séance "
                 f"ordinaire à la mairie sous la présidence de {ctx.name(maire)}, Maire.", s.body),
            para(f"En exercice : {session.in_office} – Présents : {session.present_count} – "
                 f"Votants : {session.voters}", s.left),
            *attendance_block(ctx, session, AttendanceWording(
                present="Présent(e)s :", proxies="Absents représentés :",
                proxy="{who} (pouvoir à {holder})", absent="Absent(e)s :")),
        ]
        for i, act in enumerate(acts):
            if i == 4:
                out.append(PageBreak())
            out += [ctx.start(i), para(f"{i + 1}/ {act.title}", heading),
                    *blocks(ctx, act.intro), *votes_block(ctx, act), ctx.end(i)]
        out += [para("L'ordre du jour étant épuisé, la séance est levée à 20 h 10.", s.body),
                signatures_side_by_side(ctx, ["Le Maire,", maire.name],
                                        ["La secrétaire de séance,", secretary.name])]
        return out

    def name_format(p: Person) -> str:
        return p.civ_last_first() if p == anne else p.civ_first_last()

    return Sample("commune_pv_votes_formules_rares",
                  "Procès-verbal de commune : particules, « Absents représentés », items « 1/ », "
                  "formules de vote rares",
                  Layout(font_size=10, margins=(25 * mm, 25 * mm, 22 * mm, 20 * mm),
                         footer=page_footer()),
                  acts, story, name_format=name_format,
                  expect_marks={"act4.start": 2, "act4.end": 2})


def sample_communaute_communes_deliberation_numeros() -> Sample:
    """26. One deliberation of a communauté de communes: "Délib. n° 12-2025", "Séance du conseil
    communautaire du 12/02/2025", the counts on three lines ("Nombre de délégués en exercice :
    32", "Nombre de délégués présents : 25", "Nombre de votants : 29"), "Étaient absents et
    représentés : M. A (pouvoir à M. B), …" (givers under an "absents" heading are absent, with
    their proxy), names printed "M. NOM Prénom", a visa "Vu l'article L. 5211-10 du CGCT", the
    decision as a dash list after "Le Conseil communautaire, après en avoir délibéré, à la
    majorité des votants :" (no numbered articles), and the tally "Nombre de votants : 29 —
    Pour : 27 — Contre : 2" with em dashes."""
    president = person("M. Bruno ESCANDE")
    secretary = person("Mme Claudine VIDALENC")
    holders = people("M. Thierry ROUQUETTE; Mme Odette FABRÈGUES; M. Gérald CAUSSE; "
                     "Mme Josette MARTY-LAFON")
    givers = people("M. Pascal LAGARRIGUE; Mme Régine SOULIÉ; M. Cyril BESOMBES; "
                    "Mme Ginette ARNAL")
    excused_people = people("M. Fabrice ROQUES; Mme Sylvette CABROL; M. Henri VERGNES")
    named = [president, secretary, *holders, *givers, *excused_people]
    present_people = [president, secretary, *holders, *assembly(19, offset=41, exclude=named)]
    session = Session(
        collectivity="Communauté de communes du Pays de Vernoux-Ardelle",
        body="Conseil communautaire", day=date(2025, 2, 12), hour=18, minute=0,
        president=president, secretary=secretary, convocation=date(2025, 2, 5),
        members=[*present(*present_people),
                 *[Member(g, "absent", proxy_to=h) for g, h in zip(givers, holders)],
                 *excused(*excused_people)],
        in_office=32, present_count=25, voters=29)
    total_ht, detr = "1284600", "385380"
    act = ActSpec(
        kind="deliberation", number="12-2025", session=session,
        title="Aménagement de la voie verte de la vallée de l'Ardelle – Plan de financement et "
              "demande de subvention au titre de la DETR 2025",
        intro=["Le Président rappelle que la voie verte de la vallée de l'Ardelle reliera "
               "Vernoux à Saint-Julien-d'Ardelle sur 14 kilomètres, sur l'emprise de l'ancienne "
               f"voie ferrée. Le coût prévisionnel de l'opération s'élève à "
               f"{money(total_ht)} HT."],
        visas=[Visa("Vu l'article L. 5211-10 du CGCT ;", ["L. 5211-10"]),
               Visa("Vu les statuts de la Communauté de communes du Pays de Vernoux-Ardelle, et "
                    "notamment sa compétence en matière de tourisme ;"),
               Visa("Vu la délibération n° 45-2023 du 14 septembre 2023 approuvant le programme "
                    "de la voie verte ;", ["délibération n° 45-2023"]),
               Visa("Vu l'avis favorable du bureau communautaire du 29 janvier 2025 ;")],
        decision_intro=["Le Conseil communautaire, après en avoir délibéré, à la majorité des "
                        "votants :"],
        outro=[f"– approuve le plan de financement de l'opération, d'un montant de "
               f"{money(total_ht)} HT ;",
               "– autorise le Président à solliciter une subvention de "
               f"{money(detr)} au titre de la dotation d'équipement des territoires ruraux "
               "2025 ;",
               "– autorise le Président à signer tout document relatif à ce dossier."],
        votes=[VoteSpec(vote_line(lambda ctx, v: f"Nombre de votants : {v.for_ + v.against} — "
                                                 f"Pour : {v.for_} — Contre : {v.against}"),
                        for_=27, against=2)],
        amounts=[total_ht, detr])
    assert act.votes[0].for_ + act.votes[0].against == session.voters

    def story(ctx: Ctx) -> list[Flowable]:
        s = ctx.st
        wording = AttendanceWording(present="Étaient présents :",
                                    proxies="Étaient absents et représentés :",
                                    proxy="{who} (pouvoir à {holder})",
                                    excused="Absents excusés :", secretary=None)
        return [
            ctx.start(0),
            letterhead(ctx, ["COMMUNAUTÉ DE COMMUNES", "DU PAYS DE VERNOUX-ARDELLE",
                             "2 avenue de la Gare – 07990 Vernoux-d'Ardelle"],
                       ["RÉPUBLIQUE FRANÇAISE", "Département de l'Ardelle"]),
            Spacer(1, 12),
            para(f"Délib. n° {act.number}", s.title),
            para(f"Séance du conseil communautaire du {date_num(session.day)}", s.center),
            Spacer(1, 4),
            lines([f"Nombre de délégués en exercice : {session.in_office}",
                   f"Nombre de délégués présents : {session.present_count}",
                   f"Nombre de votants : {session.voters}",
                   f"Date de convocation : {date_num(session.convocation)}"], s.left),
            Spacer(1, 4),
            para(f"Le conseil communautaire, régulièrement convoqué, s'est réuni au siège de la "
                 f"communauté à 18 heures, sous la présidence de {ctx.name(president)}, "
                 "Président.", s.body),
            *attendance_block(ctx, session, wording),
            labelled("Secrétaire de séance :", ctx.name(secretary), s.body),
            labelled("Objet :", act.title or "", ParagraphStyle("o26", parent=s.body,
                                                                 fontName=FONT_BOLD)),
            *decision_block(ctx, act),
            para("Fait et délibéré en séance les jour, mois et an susdits. Pour extrait "
                 "certifié conforme.", s.body),
            signature(ctx, ["Le Président,", president.name]),
            ctx.end(0),
        ]

    return Sample("communaute_communes_deliberation_numeros",
                  "Communauté de communes : « Délib. n° », date en chiffres, décisions en tirets",
                  Layout(font_size=9.5, margins=(22 * mm, 22 * mm, 20 * mm, 18 * mm),
                         footer=page_footer()),
                  [act], story, name_format=Person.civ_last_first)


def civility_groups_men_first(persons: Sequence[Person]) -> str:
    """ "MM. Jean DUPONT, Paul MARTIN, Mmes Anne ROUX, Claire PETIT": the men under one "MM."
    ("M." when alone), then the women under one "Mmes" ("Mme"), each as "Prénom NOM"."""
    parts = []
    for civility, plural in (("M.", "MM."), ("Mme", "Mmes")):
        names = [f"{p.first} {p.last}" for p in persons if p.civility == civility]
        if names:
            parts.append(f"{plural if len(names) > 1 else civility} {', '.join(names)}")
    return ", ".join(parts)


def sample_commune_extrait_membres_afferents() -> Sample:
    """27. A rural commune's extract in the classic form: a margin block "Nombre de membres
    afférents au Conseil municipal : 15 / En exercice : 15 / Qui ont pris part à la délibération :
    13" with "Date de la convocation" and "Date d'affichage", the opening "L'an deux mille
    vingt-quatre et le neuf septembre à 20 heures 30, le Conseil municipal de cette commune,
    régulièrement convoqué, s'est réuni au nombre prescrit par la loi, dans le lieu habituel de
    ses séances …", "Présents : MM. …, Mmes …" (one plural civility for several "Prénom NOM"),
    "Absents : M. X (procuration à M. Y), …" (a giver listed under "Absents" is absent, with his
    proxy), "Mme X a été élue secrétaire.", an act with no number printed whose object ends in
    "année 2024/2025" (no act number), the vote inside the decision sentence ("Après en avoir
    délibéré, le Conseil municipal, à l'unanimité, FIXE les tarifs suivants :") followed by a
    list of tariffs instead of articles, "Ainsi fait et délibéré les jour, mois et an que
    dessus." and an @ctes block "Envoyé en préfecture le … / Reçu … / Publié … / ID : …"."""
    maire = person("M. Raymond VIGUERIE")
    fontanel = person("M. Gilbert FONTANEL")
    secretary = person("Mme Nicole FAJARDIE")
    present_people = [maire, fontanel, *people(
        "M. Jean-Claude MOURGUES; M. Lucien BESSIÈRE; M. Daniel ROUVEYROL; M. Florent CASTANIER; "
        "Mme Maryvonne DELPEUCH; Mme Simone ALBOUY"), secretary, *people(
        "Mme Évelyne COSTES; Mme Huguette LABORIE; Mme Aurélie MAGNE")]
    giver = person("M. Bernard SOULAGES")
    absents = people("Mme Odile TRÉMOLIÈRES; M. Julien CAMBOURNAC")
    day, convocation = date(2024, 9, 9), date(2024, 9, 2)
    # The box prints the seats ("membres afférents"), the members in office and the voters
    # ("qui ont pris part à la délibération"); the number of présents is not printed.
    session = Session(
        collectivity="Commune de Vaudrémont-sur-Loirette", body="Conseil municipal", day=day,
        hour=20, minute=30, president=maire, secretary=secretary, convocation=convocation,
        members=[*present(*present_people), Member(giver, "absent", proxy_to=fontanel),
                 *absent(*absents)],
        in_office=15, voters=13)
    assert sum(m.status == "present" for m in session.members) == 12
    child, adult = "3.45", "6.10"
    act = ActSpec(
        kind="deliberation", session=session, null_keys=("number",),
        title="Tarifs de la cantine scolaire – année 2024/2025",
        prefecture_id=f"{DEPT_CODE}-219904521-20240910-DEL_2024_045-DE",
        visas=[Visa("Vu le Code général des collectivités territoriales, et notamment son article "
                    "L.2121-29 ;", ["L.2121-29"]),
               Visa("Vu le Code de l'éducation, et notamment son article R.531-52 relatif aux "
                    "prix de la restauration scolaire ;", ["R.531-52"]),
               Visa("Vu la délibération n° 2023-041 du 11 septembre 2023 fixant les tarifs de la "
                    "cantine scolaire pour l'année 2023/2024 ;", ["délibération n° 2023-041"])],
        considerants=["Considérant la hausse du prix des repas livrés par le prestataire de "
                      "restauration collective à compter de la rentrée scolaire ;"],
        outro=[f"Repas enfant : {money(child)}", f"Repas adulte : {money(adult)}",
               "DIT que ces tarifs sont applicables pour l'année scolaire 2024/2025."],
        votes=[VoteSpec(vote_line(lambda ctx, v: "Après en avoir délibéré, le Conseil municipal, "
                                                 "à l'unanimité, FIXE les tarifs suivants :"),
                        unanimous=True)],
        amounts=[child, adult])
    box = ["Nombre de membres afférents au Conseil municipal : 15",
           f"En exercice : {session.in_office}",
           f"Qui ont pris part à la délibération : {session.voters}", "",
           f"Date de la convocation : {date_num(convocation)}",
           f"Date d'affichage : {date_num(convocation)}"]
    sent = date(2024, 9, 10)

    def story(ctx: Ctx) -> list[Flowable]:
        s = ctx.st
        tariff = ParagraphStyle("t27", parent=s.left, leftIndent=24, spaceAfter=2)
        outro = [para(t, tariff if t.startswith("Repas") else s.body) for t in act.outro]
        return [
            ctx.start(0),
            letterhead(ctx, ["DÉPARTEMENT DE LA HAUTE-ARVELLE", "ARRONDISSEMENT DE BELLERIVE",
                             "COMMUNE DE VAUDRÉMONT-SUR-LOIRETTE"],
                       ["RÉPUBLIQUE FRANÇAISE"]),
            Spacer(1, 8),
            para("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL", s.title),
            para(f"Séance du {date_long(day)}", s.center),
            FrameBreak(),
            boxed(ctx, box, ParagraphStyle("b27", parent=s.small, fontSize=8, leading=10.5),
                  width=44 * mm),
            ctx.mark("box"),
            FrameBreak(),
            ctx.mark("opening"),
            para(f"L'an {fr_number(day.year)} et le {fr_number(day.day)} "
                 f"{MONTHS[day.month - 1]} à 20 heures 30, le Conseil municipal de cette commune, "
                 "régulièrement convoqué, s'est réuni au nombre prescrit par la loi, dans le lieu "
                 f"habituel de ses séances, sous la présidence de {ctx.name(maire)}, Maire.",
                 s.body),
            labelled("Présents :", civility_groups_men_first(present_people) + ".", s.body),
            labelled("Absents :", f"{ctx.name(giver)} (procuration à {ctx.name(fontanel)}), "
                                  + ", ".join(ctx.name(p) for p in absents) + ".", s.body),
            para(f"{ctx.name(secretary)} a été élue secrétaire.", s.body),
            Spacer(1, 4),
            labelled("Objet :", act.title or "", ParagraphStyle("o27", parent=s.body,
                                                                 fontName=FONT_BOLD)),
            *visas_block(ctx, act),
            *votes_block(ctx, act),
            *outro,
            para("Ainsi fait et délibéré les jour, mois et an que dessus.", s.body),
            para("Au registre sont les signatures.", s.body),
            signature(ctx, ["Pour extrait conforme,", "Le Maire,", maire.name]),
            Spacer(1, 6),
            para("Le Maire certifie sous sa responsabilité le caractère exécutoire de cet acte.",
                 s.small),
            boxed(ctx, [f"Envoyé en préfecture le {date_num(sent)}",
                        f"Reçu en préfecture le {date_num(sent)}",
                        f"Publié le {date_num(sent)}", f"ID : {act.prefecture_id}"],
                  ParagraphStyle("ar27", parent=s.small, fontSize=7, leading=9), width=72 * mm),
            ctx.end(0),
        ]

    return Sample("commune_extrait_membres_afferents",
                  "Extrait de commune rurale : « membres afférents », « au nombre prescrit par "
                  "la loi », tarifs sans numéro d'acte",
                  Layout(font_size=10, margins=(15 * mm, 18 * mm, 18 * mm, 18 * mm),
                         first_page_band=40 * mm, side_width=48 * mm, gutter=6 * mm),
                  [act], story, expect_marks={"box": 1, "opening": 1})


def sample_commune_pv_presences_variees() -> Sample:
    """28. A commune's procès-verbal with two items headed "Point 1 – …", "Point 2 – …" and
    attendance and counts in wordings the other samples do not use: the opening "composé de 23
    membres en exercice, s'est réuni avec 17 membres présents et 4 représentés", a counts
    sentence "Nombre de conseillers municipaux en exercice : 23. Présents : 17. Représentés : 4.
    Absents : 2.", "Étaient présents :" followed by surnames first without civility, separated
    by semicolons ("BARTHÈS Guy ; BERTHOMIEU Alain ; …"), "Absents ayant donné procuration :"
    with one "M. SALVAT Édouard donne procuration à M. LACOMBE Henri ;" a line (the givers are
    excused with their proxy, as tests/test_attendance.py reads this heading), the singular
    headings "Absent non excusé :" and "Excusée :", "Secrétaire de séance : Madame Sylvie CASTAGNÉ, élue à
    l'unanimité.", a proxy giver arriving after the first vote ("Arrivée de Mme ROUQUETTE
    Hélène à 19h10, après le vote du point 1.": present without proxy for point 2, whose
    présents and votants are then not printed), and the votes "Adopté à l'unanimité des présents
    et représentés (21 voix)." and "Vote : 20 pour, 1 abstention (M. CAUSSADE)" (the abstainer
    named by civility and surname only)."""
    maire = person("M. Alain BERTHOMIEU")
    secretary = person("Mme Sylvie CASTAGNÉ")
    abstainer = person("M. Thierry CAUSSADE")
    late = person("Mme Hélène ROUQUETTE")
    lacombe, estrade, puech = people("M. Henri LACOMBE; M. Serge ESTRADE; Mme Patricia PUECH")
    present_people = sorted([maire, secretary, abstainer, lacombe, estrade, puech, *people(
        "Mme Josette AMBIALET; M. Jean-Pierre BOUSQUET; Mme Christiane DELMAS-VIGUIER; "
        "Mme Monique GALAUP; Mme Nadine MAUREL; M. Francis NOUGARET; M. Roland RIGAL; "
        "Mme Ghislaine SABATIER; M. Didier TEULIÈRE; Mme Martine VAISSIÈRE; M. Guy BARTHÈS")],
        key=lambda p: p.last)
    givers = [(person("M. Édouard SALVAT"), lacombe), (late, maire),
              (person("M. Pascal VIALA"), estrade), (person("Mme Odette CARRIÈRE"), puech)]
    not_excused = person("M. Kévin MOLINIÉ")
    excused_one = person("Mme Laetitia FOURCADE")

    def members(late_here: bool) -> list[Member]:
        out = [*present(*present_people)]
        for giver, holder in givers:
            if giver == late and late_here:
                out.append(Member(giver, "present"))
            else:  # "Absents ayant donné procuration" reads like "Excusés ayant donné pouvoir"
                out.append(proxy(giver, holder))
        return out + [*absent(not_excused), *excused(excused_one)]

    common = dict(collectivity="Commune de Saint-Géraud-des-Aulnes", body="Conseil municipal",
                  day=date(2025, 10, 13), hour=18, minute=30, president=maire,
                  secretary=secretary, convocation=date(2025, 10, 6), in_office=23)
    opening = Session(**common, members=members(False), present_count=17)
    # After the arrival the opening's 17 présents no longer hold and no new count is printed;
    # "votants" is printed nowhere (présents and représentés are not votants).
    after = Session(**common, members=members(True))
    represented = sum(m.proxy_to is not None for m in opening.members)
    away = sum(m.status != "present" and m.proxy_to is None for m in opening.members)
    assert (represented, away) == (4, 2)
    acts = [
        ActSpec(
            kind="pv_item", session=opening, null_keys=("voters_count",),
            title="Admission en non-valeur de produits irrécouvrables",
            intro=["Monsieur le Maire présente l'état des produits irrécouvrables transmis par le "
                   "comptable public, pour un montant total de "
                   f"{money('1284.60')}, correspondant à des factures de cantine et de garderie "
                   "des années 2019 à 2022 dont le recouvrement n'a pu aboutir."],
            visas=[Visa(f"{CGCT}, notamment son article L. 2121-29 ;", ["L. 2121-29"])],
            outro=["Le Conseil municipal, après en avoir délibéré, admet en non-valeur les "
                   "produits présentés, la dépense étant imputée au compte 6541 du budget "
                   "principal."],
            votes=[VoteSpec(vote_line(lambda ctx, v: "Adopté à l'unanimité des présents et "
                                                     f"représentés ({v.for_} voix).", True),
                            for_=21, unanimous=True)],
            amounts=["1284.60"]),
        ActSpec(
            kind="pv_item", session=after, null_keys=("present_count", "voters_count"),
            title="Convention de mise à disposition de la salle des fêtes au Judo Club des Aulnes",
            intro=[f"{estrade.civ_first_last()}, adjoint aux sports, propose de renouveler pour "
                   "trois ans la convention de mise à disposition de la salle des fêtes au Judo "
                   "Club des Aulnes, les mardis et jeudis soir, moyennant une participation "
                   f"annuelle aux frais de fonctionnement de {money(450)}."],
            visas=[Visa(f"{CGCT}, notamment son article L. 2144-3 ;", ["L. 2144-3"])],
            outro=["Le Conseil municipal, après en avoir délibéré, approuve la convention et "
                   "autorise Monsieur le Maire à la signer."],
            votes=[VoteSpec(vote_line(lambda ctx, v: f"Vote : {v.for_} pour, {v.abstention} "
                                                     f"abstention (M. {abstainer.last})"),
                            for_=20, abstention=1, members=[(abstainer, "abstention")])],
            amounts=["450"]),
    ]
    for act in acts:  # every vote cast by the members present or represented at that moment
        vote, session = act.votes[0], act.session
        assert session is not None
        voters = sum(m.status == "present" or m.proxy_to is not None for m in session.members)
        assert (vote.for_ or 0) + (vote.abstention or 0) == voters == 21, (act.title, voters)

    def story(ctx: Ctx) -> list[Flowable]:
        s = ctx.st
        heading = ParagraphStyle("p28h", parent=s.heading, spaceBefore=10)
        day = opening.day
        entries = [f"{ctx.name(g)} donne procuration à {ctx.name(h)}" for g, h in givers]
        out: list[Flowable] = [
            letterhead(ctx, ["COMMUNE DE SAINT-GÉRAUD-DES-AULNES", "Département de la "
                             "Haute-Arvelle"], ["RÉPUBLIQUE FRANÇAISE", "Liberté – Égalité – "
                                                "Fraternité"]),
            Spacer(1, 10),
            para("PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL", s.title),
            para(f"Séance du lundi {date_long(day)}", s.center),
            Spacer(1, 4),
            para(f"{session_opening_words(day, opening.hour, opening.minute)}, le Conseil "
                 "municipal de la commune de Saint-Géraud-des-Aulnes, composé de "
                 f"{opening.in_office} membres en exercice, dûment convoqué le "
                 f"{date_long(opening.convocation)}, s'est réuni avec {opening.present_count} "
                 f"membres présents et {represented} représentés, à la mairie, sous la présidence "
                 f"de {maire.civ_first_last()}, Maire.", s.body),
            para(f"Nombre de conseillers municipaux en exercice : {opening.in_office}. Présents : "
                 f"{opening.present_count}. Représentés : {represented}. Absents : {away}.",
                 s.body),
            labelled("Étaient présents :",
                     " ; ".join(p.last_first() for p in present_people) + ".", s.body),
            _bold_line(ctx, "Absents ayant donné procuration :", s.left),
            lines([e + (" ;" if i < len(entries) - 1 else ".") for i, e in enumerate(entries)],
                  ParagraphStyle("p28l", parent=s.left, leftIndent=12)),
            labelled("Absent non excusé :", ctx.name(not_excused) + ".", s.body),
            labelled("Excusée :", ctx.name(excused_one) + ".", s.body),
            labelled("Secrétaire de séance :", f"Madame {secretary.first} {secretary.last}, élue "
                                               "à l'unanimité.", s.body),
        ]
        for i, act in enumerate(acts):
            out += [ctx.start(i), para(f"Point {i + 1} – {act.title}", heading),
                    *blocks(ctx, act.intro), *visas_block(ctx, act), *blocks(ctx, act.outro),
                    *votes_block(ctx, act), ctx.end(i)]
            if i == 0:
                out.append(rich(f"<i>Arrivée de {escape(ctx.name(late))} à 19h10, après le vote "
                                "du point 1.</i>", s.body))
        out += [para("L'ordre du jour étant épuisé, la séance est levée à 20 h 05.", s.body),
                signatures_side_by_side(ctx, ["Le Maire,", maire.name],
                                        ["La secrétaire de séance,", secretary.name])]
        return out

    return Sample("commune_pv_presences_variees",
                  "Procès-verbal de commune : « Point 1 – », effectifs en phrase, « NOM Prénom ; », "
                  "« donne procuration à », « Absent non excusé », « Excusée », arrivée à 19h10",
                  Layout(font_size=10, margins=(22 * mm, 22 * mm, 16 * mm, 16 * mm),
                         footer=page_footer()),
                  acts, story, name_format=Person.civ_last_first,
                  expect_marks={"act1.end": 1})


SAMPLES: list[Callable[[], Sample]] = [
    sample_commune_extrait_registre,
    sample_pv_seance_plusieurs_points,
    sample_departement_commission_permanente,
    sample_recueil_actes,
    sample_arrete_maire,
    sample_deliberation_multipage,
    sample_communaute_communes_deux_colonnes,
    sample_region_vote_groupes,
    sample_syndicat_bureau,
    sample_commune_budget_montants,
    sample_metropole_rejet,
    sample_pv_prend_acte_et_election,
    sample_compte_rendu_arrivee_nppv,
    sample_compte_rendu_cartouche,
    sample_pv_numerote_votes_multiples,
    sample_commune_deliberation_cartouche_gauche,
    sample_communaute_agglo_bureau,
    sample_syndicat_mixte_arrete_et_deliberation,
    sample_region_commission_permanente_vote_tableau,
    sample_commune_recueil_arretes_circulation,
    sample_metropole_conseil_votes_varies,
    sample_departement_extrait_groupes_prose,
    sample_commune_pv_deux_colonnes_questions_diverses,
    sample_syndicat_budget_tableau_chapitres,
    sample_commune_pv_votes_formules_rares,
    sample_communaute_communes_deliberation_numeros,
    sample_commune_extrait_membres_afferents,
    sample_commune_pv_presences_variees,
]

# --------------------------------------------------------------------------------------------
# Checks: spec lint (amounts printed vs declared) and extracted-text check of the PDFs
# --------------------------------------------------------------------------------------------

_AMOUNT_RE = re.compile(r"(?<![\d,.])(-\s)?(\d{1,3}(?:[ \u00a0.]\d{3})+|\d+)(,\d{1,2})?"
                        r"[ \u00a0]?(?:€|euros?\b)")


_SCALED_RE = re.compile(r"(?<![\d,.])(\d+(?:,\d+)?)[ \u00a0]?([Mk])€")


def amounts_in_text(text: str) -> set[Decimal]:
    """Euro amounts written in figures in a spec string (used only to lint the specs)."""
    found = set()
    for match in _AMOUNT_RE.finditer(text):
        sign, whole, cents = match.groups()
        value = Decimal(re.sub(r"[ \u00a0.]", "", whole) + (cents or "").replace(",", "."))
        found.add(-value if sign else value)
    for match in _SCALED_RE.finditer(text):  # "1,5 M€", "150 k€"
        whole, scale = match.groups()
        found.add(Decimal(whole.replace(",", ".")) * (1_000_000 if scale == "M" else 1000))
    return found


def lint_sample(sample: Sample) -> None:
    """Double-entry check: the amounts declared in each act are exactly those in its text."""
    for i, act in enumerate(sample.acts):
        printed = set().union(*(amounts_in_text(t) for t in act.text_blocks())) \
            if act.text_blocks() else set()
        declared = {Decimal(a) for a in act.amounts}
        assert printed == declared, (f"{sample.name} act {i}: printed {sorted(printed)} "
                                     f"declared {sorted(declared)}")


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _amount_digits(value: int | float) -> str:
    """35830 -> "35830", 1234567.89 -> "1234567,89", -2500 -> "-2500" (text without spaces/dots)."""
    text = f"{abs(Decimal(str(value))):f}".rstrip("0").rstrip(".").replace(".", ",")
    return ("-" if value < 0 else "") + text


def _scaled_digits(value: int | float) -> str:
    """1500000 -> "1,5M€" (text without spaces), as "1,5 M€" is printed."""
    millions = Decimal(str(value)) / 1_000_000
    return f"{millions:f}".rstrip("0").rstrip(".").replace(".", ",") + "M€"


def check_pdf(path: Path, expected: dict) -> list[str]:
    """Re-read the PDF with pypdfium2 and look, on each act's pages, for its number, title,
    article openings, attendees' surnames and amounts; U+00A0 must survive in the text layer."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        raw = [page.get_textpage().get_text_range() for page in pdf]
    finally:
        pdf.close()
    pages = [_squash(text) for text in raw]
    problems = []
    if len(pages) != expected["document"]["pages"]:
        problems.append(f"{path.name}: {len(pages)} pages")
    for i, act in enumerate(expected["acts"]):
        first, last = act["pages"]
        text = " ".join(pages[first - 1:last])
        digits = re.sub(r"[\s.]", "", text)
        wanted = [act.get("number"), act.get("title")]
        wanted += [a["starts_with"] for a in act.get("articles", [])]
        for piece in filter(None, wanted):
            # A title composed from a heading and an entry ("Vote des subventions – Jumelage")
            # is printed in its parts, the heading possibly on an earlier page.
            if _squash(piece) not in text and " – " in piece:
                heading, entry = piece.rsplit(" – ", 1)
                if _squash(entry) in text and _squash(heading) in " ".join(pages[:last]):
                    continue
            if _squash(piece) not in text:
                problems.append(f"{path.name} acts[{i}]: {piece!r} not found on pages "
                                f"{first}-{last}")
        session_text = " ".join(pages[:last])  # a PV prints the attendance once, at the top
        problems += [f"{path.name} acts[{i}]: attendee {a['name']!r} not found"
                     for a in act.get("attendance", [])
                     if a["name"].split(" ", 1)[1] not in session_text]
        problems += [f"{path.name} acts[{i}]: amount {v} not found on pages {first}-{last}"
                     for v in act.get("amounts", [])
                     if _amount_digits(v) not in digits and _scaled_digits(v) not in digits]
    has_big_amount = any(abs(v) >= 1000 for a in expected["acts"] for v in a.get("amounts", []))
    if has_big_amount and NBSP not in "".join(raw):
        problems.append(f"{path.name}: no U+00A0 in the text layer (NbspTTFont not effective)")
    return problems


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------


def write_sample(sample: Sample, out_dir: Path) -> tuple[Path, dict]:
    lint_sample(sample)
    built = build_pdf(sample)
    expected = sample_json(sample, built.pages, built.marks)
    pdf_path = out_dir / f"{sample.name}.pdf"
    pdf_path.write_bytes(built.pdf)
    for key, page in sample.expect_marks.items():  # checked after writing, to ease tuning
        got = built.marks.get(key)
        assert got == page, f"{sample.name}: {key} on page {got}, want {page}"
    (out_dir / f"{sample.name}.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return pdf_path, expected


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=SAMPLES_DIR, help="output directory")
    parser.add_argument("--no-check", action="store_true", help="skip the pypdfium2 text check")
    args = parser.parse_args(argv)
    register_fonts()
    args.out.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    for make in SAMPLES:
        sample = make()
        pdf_path, expected = write_sample(sample, args.out)
        print(f"{pdf_path.name:48} {expected['document']['pages']} p. "
              f"{len(expected['acts'])} act(s)  {sample.genre}")
        if not args.no_check:
            problems += check_pdf(pdf_path, expected)
    for problem in problems:
        print("CHECK:", problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

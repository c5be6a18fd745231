"""Read a sample spec (``samples/specs/NAME.toml``) into a ``model.Sample``.

The tables of a spec, in the order they usually appear (docs/contributing.md describes them
for newcomers; every key is optional unless said):

- top level: ``genre`` (required: the PDF title and the generator's listing);
- ``[layout]``: page geometry (``font_size``, ``leading``, ``justify``, ``margins`` in mm
  [left, right, top, bottom], ``columns``, ``first_page_band``, ``side_width``, ``gutter``),
  running texts (``header``, ``footer``, ``footer_left``, ``footer_act``, ``page_box``,
  ``page_box_width``, ``page_box_font``), ``fake_bold`` (bold glyphs drawn twice, this fraction
  of an em apart) and print conventions (``names``, ``vote_names``,
  ``name_exceptions``, ``articles``, ``vote_styles``);
- ``[people]``: key = "M. Jean DUPONT" (surname in capitals), a table {civility, first, last}
  for surnames with lower-case particles, or a list of people refs (a group);
- ``[draws]``: key = {count, offset}: fictional members drawn from the name pool, never
  sharing a surname with ``[people]``;
- ``[session]`` or ``[sessions.NAME]``: the meeting and its ``members``;
- ``[groups]``: short keys for political group names used in votes;
- ``[tables.NAME]``: ruled tables (``header``, ``widths``, ``rows``; numbers are amounts);
- ``[act_defaults]`` and ``[[acts]]``: the acts, in document order;
- ``[attendance]``: wording of the attendance block (see ``model.AttendanceWording``);
- ``[styles.NAME]``: paragraph styles derived from a ``parent`` style;
- ``[expect]``: ``marks`` (page of named marks), ``votes_cast`` and ``signature_dates``;
- ``[story]``: ``blocks``, the print order (see ``pieces``).

A people ref is a ``[people]`` key, an inline "Mme Anne MARTIN", or ``KEY[i]`` / ``KEY[i:j]``
(0-based, end excluded) into a draw or a group.
"""

from __future__ import annotations

import copy
import tomllib
from datetime import time
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm

from .model import (
    NAME_FORMATS,
    ActSpec,
    ArticleSpec,
    AttendanceWording,
    Election,
    GroupVote,
    Layout,
    Member,
    Money,
    NameFormat,
    People,
    Person,
    Sample,
    Session,
    Styled,
    TableSpec,
    Visa,
    VoteSpec,
)
from .template import fill, session_fields

STATUSES = ("present", "excused", "absent")
TABLES = set(
    "genre layout people draws session sessions groups tables act_defaults acts attendance styles expect story".split()
)
LAYOUT_KEYS = set(
    "font_size leading justify columns header footer footer_act footer_left page_box page_box_font fake_bold".split()
)
LAYOUT_MM = {"first_page_band", "gutter", "side_width", "page_box_width"}  # in mm
CONVENTIONS = {"names", "vote_names", "name_exceptions", "articles", "vote_styles"}
VOTE_KEYS = set(
    "wording for against abstention not_voting absent unanimous result named groups election text bold style".split()
)
SESSION_KEYS = set(
    "like date time members status collectivity body convocation in_office present_count voters "
    "represented president secretary".split()
)


def members(spec: list[dict], people: People) -> list[Member]:
    """`{ present = [...] }`, `{ excused = "X", proxy_to = "Y" }`, `{ absent = "Z", note = … }`,
    `{ excused = "X", substitute = "S" }` (S, no titular, sits and votes in X's place, printed
    in X's entry with `substitute_wording = "{who} remplacé par {substitute}"` or in S's entry
    among the présents with `present_wording = "{substitute} (suppléant de {who})"`); a list of
    givers with a list of holders (or of titulars with their substitutes) pairs them in order."""
    out: list[Member] = []
    for entry in spec:
        (status,) = [s for s in STATUSES if s in entry]
        who = people.many(entry[status])
        holders: list[Person | None] = [None] * len(who)
        if "proxy_to" in entry:
            holders = list(people.many(entry["proxy_to"]))
            assert len(holders) == len(who), f"proxies of {entry[status]!r}"
        extra = {k: entry[k] for k in ("note", "proxy_wording", "voice", "substitute_wording") if k in entry}
        out += [Member(p, status, proxy_to=h, **extra) for p, h in zip(who, holders)]
        if "substitute" in entry:
            substitutes = people.many(entry["substitute"])
            assert len(substitutes) == len(who), f"substitutes of {entry[status]!r}"
            assert not {"substitute_wording", "present_wording"} <= set(entry), "one entry names the pair"
            wording = entry.get("present_wording")
            out += [
                Member(s, "present", substitute_for=p, substitute_wording=wording) for p, s in zip(who, substitutes)
            ]
        else:
            assert not {"substitute_wording", "present_wording"} & set(entry), f"no substitute for {entry[status]!r}"
    return out


def session(spec: dict, people: People, sessions: dict[str, Session]) -> Session:
    """A session; `like = "other"` starts from another session (not its printed present and
    voter counts), `status = { key = "present" }` changes members' status (and ends the proxy
    of a giver now present)."""
    base: dict[str, Any] = {}
    if "like" in spec:
        other = sessions[spec["like"]]
        base = dict(
            collectivity=other.collectivity,
            body=other.body,
            day=other.day,
            hour=other.hour,
            minute=other.minute,
            president=other.president,
            secretary=other.secretary,
            convocation=other.convocation,
            in_office=other.in_office,
            represented=other.represented,
            members=[copy.copy(m) for m in other.members],
        )
    for key in ("collectivity", "body", "convocation", "in_office", "present_count", "voters", "represented"):
        if key in spec:
            base[key] = spec[key]
    if "date" in spec:
        base["day"] = spec["date"]
    if "time" in spec:
        at: time = spec["time"]
        base["hour"], base["minute"] = at.hour, at.minute
    for key in ("president", "secretary"):
        if key in spec:
            base[key] = people.one(spec[key])
    if "members" in spec:
        base["members"] = members(spec["members"], people)
    for ref, status in spec.get("status", {}).items():
        who = people.one(ref)
        for m in base["members"]:
            if m.person == who:
                m.status = status
                m.proxy_to = None if status == "present" else m.proxy_to
    unknown = set(spec) - SESSION_KEYS
    assert not unknown, f"session: unknown keys {unknown}"
    return Session(**base)


def table(spec: dict) -> TableSpec:
    """Rows of text cells; numbers are amounts (in `unit`, "" when the header has the €)."""
    unit = spec.get("unit", "")
    rows = [[Money(Decimal(str(c)), unit) if isinstance(c, (int, float)) else c for c in row] for row in spec["rows"]]
    return TableSpec(spec["header"], rows, spec["widths"], spec.get("bold_last_row", False), spec.get("minus", "- "))


def vote(spec: dict, people: People, groups: dict[str, str]) -> VoteSpec:
    """`wording` and the printed figures `for`, `against`, `abstention`, `not_voting`,
    `absent`; `named = { against = [...] }`; `groups = [{ group, position, count }]`;
    `election = { voters, blank, null, candidates = [[ref, votes], ...], office }`."""
    unknown = set(spec) - VOTE_KEYS
    assert not unknown, f"vote: unknown keys {unknown}"
    election = None
    figures = {k: spec.get(k) for k in ("for", "against", "abstention", "not_voting", "absent")}
    if "election" in spec:
        e = spec["election"]
        election = Election(
            e["voters"], e["blank"], e["null"], [(people.one(ref), n) for ref, n in e["candidates"]], e["office"]
        )
        figures["for"] = figures["for"] or election.candidates[0][1]
        figures["against"] = figures["against"] or sum(n for _, n in election.candidates[1:])
        figures["abstention"] = figures["abstention"] or election.blank + election.null
    result = spec.get("result", "adopted")
    # "unstated": a bare outcome ("Le Conseil adopte.") says nothing of unanimity either way.
    unanimous = spec.get("unanimous", None if result == "withdrawn" else False)
    named = [(p, position) for position, refs in spec.get("named", {}).items() for p in people.many(refs)]
    return VoteSpec(
        spec["wording"],
        figures["for"],
        figures["against"],
        figures["abstention"],
        figures["not_voting"],
        figures["absent"],
        unanimous=None if unanimous == "unstated" else unanimous,
        result=result,
        members=named,
        groups=[
            GroupVote(groups.get(g["group"], g["group"]), g["position"], g.get("count")) for g in spec.get("groups", [])
        ],
        election=election,
        text=spec.get("text"),
        bold=spec.get("bold", False),
        style=spec.get("style", "body"),
    )


def layout(spec: dict) -> Layout:
    out = Layout()
    unknown = set(spec) - LAYOUT_KEYS - LAYOUT_MM - {"margins", *CONVENTIONS}
    assert not unknown, f"layout: unknown keys {unknown}"
    for key in LAYOUT_KEYS & set(spec):
        setattr(out, key, spec[key])
    for key in LAYOUT_MM & set(spec):
        setattr(out, key, spec[key] * mm)
    if "margins" in spec:
        left, right, top, bottom = spec["margins"]
        # "below_box": the page box's top (10 mm), its height and 8 mm
        top_margin = 10 * mm + out.page_box_height() + 8 * mm if top == "below_box" else top * mm
        out.margins = (left * mm, right * mm, top_margin, bottom * mm)
    return out


def name_format(spec: dict, key: str, people: People) -> NameFormat | None:
    """The sample's name format, with `name_exceptions = { key = "format" }` for people whose
    name is printed another way."""
    if key not in spec:
        return None
    usual = NAME_FORMATS[spec[key]]
    exceptions = {people.one(ref): NAME_FORMATS[f] for ref, f in spec.get("name_exceptions", {}).items()}
    if not exceptions:
        return usual
    return lambda p: exceptions.get(p, usual)(p)


class Acts:
    """The `[[acts]]` of a spec, their texts filled with the people and amounts."""

    KEYS = set(
        "kind number item title session collectivity body prefecture_id transmitted signed part_of intro visas "
        "considerants decision_intro articles outro votes amounts null_keys before after like".split()
    )

    def __init__(
        self, data: dict, people: People, sessions: dict[str, Session], tables: dict[str, TableSpec], namer: NameFormat
    ) -> None:
        self.people, self.sessions, self.tables, self.namer = people, sessions, tables, namer
        self.groups = data.get("groups", {})
        self.env = dict(people.named)
        raws: list[dict] = []
        for raw in data.get("acts", []):
            merged = copy.deepcopy(data.get("act_defaults", {}))
            if "like" in raw:  # same texts, amounts and votes as an earlier act
                merged.update(copy.deepcopy(raws[raw["like"]]))
            merged.update(raw)
            unknown = set(merged) - self.KEYS
            assert not unknown, f"act {len(raws)}: unknown keys {unknown}"
            raws.append(merged)
        self.acts = [self.act(raw) for raw in raws]

    def text(self, template: str) -> str:
        return fill(template, self.env, self.namer)

    def block(self, item: str | dict) -> str | TableSpec | Styled:
        """ "text", { table = "name" }, { italic = "text" } or { text = "…", style = "name" }."""
        if isinstance(item, str):
            return self.text(item)
        if "table" in item:
            return self.tables[item["table"]]
        if "italic" in item:
            return Styled(self.text(item["italic"]), italic=True)
        return Styled(self.text(item["text"]), item["style"])

    def act(self, raw: dict) -> ActSpec:
        kind = raw["kind"]
        title = raw.get("title")
        title_lines = title if isinstance(title, list) else []
        session_name = raw.get("session")
        if session_name is None and kind in ("deliberation", "pv_item") and "collectivity" not in raw:
            assert len(self.sessions) == 1, "several sessions: say which with `session`"
            session_name = next(iter(self.sessions))
        articles = []
        for n, item in enumerate(raw.get("articles", []), start=1):
            item = {"text": item} if isinstance(item, str) else item
            articles.append(
                ArticleSpec(n, self.text(item["text"]), self.tables[item["table"]] if "table" in item else None)
            )
        visas = [Visa.marked(self.text(v)) for v in raw.get("visas", [])]
        return ActSpec(
            kind=kind,
            number=raw.get("number"),
            item=raw.get("item"),
            title=" ".join(title_lines) if title_lines else title,
            title_lines=title_lines,
            session=self.sessions[session_name] if session_name else None,
            collectivity=raw.get("collectivity"),
            body=raw.get("body"),
            prefecture_id=raw.get("prefecture_id"),
            transmitted=raw.get("transmitted"),
            signed=raw.get("signed"),
            part_of=raw.get("part_of"),
            intro=[self.block(b) for b in raw.get("intro", [])],
            visas=visas,
            considerants=[self.text(t) for t in raw.get("considerants", [])],
            decision_intro=[self.text(t) for t in raw.get("decision_intro", [])],
            articles=articles,
            outro=[self.block(b) for b in raw.get("outro", [])],
            votes=[vote(v, self.people, self.groups) for v in raw.get("votes", [])],
            amounts=[Decimal(str(a)) for a in raw.get("amounts", [])],
            null_keys=tuple(raw.get("null_keys", ())),
            before=raw.get("before", []),
            after=raw.get("after", []),
        )


def load(path: Path) -> Sample:
    """The sample of one spec file; its name is the file's stem."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    unknown = set(data) - TABLES
    assert not unknown, f"{path.name}: unknown tables {unknown}"
    lay_spec = data.get("layout", {})
    people = People(data.get("people", {}), data.get("draws", {}))
    sessions: dict[str, Session] = {}
    if "session" in data:
        sessions["main"] = session(data["session"], people, sessions)
    for key, spec in data.get("sessions", {}).items():
        sessions[key] = session(spec, people, sessions)
    namer = name_format(lay_spec, "names", people) or NAME_FORMATS["civ_first_last"]
    tables = {key: table(spec) for key, spec in data.get("tables", {}).items()}
    acts = Acts(data, people, sessions, tables, namer).acts
    out = layout(lay_spec)
    if out.page_box and sessions:  # the page box prints the first session's facts
        env = {**session_fields(next(iter(sessions.values()))), **people.named}
        out.page_box = [fill(t, env, namer) for t in out.page_box]
    expect = data.get("expect", {})
    assert set(expect) <= {"marks", "votes_cast", "signature_dates"}, f"expect: unknown keys {set(expect)}"
    return Sample(
        name=path.stem,
        genre=data["genre"],
        layout=out,
        acts=acts,
        story=data["story"]["blocks"],
        people=people,
        sessions=sessions,
        tables=tables,
        styles=data.get("styles", {}),
        attendance=AttendanceWording(**data.get("attendance", {})),
        vote_styles=lay_spec.get("vote_styles", {}),
        article_style=lay_spec.get("articles", "1er"),
        name_format=namer,
        vote_name_format=name_format(lay_spec, "vote_names", people),
        expect_marks=expect.get("marks", {}),
        check_votes_cast=expect.get("votes_cast", False),
        signature_dates=expect.get("signature_dates", False),
    )

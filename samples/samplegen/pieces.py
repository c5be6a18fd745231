"""The story pieces a spec lists in `[story] blocks`, and the act layouts they share.

Each entry of `blocks` is a piece name ("decision", "act_end") or a table whose one piece key
holds the main argument, the other keys being options:

    { para = "Séance du {day:long}", style = "center" }
    { labelled = "Objet :", text = "{title}" }
    { each_act = ["act_start", { para = "{n}. {title}", style = "heading" }, "decision", "act_end"] }

Texts are templates (see ``template``); their fields come from the sample's people, the
session of the current act (``day``, ``convocation``, ``opening``, ``in_office``,
``present_count``, ``voters``, ``represented``, ``away``, ``president``, ``secretary``) and the
act (``number``, ``title``, ``n`` its position from 1, ``roman``, ``prefecture_id``, ``signed``,
``transmitted``).  Options any piece takes: ``act`` (the act it refers to, by index),
``session`` (the session it prints, by name), ``if`` (an act field that must be set).  The
current act is the one the last ``act_start`` began (the first act before any).  The pieces
are the ``p_*`` functions below, registered in ``PIECES`` under their name without "p_";
each one's docstring says what it prints and its options.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer
from reportlab.platypus.doctemplate import FrameBreak

from . import flow, picture
from .flow import Ctx, Mark, Stamp, StampBeside, bold_line, labelled, lines, para, rich
from .french import date_num
from .model import NAME_FORMATS, ActSpec, ArticleSpec, AttendanceWording, Member, Person, Sample, Session, TableSpec
from .template import fill, session_fields
from .votes import render_vote

# ---- act layouts --------------------------------------------------------------------------

ARTICLE_LABELS: dict[str, tuple[Callable[[int], str], bool, bool]] = {
    # name: (label of article n, body on the label's line, label underlined)
    "1er": (lambda n: "Article 1er :" if n == 1 else f"Article {n} :", True, False),
    "premier": (lambda n: "Article premier :" if n == 1 else f"Article {n} :", True, False),
    "colon": (lambda n: f"Article {n} :", True, False),
    "dash": (lambda n: f"Article {n} –", True, False),
    "caps_dash": (lambda n: f"ARTICLE {n} –", True, False),
    "art_dash": (lambda n: "Art. 1er –" if n == 1 else f"Art. {n} –", True, False),
    "own_line": (lambda n: f"Article {n} :", False, True),  # Département style
}


def articles_block(
    ctx: Ctx, articles: Sequence[ArticleSpec], style: str = "1er", marks_prefix: str | None = None
) -> list[Flowable]:
    label_of, inline, underline = ARTICLE_LABELS[style]
    out: list[Flowable] = []
    for article in articles:
        label = escape(label_of(article.number))
        label = f"<u>{label}</u>" if underline else label
        paragraphs = [escape(p) for p in article.body.split("\n")]
        if marks_prefix:
            out.append(Mark(ctx.marks, f"{marks_prefix}{article.number}", keep_with_next=not inline))
        if inline:
            out.append(rich(f"<b>{label}</b> {paragraphs[0]}", ctx.st.body))
        else:
            out.append(
                rich(f"<b>{label}</b>", ParagraphStyle("arthead", parent=ctx.st.left, keepWithNext=1, spaceBefore=4))
            )
            out.append(rich(paragraphs[0], ctx.st.body))
        out += [rich(p, ctx.st.body) for p in paragraphs[1:]]
        if article.table:
            out += [flow.ruled_table(ctx, article.table), Spacer(1, 8)]
    return out


def visas_block(ctx: Ctx, act: ActSpec) -> list[Flowable]:
    # A "\n" in a visa is a forced line break, as typed in the word processor: a line of the
    # visas may then open with a word ("fixant …") a reader could take for the act's title.
    visas = [lines(v.text.split("\n"), ctx.st.body) for v in act.visas]
    return visas + [para(c, ctx.st.body) for c in act.considerants]


def votes_block(ctx: Ctx, act: ActSpec, people: dict[str, Person]) -> list[Flowable]:
    return [f for v in act.votes for f in render_vote(ctx, v, people)]


def decision_block(
    ctx: Ctx,
    act: ActSpec,
    people: dict[str, Person],
    article_style: str = "1er",
    vote_first: bool = False,
    marks_prefix: str | None = None,
    with_votes: bool = True,
    vote_ctx: Ctx | None = None,
    stamp_beside: tuple[list[str], int] | None = None,
) -> list[Flowable]:
    """Intro, visas, "DÉCIDE :", articles, outro and votes, in the usual order; `stamp_beside`:
    a stamp's lines drawn beside the last line of the decision's opening, that line of the
    stamp (from 1) on it."""
    out = flow.blocks(ctx, act.intro) + visas_block(ctx, act)
    opening = [
        rich(
            f"<b>{escape(t)}</b>" if t.isupper() or t.endswith(":") else escape(t),
            ctx.st.left if t.endswith(":") else ctx.st.body,
        )
        for t in act.decision_intro
    ]
    decide: list[Flowable] = list(opening)
    if stamp_beside:
        decide[-1] = StampBeside(opening[-1], *stamp_beside)
    votes = votes_block(vote_ctx or ctx, act, people) if with_votes else []
    if vote_first:
        out += votes + decide
    else:
        out += decide
    out += articles_block(ctx, act.articles, article_style, marks_prefix) + flow.blocks(ctx, act.outro)
    if not vote_first:
        out += votes
    return out


# ---- attendance ---------------------------------------------------------------------------

MEMBER_GROUPS: dict[str, Callable[[Member], bool]] = {
    "present": lambda m: m.status == "present",  # substitutes included
    "present_titulars": lambda m: m.status == "present" and m.substitute_for is None,
    "proxies": lambda m: m.proxy_to is not None,
    "excused": lambda m: m.status == "excused" and not m.proxy_to and m.voice,
    "absent": lambda m: m.status == "absent" and not m.proxy_to,
    "no_voice": lambda m: not m.voice,
    "excused_all": lambda m: m.status == "excused",  # proxy givers included
    "absent_all": lambda m: m.status == "absent",
}


def proxy_entry(name: Callable[[Person], str], m: Member, pattern: str) -> str:
    """ "Mme Anne MARTIN (pouvoir à M. Paul DURAND)"; {e} in a wording agrees with the giver."""
    assert m.proxy_to is not None
    return fill(pattern, {"who": name(m.person), "holder": name(m.proxy_to), "e": m.person.feminine}, name)


def member_entry(name: Callable[[Person], str], session: Session, m: Member, proxy: str | None) -> str:
    """A member as listed: the pair of titular and substitute in the member's `substitute_wording`,
    a proxy giver in the `proxy` wording, or the name alone; then the member's note."""
    partner = session.partner(m)
    if m.substitute_wording and partner:
        titular, substitute = (partner, m) if m.substitute_for else (m, partner)
        fields = {"who": name(titular.person), "substitute": name(substitute.person), "e": titular.person.feminine}
        text = fill(m.substitute_wording, fields, name)
    elif proxy and m.proxy_to:
        text = proxy_entry(name, m, proxy)
    else:
        text = name(m.person)
    return text + (f" {m.note}" if m.note else "")


def listed(session: Session, group: str) -> list[Member]:
    """The members of `group` but those printed inside their partner's entry (a titular named
    in the entry of the substitute sitting in their place, or the other way round)."""

    def inside_partner(m: Member) -> bool:
        partner = session.partner(m)
        return bool(partner and partner.substitute_wording)

    return [m for m in session.members if MEMBER_GROUPS[group](m) and not inside_partner(m)]


def attendance_block(
    ctx: Ctx, session: Session, wording: AttendanceWording, style: ParagraphStyle | None = None
) -> list[Flowable]:
    """Attendance as running paragraphs: "Présents : A, B, C." one paragraph per category."""
    groups = [
        (wording.present, "present"),
        (wording.proxies, "proxies"),
        (wording.excused, "excused"),
        (wording.absent, "absent"),
        (wording.no_voice, "no_voice"),
    ]
    out: list[Flowable] = []
    for label, group in groups:
        members = listed(session, group)
        if label and members:
            entries = [member_entry(ctx.name, session, m, m.proxy_wording or wording.proxy) for m in members]
            out.append(labelled(label, ", ".join(entries) + ".", style or ctx.st.body))
    if wording.secretary and session.secretary:
        out.append(labelled(wording.secretary, ctx.name(session.secretary) + ".", style or ctx.st.body))
    return out


def by_civility(persons: Sequence[Person], name: Callable[[Person], str], order: str, sep: str) -> str:
    """ "Mmes Anne ROUX, Claire PETIT, MM. Jean DUPONT, Paul MARTIN": one civility, plural when
    it heads several names, for each sex in turn (`order` "women_first" or "men_first")."""
    civilities = [("Mme", "Mmes"), ("M.", "MM.")]
    parts = []
    for civility, plural in civilities if order == "women_first" else civilities[::-1]:
        names = [name(p) for p in persons if p.civility == civility]
        if names:
            parts.append(f"{plural if len(names) > 1 else civility} {', '.join(names)}")
    return sep.join(parts)


# ---- the story ----------------------------------------------------------------------------

Piece = Callable[["Story", Any, dict], list[Flowable]]
PIECES: dict[str, Piece] = {}
COMMON_OPTIONS = {"act", "session", "if"}


def piece(*options: str) -> Callable[[Piece], Piece]:
    """Register a story piece under its function's name (without the leading "p_")."""

    def register(fn: Piece) -> Piece:
        fn.options = set(options)  # type: ignore[attr-defined]
        PIECES[fn.__name__.removeprefix("p_")] = fn
        return fn

    return register


class Story:
    """Runs a sample's story pieces into flowables."""

    def __init__(self, sample: Sample, ctx: Ctx) -> None:
        self.sample = sample
        self.ctx = ctx
        self.current = 0  # the act pieces refer to
        self.next_start = 0  # the act a bare "act_start" begins
        self.opts: dict = {}

    # ---- helpers used by the pieces
    @property
    def act(self) -> ActSpec:
        return self.sample.acts[self.opts.get("act", self.current)]

    @property
    def act_index(self) -> int:
        return self.opts.get("act", self.current)

    def session(self) -> Session:
        if "session" in self.opts:
            return self.sample.sessions[self.opts["session"]]
        return self.act.session or next(iter(self.sample.sessions.values()))

    def env(self, **extra: Any) -> dict[str, Any]:
        env: dict[str, Any] = session_fields(self.session()) if self.sample.sessions else {}
        act, i = self.act, self.act_index
        env.update(
            number=act.number,
            title=act.title,
            n=i + 1,
            roman="I" * (i + 1),
            prefecture_id=act.prefecture_id,
            signed=act.signed,
            transmitted=act.transmitted,
        )
        env.update(self.sample.people.named)
        env.update(extra)
        return {k: v for k, v in env.items() if v is not None}

    def text(self, template: str, **extra: Any) -> str:
        return fill(template, self.env(**extra), self.ctx.name)

    def texts(self, templates: Sequence[str], **extra: Any) -> list[str]:
        return [self.text(t, **extra) for t in templates]

    def vote_ctx(self) -> Ctx:
        """The context votes print in: the layout's `vote_styles` replace body and left."""
        if not self.sample.vote_styles:
            return self.ctx
        st = dataclasses.replace(self.ctx.st, **{k: self.ctx.st.named(v) for k, v in self.sample.vote_styles.items()})
        return dataclasses.replace(self.ctx, st=st)

    def style(self, default: str) -> ParagraphStyle:
        return self.ctx.st.named(self.opts.get("style", default))

    def acts_range(self) -> range:
        last = len(self.sample.acts) - 1
        return range(self.opts.get("from", 0), self.opts.get("to", last) + 1)

    # ---- running
    def run(self, items: Sequence[Any]) -> list[Flowable]:
        out: list[Flowable] = []
        for item in items:
            out += self.piece(item)
        return out

    def piece(self, item: Any) -> list[Flowable]:
        if isinstance(item, str):
            name, main, opts = item, True, {}
        else:
            names = [k for k in item if k in PIECES]
            assert len(names) == 1, f"story entry {item!r}: one piece name expected"
            name = names[0]
            main, opts = item[name], {k: v for k, v in item.items() if k != name}
        fn = PIECES[name]
        unknown = set(opts) - COMMON_OPTIONS - fn.options  # type: ignore[attr-defined]
        assert not unknown, f"piece {name}: unknown options {unknown}"
        saved, self.opts = self.opts, opts
        try:
            if "if" in opts and not getattr(self.act, opts["if"]):
                return []
            return fn(self, main, opts)
        finally:
            self.opts = saved


# ---- pieces: structure --------------------------------------------------------------------


@piece()
def p_act_start(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """Where act `main` begins (bare: the next act); later pieces refer to it."""
    index = story.next_start if main is True else main
    story.current, story.next_start = index, index + 1
    return [Mark(story.ctx.marks, f"act{index}.start", keep_with_next=True)]


@piece()
def p_act_end(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """Where the current act (or act `main`, or each act of a list) ends."""
    indexes = [story.current] if main is True else main if isinstance(main, list) else [main]
    return [Mark(story.ctx.marks, f"act{i}.end") for i in indexes]


@piece("from", "to")
def p_each_act(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """The pieces of `main` once per act (acts `from` … `to`, all by default), each act's own
    `before` and `after` pieces around them."""
    out: list[Flowable] = []
    for i in story.acts_range():
        story.current = story.next_start = i
        act = story.sample.acts[i]
        out += story.run([*act.before, *main, *act.after])
    return out


@piece()
def p_mark(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """A named page mark, checked by `[expect] marks`."""
    return [Mark(story.ctx.marks, main)]


@piece()
def p_spacer(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """Vertical space of `main` points."""
    return [Spacer(1, main)]


@piece()
def p_page_break(story: Story, main: Any, opts: dict) -> list[Flowable]:
    return [PageBreak()]


@piece()
def p_frame_break(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """On to the next frame (band -> columns or side box -> body)."""
    return [FrameBreak()]


@piece()
def p_cond_page_break(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """A page break unless `main` mm are left on the page."""
    return [CondPageBreak(main * mm)]


def stamp_texts(act: ActSpec, wording: str) -> list[str]:
    """The lines of the act's préfecture stamp (its prefecture_id and transmitted date) in a
    platform's `wording`: "accuse" ("Accusé de réception en préfecture", the ID, the dates) or
    "envoye" ("Envoyé en préfecture le …", "Reçu en préfecture le …", "Publié le", "ID : …")."""
    assert act.transmitted is not None, "a stamp needs the act's transmitted date"
    sent = date_num(act.transmitted)
    wordings = {
        "accuse": [
            "Accusé de réception en préfecture",
            act.prefecture_id or "",
            f"Date de télétransmission : {sent}",
            f"Date de réception préfecture : {sent}",
        ],
        "envoye": [
            f"Envoyé en préfecture le {sent}",
            f"Reçu en préfecture le {sent}",
            "Publié le",
            f"ID : {act.prefecture_id or ''}",
        ],
    }
    return wordings[wording]


@piece("wording", "at")
def p_stamp(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """The act's préfecture stamp (see ``stamp_texts``; `wording` "accuse" by default), drawn at
    the top right of the page it falls on, last in the content stream, or first with
    `at = "page_top"` (a platform stamping every page)."""
    texts = stamp_texts(story.act, opts.get("wording", "accuse"))
    registry = {"page_end": story.ctx.stamps, "page_top": story.ctx.top_stamps}[opts.get("at", "page_end")]
    return [Stamp(registry, texts)]


# ---- pieces: text -------------------------------------------------------------------------


@piece("style")
def p_para(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """A paragraph (style "body" by default)."""
    return [para(story.text(main), story.style("body"))]


@piece("style")
def p_bold(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """A paragraph in bold (style "left" by default)."""
    return [bold_line(story.ctx, story.text(main), story.style("left"))]


@piece("style")
def p_italic(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """A paragraph in italics (style "body" by default)."""
    return [rich(f"<i>{escape(story.text(main))}</i>", story.style("body"))]


@piece("style")
def p_rich(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """A paragraph of reportlab markup (<b>, <i>, <br/>); field values are escaped."""
    return [rich(fill(main, story.env(), story.ctx.name, markup=True), story.style("body"))]


@piece("style")
def p_lines(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """Short lines in one paragraph (style "left" by default)."""
    return [lines(story.texts(main), story.style("left"))]


@piece("text", "style")
def p_labelled(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """ "<b>label</b> text" (style "body" by default)."""
    return [labelled(main, story.text(opts["text"]), story.style("body"))]


@piece()
def p_title_lines(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """The act's title as printed, line by line, in style `main`."""
    return [lines(story.act.title_lines, story.ctx.st.named(main))]


@piece("from", "to", "style")
def p_act_lines(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """One line per act (an ordre du jour), `main` filled for each act."""
    texts = []
    for i in story.acts_range():
        story.opts = {**opts, "act": i}
        texts.append(story.text(main))
    story.opts = opts
    return [lines(texts, story.style("left"))]


@piece()
def p_separator(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """A dotted line "…………" between the deliberation and its signatures."""
    return [flow.separator(story.ctx)]


# ---- pieces: boxes, headers, signatures ---------------------------------------------------


def _full(story: Story, opts: dict) -> Ctx:
    """The context of a piece spanning both columns of a two-column page (`full_width`)."""
    if not opts.get("full_width"):
        return story.ctx
    return dataclasses.replace(story.ctx, width=2 * story.ctx.width + 12 + story.sample.layout.gutter)


@piece("right", "left_bold", "full_width")
def p_letterhead(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """Two borderless cells: the lines of `main` on the left (bold unless `left_bold = false`),
    those of `right` right-aligned."""
    return [
        flow.letterhead(
            _full(story, opts), story.texts(main), story.texts(opts.get("right", [])), opts.get("left_bold", True)
        )
    ]


@piece("caption")
def p_logo(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """A drawn logo (the acronym `main` framed) beside the `caption` lines."""
    return [flow.logo_box(story.ctx, main, story.texts(opts["caption"]))]


@piece("above", "width", "height")
def p_picture_letterhead(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """The town's arms and name `main` drawn as a picture, in no text layer, `width` x `height`
    mm (80 x 20 by default), under the text lines `above` (an elision "Ville d’", or none)."""
    width, height = opts.get("width", 80) * mm, opts.get("height", 20) * mm
    return picture.picture_letterhead(story.ctx, story.text(main), story.texts(opts.get("above", [])), width, height)


@piece("style", "width", "full_width")
def p_boxed(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """Lines in a ruled box, `width` mm wide (the frame's width by default)."""
    width = opts["width"] * mm if "width" in opts else None
    return [flow.boxed(_full(story, opts), story.texts(main), story.style("left"), width)]


@piece("align")
def p_signature(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """Signature lines, in the right half of the frame (`align = "left"`: at the margin)."""
    return [flow.signature(story.ctx, story.texts(main), opts.get("align", "right"))]


@piece("right")
def p_signatures(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """Two signature blocks side by side: `main` on the left, `right` on the right."""
    return [flow.signatures_side_by_side(story.ctx, story.texts(main), story.texts(opts["right"]))]


# ---- pieces: tables -----------------------------------------------------------------------


@piece()
def p_table(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """The ruled table `[tables.main]`."""
    return [flow.ruled_table(story.ctx, story.sample.tables[main])]


@piece("header", "widths", "pages", "from", "to")
def p_contents(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """A ruled sommaire: one row per act, the cells of `main` filled for it ({page}: its entry
    in `pages`)."""
    rows: list[list[Any]] = []
    for i, page in zip(story.acts_range(), opts["pages"]):
        story.opts = {**opts, "act": i}
        rows.append(story.texts(main, page=page))
    story.opts = opts
    return [flow.ruled_table(story.ctx, TableSpec(opts["header"], rows, opts["widths"]))]


@piece("page", "pages", "style", "from", "to")
def p_dotted_contents(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """A sommaire without rules: `main` on the left, `page` on the right, one row per act."""
    entries = []
    for i, page in zip(story.acts_range(), opts["pages"]):
        story.opts = {**opts, "act": i}
        entries.append((story.text(main), story.text(opts["page"], page=page)))
    story.opts = opts
    return [flow.dotted_contents(story.ctx, entries, story.style("left"))]


# ---- pieces: attendance -------------------------------------------------------------------


@piece("style")
def p_attendance(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """The session's attendance in the sample's `[attendance]` wording, one paragraph per
    category (present, proxies, excused, absent, without voice), then the secretary."""
    style = story.ctx.st.named(opts["style"]) if "style" in opts else None
    return attendance_block(story.ctx, story.session(), story.sample.attendance, style)


@piece(
    "who", "format", "proxy", "sep", "glued_at", "prefix", "end", "by_civility", "group_sep", "communes", "as", "style"
)
def p_names(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """Names of members under the label `main`.

    `who`: "present" (substitutes included), "present_titulars", "proxies", "excused",
    "absent" (without proxy), "excused_all", "absent_all" (with the proxy givers), "no_voice",
    or a list of people refs.  Each name in `format` (the sample's by default); a proxy giver
    as `proxy` ("{who} à {holder}"; for "proxies" the member's or the `[attendance]` wording by
    default); a titular and their substitute once, in the `substitute_wording` of whichever of
    the two has one (see ``member_entry``).  Joined by `sep` (", "; `glued_at = 3`: no space after the separator before the
    fourth name, a typing slip), or grouped `by_civility` ("women_first", "men_first": "Mmes
    A, B, MM. C", groups joined by `group_sep`), after `prefix` and before `end` ("." by
    default).  `as`: "labelled" (one
    paragraph, the label in bold), "label_lines" (the label, then one name a line),
    "lines" (the label in bold, then a paragraph with one name a line, `sep` after each but
    the last), "two_columns" (the label in bold, then the names in two columns, `communes`
    cycled after the names) or "grid" (the label in bold, then a ruled two-column table).
    """
    ctx = story.ctx
    name = NAME_FORMATS[opts["format"]] if "format" in opts else ctx.name
    who = opts["who"]
    if isinstance(who, str) and who in MEMBER_GROUPS:
        session = story.session()
        members = listed(session, who)
        entries = []
        for m in members:
            pattern = opts.get("proxy")
            if who == "proxies":
                pattern = m.proxy_wording or pattern or story.sample.attendance.proxy
            entries.append(member_entry(name, session, m, pattern))
        persons = [m.person for m in members]
    else:
        persons = story.sample.people.many(who)
        entries = [name(p) for p in persons]
    if "communes" in opts:
        communes = opts["communes"]
        entries = [f"{e} ({communes[i % len(communes)]})" for i, e in enumerate(entries)]
    sep, end, mode = opts.get("sep", ", "), opts.get("end", "."), opts.get("as", "labelled")
    style = story.style("body" if mode == "labelled" else "left")
    heading = [bold_line(ctx, story.text(main))] if main else []
    if mode == "two_columns":
        return heading + [flow.two_column_list(ctx, entries, style)]
    if mode == "grid":
        return heading + [flow.names_grid(ctx, entries)]
    if mode == "lines":
        texts = [e + (sep if i < len(entries) - 1 else end) for i, e in enumerate(entries)]
        return heading + [lines(texts, style)]
    if mode == "label_lines":
        body = "<br/>".join(escape(e) for e in entries)
        return [rich(f"<b>{escape(main)}</b><br/>{body}", style)]
    assert mode == "labelled", mode
    if "by_civility" in opts:
        text = by_civility(persons, name, opts["by_civility"], opts.get("group_sep", ", "))
    else:
        glued = opts.get("glued_at")
        text = entries[0] if entries else ""
        for i, entry in enumerate(entries[1:], start=1):
            text += (sep.rstrip() if i == glued else sep) + entry
    return [labelled(main, opts.get("prefix", "") + text + end, style)]


def member_cell(session: Session, m: Member, cell: str, name: Callable[[Person], str]) -> str:
    """One cell of a member's row: "name", "proxy" (the holder) or "substitute" (the suppléant
    sitting in the member's place), empty when the member has none."""
    persons = {"name": m.person, "proxy": m.proxy_to, "substitute": session.substitute(m.person)}
    found = persons[cell]
    return name(found) if found else ""


@piece("who", "header", "cells", "widths", "rules", "align", "format", "style")
def p_member_table(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """The members of the group `who` (see `names`) as a table under the bold heading `main`
    (none when empty): a header row of the labels `header`, then one row per member, one
    column per entry of `cells` ("name", "proxy", "substitute"; see ``member_cell``), `widths`
    in mm.  `rules`: "grid" (by default) or "none" (see ``flow.TABLE_RULES``); `align`:
    the table's place in the frame, "left" (by default), "center" or "right"; names in `format`
    (the sample's by default); cells in the paragraph style `style` ("cell" by default)."""
    session = story.session()
    name = NAME_FORMATS[opts["format"]] if "format" in opts else story.ctx.name
    header, cells = opts["header"], opts["cells"]
    assert len(header) == len(cells) == len(opts["widths"]), "one label and one width per cell"
    members = [m for m in session.members if MEMBER_GROUPS[opts["who"]](m)]
    rows = [[member_cell(session, m, cell, name) for cell in cells] for m in members]
    table = flow.text_table(
        header,
        rows,
        [w * mm for w in opts["widths"]],
        story.style("cell"),
        opts.get("rules", "grid"),
        opts.get("align", "left").upper(),
    )
    heading = [bold_line(story.ctx, story.text(main))] if main else []
    return [*heading, table, Spacer(1, 6)]


# ---- pieces: the act's parts --------------------------------------------------------------


@piece("vote_first", "with_votes", "article_marks", "article_style", "stamp_beside")
def p_decision(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """The act's intro, visas and considérants, decision_intro ("DÉCIDE :"), articles (in the
    sample's article style), outro and votes; `vote_first`: the votes before "DÉCIDE :";
    `with_votes = false`: without the votes; `article_marks = "article"`: a page mark before each
    article ("article1", …); `stamp_beside = { wording = "envoye", line = 3 }`: the act's stamp
    (see ``stamp_texts``) at the right of the formula ("ARRÊTE"), its third line on the formula's."""
    beside = opts.get("stamp_beside")
    return decision_block(
        story.ctx,
        story.act,
        story.sample.people.named,
        opts.get("article_style", story.sample.article_style),
        opts.get("vote_first", False),
        opts.get("article_marks"),
        opts.get("with_votes", True),
        story.vote_ctx(),
        (stamp_texts(story.act, beside["wording"]), beside["line"]) if beside else None,
    )


@piece("style", "first_style")
def p_intro(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """The act's intro paragraphs (the first in `first_style` if given)."""
    items = story.act.intro
    if "first_style" in opts and items:
        first = para(items[0], story.ctx.st.named(opts["first_style"]))  # type: ignore[arg-type]
        return [first, *flow.blocks(story.ctx, items[1:], story.style("body"))]
    return flow.blocks(story.ctx, items, story.style("body"))


@piece()
def p_visas(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """The act's visas and considérants."""
    return visas_block(story.ctx, story.act)


@piece()
def p_outro(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """The act's outro paragraphs."""
    return flow.blocks(story.ctx, story.act.outro)


@piece()
def p_votes(story: Story, main: Any, opts: dict) -> list[Flowable]:
    """The act's votes, each in its wording."""
    return votes_block(story.vote_ctx(), story.act, story.sample.people.named)

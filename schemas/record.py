"""The delib record: the public contract of `delib parse` and the source of the SQLite rows.

Glossary of the French terms behind the English field names:

- délibération: a decision voted by a deliberating body (kind ``deliberation``).
- arrêté: a decision signed by the executive alone, without a vote (kind ``arrete``).
- procès-verbal (PV) / compte rendu: minutes of a whole meeting; each agenda item that is a
  decision becomes one act of kind ``pv_item``.
- séance / réunion: the meeting (``session_date``); convocation: the notice sent before it.
- conseil municipal / communautaire / départemental / régional, commission permanente, bureau:
  the deciding ``body``.
- membres en exercice: ``members_in_office``; présents: ``present_count``;
  votants (présents + pouvoirs): ``voters_count``.
- pouvoir / procuration / "représenté par": a proxy (``proxy_to`` names the holder).
- excusé: ``excused``; absent: ``absent``; "ne prend pas part au vote": ``not_voting``.
- suffrages exprimés: votes cast for or against (abstentions excluded).
- pour / contre / abstention: ``for`` / ``against`` / ``abstention``.
- adopté / rejeté / retiré de l'ordre du jour: ``adopted`` / ``rejected`` / ``withdrawn``.
- visas ("Vu le code…"): the texts cited before the decision (``references``).
- accusé de réception en préfecture / ID @ctes: ``prefecture_id``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_serializer, model_validator

ActKind = Literal["deliberation", "arrete", "pv_item", "report", "convention", "annex", "other"]
DECISION_KINDS: frozenset[str] = frozenset({"deliberation", "arrete", "pv_item"})
AttendanceStatus = Literal["present", "excused", "absent"]
VotePosition = Literal["for", "against", "abstention", "not_voting", "absent"]
VoteResult = Literal["adopted", "rejected", "withdrawn"]
DocumentStatus = Literal["parsed", "partial", "failed"]
Severity = Literal["info", "warning", "error"]
CountField = Literal["members_in_office", "present_count", "voters_count"]


class Model(BaseModel):
    """Base of every record model: unknown keys are refused, so the contract cannot drift."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Source(Model):
    """Where a fact is written: 1-based page and line, box in PDF points from the page's top-left, raw text."""

    page: int = Field(ge=1)
    line: int | None = Field(default=None, ge=1, description="1-based line of the page's text where the fact starts")
    bbox: tuple[float, float, float, float] | None = None
    text: str


class Attendee(Model):
    name: str = Field(description='"Prénom NOM", surname in capitals')
    civility: str | None = Field(default=None, description='"M." or "Mme" as printed, normalised')
    status: AttendanceStatus
    proxy_to: str | None = Field(default=None, description="holder of this member's proxy")
    note: str | None = Field(
        default=None, description="'sans voix délibérative', 'président de séance' or 'suppléant de <name>'"
    )
    source: Source | None = None


class VoteMember(Model):
    name: str
    position: VotePosition


class VoteGroup(Model):
    group: str
    position: VotePosition
    count: int | None = None


class Vote(Model):
    for_: int | None = Field(default=None, alias="for", ge=0)
    against: int | None = Field(default=None, ge=0)
    abstention: int | None = Field(default=None, ge=0)
    not_voting: int | None = Field(default=None, ge=0)
    absent: int | None = Field(default=None, ge=0)
    unanimous: bool | None = None
    result: VoteResult | None = None
    members: list[VoteMember] = Field(default_factory=list)
    groups: list[VoteGroup] = Field(default_factory=list)
    source: Source | None = None


class Article(Model):
    number: int = Field(ge=1)
    text: str
    source: Source | None = None


class Amount(Model):
    value: Decimal
    currency: Literal["EUR"] = "EUR"
    raw: str
    context: str
    source: Source | None = None

    @field_serializer("value")
    def _value_as_number(self, value: Decimal) -> float | int:
        """JSON has no decimal type: whole euros become integers, the rest floats (cents are exact)."""
        return int(value) if value == value.to_integral_value() else float(value)


class Reference(Model):
    kind: Literal["code_article", "loi", "ordonnance", "decret", "arrete", "deliberation", "other"]
    text: str
    date: str | None = Field(default=None, description="YYYY-MM-DD")
    source: Source | None = None


class Entity(Model):
    label: Literal["PER", "ORG", "LOC", "MISC"]
    text: str
    source: Source | None = None


class Check(Model):
    code: str
    severity: Severity
    message: str
    source: Source | None = Field(default=None, description="the evidence: the vote phrase, the table row compared")


class Act(Model):
    kind: ActKind
    number: str | None = None
    title: str | None = None
    collectivity: str | None = None
    body: str | None = None
    session_date: str | None = Field(default=None, description="YYYY-MM-DD")
    convocation_date: str | None = Field(default=None, description="YYYY-MM-DD")
    president: str | None = None
    secretary: str | None = None
    members_in_office: int | None = Field(default=None, ge=0)
    present_count: int | None = Field(default=None, ge=0)
    voters_count: int | None = Field(default=None, ge=0)
    count_sources: dict[CountField, Source] = Field(
        default_factory=dict,
        description="where each of the three counts is printed (label and figure); only counts that are set",
    )
    prefecture_id: str | None = None
    pages: tuple[int, int]
    part_of: int | None = Field(default=None, description="index of the act this part belongs to")
    attendance: list[Attendee] = Field(default_factory=list)
    votes: list[Vote] = Field(default_factory=list)
    articles: list[Article] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    checks: list[Check] = Field(default_factory=list)
    text: str = Field(default="", description="the act's text as extracted, for full-text search")

    @model_validator(mode="after")
    def _sources_of_set_counts(self) -> Act:
        """A source shows a printed figure: one beside a count that is null would point at nothing."""
        unset = sorted(name for name in self.count_sources if getattr(self, name) is None)
        if unset:
            raise ValueError(f"count_sources for counts that are null: {', '.join(unset)}")
        return self


class PageInfo(Model):
    number: int = Field(ge=1)
    chars: int = Field(ge=0, description="printable characters of the page's text, OCR'd text included")
    text_layer: bool = Field(description="the PDF page has a usable text layer (not missing, thin or garbage)")
    needs_ocr: bool = Field(description="the page was to be OCR'd and was not: its facts may be missing")
    ocr: bool = Field(default=False, description="the page's text comes from OCR")
    ocr_images: int = Field(
        default=0,
        ge=0,
        description="images of a page with its own text (a table pasted as a "
        "picture) whose text OCR added to the page's",
    )
    text: str = Field(
        default="",
        description="the page's text as read (text layer, or OCR); stored and indexed so that "
        "every page of every document, act or not, can be searched",
    )


class DocumentInfo(Model):
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    path: str
    pages: int = Field(ge=0)
    text_layer: bool
    status: DocumentStatus
    errors: list[str] = Field(default_factory=list)
    parser_version: str
    page_info: list[PageInfo] = Field(default_factory=list)
    ocr_pages: int = Field(default=0, ge=0, description="number of pages whose text comes from OCR")


class Record(Model):
    """Everything delib knows about one PDF."""

    document: DocumentInfo
    acts: list[Act] = Field(default_factory=list)

    def to_json_dict(self) -> dict:
        """The record as `delib parse` prints it: contract names ("for"), no Python types."""
        return self.model_dump(mode="json", by_alias=True)

"""The expected JSON of a sample: its spec's fields in the contract shape of schemas/record.py.

The only facts taken from the layout engine are page numbers, recorded by zero-size marks while
reportlab lays the pages out.
"""

from __future__ import annotations

from .french import json_number
from .model import ActSpec, Sample, Session, VoteSpec


def vote_json(vote: VoteSpec, session: Session | None) -> dict:
    """The vote as the record states it: the printed figures, completed by the conventions of
    docs/record.md ("Derived counts"): unanimity means no vote against, and no abstention or
    non-voter unless some are named or the unanimity is only "des suffrages exprimés"; then
    "for" is the printed number of votants; "absent" counts the members neither present nor
    represented when the attendance is listed."""
    values = {
        "for": vote.for_,
        "against": vote.against,
        "abstention": vote.abstention,
        "not_voting": vote.not_voting,
        "absent": vote.absent,
    }
    printed = [values[k] for k in ("for", "against", "abstention", "not_voting")]
    if vote.result != "withdrawn" and vote.election is None and any(v is not None for v in printed):
        # A printed tally states every position that received votes; the others received none.
        for key in ("against", "abstention", "not_voting"):
            values[key] = 0 if values[key] is None else values[key]
    everyone_for = bool(values["for"]) and not any(values[k] for k in ("against", "abstention", "not_voting"))
    # (None: a bare outcome, "Le Conseil adopte.", says nothing of unanimity)
    unanimous = True if vote.unanimous or everyone_for else vote.unanimous
    if unanimous:
        values["against"] = 0 if values["against"] is None else values["against"]
        if values["not_voting"] is None:
            values["not_voting"] = len(vote.named("not_voting"))
        if values["abstention"] is None and vote.wording != "unanimous_exprimes":
            values["abstention"] = len(vote.named("abstention"))
        if (
            values["for"] is None
            and session is not None
            and session.voters is not None
            and values["abstention"] == 0
            and values["not_voting"] == 0
        ):
            values["for"] = session.voters
    if values["absent"] is None and vote.result != "withdrawn" and session is not None and session.members:
        values["absent"] = session.away
    return {
        **values,
        "unanimous": unanimous if vote.result != "withdrawn" else vote.unanimous,
        "result": vote.result,
        "members": [{"name": p.name, "position": pos} for p, pos in vote.members],
        "groups": [{"group": g.group, "position": g.position, "count": g.count} for g in vote.groups],
    }


def session_json(session: Session) -> dict:
    out: dict = {"collectivity": session.collectivity, "body": session.body, "session_date": session.day.isoformat()}
    if session.convocation:
        out["convocation_date"] = session.convocation.isoformat()
    if session.president:
        out["president"] = session.president.name
    if session.secretary:
        out["secretary"] = session.secretary.name
    for key, value in (
        ("members_in_office", session.in_office),
        ("present_count", session.present_count),
        ("voters_count", session.voters),
    ):
        if value is not None:
            out[key] = value
    return out


def attendance_json(session: Session) -> list[dict]:
    return [
        {"name": m.person.name, "status": m.status, "proxy_to": m.proxy_to.name if m.proxy_to else None}
        for m in session.members
    ]


def act_json(act: ActSpec, pages: tuple[int, int], signature_date: bool = False) -> dict:
    """The expected act; `signature_date`: an act without a séance is dated by its `signed` date."""
    out: dict = {"kind": act.kind, "pages": list(pages)}
    if act.part_of is not None:
        out["part_of"] = act.part_of
        return out
    if act.number or act.item:
        out["number"] = act.number or act.item
    out.update({key: None for key in act.null_keys if key not in out})
    if act.title:
        out["title"] = act.title
    if not act.is_decision:
        return out
    if act.session:
        out.update(session_json(act.session))
    elif signature_date and act.signed:
        out["session_date"] = act.signed.isoformat()
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
    acts = [
        act_json(act, (marks[f"act{i}.start"], marks[f"act{i}.end"]), sample.signature_dates)
        for i, act in enumerate(sample.acts)
    ]
    return {"document": {"pages": pages, "text_layer": True, "status": "parsed"}, "acts": acts}

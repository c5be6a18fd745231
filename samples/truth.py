"""Write the samples' expected JSON in the truth format of ../shared/eval/score.py.

`make eval` scores delib on the real corpus and, with this, on the project's own samples, so both
figures come from the same scorer. Usage: python samples/truth.py OUT_DIR (writes OUT_DIR/NAME.json).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent
DECISIONS = {"deliberation", "arrete", "pv_item"}
POSITIONS = {"against": "against_names", "abstention": "abstention_names", "not_voting": "not_voting_names"}
SCALARS = (
    "number",
    "title",
    "collectivity",
    "body",
    "session_date",
    "president",
    "secretary",
    "members_in_office",
    "present_count",
    "voters_count",
    "prefecture_id",
)


def truth_act(act: dict) -> dict:
    """One decision act of a sample in the scorer's terms (attendance by status, vote names by position)."""
    out = {"kind": act["kind"], **{key: act[key] for key in SCALARS if key in act}}
    if "attendance" in act:
        attendance: dict[str, list] = {"present": [], "excused": [], "absent": [], "proxies": []}
        for person in act["attendance"]:
            if person["proxy_to"] and person["status"] != "present":
                attendance["proxies"].append({"from": person["name"], "to": person["proxy_to"]})
            else:
                attendance[person["status"]].append(person["name"])
        out["attendance"] = attendance
    votes = act.get("votes", [])
    if votes:
        vote = {k: v for k, v in votes[0].items() if k not in ("members", "groups")}
        for position, key in POSITIONS.items():
            vote[key] = [m["name"] for m in votes[0]["members"] if m["position"] == position]
        vote["groups"] = [{"group": g["group"], "position": g["position"]} for g in votes[0]["groups"]]
        out["vote"] = vote
    else:
        out["vote"] = None
    out["articles"] = act.get("articles", [])
    out["amounts"] = act.get("amounts", [])
    if act.get("references"):
        out["references"] = act["references"]
    return out


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for expected in sorted(SAMPLES.glob("*.json")):
        sample = json.loads(expected.read_text())
        acts = [truth_act(a) for a in sample["acts"] if a["kind"] in DECISIONS]
        truth = {
            "file": expected.with_suffix(".pdf").name,
            "text_layer": sample["document"]["text_layer"],
            "acts": acts,
        }
        (out_dir / expected.name).write_text(json.dumps(truth, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main(Path(sys.argv[1]))

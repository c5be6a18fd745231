"""CPU seconds per page by stage (text, segmentation, rules, NER, store), without touching the pipeline.

The documents are parsed and stored in one warm process (spaCy loaded first) twice: once timed
with `time.process_time` alone, for the CPU cost, and once under cProfile (its timer the process
CPU clock too), for the shares. Each profiled function's own time (cProfile's `tottime`) goes to
the stage of its module path (STAGES); the time of functions outside those paths (the standard
library, `re`, pydantic, C built-ins like SQLite's `execute`, the page model of
extractors/stages.py) goes to the stages of the functions that called them, in proportion to
the time each caller spent in them. cProfile's own overhead is charged to every call, so the
shares, not its seconds, are applied to the timed pass.
"""

from __future__ import annotations

import cProfile
import pstats
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.archive import ROOT
from extractors.entities import load_model
from pipeline.parse import parse_pdf
from pipeline.store import Store

# Stage -> the module paths whose functions' own time is that stage's; first match wins, so the
# NER call inside extractors/entities.py goes to spaCy (the call is to spaCy's code) and the
# civility rule and filters around it stay in rules.
STAGES = (
    ("text", ("/pipeline/text.py", "/pipeline/ocr.py", "/pipeline/files.py", "/pypdfium2/")),
    ("segmentation", ("/pipeline/segment/",)),
    ("NER", ("/spacy/", "/thinc/", "/srsly/", "/numpy/")),
    ("rules", ("/extractors/", "/pipeline/extract.py", "/pipeline/session.py")),
    ("store", ("/pipeline/store.py", "/sqlite_utils/", "/sqlite3/")),
    ("other", ("/pipeline/parse.py", "/bench/")),  # the stages' glue: PageInfo, DocumentInfo, Record
)
# The pages' shared model (Page, DocText): its time is the stage of whoever asks.
BY_CALLER = ("/extractors/stages.py",)
Func = tuple[str, int, str]


def stage_costs(files: list[Path]) -> dict:
    """CPU seconds per page of each stage, over these files parsed and stored in this process."""
    load_model()
    with tempfile.TemporaryDirectory() as tmp:
        start = time.process_time()
        pages = _parse_and_store(files, Path(tmp) / "timed.db")
        cpu = time.process_time() - start
        profiler = cProfile.Profile(time.process_time)
        profiler.runcall(_parse_and_store, files, Path(tmp) / "profiled.db")
    stats = pstats.Stats(profiler)
    shares = attribute(stats.stats)  # type: ignore[attr-defined]
    return {
        "documents": len(files),
        "pages": pages,
        "cpu_s": round(cpu, 2),
        "cpu_s_per_page": round(cpu / pages, 4),
        "cpu_s_per_page_by_stage": {stage: round(share * cpu / pages, 4) for stage, share in shares.items()},
        "share_by_stage": {stage: round(share, 3) for stage, share in shares.items()},
        "top_self_time": top_self_time(stats.stats, 12),  # type: ignore[attr-defined]
    }


def _parse_and_store(files: list[Path], db: Path) -> int:
    store = Store(db)
    run_id = store.start_run("bench", [])
    pages = 0
    for path in files:
        record = parse_pdf(path)
        store.save(record, run_id)
        pages += record.document.pages
    store.close()
    return pages


def stage_of(func: Func) -> str | None:
    """The stage of a function by its file's path; None for code outside the listed paths."""
    filename = "/" + func[0].replace("\\", "/")  # Cython modules have relative names: "thinc/…/x.pyx"
    if any(path in filename for path in BY_CALLER):
        return None
    for stage, paths in STAGES:
        if any(path in filename for path in paths):
            return stage
    return None


def attribute(raw: dict) -> dict[str, float]:
    """Each stage's share of the profiled time: own time by module path, the rest by caller."""
    memo: dict[Func, dict[str, float]] = {}

    def context(func: Func, visiting: frozenset[Func]) -> dict[str, float]:
        """How the calls of a function outside the stages split between stages: its callers'."""
        stage = stage_of(func)
        if stage is not None:
            return {stage: 1.0}
        if func in memo:
            return memo[func]
        callers = raw[func][4] if func in raw else {}
        # Weighted by the inclusive time each caller spent in this function.
        weights = {caller: edge[3] for caller, edge in callers.items() if caller not in visiting}
        total = sum(weights.values())
        if not total:
            return {"other": 1.0}
        split: dict[str, float] = {}
        for caller, weight in weights.items():
            for name, share in context(caller, visiting | {func}).items():
                split[name] = split.get(name, 0.0) + share * weight / total
        memo[func] = split
        return split

    seconds: dict[str, float] = {stage: 0.0 for stage, _ in STAGES}
    for func, (_, _, own, _, _) in raw.items():
        for stage, share in context(func, frozenset()).items():
            seconds[stage] += own * share
    total = sum(seconds.values()) or 1.0
    return {stage: value / total for stage, value in seconds.items()}


def top_self_time(raw: dict, count: int) -> list[dict]:
    """The functions with the most own time, with their stage: where a stage's time goes."""
    total = sum(entry[2] for entry in raw.values()) or 1.0
    rows = sorted(raw.items(), key=lambda item: item[1][2], reverse=True)[:count]
    return [
        {"share": round(entry[2] / total, 3), "stage": stage_of(func) or "(by caller)", "function": _name(func)}
        for func, entry in rows
    ]


def _name(func: Func) -> str:
    filename, line, name = func
    if filename == "~":
        return name
    path = Path(filename)
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else Path(*path.parts[-2:])
    return f"{shown}:{line} {name}"


def print_stages(costs: dict, show: Callable[[str], None] = print) -> None:
    show(
        f"stages ({costs['documents']} documents, {costs['pages']} pages in one warm process, "
        f"{costs['cpu_s_per_page']} CPU s per page):"
    )
    for stage, value in costs["cpu_s_per_page_by_stage"].items():
        show(f"  {stage:<13} {value * 1000:7.1f} ms per page  {costs['share_by_stage'][stage]:6.1%}")
    show("  own time (cProfile), top functions:")
    for row in costs["top_self_time"]:
        show(f"    {row['share']:6.1%}  {row['stage']:<12} {row['function']}")

"""`make bench-scale`: does `delib ingest` keep its pace over a large archive of short documents?

Generates 20,000 short PDFs (1 to 4 pages, bench/archive.py), imports them with `delib ingest
--workers 2`, and reads the pace of the run back from the database: documents are stored in the
order they end, each with its `imported_at` (to the second), so the run is cut into tenths of its
documents and each tenth's pages are divided by the seconds it took. The first tenth starts at
the first stored document, so the workers' start-up is left out. Then it reports the database's
size per page and times a second run over the same folder, which finds every file unchanged.
Not a test: nothing is asserted. Figures go to stdout and to out/bench/scale.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

from bench.archive import short_archive
from bench.run import OUT, ingest

# A tenth this much slower than the first is reported: the import would slow down as it grows.
SLOWER = 0.20
# imported_at is to the second: a tenth shorter than this is read within ±5 % or worse.
RESOLVED_SECONDS = 20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    folder, db = OUT / "scale", OUT / "scale.db"
    shutil.rmtree(folder, ignore_errors=True)
    for path in db.parent.glob(db.name + "*"):
        path.unlink()
    documents, pages = short_archive(folder, args.documents)
    first = ingest(folder, db, args.workers)
    again = ingest(folder, db, args.workers)
    results = {
        "documents": documents,
        "pages": pages,
        "workers": args.workers,
        "wall_s": round(first.wall, 1),
        "cpu_s": round(first.cpu, 1),
        "pages_per_s": round(pages / first.wall, 1),
        "peak_mb_per_worker": round(first.peak("worker"), 1),
        "peak_mb_main": round(first.peak("main"), 1),
        "tenths": tenths(db),
        "db_bytes": db_bytes(db),
        "db_bytes_per_page": round(db_bytes(db) / pages),
        "rerun_s": round(again.wall, 2),
        "rerun_unchanged": last_run_unchanged(db),
    }
    rates = [tenth["pages_per_s"] for tenth in results["tenths"]]
    results["slower_tenths"] = [i + 1 for i, rate in enumerate(rates) if rate < rates[0] * (1 - SLOWER)]
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "scale.json").write_text(json.dumps(results, indent=1))
    report(results)


def tenths(db: Path) -> list[dict]:
    """Pages per second of each tenth of the run's documents, in the order they were stored."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT imported_at, pages FROM documents ORDER BY rowid").fetchall()
    times = [dt.datetime.fromisoformat(stamp).timestamp() for stamp, _ in rows]
    out = []
    start = 0  # the first document's time starts the clock; its own pages are not counted
    for tenth in range(1, 11):
        end = max(start + 1, round(len(rows) * tenth / 10) - 1)
        if end >= len(rows):
            break
        seconds = max(times[end] - times[start], 1.0)  # imported_at is to the second
        pages = sum(count for _, count in rows[start + 1 : end + 1])
        out.append(
            {"documents": end - start, "pages": pages, "seconds": seconds, "pages_per_s": round(pages / seconds, 1)}
        )
        start = end
    return out


def db_bytes(db: Path) -> int:
    """The database with its write-ahead log, as it lies on disk after the run."""
    return sum(path.stat().st_size for path in db.parent.glob(db.name + "*"))


def last_run_unchanged(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT unchanged FROM runs ORDER BY id DESC LIMIT 1").fetchone()[0]


def _unresolved(results: dict) -> str:
    if min((t["seconds"] for t in results["tenths"]), default=0) >= RESOLVED_SECONDS:
        return ""
    return f" (tenths under {RESOLVED_SECONDS} s, timed to the second: too short to judge)"


def report(results: dict) -> None:
    print(f"""
delib bench-scale: {results["documents"]} documents, {results["pages"]} pages, --workers {results["workers"]}
  {results["wall_s"]} s ({results["cpu_s"]} CPU s), {results["pages_per_s"]} pages/s; \
peak {results["peak_mb_per_worker"]} MB per worker, main {results["peak_mb_main"]} MB
  pages/s by tenth of the documents: {", ".join(str(t["pages_per_s"]) for t in results["tenths"])}
  tenths over {SLOWER:.0%} slower than the first: {results["slower_tenths"] or "none"}{_unresolved(results)}
  database: {results["db_bytes"]:,} bytes, {results["db_bytes_per_page"]:,} bytes per page
  re-run over the same folder: {results["rerun_s"]} s, {results["rerun_unchanged"]} files unchanged
""")


if __name__ == "__main__":
    main()

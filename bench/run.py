"""`make bench`: throughput and memory of `delib ingest` on a generated archive (not a timed test).

Generates ≥ 300 text PDFs (≥ 3,000 pages) and a few scans (about ten pages, since OCR costs
seconds a page), imports each folder with the installed `delib ingest`, and reports text pages/s
per core end to end, seconds per OCR page, the peak memory of each process, and the ratio to raw
pypdfium2 text extraction of the same files in the same run. A short-document archive (about 450
PDFs of 1 to 4 pages) is imported with one worker, with all cores, and with `--executor dask` on a
LocalCluster of as many workers (when the dask extra is installed), and its CPU time per page is
split by stage (bench/stages.py). Then it profiles the parser on part of the long archive to
show where the time goes. Figures go to stdout and to out/bench/results.json; copy them into
docs/performance.md with the date and the machine.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import importlib.util
import json
import os
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium

from bench.archive import ROOT, page_count, scan_archive, short_archive, text_archive
from bench.stages import print_stages, stage_costs
from extractors.entities import load_model
from pipeline.ocr import recognise
from pipeline.parse import parse_pdf
from pipeline.text import read_pages

OUT = ROOT / "out" / "bench"
DELIB = Path(sys.executable).parent / "delib"
# Targets from issue 4: an 80,000-page archive in under 15 minutes on 2 cores.
TARGET_PAGES_PER_CORE = 50
TARGET_WORKER_MB = 500
# How often the process tree's peak memory (VmHWM, a high-water mark) is read: a poll costs about
# 1.5 ms of CPU, under 1 % of a core at this rate, and catches every process living longer (a
# Tesseract run lasts about 1.5 s).
POLL_SECONDS = 0.2


@dataclass
class Run:
    """One `delib ingest` subprocess: wall and CPU time, and each process's peak memory (MB)."""

    wall: float = 0.0
    cpu: float = 0.0
    peaks: dict[int, tuple[str, float]] = field(default_factory=dict)  # pid -> (role, MB)

    def peak(self, role: str) -> float:
        return max((mb for r, mb in self.peaks.values() if r == role), default=0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--pages", type=int, default=3000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument(
        "--profile-documents", type=int, default=40, help="documents timed and profiled in this process (0: none)"
    )
    parser.add_argument("--short-documents", type=int, default=450, help="short PDFs (1 to 4 pages) at least")
    parser.add_argument("--short-pages", type=int, default=1400, help="pages of the short PDFs at least")
    parser.add_argument(
        "--stage-documents", type=int, default=100, help="short PDFs whose CPU time is split by stage (0: none)"
    )
    args = parser.parse_args()

    shutil.rmtree(OUT, ignore_errors=True)
    text_dir, scan_dir, short_dir = OUT / "text", OUT / "scans", OUT / "short"
    documents, pages = text_archive(text_dir, args.documents, args.pages)
    scanned = scan_archive(scan_dir)
    short_documents, short_pages = short_archive(short_dir, args.short_documents, args.short_pages)
    workers = args.workers if supports_workers() else 1
    files = sorted(text_dir.glob("*.pdf"))[: args.profile_documents]
    results = {
        "command": f"{DELIB.name} ingest DIR --db FILE" + (f" --workers {workers}" if supports_workers() else ""),
        "cpu_count": os.cpu_count(),
        "workers": workers,
        "text": measure_text(text_dir, documents, pages, workers),
        "ocr": measure_ocr(scan_dir, scanned, workers),
        "short": measure_short(short_dir, short_documents, short_pages, workers),
    }
    if files:
        results["text"]["steady_state_pages_per_cpu_s"] = round(steady_state(files), 1)
    if args.stage_documents:
        results["short"]["stages"] = stage_costs(sorted(short_dir.glob("*.pdf"))[: args.stage_documents])
    (OUT / "results.json").write_text(json.dumps(results, indent=1))
    report(results)
    if args.stage_documents:
        print_stages(results["short"]["stages"])
    if files:
        profile(files)


def measure_text(folder: Path, documents: int, pages: int, workers: int) -> dict:
    """End-to-end import of the text PDFs, against pypdfium2's raw extraction of the same files.

    Rates per CPU second are given beside the wall-clock ones: on a shared machine other processes
    take cores from the run, which stretches wall time but not CPU time.
    """
    raw = raw_pages_per_cpu_second(sorted(folder.glob("*.pdf")))
    run = ingest(folder, OUT / "text.db", workers)
    return {
        "documents": documents,
        "pages": pages,
        "wall_s": round(run.wall, 1),
        "cpu_s": round(run.cpu, 1),
        "pages_per_s": round(pages / run.wall, 1),
        "pages_per_s_per_core": round(pages / run.wall / workers, 1),
        "pages_per_cpu_s": round(pages / run.cpu, 1),
        "raw_pypdfium2_pages_per_cpu_s": round(raw, 1),
        "end_to_end_over_raw": round(pages / run.cpu / raw, 3),
        "peak_mb_per_worker": round(run.peak("worker") or run.peak("main"), 1),
        "peak_mb_main": round(run.peak("main"), 1),
    }


def measure_ocr(folder: Path, scanned: int, workers: int) -> dict:
    """End-to-end import of the scans, and the time of OCR alone per page."""
    run = ingest(folder, OUT / "scans.db", workers)
    return {
        "scanned_pages": scanned,
        "wall_s": round(run.wall, 1),
        "cpu_s": round(run.cpu, 1),
        "wall_s_per_ocr_page": round(run.wall / scanned, 2),
        "cpu_s_per_ocr_page": round(run.cpu / scanned, 2),
        "ocr_only_s_per_page_median": round(ocr_seconds_per_page(sorted(folder.glob("*.pdf"))), 2),
        "peak_mb_per_worker": round(run.peak("worker") or run.peak("main"), 1),
        "peak_mb_tesseract": round(run.peak("tesseract"), 1),
    }


def measure_short(folder: Path, documents: int, pages: int, workers: int) -> dict:
    """End-to-end import of the short PDFs with one worker and with `workers`, spaCy load included,
    against pypdfium2's raw extraction of the same files: on short documents the fixed costs (a
    worker's start, the model's load, a transaction per document) weigh on few pages."""
    files = sorted(folder.glob("*.pdf"))
    lengths = [page_count(path) for path in files]
    raw = raw_pages_per_cpu_second(files)
    out = {
        "documents": documents,
        "pages": pages,
        "documents_by_pages": {n: lengths.count(n) for n in sorted(set(lengths))},
        "raw_pypdfium2_pages_per_cpu_s": round(raw, 1),
    }
    for count in sorted({1, workers}):
        out[f"workers_{count}"] = short_figures(ingest(folder, OUT / f"short-{count}.db", count), pages, raw)
    if supports_dask():
        run = ingest(folder, OUT / "short-dask.db", workers, ["--executor", "dask"])
        out["dask"] = short_figures(run, pages, raw)
        out["dask"]["over_local_pool"] = round(out["dask"]["pages_per_s"] / out[f"workers_{workers}"]["pages_per_s"], 3)
    return out


def short_figures(run: Run, pages: int, raw: float) -> dict:
    """One import of the short PDFs, per page and against raw pypdfium2 (per CPU second)."""
    return {
        "wall_s": round(run.wall, 1),
        "cpu_s": round(run.cpu, 1),
        "pages_per_s": round(pages / run.wall, 1),
        "pages_per_cpu_s": round(pages / run.cpu, 1),
        "end_to_end_over_raw": round(pages / run.cpu / raw, 4),
        "peak_mb_per_worker": round(run.peak("worker") or run.peak("main"), 1),
        "peak_mb_main": round(run.peak("main"), 1),
    }


def raw_pages_per_cpu_second(files: list[Path]) -> float:
    """pypdfium2 alone, in this process: open each file and take each page's text, nothing else."""
    pages = 0
    start = time.process_time()
    for path in files:
        pdf = pdfium.PdfDocument(str(path))
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
            pages += 1
        pdf.close()
    return pages / (time.process_time() - start)


@functools.cache
def supports_workers() -> bool:
    """True once `delib ingest` has `--workers` (issue 4); before, the import is sequential."""
    done = subprocess.run([str(DELIB), "ingest", "--help"], capture_output=True, text=True, check=True)
    return "--workers" in done.stdout


@functools.cache
def supports_dask() -> bool:
    """True once `delib ingest` has `--executor dask` and the dask extra is installed."""
    done = subprocess.run([str(DELIB), "ingest", "--help"], capture_output=True, text=True, check=True)
    return "--executor" in done.stdout and importlib.util.find_spec("distributed") is not None


def ingest(folder: Path, db: Path, workers: int, options: tuple[str, ...] | list[str] = ()) -> Run:
    """Time `delib ingest` on a folder and follow the peak memory of every process it starts."""
    command = [str(DELIB), "ingest", str(folder), "--db", str(db), *options]
    if supports_workers():
        command += ["--workers", str(workers)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    run = Run()
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    watcher = threading.Thread(target=_watch, args=(process, run), daemon=True)
    watcher.start()
    _, stderr = process.communicate()
    run.wall = time.perf_counter() - start
    watcher.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    run.cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if process.returncode != 0:
        sys.exit(f"bench: {' '.join(command)} exited with {process.returncode}:\n{stderr}")
    print(f"{folder.name}: {stderr.strip()}", file=sys.stderr)  # the importer's own summary
    return run


def _watch(process: subprocess.Popen, run: Run) -> None:
    while process.poll() is None:
        for pid in _tree(process.pid):
            status = _status(pid)
            if "VmHWM" in status:
                role = "main" if pid == process.pid else "tesseract" if status["Name"] == "tesseract" else "worker"
                mb = int(status["VmHWM"].split()[0]) / 1024
                run.peaks[pid] = (role, max(mb, run.peaks.get(pid, (role, 0.0))[1]))
        time.sleep(POLL_SECONDS)


def _tree(root: int) -> list[int]:
    """root and its descendants, from the parent ids in /proc/*/stat."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:  # the process ended meanwhile
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def _status(pid: int) -> dict[str, str]:
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return {}
    return {key: value.strip() for key, _, value in (line.partition(":") for line in lines)}


def ocr_seconds_per_page(files: list[Path]) -> float:
    """Median time of OCR alone (render + Tesseract + boxes) per scanned page, in this process."""
    times = []
    for path in files:
        pages = read_pages(path)
        start = time.perf_counter()
        done = recognise(path, pages).done
        if done:
            times.append((time.perf_counter() - start) / len(done))
    return statistics.median(times)


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSES THE TARGET"


def report(results: dict) -> None:
    text, ocr, short = results["text"], results["ocr"], results["short"]
    print(f"""
delib bench: {results["command"]} on {results["cpu_count"]} cores
text  {text["documents"]} documents, {text["pages"]} pages in {text["wall_s"]} s ({text["cpu_s"]} CPU s)
      {text["pages_per_s"]} pages/s, {text["pages_per_s_per_core"]} pages/s per core \
(target {TARGET_PAGES_PER_CORE}: {verdict(text["pages_per_s_per_core"] >= TARGET_PAGES_PER_CORE)}), \
{text["pages_per_cpu_s"]} pages per CPU second
      raw pypdfium2 text: {text["raw_pypdfium2_pages_per_cpu_s"]} pages per CPU second; \
end to end is {text["end_to_end_over_raw"]:.1%} of it
      one process after start-up: {text.get("steady_state_pages_per_cpu_s", "-")} pages per CPU second
      peak memory: {text["peak_mb_per_worker"]} MB per worker \
(target {TARGET_WORKER_MB}: {verdict(text["peak_mb_per_worker"] < TARGET_WORKER_MB)}), main {text["peak_mb_main"]} MB
ocr   {ocr["scanned_pages"]} scanned pages in {ocr["wall_s"]} s: {ocr["wall_s_per_ocr_page"]} s per page end to end, \
{ocr["cpu_s_per_ocr_page"]} CPU s per page, OCR alone {ocr["ocr_only_s_per_page_median"]} s per page (median)
      peak memory: {ocr["peak_mb_per_worker"]} MB per worker, Tesseract {ocr["peak_mb_tesseract"]} MB
short {short["documents"]} documents of 1 to 4 pages, {short["pages"]} pages; \
raw pypdfium2 text: {short["raw_pypdfium2_pages_per_cpu_s"]} pages per CPU second""")
    for key, run in short.items():
        if key.startswith("workers_"):
            print(
                f"      --workers {key.removeprefix('workers_')}: {run['wall_s']} s ({run['cpu_s']} CPU s), "
                f"{run['pages_per_s']} pages/s, {run['pages_per_cpu_s']} pages per CPU second, "
                f"{run['end_to_end_over_raw']:.1%} of raw pypdfium2; peak {run['peak_mb_per_worker']} MB per worker, "
                f"main {run['peak_mb_main']} MB"
            )
    if "dask" in short:
        run = short["dask"]
        print(
            f"      --executor dask (LocalCluster, {results['workers']} workers): {run['wall_s']} s "
            f"({run['cpu_s']} CPU s), {run['pages_per_s']} pages/s, {run['over_local_pool']:.2f}× the local pool's "
            f"pages/s with as many workers; {run['pages_per_cpu_s']} pages per CPU second"
        )
    print()


def steady_state(files: list[Path]) -> float:
    """Pages per CPU second of `parse_pdf` in this process once the model is loaded: the rate a
    long-lived worker reaches on a large archive, where start-up no longer counts."""
    load_model()
    start = time.process_time()
    pages = sum(parse_pdf(path).document.pages for path in files)
    return pages / (time.process_time() - start)


def profile(files: list[Path]) -> None:
    """Where the parser spends its time on these files, by project function (cProfile).

    cProfile charges a cost to every call it sees, so functions that make many small calls
    (`fold` calls unicodedata once per character) look heavier than they are; a sampling
    profiler (py-spy) gives truer shares.
    """
    profiler = cProfile.Profile()
    profiler.enable()
    for path in files:
        parse_pdf(path)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt  # type: ignore[attr-defined]
    rows = [
        (cum, tot, func)
        for func, (_, _, tot, cum, _) in stats.stats.items()  # type: ignore[attr-defined]
        if func[0].startswith(str(ROOT)) and not any(part in func[0] for part in ("/bench/", "/.venv/"))
    ]
    print(f"profile (cProfile): {len(files)} documents, {total:.1f} s; project functions by inclusive time")
    for cum, tot, (filename, line, name) in sorted(rows, reverse=True)[:20]:
        print(f"  {cum / total:6.1%} incl {tot / total:6.1%} self  {Path(filename).relative_to(ROOT)}:{line} {name}")


if __name__ == "__main__":
    main()

"""`ingest(paths, db) -> ImportReport`: an archive of PDFs into the database, in parallel, resumably.

The parent process walks the paths, hashes each file, skips what is already stored, hands the
rest to supervised workers (pipeline/workers.py) and is the only writer: one transaction per
document. Every file found ends up stored or in `failures` with its reason; a run killed at any
moment is resumed by running it again.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import time
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal

from extractors.entities import load_model
from pipeline.discover import Discovery, discover
from pipeline.errors import ClusterError, DelibError, StorageError
from pipeline.files import pdf_sha256, printable
from pipeline.ocr import OcrMode
from pipeline.parse import PARSER_VERSION, parse_pdf
from pipeline.progress import Progress
from pipeline.store import Store
from pipeline.workers import Done, WorkerPool

log = logging.getLogger("delib.ingest")

GiB = 1 << 30


# Scanned pages take OCR time (1–2 s a page, FACTS.md) and weigh 100–400 KB each, so the time limit
# grows with the file: --timeout plus this many seconds per MB. A 100-page scan of 25 MB gets 120 +
# 375 s; a 1 MB text PDF, 15 s more than --timeout.
OCR_SECONDS_PER_MB = 15.0


def ocr_allowance(path: str) -> float:
    """Extra seconds a file may take, for the scanned pages it may hold."""
    try:
        return os.path.getsize(path) / (1 << 20) * OCR_SECONDS_PER_MB
    except OSError:
        return 0.0


@dataclass
class IngestOptions:
    """How a run parses: --workers, --timeout, --max-memory, --reparse, --ocr and --executor of `delib ingest`."""

    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    timeout: float = 120.0
    max_memory: int = 2 * GiB
    reparse: bool = False
    ocr: OcrMode = "auto"
    # --executor dask: parse on a Dask cluster (--scheduler ADDRESS, or a LocalCluster of `workers`
    # processes when None), the client reading and sending each file's bytes when --send-bytes.
    executor: Literal["local", "dask"] = "local"
    scheduler: str | None = None
    send_bytes: bool = False


@dataclass
class ImportReport:
    """What a run did, read back from its `runs` row and the rows it wrote."""

    status: str
    run_id: int
    total: int  # files found to import (an interrupted run did `documents` of them)
    documents: int
    imported: int
    unchanged: int
    reparsed: int
    duplicates: int
    failed: int
    skipped: int
    pages: int
    ocr_pages: int
    acts: int
    votes: int
    attendance: int
    failures_by_kind: dict[str, int]
    elapsed_s: float

    def as_dict(self) -> dict:
        return asdict(self)


def ingest(
    paths: Iterable[str | os.PathLike],
    db_path: Path,
    options: IngestOptions | None = None,
    arguments: list[str] | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Find the PDFs under paths and import them; Ctrl-C ends the run early, as `interrupted`."""
    paths = list(paths)
    return import_found(discover(paths), db_path, options, arguments or [os.fsdecode(p) for p in paths], progress)


def import_found(
    found: Discovery,
    db_path: Path,
    options: IngestOptions | None = None,
    arguments: list[str] | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import what `discover` found (tests change files in between, as a live archive does)."""
    options = options or IngestOptions()
    progress = progress or Progress()
    started = time.monotonic()
    store = Store(db_path)
    run_id = store.start_run(PARSER_VERSION, arguments or [], skipped=found.skipped)
    run = _Run(store, run_id, options, progress)
    status = "aborted"  # an error (the database, no worker could start) stops the run
    try:
        progress.start(found.count, found.skipped)
        for path, error in found.failures:
            run.fail([path], error, None)
        with _executor(options) as pool:
            for done in pool.imap(run.tasks(found.files)):
                run.finish(done)
        status = "finished"
    except KeyboardInterrupt:
        status = "interrupted"  # what is stored is whole and kept; running again resumes
    finally:
        progress.close()
        store.finish_run(run_id, status)
        summary = store.run_summary(run_id)
        store.close()
    documents = sum(summary[k] for k in ("imported", "unchanged", "reparsed", "duplicates", "failed"))
    return ImportReport(
        status=status,
        run_id=run_id,
        total=found.count,
        documents=documents,
        **summary,
        elapsed_s=round(time.monotonic() - started, 3),
    )


def parse_pool(options: IngestOptions, size: int) -> WorkerPool:
    """The supervised pool that parses: the same job, set-up, time limit and memory cap wherever it
    runs (here, or inside each Dask worker: pipeline/dask_executor.py)."""
    parse = functools.partial(parse_pdf, ocr=options.ocr)
    extra = ocr_allowance if options.ocr != "never" else None
    return WorkerPool(parse, load_model, size, options.timeout, options.max_memory, extra)


def _executor(options: IngestOptions) -> AbstractContextManager:
    """What parses this run's documents: `imap((sha256, path) tasks) -> Done`s, in any order."""
    if options.executor != "dask":
        return parse_pool(options, options.workers)
    try:  # an optional extra: the default executor must not need it
        from pipeline.dask_executor import DaskPool
    except ImportError as exc:
        raise ClusterError(f"--executor dask needs dask, which is not installed ({exc})") from None
    return DaskPool(options)


def needs_parsing(stored_version: str | None, reparse: bool) -> bool:
    """Parse bytes never stored, or stored by an older parser; --reparse parses them all again.

    Rows written by a newer parser are kept: an older delib run against the same database must
    not downgrade them, nor two versions re-parse each other's documents on every run.
    """
    return stored_version is None or reparse or _version(stored_version) < _version(PARSER_VERSION)


def _version(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version))


class _Run:
    """One run's bookkeeping: which bytes are being parsed under which paths, and what came of them."""

    def __init__(self, store: Store, run_id: int, options: IngestOptions, progress: Progress) -> None:
        self.store, self.run_id, self.options, self.progress = store, run_id, options, progress
        # sha256 → paths found so far for bytes being parsed: a copy found meanwhile joins them
        # instead of being parsed twice.
        self.parsing: dict[str, list[str]] = {}
        # sha256 → how these bytes ended in this run (None: stored); later copies end the same way.
        self.ended: dict[str, DelibError | None] = {}

    def tasks(self, files: list[str]) -> Iterator[tuple[str, str]]:
        """(sha256, path) of the files to parse; the others are settled here as they are met."""
        for path in files:
            try:
                sha256 = pdf_sha256(path)
            except DelibError as error:
                self.fail([path], error, None)
                continue
            if sha256 in self.parsing:
                self.parsing[sha256].append(path)
            elif sha256 in self.ended:
                self._copy(sha256, path)
            elif not needs_parsing(self.store.known_version(sha256), self.options.reparse):
                self.store.add_path(sha256, path, self.run_id, "unchanged")
                self.ended[sha256] = None
                self.progress.advance()
            else:
                self.parsing[sha256] = [path]
                yield sha256, path

    def finish(self, done: Done) -> None:
        """Store what a worker returned, under every path its bytes were found at."""
        paths = self.parsing.pop(done.key)
        error = done.error
        if error is None:
            try:
                stored = self.store.save(done.value, self.run_id, paths)
            except StorageError as exc:  # this document's rows could not be written: the next may be
                error = exc
            else:
                self.ended[done.key] = None
                self.progress.advance(len(paths), done.value.document.pages)
                log.info("%s: %s, %d acts", printable(paths[0]), stored.outcome, stored.acts)
                return
        self.fail(paths, error, done.key)

    def fail(self, paths: list[str], error: DelibError, sha256: str | None) -> None:
        for path in paths:
            log.warning("%s: %s", printable(path), printable(error.one_line()))
            self.store.record_failure(path, error, self.run_id, sha256)
        if sha256 is not None:
            self.ended[sha256] = error
        self.progress.advance(len(paths))

    def _copy(self, sha256: str, path: str) -> None:
        """Bytes already settled in this run, found under another name."""
        error = self.ended[sha256]
        if error is not None:
            self.fail([path], error, sha256)
        else:
            self.store.add_path(sha256, path, self.run_id, "duplicates")
            self.progress.advance()

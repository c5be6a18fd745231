"""`ingest(paths, db) -> ImportReport`: PDFs and folders into the database, one document at a time.

A bad document is recorded in `failures` with its reason and the batch goes on.
"""
from __future__ import annotations

import logging
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import DelibError, ExtractionFailed, FileMissing
from pipeline.parse import PARSER_VERSION, file_sha256, parse_pdf
from pipeline.store import Store

log = logging.getLogger("delib.ingest")


@dataclass
class ImportReport:
    """What a run did, as counted by the store."""

    documents: int = 0
    imported: int = 0
    unchanged: int = 0
    reparsed: int = 0
    failed: int = 0
    pages: int = 0
    acts: int = 0
    votes: int = 0
    attendance: int = 0
    failures_by_kind: Counter = field(default_factory=Counter)

    def as_dict(self) -> dict:
        data = {k: v for k, v in self.__dict__.items() if k != "failures_by_kind"}
        data["failures_by_kind"] = dict(self.failures_by_kind)
        return data


def find_pdfs(paths: list[Path]) -> list[Path]:
    """Files named on the command line, and the *.pdf files under the folders, in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                found += [Path(root) / name for name in sorted(files) if name.lower().endswith(".pdf")]
        else:
            found.append(path)
    return found


def ingest(paths: list[Path], db_path: Path, arguments: list[str] | None = None) -> ImportReport:
    """Parse and store every PDF found under paths; one transaction per document."""
    store = Store(db_path)
    report = ImportReport()
    run_id = store.start_run(PARSER_VERSION, arguments or [str(p) for p in paths])
    status = "interrupted"
    try:
        for path in find_pdfs(paths):
            report.documents += 1
            _ingest_one(store, path, run_id, report)
        status = "finished"
    finally:
        store.finish_run(run_id, status, {"imported": report.imported, "unchanged": report.unchanged,
                                          "reparsed": report.reparsed, "failed": report.failed,
                                          "pages": report.pages})
        store.close()
    return report


def _ingest_one(store: Store, path: Path, run_id: int, report: ImportReport) -> None:
    sha256 = None
    try:
        if not path.exists():
            raise FileMissing(f"{path} does not exist")
        sha256 = file_sha256(path) if path.is_file() else None
        if sha256 and store.known_version(sha256) == PARSER_VERSION:
            store.add_path(sha256, str(path))
            report.unchanged += 1
            return
        try:
            record = parse_pdf(path)
        except DelibError:
            raise
        except Exception as exc:  # a parser bug must cost one document, never the batch
            raise ExtractionFailed(f"{path}: {type(exc).__name__}: {exc}") from exc
        stored = store.save(record, run_id)
    except DelibError as error:
        report.failed += 1
        report.failures_by_kind[error.kind] += 1
        log.warning("%s: %s", path, error.one_line())
        store.record_failure(str(path), error, run_id, sha256)
        return
    setattr(report, stored.outcome, getattr(report, stored.outcome) + 1)
    report.pages += record.document.pages
    report.acts += len(record.acts)
    report.votes += sum(len(a.votes) for a in record.acts)
    report.attendance += sum(len(a.attendance) for a in record.acts)
    log.info("%s: %s, %d acts", path, stored.outcome, len(record.acts))

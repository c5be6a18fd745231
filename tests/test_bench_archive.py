"""The short-document archive of `make bench`: 1 to 4 pages a document, no two with the same bytes."""

from __future__ import annotations

import hashlib
from pathlib import Path

from bench.archive import SHORT_MAX_PAGES, page_count, short_archive


def test_short_archive_documents_are_short_and_distinct(tmp_path: Path) -> None:
    documents, pages = short_archive(tmp_path, 40, 100)
    files = sorted(tmp_path.glob("*.pdf"))
    lengths = [page_count(path) for path in files]
    assert len(files) == documents >= 40
    assert sum(lengths) == pages >= 100
    assert set(lengths) <= set(range(1, SHORT_MAX_PAGES + 1))
    assert len({hashlib.sha256(path.read_bytes()).hexdigest() for path in files}) == documents

"""Finding the PDFs under the paths given to `delib ingest`: by content, not only by name.

Archives hold PDFs saved without the extension, files named `.pdf` that are not PDFs, links to
folders that lead back up the tree, and entries that cannot be read. Every entry ends up in one
of three lists: a file to import, a failure with its reason, or a count of skipped non-PDFs.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field

from pipeline.errors import DelibError
from pipeline.files import os_error, printable, starts_like_pdf

log = logging.getLogger("delib.discover")


@dataclass
class Discovery:
    """What a walk found, in a stable order (sorted names, depth first)."""

    files: list[str] = field(default_factory=list)
    failures: list[tuple[str, DelibError]] = field(default_factory=list)
    skipped: int = 0

    @property
    def count(self) -> int:
        """Files the import will account for: each is imported, unchanged, a duplicate or failed."""
        return len(self.files) + len(self.failures)


def discover(paths: Iterable[str | os.PathLike]) -> Discovery:
    """Files named explicitly, and the PDFs under the folders, each path once."""
    walker = _Walker()
    for path in paths:
        walker.argument(os.fspath(path))
    return walker.found


class _Walker:
    def __init__(self) -> None:
        self.found = Discovery()
        self.paths: set[str] = set()
        # Folders by (device, inode): a link back to a folder already walked is a loop or a second
        # way to the same files; walking it again would never end or would count files twice.
        self.folders: set[tuple[int, int]] = set()

    def argument(self, path: str) -> None:
        info = self._stat(path)
        if info is None:
            return
        if stat.S_ISDIR(info.st_mode):
            self._walk(path, info)
        else:
            self._add(path)  # named explicitly: tried whatever its name or content

    def _walk(self, top: str, info: os.stat_result) -> None:
        stack = [(top, info)]
        while stack:
            folder, info = stack.pop()
            if (info.st_dev, info.st_ino) in self.folders:
                log.info("%s: already walked (a link to a folder met before)", printable(folder))
                continue
            self.folders.add((info.st_dev, info.st_ino))
            try:
                names = sorted(os.listdir(folder))
            except OSError as exc:
                self._fail(folder, os_error(exc))
                continue
            subfolders = []
            for name in names:
                path = os.path.join(folder, name)
                entry = self._stat(path)
                if entry is None:
                    continue
                if stat.S_ISDIR(entry.st_mode):
                    subfolders.append((path, entry))
                elif self._is_candidate(path, entry):
                    self._add(path)
            stack.extend(reversed(subfolders))  # popped in sorted order, after this folder's files

    def _is_candidate(self, path: str, info: os.stat_result) -> bool:
        """A file named .pdf (a non-PDF under that name is worth reporting) or one that starts like a PDF."""
        if path.lower().endswith(".pdf"):
            return True
        if not stat.S_ISREG(info.st_mode):  # a FIFO or device not named .pdf is not a document
            self.found.skipped += 1
            return False
        try:
            if starts_like_pdf(path):
                return True
        except DelibError as error:
            self._fail(path, error)
            return False
        self.found.skipped += 1
        return False

    def _stat(self, path: str) -> os.stat_result | None:
        """stat through links; a dangling link, a link loop or a vanished entry is a failure."""
        try:
            return os.stat(path)
        except OSError as exc:
            self._fail(path, os_error(exc))
            return None

    def _add(self, path: str) -> None:
        if path not in self.paths:
            self.paths.add(path)
            self.found.files.append(path)

    def _fail(self, path: str, error: DelibError) -> None:
        if path not in self.paths:
            self.paths.add(path)
            self.found.failures.append((path, error))

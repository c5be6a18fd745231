"""Progress of an import on stderr: a bar on a terminal, a log line now and then otherwise.

An archive takes hours; the archivist needs to see it move and when it will end. A bar would
fill a log file with carriage returns, so when stderr is not a terminal a line is logged instead.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from typing import TextIO

log = logging.getLogger("delib.progress")
# How often a line is logged when stderr is not a terminal: often enough to see a stall in a cron
# log, rarely enough to keep a day-long run's log short.
LOG_INTERVAL = 10.0


class Progress:
    """Counts files and pages as they are done; shows nothing (the library's default)."""

    def __init__(self) -> None:
        self.total = self.done = self.pages = self.skipped = 0
        self.started = time.monotonic()

    def start(self, total: int, skipped: int = 0) -> None:
        """`total` files to import; `skipped` other files met (not PDFs), shown from the start."""
        self.total, self.skipped, self.started = total, skipped, time.monotonic()

    def advance(self, files: int = 1, pages: int = 0) -> None:
        self.done += files
        self.pages += pages
        self.show()

    def show(self) -> None:
        """Subclasses display the counts."""

    def close(self) -> None:
        """Subclasses release the display."""

    def pages_per_second(self) -> float:
        return self.pages / max(time.monotonic() - self.started, 1e-9)

    def eta(self) -> str:
        if not self.done:
            return "?"
        remaining = (time.monotonic() - self.started) / self.done * (self.total - self.done)
        return str(dt.timedelta(seconds=round(remaining)))


class LogProgress(Progress):
    """One line every `interval` seconds: files done of total, pages, pages/s, ETA."""

    def __init__(self, interval: float = LOG_INTERVAL) -> None:
        super().__init__()
        self.interval = interval
        self.last = time.monotonic()

    def start(self, total: int, skipped: int = 0) -> None:
        super().start(total, skipped)
        self.last = time.monotonic()
        # (a short run shows something too)
        log.info("0/%d files: the import starts (%d other files skipped)", total, skipped)

    def show(self) -> None:
        if time.monotonic() - self.last >= self.interval:
            self.last = time.monotonic()
            self._line()

    def close(self) -> None:
        self._line()  # where the run ended, whatever the interval

    def _line(self) -> None:
        log.info(
            "%d/%d files, %d pages, %.1f pages/s, ETA %s",
            self.done,
            self.total,
            self.pages,
            self.pages_per_second(),
            self.eta(),
        )


class BarProgress(Progress):
    """A tqdm bar on the terminal; log lines (failures) are printed above it, not through it."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self.stream = stream
        self.bar = None
        self.redirect = None

    def start(self, total: int, skipped: int = 0) -> None:
        from tqdm import tqdm
        from tqdm.contrib.logging import logging_redirect_tqdm

        super().start(total, skipped)
        self.redirect = logging_redirect_tqdm()
        self.redirect.__enter__()
        self.bar = tqdm(total=total, unit="file", file=self.stream, dynamic_ncols=True, miniters=1)
        self.show()

    def show(self) -> None:
        # Unchanged files count as done as they are met: a re-run moves the bar at once.
        self.bar.set_postfix_str(
            f"{self.skipped} skipped, {self.pages} pages, {self.pages_per_second():.1f} pages/s", refresh=False
        )
        self.bar.update(self.done - self.bar.n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.redirect.__exit__(None, None, None)
            self.bar = None


def for_stream(stream: TextIO) -> Progress:
    """The bar on a terminal, log lines elsewhere (a file, a pipe, CI)."""
    return BarProgress(stream) if stream.isatty() else LogProgress()

"""Supervised worker processes: each task runs in a long-lived worker under a time limit and a
memory cap; a worker that hangs, runs out of memory or crashes costs only its own task.

`concurrent.futures.ProcessPoolExecutor` loses the queued tasks when one worker is killed
(FACTS.md), so the parent keeps the queue itself and hands each worker one task at a time. Workers
live for the whole run because their set-up (the spaCy model, 3 s) is paid once per process.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import signal
import time
from collections import deque
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from pipeline.errors import DelibError, ExtractionFailed, OutOfMemory, ParseTimeout, WorkerCrashed, WorkerStartFailed
from pipeline.lifetime import die_with_parent

# spawn, not fork: the parent holds a SQLite connection and may run the progress bar's thread,
# neither of which is safe to copy into a child; a fresh interpreter costs well under a second.
_CONTEXT = multiprocessing.get_context("spawn")
# How long closing waits for idle workers to exit on their own before killing them.
_CLOSE_GRACE = 2.0

Task = tuple[Hashable, Any]


@dataclass
class Done:
    """One task's end: its key, and the job's return value or the failure."""

    key: Hashable
    value: Any = None
    error: DelibError | None = None


def format_size(size: int) -> str:
    """`2 GiB`, `768 MiB`: sizes in the messages the way --max-memory takes them."""
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:g} {unit}"
    return f"{size} B"


class WorkerPool:
    """Up to `size` worker processes that run `job(argument)` after running `setup()` once each."""

    def __init__(
        self,
        job: Callable[[Any], Any],
        setup: Callable[[], Any],
        size: int,
        timeout: float,
        max_memory: int,
        extra_time: Callable[[Any], float] | None = None,
    ) -> None:
        self.job, self.setup, self.size = job, setup, size
        self.timeout, self.max_memory = timeout, max_memory
        # More time for a bigger task (a long scan to OCR), on top of `timeout`.
        self.extra_time = extra_time or (lambda argument: 0.0)
        self.workers: list[_Worker] = []

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def imap(self, tasks: Iterable[Task]) -> Iterator[Done]:
        """Run every (key, argument) task and yield each one's end, in the order they end.

        Tasks are pulled only when a worker can take them, so the caller's generator (hashing,
        skipping unchanged files) runs just ahead of the workers; workers start only when needed.
        """
        source = iter(tasks)
        waiting: deque[Task] = deque()
        exhausted = False
        while True:
            while not exhausted and len(waiting) < self.size - self._busy():
                task = next(source, None)
                if task is None:
                    exhausted = True
                else:
                    waiting.append(task)
            while len(waiting) > self._free() and len(self.workers) < self.size:
                self.workers.append(_Worker(self))
            for worker in list(self.workers):
                if worker.ready and worker.task is None and waiting:
                    if not worker.give(waiting[0], self.timeout + self.extra_time(waiting[0][1])):
                        self._drop(worker)  # it died while idle: the task waits for another worker
                        continue
                    waiting.popleft()
            if exhausted and not waiting and not self._busy():
                return
            yield from self._events()

    def close(self) -> None:
        """Stop every worker: idle ones exit when told, busy or stuck ones are killed."""
        for worker in self.workers:
            worker.tell_to_stop()
        deadline = time.monotonic() + _CLOSE_GRACE
        for worker in self.workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
            worker.kill()
        self.workers = []

    def _busy(self) -> int:
        return sum(1 for w in self.workers if w.task is not None)

    def _free(self) -> int:
        """Workers that are starting or idle: each will take a waiting task."""
        return sum(1 for w in self.workers if w.task is None)

    def _events(self) -> Iterator[Done]:
        """Wait for a result, a ready worker, a death or the next deadline, and handle what came."""
        deadlines = [w.deadline for w in self.workers if w.task is not None]
        timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        ready = set(wait([w.conn for w in self.workers] + [w.process.sentinel for w in self.workers], timeout))
        for worker in list(self.workers):
            if worker.conn in ready or worker.process.sentinel in ready:
                yield from self._receive(worker)
        now = time.monotonic()
        for worker in list(self.workers):
            # An answer that came in just now is taken on the next round rather than thrown away.
            if worker.task is not None and worker.deadline <= now and not worker.conn.poll():
                key = worker.task[0]
                self._drop(worker)
                yield Done(key, error=ParseTimeout(f"parsing took more than {worker.limit:g} s; the worker was killed"))

    def _receive(self, worker: _Worker) -> Iterator[Done]:
        """Messages first (a worker may answer, then exit), then the worker's death if it died."""
        try:
            while worker.conn.poll():
                message = worker.conn.recv()
                if message[0] == "ready":
                    worker.ready = True
                elif message[0] == "failed":
                    self._drop(worker)
                    raise WorkerStartFailed(f"a worker could not start: {message[1]}")
                else:
                    _, key, value, error = message
                    worker.task = None
                    yield Done(key, value, error)
                    if isinstance(error, OutOfMemory):  # the worker exits after one: never give it another
                        self._drop(worker)
                        return
        except (EOFError, OSError):  # the pipe closed: the worker is gone
            pass
        if worker.process.is_alive():
            return
        exitcode = worker.process.exitcode
        task, started = worker.task, worker.ready
        self._drop(worker)
        if not started:
            raise WorkerStartFailed(f"a worker died while starting ({_death(exitcode)})")
        if task is not None:
            yield Done(task[0], error=self._death_error(exitcode))

    def _death_error(self, exitcode: int | None) -> DelibError:
        # pdfium aborts (SIGABRT) when an allocation fails under the address-space cap, measured on
        # a page stream inflating to 2 GiB; an outside SIGKILL is most likely the kernel's OOM killer.
        if exitcode in (-signal.SIGABRT, -signal.SIGKILL):
            return OutOfMemory(
                f"the parser was stopped ({_death(exitcode)}), most likely at the memory "
                f"limit of {format_size(self.max_memory)}"
            )
        return WorkerCrashed(f"the parser process died ({_death(exitcode)})")

    def _drop(self, worker: _Worker) -> None:
        worker.kill()
        self.workers.remove(worker)


def _death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        return f"signal {signal.Signals(-exitcode).name}"
    return f"exit code {exitcode}"


class _Worker:
    """The parent's handle on one worker process and the task it is running."""

    def __init__(self, pool: WorkerPool) -> None:
        self.conn, child = _CONTEXT.Pipe()
        self.process = _CONTEXT.Process(
            target=_serve,
            args=(child, pool.job, pool.setup, pool.max_memory, os.getpid()),
            daemon=True,
            name="delib-worker",
        )
        self.process.start()
        child.close()
        self.ready = False
        self.task: Task | None = None
        self.deadline = 0.0
        self.limit = 0.0

    def give(self, task: Task, timeout: float) -> bool:
        """Hand the worker a task; False when it is gone."""
        try:
            self.conn.send(task)
        except OSError:
            return False
        self.task = task
        self.limit = timeout
        self.deadline = time.monotonic() + timeout
        return True

    def tell_to_stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:  # already gone
            pass

    def kill(self) -> None:
        """Kill the worker and whatever it started (Tesseract), then release the handles."""
        try:
            os.killpg(self.process.pid, signal.SIGKILL)  # its own group: see _serve
        except (ProcessLookupError, PermissionError):  # exited, or killed before it made its group
            pass
        self.process.kill()
        self.process.join()
        self.process.close()
        self.conn.close()


def _serve(conn: Connection, job: Callable[[Any], Any], setup: Callable[[], Any], max_memory: int, parent: int) -> None:
    """A worker process: set up once under the caps, then run tasks until told to stop."""
    die_with_parent(parent)  # a parent killed with SIGKILL cannot stop its workers itself
    # Its own process group, so that a timeout kills the worker together with its children, and
    # Ctrl-C in the terminal reaches only the parent, which stops the workers itself.
    os.setpgrp()
    # stdout carries the report (`--json`): whatever a library in a worker prints goes to stderr.
    os.dup2(2, 1)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (max_memory, max_memory))
        # No core file: a worker aborted at the memory cap would otherwise leave one as large as
        # the cap in the archivist's current folder, once per pathological PDF.
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        setup()
    except Exception as exc:  # say why instead of dying silently (a cap too low for the model)
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    try:
        conn.send(("ready",))
        for key, argument in iter(conn.recv, None):
            try:
                conn.send(("done", key, job(argument), None))
            except DelibError as error:
                conn.send(("done", key, None, error))
            except MemoryError:
                conn.send(
                    ("done", key, None, OutOfMemory(f"the parser ran out of memory (limit {format_size(max_memory)})"))
                )
                return  # a process that ran out of memory may be left half-broken: start afresh
            except Exception as exc:  # a parser bug must cost one document, never the worker
                conn.send(("done", key, None, ExtractionFailed(f"{type(exc).__name__}: {exc}")))
    except (EOFError, BrokenPipeError):  # the parent is gone (killed): nothing left to do
        return

"""`DaskPool`: the import's documents parsed on a Dask cluster, their results back to the one writer.

The client (the `delib ingest` process) still walks, hashes, skips what is stored and writes every
row; only the parse moves. Each Dask task is one document, keyed by its hash, and runs inside the
Dask worker in the same supervised pool as a local import (pipeline/workers.py, through
`parse_pool`): Dask has no time limit of its own, and a PDF that hangs, aborts or eats memory must
cost its child process, never the Dask worker. See docs/scaling.md.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import tempfile
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import CancelledError
from contextlib import ExitStack
from pathlib import Path

import dask
from distributed import Client, Future, LocalCluster, as_completed
from distributed.scheduler import KilledWorker

from pipeline.errors import ClusterError, DelibError, WorkerCrashed, WorkerStartFailed
from pipeline.files import open_regular, os_error
from pipeline.ingest import IngestOptions, parse_pool
from pipeline.workers import Done, Task, WorkerPool

# Tasks sent ahead per thread of the cluster: enough that no worker waits for the client between two
# documents, few enough that the client and scheduler hold a bounded number of futures (and of
# files' bytes with --send-bytes) over an archive of millions.
AHEAD_PER_THREAD = 2
# Dask's nanny starts workers as daemonic processes, which may not have children: the parse child
# needs this off (`DASK_DISTRIBUTED__WORKER__DAEMON=False` for `dask worker`).
NOT_DAEMONIC = {"distributed.worker.daemon": False}

# Each Dask worker thread keeps its own one-process pool for the run's settings, so the spaCy model
# is loaded once per thread, not once per document.
_local = threading.local()


class DaskPool:
    """Runs (sha256, path) tasks on the cluster of `options.scheduler` (a LocalCluster when None)."""

    def __init__(self, options: IngestOptions) -> None:
        self.options = options
        self._stack = ExitStack()
        self.client: Client | None = None

    def __enter__(self) -> DaskPool:
        # Dask logs every connection at INFO: its lines show with delib's own (-v), not between them.
        logging.getLogger("distributed").setLevel(logging.getLogger("delib").getEffectiveLevel())
        try:
            if self.options.scheduler is None:
                self._stack.enter_context(dask.config.set(NOT_DAEMONIC))  # kept while workers may restart
                cluster = LocalCluster(
                    n_workers=self.options.workers, threads_per_worker=1, processes=True, dashboard_address=None
                )
                self.client = self._stack.enter_context(Client(self._stack.enter_context(cluster)))
            else:
                self.client = self._stack.enter_context(Client(self.options.scheduler))
        except (OSError, TimeoutError, ValueError) as exc:
            self._stack.close()
            where = self.options.scheduler or "a local cluster"
            raise ClusterError(f"cannot reach the Dask scheduler at {where}: {exc}") from None
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stack.close()

    def imap(self, tasks: Iterable[Task]) -> Iterator[Done]:
        """Submit tasks as the cluster can take them and yield each one's end, in the order they end."""
        source = iter(tasks)
        running = as_completed()
        keys: dict[Future, str] = {}
        while True:
            while running.count() < self._ahead():
                task = next(source, None)
                if task is None:
                    break
                future_or_done = self._submit(task)
                if isinstance(future_or_done, Done):
                    yield future_or_done
                    continue
                keys[future_or_done] = task[0]
                running.add(future_or_done)
            if running.is_empty():
                return
            future = next(running)
            yield self._end(future, keys.pop(future))

    def _ahead(self) -> int:
        return AHEAD_PER_THREAD * max(1, sum(self.client.nthreads().values()))

    def _submit(self, task: Task) -> Future | Done:
        sha256, path = task
        # A worker runs in its own folder, often on another machine: it opens the absolute path
        # (shared storage mounted at the same place everywhere), never one relative to the importer.
        source: str | bytes = os.path.abspath(path)
        if self.options.send_bytes:
            try:
                with open_regular(path) as handle:
                    source = handle.read()
            except DelibError as error:  # gone or changed since it was hashed
                return Done(sha256, error=error)
            except OSError as exc:
                return Done(sha256, error=os_error(exc))
        # The hash is the task's name: the scheduler never runs one document twice at once.
        return self.client.submit(parse_on_worker, sha256, source, self.options, key=f"delib-parse-{sha256}")

    def _end(self, future: Future, sha256: str) -> Done:
        try:
            return future.result()
        except KilledWorker as exc:  # the scheduler gave up after several workers died running it
            return Done(sha256, error=WorkerCrashed(f"the Dask workers running it died ({exc})"))
        except DelibError:  # a worker could not start its parser: as locally, the run stops
            raise
        except CancelledError as exc:  # the scheduler went away
            raise ClusterError(f"lost the Dask scheduler: {exc}") from None
        except Exception as exc:  # not the document's fault either: the cluster failed
            raise ClusterError(f"the Dask task failed: {type(exc).__name__}: {exc}") from None
        finally:
            future.release()


def parse_on_worker(sha256: str, source: str | bytes, options: IngestOptions) -> Done:
    """On a Dask worker: one document through this thread's supervised pool, from its path or its
    bytes; the record or the typed failure comes back in the `Done`."""
    if multiprocessing.current_process().daemon:
        raise WorkerStartFailed(
            "the Dask worker is a daemonic process and cannot start the parser's process: "
            "start it with DASK_DISTRIBUTED__WORKER__DAEMON=False"
        )
    pool = _pool(options)
    if isinstance(source, str):
        return _parse(pool, sha256, source)
    with tempfile.TemporaryDirectory(prefix="delib-") as folder:
        path = Path(folder) / f"{sha256}.pdf"
        path.write_bytes(source)
        return _parse(pool, sha256, str(path))


def _parse(pool: WorkerPool, sha256: str, path: str) -> Done:
    [done] = pool.imap([(sha256, path)])
    return done


def _pool(options: IngestOptions) -> WorkerPool:
    """This thread's pool for these settings; a pool for other settings (an earlier run's) is closed."""
    settings = (options.ocr, options.timeout, options.max_memory)
    if getattr(_local, "settings", None) != settings:
        if getattr(_local, "pool", None) is not None:
            _local.pool.close()
        _local.pool, _local.settings = parse_pool(options, 1), settings
    return _local.pool

"""The worker pool on real processes: a task that hangs, aborts, crashes or runs out of memory
costs only itself, and the tasks queued behind it all run."""

from __future__ import annotations

import os
import signal
import time

import pytest

from pipeline.errors import ExtractionFailed, OutOfMemory, ParseTimeout, WorkerCrashed, WorkerStartFailed
from pipeline.workers import WorkerPool, format_size

MiB = 1 << 20


def ready() -> None:
    """Set-up of the test workers: nothing to load."""


def broken_setup() -> None:
    raise RuntimeError("model not installed")


def behave(action: str) -> str:
    """A task that does what its name says, in the worker."""
    if action == "hang":
        time.sleep(60)
    elif action == "abort":
        os.abort()
    elif action == "segfault":
        os.kill(os.getpid(), signal.SIGSEGV)
    elif action == "allocate":
        bytearray(1 << 34)  # 16 GiB, far above the cap: MemoryError
    elif action == "raise":
        raise KeyError("a parser bug")
    return f"{action} done"


def run(actions: list[str], workers: int = 2, timeout: float = 20.0) -> dict[str, object]:
    with WorkerPool(behave, ready, workers, timeout, 512 * MiB) as pool:
        return {
            done.key: done.error or done.value
            for done in pool.imap((f"{i}-{action}", action) for i, action in enumerate(actions))
        }


def test_a_hung_task_is_killed_and_the_queue_goes_on() -> None:
    results = run(["hang", "ok", "ok", "ok", "ok"], timeout=1.5)
    assert isinstance(results["0-hang"], ParseTimeout)
    assert "more than 1.5 s" in results["0-hang"].message
    assert [results[f"{i}-ok"] for i in range(1, 5)] == ["ok done"] * 4


def test_dead_workers_lose_only_their_own_task() -> None:
    actions = ["abort", "ok", "segfault", "ok", "allocate", "ok", "raise", "ok"]
    results = run(actions)
    assert isinstance(results["0-abort"], OutOfMemory)
    assert "SIGABRT" in results["0-abort"].message
    assert isinstance(results["2-segfault"], WorkerCrashed)
    assert "SIGSEGV" in results["2-segfault"].message
    assert isinstance(results["4-allocate"], OutOfMemory)
    assert "512 MiB" in results["4-allocate"].message
    assert isinstance(results["6-raise"], ExtractionFailed)
    assert "KeyError" in results["6-raise"].message
    assert all(results[f"{i}-ok"] == "ok done" for i in (1, 3, 5, 7))


def test_one_worker_runs_tasks_in_order_and_the_pool_leaves_no_process() -> None:
    with WorkerPool(behave, ready, 1, 20.0, 512 * MiB) as pool:
        keys = [done.key for done in pool.imap((i, "ok") for i in range(5))]
        processes = [w.process.pid for w in pool.workers]
    assert keys == [0, 1, 2, 3, 4]
    assert len(processes) == 1
    with pytest.raises(ProcessLookupError):
        os.kill(processes[0], 0)


def test_no_task_starts_no_worker() -> None:
    with WorkerPool(behave, broken_setup, 2, 20.0, 512 * MiB) as pool:
        assert list(pool.imap([])) == []


def test_a_worker_that_cannot_start_stops_the_run_with_the_reason() -> None:
    with WorkerPool(behave, broken_setup, 2, 20.0, 512 * MiB) as pool:
        with pytest.raises(WorkerStartFailed, match="RuntimeError: model not installed"):
            list(pool.imap([("a", "ok")]))


@pytest.mark.parametrize("size, text", [(2 << 30, "2 GiB"), (1536 << 20, "1.5 GiB"), (768 << 20, "768 MiB")])
def test_sizes_read_as_the_option_takes_them(size: int, text: str) -> None:
    assert format_size(size) == text

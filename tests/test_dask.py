"""`delib ingest --executor dask` on a real LocalCluster of two worker processes: the same database
as the local pool, bad and hostile documents recorded as failures, a worker killed mid-run costing
nothing, and a second run importing only what is missing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.ingest import IngestOptions, ingest
from pipeline.progress import Progress
from pipeline.store import TABLES as STORE_TABLES
from tests.conftest import DELIBERATION, ROOT, SAMPLES, write_pdf
from tests.test_ingest_bad_inputs import bomb_pdf

dask = pytest.importorskip("dask", reason="dask is not installed: make install (the dask extra)")
distributed = pytest.importorskip("distributed", reason="distributed is not installed: make install (the dask extra)")

from pipeline.dask_executor import NOT_DAEMONIC  # noqa: E402 (after the skip: it imports distributed)

MiB = 1 << 20
# Columns that differ between two imports of the same files: when and by which run, and the ids
# SQLite gives in the order rows come (persons are compared by their key instead).
VARYING = {"imported_at", "run_id", "failed_at", "id", "person_id", "proxy_to_id"}
# Every table of the store but those that depend on the order documents end in: `runs` (its
# counters and times), `aliases` (the act where a spelling was first met) and the search index.
TABLES = tuple(table for table in STORE_TABLES if table not in {"runs", "aliases", "acts_search"})


@pytest.fixture(scope="module")
def cluster() -> Iterator[distributed.LocalCluster]:
    """Two worker processes of one thread each, as light as a cluster gets; started once."""
    with dask.config.set(NOT_DAEMONIC):
        with distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as local_cluster:
            yield local_cluster


def on(cluster: distributed.LocalCluster, **options: object) -> IngestOptions:
    return IngestOptions(ocr="never", executor="dask", scheduler=cluster.scheduler_address, **options)


def content(db: Path) -> dict[str, Counter]:
    """Every table's rows less the varying columns, person ids replaced by the person's key."""
    conn = sqlite3.connect(db)
    keys = dict(conn.execute("SELECT id, collectivity || '/' || key FROM persons"))
    tables = {}
    for table in TABLES:
        cursor = conn.execute(f"SELECT * FROM {table}")
        names = [column[0] for column in cursor.description]
        tables[table] = Counter(
            tuple(
                (name, keys.get(value) if name in ("person_id", "proxy_to_id") else value)
                for name, value in zip(names, row)
                if name not in VARYING or name in ("person_id", "proxy_to_id")
            )
            for row in cursor
        )
    conn.close()
    return tables


class KillAWorker(Progress):
    """After the first document is stored, kill a Dask worker that has documents in hand."""

    def __init__(self, cluster: distributed.LocalCluster) -> None:
        super().__init__()
        self.cluster, self.killed = cluster, None

    def advance(self, files: int = 1, pages: int = 0) -> None:
        super().advance(files, pages)
        if self.killed is None and pages:
            with distributed.Client(self.cluster.scheduler_address) as client:
                busy = [worker for worker, tasks in client.processing().items() if tasks]
                self.killed = (busy or list(client.nthreads()))[0]
                [pid] = client.run(os.getpid, workers=[self.killed]).values()
            os.kill(pid, signal.SIGKILL)  # its nanny starts another; its documents go to the others


def test_a_worker_killed_mid_run_loses_nothing_and_the_database_is_the_local_one(
    cluster: distributed.LocalCluster, samples_db: Path, tmp_path: Path
) -> None:
    progress = KillAWorker(cluster)
    report = ingest([SAMPLES], tmp_path / "dask.db", on(cluster), progress=progress)
    assert progress.killed is not None
    assert report.status == "finished"
    assert report.failed == 0 and report.imported == report.total >= 30
    assert content(tmp_path / "dask.db") == content(samples_db)


def hostile_archive(folder: Path, bad_inputs: dict[str, Path]) -> list[Path]:
    """The bad-input corpus, a decompression bomb and two copies of a good deliberation."""
    folder.mkdir()
    (folder / "bomb.pdf").write_bytes(bomb_pdf())
    good = write_pdf(folder / "good.pdf", [DELIBERATION])
    (folder / "copy.pdf").write_bytes(good.read_bytes())
    return [*bad_inputs.values(), folder]


@pytest.mark.parametrize("send_bytes", [False, True], ids=["shared-paths", "send-bytes"])
def test_bad_and_hostile_documents_are_the_same_failures_as_locally(
    cluster: distributed.LocalCluster, bad_inputs: dict[str, Path], tmp_path: Path, send_bytes: bool
) -> None:
    paths = hostile_archive(tmp_path / "archive", bad_inputs)
    limits = {"max_memory": 768 * MiB, "timeout": 60.0}
    local = ingest(paths, tmp_path / "local.db", IngestOptions(workers=2, ocr="never", **limits))
    remote = ingest(paths, tmp_path / "dask.db", on(cluster, send_bytes=send_bytes, **limits))
    assert remote.status == "finished"
    assert remote.failures_by_kind == local.failures_by_kind
    assert remote.failures_by_kind == {"not_pdf": 1, "empty_file": 1, "damaged_pdf": 1, "encrypted": 1, "memory": 1}
    assert (remote.imported, remote.duplicates) == (local.imported, local.duplicates) == (1, 1)
    assert content(tmp_path / "dask.db") == content(tmp_path / "local.db")


def test_a_second_run_imports_only_what_is_missing(cluster: distributed.LocalCluster, tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    for number in range(3):
        write_pdf(folder / f"{number}.pdf", [DELIBERATION.replace("2024-007", f"2024-10{number}")])
    db = tmp_path / "dask.db"
    first = ingest([folder / "0.pdf"], db, on(cluster))
    second = ingest([folder], db, on(cluster))
    assert (first.imported, second.imported, second.unchanged) == (1, 2, 1)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*), count(DISTINCT sha256) FROM documents").fetchone() == (3, 3)
    conn.close()


def delib(*arguments: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "ingest", *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=600,
    )


def test_the_command_starts_its_own_local_cluster(deliberation_pdf: Path, tmp_path: Path) -> None:
    done = delib(str(deliberation_pdf), "--db", str(tmp_path / "d.db"), "--executor", "dask", "--workers", "1")
    assert done.returncode == 0, done.stderr
    assert "1 documents: 1 imported" in done.stderr
    assert "distributed.scheduler" not in done.stderr  # Dask's INFO lines only with -v


def test_an_unreachable_scheduler_is_a_one_line_error(deliberation_pdf: Path, tmp_path: Path) -> None:
    done = delib(
        str(deliberation_pdf),
        *("--db", str(tmp_path / "d.db"), "--executor", "dask", "--scheduler", "tcp://127.0.0.1:9"),
        env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"},
    )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1].startswith("delib: cluster: cannot reach the Dask scheduler")
    assert "Traceback" not in done.stderr


def test_dask_options_without_the_dask_executor_are_a_usage_error(deliberation_pdf: Path, tmp_path: Path) -> None:
    done = delib(str(deliberation_pdf), "--db", str(tmp_path / "d.db"), "--send-bytes")
    assert done.returncode == 2
    assert "--executor dask" in done.stderr
    assert not (tmp_path / "d.db").exists()

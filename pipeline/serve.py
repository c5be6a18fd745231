"""`delib serve`: Datasette over a delib database, read-only, on this machine by default.

Datasette runs in this process, under uvicorn, on a socket bound here first: a busy port or an
unknown address is a one-line error before anything starts, the URL printed is the one really
listened on (`--port 0` picks a free port), and Ctrl-C shuts the server down, then reaches the
caller as KeyboardInterrupt.

Read-only: Datasette opens the file with SQLite's `mode=ro`, so nothing it runs can write to it,
and without `immutable=1`, which would promise SQLite that no one else writes: `delib ingest` may
add documents while the server runs (WAL mode lets readers and the writer work together), and an
immutable reader would then miss the write-ahead log or read pages being checkpointed. Nor
`--nolock`, which would let it read pages half-written by an import.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import os
import socket
import sys
from collections.abc import Callable
from pathlib import Path

from pipeline.datasette_metadata import build_metadata
from pipeline.errors import DelibError
from pipeline.files import printable
from pipeline.store import Store

# Datasette puts the path in an SQLite URI without escaping it, and SQLite ends a file name at `?`
# or `#` and decodes `%XX`: such a name would open another file, perhaps creating it.
URI_SPECIAL = "?#%"


class DatasetteMissing(DelibError):
    kind = "datasette_missing"
    stage = "serve"
    remedy = "install the serve extra: make install, or pip install -c constraints.txt -e '.[serve]'"


class CannotListen(DelibError):
    kind = "cannot_listen"
    stage = "serve"
    remedy = "choose another --port (0 picks a free one), or a --host address of this machine"


class UnservablePath(DelibError):
    kind = "unservable_path"
    stage = "serve"
    remedy = "rename the file, or serve a symbolic link to it with a plain name"


def serve(db_path: Path, host: str, port: int, ready: Callable[[str], None], verbose: bool = False) -> None:
    """Serve the database read-only with Datasette on host:port until Ctrl-C; `ready(url)` is
    called once the socket listens (requests wait until the server takes them)."""
    try:
        import uvicorn
        from datasette.app import Datasette
    except ImportError as exc:
        raise DatasetteMissing(f"delib serve needs Datasette, and {exc.name} is not installed") from None
    path = servable(db_path)
    store = Store(db_path, read_only=True)
    try:
        metadata = build_metadata(store.db.conn, path.stem, importlib.metadata.version("delib"))
    finally:
        store.close()
    listener = listen(host, port)
    datasette = Datasette(files=[str(path)], metadata=metadata)
    # log_config=None: uvicorn keeps delib's logging (stderr; requests and start-up with -v only).
    config = uvicorn.Config(datasette.app(), log_config=None, log_level=None, lifespan="on")
    ready(url(listener))
    # Datasette prints the traceback of every failed request (a 404 too) on stdout when rich is
    # installed: on stderr with -v, dropped otherwise, so that stdout stays for data.
    with open(os.devnull, "w") as devnull, contextlib.redirect_stdout(sys.stderr if verbose else devnull):
        uvicorn.Server(config).run(sockets=[listener])


def servable(db_path: Path) -> Path:
    """The absolute path Datasette is given, refused when an SQLite URI cannot carry it."""
    path = db_path.absolute()
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise UnservablePath(f"{printable(text)}: Datasette cannot open a file name that is not UTF-8") from None
    if any(char in text for char in URI_SPECIAL):
        raise UnservablePath(f"{printable(text)}: Datasette cannot open a path with ?, # or %")
    return path


def listen(host: str, port: int) -> socket.socket:
    """A socket listening on host:port (port 0: a free one), or a one-line error."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        return socket.create_server((host, port), family=family)
    except OSError as exc:
        raise CannotListen(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def url(listener: socket.socket) -> str:
    host, port = listener.getsockname()[:2]
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"

"""Child processes die with their parent: a killed import leaves no worker, and no Tesseract, running.

On Linux the kernel sends a chosen signal to a process when its parent dies (`PR_SET_PDEATHSIG`);
workers ask for SIGKILL at start, and so does every Tesseract they start (in the child, before
`exec`, where only a system call is safe). Elsewhere this is a no-op and a timeout still kills a
worker's whole process group.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

PR_SET_PDEATHSIG = 1
# Looked up once at import: the child of a fork must not load libraries before its `exec`.
_PRCTL = ctypes.CDLL(None, use_errno=True).prctl if sys.platform.startswith("linux") else None


def die_with_parent(parent: int | None = None) -> None:
    """Have the kernel kill this process when its parent dies; exit at once when `parent` (the
    pid the caller expects as parent) is already gone."""
    if _PRCTL is not None:
        _PRCTL(PR_SET_PDEATHSIG, signal.SIGKILL)
    if parent is not None and os.getppid() != parent:
        os._exit(1)

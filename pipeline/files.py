"""Reading files found in an archive without ever blocking or crashing on a strange one.

Archives hold FIFOs, dangling links, link loops and names that are not valid UTF-8. Paths are
`str` as `os.fsdecode` gives them (undecodable bytes kept as surrogates, so nothing is lost);
every OS error becomes a typed `DelibError` that the import records and goes past.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from typing import BinaryIO

from pipeline.errors import DelibError, EmptyFile, FileMissing, FileUnreadable, NotAPdf, SymlinkLoop

PDF_MAGIC = b"%PDF-"
# PDF readers accept a header anywhere in the first kilobyte (some files start with junk).
MAGIC_WINDOW = 1024
CHUNK = 1 << 20
_FILE_TYPES = {
    stat.S_IFIFO: "FIFO",
    stat.S_IFSOCK: "socket",
    stat.S_IFCHR: "character device",
    stat.S_IFBLK: "block device",
}


def os_error(exc: OSError) -> DelibError:
    """The typed failure for an OS error met while looking at a file."""
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return FileMissing("the file does not exist (any more)")
    if exc.errno == errno.ELOOP:
        return SymlinkLoop("too many levels of symbolic links (a link loop)")
    return FileUnreadable(exc.strerror or str(exc))


def open_regular(path: str) -> BinaryIO:
    """Open a regular file for reading; a directory, FIFO or device is refused, never waited on.

    O_NONBLOCK because opening a FIFO for reading otherwise blocks until a writer comes.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        raise os_error(exc) from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        if stat.S_ISDIR(mode):
            raise NotAPdf("it is a directory")
        raise FileUnreadable(f"it is a {_FILE_TYPES.get(stat.S_IFMT(mode), 'special file')}, not a regular file")
    return os.fdopen(fd, "rb")


def starts_like_pdf(path: str) -> bool:
    """True when the `%PDF-` header is in the first KiB, as PDF readers accept it."""
    try:
        with open_regular(path) as handle:
            return PDF_MAGIC in handle.read(MAGIC_WINDOW)
    except OSError as exc:
        raise os_error(exc) from None


def pdf_sha256(path: str) -> str:
    """SHA-256 of a non-empty file that starts like a PDF, read once; a typed failure otherwise."""
    try:
        with open_regular(path) as handle:
            head = handle.read(MAGIC_WINDOW)
            if not head:
                raise EmptyFile("the file is empty")
            if PDF_MAGIC not in head:
                raise NotAPdf("it does not start like a PDF")
            digest = hashlib.sha256(head)
            for chunk in iter(lambda: handle.read(CHUNK), b""):
                digest.update(chunk)
    except OSError as exc:
        raise os_error(exc) from None
    return digest.hexdigest()


def printable(text: str) -> str:
    """Text safe to print on one line: undecodable bytes as `\\xNN`, control characters escaped.

    File names may hold any byte but `/` and NUL, a newline included; a log or TSV line must stay
    one line and must not make the terminal's encoder raise.
    """
    try:
        raw = text.encode("utf-8", "surrogateescape")  # back to the bytes os.fsdecode read
    except UnicodeEncodeError:  # a surrogate os.fsdecode never makes (from some library's message)
        raw = text.encode("utf-8", "backslashreplace")
    decoded = raw.decode("utf-8", "backslashreplace")
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in decoded)

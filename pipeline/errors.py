"""Typed failures: one class per way a document can fail, each with its stage and a remedy.

The CLI prints `delib: <kind>: <message>` on one line and maps every class to one exit code;
the store records `kind` and `stage` in the `failures` table.
"""
from __future__ import annotations


class DelibError(Exception):
    """Base of every failure delib reports about a document or a database."""

    kind = "error"
    stage = "parse"
    remedy = ""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def one_line(self) -> str:
        text = f"{self.kind}: {self.message}"
        if self.remedy:
            text += f" ({self.remedy})"
        return " ".join(text.split())


class FileMissing(DelibError):
    kind = "file_missing"
    stage = "read"
    remedy = "check the path"


class FileUnreadable(DelibError):
    kind = "file_unreadable"
    stage = "read"
    remedy = "check the file's permissions"


class EmptyFile(DelibError):
    kind = "empty_file"
    stage = "read"
    remedy = "the file has no bytes; fetch it again"


class NotAPdf(DelibError):
    kind = "not_pdf"
    stage = "read"
    remedy = "only PDF files can be parsed"


class EncryptedPdf(DelibError):
    kind = "encrypted"
    stage = "text"
    remedy = "remove the password (qpdf --decrypt) and import again"


class DamagedPdf(DelibError):
    kind = "damaged_pdf"
    stage = "text"
    remedy = "the PDF is truncated or corrupt; fetch it again or repair it (qpdf)"


class ExtractionFailed(DelibError):
    kind = "extraction_failed"
    stage = "extract"
    remedy = "please report this file"


class StorageError(DelibError):
    kind = "storage"
    stage = "store"
    remedy = "check the database path, disk space and permissions"

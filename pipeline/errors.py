"""Typed failures: one class per way a document can fail, each with its stage and a remedy.

The CLI prints `delib: <kind>: <message> (<remedy>)` on one line and maps every class to one exit
code; the store records `kind`, `stage` and `<message> (<remedy>)` in the `failures` table.
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

    def detail(self) -> str:
        """The message and the remedy, on one line: what the `failures` table stores beside the kind."""
        text = f"{self.message} ({self.remedy})" if self.remedy else self.message
        return " ".join(text.split())

    def one_line(self) -> str:
        return f"{self.kind}: {self.detail()}"


class FileMissing(DelibError):
    kind = "file_missing"
    stage = "read"
    remedy = "check the path"


class FileUnreadable(DelibError):
    kind = "file_unreadable"
    stage = "read"
    remedy = "check the file's permissions"


class SymlinkLoop(DelibError):
    kind = "symlink_loop"
    stage = "read"
    remedy = "fix or remove the symbolic link"


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


class ParseTimeout(DelibError):
    kind = "timeout"
    stage = "parse"
    remedy = "raise --timeout, or check the file: it may be malformed"


class OutOfMemory(DelibError):
    kind = "memory"
    stage = "parse"
    remedy = "raise --max-memory, or check the file: it may be a decompression bomb"


class WorkerCrashed(DelibError):
    kind = "crashed"
    stage = "parse"
    remedy = "please report this file"


class ExtractionFailed(DelibError):
    kind = "extraction_failed"
    stage = "extract"
    remedy = "please report this file"


class StorageError(DelibError):
    kind = "storage"
    stage = "store"
    remedy = "check the database path, disk space and permissions"


class WorkerStartFailed(DelibError):
    """Not about a document: no worker process could be started, so the run stops."""

    kind = "worker_start"
    stage = "parse"
    remedy = "raise --max-memory, or reinstall delib (make install)"


class ClusterError(DelibError):
    """Not about a document: `delib ingest --executor dask` cannot use the cluster, so the run stops."""

    kind = "cluster"
    stage = "parse"
    remedy = "check the scheduler address and that dask is installed (pip install 'delib[dask]'); run again to resume"


class QueryRefused(DelibError):
    """Not about a document: `delib query` met SQL that could change the database, a file or a lock."""

    kind = "query_refused"
    stage = "query"
    remedy = "delib query only reads: write one SELECT, WITH … SELECT or PRAGMA table_info(…)"


class QueryTimeout(DelibError):
    """Not about a document: a query ran past its time limit and was stopped."""

    kind = "query_timeout"
    stage = "query"
    remedy = "narrow the query (a WHERE, a LIMIT, a recursive CTE that ends) or raise the time limit"


class QueryError(DelibError):
    """Not about a document: SQLite could not run the query (syntax, unknown table or column…)."""

    kind = "query_error"
    stage = "query"
    remedy = "check the SQL; docs/database.md lists the tables and their columns"


class PageOutOfRange(DelibError):
    """`delib show --png`: a page asked for is not in the PDF."""

    kind = "page_out_of_range"
    stage = "show"
    remedy = "pages are numbered from 1 to the PDF's page count"


class OutputUnwritable(DelibError):
    """`delib show --png`, `delib export -o`: the output cannot be written where it was asked for."""

    kind = "output_unwritable"
    stage = "output"
    remedy = "check that the output folder exists and is writable"


class SiretMappingInvalid(DelibError):
    """`delib export --siret`: the file mapping collectivities to SIRET numbers cannot be used."""

    kind = "siret_mapping"
    stage = "export"
    remedy = "give a UTF-8 CSV file with a header line and the columns name and siret (14 digits)"

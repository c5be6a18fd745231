"""The `delib` command: parses arguments, calls the pipeline, maps failures to exit codes."""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from pathlib import Path

import click

from pipeline.errors import DelibError
from pipeline.ocr import OCR_MODES, OcrMode

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2  # raised by click itself for a usage error; listed so the map is whole
EXIT_FAILURES = 3
EXIT_INTERRUPTED = 130


def _fail(error: DelibError, verbose: bool) -> None:
    if verbose:
        logging.getLogger("delib").exception("details")
    click.echo(f"delib: {error.one_line()}", err=True)


@click.group()
@click.option("-v", "--verbose", is_flag=True, help="Log progress and show tracebacks.")
@click.version_option(package_name="delib")
@click.pass_context
def main(ctx: click.Context, verbose: bool) -> None:
    """Turn French local-government deliberation PDFs into a queryable SQLite database."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        stream=sys.stderr,
        format="%(levelname)s %(name)s: %(message)s",
    )
    ctx.obj = {"verbose": verbose}


ocr_option = click.option(
    "--ocr",
    type=click.Choice(OCR_MODES),
    default="auto",
    show_default=True,
    help="Read scanned pages with Tesseract: auto (pages without usable text), never, force.",
)


def db_option(help: str):
    """The `--db FILE` option every command that reads or writes the database takes."""
    return click.option(
        "--db",
        "db_path",
        type=click.Path(path_type=Path, dir_okay=False),
        default=Path("deliberations.db"),
        show_default=True,
        help=help,
    )


@main.command()
@click.argument("pdf", type=click.Path(path_type=Path))
@click.option("--indent", type=int, default=1, show_default=True, help="JSON indentation (0: one line).")
@ocr_option
@click.pass_context
def parse(ctx: click.Context, pdf: Path, indent: int, ocr: OcrMode) -> None:
    """Print the record of one PDF as JSON on stdout."""
    from pipeline.parse import parse_pdf

    try:
        record = parse_pdf(pdf, ocr=ocr)
    except DelibError as error:
        _fail(error, ctx.obj["verbose"])
        sys.exit(EXIT_ERROR)
    except Exception as exc:  # a bug: one line, the traceback only with -v
        if ctx.obj["verbose"]:
            raise
        click.echo(f"delib: internal_error: {type(exc).__name__}: {exc} (run with -v and report it)", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(json.dumps(record.to_json_dict(), ensure_ascii=False, indent=indent or None))


class Size(click.ParamType):
    """A memory size: `2G`, `1.5GiB`, `768M`, `512MiB` or bytes (binary units: K = 1024)."""

    name = "size"
    _UNITS = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40}
    _FORMAT = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*", re.IGNORECASE)

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        match = self._FORMAT.fullmatch(str(value))
        if not match:
            self.fail(f"{value!r} is not a size such as 2G, 768M or 1.5GiB", param, ctx)
        return int(float(match.group(1)) * self._UNITS[match.group(2).lower()])


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option("SQLite database to create or update.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=os.cpu_count() or 1,
    show_default=True,
    help="Worker processes parsing documents in parallel.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=120.0,
    show_default=True,
    help="Seconds one document may take before its worker is killed.",
)
@click.option(
    "--max-memory",
    type=Size(),
    default="2G",
    show_default=True,
    help="Address space of each worker (2G, 768M…); a document that needs more fails.",
)
@click.option("--reparse", is_flag=True, help="Parse documents again even if this parser version stored them.")
@ocr_option
@click.option(
    "--executor",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where documents are parsed: this machine's worker processes, or a Dask cluster (docs/scaling.md).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="--executor dask: the scheduler (tcp://HOST:8786); without it, a local cluster of --workers processes.",
)
@click.option(
    "--send-bytes",
    is_flag=True,
    help="--executor dask: send each file's bytes, for workers that cannot read the paths.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as one JSON object on stdout.")
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[Path, ...],
    db_path: Path,
    workers: int,
    timeout: float,
    max_memory: int,
    reparse: bool,
    ocr: OcrMode,
    executor: str,
    scheduler: str | None,
    send_bytes: bool,
    as_json: bool,
) -> None:
    """Store the records of PDFs and folders of PDFs in SQLite."""
    from pipeline.files import printable
    from pipeline.ingest import IngestOptions
    from pipeline.ingest import ingest as run_ingest
    from pipeline.progress import for_stream

    # A path typed on the command line that does not exist is a typo: a usage error, and nothing is
    # created. (A file that vanishes during the run stays a recorded failure.)
    missing = [printable(str(path)) for path in paths if not os.path.lexists(path)]
    if missing:
        click.echo(f"delib: usage: no such file or folder: {', '.join(missing)}", err=True)
        sys.exit(EXIT_USAGE)
    logging.getLogger("delib.progress").setLevel(logging.INFO)  # progress lines show without -v
    if executor == "local" and (scheduler or send_bytes):
        click.echo("delib: usage: --scheduler and --send-bytes go with --executor dask", err=True)
        sys.exit(EXIT_USAGE)
    options = IngestOptions(
        workers=workers,
        timeout=timeout,
        max_memory=max_memory,
        reparse=reparse,
        ocr=ocr,
        executor=executor,
        scheduler=scheduler,
        send_bytes=send_bytes,
    )
    try:
        report = run_ingest(paths, db_path, options, arguments=sys.argv[1:], progress=for_stream(sys.stderr))
    except DelibError as error:
        _fail(error, ctx.obj["verbose"])
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:  # while walking the folders, before anything was stored
        click.echo("delib: interrupted before the import started", err=True)
        sys.exit(EXIT_INTERRUPTED)
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        click.echo(
            f"{report.documents} documents: {report.imported} imported, {report.reparsed} re-parsed, "
            f"{report.unchanged} unchanged, {report.duplicates} duplicates, {report.failed} failed, "
            f"{report.skipped} other files skipped; {report.pages} pages ({report.ocr_pages} scanned), "
            f"{report.acts} acts, {report.votes} votes, {report.attendance} attendance rows; "
            f"{report.elapsed_s:.1f} s",
            err=True,
        )
        for kind, count in report.failures_by_kind.items():
            click.echo(f"  failed ({kind}): {count}", err=True)
    if report.status == "interrupted":
        click.echo(
            f"delib: interrupted: stopped after {report.documents} of {report.total} documents; "
            "those stored are kept, run again to resume",
            err=True,
        )
        sys.exit(EXIT_INTERRUPTED)
    sys.exit(EXIT_FAILURES if report.failed else EXIT_OK)


@main.command()
@db_option("The database; it must exist.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--prune", is_flag=True, help="Forget the failures of files that are gone or were imported since.")
@click.pass_context
def failures(ctx: click.Context, db_path: Path, as_json: bool, prune: bool) -> None:
    """List the documents that failed to import and were not imported since, with the reason."""
    from pipeline.files import printable
    from pipeline.store import Store

    try:
        store = Store(db_path, read_only=not prune, must_exist=True)
        if prune:
            click.echo(f"delib: forgot {store.prune_failures()} failures of files gone or imported since", err=True)
    except DelibError as error:
        _fail(error, ctx.obj["verbose"])
        sys.exit(EXIT_ERROR)
    try:
        rows = store.failures()
        if not rows:
            click.echo("delib: no failures: every file found was imported", err=True)
        for row in rows:
            if as_json:  # ASCII JSON keeps a non-UTF-8 name exactly (as a \udcXX escape)
                click.echo(json.dumps(row))
            else:
                click.echo(
                    "\t".join(
                        printable(str(v))
                        for v in (
                            row["path"],
                            row["sha256"] or "-",
                            row["stage"],
                            row["kind"],
                            row["message"],
                            row["failed_at"],
                        )
                    )
                )
    finally:
        store.close()


@main.command()
@db_option("The database; it must exist.")
@click.option(
    "--json",
    "json_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Also write the report as JSON to this file, to compare two runs.",
)
@click.pass_context
def report(ctx: click.Context, db_path: Path, json_path: Path | None) -> None:
    """What an import read, measured without labels: acts per file, their facts, figures that close."""
    from pipeline.report import measure, read_act_text, render
    from pipeline.store import Store

    try:
        store = Store(db_path, read_only=True)
        measured = measure(store.documents_for_report(read_act_text))
        if json_path:
            json_path.write_text(json.dumps(measured, ensure_ascii=False, indent=1), encoding="utf-8")
    except DelibError as error:
        _fail(error, ctx.obj["verbose"])
        sys.exit(EXIT_ERROR)
    except OSError as exc:
        click.echo(f"delib: cannot write {json_path}: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(render(measured))


def format_options(command):
    """`--json` / `--csv` beside the readable table every reading command prints by default."""
    command = click.option("--csv", "as_csv", is_flag=True, help="CSV with a header line.")(command)
    return click.option("--json", "as_json", is_flag=True, help="JSON.")(command)


def _emit(text: str) -> None:
    """Data on stdout, ending with exactly one newline (CSV text already ends with one)."""
    click.echo(text, nl=not text.endswith("\n"))


def _format(as_json: bool, as_csv: bool) -> str:
    if as_json and as_csv:
        raise click.UsageError("choose one of --json and --csv")
    return "json" if as_json else "csv" if as_csv else "table"


def filter_options(command):
    """The filters on acts shared by `search` and `audit`."""
    for option in (
        click.option("--until", metavar="YYYY-MM-DD", callback=_iso_date, help="Sessions on or before this date."),
        click.option("--since", metavar="YYYY-MM-DD", callback=_iso_date, help="Sessions on or after this date."),
        click.option("--body", help="Part of the body's name (any case and accents), e.g. 'commission'."),
        click.option("--collectivity", help="Part of the collectivity's name (any case and accents)."),
    ):
        command = option(command)
    return command


def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date such as 2024-03-14") from None


def _reading(ctx: click.Context, db_path: Path, read):
    """Open the database read-only, run `read(conn)`, and turn a failure into one line and exit 1."""
    from pipeline.store import Store

    try:
        store = Store(db_path, read_only=True)
    except DelibError as error:
        _fail(error, ctx.obj["verbose"])
        sys.exit(EXIT_ERROR)
    try:
        return read(store.db.conn)
    except DelibError as error:
        _fail(error, ctx.obj["verbose"])
        sys.exit(EXIT_ERROR)
    finally:
        store.close()


@main.command()
@click.argument("terms")
@db_option("The database; it must exist.")
@filter_options
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="Results at most.")
@format_options
@click.pass_context
def search(ctx: click.Context, terms: str, db_path: Path, limit: int, as_json: bool, as_csv: bool, **filters) -> None:
    """Full-text search over acts, best first: any case, accents and plurals ("deliberation ecole"
    finds "délibérations … écoles"); "a phrase" in quotes; a prefix with *."""
    from pipeline.filters import ActFilters
    from pipeline.output import render
    from pipeline.search import search as run_search

    fmt = _format(as_json, as_csv)
    results = _reading(ctx, db_path, lambda conn: run_search(conn, terms, ActFilters(**filters), limit))
    if not results:
        click.echo(f"delib: no act matches {terms[:80]!r}", err=True)
    columns = ("id", "date", "collectivity", "title", "snippet", "link") if fmt == "table" else None
    if results or fmt != "table":
        _emit(render(results, fmt, columns))


@main.command()
@db_option("The database; it must exist.")
@filter_options
@click.option("--code", "codes", multiple=True, help="Only this check code (repeatable), e.g. vote_totals_mismatch.")
@click.option(
    "--severity",
    "severities",
    multiple=True,
    type=click.Choice(["info", "warning", "error"]),
    help="Only this severity.",
)
@format_options
@click.pass_context
def audit(
    ctx: click.Context,
    db_path: Path,
    codes: tuple[str, ...],
    severities: tuple[str, ...],
    as_json: bool,
    as_csv: bool,
    **filters,
) -> None:
    """Every act whose printed figures do not add up, with the figures, the evidence and its page
    (the codes are described in docs/checks.md)."""
    from pipeline.audit import failed_checks, known_codes
    from pipeline.filters import ActFilters
    from pipeline.output import render

    fmt = _format(as_json, as_csv)

    def read(conn):
        unknown = sorted(set(codes) - set(known_codes(conn)))
        if unknown:
            click.echo(f"delib: no check with code {', '.join(unknown)} in this database", err=True)
        return failed_checks(conn, ActFilters(**filters), codes, severities)

    rows = _reading(ctx, db_path, read)
    if not rows:
        click.echo("delib: no failed check", err=True)
    columns = ("id", "session_date", "collectivity", "code", "message", "evidence", "link") if fmt == "table" else None
    if rows or fmt != "table":
        _emit(render(rows, fmt, columns))


@main.command()
@click.argument("name")
@db_option("The database; it must exist.")
@click.option("--collectivity", help="Only in this collectivity (part of its name).")
@format_options
@click.pass_context
def person(ctx: click.Context, name: str, db_path: Path, collectivity: str | None, as_json: bool, as_csv: bool) -> None:
    """One member's record in each collectivity: sessions present, excused, absent, proxies given and
    held, named votes, presence rate. Any order, accents, civility; initials when they fit one name."""
    from pipeline.output import render
    from pipeline.persons import find, record

    fmt = _format(as_json, as_csv)
    records = _reading(ctx, db_path, lambda conn: [record(conn, m) for m in find(conn, name, collectivity)])
    if fmt == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        rows = [{"person_id": r["id"], "person": r["name"], **s} for r in records for s in r["sessions"]]
        _emit(render(rows, "csv", ("person_id", "person", "date", "body", "status", "proxy_to", "link")))
    else:
        click.echo("\n\n".join(_person_text(r) for r in records))


def _person_text(found: dict) -> str:
    from pipeline.output import as_table

    rate = f"{found['presence_rate']:.0%}" if found["presence_rate"] is not None else "no attendance listed"
    blocks = [
        f"{found['name']} (person {found['id']}), {found['collectivity'] or 'collectivity unknown'}: "
        f"present at {found['present']} of {len(found['sessions'])} sessions ({rate}), "
        f"excused {found['excused']}, absent {found['absent']}",
        "Spellings:\n" + as_table(found["aliases"], ("person_id", "name", "match", "printed", "page", "act_id")),
        "Sessions:\n" + as_table(found["sessions"], ("date", "body", "status", "proxy_to", "link")),
    ]
    if found["proxies_held"]:
        blocks.append("Proxies held:\n" + as_table(found["proxies_held"], ("date", "body", "from", "link")))
    if found["named_votes"]:
        blocks.append(
            "Named votes:\n" + as_table(found["named_votes"], ("date", "position", "act_id", "number", "title"))
        )
    if found["candidates"]:
        blocks.append("Maybe the same person (not merged):\n" + as_table(found["candidates"], ("id", "name", "score")))
    return "\n\n".join(blocks)


@main.command()
@click.argument("act_id")
@db_option("The database; it must exist.")
@click.option(
    "--png",
    "png_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Also draw the act's vote, attendance, count and amount boxes on its pages, into this PNG.",
)
@format_options
@click.pass_context
def show(ctx: click.Context, act_id: str, db_path: Path, png_path: Path | None, as_json: bool, as_csv: bool) -> None:
    """One act with every fact, and the page and line each one is printed on."""
    from pipeline.output import as_table, render
    from pipeline.show import HEADER_FIELDS, act_facts, write_proof

    fmt = _format(as_json, as_csv)
    shown = _reading(ctx, db_path, lambda conn: act_facts(conn, act_id))
    if png_path:
        try:
            written = write_proof(shown, png_path)
        except DelibError as error:
            _fail(error, ctx.obj["verbose"])
            sys.exit(EXIT_ERROR)
        click.echo(f"delib: wrote {written}", err=True)
    if fmt == "json":
        click.echo(json.dumps(shown, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        _emit(render(shown["facts"], "csv", ("fact", "value", "page", "line", "bbox", "text")))
    else:
        header = [f"{name}: {shown[name]}" for name in ("id", *HEADER_FIELDS) if shown[name] is not None]
        header.append(f"pages: {shown['pages'][0]}–{shown['pages'][1]} of {shown['path']}")
        click.echo("\n".join(header) + "\n\n" + as_table(shown["facts"], ("fact", "value", "page", "line", "text")))


@main.command()
@click.argument("sql")
@db_option("The database; it must exist. It is opened read-only.")
@click.option("--limit", type=click.IntRange(min=1), default=1000, show_default=True, help="Rows at most.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=10.0,
    show_default=True,
    help="Seconds before the query is stopped.",
)
@format_options
@click.pass_context
def query(ctx: click.Context, sql: str, db_path: Path, limit: int, timeout: float, as_json: bool, as_csv: bool) -> None:
    """Run one read-only SQL statement (SELECT, WITH…) on the database; writes, ATTACH, PRAGMA
    writes and extensions are refused, and a query running past --timeout is stopped."""
    from pipeline.output import render, unique_names
    from pipeline.sql import run_query

    fmt = _format(as_json, as_csv)
    try:
        result = run_query(db_path, sql, limit=limit, timeout_s=timeout)
    except DelibError as error:
        _fail(error, ctx.obj["verbose"])
        sys.exit(EXIT_ERROR)
    columns = unique_names(result.columns)
    _emit(render([dict(zip(columns, row)) for row in result.rows], fmt, columns))
    if result.truncated:
        click.echo(f"delib: only the first {limit} rows are shown (--limit)", err=True)
    elif not result.rows:
        click.echo("delib: no rows", err=True)


def _base_url(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from urllib.parse import urlsplit

    if value is None:
        return None
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise click.BadParameter(f"{value!r} is not a web address such as https://www.ville.fr/deliberations/")
    return value


@main.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("scdl", "jsonl", "csv")),
    required=True,
    help="scdl: the SCDL « Délibérations » CSV; jsonl: one record per line; csv: one file per table.",
)
@db_option("The database; it must exist. It is opened read-only.")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="File to write (stdout without it); with --format csv, the existing folder to write the tables into.",
)
@click.option(
    "--siret",
    "siret_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="scdl: a CSV mapping collectivities to SIRET numbers (columns name, siret).",
)
@click.option(
    "--base-url",
    callback=_base_url,
    help="scdl: where the PDFs are published; DELIB_URL is this URL, the file's name and #page=N.",
)
@click.pass_context
def export(
    ctx: click.Context,
    fmt: str,
    db_path: Path,
    output: Path | None,
    siret_path: Path | None,
    base_url: str | None,
) -> None:
    """Write the database out: as SCDL « Délibérations » open data, as the records `delib parse`
    prints (one per line), or as one CSV file per table."""
    from pipeline.export import output_file, snapshot, write_jsonl, write_tables
    from pipeline.files import printable
    from pipeline.scdl import scdl_rows, write_scdl
    from pipeline.siret import SiretMap

    if fmt == "csv" and output is None:
        raise click.UsageError("--format csv writes one file per table: give the folder with -o")
    if fmt != "scdl" and (siret_path or base_url):
        raise click.UsageError("--siret and --base-url are for --format scdl")

    def write(conn) -> str:
        with snapshot(conn):
            if fmt == "csv":
                counts = write_tables(conn, output)
                return f"{len(counts)} tables, {sum(counts.values())} rows, written to {printable(str(output))}"
            if fmt == "jsonl":
                with output_file(output, db_path) as out:
                    return f"{write_jsonl(conn, out)} records"
            rows = scdl_rows(conn, SiretMap.load(siret_path) if siret_path else None, base_url)
            with output_file(output, db_path) as out:
                return write_scdl(rows, out).describe()

    click.echo(f"delib: {_reading(ctx, db_path, write)}", err=True)


@main.command()
@db_option("The database; it must exist. It is served read-only.")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on: 127.0.0.1 serves this machine only; 0.0.0.0 the whole network.",
)
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8001, show_default=True, help="Port; 0 picks a free one."
)
@click.pass_context
def serve(ctx: click.Context, db_path: Path, host: str, port: int) -> None:
    """Browse and query the database in a web browser with Datasette, read-only: every table and
    column described, full-text search on acts, canned queries for journalists. Ctrl-C stops it."""
    from pipeline.files import printable
    from pipeline.serve import serve as run_serve

    def ready(url: str) -> None:
        click.echo(f"delib: serving {printable(str(db_path))} read-only at {url} (Ctrl-C to stop)", err=True)

    try:
        run_serve(db_path, host, port, ready, verbose=ctx.obj["verbose"])
    except DelibError as error:
        _fail(error, ctx.obj["verbose"])
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        pass  # Ctrl-C is how the server is stopped: uvicorn shut it down first
    click.echo("delib: server stopped", err=True)


if __name__ == "__main__":
    main()

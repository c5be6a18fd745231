"""The `delib` command: parses arguments, calls the pipeline, maps failures to exit codes."""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from pipeline.errors import DelibError

EXIT_OK = 0
EXIT_DOCUMENT_ERROR = 1
EXIT_USAGE = 2
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
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")
    ctx.obj = {"verbose": verbose}


@main.command()
@click.argument("pdf", type=click.Path(path_type=Path))
@click.option("--indent", type=int, default=1, show_default=True, help="JSON indentation (0: one line).")
@click.pass_context
def parse(ctx: click.Context, pdf: Path, indent: int) -> None:
    """Print the record of one PDF as JSON on stdout."""
    from pipeline.parse import parse_pdf

    try:
        record = parse_pdf(pdf)
    except DelibError as error:
        _fail(error, ctx.obj["verbose"])
        sys.exit(EXIT_DOCUMENT_ERROR)
    except Exception as exc:  # a bug: one line, the traceback only with -v
        if ctx.obj["verbose"]:
            raise
        click.echo(f"delib: internal_error: {type(exc).__name__}: {exc} (run with -v and report it)", err=True)
        sys.exit(EXIT_DOCUMENT_ERROR)
    click.echo(json.dumps(record.to_json_dict(), ensure_ascii=False, indent=indent or None))


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--db", "db_path", type=click.Path(path_type=Path, dir_okay=False), default=Path("deliberations.db"),
              show_default=True, help="SQLite database to create or update.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as one JSON object on stdout.")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[Path, ...], db_path: Path, as_json: bool) -> None:
    """Store the records of PDFs and folders of PDFs in SQLite."""
    from pipeline.ingest import ingest as run_ingest

    try:
        report = run_ingest(list(paths), db_path, arguments=sys.argv[1:])
    except KeyboardInterrupt:
        click.echo("delib: interrupted; documents stored so far are kept, run again to resume", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except DelibError as error:
        _fail(error, ctx.obj["verbose"])
        sys.exit(EXIT_DOCUMENT_ERROR)
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        click.echo(
            f"{report.documents} documents: {report.imported} imported, {report.reparsed} re-parsed, "
            f"{report.unchanged} unchanged, {report.failed} failed; {report.pages} pages, {report.acts} acts, "
            f"{report.votes} votes, {report.attendance} attendance rows", err=not as_json)
        for kind, count in sorted(report.failures_by_kind.items()):
            click.echo(f"  failed ({kind}): {count}", err=True)
    sys.exit(EXIT_FAILURES if report.failed else EXIT_OK)


@main.command()
@click.option("--db", "db_path", type=click.Path(path_type=Path, dir_okay=False, exists=True),
              default=Path("deliberations.db"), show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def failures(db_path: Path, as_json: bool) -> None:
    """List the documents that failed to import, with the reason."""
    from pipeline.store import Store

    store = Store(db_path)
    try:
        for row in store.failures():
            if as_json:
                click.echo(json.dumps(row, ensure_ascii=False))
            else:
                click.echo(f"{row['path']}\t{row['sha256'] or '-'}\t{row['stage']}\t{row['kind']}\t{row['message']}")
    finally:
        store.close()


if __name__ == "__main__":
    main()

"""Docs that stay honest: every table, command and check code is documented; the schema is current."""

from __future__ import annotations

import json
import re

import pytest

from pipeline.cli import main
from pipeline.store import TABLES
from schemas.jsonschema import record_schema
from tests.conftest import ROOT

DOCS = ROOT / "docs"


@pytest.mark.parametrize("table", TABLES)
def test_every_table_is_documented(table: str) -> None:
    assert f"`{table}`" in (DOCS / "database.md").read_text(), f"docs/database.md does not describe {table}"


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_is_documented(command: str) -> None:
    assert f"## `delib {command}`" in (DOCS / "cli.md").read_text()


def test_every_check_code_is_documented() -> None:
    source = (ROOT / "extractors" / "checks.py").read_text()
    codes = set(re.findall(r'code="([a-z_]+)"', source))
    assert codes, "no check codes found"
    documented = (DOCS / "checks.md").read_text()
    assert {c for c in codes if f"`{c}`" not in documented} == set()


def test_json_schema_file_is_current() -> None:
    committed = json.loads((ROOT / "schemas" / "record.schema.json").read_text())
    assert committed == record_schema(), "schemas/record.schema.json is stale: run `make schema`"


def test_readme_gives_the_two_setup_commands() -> None:
    readme = (ROOT / "README.md").read_text()
    assert "make run" in readme and "make test" in readme

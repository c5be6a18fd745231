"""Print the JSON Schema of the record (`make schema` writes it to schemas/record.schema.json)."""

from __future__ import annotations

import json

from schemas.record import Record


def record_schema() -> dict:
    return Record.model_json_schema(by_alias=True, mode="serialization")


if __name__ == "__main__":
    print(json.dumps(record_schema(), ensure_ascii=False, indent=1))

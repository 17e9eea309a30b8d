"""JSON Schema files in `schemas/`, generated from the Pydantic models."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

from pydantic import BaseModel

from .resources import data_dir

__all__ = ["SCHEMA_MODELS", "render_schemas", "write_schemas", "stale_schemas"]


def _brief() -> type[BaseModel]:
    from .schema import Brief

    return Brief


def _memo() -> type[BaseModel]:
    from .memo_schema import Memo

    return Memo


SCHEMA_MODELS: dict[str, Callable[[], type[BaseModel]]] = {
    "brief.schema.json": _brief,
    "memo.schema.json": _memo,
}


def render_schemas() -> dict[str, str]:
    out = {}
    for name, model in SCHEMA_MODELS.items():
        schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **model().model_json_schema()}
        out[name] = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    return out


def write_schemas(directory: Path | None = None) -> list[Path]:
    directory = directory or data_dir("schemas")
    written = []
    for name, text in render_schemas().items():
        path = directory / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def stale_schemas(directory: Path | None = None) -> list[str]:
    """Names of schema files that differ from what the models generate."""
    directory = directory or data_dir("schemas")
    return [
        name
        for name, text in render_schemas().items()
        if not (directory / name).is_file() or (directory / name).read_text(encoding="utf-8") != text
    ]

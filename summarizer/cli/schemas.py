"""`summarizer schemas`: the JSON Schema files in `schemas/`, generated from the Pydantic models."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Callable

import typer
from pydantic import BaseModel

from ..resources import data_dir
from .support import stderr

__all__ = ["SCHEMA_MODELS", "render_schemas", "schemas_command", "stale_schemas", "write_schemas"]


def _brief() -> type[BaseModel]:
    from ..schema import Brief

    return Brief


def _memo() -> type[BaseModel]:
    from ..memos.schema import Memo

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


def schemas_command(check: Annotated[bool, typer.Option("--check", help="Only report drift.")] = False) -> None:
    """Regenerate schemas/*.json from the Pydantic models (developer command)."""
    if check:
        stale = stale_schemas()
        if stale:
            stderr.print(f"stale: {', '.join(stale)} (run: summarizer schemas)")
            raise typer.Exit(1)
        typer.echo("schemas are up to date")
        return
    for path in write_schemas():
        typer.echo(f"wrote {path}")

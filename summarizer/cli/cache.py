"""`summarizer cache stats|clear`: inspect or clear the model-call cache."""

from __future__ import annotations

import typer

from ..llm.cache import CallCache
from .options import CacheDirOpt
from .support import guard

__all__ = ["cache_app"]

cache_app = typer.Typer(help="Inspect or clear the model-call cache.", no_args_is_help=True)


@cache_app.command("stats")
def cache_stats(cache_dir: CacheDirOpt = None) -> None:
    """Entries, size on disk, and hits and misses of the last run."""
    with guard(), CallCache(cache_dir) as cache:
        s = cache.stats()
        typer.echo(f"directory: {s.directory}")
        typer.echo(f"entries:   {s.entries}")
        typer.echo(f"size:      {s.size_bytes / 1024:.1f} KiB")
        typer.echo(f"last run:  {s.last_hits} hits, {s.last_misses} misses")


@cache_app.command("clear")
def cache_clear(cache_dir: CacheDirOpt = None) -> None:
    """Delete every cached model call."""
    with guard(), CallCache(cache_dir) as cache:
        removed = cache.clear()
        typer.echo(f"removed {removed} entries from {cache.directory}")

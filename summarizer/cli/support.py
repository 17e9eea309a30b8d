"""What every command shares: the stderr console, the error guard, the progress bar, output writing."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

import click
import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..errors import ConfigError, SummarizerError
from .manifest import ManifestWriter, failure_record, manifest_record, resumed_line

__all__ = ["stderr", "error_line", "guard", "in_folder", "progress", "run_manifest", "say_resumed", "warning_line", "write_output"]

stderr = Console(stderr=True, highlight=False, soft_wrap=True)


def error_line(text: str) -> None:
    """One `error: ...` line on stderr; model or user text is printed verbatim (no markup)."""
    stderr.print(f"[red]error:[/] {escape(text)}")


def warning_line(text: str) -> None:
    """One `warning: ...` line on stderr: the run went on, but the user should know what it did without."""
    stderr.print(f"[yellow]warning:[/] {escape(text)}")


@contextlib.contextmanager
def guard() -> Iterator[None]:
    """Expected failures: one line on stderr, exit 2 for something to fix, 1 for a failed run; no traceback. An
    unexpected exception (a bug) gets one line too, exit 1, with its traceback only under `SUMMARIZER_DEBUG=1`."""
    try:
        yield
    except ConfigError as e:
        error_line(str(e))
        raise typer.Exit(2) from None
    except SummarizerError as e:
        error_line(str(e))
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        stderr.print("interrupted: finished calls are cached; rerun the same command to resume")
        raise typer.Exit(130) from None
    except (typer.Exit, typer.Abort, click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
        raise  # typer's own exits and usage errors, raised inside a command
    except Exception as e:  # a bug of ours: one line, and the traceback only when asked for
        if os.environ.get("SUMMARIZER_DEBUG"):
            raise
        error_line(f"internal error, a bug in summarizer: {type(e).__name__}: {e} (finished model calls are cached; "
                   "SUMMARIZER_DEBUG=1 shows the traceback)")
        raise typer.Exit(1) from None


@contextlib.contextmanager
def progress(total: int, label: str = "briefing") -> Iterator[Callable[[object], None]]:
    """A progress bar over `total` items on stderr, a spinner for one (only on a terminal: a log or a pipe gets
    neither, nor the blank line a finished bar leaves); yields `advance`."""
    if not stderr.is_terminal or total < 1:
        yield lambda _item: None
        return
    if total == 1:  # one article on a small local model can take a minute: show that it is working
        with stderr.status(f"{label} 1 article"):
            yield lambda _item: None
        return
    bar = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=stderr,
        transient=True,
    )
    with bar:
        task = bar.add_task(label, total=total)
        yield lambda _item: bar.advance(task)


def in_folder(output: Path | None, name: Callable[[str], str], format: str | None) -> Path | None:
    """`-o` as a file path: a folder that exists takes a file `name(format)` inside it (`briefs.jsonl`,
    `memo.md`); any other path is the file itself. Settled before any work, so that `-o FOLDER` neither fails
    after every article was briefed nor writes a manifest beside the folder (two new users' runs had). `format`
    is the --format given, or None (then md)."""
    if output is None:
        return None
    if output.is_dir():
        return output / name(format or "md")
    return output


def write_output(text: str, output: Path | None) -> None:
    """Write to `output` (and say `wrote PATH` on stderr), or to stdout when it is None."""
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
    except OSError as e:
        raise ConfigError(f"cannot write {output}: {e.strerror or e}") from e
    stderr.print(f"wrote {escape(str(output))}")


@contextlib.contextmanager
def run_manifest(path: Path | None, load_failures: Sequence[Any] = ()) -> Iterator[Callable[[Any], None]]:
    """A callback writing each finished article's manifest line as it finishes (a no-op without a path)."""
    if path is None:
        yield lambda _outcome: None
        return
    with ManifestWriter(path) as writer:
        for failure in load_failures:
            writer.write(failure_record(failure.source, failure.reason))
        yield lambda outcome: writer.write(manifest_record(outcome))


def say_resumed(outcomes: Sequence[Any]) -> None:
    """`resumed: N of M articles already briefed (cache)` when a rerun found finished work."""
    line = resumed_line(map(manifest_record, outcomes), len(outcomes)) if len(outcomes) > 1 else None
    if line:
        stderr.print(line)

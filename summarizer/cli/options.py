"""Backend and run options shared by every command, and their resolution into Settings."""

from __future__ import annotations

import functools
import inspect
from pathlib import Path
from typing import Annotated, Any, Callable, Optional, TypeVar

import typer

from ..articles import SUFFIXES
from ..config import ENV, FLAGS, MODES, Settings, resolve_settings

PATHS_HELP = (
    f"Files ({' '.join(SUFFIXES)}), folders, or - for stdin. A JSON record gives its text under 'text' and may give "
    "'title', 'url', 'published', 'author' and 'outlet' (docs/inputs.md lists the other names read)."
)
"""The help of the article paths `brief` and `memo` take."""

__all__ = [
    "PATHS_HELP",
    "BackendOpt",
    "ModelOpt",
    "BaseUrlOpt",
    "ModelPathOpt",
    "StrategyOpt",
    "NlpOpt",
    "CacheDirOpt",
    "NoCacheOpt",
    "RecordOpt",
    "ReplayOpt",
    "ConcurrencyOpt",
    "ConfigOpt",
    "MaxCharsOpt",
    "RpmOpt",
    "TpmOpt",
    "ManifestOpt",
    "GENERATION_OPTIONS",
    "settings_from_flags",
    "with_generation_options",
]

_PANEL = "Model and backend"
_RUN = "Cache, recordings, limits"
_GEN = "Generation (every model call)"

BackendOpt = Annotated[
    Optional[str],
    typer.Option("--backend", help="local | openai | replay | fake. Default: openai when a key or base URL is set, else local.", rich_help_panel=_PANEL),
]
ModelOpt = Annotated[Optional[str], typer.Option("--model", help="Model name (env SUMMARIZER_MODEL).", rich_help_panel=_PANEL)]
BaseUrlOpt = Annotated[
    Optional[str],
    typer.Option("--base-url", help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8000/v1 (env OPENAI_BASE_URL).", rich_help_panel=_PANEL),
]
ModelPathOpt = Annotated[
    Optional[Path], typer.Option("--model-path", help="GGUF file for the local backend (env SUMMARIZER_MODEL_PATH).", rich_help_panel=_PANEL)
]
StrategyOpt = Annotated[
    Optional[str], typer.Option("--strategy", help="auto | single | stepwise (one call per article, or focused questions).", rich_help_panel=_PANEL)
]
NlpOpt = Annotated[
    Optional[str],
    typer.Option(
        "--nlp",
        help="spaCy pipeline for names, sentences and the parse: an installed package (en_core_web_trf) or a folder "
        "(env SUMMARIZER_NLP). Default: en_core_web_sm 3.8.0.",
        rich_help_panel=_PANEL,
    ),
]
CacheDirOpt = Annotated[Optional[Path], typer.Option("--cache-dir", help="Cache folder (env SUMMARIZER_CACHE_DIR).", rich_help_panel=_RUN)]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the cache.", rich_help_panel=_RUN)]
RecordOpt = Annotated[Optional[Path], typer.Option("--record", help="Write every model response into this folder.", rich_help_panel=_RUN)]
ReplayOpt = Annotated[Optional[Path], typer.Option("--replay", help="Answer only from recordings in this folder.", rich_help_panel=_RUN)]
ConcurrencyOpt = Annotated[Optional[int], typer.Option("--concurrency", min=1, help="Articles briefed at once (remote backends).", rich_help_panel=_RUN)]
RpmOpt = Annotated[
    Optional[float], typer.Option("--rpm", min=0.001, help="At most this many model requests per minute (env SUMMARIZER_RPM).", rich_help_panel=_RUN)
]
TpmOpt = Annotated[
    Optional[float], typer.Option("--tpm", min=1, help="At most this many tokens per minute, prompt + completion (env SUMMARIZER_TPM).", rich_help_panel=_RUN)
]
ManifestOpt = Annotated[
    Optional[Path],
    typer.Option("--manifest", help="Write the run manifest (one JSON line per article) here. Default: <output>.manifest.jsonl with -o.", rich_help_panel=_RUN),
]
MaxCharsOpt = Annotated[Optional[int], typer.Option("--max-chars", min=1, help="Refuse articles longer than this (default 1,000,000).", rich_help_panel=_RUN)]
ConfigOpt = Annotated[Optional[Path], typer.Option("--config", help="TOML config file (default: user config dir).", rich_help_panel=_RUN)]


F = TypeVar("F", bound=Callable[..., Any])


def _generation_option(name: str, kind: Any, help: str, **limits: Any) -> Any:
    text = f"{help}; env {ENV[name]}"  # no mark after the name, which a narrow help column would cut
    return Annotated[Optional[kind], typer.Option(FLAGS[name], help=text, rich_help_panel=_GEN, **limits)]


# Settings of every model call, one flag each, on every command that runs a model (brief, memo, eval).
GENERATION_OPTIONS: dict[str, Any] = {
    "mode": _generation_option("mode", str, f"Structured output of an OpenAI-compatible server: {' | '.join(MODES)}; default auto"),
    "max_tokens": _generation_option("max_tokens", int, "Most tokens a model may generate per answer; default 2048", min=1),
    "temperature": _generation_option("temperature", float, "Sampling temperature; default 0.0", min=0.0),
    "seed": _generation_option("seed", int, "Sampling seed; default 0"),
    "timeout": _generation_option("timeout", float, "Seconds one HTTP request may take; default 120", min=0.001),
    "max_attempts": _generation_option("max_attempts", int, "Transport attempts per call (HTTP 429, 5xx, timeouts); default 5", min=1),
    "max_seconds": _generation_option(
        "max_seconds", float, "Wall-time budget of one model call, its retries and re-asks, in seconds; default 180", min=0.001
    ),
    "max_reasks": _generation_option("max_reasks", int, "Re-asks after output that fails the schema; default 2", min=0),
    "context_tokens": _generation_option(
        "context_tokens", int, "The model's context window in tokens; longer articles are split into chunks; default: the model's own, if known", min=1
    ),
}


def with_generation_options(command: F) -> F:
    """Add the GENERATION_OPTIONS flags to a typer command; they reach it as one dict, `generation`.

    The command declares `generation: dict[str, Any]` as its last parameter; typer sees the flags
    in its place (through `__signature__`), and the wrapper bundles their values.
    """
    signature = inspect.signature(command, eval_str=True)
    own = [p for name, p in signature.parameters.items() if name != "generation"]
    added = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=kind)
        for name, kind in GENERATION_OPTIONS.items()
    ]

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        generation = {name: kwargs.pop(name, None) for name in GENERATION_OPTIONS}
        return command(*args, generation=generation, **kwargs)

    own = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) if p.kind == p.POSITIONAL_OR_KEYWORD else p for p in own]
    wrapper.__signature__ = signature.replace(parameters=[*own, *added])  # type: ignore[attr-defined]
    wrapper.__annotations__ = {p.name: p.annotation for p in [*own, *added]}
    del wrapper.__wrapped__  # typer must read the new signature, not follow the original
    return wrapper  # type: ignore[return-value]


def settings_from_flags(
    *,
    backend: str | None = None,
    model: str | None = None,
    base_url: str | None = None,
    model_path: Path | None = None,
    strategy: str | None = None,
    nlp: str | None = None,
    cache_dir: Path | None = None,
    no_cache: bool = False,
    record: Path | None = None,
    replay: Path | None = None,
    concurrency: int | None = None,
    max_chars: int | None = None,
    rpm: float | None = None,
    tpm: float | None = None,
    config: Path | None = None,
    **extra: Any,
) -> Settings:
    flags = {
        "backend": backend,
        "model": model,
        "base_url": base_url,
        "model_path": str(model_path) if model_path else None,
        "strategy": strategy,
        "nlp": nlp,
        "cache_dir": str(cache_dir) if cache_dir else None,
        "use_cache": False if no_cache else None,
        "record_dir": str(record) if record else None,
        "replay_dir": str(replay) if replay else None,
        "concurrency": concurrency,
        "max_chars": max_chars,
        "rpm": rpm,
        "tpm": tpm,
        **extra,
    }
    return resolve_settings(flags, config_file=config)

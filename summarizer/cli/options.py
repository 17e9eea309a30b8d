"""Backend and run options shared by every command, and their resolution into Settings."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from ..config import Settings, resolve_settings

__all__ = [
    "BackendOpt",
    "ModelOpt",
    "BaseUrlOpt",
    "ModelPathOpt",
    "StrategyOpt",
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
    "settings_from_flags",
]

_PANEL = "Model and backend"
_RUN = "Cache, recordings, limits"

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


def settings_from_flags(
    *,
    backend: str | None = None,
    model: str | None = None,
    base_url: str | None = None,
    model_path: Path | None = None,
    strategy: str | None = None,
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

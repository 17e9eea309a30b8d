"""Settings, resolved in one place: flags > environment > config file > defaults.

The API key is read here and handed only to the backend's client; it is kept
out of `repr`, the cache key, recordings and every error message.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Mapping

from .errors import ConfigError

__all__ = ["Settings", "resolve_settings", "config_path", "BACKENDS", "STRATEGIES"]

BACKENDS = ("local", "openai", "replay", "fake")
STRATEGIES = ("auto", "single", "stepwise")
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"

_ENV = {
    "api_key": "OPENAI_API_KEY",
    "base_url": "OPENAI_BASE_URL",
    "model": "SUMMARIZER_MODEL",
    "backend": "SUMMARIZER_BACKEND",
    "model_path": "SUMMARIZER_MODEL_PATH",
    "cache_dir": "SUMMARIZER_CACHE_DIR",
    "strategy": "SUMMARIZER_STRATEGY",
    "concurrency": "SUMMARIZER_CONCURRENCY",
    "max_chars": "SUMMARIZER_MAX_CHARS",
    "mode": "SUMMARIZER_MODE",
    "view_chars": "SUMMARIZER_VIEW_CHARS",
    "rpm": "SUMMARIZER_RPM",
    "tpm": "SUMMARIZER_TPM",
}


@dataclass(frozen=True)
class Settings:
    backend: str | None = None
    model: str | None = None
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    model_path: str | None = None
    mode: str = "auto"
    strategy: str = "auto"
    temperature: float = 0.0
    max_tokens: int = 2048
    seed: int = 0
    timeout: float = 120.0
    max_attempts: int = 5
    max_seconds: float = 180.0
    max_reasks: int = 2
    concurrency: int = 8
    rpm: float | None = None
    tpm: float | None = None
    cache_dir: str | None = None
    use_cache: bool = True
    record_dir: str | None = None
    replay_dir: str | None = None
    max_chars: int = 1_000_000
    focus: str | None = None
    view_chars: int | None = None  # stepwise: characters of an article the model reads; 0 = all (chunked)

    @property
    def backend_kind(self) -> str:
        if self.replay_dir:
            return "replay"
        if self.backend:
            return self.backend
        return "openai" if (self.base_url or self.api_key) else "local"

    def with_(self, **changes: Any) -> "Settings":
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    def validate(self) -> "Settings":
        if self.backend and self.backend not in BACKENDS:
            raise ConfigError(f"unknown backend '{self.backend}' (choose from {', '.join(BACKENDS)})")
        if self.strategy not in STRATEGIES:
            raise ConfigError(f"unknown strategy '{self.strategy}' (choose from {', '.join(STRATEGIES)})")
        if self.concurrency < 1:
            raise ConfigError("concurrency must be at least 1")
        for name in ("rpm", "tpm"):
            if (getattr(self, name) or 0) < 0:
                raise ConfigError(f"{name} must be positive (leave it unset for no limit)")
        if self.replay_dir and self.record_dir:
            raise ConfigError("--record and --replay cannot be used together")
        return self


def config_path() -> Path:
    explicit = os.environ.get("SUMMARIZER_CONFIG")
    if explicit:
        return Path(explicit).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir("summarizer")) / "config.toml"


def _coerce(name: str, value: Any) -> Any:
    kinds = {f.name: f.type for f in fields(Settings)}
    kind = str(kinds[name])
    try:
        if "bool" in kind and isinstance(value, str):
            return value.strip().lower() in ("1", "true", "yes", "on")
        if kind.startswith("int"):
            return int(value)
        if kind.startswith("float"):
            return float(value)
    except (TypeError, ValueError) as e:
        raise ConfigError(f"setting {name}: expected a number, got {value!r}") from e
    return value


def _from_file(path: Path | None) -> dict[str, Any]:
    path = path or config_path()
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"config file {path}: {e}") from e
    section = data.get("summarizer", data)
    known = {f.name for f in fields(Settings)}
    unknown = sorted(set(section) - known)
    if unknown:
        raise ConfigError(f"config file {path}: unknown setting(s) {', '.join(unknown)}")
    return {k: _coerce(k, v) for k, v in section.items()}


def _from_env(env: Mapping[str, str]) -> dict[str, Any]:
    return {name: _coerce(name, env[var]) for name, var in _ENV.items() if env.get(var)}


def resolve_settings(
    flags: Mapping[str, Any] | None = None,
    *,
    env: Mapping[str, str] | None = None,
    config_file: str | Path | None = None,
) -> Settings:
    """Merge flags over environment over the config file over defaults."""
    merged: dict[str, Any] = {}
    merged.update(_from_file(Path(config_file) if config_file else None))
    merged.update(_from_env(os.environ if env is None else env))
    merged.update({k: v for k, v in (flags or {}).items() if v is not None})
    known = {f.name for f in fields(Settings)}
    unknown = sorted(set(merged) - known)
    if unknown:
        raise ConfigError(f"unknown option(s): {', '.join(unknown)}")
    return Settings(**merged).validate()

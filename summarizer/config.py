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

__all__ = ["Settings", "resolve_settings", "config_path", "setting_hint", "BACKENDS", "STRATEGIES", "MODES", "ENV", "FLAGS"]

BACKENDS = ("local", "openai", "replay", "fake")
STRATEGIES = ("auto", "single", "stepwise")
MODES = ("auto", "json_schema", "tools", "json")  # structured output of OpenAI-compatible servers
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"

ENV = {
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
    "nlp": "SUMMARIZER_NLP",
    "rpm": "SUMMARIZER_RPM",
    "tpm": "SUMMARIZER_TPM",
    "max_tokens": "SUMMARIZER_MAX_TOKENS",
    "temperature": "SUMMARIZER_TEMPERATURE",
    "seed": "SUMMARIZER_SEED",
    "timeout": "SUMMARIZER_TIMEOUT",
    "max_attempts": "SUMMARIZER_MAX_ATTEMPTS",
    "max_seconds": "SUMMARIZER_MAX_SECONDS",
    "max_reasks": "SUMMARIZER_MAX_REASKS",
    "context_tokens": "SUMMARIZER_CONTEXT_TOKENS",
}

# The command-line flag of each setting that has one (every command that runs a model takes these).
FLAGS = {
    "backend": "--backend",
    "model": "--model",
    "base_url": "--base-url",
    "model_path": "--model-path",
    "strategy": "--strategy",
    "nlp": "--nlp",
    "mode": "--mode",
    "cache_dir": "--cache-dir",
    "concurrency": "--concurrency",
    "max_chars": "--max-chars",
    "rpm": "--rpm",
    "tpm": "--tpm",
    "max_tokens": "--max-tokens",
    "temperature": "--temperature",
    "seed": "--seed",
    "timeout": "--timeout",
    "max_attempts": "--max-attempts",
    "max_seconds": "--max-seconds",
    "max_reasks": "--max-reasks",
    "context_tokens": "--context-tokens",
}


def setting_hint(name: str) -> str:
    """How a user sets `name`: '--max-tokens or SUMMARIZER_MAX_TOKENS' (flag and/or environment variable)."""
    ways = [w for w in (FLAGS.get(name), ENV.get(name)) if w]
    return " or ".join(ways) if ways else f"'{name}' in the config file"


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
    view_chars: int | None = None  # stepwise: characters of an article's head the model reads; 0 = all
    context_tokens: int | None = None  # the model's context window in tokens; None = the backend's own or unknown
    nlp: str | None = None  # the spaCy pipeline (installed package name or folder); None = en_core_web_sm 3.8.0

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
        if self.mode not in MODES:
            raise ConfigError(f"unknown structured-output mode '{self.mode}' (choose from {', '.join(MODES)})")
        if self.concurrency < 1:
            raise ConfigError(f"concurrency must be at least 1 (set with {setting_hint('concurrency')})")
        for name in ("rpm", "tpm"):
            if (getattr(self, name) or 0) < 0:
                raise ConfigError(f"{name} must be positive (leave it unset for no limit)")
        _check_ranges(self)
        if self.replay_dir and self.record_dir:
            raise ConfigError("--record and --replay cannot be used together")
        return self


# Lowest allowed value of each numeric generation setting; `True` means strictly above it.
_MINIMUM: dict[str, tuple[float, bool]] = {
    "max_tokens": (1, False),
    "temperature": (0, False),
    "timeout": (0, True),
    "max_attempts": (1, False),
    "max_seconds": (0, True),
    "max_reasks": (0, False),
    "context_tokens": (1, False),
}


def _check_ranges(settings: "Settings") -> None:
    for name, (lowest, strict) in _MINIMUM.items():
        value = getattr(settings, name)
        if value is None or (value > lowest if strict else value >= lowest):
            continue
        bound = f"above {lowest:g}" if strict else f"at least {lowest:g}"
        raise ConfigError(f"{name} must be {bound}, got {value:g} (set with {setting_hint(name)})")


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
    return {name: _coerce(name, env[var]) for name, var in ENV.items() if env.get(var)}


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

"""Settings: flags over environment over config file over defaults, validated, key kept out of repr."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.config import Settings, config_path, resolve_settings
from summarizer.errors import ConfigError


def config_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_env_or_file() -> None:
    settings = resolve_settings({}, env={})
    assert settings == Settings()
    assert settings.backend_kind == "local"


def test_precedence_flags_env_file(tmp_path: Path) -> None:
    path = config_file(tmp_path, '[summarizer]\nmodel = "from-file"\nconcurrency = 3\nbase_url = "http://file/v1"\n')
    env = {"SUMMARIZER_MODEL": "from-env", "SUMMARIZER_CONCURRENCY": "5"}
    settings = resolve_settings({"model": "from-flag", "base_url": None}, env=env, config_file=path)
    assert settings.model == "from-flag"
    assert settings.concurrency == 5, "env beats file and is coerced to int"
    assert settings.base_url == "http://file/v1", "a flag given as None does not override"


def test_env_names(tmp_path: Path) -> None:
    env = {
        "OPENAI_API_KEY": "sk-env",
        "OPENAI_BASE_URL": "http://127.0.0.1:9/v1",
        "SUMMARIZER_BACKEND": "openai",
        "SUMMARIZER_CACHE_DIR": str(tmp_path),
        "SUMMARIZER_STRATEGY": "single",
        "SUMMARIZER_MAX_CHARS": "1000",
        "SUMMARIZER_MODE": "tools",
    }
    s = resolve_settings({}, env=env)
    assert (s.api_key, s.base_url, s.backend, s.cache_dir) == ("sk-env", "http://127.0.0.1:9/v1", "openai", str(tmp_path))
    assert (s.strategy, s.max_chars, s.mode) == ("single", 1000, "tools")


def test_environment_is_read_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_MODEL", "qwen")
    assert resolve_settings().model == "qwen"


def test_config_file_from_SUMMARIZER_CONFIG(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = config_file(tmp_path, 'model = "flat-table"\nuse_cache = "no"\ntimeout = 7\n')
    monkeypatch.setenv("SUMMARIZER_CONFIG", str(path))
    assert config_path() == path
    s = resolve_settings()
    assert (s.model, s.use_cache, s.timeout) == ("flat-table", False, 7.0)
    assert isinstance(s.timeout, float)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("model = ", "config file"),
        ("[summarizer]\ncolour = 'red'\n", "unknown setting"),
        ("concurrency = 'many'\n", "setting concurrency: expected a number"),
    ],
)
def test_bad_config_file(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        resolve_settings({}, env={}, config_file=config_file(tmp_path, text))


def test_bad_env_number() -> None:
    with pytest.raises(ConfigError, match="expected a number, got 'lots'"):
        resolve_settings({}, env={"SUMMARIZER_CONCURRENCY": "lots"})


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        ({"backend": "gpt"}, "unknown backend 'gpt'"),
        ({"strategy": "magic"}, "unknown strategy 'magic'"),
        ({"concurrency": 0}, "concurrency must be at least 1"),
        ({"record_dir": "a", "replay_dir": "b"}, "--record and --replay cannot be used together"),
        ({"colour": "red"}, "unknown option"),
    ],
)
def test_invalid_settings(flags: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        resolve_settings(flags, env={})


@pytest.mark.parametrize(
    ("settings", "kind"),
    [
        (Settings(), "local"),
        (Settings(api_key="sk"), "openai"),
        (Settings(base_url="http://127.0.0.1:1/v1"), "openai"),
        (Settings(backend="fake", api_key="sk"), "fake"),
        (Settings(backend="openai", replay_dir="r"), "replay"),
    ],
)
def test_backend_kind(settings: Settings, kind: str) -> None:
    assert settings.backend_kind == kind


def test_api_key_is_not_in_repr() -> None:
    settings = Settings(api_key="sk-canary-123", model="m")
    assert "sk-canary-123" not in repr(settings)
    assert "sk-canary-123" not in str(settings)
    assert "model='m'" in repr(settings)


def test_with_ignores_none() -> None:
    s = Settings(model="a").with_(model=None, timeout=3)
    assert (s.model, s.timeout) == ("a", 3)


def test_user_config_is_not_read_in_tests() -> None:
    assert not config_path().exists(), "conftest points SUMMARIZER_CONFIG at a file that does not exist"

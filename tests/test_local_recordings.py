"""The committed recordings of the embedded model replay through the real pipeline with no model at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import Settings, Summarizer, load_articles
from summarizer.llm.recording import load_recordings

ROOT = Path(__file__).resolve().parents[1]
RECORDINGS = ROOT / "evals" / "recordings"


@pytest.fixture(scope="module")
def outcomes() -> list:
    if not RECORDINGS.is_dir():
        pytest.skip("no recordings committed yet")
    articles = load_articles([str(ROOT / "evals" / "articles")])
    articles = articles[0] if isinstance(articles, tuple) else articles
    with Summarizer(Settings(replay_dir=str(RECORDINGS), use_cache=False)) as summarizer:
        return summarizer.brief_many(articles)


def test_recordings_are_of_the_default_embedded_model() -> None:
    records = load_recordings(RECORDINGS)
    assert records
    assert {r["backend"] for r in records.values()} == {"local"}
    assert {r["model"] for r in records.values()} == {"qwen2.5-coder-1.5b-instruct@cc324af0"}


def test_every_seed_replays_with_the_stepwise_strategy(outcomes: list) -> None:
    assert len(outcomes) == 5
    for outcome in outcomes:
        assert outcome.ok, outcome.error
        usage = outcome.brief.usage
        assert usage.strategy == "stepwise" and usage.backend == "replay"
        assert usage.calls >= 3 and usage.cached_calls == 0


def test_replayed_quotes_are_all_in_the_article(outcomes: list) -> None:
    for outcome in outcomes:
        text = outcome.article.text
        quotes = [q for s in outcome.brief.sources for q in s.quotes]
        assert quotes, outcome.article.id
        assert all(text[q.start : q.end] == q.text for q in quotes)
        assert not [u for u in outcome.brief.unverified if u.kind == "quote"]


def test_a_brief_carries_its_article_date_and_address() -> None:
    from summarizer.render import brief_markdown

    article = load_articles([str(sorted((ROOT / "evals" / "articles").glob("*.txt"))[1])])
    article = (article[0] if isinstance(article, tuple) else article)[0]
    dated = article.model_copy(update={"published": "2022-03-08", "url": "https://example.org/russia-venezuela"})
    with Summarizer(Settings(replay_dir=str(RECORDINGS), use_cache=False)) as summarizer:
        brief = summarizer.brief(dated)
    assert (brief.published, brief.url) == ("2022-03-08", "https://example.org/russia-venezuela")
    assert "\nPublished 2022-03-08 · <https://example.org/russia-venezuela>\n" in brief_markdown(brief)
    assert brief.model_dump(mode="json")["published"] == "2022-03-08"

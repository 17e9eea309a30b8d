"""Gold briefs as memo fixtures: a FakeBackend that answers each article with its gold brief.

The helpers here are imported by the other memo tests; the tests check the fixtures themselves.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel

from summarizer.articles import Article, load_path
from summarizer.backends.base import Request
from summarizer.backends.fake import FakeBackend
from summarizer.memo_schema import BottomLineDraft
from summarizer.schema import BriefDraft

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "evals" / "articles"
GOLD = ROOT / "evals" / "gold"


def seed_articles() -> list[Article]:
    return [load_path(p)[0] for p in sorted(ARTICLES.glob("*.txt"))]


def gold_draft(stem: str) -> BriefDraft:
    """The gold brief of one seed article, as the draft a model would have written."""
    gold = yaml.safe_load((GOLD / f"{stem}.yaml").read_text(encoding="utf-8"))
    return BriefDraft(
        main_issue=gold["main_issue"],
        summary=gold["main_issue"].rstrip(".") + ".",
        actors=[
            {"name": a["name"], "aliases": a.get("aliases", []), "kind": a["kind"], "role": a.get("role", "")}
            for a in gold["actors"]
        ],
        stances=[
            {"holder": s["holder"], "target": s["target"], "label": s["stance"], "evidence": s.get("evidence", "")}
            for s in gold["stances"]
        ],
        sources=[
            {
                "name": s["name"],
                "type": s["type"],
                "affiliation": s.get("affiliation", ""),
                "role": s.get("role", ""),
                "quotes": s.get("quotes", []),
            }
            for s in gold["sources"]
        ],
        claims=[{"text": c["text"], "by": c.get("by", "author")} for c in gold["claims"]],
    )


BOTTOM_LINE = BottomLineDraft(
    sentences=[
        {"text": "Maduro stands by Putin and Russia in every article.", "articles": ["A1", "A2", "A3", "A4", "A5"]},
        {"text": "Washington is courting Caracas to pull it away from Moscow.", "articles": ["A1", "A3", "A4"]},
        {"text": "NATO's Stoltenberg condemned Russian and Chinese support for the Maduro regime.", "articles": ["A3", "A9"]},
        {"text": "This sentence cites nothing that exists.", "articles": ["A42"]},
    ],
    disputes=[{"claim_a": "A1.2", "claim_b": "A2.6", "note": "whether Maduro distanced himself from Putin"}],
)


def gold_responder(request: Request) -> BaseModel:
    """Answer brief requests with the gold brief of the article asked about, memo requests with BOTTOM_LINE."""
    if request.response_model is BottomLineDraft:
        return BOTTOM_LINE
    return gold_draft(request.article_id)


def gold_backend(**overrides: object) -> FakeBackend:
    return FakeBackend(responder=overrides.pop("responder", gold_responder))  # type: ignore[arg-type]


def test_every_seed_has_a_gold_draft():
    articles = seed_articles()
    assert len(articles) == 5
    for article in articles:
        draft = gold_draft(article.id)
        assert draft.actors and draft.claims

"""Gold briefs as memo fixtures: a FakeBackend that answers each article with its gold brief.

The helpers here are imported by the other memo tests; the tests check the fixtures themselves.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel

from summarizer.articles import Article, load_path
from summarizer.llm.backends.fake import FakeBackend
from summarizer.llm.request import Request
from summarizer.memos.schema import BottomLineDraft
from summarizer.schema import BriefDraft

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "evals" / "articles"
GOLD = ROOT / "evals" / "gold"
A_IDS = tuple(p.stem for p in sorted(ARTICLES.glob("*.txt")))  # the seed ids, labelled A1, A2, ... in this order


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
    development={"text": "Maduro stands by Putin and Russia in every article.", "articles": ["A1", "A2", "A3", "A4", "A5"]},
    positions={"text": "Washington is courting Caracas to pull it away from Moscow.", "articles": ["A1", "A3", "A4"]},
    disagreement={"text": "NATO's Stoltenberg condemned Russian and Chinese support for the Maduro regime.", "articles": ["A3"]},
    disputes=[{"claim_a": "A1.2", "claim_b": "A2.6", "note": "whether Maduro distanced himself from Putin"}],
)


def is_bottom_line(request: Request) -> bool:
    return request.prompt_name == "memo_bottom_line"


def fitted(draft: BottomLineDraft, request: Request) -> dict:
    """`draft` citing only the labels and claim ids the request's schema allows (as a constrained model would)."""
    defs = request.response_model.model_json_schema()["$defs"]
    labels = _choices(defs["CitedSentenceDraft"]["properties"]["articles"]["items"])
    claims = _choices(defs.get("DisputeDraft", {}).get("properties", {}).get("claim_a", {}))
    data = draft.model_dump()
    for role, sentence in draft.cited():
        data[role]["articles"] = [a for a in sentence.articles if a in labels] or labels[:1]
    data["disputes"] = [d for d in data["disputes"] if d["claim_a"] in claims and d["claim_b"] in claims]
    return data


def _choices(schema: dict) -> list[str]:
    return schema["enum"] if "enum" in schema else [schema["const"]] if "const" in schema else []


def gold_responder(request: Request) -> BaseModel | dict:
    """Answer brief requests with the gold brief of the article asked about, memo requests with BOTTOM_LINE."""
    if is_bottom_line(request):
        return fitted(BOTTOM_LINE, request)
    return gold_draft(request.article_id)


def gold_backend(**overrides: object) -> FakeBackend:
    return FakeBackend(responder=overrides.pop("responder", gold_responder))  # type: ignore[arg-type]


def test_every_seed_has_a_gold_draft():
    articles = seed_articles()
    assert len(articles) == 5
    for article in articles:
        draft = gold_draft(article.id)
        assert draft.actors and draft.claims

"""Gold briefs as memo fixtures: a FakeBackend that answers each article with its gold brief.

The helpers here are imported by the other memo tests; the tests check the fixtures themselves.
"""

from __future__ import annotations

import re
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


FACT_LINE = re.compile(r"^(F\d+) \[([^\]]*)\]: (.+)$", re.M)


def shown_facts(request: Request) -> list[tuple[str, str]]:
    """(id, text) of the facts a bottom-line request shows the model."""
    return [(m.group(1), m.group(3)) for m in FACT_LINE.finditer(request.messages[-1]["content"])]


def is_bottom_line(request: Request) -> bool:
    return request.prompt_name == "memo_bottom_line"


def echo_facts(request: Request, n: int = 3) -> BottomLineDraft:
    """What a careful model might answer: the first `n` facts, each restated as written."""
    return BottomLineDraft(sentences=[{"text": text, "facts": [fid]} for fid, text in shown_facts(request)[:n]])


def gold_responder(request: Request) -> BaseModel | dict:
    """Answer brief requests with the gold brief of the article asked about, the bottom line with the first three facts."""
    if is_bottom_line(request):
        return echo_facts(request)
    return gold_draft(request.article_id)


def gold_backend(**overrides: object) -> FakeBackend:
    return FakeBackend(responder=overrides.pop("responder", gold_responder))  # type: ignore[arg-type]


def test_every_seed_has_a_gold_draft():
    articles = seed_articles()
    assert len(articles) == 5
    for article in articles:
        draft = gold_draft(article.id)
        assert draft.actors and draft.claims

"""One call per article: the whole brief as one schema-constrained object."""

from __future__ import annotations

from ...articles import Article
from ...llm.prompting import fence
from ...schema import BriefDraft
from . import Ask

__all__ = ["SingleCall"]


class SingleCall:
    name = "single"
    rounds = (("BriefDraft",),)

    async def run(self, article: Article, ask: Ask, focus: str | None) -> BriefDraft:
        draft = await ask("brief", BriefDraft, article=article, marker=fence(article.text), focus=focus)
        assert isinstance(draft, BriefDraft)
        return draft

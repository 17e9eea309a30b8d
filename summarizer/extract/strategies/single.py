"""One call per article: the whole brief as one schema-constrained object.

An article too long for the model's context window (known from `--context-tokens`,
the backend, or a server's refusal that names it) is split into overlapping
pieces, each briefed in one call, and the briefs are merged (`chunking`).
"""

from __future__ import annotations

import json
from functools import lru_cache

from ...articles import Article
from ...errors import ContextLengthError
from ...llm.budget import MESSAGE_OVERHEAD_TOKENS, estimate_tokens
from ...llm.prompting import fence, load_template
from ...schema import BriefDraft
from ..chunking import Window, merge_drafts
from . import Ask

__all__ = ["SingleCall"]


class SingleCall:
    name = "single"
    rounds = (("BriefDraft",),)

    def __init__(self, window: Window | None = None) -> None:
        self.window = window or Window(tokens=None, answer_tokens=0)

    async def run(self, article: Article, ask: Ask, focus: str | None) -> BriefDraft:
        """The brief of `article`; re-planned once when the server refuses a piece and names its window."""
        try:
            return await self._brief(article, ask, focus)
        except ContextLengthError as e:
            if e.limit is None or not self.window.learn(e.limit):
                raise
            return await self._brief(article, ask, focus)

    async def _brief(self, article: Article, ask: Ask, focus: str | None) -> BriefDraft:
        pieces = self.window.pieces(article.text, prompt_tokens(article.title, focus), article=article.id)
        drafts = []
        for piece in pieces:
            part = article if len(pieces) == 1 else article.model_copy(update={"text": piece})
            draft = await ask("brief", BriefDraft, article=part, marker=fence(piece), focus=focus)
            assert isinstance(draft, BriefDraft)
            drafts.append(draft)
        return merge_drafts(drafts)


@lru_cache(maxsize=256)
def prompt_tokens(title: str | None, focus: str | None) -> int:
    """Tokens of the brief prompt without the article (estimated high), with the response schema, which
    JSON mode writes into the prompt and tool calls send beside it."""
    empty = Article(id="empty", text="", title=title)
    prompt = load_template("brief").render(article=empty, marker="ARTICLE", focus=focus)
    text = "".join(m["content"] for m in prompt.messages) + json.dumps(BriefDraft.model_json_schema())
    return estimate_tokens(text) + MESSAGE_OVERHEAD_TOKENS * len(prompt.messages)

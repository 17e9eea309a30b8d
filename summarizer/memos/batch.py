"""The memo's own questions as the last batch round: name tie-breaks, then the bottom line.

`memo_finale` plugs into `extract.batch.BatchRun`: once every brief is in the
cache, it runs the real `make_memo` with the batch run's Summarizer, so the
tie-breaker, issue-link and bottom-line questions are exactly those `summarizer memo`
asks for the same articles, in the same order, with the same focus.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..articles import Article
from ..extract.pipeline import Summarizer
from .build import make_memo
from .schema import Memo

__all__ = ["MEMO_ROUNDS", "MemoFinale", "memo_finale"]

# tie-breakers for ambiguous names first (their answers change the names every later step reads), then whether
# articles' contested issues are one (their answers change the bottom line's facts), then the bottom line
MEMO_ROUNDS = (("TieBreak",), ("IssueAnswer",), ("BottomLineDraft",))


@dataclass
class MemoFinale:
    summarizer: Summarizer
    articles: Sequence[Article]
    focus: str | None
    name: str = "memo"
    rounds: tuple[tuple[str, ...], ...] = MEMO_ROUNDS

    async def run(self) -> Memo:
        return await make_memo(self.summarizer, list(self.articles), focus=self.focus)


def memo_finale(summarizer: Summarizer, articles: Sequence[Article], focus: str | None) -> MemoFinale:
    """The memo's questions for `articles`, asked through `summarizer` (a `BatchRun`'s)."""
    return MemoFinale(summarizer, articles, focus)

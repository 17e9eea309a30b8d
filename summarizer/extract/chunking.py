"""Splitting an article into overlapping pieces that fit a model's context window, and merging their briefs.

`chunks` cuts at paragraph ends where it can; consecutive pieces share about
`overlap` characters, so a passage cut at one piece's end is whole in the next.
`Window` knows (or learns, from a server's refusal) a model's context window in
tokens and sizes the pieces so that prompt + piece + answer fits it.
`merge_drafts` joins the briefs of the pieces into one: the first piece's main
issue and summary (an article's lede states what it is about), the actors,
sources, stances and claims of all pieces, each once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Hashable, Iterable, TypeVar

from ..config import setting_hint
from ..errors import ContextLengthError
from ..llm.budget import BYTES_PER_TOKEN, MESSAGE_OVERHEAD_TOKENS, estimate_tokens
from ..schema import ActorDraft, BriefDraft, SourceDraft

T = TypeVar("T")

__all__ = ["CHUNK_CHARS", "CHUNK_OVERLAP", "MIN_PIECE_TOKENS", "Window", "chunks", "head", "merge_drafts"]

CHUNK_CHARS = 9000  # the stepwise strategy's pieces of a long article, in characters
CHUNK_OVERLAP = 800  # characters two consecutive pieces share
MIN_PIECE_TOKENS = 256  # a piece smaller than this is not worth a call: the window is too small for the task


def head(text: str, limit: int) -> str:
    """The start of `text`, at most `limit` characters, cut at a paragraph end where there is one."""
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", limit // 2, limit)
    return text[: cut if cut != -1 else limit]


def chunks(text: str, size: int = CHUNK_CHARS, overlap: int = CHUNK_OVERLAP) -> list[str]:
    """Overlapping pieces of at most about `size` characters, cut at paragraph ends where possible;
    the overlap is at most a quarter of a piece."""
    if len(text) <= size:
        return [text]
    overlap = min(overlap, size // 4)
    pieces, start = [], 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            end = cut if cut != -1 else end
        pieces.append(text[start:end])
        if end >= len(text):
            break
        start = max(end - overlap, start + 1)
        newline = text.find("\n", start, end)
        start = newline + 1 if newline != -1 else start
    return pieces


@dataclass
class Window:
    """A model's context window in tokens (None: not known yet) and the tokens kept for each answer."""

    tokens: int | None
    answer_tokens: int
    learned: bool = field(default=False)

    def learn(self, tokens: int) -> bool:
        """Take the window a server named; True when that is news (smaller than what was assumed)."""
        if self.tokens is not None and tokens >= self.tokens:
            return False
        self.tokens, self.learned = tokens, True
        return True

    def pieces(self, text: str, prompt_tokens: int, *, article: str) -> list[str]:
        """`text` in pieces that each fit with a prompt of `prompt_tokens` (without the text) and the answer.

        Raises ContextLengthError, before anything is sent, when not even a small piece fits.
        """
        if self.tokens is None:
            return [text]
        room = self.tokens - self.answer_tokens - prompt_tokens - MESSAGE_OVERHEAD_TOKENS
        if estimate_tokens(text) <= room:
            return [text]
        if room < MIN_PIECE_TOKENS:
            raise ContextLengthError(
                f"the model's context window of {self.tokens} tokens leaves {max(room, 0)} for the article after "
                f"the prompt ({prompt_tokens}) and the answer ({self.answer_tokens}); raise "
                f"{setting_hint('context_tokens')} if the model has more, or lower {setting_hint('max_tokens')}",
                article=article,
                limit=self.tokens,
                attempts=0,
            )
        bytes_per_char = max(1.0, len(text.encode("utf-8")) / max(1, len(text)))
        size = int((room - 1) * BYTES_PER_TOKEN / bytes_per_char)
        return chunks(text, size)


def merge_drafts(drafts: list[BriefDraft]) -> BriefDraft:
    """One brief from the briefs of an article's pieces (the first piece's main issue and summary)."""
    if len(drafts) == 1:
        return drafts[0]
    first = drafts[0]
    return BriefDraft(
        main_issue=first.main_issue,
        summary=first.summary,
        actors=_merge_actors(a for d in drafts for a in d.actors),
        stances=_unique((s for d in drafts for s in d.stances), key=lambda s: (_norm(s.holder), _norm(s.target), s.label)),
        sources=_merge_sources(s for d in drafts for s in d.sources),
        claims=_unique((c for d in drafts for c in d.claims), key=lambda c: _norm(c.text)),
    )


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _unique(items: Iterable[T], *, key: Callable[[T], Hashable]) -> list[T]:
    """`items` in order, each key once."""
    seen: set[Hashable] = set()
    out: list[T] = []
    for item in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            out.append(item)
    return out


def _merge_actors(actors: Iterable[ActorDraft]) -> list[ActorDraft]:
    merged: dict[str, ActorDraft] = {}
    for actor in actors:
        known = merged.get(_norm(actor.name))
        if known is None:
            merged[_norm(actor.name)] = actor.model_copy(deep=True)
            continue
        known.aliases = _unique([*known.aliases, *actor.aliases], key=_norm)
        known.role = known.role or actor.role
    return list(merged.values())


def _merge_sources(sources: Iterable[SourceDraft]) -> list[SourceDraft]:
    merged: dict[str, SourceDraft] = {}
    for source in sources:
        known = merged.get(_norm(source.name))
        if known is None:
            merged[_norm(source.name)] = source.model_copy(deep=True)
            continue
        known.quotes = _unique([*known.quotes, *source.quotes], key=_norm)
        known.statements = _unique([*known.statements, *source.statements], key=_norm)
        known.affiliation = known.affiliation or source.affiliation
        known.role = known.role or source.role
        known.type = known.type if known.type != "other" else source.type
    return list(merged.values())



"""Topic phrases and claims: content words, their overlap, and the direction of an action.

`lifting the arms embargo` and `keeping the arms embargo` share their content
words but mean opposite things; `direction` tells them apart so that a
stance target is never matched to one of opposite direction.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

__all__ = ["STEM_CHARS", "content_words", "direction", "opposite", "overlap_f1"]

STEM_CHARS = 5
"""Words are compared by their first characters (`Russian` ~ `Russia`, `exporting` ~ `exports`)."""

STOPWORDS = frozenset(
    """a an the and or but of to in on at by for with from into onto as about over under than then that
    this these those it its is are was were be been being has have had do does did will would shall should
    can could may might must their his her they them he she we our you your which who whom whose what when
    where why how there here also very more most such some any all each other own same so just only while
    s""".split()
)
_DEMONYMS = {
    "chinese": "china",
    "iranian": "iran",
    "cuban": "cuba",
    "western": "west",
    "british": "britain",
    "french": "france",
    "american": "us",
    "usa": "us",
    "u": "us",
}
# Removing, ending or preventing something, versus doing, keeping or adding it.
_AWAY = frozenset(
    """lift lifting lifted end ending ended remove removing removed ease easing eased relax relaxing scrap scrapping
    abolish abolishing withdraw withdrawing withdrawal cut cutting reduce reducing reduction stop stopping halt halting
    suspend suspending suspension cancel cancelling canceling cancellation ban banning prevent preventing block
    blocking limit limiting limits restrict restricting curb curbing leave leaving exit exiting quit quitting break
    breaking severing sever drop dropping reject rejecting disrupt disrupting disrupted disruption not without close
    closing closure closures shut shutting shutdown""".split()
)
_TOWARD = frozenset(
    """keep keeping kept maintain maintaining extend extending extension impose imposing tighten tightening
    strengthen strengthening expand expanding expansion increase increasing continue continuing add adding renew
    renewing resume resuming restore restoring establish establishing reestablish reestablishing join joining
    deepen deepening enter entering""".split()
)
_WORD = re.compile(r"[a-z0-9]+")


def _tokens(text: str) -> list[str]:
    folded = unidecode(text).lower().replace("u.s.", "us").replace("-", "")
    return _WORD.findall(folded)


@lru_cache(maxsize=65536)
def content_words(text: str) -> frozenset[str]:
    """Stemmed words of a phrase, stopwords and direction words left out."""
    words = set()
    for token in _tokens(text):
        if token in STOPWORDS or token in _AWAY or token in _TOWARD:
            continue
        token = _DEMONYMS.get(token, token)
        words.add(token[:STEM_CHARS])
    return frozenset(words)


def overlap_f1(a: frozenset[str], b: frozenset[str]) -> float:
    """Harmonic mean of the shares of each side's content words found in the other."""
    if not a or not b:
        return 0.0
    common = len(a & b)
    return 2 * common / (len(a) + len(b))


@lru_cache(maxsize=65536)
def direction(text: str) -> int:
    """-1 for removing/ending/preventing, +1 for keeping/adding/doing, 0 when no direction word occurs."""
    for token in _tokens(text):
        if token in _AWAY:
            return -1
        if token in _TOWARD:
            return 1
    return 0


def opposite(a: str, b: str) -> bool:
    """Whether two phrases point in opposite directions (`lifting X` vs `keeping X` or plain `X`)."""
    return (direction(a) == -1) != (direction(b) == -1)

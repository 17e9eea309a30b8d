"""Name normalisation and alias-aware, fuzzy name matching.

Two names are the same when their normalised forms are equal, or when a fuzzy
ratio says they are near-misses of each other (`Sergey Lavrov` ~ `Sergei
Lavrov`). Normalisation folds case, accents and punctuation, and drops a
leading article and leading titles (`Mr`, `President`, ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from rapidfuzz import fuzz, process
from unidecode import unidecode

__all__ = [
    "FUZZY_NAME_MIN",
    "FUZZY_MIN_CHARS",
    "NameSet",
    "normalize_name",
    "name_score",
    "match_scores",
]

FUZZY_NAME_MIN = 88.0
"""Least rapidfuzz ratio (0-100) for two different normalised names to count as one."""
FUZZY_MIN_CHARS = 5
"""Names shorter than this must match exactly (`Iran` is not `Iraq`)."""

EXACT_PRIMARY = 1.0
EXACT_ALIAS = 0.95
FUZZY_WEIGHT = 0.9

TITLES = frozenset(
    """mr mrs ms miss mx dr prof professor sir dame madam president vice senator sen rep
    representative gov governor minister ambassador chancellor king queen prince princess sheikh
    pope rev reverend lord lady col colonel lt capt captain adm admiral comrade premier""".split()
)
_ARTICLES = frozenset({"the", "a", "an"})
_POSSESSIVE = re.compile(r"['’]s\b")
_DOTTED = re.compile(r"\b(?:[a-z]\.){2,}")
_NON_WORD = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def normalize_name(name: str) -> str:
    """Fold case, accents, punctuation; drop a leading article and titles (kept if nothing else remains)."""
    text = _POSSESSIVE.sub("", unidecode(name).lower())
    text = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)
    tokens = _NON_WORD.sub(" ", text).split()
    start = 0
    while start < len(tokens) - 1 and (tokens[start] in TITLES or tokens[start] in _ARTICLES):
        start += 1
    return " ".join(tokens[start:])


def name_score(a: str, b: str) -> float:
    """How well two normalised names match: 1.0 equal, a fuzzy score, or 0.0."""
    if a == b:
        return 1.0 if a else 0.0
    if min(len(a), len(b)) < FUZZY_MIN_CHARS:
        return 0.0
    ratio = fuzz.token_sort_ratio(a, b)
    return ratio / 100.0 if ratio >= FUZZY_NAME_MIN else 0.0


@dataclass(frozen=True)
class NameSet:
    """One item's normalised name and aliases, primary first."""

    forms: tuple[str, ...]

    @classmethod
    def of(cls, name: str, aliases: Iterable[str] = ()) -> "NameSet":
        seen: dict[str, None] = {}
        for raw in (name, *aliases):
            form = normalize_name(raw)
            if form:
                seen.setdefault(form, None)
        return cls(tuple(seen))

    @property
    def primary(self) -> str:
        return self.forms[0] if self.forms else ""

    def score(self, other: "NameSet") -> float:
        """Best match between any two forms; exact primary-to-primary scores highest."""
        if not self.forms or not other.forms:
            return 0.0
        if self.forms[0] == other.forms[0]:
            return EXACT_PRIMARY
        if set(self.forms) & set(other.forms):
            return EXACT_ALIAS
        best = max(name_score(a, b) for a in self.forms for b in other.forms)
        return FUZZY_WEIGHT * best


def match_scores(predicted: list[NameSet], gold: list[NameSet]) -> dict[tuple[int, int], float]:
    """Sparse scores {(predicted index, gold index): score} for every pair that matches at all.

    Exact hits come from a dictionary; near-misses from one rapidfuzz scan per
    predicted form, so the cost stays linear in the number of forms.
    """
    owners: dict[str, list[tuple[int, bool]]] = {}
    choices: list[str] = []
    choice_owner: list[int] = []
    for g, names in enumerate(gold):
        for k, form in enumerate(names.forms):
            owners.setdefault(form, []).append((g, k == 0))
            if len(form) >= FUZZY_MIN_CHARS:
                choices.append(form)
                choice_owner.append(g)
    scores: dict[tuple[int, int], float] = {}
    for p, names in enumerate(predicted):
        for k, form in enumerate(names.forms):
            for g, primary in owners.get(form, ()):
                value = EXACT_PRIMARY if (primary and k == 0) else EXACT_ALIAS
                if scores.get((p, g), 0.0) < value:
                    scores[(p, g)] = value
            if len(form) < FUZZY_MIN_CHARS or not choices:
                continue
            for _, ratio, i in process.extract(
                form, choices, scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_NAME_MIN, limit=None
            ):
                value = FUZZY_WEIGHT * ratio / 100.0
                key = (p, choice_owner[i])
                if scores.get(key, 0.0) < value:
                    scores[key] = value
    return scores

